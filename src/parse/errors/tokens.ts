// CPython's token stream, rebuilt from the layout text for error reporting.
//
// The grammar matches characters, but pegen reports errors at tokens: "invalid syntax" at the
// furthest token fetched, RAISE_SYNTAX_ERROR at the last token fetched, `&&':'` at the token
// where the ':' should be, RAISE_SYNTAX_ERROR_KNOWN_LOCATION at a token's span. This table
// gives, for each token the parser can attempt, the fields pegen's Token has (Parser/pegen.c
// initialize_token): lineno, col_offset and end_col_offset in UTF-8 bytes (-1 for INDENT,
// DEDENT and ENDMARKER, which the tokenizer returns without a start), the bracket level after
// the token, and where the tokenizer stands once it has returned it (tok->cur), which some
// error paths use as a column.
import type { Layout } from '../../tokenize/layout.js';
import { DEDENT, ERROR_MARK, INDENT, SOFT_NEWLINE } from '../../tokenize/layout.js';
import { codeUnitBytes, type PositionMap } from '../../tokenize/positions.js';

export type TokenKind = 'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'ENDMARKER' | 'ERRORTOKEN';

export interface Token {
  kind: TokenKind;
  /** Position in the table. */
  index: number;
  /** Index in the layout text where the grammar meets this token. */
  at: number;
  /** Index in the layout text just after the token (== at for ENDMARKER). */
  end: number;
  text: string;
  lineno: number;
  /** Byte column of the start, or -1. */
  col: number;
  endLineno: number;
  /** Byte column of the end, or -1. */
  endCol: number;
  /** Bracket nesting after this token (tok->level). */
  level: number;
  /** tok->lineno and tok->cur - tok->line_start (bytes) once the token has been returned. */
  curLineno: number;
  curCol: number;
}

