// `node dist/test/conformance/cpython-tests.js`: CPython's own regression tests, run by stock
// CPython importing a copy of its stdlib whose .pyc files pyc built, next to the same tests run on
// a copy built by CPython's compileall. See test/conformance/README-cpython-tests.md.
//
//   --work DIR      where the two copies live (default $TMPDIR/pyc-cpython-tests)
//   --reuse         keep a side already built in DIR (its build.json exists) instead of rebuilding
//   --tests A,B     test files to run (default: the 14 of issue 4, item 7); `all`: every test file
//                   `python -m test --list-tests` lists (the whole regression suite, ~490 files)
//   --more          also run EXTRA_TESTS (tracing, tracebacks, peephole, ... : code-object sensitive)
//   --side S        only one side: pyc or stock (the table then shows one side)
//   --jobs N        build workers, both sides (default 2)
//   --use R         regrtest resources (`python -m test -u R`; default: none, as regrtest)
//   --timeout S     per test file, seconds (default 1800)
//   --pyc-arg A     one more argument for `pyc build` (repeatable), e.g. --pyc-arg --parser=generated
//   --build-only    prepare and prove the copies, run no tests
//   --negative-control  also run test_dis once on pyc's side with its .pyc altered in one field of
//                   one code object (cpython-tests-mutate.py: the constant 1 of test_dis._f
//                   becomes 2), as a compiler bug would alter it: the run must fail
//   --json FILE     results as JSON (default DIR/results.json)
//   --update        raise the ratchet (test/conformance/ratchet.json) to this run's counts; the
//                   counts are checked against it (and may be recorded) only on a default run:
//                   both sides, the default test list
//
// Each side is a Python prefix, DIR/pyc or DIR/cpy (stock): bin/python3.11 is a copy of the machine's interpreter
// (it finds its prefix from its own location, so no PYTHONHOME is needed and child interpreters
// that the tests start with -I or -E use the same copy), lib/python3.11 is a copy of the stdlib
// (no site-packages, no __pycache__) with lib-dynload symlinked to the machine's. pyc's side is
// built by `pyc build --invalidation-mode unchecked-hash`, the stock side by `python3 -m compileall
// --invalidation-mode unchecked-hash`: unchecked hash-based .pyc files are never checked against
// their source, so CPython runs whatever .pyc it finds. Tests run as `python -X frozen_modules=off
// -m test --junit-xml ...` (through cpython-tests-runner.py, which also records where every loaded
// module came from) with PYTHONDONTWRITEBYTECODE=1 and no other PYTHON* variables.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { findPythonFiles } from '../../src/cli/files.js';
import { cacheFromSource } from '../../src/pyc/index.js';
import { projectRoot } from './ast-oracle.js';
import { checkRatchet, readRatchet, writeRatchet } from './ratchet.js';

export const DEFAULT_TESTS = [
  'test_grammar', 'test_compile', 'test_syntax', 'test_scope', 'test_exceptions', 'test_generators', 'test_class',
  'test_patma', 'test_coroutines', 'test_dis', 'test_fstring', 'test_unpack', 'test_keywordonlyarg', 'test_positional_only_arg',
];
/** Test files whose outcome depends closely on the code objects of the file itself. */
export const EXTRA_TESTS = [
  'test_sys_settrace', 'test_peepholer', 'test_traceback', 'test_code', 'test_frame', 'test_unpack_ex', 'test_with',
  'test_contextlib', 'test_listcomps', 'test_genexps', 'test_setcomps', 'test_dictcomps', 'test_funcattrs',
  'test_string_literals', 'test_opcodes', 'test_augassign', 'test_raise', 'test_global', 'test_super',
  'test_named_expressions', 'test_decorators', 'test_exception_group', 'test_except_star', 'test_asyncgen',
  'test_types', 'test_inspect', 'test_dataclasses', 'test_enum', 'test_future_stmt', 'test_lib2to3', 'test_ast',
];
const SIDES = ['pyc', 'stock'] as const;
type Side = (typeof SIDES)[number];

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const work = option('--work') ?? join(tmpdir(), 'pyc-cpython-tests');
const jobs = option('--jobs') ?? '2';
const timeoutSeconds = Number(option('--timeout') ?? 1800);
const use = option('--use');
const pycArgs = args.flatMap((a, i) => (a === '--pyc-arg' ? [args[i + 1]!] : []));
let tests = option('--tests')?.split(',').filter(Boolean) ?? DEFAULT_TESTS;
if (args.includes('--more')) tests = [...tests, ...EXTRA_TESTS.filter((t) => !tests.includes(t))];
const onlySide = option('--side') as Side | undefined;
if (onlySide && !SIDES.includes(onlySide)) throw new Error(`--side: pyc or stock, not ${onlySide}`);
const sides: Side[] = onlySide ? [onlySide] : [...SIDES];
const jsonPath = option('--json') ?? join(work, 'results.json');

