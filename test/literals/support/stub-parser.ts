// A tiny stand-in for pyc's parser, enough to exercise concatenateStrings before the real one
// exists: a tokenizer for one logical line (names, numbers, strings, operators, implicit line
// joining) and a recursive-descent parser for a subset of expressions (names, literals,
// attributes, calls, subscripts, arithmetic, comparisons, tuples, lists, dicts), producing
// nodes with CPython's positions. It is also the FStringHost, so f-strings nest.
//
// Only what the tests need is reproduced of CPython's errors: the default "invalid syntax" at
// the furthest token, "Perhaps you forgot a comma?" inside brackets, and the tokenizer's
// "invalid character" for stray non-ASCII.

import * as ast from '../../../generated/ast.js';
import { PySyntaxError } from '../../../src/diagnostics/syntax-error.js';
import { concatenateStrings, parseNumber } from '../../../src/parse/literals/index.js';
import type { ErrorLocation, FStringHost, StringToken } from '../../../src/parse/literals/index.js';

type TokType = 'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'ENDMARKER';

interface Tok {
  type: TokType;
  text: string;
  /** First line of the tokenizer's buffer when the token was made (tok->buf, see location()). */
  bufLine: number;
  lineno: number;
  col: number;
  endLineno: number;
  endCol: number;
}

