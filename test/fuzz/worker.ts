// A fuzz worker: answers each input it is sent with pyc's verdict and the time it took.
import { parentPort } from 'node:worker_threads';
import { pycVerdict } from './verdicts.js';

parentPort!.on('message', (m: { index: number; bytes: Uint8Array }) => {
  const started = performance.now();
  const verdict = pycVerdict(m.bytes);
  parentPort!.postMessage({ index: m.index, verdict, ms: performance.now() - started });
});
parentPort!.postMessage({ ready: true });