// ---------------------------------------------------------------------------------------------
// The machine's interpreter and stdlib.

const probe = JSON.parse(
  spawnSync('python3', ['-c', 'import json, os, sys, sysconfig; print(json.dumps({"exe": os.path.realpath(sys.executable), "stdlib": sysconfig.get_paths()["stdlib"], "version": sys.version}))'], { encoding: 'utf8' }).stdout,
) as { exe: string; stdlib: string; version: string };
const stdlib = probe.stdlib;
const libName = basename(stdlib); // python3.11

// Directory names of equal length, so that the two sides' .pyc files (which hold their source
// path in co_filename) can be compared byte for byte after swapping one name for the other.
const DIR_NAMES: Record<Side, string> = { pyc: 'pyc', stock: 'cpy' };
const prefixOf = (side: Side): string => join(work, DIR_NAMES[side]);
const libOf = (side: Side): string => join(prefixOf(side), 'lib', libName);
const pythonOf = (side: Side): string => join(prefixOf(side), 'bin', basename(probe.exe));

/** The environment of every interpreter run on a copy: no PYTHON* variable but DONTWRITEBYTECODE. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('PYTHON')) env[k] = v;
  return { ...env, PYTHONDONTWRITEBYTECODE: '1', ...extra };
}

function run(cmd: string, argv: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string; timeout?: number } = {}): SpawnSyncReturns<string> & { seconds: number } {
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 28, killSignal: 'SIGKILL', ...opts });
  return Object.assign(r, { seconds: (performance.now() - t0) / 1000 });
}

const sha1 = (path: string): string => createHash('sha1').update(readFileSync(path)).digest('hex');

// ---------------------------------------------------------------------------------------------
// Preparing a side: copy, build, record which .pyc files the build wrote (and their digests).

interface BuildRecord {
  side: Side;
  seconds: number;
  command: string;
  exitStatus: number | null;
  /** Source files of the copy (relative to its lib directory). */
  sources: number;
  /** relative source path -> sha1 of the .pyc the build wrote. */
  pycs: Record<string, string>;
  /** Sources left without a .pyc, with the builder's message where it gave one. */
  rejected: Record<string, string>;
}

function copyStdlib(side: Side): void {
  const prefix = prefixOf(side);
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(join(prefix, 'bin'), { recursive: true });
  copyFileSync(probe.exe, pythonOf(side));
  chmodSync(pythonOf(side), 0o755);
  const lib = libOf(side);
  cpSync(stdlib, lib, {
    recursive: true,
    filter: (src) => {
      if (src === stdlib) return true;
      const name = basename(src);
      const top = relative(stdlib, src).split('/')[0];
      return name !== '__pycache__' && top !== 'site-packages' && top !== 'lib-dynload';
    },
  });
  symlinkSync(join(stdlib, 'lib-dynload'), join(lib, 'lib-dynload'));
  // C headers, for the tests that build extension modules (distutils, test_cppext).
  const include = join(dirname(dirname(stdlib)), 'include');
  if (existsSync(include)) symlinkSync(include, join(prefix, 'include'));
}

