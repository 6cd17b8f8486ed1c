// The end-to-end program suite: every test/vm/programs/*.py is run by python3 and by pyc's VM
// (on python3's .pyc and on pyc's own compilation); stdout, stderr and exit status must agree.

import { describeDiff, listPrograms, programInput, runPython, runVmOnPyc, runVmOnSource, sameOutcome, stage, compileAllWithPython, pycFor } from './harness.js';
import { basename, join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

export interface ProgramResult {
  name: string;
  pyc: boolean;
  source: boolean;
  pycDiff: string;
  sourceDiff: string;
}

/** Runs `task` over `items`, at most `limit` at a time; results in item order. */
export async function pool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

export async function runPrograms(filter?: (name: string) => boolean): Promise<ProgramResult[]> {
  const programs = listPrograms().filter((p) => !filter || filter(basename(p)));
  // python3 work (compiling, oracle runs) in child processes: one compileall for all...
  const root = mkdtempSync(join(tmpdir(), 'pyc-vm-'));
  const staged = programs.map((p) => stage(p, root));
  await compileAllWithPython(root);
  // ...and the oracle runs in parallel.
  const prepared = await pool(programs, 6, async (p) => {
    const st = staged[programs.indexOf(p)]!;
    const input = programInput(p);
    const pyc = pycFor(st);
    // Expected results: python3 on the source for pyc's compiler, and python3 on its own .pyc
    // for the VM running that .pyc (they differ only where marshal round trips change a
    // constant, e.g. the slot order of a frozenset).
    const [expected, expectedPyc] = await Promise.all([runPython(st, input), runPython(pyc, input)]);
    const staged1 = st;
    return { p, staged: staged1, input, expected, expectedPyc, pyc };
  });
  // ...then the VM runs in this process, one program at a time.
  return prepared.map(({ p, staged, input, expected, expectedPyc, pyc }) => {
    const a = runVmOnPyc(pyc, staged, input);
    let b;
    try {
      b = runVmOnSource(staged, input);
    } catch (e) {
      b = { stdout: '', stderr: String(e), status: -1 };
    }
    return {
      name: basename(p),
      pyc: sameOutcome(expectedPyc, a),
      source: sameOutcome(expected, b),
      pycDiff: sameOutcome(expectedPyc, a) ? '' : describeDiff(expectedPyc, a),
      sourceDiff: sameOutcome(expected, b) ? '' : describeDiff(expected, b),
    };
  });
}
