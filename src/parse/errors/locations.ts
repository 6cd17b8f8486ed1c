// Where pegen's error macros put a SyntaxError (Parser/pegen.h, pegen_errors.c, 3.11).
//
// All of them end in _PyPegen_raise_error_known_location(lineno, col, end_lineno, end_col):
// columns are 1-based UTF-8 byte offsets, converted to code points on the *start* line's text
// (also for an end on another line) when the tokenizer knows the encoding, which it does for
// str input and for files with a BOM or coding declaration; files without either keep byte
// offsets. What differs between the macros is where the columns come from:
//   RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a) / _RANGE(a, b): a node's or token's own columns, + 1;
//   RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: the last token fetched, whose columns are
//     -1 for INDENT, DEDENT and ENDMARKER, in which case the tokenizer's position is used
//     (as a 1-based column already) and the end stays -1;
//   RAISE_SYNTAX_ERROR_STARTING_FROM(a): a's start, and the tokenizer's position as the end.
import type * as ast from '../../../generated/ast.js';
import type { SyntaxErrorInfo, SyntaxErrorType } from '../../diagnostics/syntax-error.js';
import { PY_ELLIPSIS } from '../../values/index.js';
import { hasEscapedBytes, pegenCharOffset } from '../../tokenize/utf8.js';
import type { Token, TokenTable } from './tokens.js';

/** A span in pegen's terms: lines, and byte columns (0-based; -1 when unknown). */
export interface Span {
  lineno: number;
  col: number;
  endLineno: number;
  endCol: number;
}

export type Located = { lineno: number; col_offset: number; end_lineno: number | null; end_col_offset: number | null };

export function tokenSpan(t: Token): Span {
  return { lineno: t.lineno, col: t.col, endLineno: t.endLineno, endCol: t.endCol };
}

export function nodeSpan(n: Located): Span {
  return { lineno: n.lineno, col: n.col_offset, endLineno: n.end_lineno ?? n.lineno, endCol: n.end_col_offset ?? n.col_offset };
}

/** _PyPegen_byte_offset_to_character_offset: code points in the first `col` bytes of `line`. */
export function byteToCharOffset(line: string, col: number): number {
  // A line with bytes that are not UTF-8 is CPython's line decoded with errors="replace".
  if (hasEscapedBytes(line)) return pegenCharOffset(line, col);
  const bytes = Buffer.from(line, 'utf8');
  const n = Math.min(col, bytes.length + 1);
  if (n > bytes.length) return Array.from(line).length + (n - bytes.length);
  // A multi-byte character cut by the offset decodes to one replacement character.
  let chars = 0;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    i += b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
    chars++;
  }
  return chars;
}

export class ErrorLocator {
  constructor(
    private readonly tokens: TokenTable,
    /** Whether the tokenizer had an encoding (else offsets stay in bytes). */
    private readonly convertToChars: boolean,
    /** The line the tokenizer is on (that of the last token fetched). */
    private readonly tokenizerLine: () => number,
  ) {}

  /**
   * _PyPegen_raise_error_known_location with 1-based byte columns (0 and -1 kept as they are).
   * The columns are converted on the error's first line as CPython gets it: the tokenizer's
   * buffer, newline included, when that is the line it is on; else the line without it
   * (which matters where a column is clipped at the line's end).
   */
  knownLocation(type: SyntaxErrorType, msg: string, lineno: number, col1: number, endLineno: number, endCol1: number): SyntaxErrorInfo {
    let offset = col1;
    let endOffset = endCol1;
    if (this.convertToChars) {
      let line = this.tokens.lineText(lineno);
      if (lineno < this.tokenizerLine() && line.endsWith('\n')) line = line.slice(0, -1);
      offset = byteToCharOffset(line, col1);
      if (endOffset > 0) endOffset = byteToCharOffset(line, endOffset);
    }
    return { type, msg, lineno, offset, end_lineno: endLineno, end_offset: endOffset };
  }

  /** RAISE_ERROR_KNOWN_LOCATION from a start span to an end span. */
  range(msg: string, start: Span, end: Span = start, type: SyntaxErrorType = 'SyntaxError'): SyntaxErrorInfo {
    return this.knownLocation(type, msg, start.lineno, start.col + 1, end.endLineno, end.endCol + 1);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM(a): from a to where the tokenizer stands (after `last`). */
  startingFrom(msg: string, start: Span, last: Token): SyntaxErrorInfo {
    return this.knownLocation('SyntaxError', msg, start.lineno, start.col + 1, last.curLineno, last.curCol);
  }

  /** RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token fetched. */
  atLastToken(msg: string, t: Token, type: SyntaxErrorType = 'SyntaxError'): SyntaxErrorInfo {
    const col1 = t.col === -1 ? t.curCol : t.col + 1;
    const end1 = t.endCol === -1 ? -1 : t.endCol + 1;
    return this.knownLocation(type, msg, t.lineno, col1, t.endLineno, end1);
  }
}

// ---------------------------------------------------------------- action_helpers.c
/** _PyPegen_get_expr_name (3.11). */
export function exprName(e: ast.expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === false) return 'False';
      if (v === true) return 'True';
      if (v === PY_ELLIPSIS) return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return 'expression';
  }
}

export type TargetsType = 'star' | 'del' | 'for';

/** _PyPegen_get_invalid_target: the first part of `e` that cannot be assigned (or deleted). */
export function invalidTarget(e: ast.expr | null, type: TargetsType): ast.expr | null {
  if (e === null) return null;
  switch (e._type) {
    case 'List':
    case 'Tuple':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, type);
        if (bad) return bad;
      }
      return null;
    case 'Starred':
      return type === 'del' ? e : invalidTarget(e.value, type);
    case 'Compare':
      // `for a in b` is parsed as the comparison `a in b`: look at its left side.
      if (type === 'for') return e.ops[0]?._type === 'In' ? invalidTarget(e.left, type) : null;
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** _PyPegen_check_legacy_stmt: a bare `print` or `exec` name. */
export function isLegacyStatement(e: ast.expr): boolean {
  return e._type === 'Name' && (e.id === 'print' || e.id === 'exec');
}

/** _PyPegen_get_last_comprehension_item. */
export function lastComprehensionItem(c: ast.comprehension): ast.expr {
  return c.ifs.length === 0 ? c.iter : c.ifs[c.ifs.length - 1]!;
}
