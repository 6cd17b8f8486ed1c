// Literal tokens → values and AST nodes, exactly as CPython 3.11 builds them: NUMBER tokens
// (numbers.ts), STRING tokens (strings.ts) and runs of adjacent STRING tokens, f-strings
// included (concat.ts). Nothing here depends on the parser: f-string expressions are parsed
// through the FStringHost the parser passes in.

import type { SyntaxErrorInfo } from '../../diagnostics/syntax-error.js';
import type { expr } from '../../../generated/ast.js';

/** A STRING token: its text exactly as in the (newline-normalized) source, and its position. */
export interface StringToken {
  text: string;
  lineno: number;
  /** Columns as CPython's: UTF-8 bytes from the start of the line, end exclusive. */
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** Where a SyntaxError points: its fields as Python shows them (1-based offsets in code points). */
export type ErrorLocation = Omit<SyntaxErrorInfo, 'type' | 'msg'>;

/** What concatenateStrings needs from the parser that is calling it. */
export interface FStringHost {
  /**
   * Parse `source` with the grammar's f-string start rule (CPython's Py_fstring_input:
   * `star_expressions`), returning the expression with positions relative to `source` itself
   * (line 1, col 0 = first char of source; columns in UTF-8 bytes). Throws PySyntaxError with
   * positions relative to `source` (offset/end_offset: 1-based code points within their own
   * lines) on bad input. A PySyntaxError thrown by a nested concatenateStrings call must come
   * out of this method unchanged (the same object): CPython keeps the first error raised
   * inside an f-string expression as it is.
   */
  parseFStringExpression(source: string): expr;
  /**
   * The position CPython gives an error raised while these STRING tokens are turned into a
   * node. Without an argument: RAISE_SYNTAX_ERROR's, which points at the last token the
   * parser has fetched, normally the token right after the last STRING (a NEWLINE, ')', ...).
   * With a token: RAISE_SYNTAX_ERROR_KNOWN_LOCATION(token)'s. Without this method errors
   * point at the token concerned or the first STRING, with byte columns (not CPython's).
   */
  errorLocation?(token?: StringToken): ErrorLocation;
}

export { parseNumber } from './numbers.js';
export { decodeStringToken, splitStringToken, type StringTokenParts } from './strings.js';
export { concatenateStrings } from './concat.js';
export { lookupUnicodeName } from './unicode-names.js';
export { LiteralError } from './literal-error.js';