function buildSide(side: Side): BuildRecord {
  const lib = libOf(side);
  let r: ReturnType<typeof run>;
  let command: string;
  const messages: Record<string, string> = {};
  if (side === 'pyc') {
    const argv = [join(projectRoot, 'bin', 'pyc.js'), 'build', '-j', jobs, '-q', '--jsonl', '--invalidation-mode', 'unchecked-hash', ...pycArgs, lib];
    command = `node ${argv.join(' ')}`;
    r = run(process.execPath, argv);
    for (const line of r.stdout.split('\n')) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line) as { file: string; ok?: boolean; error?: { type: string; msg: string; lineno?: number } };
      if (!rec.ok) messages[relative(lib, rec.file)] = `${rec.error?.type}: ${rec.error?.msg}${rec.error?.lineno ? ` (line ${rec.error.lineno})` : ''}`;
    }
  } else {
    const argv = ['-m', 'compileall', '-q', '-j', jobs, '--invalidation-mode', 'unchecked-hash', lib];
    command = `python3 ${argv.join(' ')}`;
    r = run(probe.exe, argv, { env: cleanEnv() });
    // compileall -q prints "*** Error compiling 'PATH'..." and then the error.
    const lines = r.stdout.split('\n');
    lines.forEach((line, i) => {
      const m = /^\*\*\* Error compiling '(.*)'\.\.\.$/.exec(line);
      if (m) messages[relative(lib, m[1]!)] = (lines.slice(i + 1).find((l) => /Error|Warning/.test(l)) ?? '').trim();
    });
  }
  const record: BuildRecord = { side, seconds: r.seconds, command, exitStatus: r.status, sources: 0, pycs: {}, rejected: {} };
  for (const { path } of findPythonFiles([lib])) {
    record.sources++;
    const rel = relative(lib, path);
    const cache = cacheFromSource(path);
    if (existsSync(cache)) record.pycs[rel] = sha1(cache);
    else record.rejected[rel] = messages[rel] ?? '';
  }
  writeFileSync(join(prefixOf(side), 'build.json'), JSON.stringify(record, null, 1) + '\n');
  return record;
}

function prepare(side: Side): BuildRecord {
  const recordPath = join(prefixOf(side), 'build.json');
  if (args.includes('--reuse') && existsSync(recordPath)) {
    console.log(`${side}: reusing ${prefixOf(side)}`);
    return JSON.parse(readFileSync(recordPath, 'utf8')) as BuildRecord;
  }
  console.log(`${side}: copying ${stdlib} to ${libOf(side)}`);
  copyStdlib(side);
  console.log(`${side}: building (${side === 'pyc' ? 'pyc build' : 'compileall'}, -j ${jobs}, unchecked-hash) ...`);
  const record = buildSide(side);
  console.log(`${side}: ${Object.keys(record.pycs).length}/${record.sources} built in ${record.seconds.toFixed(0)} s, ${Object.keys(record.rejected).length} without .pyc`);
  return record;
}

/** `python3 -m py_compile FILE` on each file (writing under a scratch pycache prefix): true = rejected. */
function pyCompileRejects(lib: string, files: string[]): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  const scratch = join(work, 'py_compile-scratch');
  for (const f of files) {
    const r = run('python3', ['-m', 'py_compile', join(lib, f)], { env: { ...cleanEnv(), PYTHONPYCACHEPREFIX: scratch } });
    out[f] = r.status !== 0;
  }
  rmSync(scratch, { recursive: true, force: true });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Proof that the copy's .pyc files are the code CPython runs.

interface MarkerProof {
  module: string;
  /** With -X frozen_modules=off: the marker pyc planted in the copy's __pycache__ was executed. */
  markerSeen: boolean;
  /** Without -X frozen_modules=off (frozen modules such as os come from the interpreter binary). */
  markerSeenWithFrozenModules: boolean;
  cached: string | null;
  restored: boolean;
}

/** Plants a pyc-built .pyc of MODULE's source plus one marker assignment in the copy, runs an
 * import of it with and without -X frozen_modules=off, and puts the real .pyc back. */
