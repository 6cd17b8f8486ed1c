// The growing result of a string concatenation: CPython 3.11's FstringParser state
// (string_parser.c). Adjacent literal text is merged into one pending string, which becomes a
// Constant only when an expression follows it or the concatenation ends.

import * as ast from '../../../generated/ast.js';
import type { StringToken } from './index.js';
import { setAnchors } from './expression-locations.js';
import { StrBuilder, type PyStr } from '../../values/index.js';

export class JoinedStrBuilder {
  private pending: StrBuilder | null = null;
  private readonly values: ast.expr[] = [];
  /** Set once an f-string took part: the result is then a JoinedStr even without fields. */
  fmode = false;

  /** _PyPegen_FstringParser_ConcatAndDel: empty strings leave no trace. */
  addString(s: PyStr): void {
    if (s.length === 0) return;
    (this.pending ??= new StrBuilder()).append(s);
  }

  /** A FormattedValue; the text before it becomes a Constant spanning first..last. */
  addField(value: ast.expr, first: StringToken, last: StringToken): void {
    this.flush(first, last);
    this.values.push(value);
  }

  /** _PyPegen_FstringParser_Finish: a Constant for plain strings, else a JoinedStr. */
  finish(first: StringToken, last: StringToken): ast.expr {
    if (!this.fmode) return makeStr(this.pending?.finish() ?? '', first, last);
    this.flush(first, last);
    return spanning(ast.JoinedStr(this.values, ...span(first, last)), first, last);
  }

  private flush(first: StringToken, last: StringToken): void {
    if (this.pending === null) return;
    this.values.push(makeStr(this.pending.finish(), first, last));
    this.pending = null;
  }
}

/** Every node a concatenation builds spans its first to its last token, as CPython's do. */
export function span(first: StringToken, last: StringToken): [number, number, number, number] {
  return [first.lineno, first.col_offset, last.end_lineno, last.end_col_offset];
}

export function spanning<T extends ast.expr>(node: T, first: StringToken, last: StringToken): T {
  setAnchors(node, first.end_lineno, last.end_lineno);
  return node;
}

// make_str_node_and_del: kind 'u' when the first token's text starts with a lower-case u.
function makeStr(s: PyStr, first: StringToken, last: StringToken): ast.Constant {
  return spanning(ast.Constant(s, first.text.startsWith('u') ? 'u' : null, ...span(first, last)), first, last);
}
