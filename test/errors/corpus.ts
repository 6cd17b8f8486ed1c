// The invalid-snippet corpus (test/errors/snippets.json, written by tools/gen-error-corpus.py)
// and how pyc's verdict on one snippet compares with CPython's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PySyntaxError, type SyntaxErrorInfo } from '../../src/diagnostics/syntax-error.js';
import { parseBytes, parseText } from '../../src/parse/parser.js';
import { projectRoot } from '../conformance/ast-oracle.js';

export interface ExpectedError {
  type: string;
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
}

export interface Snippet {
  id: string;
  family: string;
  source?: string;
  sourceBase64?: string;
  /** What ast.parse raises (null: it accepts the snippet). */
  expected: ExpectedError | null;
  compileError: ExpectedError | null;
  /** Rejected only by the symbol table or compiler: `pyc ast` must accept it. */
  compileOnly: boolean;
}

export function loadSnippets(): Snippet[] {
  return JSON.parse(readFileSync(join(projectRoot, 'test', 'errors', 'snippets.json'), 'utf8')) as Snippet[];
}

export type Verdict =
  | { kind: 'accepted' }
  | { kind: 'error'; error: SyntaxErrorInfo }
  | { kind: 'crash'; message: string };

/** What pyc says about a snippet: str snippets as compile(str), bytes as a file. */
export function judgeSnippet(s: Snippet): Verdict {
  try {
    if (s.sourceBase64 !== undefined) parseBytes(Buffer.from(s.sourceBase64, 'base64'), '<snippet>');
    else parseText(s.source!, '<snippet>', 'File');
    return { kind: 'accepted' };
  } catch (e) {
    if (e instanceof PySyntaxError) return { kind: 'error', error: e.info() };
    return { kind: 'crash', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

export type Match = 'identical' | 'identical-start' | 'different' | 'crash';

/** identical: type, msg, lineno, offset, end_lineno, end_offset; identical-start: the first four. */
export function compare(s: Snippet, v: Verdict): Match {
  if (v.kind === 'crash') return 'crash';
  const want = s.expected;
  if (want === null) return v.kind === 'accepted' ? 'identical' : 'different';
  if (v.kind === 'accepted') return 'different';
  const got = v.error;
  if (got.type !== want.type || got.msg !== want.msg || got.lineno !== want.lineno || got.offset !== want.offset) return 'different';
  return got.end_lineno === want.end_lineno && got.end_offset === want.end_offset ? 'identical' : 'identical-start';
}

export function describe(s: Snippet, v: Verdict): string {
  const src = s.source ?? `<bytes ${s.sourceBase64}>`;
  const want = s.expected ? `${s.expected.type}: ${s.expected.msg} (${s.expected.lineno}, ${s.expected.offset}, ${s.expected.end_lineno}, ${s.expected.end_offset})` : 'accepted';
  const got = v.kind === 'accepted' ? 'accepted' : v.kind === 'crash' ? `CRASH ${v.message}`
    : `${v.error.type}: ${v.error.msg} (${v.error.lineno}, ${v.error.offset}, ${v.error.end_lineno}, ${v.error.end_offset})`;
  return `${s.id}  ${JSON.stringify(src.length > 120 ? src.slice(0, 120) + '…' : src)}\n    want ${want}\n    got  ${got}`;
}
