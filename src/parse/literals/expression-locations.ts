// Positions of f-string replacement-field expressions, as CPython 3.11 computes them.
//
// CPython parses each expression with a second parser over "(" + text + ")" and gets file
// positions from that parser's tokenizer (string_parser.c's fstring_find_expr_location plus
// pegen.c's initialize_token): lines are offset by `starting_lineno`, and a token gets
// `starting_col_offset` added to its columns only if the tokenizer is still on the first
// line when the token ends. Errors raised by that parser subtract `starting_col_offset` from
// both columns again, whichever line they are on, and keep byte columns (its tokenizer has no
// encoding), with "f-string: " in front of the message; tokenizer errors keep code-point
// columns and their message. The host parser gives positions relative to the wrapped text;
// this file replays that arithmetic on them.
//
// One quirk needs memory across levels: a triple-quoted string token that starts on the
// first line but ends on a later one is not shifted, and neither is anything whose column was
// derived from it, such as the expressions of a nested multi-line f-string. Each node keeps
// the line (in its current coordinates) on which the token that fixed its column ended.

import { PySyntaxError } from '../../diagnostics/syntax-error.js';
import type { StringToken } from './index.js';
import { byteOffsetOfCodePointOffset, indexOfByteColumn, utf8Length } from './utf8.js';

/** Where the first line of a wrapped f-string expression sits in the host's coordinates. */
export interface ExpressionOrigin {
  /** starting_lineno: the host line of the wrapped text's first line. */
  lineno: number;
  /** starting_col_offset: bytes added to the columns of tokens ending on that first line. */
  col: number;
  /** Whether `col` includes the STRING token's own column (the field starts on its first line). */
  fromTokenColumn: boolean;
  /** The STRING token's end line, for columns that came from the token's column. */
  tokenEndLineno: number;
}

const NEVER = Number.POSITIVE_INFINITY;

interface Anchors {
  /** Line on which the token that set col_offset ended. */
  start: number;
  /** Line on which the token that set end_col_offset ended. */
  end: number;
}

const anchors = new WeakMap<object, Anchors>();
const finalErrors = new WeakSet<PySyntaxError>();

/** How many f-string field expressions are being parsed (only their nodes are ever relocated). */
let fieldExpressionDepth = 0;

/** Runs the parse of an f-string field's expression, whose nodes relocateExpression will move. */
export function parsingFieldExpression<T>(body: () => T): T {
  fieldExpressionDepth++;
  try {
    return body();
  } finally {
    fieldExpressionDepth--;
  }
}

/**
 * Records that `node`'s columns were copied from tokens ending on these lines. Only nodes of
 * field expressions are relocated, so elsewhere there is nothing to record (and a WeakMap entry
 * per string literal is not cheap).
 */
export function setAnchors(node: object, startTokenEndLineno: number, endTokenEndLineno: number): void {
  if (fieldExpressionDepth > 0) anchors.set(node, { start: startTokenEndLineno, end: endTokenEndLineno });
}

/** fstring_find_expr_location for the field whose '{' is at `brace` in the token's text. */
export function expressionOrigin(t: StringToken, brace: number): ExpressionOrigin {
  const text = t.text;
  let newlineAfterBrace = true;
  for (let i = brace + 1; ; i++) {
    const c = text[i];
    if (c === '}' || c === '\n') break;
    if (c !== ' ' && c !== '\t' && c !== '\f') {
      newlineAfterBrace = false;
      break;
    }
  }
  let cols = 0;
  if (!newlineAfterBrace) {
    const lineStart = text.lastIndexOf('\n', brace) + 1;
    cols = utf8Length(text.slice(lineStart, brace));
  }
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < brace; i = text.indexOf('\n', i + 1)) lines++;
  return {
    lineno: t.lineno + lines,
    col: lines !== 0 ? cols : t.col_offset + cols,
    fromTokenColumn: lines === 0,
    tokenEndLineno: t.end_lineno,
  };
}

type Positioned = {
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
};

function isPositioned(node: object): node is Positioned {
  return typeof (node as Partial<Positioned>).lineno === 'number' && typeof (node as Partial<Positioned>).col_offset === 'number';
}