function markerProofs(side: Side, build: BuildRecord, modules: string[]): MarkerProof[] {
  const lib = libOf(side);
  const dir = join(work, 'marker');
  mkdirSync(dir, { recursive: true });
  const out: MarkerProof[] = [];
  for (const module of modules) {
    const rel = existsSync(join(lib, ...module.split('.')) + '.py') ? join(...module.split('.')) + '.py' : join(...module.split('.'), '__init__.py');
    const cache = cacheFromSource(join(lib, rel));
    const original = readFileSync(cache);
    const marked = join(dir, basename(rel));
    writeFileSync(marked, Buffer.concat([readFileSync(join(lib, rel)), Buffer.from(`\n__pyc_marker__ = 'planted by cpython-tests'\n`)]));
    let markerSeen = false;
    let markerSeenWithFrozenModules = false;
    let cached: string | null = null;
    try {
      const b = run(process.execPath, [join(projectRoot, 'bin', 'pyc.js'), 'build', '-q', '--invalidation-mode', 'unchecked-hash', '-o', cache, marked]);
      if (b.status !== 0) throw new Error(`marker build failed: ${b.stderr}`);
      const code = `import json, importlib; m = importlib.import_module(${JSON.stringify(module)}); print(json.dumps([getattr(m, '__pyc_marker__', None), getattr(m, '__cached__', None)]))`;
      const on = run(pythonOf(side), ['-X', 'frozen_modules=off', '-c', code], { env: cleanEnv(), cwd: work });
      const off = run(pythonOf(side), ['-c', code], { env: cleanEnv(), cwd: work });
      const [seen, c] = JSON.parse(on.stdout) as [string | null, string | null];
      markerSeen = seen !== null;
      cached = c;
      markerSeenWithFrozenModules = (JSON.parse(off.stdout) as [string | null])[0] !== null;
    } finally {
      writeFileSync(cache, original);
    }
    out.push({ module, markerSeen, markerSeenWithFrozenModules, cached, restored: sha1(cache) === build.pycs[rel] });
  }
  return out;
}

interface ModuleOrigin {
  origin: string | null;
  cached: string | null;
  loader: string;
}

interface Provenance {
  /** Modules whose code came from a .pyc of the copy, unchanged since the build. */
  fromBuiltPyc: number;
  /** Loaded from the copy's sources with no .pyc: compiled by CPython itself (pyc rejected them). */
  compiledByCPython: string[];
  /** A .pyc of the copy that is not the one the build wrote (should not happen). */
  changedPyc: string[];
  /** Loaded from the machine's own stdlib instead of the copy (should not happen). */
  fromMachineStdlib: string[];
  frozen: string[];
  builtin: number;
  extension: number;
  /** Anything else: __main__, modules the tests make in temporary directories, namespace packages. */
  other: string[];
}

function provenance(side: Side, build: BuildRecord, modules: Record<string, ModuleOrigin>): Provenance {
  const lib = libOf(side);
  const p: Provenance = { fromBuiltPyc: 0, compiledByCPython: [], changedPyc: [], fromMachineStdlib: [], frozen: [], builtin: 0, extension: 0, other: [] };
  for (const [name, m] of Object.entries(modules)) {
    const origin = m.origin ?? '';
    if (m.loader === 'FrozenImporter' || origin === 'frozen') p.frozen.push(name);
    else if (m.loader === 'BuiltinImporter' || origin === 'built-in') p.builtin++;
    else if (origin.startsWith(stdlib + '/')) p.fromMachineStdlib.push(name);
    else if (m.loader === 'ExtensionFileLoader') p.extension++;
    else if (origin.startsWith(lib + '/') && origin.endsWith('.py')) {
      const rel = relative(lib, origin);
      if (m.cached && existsSync(m.cached)) {
        if (build.pycs[rel] !== undefined && sha1(m.cached) === build.pycs[rel]) p.fromBuiltPyc++;
        else p.changedPyc.push(name);
      } else p.compiledByCPython.push(name);
    } else p.other.push(name);
  }
  for (const k of ['compiledByCPython', 'changedPyc', 'fromMachineStdlib', 'frozen', 'other'] as const) p[k].sort();
  return p;
}

