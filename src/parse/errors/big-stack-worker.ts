// The worker side of big-stack.ts: parses each text it is sent and posts back the verdict.
import { workerData, type MessagePort } from 'node:worker_threads';
import { PySyntaxError } from '../../diagnostics/syntax-error.js';
import { parseText } from '../parser.js';
import type { BigStackAnswer, BigStackMessage } from './big-stack.js';

const { port } = workerData as { port: MessagePort };

port.on('message', ({ request, done }: BigStackMessage) => {
  let answer: BigStackAnswer;
  try {
    parseText(request.input, request.filename, request.startRule, { convertToChars: request.convertToChars, onBigStack: true });
    answer = { kind: 'valid' };
  } catch (e) {
    answer = e instanceof PySyntaxError ? { kind: 'error', error: e.info() } : { kind: 'failed', message: String(e) };
  }
  port.postMessage(answer);
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
});
