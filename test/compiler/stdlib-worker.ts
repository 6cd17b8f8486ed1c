// Worker of stdlib-run.ts: takes file paths one at a time, compares pyc with CPython (through its
// own oracle process) and posts each result back.
import { parentPort } from 'node:worker_threads';
import { check } from './differential.js';
import { CodeOracle } from './oracle.js';

const oracle = new CodeOracle();
const port = parentPort!;
port.on('message', async (m: { file?: string; done?: boolean }) => {
  if (m.done) {
    oracle.close();
    port.close();
    return;
  }
  const r = await check(oracle, m.file!, undefined, false);
  port.postMessage({ result: { path: r.path, verdict: r.verdict, fields: r.fields, detail: r.detail?.slice(0, 2000) } });
});
port.postMessage({ ready: true });
