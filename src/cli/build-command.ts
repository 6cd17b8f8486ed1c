// `pyc build [--jsonl] [-o OUT] [-j N] [-f] [-q] [--invalidation-mode MODE] PATH...`: .pyc files
// as py_compile and compileall write them.
//   - Each source gets `__pycache__/NAME.cpython-311.pyc` beside it (PYTHONPYCACHEPREFIX is
//     honoured as importlib honours it), or OUT when one file is given with -o. The header is
//     CPython's; the write is atomic (temporary file + rename), so a reader never sees half a file.
//   - A .pyc that is up to date for its source (and of the requested invalidation mode) is left
//     alone unless -f is given, as compileall does.
//   - The invalidation mode defaults to py_compile's: checked-hash when SOURCE_DATE_EPOCH is set,
//     else timestamp.
//   - Errors print as `python3 -m py_compile` prints them (see compile-source.ts), after each
//     other in file order; py_compile's "Sorry: ..." lines, which it leaves without a newline,
//     end in one here. -q silences them (and SyntaxWarnings, and the progress bar).
//   - --jsonl prints one record per file, in file order: {"file", "ok": true} or
//     {"file", "error": {type, msg, lineno, offset, end_lineno, end_offset}}; nothing goes to
//     stderr for a failed file then.
//   - -j N builds on N worker threads (0: one per core); results are still reported in order.
//   - A progress bar (cli-progress) shows on stderr when it is a terminal and a directory is built.
// Exit status: 0 when every file built, 1 when any failed, 2 when pyc itself failed on one (an
// internal error, reported like a compile error and with type "InternalError" in --jsonl).

import type { SingleBar } from 'cli-progress';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { cacheFromSource, type InvalidationMode } from '../pyc/index.js';
import { buildFile, type BuildResult, type BuildTask } from './build-file.js';
import { findBuildFiles, isDirectory } from './build-files.js';
import type { WorkerRequest, WorkerResponse } from './build-worker.js';
import { syntaxWorkerData } from './syntax-choice.js';

export interface BuildOptions {
  jsonl?: boolean;
  output?: string;
  jobs?: string;
  force?: boolean;
  quiet?: boolean;
  invalidationMode?: string;
}

const MODES: readonly InvalidationMode[] = ['timestamp', 'checked-hash', 'unchecked-hash'];

class UsageError extends Error {}

/** py_compile._get_default_invalidation_mode. */
function defaultMode(): InvalidationMode {
  return process.env['SOURCE_DATE_EPOCH'] ? 'checked-hash' : 'timestamp';
}

function parseJobs(text: string | undefined): number {
  if (text === undefined) return 1;
  if (!/^\d+$/.test(text)) throw new UsageError(`-j: not a number of workers: '${text}'`);
  const n = Number(text);
  return n === 0 ? availableParallelism() : n;
}

/** The tasks for the command line, or a UsageError. */
export function planBuild(paths: readonly string[], options: BuildOptions): BuildTask[] {
  const mode = (options.invalidationMode ?? defaultMode()) as InvalidationMode;
  if (!MODES.includes(mode)) throw new UsageError(`--invalidation-mode: expected one of ${MODES.join(', ')}, got '${mode}'`);
  const files = findBuildFiles(paths);
  if (options.output !== undefined && (paths.length !== 1 || files.length !== 1 || files[0]!.listed)) {
    throw new UsageError('-o OUT needs exactly one source file');
  }
  const prefix = process.env['PYTHONPYCACHEPREFIX'] || null;
  return files.map((f) => ({
    path: f.path,
    filename: f.path,
    target: options.output ?? cacheFromSource(f.path, { pycachePrefix: prefix }),
    mode,
    force: options.force ?? false,
  }));
}

