// `pyc build` end to end: .pyc files as py_compile / compileall write them, errors as py_compile
// prints them, --jsonl records as CPython's SyntaxError fields, exit status, -o, -j, -f, -q,
// invalidation modes, up-to-date checks and never a half-written file.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { compileSource } from '../../src/cli/compile-source.js';
import { projectRoot } from '../conformance/ast-oracle.js';

const pyc = join(projectRoot, 'bin', 'pyc.js');
const root = mkdtempSync(join(tmpdir(), 'pyc-build-cli-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Whether pyc can compile at all: the tests that write .pyc files need the compiler. */
const compilerReady = compileSource(Buffer.from('x = 1\n'), 'probe.py').ok;
const needsCompiler = { skip: !compilerReady && 'pyc cannot compile yet' };

let dirs = 0;
/** A fresh directory holding `files`. */
function tree(files: Record<string, string | Buffer>): string {
  const dir = join(root, `t${dirs++}`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function runPyc(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const base = { ...process.env };
  delete base['SOURCE_DATE_EPOCH'];
  delete base['PYTHONPYCACHEPREFIX'];
  return spawnSync(process.execPath, [pyc, 'build', ...args], { encoding: 'utf8', cwd, env: { ...base, ...env } });
}

function python(code: string, cwd: string, ...args: string[]): string {
  return execFileSync('python3', ['-c', code, ...args], { encoding: 'utf8', cwd });
}

const GOOD = 'import os\n\ndef f(a, b=1):\n    """doc"""\n    return {k: v for k, v in a.items() if k in {"x", "y"}}\n\nclass C(f):\n    x: int = 3\n';

test('writes __pycache__/NAME.cpython-311.pyc byte-identical to py_compile, in each invalidation mode', needsCompiler, () => {
  const dir = tree({ 'good.py': GOOD });
  for (const mode of ['timestamp', 'checked-hash', 'unchecked-hash']) {
    const r = runPyc(['-f', '--invalidation-mode', mode, 'good.py'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout + r.stderr, '');
    const mine = readFileSync(join(dir, '__pycache__', 'good.cpython-311.pyc'));
    const enumName = mode.toUpperCase().replace('-', '_');
    python(`import py_compile; py_compile.compile('good.py', cfile='ref.pyc', invalidation_mode=py_compile.PycInvalidationMode.${enumName})`, dir);
    assert.deepEqual(mine, readFileSync(join(dir, 'ref.pyc')), `${mode}: bytes differ from py_compile's`);
  }
});

test('SOURCE_DATE_EPOCH makes checked-hash the default, as in py_compile', needsCompiler, () => {
  const dir = tree({ 'good.py': GOOD });
  const r = runPyc(['good.py'], dir, { SOURCE_DATE_EPOCH: '1' });
  assert.equal(r.status, 0, r.stderr);
  const flags = readFileSync(join(dir, '__pycache__', 'good.cpython-311.pyc')).readUInt32LE(4);
  assert.equal(flags, 0b11);
});

// Each kind of compile-time error: parser, tokenizer (IndentationError, TabError), symbol table,
// code generator, and the ones raised before parsing (NUL bytes, undecodable source).
const BAD: Record<string, string | Buffer> = {
  'a_parser.py': 'def f():\n    x = (1,\n',
  'b_indent.py': 'if 1:\n  a\n b\n',
  'c_tab.py': 'if 1:\n\tx = 1\n        y = 2\n',
  'd_symtable.py': 'def f():\n    nonlocal x\n',
  'e_compiler.py': 'for x in y:\n    pass\nbreak\n',
  'f_await.py': 'x = 1\nawait x\n',
  'g_nul.py': Buffer.from('x = 1\0\n'),
  'h_utf8.py': Buffer.from([0x78, 0x20, 0x3d, 0x20, 0xff, 0x0a]),
};

test('errors: --jsonl records are CPython\'s SyntaxError fields, exit status 1', () => {
  const dir = tree({ ...BAD, 'ok.py': 'x = 1\n' });
  const names = Object.keys(BAD).sort();
  const r = runPyc(['--jsonl', ...names, 'ok.py', 'missing.py'], dir);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, '');
  const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; ok?: true; error?: unknown });
  assert.deepEqual(records.map((x) => x.file), [...names, 'ok.py', 'missing.py']);
  const expected = python(
    'import json, sys\nfor p in sys.argv[1:]:\n  try: compile(open(p, "rb").read(), p, "exec", dont_inherit=True); print(json.dumps(None))\n' +
      '  except SyntaxError as e: print(json.dumps({"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset, "end_lineno": e.end_lineno, "end_offset": e.end_offset}))',
    dir, ...names,
  ).trim().split('\n').map((l) => JSON.parse(l) as unknown);
  names.forEach((name, i) => assert.deepEqual(records[i]!.error, expected[i], name));
  assert.deepEqual(records[names.length], { file: 'ok.py', ok: true });
  assert.deepEqual(records[names.length + 1]!.error, {
    type: 'FileNotFoundError', msg: "[Errno 2] No such file or directory: 'missing.py'", lineno: null, offset: null, end_lineno: null, end_offset: null,
  });
});

test('errors on stderr as python3 -m py_compile prints them; -q silences them', () => {
  const dir = tree(BAD);
  for (const name of [...Object.keys(BAD), 'missing.py']) {
    const r = runPyc([name], dir);
    const ref = spawnSync('python3', ['-m', 'py_compile', name], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 1, name);
    assert.equal(ref.status, 1, name);
    // py_compile leaves "Sorry: ..." and OSError lines without a final newline; pyc ends them.
    assert.equal(r.stderr, ref.stderr.endsWith('\n') ? ref.stderr : ref.stderr + '\n', name);
    assert.equal(r.stdout, '');
  }
  const quiet = runPyc(['-q', ...Object.keys(BAD)], dir);
  assert.equal(quiet.status, 1);
  assert.equal(quiet.stderr, '');
  assert.equal(existsSync(join(dir, '__pycache__')), false, 'no .pyc for a file that failed');
});

test('SyntaxWarnings are printed as CPython prints them, and the file still builds', needsCompiler, () => {
  const dir = tree({ 'w.py': 'x = 1\nif x is 1:\n    pass\n' });
  const r = runPyc(['w.py'], dir);
  const ref = spawnSync('python3', ['-m', 'py_compile', 'w.py'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.equal(r.stderr, ref.stderr);
  assert.ok(existsSync(join(dir, '__pycache__', 'w.cpython-311.pyc')));
});

test('a directory: compileall\'s files, order and co_filename; -j 2 writes the same bytes as -j 1', needsCompiler, () => {
  const dir = tree({
    'pkg/__init__.py': '',
    'pkg/b.py': GOOD,
    'pkg/a.py': 'from . import b\n',
    'pkg/sub/c.py': 'def g():\n    return 1\n',
    'pkg/__pycache__/stale.py': 'this is not python',
    'pkg/notes.txt': 'not python',
    'pkg/bad.py': 'x = (\n',
    'elsewhere/d.py': 'y = 2\n',
  });
  symlinkSync(join(dir, 'elsewhere'), join(dir, 'pkg', 'linked'));
  const r = runPyc(['--jsonl', './pkg'], dir);
  assert.equal(r.status, 1);
  const files = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { file: string }).file);
  assert.deepEqual(files, ['./pkg/__init__.py', './pkg/a.py', './pkg/b.py', './pkg/bad.py', './pkg/sub/c.py']);
  // co_filename is the path as compileall joins it ('./pkg/a.py'), as CPython's loader reads it.
  const cofiles = python('import marshal, sys\nfor p in sys.argv[1:]: print(marshal.loads(open(p, "rb").read()[16:]).co_filename)', dir,
    'pkg/__pycache__/a.cpython-311.pyc', 'pkg/sub/__pycache__/c.cpython-311.pyc');
  assert.equal(cofiles, './pkg/a.py\n./pkg/sub/c.py\n');
  const built = ['pkg/__pycache__/__init__.cpython-311.pyc', 'pkg/__pycache__/a.cpython-311.pyc', 'pkg/__pycache__/b.cpython-311.pyc', 'pkg/sub/__pycache__/c.cpython-311.pyc'];
  const first = built.map((p) => readFileSync(join(dir, p)));
  const parallel = runPyc(['--jsonl', '-f', '-j', '2', './pkg'], dir);
  assert.equal(parallel.stdout, r.stdout);
  assert.deepEqual(built.map((p) => readFileSync(join(dir, p))), first);
  assert.equal(existsSync(join(dir, 'elsewhere', '__pycache__')), false, 'a symlinked directory is not entered');
  assert.deepEqual(readdirSync(join(dir, 'pkg', '__pycache__')).filter((n) => !n.endsWith('.cpython-311.pyc')), ['stale.py']);
});

test('an up-to-date .pyc is left alone unless -f', needsCompiler, () => {
  const dir = tree({ 'm.py': 'x = 1\n' });
  const target = join(dir, '__pycache__', 'm.cpython-311.pyc');
  assert.equal(runPyc(['m.py'], dir).status, 0);
  const before = statSync(target).ino;
  assert.equal(runPyc(['m.py'], dir).status, 0);
  assert.equal(statSync(target).ino, before, 'rewritten although up to date');
  assert.equal(runPyc(['-f', 'm.py'], dir).status, 0);
  assert.notEqual(statSync(target).ino, before, '-f did not rebuild');
  // A changed source (mtime) and a different invalidation mode both make it stale.
  const again = statSync(target).ino;
  utimesSync(join(dir, 'm.py'), new Date(2001, 1, 1), new Date(2001, 1, 1));
  assert.equal(runPyc(['m.py'], dir).status, 0);
  assert.notEqual(statSync(target).ino, again);
  const third = statSync(target).ino;
  assert.equal(runPyc(['--invalidation-mode', 'unchecked-hash', 'm.py'], dir).status, 0);
  assert.notEqual(statSync(target).ino, third);
});

test('-o OUT for one file; usage errors exit 2', needsCompiler, () => {
  const dir = tree({ 'one.py': 'x = 1\n', 'two.py': 'y = 2\n', 'd/three.py': 'z = 3\n' });
  const r = runPyc(['-o', 'out/one.pyc', 'one.py'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(existsSync(join(dir, 'out', 'one.pyc')));
  assert.equal(existsSync(join(dir, '__pycache__')), false);
  for (const args of [['-o', 'x.pyc', 'one.py', 'two.py'], ['-o', 'x.pyc', 'd'], ['-j', 'many', 'one.py'], ['--invalidation-mode', 'sometimes', 'one.py']]) {
    const bad = runPyc(args, dir);
    assert.equal(bad.status, 2, args.join(' '));
    assert.match(bad.stderr, /^pyc build: /);
  }
});

test('never a half-written file: failures leave the old .pyc, no temporary files remain', needsCompiler, () => {
  const dir = tree({ 'm.py': 'x = 1\n', 'n.py': 'y = 2\n', 'l.py': 'z = 3\n' });
  assert.equal(runPyc(['m.py'], dir).status, 0);
  const target = join(dir, '__pycache__', 'm.cpython-311.pyc');
  const good = readFileSync(target);
  writeFileSync(join(dir, 'm.py'), 'x = (\n');
  assert.equal(runPyc(['-f', 'm.py'], dir).status, 1);
  assert.deepEqual(readFileSync(target), good, 'a failed compile touched the old .pyc');
  // py_compile's refusals: a directory or a symlink where the .pyc should go.
  mkdirSync(join(dir, '__pycache__', 'n.cpython-311.pyc'));
  symlinkSync(join(dir, 'elsewhere.pyc'), join(dir, '__pycache__', 'l.cpython-311.pyc'));
  for (const name of ['n.py', 'l.py']) {
    const r = runPyc([name], dir);
    const ref = spawnSync('python3', ['-m', 'py_compile', name], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.equal(r.stderr, ref.stderr + '\n');
  }
  assert.deepEqual(readdirSync(join(dir, '__pycache__')).sort(), ['l.cpython-311.pyc', 'm.cpython-311.pyc', 'n.cpython-311.pyc']);
  assert.equal(existsSync(join(dir, 'elsewhere.pyc')), false);
});
