// The process's current directory as Python code sees it. The CLI runs the VM on a worker
// thread, where process.chdir() is not available, so os.chdir() changes this instead and every
// path the VM hands to the file system is resolved against it.

import { isAbsolute, resolve } from 'node:path';

let cwd = process.cwd();

export function getCwd(): string {
  return cwd;
}

export function setCwd(dir: string): void {
  cwd = resolve(cwd, dir);
}

/** `p` as the OS would resolve it relative to the current directory. */
export function resolvePath(p: string): string {
  return isAbsolute(p) ? p : resolve(cwd, p);
}

/** A new interpreter starts in the process's directory. */
export function resetCwd(): void {
  cwd = process.cwd();
}
