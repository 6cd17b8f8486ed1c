// SyntaxErrors printed as CPython prints them (src/cli/report.ts). A sample of the invalid
// snippets is written to files; one python3 process compiles each file's bytes and prints the
// SyntaxError with the interpreter's own printer (sys.__excepthook__, the C code that
// `python3 x.py` uses), and pyc must print the same text for the same file. Errors whose
// `text` is not the file's line (f-string errors show their wrapped expression) are left out.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatSyntaxError } from '../../src/cli/report.js';
import { PySyntaxError } from '../../src/diagnostics/syntax-error.js';
import { parseBytes } from '../../src/parse/parser.js';
import { checkRatchet, readRatchet } from '../conformance/ratchet.js';
import { loadSnippets } from './corpus.js';

const SAMPLE_STEP = 5;

const PRINTER = `
import io, json, sys
for path in sys.argv[1:]:
    data = open(path, 'rb').read()
    try:
        compile(data, path, 'exec')
        print(json.dumps({'path': path}))
        continue
    except SyntaxError as e:
        err = e
    lines = data.decode('utf-8', 'replace').splitlines(keepends=True)
    own_line = err.lineno is not None and 0 < err.lineno <= len(lines) and err.text == lines[err.lineno - 1]
    out, sys.stderr = sys.stderr, io.StringIO()
    try:
        sys.__excepthook__(type(err), err.with_traceback(None), None)
        printed = sys.stderr.getvalue()
    finally:
        sys.stderr = out
    print(json.dumps({'path': path, 'printed': printed, 'ownLine': own_line or err.text is None}))
`;

interface Printed {
  path: string;
  printed?: string;
  ownLine?: boolean;
}

test('SyntaxErrors are printed as CPython prints them', () => {
  const sample = loadSnippets().filter((s, i) => s.expected !== null && s.source !== undefined
    && !s.family.startsWith('hand/deep') && s.source.length < 2000 && i % SAMPLE_STEP === 0);
  const dir = mkdtempSync(join(tmpdir(), 'pyc-report-'));
  try {
    const paths = sample.map((s, i) => {
      const path = join(dir, `s${i}.py`);
      writeFileSync(path, s.source!, 'utf8');
      return path;
    });
    const python = spawnSync('python3', ['-c', PRINTER, ...paths], { encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.equal(python.status, 0, python.stderr);
    const results = python.stdout.trim().split('\n').map((l) => JSON.parse(l) as Printed);
    const mismatches: string[] = [];
    let compared = 0;
    results.forEach((r, i) => {
      if (r.printed === undefined || !r.ownLine) return;
      compared++;
      const bytes = readFileSync(r.path);
      let pyc: string;
      try {
        parseBytes(bytes, r.path);
        pyc = '(no error)\n';
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        pyc = formatSyntaxError(e.info(), r.path, bytes.toString('utf8').split(/\r\n|\r|\n/));
      }
      if (pyc !== r.printed) mismatches.push(`${sample[i]!.id} ${JSON.stringify(sample[i]!.source)}\n--- CPython\n${r.printed}--- pyc\n${pyc}`);
    });
    for (const m of mismatches) console.log(m);
    console.log(`printed errors: ${compared - mismatches.length}/${compared} identical to CPython's (${sample.length - compared} f-string errors, whose text is not the source line, left out)`);
    assert.deepEqual(mismatches, []);
    assert.deepEqual(checkRatchet(readRatchet(), { 'errors.printed.identical': compared - mismatches.length }), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
