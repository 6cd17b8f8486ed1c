// A worker thread of the stdlib symbol table comparison (stdlib-compare.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { compareFiles, type AstSource } from './stdlib-compare.js';

const { files, astSource } = workerData as { files: string[]; astSource: AstSource };
const results = compareFiles(files, astSource, (n) => parentPort!.postMessage({ progress: n }));
parentPort!.postMessage({ results });
