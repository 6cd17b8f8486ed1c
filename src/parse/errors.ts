// Which SyntaxError CPython 3.11 reports for a text that does not parse, and where: pegen's
// _PyPegen_run_parser with _Pypegen_set_syntax_error and
// _PyPegen_tokenize_full_source_to_check_for_errors (Parser/pegen.c, pegen_errors.c).
//
//   first pass (no invalid rules)   -- raises (`&&':'`, a string literal) ------------+
//     | fails; remembers the furthest token fetched                                  |
//   second pass (invalid rules on)  -- an invalid rule raises ---------------------- +
//     | nothing raised                                                               v
//   "unexpected indent" / "unexpected unindent"     the rest of the file is tokenized: a later
//   when that furthest token is INDENT / DEDENT;    tokenizer error that raises replaces the
//   otherwise "invalid syntax" at it ------------>  error, and so does a bracket still open
//                                                   where it stops, if the error's line is later
// and either pass stops with the tokenizer's own error as soon as it fetches the token where
// the tokenizer failed. The passes themselves are in errors/passes.ts.
import { PySyntaxError, type SyntaxErrorInfo } from '../diagnostics/syntax-error.js';
import type { Layout } from '../tokenize/layout.js';
import type { ActionSyntaxError } from './actions.js';
import type { ParseContext } from './context.js';
import { parseOnBigStack } from './errors/big-stack.js';
import { pythonGrammar } from './errors/grammar.js';
import { ErrorSession, type StartRule } from './errors/passes.js';
import { statementChunks } from './parser.js';

export interface ErrorReportOptions {
  startRule: StartRule;
  filename: string;
  /**
   * Whether the tokenizer knew the encoding: true for str input (compile(str)) and for files
   * with a BOM or a coding declaration; a file without either gets UTF-8 byte offsets.
   */
  convertToChars: boolean;
  /** An error raised by a semantic action after a successful match, if that is how we got here. */
  actionError?: PySyntaxError;
  /** Already on the big-stack thread (big-stack.ts): no second retry. */
  onBigStack?: boolean;
  /** The first attempt ran out of stack: go to the big-stack thread at once. */
  stackOverflowed?: boolean;
  /** Where the first top-level statement that failed begins in the layout text, if known. */
  failedStatement?: number;
  /** Eval input that does not end in a newline: the layout's final NEWLINE is CPython's ENDMARKER. */
  noFinalNewline?: boolean;
}

/** The error CPython reports for `lay`, a layout of text that failed to parse. */
export function reportSyntaxError(lay: Layout, options: ErrorReportOptions): PySyntaxError {
  if (!options.stackOverflowed || options.onBigStack) {
    try {
      const error = decideError(lay, options);
      return error instanceof PySyntaxError ? error : new PySyntaxError(error);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
    }
  }
  // The JavaScript stack ran out: the same parse again on a thread with a big one, unless the
  // nesting is beyond what CPython's parser takes anyway (it stops at 6000 levels with a
  // MemoryError, which a SyntaxError cannot stand for).
  if (!options.onBigStack && !beyondCPythonsDepth(lay.text)) {
    const answer = parseOnBigStack({ input: options.noFinalNewline ? lay.source.slice(0, -1) : lay.source, filename: options.filename, startRule: options.startRule, convertToChars: options.convertToChars });
    if (answer?.kind === 'error') return new PySyntaxError(answer.error);
  }
  return new PySyntaxError(tooDeep(lay));
}

type Decided = SyntaxErrorInfo | PySyntaxError;

function decideError(lay: Layout, options: ErrorReportOptions): Decided {
  const session = new ErrorSession(lay, options.startRule, options.filename, options.convertToChars, options.noFinalNewline);
  // Both passes start at the first statement that fails: pegen's passes go through the
  // statements before it without an error, and a large file is not matched in one piece.
  const base = options.startRule !== 'File' ? 0 : options.failedStatement ?? firstFailingStatement(lay);
  const first = session.run('first', base);
  if (first.kind === 'tokenizer') return tokenizerError(session);
  if (first.kind === 'matched') {
    // The grammar accepts the text: the failure came from an action that the passes do not
    // replay, or the text is valid after all.
    return options.actionError ?? session.locator.atLastToken('invalid syntax', session.lastToken);
  }
  if (first.kind === 'raised') return checkRestOfSource(session, first.error);
  const lastToken = session.lastToken;
  const second = session.run('second', base);
  if (second.kind === 'tokenizer') return tokenizerError(session);
  if (second.kind === 'raised') return checkRestOfSource(session, second.error);
  if (lastToken.kind === 'INDENT' || lastToken.kind === 'DEDENT') {
    const msg = lastToken.kind === 'INDENT' ? 'unexpected indent' : 'unexpected unindent';
    return session.locator.atLastToken(msg, session.lastToken, 'IndentationError');
  }
  const generic = session.locator.range('invalid syntax', { lineno: lastToken.lineno, col: lastToken.col, endLineno: lastToken.endLineno, endCol: lastToken.endCol });
  return checkRestOfSource(session, generic);
}

