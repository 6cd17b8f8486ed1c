// Runs a command as a child process and measures it from outside: wall time, CPU time (user +
// system, all of the child's threads: for node that includes V8's compiler and GC threads and
// worker threads) and peak RSS, as the kernel reports them when the child is reaped (wait4,
// through rusage.py, since node's child_process gives no resource usage). The same method for
// every kind of child, so python3 and node are measured alike and nothing is loaded into the
// measured process (benchmarks/build measures from inside instead: maxrss-preload.ts for node,
// compileall-measured.py for python3).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchmarksDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'benchmarks');

export interface ChildUsage {
  /** Exit status (128 + N when killed by signal N; null when the child could not be measured). */
  status: number | null;
  stdout: string;
  stderr: string;
  wallSeconds: number;
  userSeconds: number;
  systemSeconds: number;
  /** user + system */
  cpuSeconds: number;
  maxRssKb: number;
}

export interface ChildOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  input?: string;
  /** The python3 that runs rusage.py (default python3). */
  python?: string;
}

/** What rusage.py writes. */
interface WaitUsage {
  wallSeconds: number;
  userSeconds: number;
  systemSeconds: number;
  maxRssKb: number;
  status: number;
}

/** Runs `cmd argv...` to completion and returns its output and resource usage. */
export function runMeasured(cmd: string, argv: string[], opts: ChildOptions = {}): ChildUsage {
  const dir = mkdtempSync(join(tmpdir(), 'pyc-bench-usage-'));
  const out = join(dir, 'usage.json');
  try {
    const t0 = performance.now();
    const r = spawnSync(opts.python ?? 'python3', ['-S', join(benchmarksDir, 'rusage.py'), out, cmd, ...argv], {
      env: opts.env ?? process.env,
      cwd: opts.cwd,
      input: opts.input ?? '',
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const outerWall = (performance.now() - t0) / 1000;
    let u: WaitUsage | null;
    try {
      u = JSON.parse(readFileSync(out, 'utf8')) as WaitUsage;
    } catch {
      u = null;
    }
    if (u === null) {
      // The wrapper itself failed (e.g. the command does not exist): no usage figures.
      return { status: null, stdout: r.stdout ?? '', stderr: (r.stderr ?? '') + (r.error ? String(r.error) : ''), wallSeconds: outerWall, userSeconds: NaN, systemSeconds: NaN, cpuSeconds: NaN, maxRssKb: NaN };
    }
    return {
      status: u.status < 0 ? 128 - u.status : u.status,
      stdout: r.stdout,
      stderr: r.stderr,
      wallSeconds: u.wallSeconds,
      userSeconds: u.userSeconds,
      systemSeconds: u.systemSeconds,
      cpuSeconds: u.userSeconds + u.systemSeconds,
      maxRssKb: u.maxRssKb,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
