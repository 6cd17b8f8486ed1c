// One f-string token's body → literal text and FormattedValue fields, a port of CPython 3.11's
// string_parser.c (fstring_find_literal, fstring_find_expr, fstring_compile_expr and
// _PyPegen_FstringParser_ConcatFstring). Like CPython, the scanner only finds where each
// expression ends (3.11's rules: no backslash, no '#', no nested use of the same quotes);
// the expression itself is parsed by the host, wrapped in parentheses.

import * as ast from '../../../generated/ast.js';
import { PySyntaxError } from '../../diagnostics/syntax-error.js';
import type { FStringHost, StringToken } from './index.js';
import { LiteralError } from './literal-error.js';
import { decodeUnicodeEscapes, decodeUtf8 } from './strings.js';
import type { PyStr } from '../../values/index.js';
import { JoinedStrBuilder, span, spanning } from './joined-str-builder.js';
import { expressionOrigin, relocateError, relocateExpression } from './expression-locations.js';

/** Bracket depth the scanner allows inside one expression (MAXLEVEL). */
const MAX_LEVEL = 200;

/** The concatenation an f-string token belongs to. */
export interface FStringRun {
  host: FStringHost;
  first: StringToken;
  last: StringToken;
}

/** One f-string token being scanned: `body` is its text between the quotes. */
interface Scan {
  run: FStringRun;
  token: StringToken;
  body: string;
  /** Index of body[0] in token.text. */
  bodyStart: number;
  raw: boolean;
  pos: number;
}

/** _PyPegen_FstringParser_ConcatFstring at the top level: adds one f-string token's parts. */
export function addFString(builder: JoinedStrBuilder, run: FStringRun, token: StringToken, body: string, bodyStart: number, raw: boolean): void {
  const scan: Scan = { run, token, body, bodyStart, raw, pos: 0 };
  concatFString(builder, scan, 0);
}

function fail(msg: string): never {
  throw new LiteralError(msg);
}

function concatFString(builder: JoinedStrBuilder, scan: Scan, recurseLvl: number): void {
  builder.fmode = true;
  const end = scan.body.length;
  for (;;) {
    const { literal, more } = findLiteral(scan, recurseLvl);
    if (literal !== null) builder.addString(literal);
    if (more) continue;
    if (scan.pos >= end || scan.body[scan.pos] === '}') break;
    const { exprText, field } = findExpression(scan, recurseLvl);
    if (exprText !== null) builder.addString(exprText);
    builder.addField(field, scan.run.first, scan.run.last);
  }
  // A top-level scan always runs to the end; a format spec must stop at its '}'.
  if (recurseLvl === 0 && scan.pos < end - 1) fail('f-string: unexpected end of string');
  if (recurseLvl !== 0 && scan.body[scan.pos] !== '}') fail("f-string: expecting '}'");
}

/**
 * fstring_find_literal: text up to the next single '{' (or, inside a format spec, '}').
 * `more` is set after a doubled brace, whose first half ends the literal.
 */
function findLiteral(scan: Scan, recurseLvl: number): { literal: PyStr | null; more: boolean } {
  const { body, raw } = scan;
  const end = body.length;
  let s = scan.pos;
  const literalStart = s;
  let literalEnd = -1;
  let more = false;
  while (s < end) {
    let ch = body[s++]!;
    if (!raw && ch === '\\' && s < end) {
      ch = body[s++]!;
      if (ch === 'N') {
        // Skip "\N{...}" so its braces are not taken for a field; malformed ones are left
        // for the escape decoder to report.
        if (s < end && body[s++] === '{') {
          while (s < end && body[s++] !== '}') {
            // to the closing brace
          }
        }
        continue;
      }
    }
    if (ch === '{' || ch === '}') {
      if (recurseLvl === 0) {
        if (s < end && body[s] === ch) {
          literalEnd = s;
          scan.pos = s + 1;
          more = true;
          break;
        }
        if (ch === '}') {
          scan.pos = s - 1;
          fail("f-string: single '}' is not allowed");
        }
      }
      s--;
      break;
    }
  }
  if (!more) {
    literalEnd = s;
    scan.pos = s;
  }
  if (literalEnd === literalStart) return { literal: null, more };
  const text = body.slice(literalStart, literalEnd);
  return { literal: raw ? decodeUtf8(text) : decodeUnicodeEscapes(text), more };
}

const isPySpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';

/**
 * fstring_find_expr, with scan.pos on a '{': the FormattedValue up to and including the
 * matching '}', and for `{expr=}` the text that precedes it.
 */
