// `pyc dis` end to end: .pyc files written by CPython, .py files compiled by pyc, and the errors.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { compileSource } from '../../src/cli/compile-source.js';
import { projectRoot } from '../conformance/ast-oracle.js';
import { normalizeAddresses } from '../dis/oracle.js';

const pyc = join(projectRoot, 'bin', 'pyc.js');
const dir = mkdtempSync(join(tmpdir(), 'pyc-dis-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const env = { ...process.env, PYTHONHASHSEED: '0' };

/** Whether pyc can compile at all (the .py tests need the compiler). */
const compilerReady = compileSource(Buffer.from('x = 1\n'), 'probe.py').ok;

function runPyc(args: string[]) {
  return spawnSync(process.execPath, [pyc, ...args], { encoding: 'utf8', cwd: dir, env });
}

const SOURCE = [
  'import sys',
  'def outer(a, *, b=2):',
  '    def inner(c):',
  '        return [a + c for _ in range(b)]',
  '    try:',
  '        return inner(a) if a in {"x", "y", 3} else f"{a!r:>10}"',
  '    except (KeyError, IndexError) as e:',
  '        raise ValueError(e) from None',
  '    finally:',
  '        sys.stdout.flush()',
  'class C(dict):',
  '    def m(self): return super().m()',
  '',
].join('\n');

test('a .pyc written by CPython: dis.dis(marshal.loads(data[16:]))', () => {
  writeFileSync(join(dir, 'm.py'), SOURCE);
  execFileSync('python3', ['-m', 'py_compile', 'm.py'], { cwd: dir });
  const file = join('__pycache__', 'm.cpython-311.pyc');
  const r = runPyc(['dis', file]);
  assert.equal(r.status, 0, r.stderr);
  const expected = execFileSync('python3', ['-c', 'import dis, marshal, sys; dis.dis(marshal.loads(open(sys.argv[1], "rb").read()[16:]))', file], { cwd: dir, env, encoding: 'utf8' });
  assert.equal(normalizeAddresses(r.stdout), normalizeAddresses(expected));
  assert.match(r.stdout, /Disassembly of <code object inner at 0x[0-9a-f]+, file "m\.py", line 3>:/);
});

test('a .py file: python3 -m dis FILE, warnings on stderr', { skip: !compilerReady && 'pyc cannot compile yet' }, () => {
  writeFileSync(join(dir, 'w.py'), SOURCE + 'if sys is 1:\n    pass\n');
  const r = runPyc(['dis', 'w.py']);
  const cpython = spawnSync('python3', ['-m', 'dis', 'w.py'], { cwd: dir, env, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(normalizeAddresses(r.stdout), normalizeAddresses(cpython.stdout));
  assert.equal(r.stderr, cpython.stderr);
});

test('a .py file with a syntax error: the error as py_compile prints it, exit 1', () => {
  writeFileSync(join(dir, 'bad.py'), 'def f():\n    x = (1,\n');
  const r = runPyc(['dis', 'bad.py']);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, spawnSync('python3', ['-m', 'py_compile', 'bad.py'], { cwd: dir, encoding: 'utf8' }).stderr);
});

test('missing files and foreign .pyc files are errors, not crashes', () => {
  const missing = runPyc(['dis', 'nothere.py']);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /\[Errno 2\] No such file or directory: 'nothere\.py'/);
  writeFileSync(join(dir, 'old.pyc'), Buffer.from('420d0d0a000000000000000000000000e3', 'hex'));
  const old = runPyc(['dis', 'old.pyc']);
  assert.equal(old.status, 1);
  assert.match(old.stderr, /bad magic number/);
  for (const r of [missing, old]) assert.doesNotMatch(r.stderr, /at .*\.js:\d+/);
});
