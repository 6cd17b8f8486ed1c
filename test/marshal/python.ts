// The oracle: CPython 3.11 (`python3`), run as a child process.

import { execFileSync, spawn } from 'node:child_process';

export const PYTHON = process.env.PYC_PYTHON ?? 'python3';

/** Runs a Python program with `input` on stdin and returns its stdout bytes. */
export function runPython(code: string, input: string | Uint8Array = '', args: string[] = []): Buffer {
  // A fixed hash seed makes set and frozenset iteration order repeatable between runs.
  const env = { ...process.env, PYTHONHASHSEED: '0' };
  return execFileSync(PYTHON, ['-c', code, ...args], { input, maxBuffer: 1 << 30, env });
}

/** Like runPython for JSON in and out. */
export function pythonJson<T>(code: string, input: unknown, args: string[] = []): T {
  return JSON.parse(runPython(code, JSON.stringify(input), args).toString('utf8')) as T;
}

/** Runs `python3 ARGS` in a fresh process; resolves with its exit code and stderr. */
export function spawnPython(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
}

/** Runs `tasks` with at most `limit` at a time. */
export async function pool<T, R>(items: readonly T[], limit: number, task: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}
