// The VM benchmark's programs (benchmarks/vm/programs/) at a tiny size: each one's stdout and
// exit status under `pyc run --backend vm` (the command the benchmark times) equal python3's.
// Nothing here is timed: the speed figures come from `npm run bench` (benchmarks/vm/run.ts).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { listBenchPrograms, programsDir, projectRoot, scaledSize } from '../../benchmarks/vm/programs.js';

const PYTHON = process.env['PYC_PYTHON'] ?? 'python3';
/** About 1/100 of the benchmark size: a few hundredths of a second on python3. */
const TINY = 0.01;

interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
}

function run(cmd: string, args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd: programsDir, encoding: 'utf8', maxBuffer: 1 << 26 }, (err, stdout, stderr) => {
      const code = err ? (err as { code?: unknown }).code : 0;
      resolve({ stdout, stderr, status: typeof code === 'number' ? code : 1 });
    });
  });
}

test('benchmark programs: pyc run --backend vm agrees with python3', { timeout: 120_000 }, async (t) => {
  const programs = listBenchPrograms();
  assert.ok(programs.length >= 7, 'the benchmark set');
  const pyc = join(projectRoot, 'bin', 'pyc.js');
  // Two at a time (the machine has two cores); python3 and the VM of one program together.
  const queue = [...programs];
  const failures: string[] = [];
  const worker = async (): Promise<void> => {
    for (let p = queue.shift(); p; p = queue.shift()) {
      const size = String(scaledSize(p, TINY));
      const [expected, actual] = await Promise.all([run(PYTHON, [p.path, size]), run(process.execPath, [pyc, 'run', '--backend', 'vm', p.path, size])]);
      assert.equal(expected.status, 0, `python3 ${p.name}.py ${size}: ${expected.stderr}`);
      assert.notEqual(expected.stdout, '', `python3 ${p.name}.py ${size} printed nothing`);
      if (actual.stdout !== expected.stdout || actual.status !== expected.status) {
        failures.push(`${p.name}.py ${size}: exit ${actual.status} (python3 ${expected.status})\n--- python3\n${expected.stdout}--- pyc run --backend vm\n${actual.stdout}${actual.stderr}`);
      } else t.diagnostic(`${p.name}.py ${size}: same output`);
    }
  };
  await Promise.all([worker(), worker()]);
  assert.deepEqual(failures, []);
});
