// Deciding an error on a thread with a big stack, for input nested too deeply for this one.
//
// The matcher recurses a few JavaScript frames per grammar rule, and Python allows 200 nested
// brackets with ~20 rules per level: Node's main thread (about 1 MB of stack) runs out long
// before CPython's parser does (its limit is 6000 rule levels, then MemoryError). When that
// happens the parse runs again in a worker thread with a 16 MB stack, and this thread waits
// for the answer (Atomics.wait), so callers stay synchronous. The worker is started once and
// kept (unref'd, so it never keeps the process alive).
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { SyntaxErrorInfo } from '../../diagnostics/syntax-error.js';
import type { StartRule } from './passes.js';

export interface BigStackRequest {
  input: string;
  filename: string;
  startRule: StartRule;
  convertToChars: boolean;
}

export type BigStackAnswer = { kind: 'error'; error: SyntaxErrorInfo } | { kind: 'valid' } | { kind: 'failed'; message: string };

export interface BigStackMessage {
  request: BigStackRequest;
  /** Set to 1 (and notified) once the answer has been posted. */
  done: Int32Array;
}

const STACK_MB = 16;
const TIMEOUT_MS = 120_000;

let worker: { thread: Worker; port: MessagePort } | null = null;

function startWorker(): { thread: Worker; port: MessagePort } {
  const { port1, port2 } = new MessageChannel();
  const thread = new Worker(new URL('./big-stack-worker.js', import.meta.url), {
    workerData: { port: port2 },
    transferList: [port2],
    resourceLimits: { stackSizeMb: STACK_MB },
  });
  thread.unref();
  port1.unref();
  thread.on('error', () => { worker = null; });
  thread.on('exit', () => { worker = null; });
  return { thread, port: port1 };
}

/** Runs the parse of `request.input` on a big stack; null if the worker gave no answer. */
export function parseOnBigStack(request: BigStackRequest): BigStackAnswer | null {
  worker ??= startWorker();
  const done = new Int32Array(new SharedArrayBuffer(4));
  const message: BigStackMessage = { request, done };
  worker.port.postMessage(message);
  if (Atomics.wait(done, 0, 0, TIMEOUT_MS) === 'timed-out') {
    void worker.thread.terminate();
    worker = null;
    return null;
  }
  const reply = receiveMessageOnPort(worker.port);
  return reply ? (reply.message as BigStackAnswer) : null;
}
