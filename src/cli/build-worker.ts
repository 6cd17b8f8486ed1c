// A `pyc build -j N` worker thread: builds the files the main thread sends, one message each,
// and answers each with its BuildResult.
import { parentPort, workerData } from 'node:worker_threads';
import { buildFile, type BuildResult, type BuildTask } from './build-file.js';
import { applyWorkerSyntaxChoice } from './syntax-choice.js';

// The main thread's --parser / --grammar / --actions (messages wait in the port meanwhile).
await applyWorkerSyntaxChoice(workerData);

export interface WorkerRequest {
  index: number;
  task: BuildTask;
}

export interface WorkerResponse {
  index: number;
  result: BuildResult;
}

parentPort!.on('message', (req: WorkerRequest) => {
  let result: BuildResult;
  try {
    result = buildFile(req.task);
  } catch (e) {
    const msg = `pyc: internal error building ${req.task.filename}: ${(e as Error).message}`;
    result = { file: req.task.filename, ok: false, internal: true, stderr: msg + '\n', error: { type: 'InternalError', msg, lineno: null, offset: null, end_lineno: null, end_offset: null } };
  }
  parentPort!.postMessage({ index: req.index, result } satisfies WorkerResponse);
});
