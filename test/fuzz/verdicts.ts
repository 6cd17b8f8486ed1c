// Verdicts on a fuzz input, from pyc (in a worker, see pool.ts) and from CPython
// (tools/fuzz-oracle.py, one python3 process per batch), and how two verdicts compare.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { dump } from '../../src/ast/dump.js';
import { PySyntaxError } from '../../src/diagnostics/syntax-error.js';
import { parseBytes } from '../../src/parse/parser.js';
import { projectRoot } from '../conformance/ast-oracle.js';

export interface ErrorFields {
  type: string;
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
}

/** What a parser said about an input. Only pyc has `js-error` and `hang`. */
export type Verdict =
  | { kind: 'valid'; dumpSha1: string }
  | { kind: 'error'; error: ErrorFields }
  | { kind: 'js-error'; name: string; message: string; stack: string }
  | { kind: 'hang'; seconds: number };

export function sha1(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}

/** pyc's verdict, in this thread: parse, then dump (a dump failure is a JS error too). */
export function pycVerdict(bytes: Uint8Array): Verdict {
  try {
    return { kind: 'valid', dumpSha1: sha1(dump(parseBytes(bytes, '<fuzz>'), { includeAttributes: true })) };
  } catch (e) {
    if (e instanceof PySyntaxError) return { kind: 'error', error: e.info() };
    const err = e instanceof Error ? e : new Error(String(e));
    const stack = (err.stack ?? '').split('\n').slice(1, 9).map((l) => l.trim()).join('\n');
    return { kind: 'js-error', name: err.name, message: err.message.slice(0, 300), stack };
  }
}

/** pyc's AST dump, or the error, for showing an example. */
export function pycDumpOrError(bytes: Uint8Array): string {
  try {
    return dump(parseBytes(bytes, '<fuzz>'), { includeAttributes: true });
  } catch (e) {
    if (e instanceof PySyntaxError) return JSON.stringify(e.info());
    return String(e);
  }
}

interface OracleLine {
  dump_sha1?: string;
  dump?: string;
  error?: ErrorFields;
}

/** CPython's verdicts on `inputs`, in order, from one python3 process. */
export function cpythonVerdicts(inputs: Uint8Array[]): Promise<Verdict[]> {
  return runOracle(inputs, false).then((lines) => lines.map((l): Verdict => (
    l.error ? { kind: 'error', error: l.error } : { kind: 'valid', dumpSha1: l.dump_sha1! })));
}

/** CPython's full dumps (or errors as JSON) for a few inputs, for showing examples. */
export function cpythonDumpsOrErrors(inputs: Uint8Array[]): Promise<string[]> {
  return runOracle(inputs, true).then((lines) => lines.map((l) => l.dump ?? JSON.stringify(l.error)));
}

function runOracle(inputs: Uint8Array[], fullDump: boolean): Promise<OracleLine[]> {
  return new Promise((resolve, reject) => {
    const args = [join(projectRoot, 'tools', 'fuzz-oracle.py'), ...(fullDump ? ['--dump'] : [])];
    const child = spawn('python3', args, { stdio: ['pipe', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = Buffer.concat(chunks).toString('utf8').split('\n').filter((l) => l.length > 0);
      if (code !== 0 || lines.length !== inputs.length) {
        reject(new Error(`tools/fuzz-oracle.py exited with ${code} after ${lines.length}/${inputs.length} inputs`));
        return;
      }
      resolve(lines.map((l) => JSON.parse(l) as OracleLine));
    });
    for (const b of inputs) child.stdin.write(JSON.stringify({ b64: Buffer.from(b).toString('base64') }) + '\n');
    child.stdin.end();
  });
}

/**
 * How pyc's verdict compares with CPython's:
 * - `exact`: the same AST, or the same error (type, msg, lineno, offset);
 * - `sameClass`: both valid, or both errors of the same type on the same line;
 * - `category`: a name for the kind of difference, for the summary.
 */
export interface Agreement {
  exact: boolean;
  sameClass: boolean;
  category: 'exact' | 'ast-differs' | 'msg-or-offset-differs' | 'type-or-line-differs' | 'pyc-accepts' | 'pyc-rejects' | 'js-error' | 'hang';
}

export function compareVerdicts(pyc: Verdict, cpython: Verdict): Agreement {
  if (pyc.kind === 'js-error' || pyc.kind === 'hang') return { exact: false, sameClass: false, category: pyc.kind };
  if (cpython.kind === 'valid') {
    if (pyc.kind !== 'valid') return { exact: false, sameClass: false, category: 'pyc-rejects' };
    const exact = pyc.dumpSha1 === cpython.dumpSha1;
    return { exact, sameClass: true, category: exact ? 'exact' : 'ast-differs' };
  }
  if (cpython.kind !== 'error') throw new Error(`unexpected CPython verdict ${cpython.kind}`);
  if (pyc.kind === 'valid') return { exact: false, sameClass: false, category: 'pyc-accepts' };
  const a = pyc.error;
  const b = cpython.error;
  const sameClass = a.type === b.type && (a.lineno ?? null) === (b.lineno ?? null);
  const exact = sameClass && a.msg === b.msg && (a.offset ?? null) === (b.offset ?? null);
  return { exact, sameClass, category: exact ? 'exact' : sameClass ? 'msg-or-offset-differs' : 'type-or-line-differs' };
}

export function describeVerdict(v: Verdict): string {
  switch (v.kind) {
    case 'valid': return 'valid';
    case 'error': return `${v.error.type}: ${v.error.msg} (line ${v.error.lineno}, offset ${v.error.offset})`;
    case 'js-error': return `${v.name}: ${v.message}\n${v.stack}`;
    case 'hang': return `no answer after ${v.seconds} s`;
  }
}