/** The start of the first top-level statement that does not match the Python grammar. */
function firstFailingStatement(lay: Layout): number {
  const chunks = statementChunks(lay);
  for (let i = 0; i + 1 < chunks.length; i++) {
    const from = chunks[i]!;
    if (chunks[i + 1] === from) continue;
    if (pythonGrammar().match(lay.text.slice(from, chunks[i + 1]), 'File').failed()) return from;
  }
  return 0;
}

/** The parser fetched the token where the tokenizer failed: its error, as tokenizer_error builds it. */
function tokenizerError(session: ErrorSession): SyntaxErrorInfo {
  const error = session.lay.error!;
  if (error.kind === 'eof' && session.lay.openBrackets.length > 0) return unclosedBracket(session);
  return error.info ?? session.locator.atLastToken('invalid syntax', session.lastToken);
}

/**
 * _PyPegen_tokenize_full_source_to_check_for_errors: after a parser error, the tokenizer runs
 * on to the end; an error it raises itself replaces the parser's, and so does an unclosed
 * bracket where the tokenizer stops (at EOF, or at an error it does not raise itself) when the
 * parser's last token is on a later line than the bracket.
 */
function checkRestOfSource(session: ErrorSession, error: Decided): Decided {
  const tokErr = session.lay.error;
  if (!tokErr) return error;
  if (tokErr.kind === 'raised') return tokErr.info!;
  // Any other error token (EOF, a bad continuation line, ...) found inside brackets.
  if (tokErr.kind !== 'decode' && session.lay.openBrackets.length > 0) {
    const bracket = session.lay.openBrackets[session.lay.openBrackets.length - 1]!;
    if (session.lastToken.lineno > bracket.lineno) return unclosedBracket(session);
  }
  return error;
}

/** raise_unclosed_parentheses_error: "'(' was never closed" at the innermost open bracket. */
function unclosedBracket(session: ErrorSession): SyntaxErrorInfo {
  const b = session.lay.openBrackets[session.lay.openBrackets.length - 1]!;
  const lineStart = session.lay.lineStarts[b.lineno - 1]!;
  const byteCol = session.positions.byteCol(b.lineno, lineStart + codeUnitsOf(session.lay.source, lineStart, b.col));
  return session.locator.knownLocation('SyntaxError', `'${b.char}' was never closed`, b.lineno, byteCol + 1, b.lineno, 0);
}

/** UTF-16 length of the first `chars` code points from `start`. */
function codeUnitsOf(source: string, start: number, chars: number): number {
  let i = start;
  for (let n = 0; n < chars && i < source.length; n++) i += source.codePointAt(i)! > 0xffff ? 2 : 1;
  return i - start;
}

/** Thousands of unary operators in a row: each one is a level of CPython's parser. */
function beyondCPythonsDepth(text: string): boolean {
  return /(?:[-+~][ \t]*){3000}/.test(text);
}

/**
 * Even the big stack ran out, or the text is valid and only this thread's stack was too small
 * to build its tree. CPython's own parser gives up on such nesting too (MemoryError, "too many
 * nested parentheses"): this reports the tokenizer's error if there is one, else the nesting,
 * at the first line.
 */
function tooDeep(lay: Layout): SyntaxErrorInfo {
  if (lay.error?.info && lay.error.kind === 'raised') return lay.error.info;
  return { type: 'SyntaxError', msg: 'too many nested parentheses', lineno: 1, offset: 0, end_lineno: 1, end_offset: 0 };
}

export { type StartRule };

const CODING_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/**
 * Whether CPython's tokenizer has an encoding for these file bytes (tok->encoding): a UTF-8
 * BOM or a PEP 263 declaration on line 1, or on line 2 after a blank or comment-only line 1.
 * Without one, error offsets are reported in UTF-8 bytes.
 */
export function tokenizerKnowsEncoding(bytes: Uint8Array): boolean {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return true;
  let start = 0;
  for (let line = 1; line <= 2 && start < bytes.length; line++) {
    let end = start;
    while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
    const text = Buffer.from(bytes.subarray(start, end)).toString('latin1');
    if (CODING_RE.test(text)) return true;
    if (!/^[ \t\f]*(#.*)?$/.test(text)) return false;
    start = end + (bytes[end] === 0x0d && bytes[end + 1] === 0x0a ? 2 : 1);
  }
  return false;
}

/** An error an action raised at a node (python.gram's RAISE_SYNTAX_ERROR_KNOWN_LOCATION in an action). */
export function syntaxErrorFromAction(e: ActionSyntaxError, context: ParseContext): PySyntaxError {
  const p = context.positions;
  const s = p.sourceIndex(e.start + context.offset);
  const end = p.sourceIndex(e.end + context.offset);
  const line = p.lineOf(s);
  const endLine = p.lineOf(Math.max(end - 1, s));
  return new PySyntaxError({ type: 'SyntaxError', msg: e.msg, lineno: line, offset: p.charCol(line, s) + 1, end_lineno: endLine, end_offset: p.charCol(endLine, end) + 1 });
}
