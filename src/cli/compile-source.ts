// Compiling one source file as `py_compile` does (`compile(source_bytes, path, 'exec',
// dont_inherit=True)`), with every way it can fail turned into a JSON error record and into the
// text py_compile prints for it:
//   - SyntaxError: the traceback lines of `traceback.format_exception_only`;
//   - its subclasses IndentationError and TabError, and other exceptions (RecursionError):
//     "Sorry: TYPE: str(exc)" (py_compile only formats SyntaxError itself as a traceback);
//   - OSError reading the file: str(exc), e.g. "[Errno 2] No such file or directory: 'x.py'".
// SyntaxWarnings come back as the text `warnings.showwarning` prints.

import { readFileSync } from 'node:fs';
import type { PyCode } from '../bytecode/code.js';
import { compileModule, type CompileWarning } from '../compiler/index.js';
import { PySyntaxError } from '../diagnostics/syntax-error.js';
import { parseBytes } from '../parse/parser.js';
import { CompileRecursionError } from '../symtable/index.js';
import { decodeSource } from '../tokenize/decode.js';
import { formatSyntaxError } from './report.js';

/** The `"error"` object of `--jsonl`. */
export interface ErrorRecord {
  type: string;
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
}

export type CompileOutcome =
  | { ok: true; code: PyCode; /** SyntaxWarnings as printed, '' for none */ warnings: string }
  | { ok: false; error: ErrorRecord; /** what py_compile prints on stderr, ending in a newline */ message: string; internal: boolean };

type Failure = Extract<CompileOutcome, { ok: false }>;

const ERRNO: Record<string, [number, string, string]> = {
  ENOENT: [2, 'FileNotFoundError', 'No such file or directory'],
  EACCES: [13, 'PermissionError', 'Permission denied'],
  EPERM: [1, 'PermissionError', 'Operation not permitted'],
  EISDIR: [21, 'IsADirectoryError', 'Is a directory'],
  ENOTDIR: [20, 'NotADirectoryError', 'Not a directory'],
  EEXIST: [17, 'FileExistsError', 'File exists'],
  ENOSPC: [28, 'OSError', 'No space left on device'],
  EROFS: [30, 'OSError', 'Read-only file system'],
  ELOOP: [40, 'OSError', 'Too many levels of symbolic links'],
  ENAMETOOLONG: [36, 'OSError', 'File name too long'],
};

/** Python's repr of a path in OSError messages (the common cases: quotes and backslashes). */
function pathRepr(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** An OSError as Python reports it: `[Errno N] strerror: 'path'`. */
export function osErrorFailure(e: unknown, path: string): Failure {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const known = ERRNO[code];
  const [errno, type, text] = known ?? [(e as NodeJS.ErrnoException).errno ?? 0, 'OSError', (e as Error).message];
  const msg = `[Errno ${Math.abs(errno)}] ${text}: ${pathRepr(path)}`;
  return { ok: false, error: record(type, msg), message: msg + '\n', internal: false };
}

function record(type: string, msg: string, info?: Partial<ErrorRecord>): ErrorRecord {
  return { type, msg, lineno: info?.lineno ?? null, offset: info?.offset ?? null, end_lineno: info?.end_lineno ?? null, end_offset: info?.end_offset ?? null };
}

function sourceLines(bytes: Uint8Array): string[] {
  let text: string;
  try {
    text = decodeSource(bytes).text;
  } catch {
    text = Buffer.from(bytes).toString('utf8');
  }
  return text.split(/\r\n|\r|\n/);
}

/** `str(SyntaxError)`: "msg (basename, line N)", as SyntaxError_str builds it. */
function syntaxErrorStr(e: PySyntaxError, filename: string): string {
  const base = filename.slice(filename.lastIndexOf('/') + 1);
  return `${e.msg} (${base}, line ${e.lineno})`;
}

/** The stderr text and JSON record of a compile-time error. */
export function syntaxErrorFailure(e: PySyntaxError, filename: string, bytes: Uint8Array): Failure {
  const message = e.type === 'SyntaxError' ? formatSyntaxError(e, filename, sourceLines(bytes)) : `Sorry: ${e.type}: ${syntaxErrorStr(e, filename)}\n`;
  return { ok: false, error: e.info(), message, internal: false };
}

/** `warnings.formatwarning` of each SyntaxWarning, with its source line as linecache finds it. */
export function formatWarnings(warnings: readonly CompileWarning[], filename: string, bytes: Uint8Array): string {
  if (warnings.length === 0) return '';
  const lines = sourceLines(bytes);
  let out = '';
  for (const w of warnings) {
    out += `${filename}:${w.lineno}: ${w.category}: ${w.message}\n`;
    const line = lines[w.lineno - 1]?.trim();
    if (line) out += `  ${line}\n`;
  }
  return out;
}

/** Compiles source bytes under `filename` (the co_filename, and the name errors are shown with). */
export function compileSource(bytes: Uint8Array, filename: string): CompileOutcome {
  // compile() refuses a NUL byte anywhere before decoding or parsing (3.11: no position).
  if (bytes.includes(0)) {
    const msg = 'source code string cannot contain null bytes';
    return { ok: false, error: record('SyntaxError', msg), message: `SyntaxError: ${msg}\n`, internal: false };
  }
  try {
    const warnings: CompileWarning[] = [];
    const code = compileModule(parseBytes(bytes, filename), filename, { warnings });
    return { ok: true, code, warnings: formatWarnings(warnings, filename, bytes) };
  } catch (e) {
    if (e instanceof PySyntaxError) return syntaxErrorFailure(e, filename, bytes);
    if (e instanceof CompileRecursionError) return { ok: false, error: record(e.type, e.msg), message: `Sorry: ${e.type}: ${e.msg}\n`, internal: false };
    // Anything else is a bug in pyc (or a JS stack overflow on absurdly nested input).
    const msg = e instanceof Error ? e.message : String(e);
    if (process.env['PYC_DEBUG']) throw e;
    return { ok: false, error: record('InternalError', msg), message: `pyc: internal error compiling ${filename}: ${msg}\n`, internal: true };
  }
}

/** Reads and compiles a file; `filename` defaults to the path. */
export function compileFile(path: string, filename = path): CompileOutcome & { bytes?: Uint8Array } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return osErrorFailure(e, path);
  }
  return { ...compileSource(bytes, filename), bytes };
}