function findExpression(scan: Scan, recurseLvl: number): { exprText: string | null; field: ast.expr } {
  const { body } = scan;
  const end = body.length;
  if (recurseLvl >= 2) fail('f-string: expressions nested too deeply');
  const brace = scan.pos;
  let s = brace + 1;
  const exprStart = s;
  let quote: string | null = null;
  let tripleQuoted = false;
  const parens: string[] = [];
  for (; s < end; s++) {
    const ch = body[s]!;
    if (ch === '\\') fail('f-string expression part cannot include a backslash');
    if (quote !== null) {
      // Only enough of the tokenizer's string rules to find where valid strings end.
      if (ch === quote) {
        if (!tripleQuoted) quote = null;
        else if (s + 2 < end && body[s + 1] === ch && body[s + 2] === ch) {
          s += 2;
          quote = null;
        }
      }
    } else if (ch === "'" || ch === '"') {
      tripleQuoted = s + 2 < end && body[s + 1] === ch && body[s + 2] === ch;
      if (tripleQuoted) s += 2;
      quote = ch;
    } else if (ch === '[' || ch === '{' || ch === '(') {
      if (parens.length >= MAX_LEVEL) fail('f-string: too many nested parenthesis');
      parens.push(ch);
    } else if (ch === '#') {
      fail("f-string expression part cannot include '#'");
    } else if (parens.length === 0 && (ch === '!' || ch === ':' || ch === '}' || ch === '=' || ch === '>' || ch === '<')) {
      // "!=", "==", "<=" and ">=" are operators, not the end of the expression.
      if (s + 1 < end && body[s + 1] === '=' && ch !== ':' && ch !== '}') {
        s++;
        continue;
      }
      if (ch === '>' || ch === '<') continue;
      break;
    } else if (ch === ']' || ch === '}' || ch === ')') {
      const opening = parens.pop();
      if (opening === undefined) fail(`f-string: unmatched '${ch}'`);
      if (!((opening === '(' && ch === ')') || (opening === '[' && ch === ']') || (opening === '{' && ch === '}'))) {
        fail(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${opening}'`);
      }
    }
  }
  const exprEnd = s;
  if (quote !== null) fail('f-string: unterminated string');
  if (parens.length > 0) fail(`f-string: unmatched '${parens[parens.length - 1]}'`);
  if (s >= end) fail("f-string: expecting '}'");

  // Parse before looking further, so errors in the expression come before errors in the
  // conversion or format spec.
  const value = compileExpression(scan, brace, exprStart, exprEnd);

  let exprText: string | null = null;
  if (body[s] === '=') {
    s++;
    while (isPySpace(body[s])) s++;
    if (s >= end) fail("f-string: expecting '}'");
    exprText = body.slice(exprStart, s);
  }
  let conversion = -1;
  if (body[s] === '!') {
    s++;
    if (s >= end) fail("f-string: expecting '}'");
    conversion = body.charCodeAt(s);
    s++;
    if (conversion !== 0x73 && conversion !== 0x72 && conversion !== 0x61) {
      fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }
  if (s >= end) fail("f-string: expecting '}'");
  let formatSpec: ast.expr | null = null;
  if (body[s] === ':') {
    s++;
    if (s >= end) fail("f-string: expecting '}'");
    scan.pos = s;
    formatSpec = parseFormatSpec(scan, recurseLvl + 1);
    s = scan.pos;
  }
  if (s >= end || body[s] !== '}') fail("f-string: expecting '}'");
  scan.pos = s + 1;
  // `{x=}` shows the repr unless a conversion or format spec says otherwise.
  if (exprText !== null && formatSpec === null && conversion === -1) conversion = 0x72;
  const { first, last } = scan.run;
  return { exprText, field: spanning(ast.FormattedValue(value, conversion, formatSpec, ...span(first, last)), first, last) };
}

// fstring_parse: a format spec is a nested f-string ending at the field's '}'. Its JoinedStr
// (and a trailing Constant) span only the current token, unlike every other node here.
function parseFormatSpec(scan: Scan, recurseLvl: number): ast.expr {
  const builder = new JoinedStrBuilder();
  concatFString(builder, scan, recurseLvl);
  return builder.finish(scan.token, scan.token);
}

/** fstring_compile_expr: parses body[exprStart, exprEnd) as "(" + text + ")" through the host. */
function compileExpression(scan: Scan, brace: number, exprStart: number, exprEnd: number): ast.expr {
  const text = scan.body.slice(exprStart, exprEnd);
  // An all-blank expression would turn into a valid "()", so it is refused first.
  if (/^[ \t\n\f]*$/.test(text)) {
    const next = scan.body[exprEnd];
    if (next === '!' || next === ':' || next === '=') fail(`f-string: expression required before '${next}'`);
    fail('f-string: empty expression not allowed');
  }
  const source = `(${text})`;
  const origin = expressionOrigin(scan.token, scan.bodyStart + brace);
  let value: ast.expr;
  try {
    value = scan.run.host.parseFStringExpression(source);
  } catch (e) {
    if (e instanceof PySyntaxError) throw relocateError(e, source, origin);
    throw e;
  }
  relocateExpression(value, source, origin);
  return value;
}
