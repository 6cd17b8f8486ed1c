// SyntaxErrors of eval input (compile(src, filename, 'eval'), eval(src)) against CPython 3.11,
// asked live. CPython's tokenizer adds a final newline only to file input: eval input that does
// not end in one fails at an ENDMARKER with no column (offset 0), a last line of spaces is an
// INDENT, and a final backslash is followed by the end of input. Both parser backends are checked.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { PySyntaxError } from '../../src/diagnostics/syntax-error.js';
import { setSyntaxBackend, type SyntaxBackend } from '../../src/parse/backend.js';
import { generatedBackend } from '../../src/parse/generated-backend.js';
import { ohmBackend, parseText } from '../../src/parse/parser.js';

const SOURCES = [
  '1 +', '(', '1 +\n', ' 1 +', ' 1', '\t1', '1 +  ', '1 + \n\n', '\n1 +', '1 + # c', '1 +   # c\n', '1 +\\\n', '1 +\\',
  'x\\', '(1 +\\', 'x y \\', '1 # \\', 'x y', '1 +\r', '1 +\r\n', '$', '(1,\n2', 'x = ', 'x = 1', 'x = 1\n', '1 +\n2', '1\n2',
  '[', 'f(', 'x[', '(1 +', '(1 +\n', '1 if', '1 if\n', '1 if x', 'a if b else', 'not', 'lambda', 'yield', '1;', '1; 2',
  'f(a b)', '1 2 3', 'a.', 'a.\n', '1 + 2 +', '1 +\t', '1 +\f', '', ' ', '  ', '\n', '\n\n', '#c', '\f', ' \f', '\f ',
  '1\n ', '1\n    ', '1\n\t', '1\n \t ', '1\n\f', '1\n\f\t', '\n  ', '1 +\n  ', '(1\n  ', '1\n  # c', '   \n1',
  'é +', '"é" +', 'é é', 'x = é +', 'print 1', '"abc', 'f"{x"', 'lambda: (yield)', '1 + 2',
];

const ORACLE = `
import json, sys
out = []
for s in json.load(sys.stdin):
    try:
        compile(s, '<string>', 'eval')
        out.append(None)
    except SyntaxError as e:
        out.append([type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset])
print(json.dumps(out))
`;

type Verdict = [string, string, number | null, number | null, number | null, number | null] | null;

function ours(backend: SyntaxBackend, source: string): Verdict | string {
  setSyntaxBackend(backend);
  try {
    parseText(source, '<string>', 'Eval');
    return null;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) return `CRASH ${(e as Error).message}`;
    const i = e.info();
    return [i.type, i.msg, i.lineno, i.offset, i.end_lineno, i.end_offset];
  } finally {
    setSyntaxBackend(generatedBackend());
  }
}

test('eval input: SyntaxErrors identical to compile(src, filename, "eval") in CPython 3.11', () => {
  const python = spawnSync('python3', ['-c', ORACLE], { input: JSON.stringify(SOURCES), encoding: 'utf8' });
  assert.equal(python.status, 0, python.stderr);
  const expected = JSON.parse(python.stdout) as Verdict[];
  const differ: string[] = [];
  SOURCES.forEach((source, i) => {
    for (const [name, backend] of [['generated', generatedBackend()], ['ohm', ohmBackend]] as const) {
      const got = ours(backend, source);
      if (JSON.stringify(got) !== JSON.stringify(expected[i])) differ.push(`${name} ${JSON.stringify(source)}: pyc ${JSON.stringify(got)}, CPython ${JSON.stringify(expected[i])}`);
    }
  });
  assert.deepEqual(differ, []);
});