const utf8 = (s: string): number => Buffer.byteLength(s, 'utf8');
const OPERATORS = ['**', '//', '==', '!=', '<=', '>=', ':=', '->', '(', ')', '[', ']', '{', '}', ',', ':', '.', ';', '+', '-', '*', '/', '%', '<', '>', '=', '@', '&', '|', '^', '~', '!', '$', '?'];
const STRING_START = /^(?:[rRuUbBfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?('''|"""|'|")/;
const NUMBER = /^(?:0[xXoObB]_?[0-9a-fA-F_]+|(?:\d[\d_]*(?:\.(?:\d[\d_]*)?)?|\.\d[\d_]*)(?:[eE][-+]?\d[\d_]*)?[jJ]?)/;
/** Keywords that start syntax the stub does not parse: it gives up rather than misparse. */
const UNSUPPORTED = new Set(['yield', 'lambda', 'await', 'not', 'if', 'else', 'for', 'in', 'is', 'and', 'or', 'async']);

function tokenize(source: string): Tok[] {
  const lines = source.split('\n');
  const toks: Tok[] = [];
  let depth = 0;
  let line = 0;
  let i = 0;
  let bufLine = 0;
  const col = (l: number, idx: number): number => utf8(lines[l]!.slice(0, idx));
  const tok = (type: TokType, text: string, l: number, idx: number, endL: number, endIdx: number): void => {
    toks.push({ type, text, bufLine: bufLine + 1, lineno: l + 1, col: col(l, idx), endLineno: endL + 1, endCol: col(endL, endIdx) });
  };
  for (;;) {
    const cur = lines[line];
    if (cur === undefined) break;
    const rest = cur.slice(i);
    const ws = /^[ \t\f]*/.exec(rest)![0].length;
    i += ws;
    const c = cur[i];
    if (c === undefined || c === '#') {
      // CPython's NEWLINE starts at a comment and leaves out the '\n'.
      if (depth === 0 && toks.length > 0 && toks[toks.length - 1]!.type !== 'NEWLINE') tok('NEWLINE', '', line, i, line, cur.length);
      line++;
      bufLine = line;
      i = 0;
      continue;
    }
    const s = STRING_START.exec(cur.slice(i));
    if (s) {
      const quote = s[1]!;
      let l = line;
      let j = i + s[0].length;
      for (;;) {
        const text = lines[l]!;
        if (j >= text.length) {
          const continued = j > text.length; // a backslash ended the line
          if ((quote.length === 1 && !continued) || l + 1 >= lines.length) throw new Error('stub tokenizer: unterminated string');
          l++;
          j = 0;
          continue;
        }
        if (text[j] === '\\') j += 2;
        else if (text.startsWith(quote, j)) {
          j += quote.length;
          break;
        } else j++;
      }
      const text = l === line ? cur.slice(i, j) : [cur.slice(i), ...lines.slice(line + 1, l), lines[l]!.slice(0, j)].join('\n');
      tok('STRING', text, line, i, l, j);
      line = l;
      i = j;
      continue;
    }
    const name = /^[\p{L}_][\p{L}\p{N}_]*/u.exec(cur.slice(i));
    if (name) {
      tok('NAME', name[0], line, i, line, i + name[0].length);
      i += name[0].length;
      continue;
    }
    const num = /^[0-9.]/.test(c) ? NUMBER.exec(cur.slice(i)) : null;
    if (num && num[0] !== '.') {
      tok('NUMBER', num[0], line, i, line, i + num[0].length);
      i += num[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => cur.startsWith(o, i));
    if (op) {
      if ('([{'.includes(op)) depth++;
      if (')]}'.includes(op)) depth--;
      tok('OP', op, line, i, line, i + op.length);
      i += op.length;
      continue;
    }
    // tokenizer.c: a character that cannot start a token; offsets in code points.
    const cp = cur.codePointAt(i)!;
    const offset = Array.from(cur.slice(0, i)).length + 1;
    throw new PySyntaxError({
      type: 'SyntaxError',
      msg: `invalid character '${String.fromCodePoint(cp)}' (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`,
      lineno: line + 1,
      offset,
      end_lineno: line + 1,
      end_offset: offset,
    });
  }
  const last = toks[toks.length - 1];
  const lastLine = lines.length - (source.endsWith('\n') ? 1 : 0);
  if (last && last.type !== 'NEWLINE') tok('NEWLINE', '', lastLine - 1, lines[lastLine - 1]!.length, lastLine - 1, lines[lastLine - 1]!.length);
  toks.push({ type: 'ENDMARKER', text: '', bufLine: lastLine + 1, lineno: lastLine + 1, col: 0, endLineno: lastLine + 1, endCol: 0 });
  return toks;
}

type Loc = [number, number, number, number];

export class StubParser {
  private readonly toks: Tok[];
  private readonly lines: string[];
  private pos = 0;
  /** Index of the furthest token looked at: CPython's p->fill - 1. */
  private furthest = 0;

  constructor(
    source: string,
    private readonly nested = false,
  ) {
    this.lines = source.split('\n');
    this.toks = tokenize(source);
  }

  /** `[NAME =] expressions NEWLINE`: the value of a one-statement module. */
  parseStatement(): ast.expr {
    if (this.peek(0).type === 'NAME' && this.peek(1).text === '=') this.pos += 2;
    const value = this.expressions();
    this.expect('NEWLINE');
    return value;
  }

  /** CPython's fstring start rule: star_expressions. */
  parseFString(): ast.expr {
    const value = this.expressions();
    if (this.peek().type !== 'NEWLINE' && this.peek().type !== 'ENDMARKER') this.invalid();
    return value;
  }

  readonly host: FStringHost = {
    parseFStringExpression: (source: string) => new StubParser(source, true).parseFString(),
    errorLocation: (token?: StringToken): ErrorLocation => {
      if (token) return this.location(token.lineno, token.col_offset, token.end_lineno, token.end_col_offset);
      const t = this.toks[this.furthest]!;
      return this.location(t.lineno, t.col, t.endLineno, t.endCol);
    },
  };

  // _PyPegen_raise_error_known_location: byte columns to code points, both counted from the
  // start of the error line (clamped to its length + 1). On the tokenizer's current line that
  // "line" is its whole buffer, which begins at the first line of a multi-line string that
  // ended on this line. Errors of a nested f-string parse follow the FStringHost contract
  // instead: each column on its own line.
  private location(lineno: number, col: number, endLineno: number, endCol: number): ErrorLocation {
    const current = this.toks[this.furthest]!;
    const chars = (l: number, byteCol: number): number => {
      const first = !this.nested && l === lineno && l === current.endLineno ? current.bufLine : l;
      const line = Buffer.from(this.lines.slice(first - 1, l).join('\n'), 'utf8');
      const n = Math.min(byteCol, line.length + 1);
      return Array.from(line.subarray(0, Math.min(n, line.length)).toString('utf8')).length + (n > line.length ? 1 : 0);
    };
    return { lineno, offset: chars(lineno, col + 1), end_lineno: endLineno, end_offset: chars(this.nested ? endLineno : lineno, endCol + 1) };
  }

  private peek(k = 0): Tok {
    const i = Math.min(this.pos + k, this.toks.length - 1);
    this.furthest = Math.max(this.furthest, i);
    return this.toks[i]!;
  }

  private next(): Tok {
    const t = this.peek();
    this.pos++;
    return t;
  }

  private accept(text: string): Tok | null {
    return this.peek().type === 'OP' && this.peek().text === text ? this.next() : null;
  }

  private expect(typeOrText: string): Tok {
    const t = this.peek();
    if (t.type === typeOrText || (t.type === 'OP' && t.text === typeOrText)) return this.next();
    this.invalid();
  }

  private invalid(): never {
    const t = this.toks[this.furthest]!;
    throw new PySyntaxError({ type: 'SyntaxError', msg: 'invalid syntax', ...this.location(t.lineno, t.col, t.endLineno, t.endCol) });
  }

  private startsExpression(): boolean {
    const t = this.peek();
    return t.type === 'NAME' || t.type === 'NUMBER' || t.type === 'STRING' || (t.type === 'OP' && '([{-+~'.includes(t.text));
  }

  /** CPython's EXTRA: from the rule's first token to the last token it consumed. */
  private span(start: Tok): Loc {
    const end = this.toks[this.pos - 1]!;
    return [start.lineno, start.col, end.endLineno, end.endCol];
  }

  private static tokLoc(a: Tok, b: Tok): Loc {
    return [a.lineno, a.col, b.endLineno, b.endCol];
  }

  /** star_expressions without parentheses: a bare tuple spans its first element to its last token. */
  private expressions(): ast.expr {
    const start = this.peek();
    const first = this.expression();
    if (this.peek().text !== ',') return first;
    const elts = [first];
    this.next();
    while (this.startsExpression()) {
      elts.push(this.expression());
      if (this.peek().text !== ',') break;
      this.next();
    }
    return ast.Tuple(elts, ast.Load, ...this.span(start));
  }

  private expression(): ast.expr {
    const start = this.peek();
    const left = this.sum();
    const ops: ast.cmpop[] = [];
    const comparators: ast.expr[] = [];
    for (;;) {
      const t = this.peek();
      const op = t.type === 'OP' ? ({ '<': ast.Lt, '>': ast.Gt, '==': ast.Eq, '!=': ast.NotEq, '<=': ast.LtE, '>=': ast.GtE } as Record<string, ast.cmpop>)[t.text] : undefined;
      if (!op) break;
      this.next();
      ops.push(op);
      comparators.push(this.sum());
    }
    if (ops.length === 0) return left;
    return ast.Compare(left, ops, comparators, ...this.span(start));
  }

  private binary(operand: () => ast.expr, table: Record<string, ast.operator>): ast.expr {
    const start = this.peek();
    let left = operand();
    for (;;) {
      const t = this.peek();
      const op = t.type === 'OP' ? table[t.text] : undefined;
      if (!op) return left;
      this.next();
      const right = operand();
      left = ast.BinOp(left, op, right, ...this.span(start));
    }
  }

  private sum(): ast.expr {
    return this.binary(() => this.term(), { '+': ast.Add, '-': ast.Sub });
  }

  private term(): ast.expr {
    return this.binary(() => this.factor(), { '*': ast.Mult, '/': ast.Div, '%': ast.Mod, '//': ast.FloorDiv });
  }

  private factor(): ast.expr {
    const t = this.peek();
    const op = t.type === 'OP' ? ({ '-': ast.USub, '+': ast.UAdd, '~': ast.Invert } as Record<string, ast.unaryop>)[t.text] : undefined;
    if (!op) return this.primary();
    this.next();
    const operand = this.factor();
    return ast.UnaryOp(op, operand, ...this.span(t));
  }

  private primary(): ast.expr {
    const start = this.peek();
    let e = this.atom();
    for (;;) {
      if (this.accept('.')) {
        const name = this.expect('NAME');
        e = ast.Attribute(e, name.text, ast.Load, ...this.span(start));
      } else if (this.accept('(')) {
        const args: ast.expr[] = [];
        const keywords: ast.keyword[] = [];
        while (!(this.peek().text === ')' && this.peek().type === 'OP')) {
          if (this.peek().type === 'NAME' && this.peek(1).text === '=') {
            const name = this.next();
            this.next();
            const value = this.expression();
            keywords.push(ast.keyword(name.text, value, ...this.span(name)));
          } else {
            const arg = this.expression();
            args.push(arg);
            if (this.peek().text !== ',' && this.peek().text !== ')') this.forgotComma(arg);
          }
          if (!this.accept(',')) break;
        }
        this.expect(')');
        e = ast.Call(e, args, keywords, ...this.span(start));
      } else if (this.accept('[')) {
        const index = this.expressions();
        this.expect(']');
        e = ast.Subscript(e, index, ast.Load, ...this.span(start));
      } else {
        return e;
      }
    }
  }

  private atom(): ast.expr {
    const t = this.peek();
    if (t.type === 'NAME') {
      if (UNSUPPORTED.has(t.text)) throw new Error(`stub parser: '${t.text}' is not supported`);
      this.next();
      const loc = StubParser.tokLoc(t, t);
      if (t.text === 'True' || t.text === 'False') return ast.Constant(t.text === 'True', null, ...loc);
      if (t.text === 'None') return ast.Constant(null, null, ...loc);
      return ast.Name(t.text, ast.Load, ...loc);
    }
    if (t.type === 'NUMBER') {
      this.next();
      return ast.Constant(parseNumber(t.text, t.lineno), null, ...StubParser.tokLoc(t, t));
    }
    if (t.type === 'STRING') {
      const tokens: StringToken[] = [];
      while (this.peek().type === 'STRING') {
        const s = this.next();
        tokens.push({ text: s.text, lineno: s.lineno, col_offset: s.col, end_lineno: s.endLineno, end_col_offset: s.endCol });
      }
      return concatenateStrings(tokens, this.host);
    }
    if (this.accept('(')) return this.parenthesized(t);
    if (this.accept('[')) {
      const elts = this.sequence(']');
      const close = this.expect(']');
      return ast.List(elts, ast.Load, ...StubParser.tokLoc(t, close));
    }
    if (this.accept('{')) {
      const keys: ast.expr[] = [];
      const values: ast.expr[] = [];
      while (this.startsExpression()) {
        keys.push(this.expression());
        if (!':,}'.includes(this.peek().text)) this.forgotComma(keys[keys.length - 1]!);
        if (keys.length === 1 && this.peek().text !== ':') {
          const elts = keys.concat(this.accept(',') ? this.sequence('}') : []);
          return ast.Set(elts, ...StubParser.tokLoc(t, this.expect('}')));
        }
        this.expect(':');
        values.push(this.expression());
        if (!this.accept(',')) break;
      }
      const close = this.expect('}');
      return ast.Dict(keys, values, ...StubParser.tokLoc(t, close));
    }
    this.invalid();
  }

  private sequence(close: string): ast.expr[] {
    const elts: ast.expr[] = [];
    while (this.startsExpression()) {
      elts.push(this.expression());
      if (this.peek().text !== ',') {
        if (this.peek().text !== close) this.forgotComma(elts[elts.length - 1]!);
        break;
      }
      this.next();
    }
    return elts;
  }

  // A group returns its inner expression unchanged; a tuple spans its parentheses.
  private parenthesized(open: Tok): ast.expr {
    if (this.peek().text === ')') return ast.Tuple([], ast.Load, ...StubParser.tokLoc(open, this.next()));
    const first = this.expression();
    if (this.peek().text === ')') {
      this.next();
      return first;
    }
    if (this.peek().text !== ',') this.forgotComma(first);
    this.next();
    const elts = [first, ...this.sequence(')')];
    const close = this.expect(')');
    return ast.Tuple(elts, ast.Load, ...StubParser.tokLoc(open, close));
  }

  // invalid_expression: two expressions in a row inside brackets.
  private forgotComma(a: ast.expr): never {
    if (!this.startsExpression()) this.invalid();
    const b = this.expression();
    const start = this.location(a.lineno, a.col_offset, b.end_lineno!, b.end_col_offset!);
    throw new PySyntaxError({ type: 'SyntaxError', msg: 'invalid syntax. Perhaps you forgot a comma?', ...start });
  }
}

/** The value of the single statement in `source`, parsed by the stub with concatenateStrings. */
export function parseWithStub(source: string): ast.expr {
  return new StubParser(source).parseStatement();
}
