// One differential check: compile a source with pyc and with CPython and compare the code
// objects (compare.ts). Used by the snippet tests, the stdlib slice and the stdlib script.

import { readFileSync } from 'node:fs';
import { PyCode } from '../../src/bytecode/code.js';
import { compileModule } from '../../src/compiler/index.js';
import { PySyntaxError } from '../../src/diagnostics/syntax-error.js';
import { parseBytes, parseModule } from '../../src/parse/parser.js';
import { describeField, firstDifference, type CodeDifference } from './compare.js';
import type { CodeOracle, OracleError } from './oracle.js';

export type Verdict = 'identical' | 'differs' | 'error-identical' | 'error-differs' | 'pyc-rejects' | 'pyc-accepts' | 'internal-error';

export interface CheckResult {
  path: string;
  verdict: Verdict;
  /** For 'differs': the differing fields of the first differing code object. */
  fields?: string[];
  detail?: string;
  difference?: CodeDifference;
}

export type PycResult = { code: PyCode } | { error: OracleError } | { internal: string };

/** pyc's code object for a file (or a source string under `path`). */
export function pycCompile(path: string, source?: string): PycResult {
  let stage = 'parser';
  try {
    // A str source, as compile() takes it, ignores coding declarations; a file is bytes.
    const mod = source === undefined ? parseBytes(readFileSync(path), path) : parseModule(source, path);
    stage = 'compiler';
    return { code: compileModule(mod, path) };
  } catch (e) {
    if (e instanceof PySyntaxError) return { error: e.info() };
    const err = e as Error;
    return { internal: `in the ${stage}: ${err.name}: ${err.message}\n${(err.stack ?? '').split('\n').slice(1, 6).join('\n')}` };
  }
}

function errorKey(e: OracleError): string {
  return JSON.stringify([e.type, e.msg, e.lineno ?? null, e.offset ?? null, e.end_lineno ?? null, e.end_offset ?? null]);
}

export function judge(path: string, ours: PycResult, theirs: { code: PyCode } | { error: OracleError }): CheckResult {
  if ('internal' in ours) return { path, verdict: 'internal-error', detail: ours.internal };
  if ('error' in theirs) {
    if ('code' in ours) return { path, verdict: 'pyc-accepts', detail: `cpython: ${errorKey(theirs.error)}` };
    const same = errorKey(ours.error) === errorKey(theirs.error);
    return {
      path,
      verdict: same ? 'error-identical' : 'error-differs',
      detail: same ? undefined : `pyc:     ${errorKey(ours.error)}\ncpython: ${errorKey(theirs.error)}`,
    };
  }
  if ('error' in ours) return { path, verdict: 'pyc-rejects', detail: `pyc: ${errorKey(ours.error)}` };
  const d = firstDifference(ours.code, theirs.code);
  if (!d) return { path, verdict: 'identical' };
  return {
    path,
    verdict: 'differs',
    fields: d.fields,
    difference: d,
    detail: `in ${d.path}: ${d.fields.join(', ')}\n` + d.fields.filter((f) => f !== 'co_code').map((f) => describeField(f, d)).join('\n'),
  };
}

export async function check(oracle: CodeOracle, path: string, source?: string, withDis = true): Promise<CheckResult> {
  const theirs = await oracle.compile(path, source);
  const result = judge(path, pycCompile(path, source), theirs);
  if (withDis && result.difference && result.fields!.some((f) => f === 'co_code' || f === 'co_linetable' || f === 'co_exceptiontable')) {
    const d = result.difference;
    result.detail += `\n--- pyc dis:\n${await oracle.dis(d.ours)}--- cpython dis:\n${await oracle.dis(d.theirs)}`;
  }
  return result;
}