// Operators, longest first, as the tokenizer groups them (Parser/token.c).
const THREE = new Set(['**=', '//=', '>>=', '<<=', '...', '!=']);
const TWO = new Set(['**', '//', '<<', '>>', '<=', '>=', '==', '!=', '->', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=', ':=', '<>']);
const OPEN = '([{';
const CLOSE = ')]}';

const NUMBER = /(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?)/y;
const STRING_PREFIX = /(?:[rR][bBfF]?|[bBfF][rR]?|[uU])(?=['"])/y;

function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f
    || (c >= 0x80 && !(c >= 0xe000 && c <= 0xe003));
}

export class TokenTable {
  readonly tokens: Token[] = [];
  /** Token index by layout-text index of its start (-1 elsewhere). */
  private readonly byStart: Int32Array;
  private readonly source: string;
  private readonly lineStarts: number[];

  constructor(lay: Layout, private readonly positions: PositionMap, readonly text: string = lay.text) {
    this.source = lay.source;
    this.lineStarts = lay.lineStarts;
    this.byStart = new Int32Array(text.length + 1).fill(-1);
    this.scan();
  }

  /** The token the grammar meets at text index `at` (the first one starting at or after it). */
  tokenAt(at: number): Token {
    const i = at >= 0 && at < this.byStart.length ? this.byStart[at]! : -1;
    if (i >= 0) return this.tokens[i]!;
    let lo = 0;
    let hi = this.tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.end <= at) lo = mid + 1;
      else hi = mid;
    }
    return this.tokens[lo]!;
  }

  /** Index of the token that tokenAt(at) returns. */
  indexAt(at: number): number {
    return this.tokenAt(at).index;
  }

  /** The last token ending at or before text index `end` (pegen's p->tokens[p->mark - 1]). */
  tokenBefore(end: number): Token {
    let lo = 0;
    let hi = this.tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.tokens[mid]!.end <= end && this.tokens[mid]!.kind !== 'ENDMARKER') lo = mid;
      else hi = mid - 1;
    }
    return this.tokens[lo]!;
  }

  /** The text of line `lineno` as the error line CPython decodes (with its newline, if any). */
  lineText(lineno: number): string {
    const start = this.lineStarts[lineno - 1] ?? this.source.length;
    const next = this.lineStarts[lineno];
    return this.source.slice(start, next ?? this.source.length);
  }

  // ---------------------------------------------------------------- the scan
  private scan(): void {
    const text = this.text;
    // The tokenizer fails in the middle of the token it is reading: whatever the layout kept of
    // that token (up to its ERROR marker) is the error token, which the parser meets at its start.
    // The layout appends its ERROR marker last; a U+E003 elsewhere is the program's own character
    // (inside a string or comment).
    const errorAt = text.endsWith(ERROR_MARK) ? text.length - 1 : -1;
    let level = 0;
    let gapStart = -1; // where the tokenizer's tok->start would be for a NEWLINE (a comment)
    let i = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0c) { i++; continue; }
      if (c === 0xe002 /* SOFT_NEWLINE */) { gapStart = -1; i++; continue; }
      if (c === 0x23 /* # */) {
        if (gapStart < 0) gapStart = i;
        while (i < text.length && text[i] !== '\n' && text[i] !== SOFT_NEWLINE) i++;
        continue;
      }
      if (c === 0x5c /* \ */ && text.charCodeAt(i + 1) === 10) { gapStart = -1; i += 2; continue; }
      const start = i;
      if (text[i] === INDENT) { this.marker('INDENT', i, level); i++; continue; }
      if (text[i] === DEDENT) { this.marker('DEDENT', i, level); i++; continue; }
      if (i === errorAt) { this.marker('ERRORTOKEN', i, level); break; }
      if (c === 10) {
        this.newline(i, gapStart >= 0 ? gapStart : i, level);
        gapStart = -1;
        i++;
        continue;
      }
      gapStart = -1;
      let kind: TokenKind;
      STRING_PREFIX.lastIndex = i;
      const prefix = STRING_PREFIX.exec(text);
      if (prefix || c === 0x22 || c === 0x27) {
        i = this.stringEnd(prefix ? i + prefix[0].length : i);
        kind = 'STRING';
      } else if ((c >= 0x30 && c <= 0x39) || (c === 0x2e && text.charCodeAt(i + 1) >= 0x30 && text.charCodeAt(i + 1) <= 0x39)) {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        i += m ? m[0].length : 1;
        kind = 'NUMBER';
      } else if (isNameChar(c) && !(c >= 0x30 && c <= 0x39)) {
        while (i < text.length && isNameChar(text.charCodeAt(i))) i++;
        kind = 'NAME';
      } else {
        const three = text.slice(i, i + 3);
        const two = text.slice(i, i + 2);
        if (THREE.has(three)) i += 3;
        else if (TWO.has(two)) i += 2;
        else i += (text.codePointAt(i)! > 0xffff ? 2 : 1);
        kind = 'OP';
      }
      if (errorAt >= 0 && i >= errorAt) {
        this.marker('ERRORTOKEN', start, level, errorAt + 1);
        break;
      }
      if (kind === 'OP') {
        if (OPEN.includes(text[start]!)) level++;
        else if (CLOSE.includes(text[start]!) && level > 0) level--;
      }
      this.push(kind, start, i, start, i, level);
    }
    if (errorAt < 0) this.marker('ENDMARKER', text.length, level);
  }

  /** End of a string literal whose opening quote is at `q`. */
  private stringEnd(q: number): number {
    const text = this.text;
    const quote = text[q]!;
    const long = text.startsWith(quote.repeat(3), q);
    let i = q + (long ? 3 : 1);
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '\\') { i += 2; continue; }
      if (long ? text.startsWith(quote.repeat(3), i) : ch === quote) return i + (long ? 3 : 1);
      if (!long && ch === '\n') return i;
      i++;
    }
    return i;
  }

  private push(kind: TokenKind, at: number, end: number, srcFrom: number, srcTo: number, level: number): void {
    const p = this.positions;
    const s = p.sourceIndex(srcFrom);
    const e = p.sourceIndex(srcTo);
    const lineno = p.lineOf(s);
    const col = this.byteCol(lineno, s);
    const endLineno = e === s ? lineno : p.lineOf(e - 1);
    const endCol = this.byteCol(endLineno, e);
    this.add({
      kind, at, end, text: this.text.slice(at, end), lineno, col, endLineno, endCol, level,
      curLineno: endLineno, curCol: endCol,
    });
  }

  private newline(at: number, from: number, level: number): void {
    const p = this.positions;
    const s = p.sourceIndex(from);
    const nl = p.sourceIndex(at);
    const lineno = p.lineOf(nl);
    const start = this.byteCol(lineno, s);
    const col = this.byteCol(lineno, nl);
    // p_start is the comment (if any) before the newline; p_end leaves the '\n' out.
    this.add({
      kind: 'NEWLINE', at, end: at + 1, text: '\n', lineno, col: start, endLineno: lineno, endCol: col, level,
      curLineno: lineno, curCol: col + 1,
    });
  }

  // Byte columns, counted forward from the previous one: tokens come in source order, and a
  // long line must not be rescanned for each of its tokens.
  private cursorLine = 0;
  private cursorIndex = 0;
  private cursorCol = 0;

  private byteCol(lineno: number, s: number): number {
    if (lineno !== this.cursorLine || s < this.cursorIndex) {
      this.cursorLine = lineno;
      this.cursorIndex = this.lineStarts[lineno - 1] ?? this.source.length;
      this.cursorCol = 0;
    }
    const src = this.source;
    let col = this.cursorCol;
    for (let k = this.cursorIndex; k < s; k++) {
      const c = src.charCodeAt(k);
      col += c < 0x80 ? 1 : codeUnitBytes(src, k);
    }
    this.cursorIndex = s;
    this.cursorCol = col;
    return col;
  }

  /**
   * For input that does not end in a newline where CPython's tokenizer adds none (eval input):
   * the NEWLINE the layout appended is where that tokenizer returns ENDMARKER, with no start
   * (columns -1) and tok->cur at the end of the last line.
   */
  finalNewlineIsEndmarker(): void {
    const last = this.source.length - 1;
    for (let i = this.tokens.length - 1; i >= 0; i--) {
      const t = this.tokens[i]!;
      if (t.kind !== 'NEWLINE') continue;
      if (this.positions.sourceIndex(t.at) !== last) return;
      const lineno = this.positions.lineOf(last);
      const curCol = this.byteCol(lineno, last);
      this.tokens[i] = { ...t, kind: 'ENDMARKER', text: '', lineno, col: -1, endLineno: lineno, endCol: -1, curLineno: lineno, curCol };
      return;
    }
  }

  /** INDENT, DEDENT, ENDMARKER (no start: columns -1) and the tokenizer's error. */
  private marker(kind: TokenKind, at: number, level: number, end = kind === 'ENDMARKER' ? at : at + 1): void {
    const p = this.positions;
    const s = p.sourceIndex(at);
    let lineno: number;
    let curCol: number;
    if (s >= this.source.length) {
      // At the end of input the tokenizer is still on the last line, past its newline.
      lineno = Math.max(1, this.lineStarts.length - (this.source.endsWith('\n') ? 1 : 0));
      curCol = this.byteCol(lineno, this.source.length);
    } else {
      lineno = p.lineOf(s);
      curCol = this.byteCol(lineno, s);
    }
    this.add({ kind, at, end, text: '', lineno, col: -1, endLineno: lineno, endCol: -1, level, curLineno: lineno, curCol });
  }

  private add(t: Omit<Token, 'index'>): void {
    if (t.at < this.byStart.length && this.byStart[t.at] === -1) this.byStart[t.at] = this.tokens.length;
    this.tokens.push({ ...t, index: this.tokens.length });
  }
}
