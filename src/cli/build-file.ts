// One file of `pyc build`: what py_compile.compile(file, cfile, doraise=True, invalidation_mode)
// does, plus compileall's "skip when up to date" unless forced. Runs in the main thread or in a
// build worker; takes and returns plain data, so it can cross a worker boundary.

import { lstatSync, statSync } from 'node:fs';
import { isPycFileUpToDate, makeHeader, pycBytes, pycMode, statSource, writeFileAtomicSync, type InvalidationMode } from '../pyc/index.js';
import { compileFile, osErrorFailure, type ErrorRecord } from './compile-source.js';

export interface BuildTask {
  /** Where to read the source. */
  path: string;
  /** The name it is compiled under (co_filename) and reported as. */
  filename: string;
  /** Where the .pyc goes. */
  target: string;
  mode: InvalidationMode;
  force: boolean;
}

export interface BuildResult {
  file: string;
  ok: boolean;
  /** Up to date, not rewritten. */
  skipped?: boolean;
  error?: ErrorRecord;
  /** Text for stderr: the error in py_compile's format, or SyntaxWarnings. */
  stderr?: string;
  /** A bug in pyc rather than in the source. */
  internal?: boolean;
}

/** py_compile refuses to replace a symlink or a non-regular file with a .pyc. */
function targetProblem(target: string): string | null {
  let st;
  try {
    st = lstatSync(target);
  } catch {
    return null;
  }
  if (st.isSymbolicLink()) return `${target} is a symlink and will be changed into a regular file if import writes a byte-compiled file to it`;
  if (!st.isFile()) return `${target} is a non-regular file and will be changed into a regular one if import writes a byte-compiled file to it`;
  return null;
}

export function buildFile(task: BuildTask): BuildResult {
  const file = task.filename;
  if (!task.force) {
    try {
      if (statSync(task.path).isFile() && isPycFileUpToDate(task.target, task.path, task.mode)) return { file, ok: true, skipped: true };
    } catch {
      // Not readable: compiling reports it below.
    }
  }
  const problem = targetProblem(task.target);
  if (problem !== null) {
    const error: ErrorRecord = { type: 'FileExistsError', msg: problem, lineno: null, offset: null, end_lineno: null, end_offset: null };
    return { file, ok: false, error, stderr: problem + '\n' };
  }
  const outcome = compileFile(task.path, task.filename);
  if (!outcome.ok) return { file, ok: false, error: outcome.error, stderr: outcome.message, internal: outcome.internal };
  let data: Uint8Array;
  try {
    const source = statSource(task.path, false);
    data = pycBytes(outcome.code, makeHeader(task.mode, { mtime: source.mtime, size: source.size, bytes: outcome.bytes }));
  } catch (e) {
    if (process.env['PYC_DEBUG']) throw e;
    const msg = `pyc: internal error writing ${file}: ${(e as Error).message}`;
    const error: ErrorRecord = { type: 'InternalError', msg, lineno: null, offset: null, end_lineno: null, end_offset: null };
    return { file, ok: false, error, stderr: outcome.warnings + msg + '\n', internal: true };
  }
  try {
    writeFileAtomicSync(task.target, data, pycMode(task.path));
  } catch (e) {
    const failure = osErrorFailure(e, task.target);
    return { file, ok: false, error: failure.error, stderr: outcome.warnings + failure.message };
  }
  return { file, ok: true, stderr: outcome.warnings || undefined };
}
