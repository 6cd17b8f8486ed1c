// Adjacent STRING tokens → one expression node: CPython 3.11's _PyPegen_concatenate_strings
// (Parser/action_helpers.c). Tokens are decoded in order, so of two bad tokens the first one
// is reported; bytes concatenate into one Constant; str and f-string parts build a Constant
// or a JoinedStr whose parts all span the whole run of tokens.

import * as ast from '../../../generated/ast.js';
import { PySyntaxError } from '../../diagnostics/syntax-error.js';
import { PyBytes } from '../../values/index.js';
import type { ErrorLocation, FStringHost, StringToken } from './index.js';
import { LiteralError } from './literal-error.js';
import { decodeBody, splitStringToken } from './strings.js';
import { addFString } from './fstring.js';
import { JoinedStrBuilder, span, spanning } from './joined-str-builder.js';

/**
 * The node for a run of adjacent STRING tokens (at least one). Throws PySyntaxError with
 * CPython's message and position for bad escapes, bad f-strings, bytes with non-ASCII
 * characters and mixed bytes and str.
 */
export function concatenateStrings(tokens: readonly StringToken[], host: FStringHost): ast.expr {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined || last === undefined) throw new Error('concatenateStrings: no tokens');
  let current = first;
  try {
    const builder = new JoinedStrBuilder();
    const bytes: Uint8Array[] = [];
    let bytesMode = false;
    tokens.forEach((t, i) => {
      current = t;
      const parts = splitStringToken(t.text);
      const value = parts.fstring ? null : decodeBody(parts);
      if (i !== 0 && bytesMode !== parts.bytes) throw new LiteralError('cannot mix bytes and nonbytes literals');
      bytesMode = parts.bytes;
      if (parts.fstring) addFString(builder, { host, first, last }, t, parts.body, parts.bodyStart, parts.raw);
      else if (value instanceof PyBytes) bytes.push(value.data);
      else builder.addString(value!);
    });
    if (bytesMode) return spanning(ast.Constant(new PyBytes(joinBytes(bytes)), null, ...span(first, last)), first, last);
    return builder.finish(first, last);
  } catch (e) {
    if (!(e instanceof LiteralError)) throw e;
    const at = e.anchor === 'string-token' ? current : undefined;
    throw new PySyntaxError({ type: 'SyntaxError', msg: e.msg, ...locate(host, at ?? first, at !== undefined) });
  }
}

function locate(host: FStringHost, token: StringToken, known: boolean): ErrorLocation {
  if (host.errorLocation) return known ? host.errorLocation(token) : host.errorLocation();
  return { lineno: token.lineno, offset: token.col_offset + 1, end_lineno: token.end_lineno, end_offset: token.end_col_offset + 1 };
}

function joinBytes(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
