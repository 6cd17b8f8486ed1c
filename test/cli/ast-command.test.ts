// `pyc ast` end to end, as a user runs it: output, JSON lines, exit status, errors on stderr.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { projectRoot } from '../conformance/ast-oracle.js';

const pyc = join(projectRoot, 'bin', 'pyc.js');
const dir = mkdtempSync(join(tmpdir(), 'pyc-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function runPyc(args: string[]) {
  return spawnSync(process.execPath, [pyc, ...args], { encoding: 'utf8' });
}

function python(code: string, ...args: string[]): string {
  return execFileSync('python3', ['-c', code, ...args], { encoding: 'utf8' });
}

const GOOD = 'import os\n\n@dec\nclass A(B, metaclass=M):\n    """doc"""\n    def f(self, /, a, *b, c=1, **d) -> int:\n        return [x async for x in y if x] + f"{a!r:>{w}}"\n';

test('plain output equals ast.dump(tree, indent=2)', () => {
  const file = join(dir, 'good.py');
  writeFileSync(file, GOOD);
  const r = runPyc(['ast', file]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, python('import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1]).read()), indent=2))', file));
});

test('--jsonl on a directory: one record per file, sorted, paths joined, exit 1 on a bad file', () => {
  const tree = join(dir, 'tree');
  mkdirSync(join(tree, 'pkg'), { recursive: true });
  writeFileSync(join(tree, 'pkg', 'b.py'), 'x = (1,\n');
  writeFileSync(join(tree, 'a.py'), GOOD);
  writeFileSync(join(tree, 'notes.txt'), 'not python');
  const r = runPyc(['ast', '--jsonl', tree]);
  assert.equal(r.status, 1);
  const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(records.map((x) => x.file), [join(tree, 'a.py'), join(tree, 'pkg', 'b.py')]);
  const expected = python(
    'import ast,sys,json\nfor p in sys.argv[1:]:\n  try: print(json.dumps(ast.dump(ast.parse(open(p).read()), include_attributes=True)))\n  except SyntaxError as e: print(json.dumps({"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset, "end_lineno": e.end_lineno, "end_offset": e.end_offset}))',
    join(tree, 'a.py'), join(tree, 'pkg', 'b.py'),
  ).trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(records[0].dump, expected[0]);
  assert.deepEqual(records[1].error, expected[1]);
});

test('a syntax error is printed as CPython prints it, with exit status 1', () => {
  const file = join(dir, 'bad.py');
  writeFileSync(file, 'def f():\n    return (1,\n');
  const r = runPyc(['ast', file]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  const cpython = spawnSync('python3', [file], { encoding: 'utf8' });
  assert.equal(r.stderr, cpython.stderr);
});

test('a missing file is an error, not a crash', () => {
  const r = runPyc(['ast', join(dir, 'missing.py')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /No such file or directory/);
  assert.doesNotMatch(r.stderr, /at .*\.js:\d+/);
});

test('199 nested brackets parse as in CPython; 201 give "too many nested parentheses"', () => {
  for (const depth of [199, 201]) {
    const file = join(dir, `deep${depth}.py`);
    writeFileSync(file, `x = ${'('.repeat(depth)}1${')'.repeat(depth)}\n`);
    const r = runPyc(['ast', '--jsonl', file]);
    const record = JSON.parse(r.stdout);
    const expected = JSON.parse(python(
      'import ast,sys,json\ntry: print(json.dumps({"dump": ast.dump(ast.parse(open(sys.argv[1]).read()), include_attributes=True)}))\nexcept SyntaxError as e: print(json.dumps({"error": {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset, "end_lineno": e.end_lineno, "end_offset": e.end_offset}}))',
      file,
    ));
    assert.deepEqual({ dump: record.dump, error: record.error }, { dump: expected.dump, error: expected.error });
  }
});