// ---------------------------------------------------------------------------------------------
// Running one test file on one side.

interface CaseFailure {
  name: string;
  type: string | null;
  message: string;
  traceback: string;
}

interface TestOutcome {
  exitStatus: number | null;
  signal: string | null;
  seconds: number;
  /** regrtest's verdict line ("SUCCESS", "FAILURE", ...), or a crash / timeout note. */
  result: string;
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  expectedFailures: number;
  unexpectedSuccesses: number;
  failed: CaseFailure[];
  errored: CaseFailure[];
  log: string;
  provenance: Provenance | null;
}

function runTest(side: Side, build: BuildRecord, test: string, label = test): TestOutcome {
  const dir = join(prefixOf(side), 'results');
  const cwd = join(prefixOf(side), 'cwd');
  mkdirSync(dir, { recursive: true });
  mkdirSync(cwd, { recursive: true });
  const junit = join(dir, `${label}.xml`);
  const modulesFile = join(dir, `${label}.modules.json`);
  const log = join(dir, `${label}.log`);
  rmSync(junit, { force: true });
  rmSync(modulesFile, { force: true });
  const runner = join(work, 'cpython-tests-runner.py');
  const argv = ['-X', 'frozen_modules=off', runner, '--junit-xml', junit, ...(use ? ['-u', use] : []), test];
  const r = run(pythonOf(side), argv, { env: cleanEnv({ PYC_CPYTESTS_MODULES: modulesFile }), cwd, timeout: timeoutSeconds * 1000 });
  writeFileSync(log, `$ ${pythonOf(side)} ${argv.join(' ')}\n${r.stdout ?? ''}\n--- stderr ---\n${r.stderr ?? ''}`);
  const verdict = /== Tests result: (.*) ==/.exec(r.stdout ?? '')?.[1];
  const outcome: TestOutcome = {
    exitStatus: r.status,
    signal: r.signal,
    seconds: r.seconds,
    // (The same words on both sides: the error message would name the side's interpreter.)
    result: verdict ?? ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' ? `TIMEOUT after ${timeoutSeconds} s` : r.error ? `did not start: ${(r.error as NodeJS.ErrnoException).code}` : r.signal ? `killed by ${r.signal}` : `no verdict (exit ${r.status})`),
    tests: 0, failures: 0, errors: 0, skipped: 0, expectedFailures: 0, unexpectedSuccesses: 0, failed: [], errored: [],
    log,
    provenance: null,
  };
  if (existsSync(junit)) {
    const s = run('python3', [join(projectRoot, 'test', 'conformance', 'cpython-tests-junit.py'), junit]);
    Object.assign(outcome, JSON.parse(s.stdout) as Partial<TestOutcome>);
  }
  if (existsSync(modulesFile)) outcome.provenance = provenance(side, build, JSON.parse(readFileSync(modulesFile, 'utf8')) as Record<string, ModuleOrigin>);
  return outcome;
}

// ---------------------------------------------------------------------------------------------

mkdirSync(work, { recursive: true });
copyFileSync(join(projectRoot, 'test', 'conformance', 'cpython-tests-runner.py'), join(work, 'cpython-tests-runner.py'));
console.log(`CPython ${probe.version.split(' ')[0]} (${probe.exe}), stdlib ${stdlib}, work directory ${work}`);

const builds = new Map<Side, BuildRecord>();
for (const side of sides) builds.set(side, prepare(side));

if (tests.length === 1 && tests[0] === 'all') {
  const r = run(pythonOf(sides[0]!), ['-X', 'frozen_modules=off', '-m', 'test', '--list-tests'], { env: cleanEnv(), cwd: work });
  tests = r.stdout.split('\n').map((l) => l.trim()).filter((l) => /^test_\w+$/.test(l));
}