/** Moves every node of `root` (positions relative to `source`) to the host's coordinates. */
export function relocateExpression(root: object, source: string, origin: ExpressionOrigin): void {
  const seen = new Set<object>();
  const lineShift = origin.lineno - 1;
  const visit = (node: object): void => {
    if (seen.has(node)) return;
    seen.add(node);
    if (isPositioned(node)) {
      const a = anchors.get(node);
      const startShift = node.lineno === 1 && (a ? a.start : tokenEndLine(source, node.col_offset)) === 1;
      const endShift = node.end_lineno === 1 && (a ? a.end : 1) === 1;
      node.lineno += lineShift;
      if (node.end_lineno !== null) node.end_lineno += lineShift;
      if (startShift) node.col_offset += origin.col;
      if (endShift && node.end_col_offset !== null) node.end_col_offset += origin.col;
      const inherited = origin.fromTokenColumn ? origin.tokenEndLineno : NEVER;
      anchors.set(node, { start: startShift ? inherited : NEVER, end: endShift ? inherited : NEVER });
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) visit(item);
      } else if (isNode(value)) {
        visit(value);
      }
    }
  };
  visit(root);
}

function isNode(value: unknown): value is object {
  return typeof value === 'object' && value !== null && '_type' in value;
}

// The line on which the token starting at byte `col` of the source's first line ends: later
// than 1 only for a triple-quoted string running over several lines (f-string expressions
// contain no backslashes, so no other token can).
function tokenEndLine(source: string, col: number): number {
  const nl = source.indexOf('\n');
  const firstLine = nl < 0 ? source : source.slice(0, nl);
  const rest = source.slice(indexOfByteColumn(firstLine, col));
  const m = /^(?:[rRbBuUfF]{1,2})?('''|""")/.exec(rest);
  if (!m) return 1;
  const close = rest.indexOf(m[1]!, m[0].length);
  const body = close < 0 ? rest : rest.slice(0, close);
  let lines = 1;
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) lines++;
  return lines;
}

// Messages of tokenizer.c's syntaxerror(), which bypass the parser's error reporting.
const TOKENIZER_MESSAGES: RegExp[] = [
  /^invalid character '.+' \(U\+[0-9A-F]+\)$/s,
  /^invalid non-printable character U\+[0-9A-F]+$/,
  /^unmatched '.'$/,
  /^closing parenthesis '.' does not match opening parenthesis '.'( on line \d+)?$/,
  /^too many nested parentheses$/,
  /^unterminated (triple-quoted )?string literal \(detected at line \d+\)$/,
  /^invalid (decimal|hexadecimal|octal|binary|imaginary) literal$/,
  /^invalid digit '.' in (octal|binary) literal$/,
  /^leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers$/,
];

/**
 * The error CPython reports for `error`, raised while parsing the wrapped `source`. Line
 * numbers always move to the host's lines (every nested tokenizer counts file lines), but
 * columns are translated only once, by the parser that raised the error: an error from a
 * deeper field, or from a tokenizer, keeps its columns.
 */
export function relocateError(error: PySyntaxError, source: string, origin: ExpressionOrigin): PySyntaxError {
  const lineShift = origin.lineno - 1;
  const info = error.info();
  const shiftLine = (n: number | null): number | null => (n === null ? null : n + lineShift);
  let result: PySyntaxError;
  if (finalErrors.has(error) || TOKENIZER_MESSAGES.some((re) => re.test(info.msg))) {
    result = new PySyntaxError({ ...info, lineno: info.lineno + lineShift, end_lineno: shiftLine(info.end_lineno) });
  } else if (info.lineno === 1 && info.end_offset === -1 && origin.col !== 0 && info.msg.startsWith('(unicode error) ')) {
    // A name that is not UTF-8 (tokenize/layout.ts): an error token without columns, which on
    // the first line gets starting_col_offset - 1 as both columns, so the error sits at 0.
    result = new PySyntaxError({ ...info, msg: `f-string: ${info.msg}`, lineno: info.lineno + lineShift, offset: 0, end_lineno: shiftLine(info.end_lineno), end_offset: 0 });
  } else {
    const lines = source.split('\n');
    const toBytes = (lineno: number | null, offset: number | null): number | null =>
      lineno === null || offset === null || lineno < 1 || lineno > lines.length || offset < 1
        ? offset
        : byteOffsetOfCodePointOffset(lines[lineno - 1]!, offset);
    let offset = toBytes(info.lineno, info.offset)!;
    let endOffset = toBytes(info.end_lineno, info.end_offset);
    const startShift = info.lineno === 1 && offset >= 1 && tokenEndLine(source, offset - 1) === 1;
    offset += (startShift ? origin.col : 0) - origin.col;
    if (endOffset !== null) endOffset += (info.end_lineno === 1 ? origin.col : 0) - origin.col;
    result = new PySyntaxError({
      ...info,
      msg: `f-string: ${info.msg}`,
      lineno: info.lineno + lineShift,
      offset,
      end_lineno: shiftLine(info.end_lineno),
      end_offset: endOffset,
    });
  }
  finalErrors.add(result);
  return result;
}
