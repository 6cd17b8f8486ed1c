// Differential testing of `pyc ast --jsonl` against CPython: the same record for each file,
// computed by pyc in this process and by python3 (tools/cpython-ast.py) in a child process.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dump } from '../../src/ast/dump.js';
import { PySyntaxError, type SyntaxErrorInfo } from '../../src/diagnostics/syntax-error.js';
import { parseBytes } from '../../src/parse/parser.js';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface AstRecord {
  file: string;
  dump?: string;
  error?: Partial<Omit<SyntaxErrorInfo, 'type'>> & { type: string; msg: string };
}

/** CPython's records for `files`, in order. */
export function cpythonAstRecords(files: string[]): AstRecord[] {
  const out = execFileSync('python3', [join(projectRoot, 'tools', 'cpython-ast.py'), '-'], {
    input: files.join('\n') + '\n',
    maxBuffer: 1 << 30,
  });
  return out.toString('utf8').split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l) as AstRecord);
}

/** pyc's record for one file. A JavaScript exception is reported as type "InternalError". */
export function pycAstRecord(file: string, source?: Uint8Array): AstRecord {
  const bytes = source ?? readFileSync(file);
  try {
    return { file, dump: dump(parseBytes(bytes, file), { includeAttributes: true }) };
  } catch (e) {
    if (e instanceof PySyntaxError) return { file, error: e.info() };
    const err = e as Error;
    return { file, error: { type: 'InternalError', msg: `${err.name}: ${err.message}`.slice(0, 500) } };
  }
}

export type Verdict = 'identical' | 'ast-differs' | 'error-differs' | 'pyc-rejects' | 'pyc-accepts' | 'internal-error';

export interface Comparison {
  file: string;
  verdict: Verdict;
  /** For differences: a short excerpt around the first difference. */
  detail?: string;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 80);
  return `pyc:     ...${a.slice(from, i + 80)}\ncpython: ...${b.slice(from, i + 80)}`;
}

export function errorKey(e: AstRecord['error']): string {
  if (!e) return '';
  return JSON.stringify([e.type, e.msg, e.lineno ?? null, e.offset ?? null, e.end_lineno ?? null, e.end_offset ?? null]);
}

/** Same (type, msg, lineno, offset): the bar the issue sets for errors; end positions are reported apart. */
export function errorCoreKey(e: AstRecord['error']): string {
  if (!e) return '';
  return JSON.stringify([e.type, e.msg, e.lineno ?? null, e.offset ?? null]);
}

export function compareRecords(pyc: AstRecord, cpython: AstRecord): Comparison {
  const file = cpython.file;
  if (pyc.error?.type === 'InternalError') return { file, verdict: 'internal-error', detail: pyc.error.msg };
  if (cpython.dump !== undefined) {
    if (pyc.dump === undefined) return { file, verdict: 'pyc-rejects', detail: errorKey(pyc.error) };
    if (pyc.dump === cpython.dump) return { file, verdict: 'identical' };
    return { file, verdict: 'ast-differs', detail: firstDifference(pyc.dump, cpython.dump) };
  }
  if (pyc.dump !== undefined) return { file, verdict: 'pyc-accepts', detail: errorKey(cpython.error) };
  if (errorCoreKey(pyc.error) === errorCoreKey(cpython.error)) return { file, verdict: 'identical' };
  return { file, verdict: 'error-differs', detail: `pyc:     ${errorKey(pyc.error)}\ncpython: ${errorKey(cpython.error)}` };
}