// The interpreter copies must take their prefix from their own location.
for (const side of sides) {
  const r = run(pythonOf(side), ['-X', 'frozen_modules=off', '-c', 'import sys, os; print(sys.prefix); print(os.__spec__.origin)'], { env: cleanEnv() });
  const [prefix, osOrigin] = r.stdout.trim().split('\n');
  if (prefix !== prefixOf(side) || osOrigin !== join(libOf(side), 'os.py')) {
    throw new Error(`${pythonOf(side)} does not run on its copy: sys.prefix=${prefix}, os from ${osOrigin}; ${r.stderr}`);
  }
}

// Which files each builder left without a .pyc, and what `python3 -m py_compile` says of them.
// pyc's .pyc files against compileall's, byte for byte, once the source path is swapped.
let byteIdentical: { compared: number; identical: number; differing: string[] } | null = null;
if (builds.has('pyc') && builds.has('stock')) {
  const from = Buffer.from(libOf('pyc') + '/');
  const to = Buffer.from(libOf('stock') + '/');
  byteIdentical = { compared: 0, identical: 0, differing: [] };
  for (const rel of Object.keys(builds.get('pyc')!.pycs)) {
    if (builds.get('stock')!.pycs[rel] === undefined) continue;
    const ours = readFileSync(cacheFromSource(join(libOf('pyc'), rel)));
    const theirs = readFileSync(cacheFromSource(join(libOf('stock'), rel)));
    const parts: Buffer[] = [];
    let at = 0;
    for (let k = ours.indexOf(from); k >= 0; k = ours.indexOf(from, at)) {
      parts.push(ours.subarray(at, k), to);
      at = k + from.length;
    }
    parts.push(ours.subarray(at));
    byteIdentical.compared++;
    if (Buffer.concat(parts).equals(theirs)) byteIdentical.identical++;
    else byteIdentical.differing.push(rel);
  }
  console.log(`\npyc's .pyc files byte-identical to compileall's (source paths swapped): ${byteIdentical.identical}/${byteIdentical.compared}${byteIdentical.differing.length ? `; differing: ${byteIdentical.differing.slice(0, 10).join(', ')}` : ''}`);
}

const rejectedBy = Object.fromEntries([...builds].map(([side, b]) => [side, Object.keys(b.rejected).sort()])) as Partial<Record<Side, string[]>>;
const unionRejected = [...new Set(Object.values(rejectedBy).flat())].sort();
const pyCompile = pyCompileRejects(libOf(sides[0]!), unionRejected);
console.log(`\nFiles left without a .pyc (${unionRejected.length}):`);
console.log(`  ${'file'.padEnd(48)} ${sides.map((s) => s.padEnd(6)).join(' ')} py_compile`);
for (const f of unionRejected) {
  const marks = sides.map((s) => (builds.get(s)!.rejected[f] !== undefined ? 'no pyc' : 'built ').padEnd(6));
  console.log(`  ${f.padEnd(48)} ${marks.join(' ')} ${pyCompile[f] ? 'rejects' : 'accepts'}${builds.get('pyc')?.rejected[f] ? `   pyc: ${builds.get('pyc')!.rejected[f]}` : ''}`);
}

const markers = builds.has('pyc') ? markerProofs('pyc', builds.get('pyc')!, ['os', 'test.support']) : [];
if (markers.length > 0) {
  console.log('\nMarker proof (a pyc-built .pyc of the module plus `__pyc_marker__ = ...` planted in the pyc copy, then restored):');
  for (const m of markers) {
    console.log(`  ${m.module.padEnd(14)} -X frozen_modules=off: marker ${m.markerSeen ? 'executed' : 'NOT executed'} (${m.cached}); default flags: marker ${m.markerSeenWithFrozenModules ? 'executed' : 'not executed'}; original .pyc restored: ${m.restored}`);
  }
}

