// The corpora conformance runs on.
import { execFileSync } from 'node:child_process';
import { findPythonFiles } from '../../src/cli/files.js';

let stdlibDir: string | null = null;

/** CPython's stdlib directory on this machine (python3 is CPython 3.11, the oracle). */
export function stdlibRoot(): string {
  stdlibDir ??= execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]).toString().trim();
  return stdlibDir;
}

/** Every .py file of the stdlib outside site-packages, sorted. */
export function stdlibFiles(): string[] {
  return findPythonFiles([stdlibRoot()])
    .map((f) => f.path)
    .filter((p) => !p.includes('/site-packages/'));
}

/** A fixed, spread-out slice of the stdlib for `npm test`: every `step`-th file. */
export function stdlibSlice(step: number): string[] {
  return stdlibFiles().filter((_, i) => i % step === 0);
}