/** Builds on `jobs` worker threads; `report` gets each result as it arrives. */
function runWorkers(tasks: readonly BuildTask[], jobs: number, report: (index: number, r: BuildResult) => void): Promise<void> {
  const url = new URL('./build-worker.js', import.meta.url);
  return new Promise((resolve) => {
    let next = 0;
    let done = 0;
    const workers = new Set<Worker>();
    const finish = (): void => {
      if (done < tasks.length) return;
      for (const w of workers) void w.terminate();
      resolve();
    };
    const start = (): void => {
      // A large young generation, as bin/pyc.js gives the CLI: parsing allocates short-lived nodes.
      const worker = new Worker(url, { workerData: syntaxWorkerData(), resourceLimits: { maxYoungGenerationSizeMb: 192 } });
      workers.add(worker);
      let current = -1;
      const feed = (): void => {
        if (next >= tasks.length) {
          current = -1;
          workers.delete(worker);
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ index: current, task: tasks[current]! } satisfies WorkerRequest);
      };
      worker.on('message', (m: WorkerResponse) => {
        report(m.index, m.result);
        done++;
        feed();
        finish();
      });
      worker.on('error', (e: Error) => {
        // The thread died (out of memory, say): its file fails, a new thread takes over.
        workers.delete(worker);
        if (current >= 0) {
          const msg = `pyc: internal error building ${tasks[current]!.filename}: ${e.message}`;
          report(current, { file: tasks[current]!.filename, ok: false, internal: true, stderr: msg + '\n', error: { type: 'InternalError', msg, lineno: null, offset: null, end_lineno: null, end_offset: null } });
          done++;
        }
        if (next < tasks.length) start();
        finish();
      });
      feed();
    };
    const n = Math.min(jobs, tasks.length);
    if (n === 0) resolve();
    for (let i = 0; i < n; i++) start();
  });
}

export async function buildCommand(paths: string[], options: BuildOptions): Promise<number> {
  let tasks: BuildTask[];
  let jobs: number;
  try {
    tasks = planBuild(paths, options);
    jobs = parseJobs(options.jobs);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`pyc build: ${e.message}\n`);
    return 2;
  }

  const showBar = !options.quiet && process.stderr.isTTY === true && paths.some(isDirectory);
  // cli-progress is loaded only when a bar shows (start-up time)
  const { MultiBar, Presets } = showBar ? await import('cli-progress') : { MultiBar: null, Presets: null };
  const multibar = MultiBar && Presets ? new MultiBar({ format: 'pyc build [{bar}] {percentage}% | {value}/{total} files', clearOnComplete: true, hideCursor: true, stream: process.stderr }, Presets.shades_classic) : null;
  const bar: SingleBar | null = multibar ? multibar.create(tasks.length, 0) : null;
  const writeErr = (text: string): void => {
    if (!text || options.quiet) return;
    if (multibar) multibar.log(text);
    else process.stderr.write(text);
  };

  // Results are reported in file order, whatever order they finish in.
  const results: (BuildResult | undefined)[] = new Array(tasks.length);
  let flushed = 0;
  let failed = false;
  let internal = false;
  const report = (index: number, r: BuildResult): void => {
    results[index] = r;
    bar?.increment();
    while (flushed < results.length && results[flushed] !== undefined) {
      const x = results[flushed]!;
      results[flushed++] = undefined;
      if (!x.ok) failed = true;
      if (x.internal) internal = true;
      if (options.jsonl) {
        process.stdout.write(JSON.stringify(x.ok ? { file: x.file, ok: true } : { file: x.file, error: x.error }) + '\n');
        if (x.ok && x.stderr) writeErr(x.stderr);
      } else if (x.stderr) {
        writeErr(x.stderr);
      }
    }
  };

  if (jobs > 1 && tasks.length > 1) {
    await runWorkers(tasks, jobs, report);
  } else {
    for (let i = 0; i < tasks.length; i++) {
      report(i, buildFile(tasks[i]!));
      // Let the progress bar draw.
      if (bar) await new Promise((resolve) => setImmediate(resolve));
    }
  }
  if (multibar) {
    multibar.update(); // flushes messages logged since the last redraw
    multibar.stop();
  }
  return internal ? 2 : failed ? 1 : 0;
}
