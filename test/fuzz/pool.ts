// Runs pyc on many inputs on a pool of worker threads, one input at a time per worker, with a
// watchdog: a worker that takes longer than `timeoutMs` on an input is terminated, the input
// is reported as a hang, and a fresh worker takes its place. A worker that dies (out of memory)
// reports its input as a JS error.
import { Worker } from 'node:worker_threads';
import type { Verdict } from './verdicts.js';

export interface PoolOptions {
  workers: number;
  timeoutMs: number;
  /** The workers' stack, in MB (default: STACK_SIZE_MB). */
  stackSizeMb?: number;
  /** Called as each answer arrives (in completion order). */
  onResult?: (index: number, verdict: Verdict, ms: number) => void;
}

export interface PoolResult {
  verdicts: Verdict[];
  /** Milliseconds pyc took per input (the timeout for hangs). */
  ms: number[];
}

/**
 * The stack of Node's main thread (V8's default, ~1 MB), where a program calling parseBytes
 * in-process runs it: the harsher case (a worker's default is 4 MB, and the `pyc` command
 * parses on a big-stack worker), so that a stack overflow anyone could hit shows up here.
 */
export const STACK_SIZE_MB = 0.984;

export function runPycPool(inputs: Uint8Array[], options: PoolOptions): Promise<PoolResult> {
  const verdicts: Verdict[] = new Array(inputs.length);
  const ms: number[] = new Array(inputs.length).fill(0);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    if (inputs.length === 0) return resolve({ verdicts, ms });

    const settle = (index: number, verdict: Verdict, took: number): void => {
      verdicts[index] = verdict;
      ms[index] = took;
      done++;
      options.onResult?.(index, verdict, took);
      if (done === inputs.length) resolve({ verdicts, ms });
    };

    const startWorker = (): void => {
      if (next >= inputs.length) return;
      const worker = new Worker(new URL('./worker.js', import.meta.url), {
        resourceLimits: { maxOldGenerationSizeMb: 3072, stackSizeMb: options.stackSizeMb ?? STACK_SIZE_MB },
      });
      let current = -1;
      let sentAt = 0;
      let timer: NodeJS.Timeout | undefined;
      let retired = false;

      const retire = (): void => {
        retired = true;
        if (timer) clearTimeout(timer);
        worker.removeAllListeners();
        worker.on('error', () => {});
        void worker.terminate();
      };
      const dispatch = (): void => {
        if (next >= inputs.length) {
          retire();
          return;
        }
        current = next++;
        sentAt = performance.now();
        timer = setTimeout(() => {
          const index = current;
          retire();
          settle(index, { kind: 'hang', seconds: options.timeoutMs / 1000 }, options.timeoutMs);
          startWorker();
        }, options.timeoutMs);
        worker.postMessage({ index: current, bytes: inputs[current] });
      };
      const crashed = (why: string): void => {
        if (retired) return;
        const index = current;
        retire();
        if (index < 0) {
          reject(new Error(`fuzz worker failed to start: ${why}`));
          return;
        }
        settle(index, { kind: 'js-error', name: 'WorkerCrash', message: why, stack: '' }, performance.now() - sentAt);
        startWorker();
      };

      worker.on('message', (m: { ready?: true; index?: number; verdict?: Verdict; ms?: number }) => {
        if (m.ready) return dispatch();
        if (m.index !== current || retired) return;
        clearTimeout(timer);
        settle(m.index, m.verdict!, m.ms!);
        dispatch();
      });
      worker.on('error', (e) => crashed(`${e.name}: ${e.message}`));
      worker.on('exit', (code) => crashed(`worker exited with code ${code}`));
    };

    for (let w = 0; w < Math.max(1, options.workers); w++) startWorker();
  });
}
