// A worker of the AST conformance run: compares pyc with CPython on the files it is given.
import { parentPort, workerData } from 'node:worker_threads';
import { setSyntaxBackend } from '../../src/parse/backend.js';
import { generatedBackend } from '../../src/parse/generated-backend.js';
import { ohmBackend } from '../../src/parse/parser.js';
import { compareRecords, cpythonAstRecords, pycAstRecord, type Comparison } from './ast-oracle.js';

const files: string[] = workerData.files;
if (workerData.parser) setSyntaxBackend(workerData.parser === 'ohm' ? ohmBackend : generatedBackend());
const expected = cpythonAstRecords(files);
const results: Comparison[] = [];
for (let i = 0; i < files.length; i++) {
  results.push(compareRecords(pycAstRecord(files[i]!), expected[i]!));
  expected[i] = undefined as never; // the dumps are large: let them go as we pass
  if ((i & 15) === 15) parentPort!.postMessage({ progress: 16 });
}
parentPort!.postMessage({ results });
