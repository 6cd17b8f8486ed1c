// Every run of adjacent STRING tokens in the stdlib (found by python3's tokenize), wrapped as
// `x = (...)`, parsed by the stub parser with concatenateStrings and by CPython, compared with
// positions. Too slow for `npm test`; run: node dist/test/literals/stdlib-strings.js
// Runs whose f-string fields use syntax the stub does not know are counted apart.

import { PySyntaxError } from '../../src/diagnostics/syntax-error.js';
import { encodeNode, stableJson } from './support/canonical.js';
import { pythonOutcomes, runPython } from './support/oracle.js';
import { parseWithStub } from './support/stub-parser.js';

const runs = runPython<string[]>(
  String.raw`
import os, sysconfig, tokenize
stdlib = sysconfig.get_paths()['stdlib']
seen = set()
for root, dirs, files in os.walk(stdlib):
    dirs[:] = [d for d in dirs if d != 'site-packages']
    for name in files:
        if not name.endswith('.py'):
            continue
        try:
            with open(os.path.join(root, name), 'rb') as f:
                toks = list(tokenize.tokenize(f.readline))
        except (SyntaxError, tokenize.TokenError, UnicodeDecodeError):
            continue
        run = []
        for t in toks + [None]:
            if t is not None and t.type == tokenize.STRING:
                run.append(t.string)
            elif t is not None and t.type in (tokenize.NL, tokenize.COMMENT) and run:
                continue
            elif run:
                seen.add('x = (' + ' '.join(run) + ')')
                run = []
result = sorted(seen)`,
  null,
);

const expected = pythonOutcomes(runs);
let same = 0;
let unsupported = 0;
const mismatches: string[] = [];
runs.forEach((source, i) => {
  let got: unknown;
  try {
    got = { tree: encodeNode(parseWithStub(source)) };
  } catch (e) {
    if (!(e instanceof PySyntaxError)) {
      unsupported++;
      return;
    }
    got = { error: e.info() };
  }
  const want = expected[i]!;
  if (stableJson(got) === stableJson(want)) same++;
  else if (want.tree && 'error' in (got as object)) unsupported++;
  else mismatches.push(`${JSON.stringify(source).slice(0, 300)}\n  pyc:    ${stableJson(got).slice(0, 400)}\n  python: ${stableJson(want).slice(0, 400)}`);
});
console.log(`stdlib string runs: ${runs.length} distinct, ${same} identical, ${unsupported} beyond the stub parser, ${mismatches.length} different`);
for (const m of mismatches.slice(0, 20)) console.log(m);
process.exitCode = mismatches.length === 0 ? 0 : 1;
