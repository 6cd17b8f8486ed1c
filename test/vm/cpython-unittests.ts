// CPython's own unittest files (Lib/test) run on pyc's VM: the count of passing test cases per
// file, next to python3's count for the same file, checked against (or, with --update, written
// to) the ratchet as `vm.cpythonTests.<file>.passed`.
//
//   npx tsc -p . && node dist/test/vm/cpython-unittests.js [--update] [--timeout S] [test_x ...]
//
// Not part of `npm test` (the files take minutes). Each file runs in its own `pyc run` process
// under a timeout; a file that times out or crashes counts what it reported (0 when nothing).

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { checkRatchet, readRatchet, writeRatchet, type Counts } from '../conformance/ratchet.js';
import { projectRoot } from '../conformance/ast-oracle.js';

/** The files issue 5 names (test_str is test_unicode in 3.11). */
export const DEFAULT_TESTS = [
  'test_grammar', 'test_int', 'test_float', 'test_list', 'test_tuple', 'test_dict', 'test_set', 'test_string', 'test_unicode',
  'test_scope', 'test_generators', 'test_exceptions', 'test_class', 'test_patma', 'test_with', 'test_contextlib',
];

// Counts passing tests and prints them last.
const DRIVER = String.raw`
import sys, json, unittest
name = sys.argv[1]
class R(unittest.TextTestResult):
    # addSuccess is called only for tests whose every subtest passed
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.passed = 0
    def addSuccess(self, test):
        super().addSuccess(test)
        self.passed += 1
def report(**kw):
    sys.stdout.write('PYC-UNITTEST ' + json.dumps(kw) + '\n')
    sys.stdout.flush()
try:
    suite = unittest.defaultTestLoader.loadTestsFromName('test.' + name)
except BaseException as e:
    report(error=repr(e), run=0, passed=0)
    raise SystemExit(0)
result = unittest.TextTestRunner(stream=sys.stderr, resultclass=R, verbosity=0).run(suite)
report(run=result.testsRun, passed=result.passed, failures=len(result.failures), errors=len(result.errors), skipped=len(result.skipped))
`;

interface FileResult {
  run: number;
  passed: number;
  failures?: number;
  errors?: number;
  skipped?: number;
  error?: string;
  status: string;
}

function runOne(cmd: string, args: string[], timeoutS: number): Promise<FileResult> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd: projectRoot, env: { ...process.env, PYTHONHASHSEED: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.resume();
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutS * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').reverse().find((l) => l.startsWith('PYC-UNITTEST '));
      const status = signal ? `killed (${signal})` : `exit ${code}`;
      if (line === undefined) return done({ run: 0, passed: 0, status });
      done({ ...(JSON.parse(line.slice(13)) as Omit<FileResult, 'status'>), status });
    });
  });
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const update = argv.includes('--update');
  const ti = argv.indexOf('--timeout');
  const timeoutS = ti >= 0 ? Number(argv[ti + 1]) : 900;
  const names = argv.filter((a, i) => !a.startsWith('--') && !(ti >= 0 && i === ti + 1));
  const tests = names.length ? names : DEFAULT_TESTS;
  const pyc = join(projectRoot, 'bin', 'pyc.js');
  const measured: Counts = {};
  let total = 0;
  let totalPy = 0;
  for (const t of tests) {
    const [vm, py] = await Promise.all([
      runOne(process.execPath, [pyc, 'run', '-c', DRIVER, t], timeoutS),
      runOne(process.env['PYC_PYTHON'] ?? 'python3', ['-c', DRIVER, t], timeoutS),
    ]);
    total += vm.passed;
    totalPy += py.passed;
    measured[`vm.cpythonTests.${t}.passed`] = vm.passed;
    const detail = vm.error ? ` (${vm.error})` : ` run ${vm.run}, failures ${vm.failures ?? '?'}, errors ${vm.errors ?? '?'}, skipped ${vm.skipped ?? '?'}; ${vm.status}`;
    process.stdout.write(`${t.padEnd(18)} pyc ${String(vm.passed).padStart(4)} / python3 ${String(py.passed).padStart(4)} passed;${detail}\n`);
  }
  process.stdout.write(`total: ${total} passed on pyc's VM, ${totalPy} on python3\n`);
  if (update) {
    writeRatchet(measured);
    return;
  }
  const dropped = checkRatchet(readRatchet(), measured);
  for (const d of dropped) process.stdout.write(`ratchet: ${d}\n`);
  if (dropped.length) process.exitCode = 1;
}

await main();
