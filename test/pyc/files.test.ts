// Whole .pyc files: what py_compile writes, pyc reads and rewrites identically; what pyc writes,
// CPython imports; atomic writes; up-to-date checks.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import {
  cacheFromSource,
  isPycFileUpToDate,
  isPycUpToDate,
  makeHeader,
  parsePyc,
  pycBytes,
  readPyc,
  statSource,
  writeFileAtomic,
  writeFileAtomicSync,
  type InvalidationMode,
} from '../../src/pyc/index.js';
import { hex } from '../marshal/helpers.js';
import { PYTHON } from '../marshal/python.js';

const dir = mkdtempSync(join(tmpdir(), 'pyc-files-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const MODES: [InvalidationMode, string][] = [
  ['timestamp', 'TIMESTAMP'],
  ['checked-hash', 'CHECKED_HASH'],
  ['unchecked-hash', 'UNCHECKED_HASH'],
];

function pyCompile(source: string, cfile: string, mode: string): void {
  const code = `import py_compile, sys
py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True, invalidation_mode=py_compile.PycInvalidationMode.${mode})`;
  execFileSync(PYTHON, ['-c', code, source, cfile]);
}

test('py_compile output reads back and is rebuilt byte for byte, in every invalidation mode', () => {
  const source = join(dir, 'mod.py');
  writeFileSync(source, 'import sys\n\ndef f(a, *b):\n    return [x * 2 for x in b if x in {1, 2}]\n\nclass C:\n    pass\n');
  for (const [mode, pyMode] of MODES) {
    const cfile = join(dir, `mod.${mode}.pyc`);
    pyCompile(source, cfile, pyMode);
    const data = readFileSync(cfile);
    const pyc = parsePyc(data, cfile);
    const header = makeHeader(mode, statSource(source, true));
    assert.deepEqual(pyc.header, header, mode);
    assert.equal(hex(pycBytes(pyc.code, header)), hex(data), mode);
    assert.equal(pyc.code.co_filename, source);
    assert.ok(isPycUpToDate(pyc.header, statSource(source, true), mode));
  }
});

test('CPython imports the .pyc files pyc writes', () => {
  const pkg = join(dir, 'imp');
  mkdirSync(pkg, { recursive: true });
  for (const [mode, pyMode] of MODES) {
    const name = `m_${pyMode.toLowerCase()}`;
    const source = join(pkg, `${name}.py`);
    // The .pyc holds different code than the .py, so the output tells which one ran.
    writeFileSync(source, 'print("from source")\n');
    const other = join(pkg, `${name}_other.py`);
    writeFileSync(other, 'print("from pyc")\n');
    pyCompile(other, join(dir, 'scratch.pyc'), 'TIMESTAMP');
    const code = readPyc(join(dir, 'scratch.pyc')).code;
    const header = makeHeader(mode, statSource(source, true));
    writeFileAtomicSync(cacheFromSource(source), pycBytes(code, header));
    const out = execFileSync(PYTHON, ['-c', `import sys; sys.path.insert(0, sys.argv[1]); import ${name}`, pkg]).toString();
    // A checked-hash pyc of other code still matches this source's hash, so CPython trusts it.
    assert.equal(out.trim(), 'from pyc', mode);
  }
});

test('atomic writes replace the file whole and leave no temporary files', async () => {
  const target = join(dir, 'atomic', 'sub', 'x.pyc');
  writeFileAtomicSync(target, Uint8Array.of(1, 2, 3));
  assert.deepEqual([...readFileSync(target)], [1, 2, 3]);
  const inode = statSync(target).ino;
  await writeFileAtomic(target, Uint8Array.of(4, 5), 0o644);
  assert.deepEqual([...readFileSync(target)], [4, 5]);
  assert.notEqual(statSync(target).ino, inode, 'a new file is renamed over the old one');
  assert.equal(statSync(target).mode & 0o777, 0o644 & ~process.umask());
  // A failing rename (the target is a directory) throws and cleans up.
  const blocked = join(dir, 'atomic', 'blocked');
  mkdirSync(join(blocked, 'inner'), { recursive: true });
  assert.throws(() => writeFileAtomicSync(blocked, Uint8Array.of(1)));
  await assert.rejects(writeFileAtomic(blocked, Uint8Array.of(1)));
  assert.deepEqual(readdirSync(join(dir, 'atomic')).sort(), ['blocked', 'sub']);
  assert.deepEqual(readdirSync(join(dir, 'atomic', 'sub')), ['x.pyc']);
});

test('up-to-date checks follow mtime and size, or the source hash', () => {
  const source = join(dir, 'fresh.py');
  writeFileSync(source, 'x = 1\n');
  utimesSync(source, 1_600_000_000, 1_600_000_000);
  for (const [mode, pyMode] of MODES) {
    const cfile = cacheFromSource(source, { optimization: mode === 'timestamp' ? '' : mode.replace('-', '') });
    mkdirSync(join(cfile, '..'), { recursive: true });
    pyCompile(source, cfile, pyMode);
    assert.ok(isPycFileUpToDate(cfile, source, mode), `${mode}: fresh`);
    assert.equal(isPycFileUpToDate(cfile, source, mode === 'timestamp' ? 'checked-hash' : 'timestamp'), false, `${mode}: other mode`);
  }
  const ts = cacheFromSource(source);
  const checked = cacheFromSource(source, { optimization: 'checkedhash' });
  utimesSync(source, 1_600_000_001, 1_600_000_001);
  assert.equal(isPycFileUpToDate(ts, source), false, 'mtime changed');
  assert.ok(isPycFileUpToDate(checked, source), 'hash-based pycs ignore mtime');
  writeFileSync(source, 'x = 2\n');
  utimesSync(source, 1_600_000_000, 1_600_000_000);
  assert.ok(isPycFileUpToDate(ts, source), 'same mtime and size: the timestamp check cannot tell');
  assert.equal(isPycFileUpToDate(checked, source), false, 'content changed');
  writeFileSync(source, 'x = 22\n');
  utimesSync(source, 1_600_000_000, 1_600_000_000);
  assert.equal(isPycFileUpToDate(ts, source), false, 'size changed');
  assert.equal(isPycFileUpToDate(join(dir, 'missing.pyc'), source), false);
});