let control: { failures: number; errors: number; result: string; restored: boolean } | null = null;
if (args.includes('--negative-control') && builds.has('pyc')) {
  const build = builds.get('pyc')!;
  const rel = join('test', 'test_dis.py');
  const cache = cacheFromSource(join(libOf('pyc'), rel));
  const original = readFileSync(cache);
  try {
    const m = run('python3', [join(projectRoot, 'test', 'conformance', 'cpython-tests-mutate.py'), cache, '_f', '1', '2']);
    if (m.status !== 0) throw new Error(`negative control: ${m.stderr}`);
    const o = runTest('pyc', build, 'test_dis', 'test_dis.negative-control');
    control = { failures: o.failures, errors: o.errors, result: o.result, restored: false };
  } finally {
    writeFileSync(cache, original);
  }
  control.restored = sha1(cache) === build.pycs[rel];
  console.log(`\nNegative control: test_dis with one constant of test_dis._f changed in its .pyc (co_consts: 1 -> 2): ${control.result}, ${control.failures} failed, ${control.errors} errors (expected: FAILURE); original .pyc restored: ${control.restored}`);
}

const results: { test: string; outcomes: Partial<Record<Side, TestOutcome>> }[] = [];
if (!args.includes('--build-only')) {
  for (const test of tests) {
    const outcomes: Partial<Record<Side, TestOutcome>> = {};
    for (const side of sides) {
      if (process.stderr.isTTY) process.stderr.write(`${test} on ${side} ...\r`);
      outcomes[side] = runTest(side, builds.get(side)!, test);
    }
    results.push({ test, outcomes });
    const cells = sides.map((s) => {
      const o = outcomes[s]!;
      return `${s}: ${o.result} ${o.tests} run, ${o.failures} failed, ${o.errors} errors, ${o.skipped} skipped (${o.seconds.toFixed(0)} s)`;
    });
    console.log(`${test}: ${cells.join(' | ')}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Report.

const cell = (o: TestOutcome | undefined): string[] => (o ? [String(o.tests), String(o.failures), String(o.errors), String(o.skipped)] : ['', '', '', '']);
if (results.length > 0) {
  const header = ['test file', ...sides.flatMap((s) => [`${s} run`, 'fail', 'err', 'skip']), 'same'];
  const rows = results.map(({ test, outcomes }) => {
    const same = sides.length === 2 && ['tests', 'failures', 'errors', 'skipped'].every((k) => outcomes.pyc![k as 'tests'] === outcomes.stock![k as 'tests']) && outcomes.pyc!.result === outcomes.stock!.result;
    return [test, ...sides.flatMap((s) => cell(outcomes[s])), sides.length === 2 ? (same ? 'yes' : 'NO') : ''];
  });
  const totals = ['total', ...sides.flatMap((s) => ['tests', 'failures', 'errors', 'skipped'].map((k) => String(results.reduce((n, r) => n + (r.outcomes[s]?.[k as 'tests'] ?? 0), 0)))), ''];
  const all = [header, ...rows, totals];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  console.log('');
  for (const [i, r] of all.entries()) {
    console.log(r.map((c, k) => (k === 0 ? c.padEnd(widths[k]!) : c.padStart(widths[k]!))).join('  '));
    if (i === 0 || i === all.length - 2) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }

  if (sides.length === 2) {
    for (const { test, outcomes } of results) {
      const bad = (o: TestOutcome): Map<string, CaseFailure> => new Map([...o.failed, ...o.errored].map((f) => [f.name, f]));
      const pycBad = bad(outcomes.pyc!);
      const stockBad = bad(outcomes.stock!);
      const onlyPyc = [...pycBad.values()].filter((f) => !stockBad.has(f.name));
      const onlyStock = [...stockBad.values()].filter((f) => !pycBad.has(f.name));
      if (onlyPyc.length === 0 && onlyStock.length === 0 && outcomes.pyc!.result === outcomes.stock!.result) continue;
      console.log(`\n${test}: pyc ${outcomes.pyc!.result}, stock ${outcomes.stock!.result}`);
      for (const f of onlyPyc) console.log(`  fails only with pyc's .pyc: ${f.name}: ${f.message}`);
      for (const f of onlyStock) console.log(`  fails only with stock .pyc: ${f.name}: ${f.message}`);
    }
  }

  console.log('\nWhere the loaded modules came from (union over the test runs):');
  for (const side of sides) {
    const provs = results.map((r) => r.outcomes[side]?.provenance).filter((p): p is Provenance => p !== null && p !== undefined);
    const union = (k: 'compiledByCPython' | 'changedPyc' | 'fromMachineStdlib' | 'frozen'): string[] => [...new Set(provs.flatMap((p) => p[k]))].sort();
    const maxFromPyc = Math.max(0, ...provs.map((p) => p.fromBuiltPyc));
    console.log(`  ${side}: up to ${maxFromPyc} modules per test file from the copy's built .pyc; frozen: ${union('frozen').join(', ') || 'none'}`);
    console.log(`         compiled by CPython from source (no .pyc): ${union('compiledByCPython').join(', ') || 'none'}`);
    console.log(`         from the machine's stdlib: ${union('fromMachineStdlib').join(', ') || 'none'}; .pyc changed since the build: ${union('changedPyc').join(', ') || 'none'}`);
  }
}

const report = {
  python: probe.version,
  pycCommit: spawnSync('git', ['-C', projectRoot, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout.trim(),
  work,
  tests,
  builds: Object.fromEntries([...builds].map(([s, b]) => [s, { seconds: b.seconds, command: b.command, exitStatus: b.exitStatus, sources: b.sources, built: Object.keys(b.pycs).length, rejected: b.rejected }])),
  pyCompileRejects: pyCompile,
  byteIdentical,
  markers,
  negativeControl: control,
  results: results.map(({ test, outcomes }) => ({
    test,
    ...Object.fromEntries(Object.entries(outcomes).map(([s, o]) => [s, { ...o, failed: o.failed.map((f) => ({ ...f, traceback: f.traceback.slice(-1500) })), errored: o.errored.map((f) => ({ ...f, traceback: f.traceback.slice(-1500) })) }])),
  })),
};
writeFileSync(jsonPath, JSON.stringify(report, null, 1) + '\n');
console.log(`\nJSON: ${jsonPath}`);

// A failure: a proof that did not hold, or a test file whose outcome differs between the sides.
let proofFailed = markers.some((m) => !m.markerSeen || !m.restored) ||
  results.some((r) => sides.some((s) => {
    // A run that regrtest finished must have left its module dump; a timed-out or killed one cannot.
    const o = r.outcomes[s];
    const p = o?.provenance;
    if (!p) return o !== undefined && o.exitStatus !== null;
    return p.changedPyc.length > 0 || p.fromMachineStdlib.length > 0;
  }));
const differs = sides.length === 2 && results.some(({ outcomes: o }) => o.pyc!.failures + o.pyc!.errors !== o.stock!.failures + o.stock!.errors || o.pyc!.result !== o.stock!.result);
if (control && (control.failures + control.errors === 0 || !control.restored)) {
  console.log('NEGATIVE CONTROL FAILED: a wrong .pyc went unnoticed (or the original was not restored)');
  proofFailed = true;
}
if (proofFailed) console.log('PROVENANCE CHECK FAILED');
let ratchetFailed = false;
const defaultRun = !option('--tests') && !args.includes('--more') && sides.length === 2 && results.length === DEFAULT_TESTS.length;
if (defaultRun) {
  const passed = (o: TestOutcome): number => o.tests - o.failures - o.errors - o.skipped;
  const measured = {
    // Test files whose outcome with pyc's .pyc equals stock CPython's (result, run, failed, errors, skipped).
    'cpythonTests.filesAsStock': results.filter(({ outcomes: o }) => o.pyc!.result === o.stock!.result && (['tests', 'failures', 'errors', 'skipped'] as const).every((k) => o.pyc![k] === o.stock![k])).length,
    // Test cases passed with pyc's .pyc, over the default test files.
    'cpythonTests.pycPassed': results.reduce((n, r) => n + passed(r.outcomes.pyc!), 0),
  };
  if (args.includes('--update')) writeRatchet(measured);
  const failures = checkRatchet(readRatchet(), measured);
  for (const f of failures) console.log(`RATCHET: ${f}`);
  ratchetFailed = failures.length > 0;
  console.log(`ratchet counts: ${JSON.stringify(measured)}`);
}
if (proofFailed || differs || ratchetFailed) process.exitCode = 1;
