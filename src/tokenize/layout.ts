// The layout pre-pass: CPython's tokenizer (Parser/tokenizer.c, 3.11) reduced to what a
// character-level grammar cannot see for itself. It walks the source once, as tok_get does,
// and produces the text the Ohm grammar matches:
//   * INDENT / DEDENT markers before the first token of a logical line whose indentation
//     changes (tabs to the next multiple of 8, checked against tabs-as-1 for TabError);
//   * line breaks that are not NEWLINE tokens (inside brackets, blank and comment-only lines)
//     replaced by SOFT_NEWLINE, which the grammar treats as space;
//   * the first lexical error, with CPython's message and position; the text stops there with
//     an ERROR marker so that matching cannot go past it.
// Every character of the source keeps its place; only markers are inserted, and
// `PositionMap` (positions.ts) undoes that for AST positions.
import type { SyntaxErrorInfo } from '../diagnostics/syntax-error.js';
import {
  hex4, isDigit, isHexDigit, isPotentialIdentifierChar, isPotentialIdentifierStart, isPrintable, scanIdentifier,
} from './characters.js';
import { escapedBytesError, pegenCharOffset, replaceCountedLength, sourceBytes } from './utf8.js';

export const INDENT = '\u{E000}';
export const DEDENT = '\u{E001}';
export const SOFT_NEWLINE = '\u{E002}';
export const ERROR_MARK = '\u{E003}';

const TAB_SIZE = 8;
const MAX_INDENT = 100;
const MAX_LEVEL = 200;

/**
 * How a tokenizer error takes part in error reporting (see src/parse/errors.ts):
 * - `raised`: tokenizer.c raised the SyntaxError itself (syntaxerror()); such an error also
 *   wins over a parser error reported earlier in the file.
 * - `eof`, `dedent`, `tabspace`, `toodeep`, `linecont`: the tokenizer only set `tok->done`;
 *   the parser turns it into an error when it reaches that point.
 * - `decode`: a name whose bytes are not UTF-8 (E_DECODE). The parser raises "(unicode error)
 *   ..." when it reaches it; when the parser failed earlier, CPython's search of the rest of the
 *   source lets the UnicodeDecodeError itself escape, which pyc does not model.
 */
export type TokenizerErrorKind = 'raised' | 'eof' | 'dedent' | 'tabspace' | 'toodeep' | 'linecont' | 'decode';

export interface TokenizerError {
  kind: TokenizerErrorKind;
  /** The error as CPython reports it (for `raised`, `dedent`, `tabspace`, `toodeep`, `linecont`). */
  info: SyntaxErrorInfo | null;
  /** Index in the source where the tokenizer stopped. */
  sourceIndex: number;
}

export interface OpenBracket {
  char: string;
  lineno: number;
  /** 0-based column in code points. */
  col: number;
}

export interface Layout {
  /** The source as the tokenizer reads it: newlines normalized, a final newline added. */
  source: string;
  /** The text the grammar matches. */
  text: string;
  /** Indices in `text` of inserted marker characters, ascending. */
  inserted: number[];
  /** Start of each line in `source` (index 0 is line 1). */
  lineStarts: number[];
  error: TokenizerError | null;
  /** Brackets still open where the tokenizer stopped (innermost last). */
  openBrackets: OpenBracket[];
  /** Indices in `text` where a top-level statement may begin (the start of a logical line at column 0). */
  topLevelStarts: number[];
}

const CLOSING: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

export interface LayoutOptions {
  /**
   * Whether CPython's tokenizer knows the source's encoding (str input, or a file with a BOM or
   * a coding declaration): errors that go through the parser (`decode`, `linecont`, `dedent`,
   * `eof`) then count characters, otherwise UTF-8 bytes. Default true.
   */
  convertToChars?: boolean;
}

/**
 * SyntaxWarnings the tokenizer issues (parser_warn: a number glued to a keyword), collected for
 * whoever compiles on the VM; the consumer empties the list.
 */
export const tokenizerWarnings: { message: string; lineno: number; offset: number }[] = [];

export function layout(input: string, options: LayoutOptions = {}): Layout {
  return new LayoutScanner(input, options.convertToChars ?? true).run();
}

class LayoutScanner {
  private readonly src: string;
  private pieces: string[] = [];
  private copiedUpTo = 0;
  private textLength = 0;
  private readonly inserted: number[] = [];
  private readonly lineStarts: number[] = [0];
  private readonly topLevelStarts: number[] = [];
  private readonly indents = [0];
  private readonly altIndents = [0];
  private readonly brackets: { char: string; lineno: number; col: number }[] = [];
  private error: TokenizerError | null = null;
  private i = 0;
  private lineno = 1;
  private lineStart = 0;

  constructor(input: string, private readonly convertToChars: boolean) {
    this.src = input.length > 0 && !input.endsWith('\n') ? input + '\n' : input;
    for (let k = 0; k < this.src.length; k++) if (this.src.charCodeAt(k) === 10) this.lineStarts.push(k + 1);
  }

  run(): Layout {
    this.scan();
    if (!this.error) {
      this.copyTo(this.src.length);
      for (let n = this.indents.length - 1; n > 0; n--) this.insert(DEDENT);
    }
    return {
      source: this.src,
      text: this.pieces.join(''),
      inserted: this.inserted,
      lineStarts: this.lineStarts,
      error: this.error,
      openBrackets: this.brackets.map((b) => ({ ...b })),
      topLevelStarts: this.topLevelStarts,
    };
  }

  // ------------------------------------------------------------------ output
  private copyTo(index: number): void {
    if (index > this.copiedUpTo) {
      this.pieces.push(this.src.slice(this.copiedUpTo, index));
      this.textLength += index - this.copiedUpTo;
      this.copiedUpTo = index;
    }
  }

  private insert(marker: string): void {
    this.inserted.push(this.textLength);
    this.pieces.push(marker);
    this.textLength += 1;
  }

  private soften(index: number): void {
    this.replaceChar(index, SOFT_NEWLINE);
  }

  /** Puts `by` in the text in place of the source character at `index` (one code unit). */
  private replaceChar(index: number, by: string): void {
    this.copyTo(index);
    this.pieces.push(by);
    this.textLength += 1;
    this.copiedUpTo = index + 1;
  }

  // ------------------------------------------------------------------ errors
  /**
   * Characters from the start of the current line to `index`: CPython's character offsets, which
   * it counts on the line decoded with errors="replace" (one per undecodable byte sequence).
   */
  private charsTo(index: number, lineStart = this.lineStart): number {
    return replaceCountedLength(this.src, lineStart, index);
  }

  /**
   * The offset of an error the parser raises for the tokenizer (pegen's
   * _PyPegen_raise_error_known_location) at a 1-based column that ends at `index` of the
   * current line: UTF-8 bytes, converted to characters only when the tokenizer knows the
   * encoding.
   */
  private parserOffset(index: number): number {
    const col = sourceBytes(this.src.slice(this.lineStart, index)).length;
    if (!this.convertToChars) return col;
    const lineEnd = this.src.indexOf('\n', this.lineStart);
    return pegenCharOffset(this.src.slice(this.lineStart, lineEnd < 0 ? this.src.length : lineEnd + 1), col);
  }

  private stop(kind: TokenizerErrorKind, at: number, info: SyntaxErrorInfo | null): false {
    // The text ends where the tokenizer stopped, but never with a marker character of the
    // source (U+E000..U+E003 outside a string are errors themselves): the grammar would take
    // it for an INDENT, DEDENT or line break before it reaches the error.
    let end = Math.min(at, this.src.length);
    while (end > this.copiedUpTo && isMarker(this.src.charCodeAt(end - 1))) end--;
    this.copyTo(end);
    this.insert(ERROR_MARK);
    this.error = { kind, info, sourceIndex: at };
    return false;
  }

  /** tokenizer.c's syntaxerror(): the offset is the character count up to the scan position. */
  private raise(msg: string, cur: number, lineno = this.lineno, lineStart = this.lineStart): false {
    const offset = this.charsTo(cur, lineStart);
    return this.stop('raised', cur, { type: 'SyntaxError', msg, lineno, offset, end_lineno: lineno, end_offset: offset });
  }

  private raiseRange(msg: string, colOffset: number, endColOffset: number, at: number): false {
    return this.stop('raised', at, { type: 'SyntaxError', msg, lineno: this.lineno, offset: colOffset, end_lineno: this.lineno, end_offset: endColOffset });
  }

  /**
   * The undecodable name from `start` to `cur`: _Pypegen_raise_decode_error's RAISE_SYNTAX_ERROR
   * at an error token without columns, so at tok->cur (bytes from the line start, converted to
   * characters when the tokenizer knows the encoding) and without an end. The parser meets the
   * error token where the name begins.
   */
  private decodeError(reason: string, start: number, cur: number): false {
    const offset = this.parserOffset(cur);
    return this.stop('decode', start, { type: 'SyntaxError', msg: `(unicode error) ${reason}`, lineno: this.lineno, offset, end_lineno: this.lineno, end_offset: -1 });
  }

  // ------------------------------------------------------------------ the scan
  private code(k: number): number {
    return k < this.src.length ? this.src.charCodeAt(k) : -1;
  }

  private newLine(nextLineStart: number): void {
    this.lineno++;
    this.lineStart = nextLineStart;
  }

  private scan(): void {
    const src = this.src;
    let atLineStart = true;
    let blankLine = false;
    while (true) {
      if (atLineStart) {
        atLineStart = false;
        const r = this.indentation();
        if (r === null) return;
        blankLine = r;
      }
      // Skip blanks between tokens.
      let c = this.code(this.i);
      while (c === 0x20 || c === 0x09 || c === 0x0c) c = this.code(++this.i);
      if (c === -1) {
        if (this.brackets.length > 0) this.stop('eof', this.i, null);
        return;
      }
      const start = this.i;
      if (c === 0x23 /* # */) {
        for (; this.i < src.length && src.charCodeAt(this.i) !== 10; this.i++) {
          // A marker character in a comment would end the comment or the match: blank it out.
          if (isMarker(src.charCodeAt(this.i))) this.replaceChar(this.i, ' ');
        }
        continue;
      }
      if (c === 10) {
        if (blankLine || this.brackets.length > 0) this.soften(this.i);
        this.i++;
        this.newLine(this.i);
        atLineStart = true;
        continue;
      }
      if (c === 0x5c /* \ */) {
        if (!this.continuationLine(this.i)) return;
        this.i += 2;
        continue;
      }
      if (isPotentialIdentifierStart(c)) {
        if (!this.identifierOrString(start)) return;
        continue;
      }
      if (isDigit(c) || (c === 0x2e && isDigit(this.code(this.i + 1)))) {
        if (!this.number(start)) return;
        continue;
      }
      if (c === 0x22 || c === 0x27) {
        if (!this.string(start)) return;
        continue;
      }
      if (c === 0x28 || c === 0x5b || c === 0x7b) {
        if (this.brackets.length >= MAX_LEVEL) return void this.raise('too many nested parentheses', this.i + 1);
        this.brackets.push({ char: src[this.i]!, lineno: this.lineno, col: this.charsTo(this.i) });
        this.i++;
        continue;
      }
      if (c === 0x29 || c === 0x5d || c === 0x7d) {
        const ch = src[this.i]!;
        this.i++;
        const open = this.brackets.pop();
        if (!open) return void this.raise(`unmatched '${ch}'`, this.i);
        if (open.char !== CLOSING[ch]) {
          const where = open.lineno !== this.lineno ? ` on line ${open.lineno}` : '';
          return void this.raise(`closing parenthesis '${ch}' does not match opening parenthesis '${open.char}'${where}`, this.i);
        }
        continue;
      }
      const cp = src.codePointAt(this.i)!;
      if (!isPrintable(cp)) {
        return void this.raise(`invalid non-printable character U+${hex4(cp)}`, this.i + 1);
      }
      // Operators and anything else the grammar will judge.
      this.i += cp > 0xffff ? 2 : 1;
    }
  }

  /**
   * tok_continuation_line: the backslash at `k` must end its line, and input must follow.
   * On success the line count has moved to the next line; the caller moves past the newline.
   */
  private continuationLine(k: number): boolean {
    if (this.code(k + 1) !== 10) {
      return this.stop('linecont', k + 1, {
        type: 'SyntaxError', msg: 'unexpected character after line continuation character',
        lineno: this.lineno, offset: this.parserOffset(k + 2), end_lineno: this.lineno, end_offset: 0,
      });
    }
    if (k + 2 >= this.src.length) {
      // E_EOF with tok->cur at the end of input: pegen reports the last line, up to its end.
      return this.stop('eof', k + 2, {
        type: 'SyntaxError', msg: 'unexpected EOF while parsing',
        lineno: this.lineno, offset: this.parserOffset(k + 2), end_lineno: this.lineno, end_offset: -1,
      });
    }
    this.newLine(k + 2);
    return true;
  }

  /**
   * At the start of a line: measure indentation and emit INDENT/DEDENT markers, as tok_get
   * does when `atbol` is set. A backslash continuation inside the indentation is followed, and
   * the column of the first one found is the line's indentation. Returns whether the line is
   * blank (comment-only or empty), or null after an error.
   */
  private indentation(): boolean | null {
    let col = 0;
    let altcol = 0;
    let contLineCol = 0;
    let k = this.i;
    for (;; k++) {
      const c = this.code(k);
      if (c === 0x20) { col++; altcol++; }
      else if (c === 0x09) { col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE; altcol++; }
      else if (c === 0x0c) { col = 0; altcol = 0; }
      else if (c === 0x5c) {
        contLineCol = contLineCol || col; // as tokenizer.c: a first backslash at column 0 sets nothing
        if (!this.continuationLine(k)) {
          this.i = k;
          return null;
        }
        k++; // and the loop's k++ steps past the newline
      }
      else break;
    }
    const c = this.code(k);
    const blank = c === 0x23 || c === 10;
    if (c === -1) {
      this.i = k;
      return false;
    }
    if (!blank && this.brackets.length === 0) {
      if (contLineCol) col = altcol = contLineCol;
      const top = this.indents.length - 1;
      if (col === this.indents[top]) {
        if (altcol !== this.altIndents[top]) return this.tabError(k);
      } else if (col > this.indents[top]!) {
        if (this.indents.length >= MAX_INDENT) {
          this.i = k;
          this.stop('toodeep', k, { type: 'IndentationError', msg: 'too many levels of indentation', ...this.atLineStartPosition() });
          return null;
        }
        if (altcol <= this.altIndents[top]!) return this.tabError(k);
        this.indents.push(col);
        this.altIndents.push(altcol);
        this.copyTo(k);
        this.insert(INDENT);
      } else {
        let dedents = 0;
        while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]!) {
          this.indents.pop();
          this.altIndents.pop();
          dedents++;
        }
        if (col !== this.indents[this.indents.length - 1]) {
          this.i = k;
          // E_DEDENT leaves tok->cur at the end of the line, and pegen reports it there.
          const lineEnd = this.src.indexOf('\n', k);
          this.stop('dedent', k, {
            type: 'IndentationError', msg: 'unindent does not match any outer indentation level',
            lineno: this.lineno, offset: this.parserOffset(lineEnd + 1), end_lineno: this.lineno, end_offset: -1,
          });
          return null;
        }
        if (altcol !== this.altIndents[this.altIndents.length - 1]) return this.tabError(k);
        this.copyTo(k);
        for (let n = 0; n < dedents; n++) this.insert(DEDENT);
      }
      if (col === 0) {
        this.copyTo(k);
        this.topLevelStarts.push(this.textLength);
      }
    }
    this.i = k;
    return blank;
  }

  /** Where pegen puts E_TABSPACE and E_TOODEEP: column 0 of the line, with no end column. */
  private atLineStartPosition(): Pick<SyntaxErrorInfo, 'lineno' | 'offset' | 'end_lineno' | 'end_offset'> {
    return { lineno: this.lineno, offset: 1, end_lineno: this.lineno, end_offset: 0 };
  }

  private tabError(k: number): null {
    this.i = k;
    this.stop('tabspace', k, { type: 'TabError', msg: 'inconsistent use of tabs and spaces in indentation', ...this.atLineStartPosition() });
    return null;
  }

  /** A name, or a string with a prefix (b, r, u, f and their legal combinations). */
  private identifierOrString(start: number): boolean {
    let sawB = false, sawR = false, sawU = false, sawF = false;
    let c = this.code(this.i);
    for (;;) {
      if (!(sawB || sawU || sawF) && (c === 0x62 || c === 0x42)) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c === 0x75 || c === 0x55)) sawU = true;
      else if (!(sawR || sawU) && (c === 0x72 || c === 0x52)) sawR = true;
      else if (!(sawF || sawB || sawU) && (c === 0x66 || c === 0x46)) sawF = true;
      else break;
      c = this.code(++this.i);
      if (c === 0x22 || c === 0x27) return this.string(start);
    }
    let nonAscii = false;
    while (c !== -1 && isPotentialIdentifierChar(c)) {
      if (c >= 0x80) nonAscii = true;
      c = this.code(++this.i);
    }
    if (nonAscii) {
      const name = this.src.slice(start, this.i);
      // verify_identifier decodes the name's bytes first: E_DECODE, which pegen raises as
      // "(unicode error) ..." at the error token, whose column is where the tokenizer stands.
      const decodeError = escapedBytesError(name);
      if (decodeError !== null) return this.decodeError(decodeError, start, this.i);
      const bad = scanIdentifier(name);
      if (bad >= 0) {
        const chars = Array.from(name);
        const ch = chars[bad]!.codePointAt(0)!;
        const cur = start + chars.slice(0, bad + 1).join('').length;
        const msg = isPrintable(ch) ? `invalid character '${String.fromCodePoint(ch)}' (U+${hex4(ch)})` : `invalid non-printable character U+${hex4(ch)}`;
        return this.raise(msg, cur);
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ numbers (tok_get's number branch)
  private decimalTail(): number | null {
    let c: number;
    for (;;) {
      do c = this.code(++this.i); while (isDigit(c));
      if (c !== 0x5f) break;
      c = this.code(++this.i);
      if (!isDigit(c)) {
        this.raise('invalid decimal literal', this.i);
        return null;
      }
    }
    return c;
  }

  private lookaheadWord(rest: string): boolean {
    for (let k = 0; k < rest.length; k++) if (this.code(this.i + 1 + k) !== rest.charCodeAt(k)) return false;
    const after = this.code(this.i + 1 + rest.length);
    return !(after !== -1 && isPotentialIdentifierChar(after));
  }

  /** verify_end_of_number: a number glued to a name is an error, except before a keyword. */
  private verifyEndOfNumber(c: number, kind: string): boolean {
    let keyword = false;
    if (c === 0x61) keyword = this.lookaheadWord('nd');
    else if (c === 0x65) keyword = this.lookaheadWord('lse');
    else if (c === 0x66) keyword = this.lookaheadWord('or');
    else if (c === 0x69) { const c2 = this.code(this.i + 1); keyword = c2 === 0x66 || c2 === 0x6e || c2 === 0x73; }
    else if (c === 0x6f) keyword = this.lookaheadWord('r');
    else if (c === 0x6e) keyword = this.lookaheadWord('ot');
    if (keyword) {
      // 3.11 only warns (parser_warn: SyntaxWarning, at the keyword)
      const w = { message: `invalid ${kind} literal`, lineno: this.lineno, offset: this.charsTo(this.i, this.lineStart) };
      if (!tokenizerWarnings.some((x) => x.message === w.message && x.lineno === w.lineno && x.offset === w.offset)) tokenizerWarnings.push(w);
      return true;
    }
    // Only an ASCII name character: a non-ASCII one starts a NAME token of its own.
    if (c !== -1 && c < 0x80 && isPotentialIdentifierChar(c)) return this.raise(`invalid ${kind} literal`, this.i);
    return true;
  }

  private number(start: number): boolean {
    let c = this.code(this.i);
    if (c === 0x2e) {
      // ".5": straight to the fraction.
      c = this.code(++this.i);
      return this.fraction(c);
    }
    if (c === 0x30) {
      c = this.code(++this.i);
      if (c === 0x78 || c === 0x58) return this.radix(16, 'hexadecimal');
      if (c === 0x6f || c === 0x4f) return this.radix(8, 'octal');
      if (c === 0x62 || c === 0x42) return this.radix(2, 'binary');
      let nonzero = false;
      for (;;) {
        if (c === 0x5f) {
          c = this.code(++this.i);
          if (!isDigit(c)) return this.raise('invalid decimal literal', this.i);
        }
        if (c !== 0x30) break;
        c = this.code(++this.i);
      }
      const zerosEnd = this.i + 1;
      if (isDigit(c)) {
        nonzero = true;
        this.i--;
        const t = this.decimalTail();
        if (t === null) return false;
        c = t;
      }
      if (c === 0x2e) return this.fraction(this.code(++this.i));
      if (c === 0x65 || c === 0x45) return this.exponent(c);
      if (c === 0x6a || c === 0x4a) return this.imaginary();
      if (nonzero) {
        return this.raiseRange(
          'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
          this.charsTo(start) + 1, this.charsTo(zerosEnd), this.i);
      }
      return this.verifyEndOfNumber(c, 'decimal');
    }
    this.i--;
    const t = this.decimalTail();
    if (t === null) return false;
    c = t;
    if (c === 0x2e) return this.fraction(this.code(++this.i));
    if (c === 0x65 || c === 0x45) return this.exponent(c);
    if (c === 0x6a || c === 0x4a) return this.imaginary();
    return this.verifyEndOfNumber(c, 'decimal');
  }

  private fraction(c: number): boolean {
    if (isDigit(c)) {
      this.i--;
      const t = this.decimalTail();
      if (t === null) return false;
      c = t;
    }
    if (c === 0x65 || c === 0x45) return this.exponent(c);
    if (c === 0x6a || c === 0x4a) return this.imaginary();
    return this.verifyEndOfNumber(c, 'decimal');
  }

  private exponent(e: number): boolean {
    const ePos = this.i;
    let c = this.code(++this.i);
    if (c === 0x2b || c === 0x2d) {
      c = this.code(++this.i);
      if (!isDigit(c)) return this.raise('invalid decimal literal', this.i);
    } else if (!isDigit(c)) {
      // "1e" followed by something else: the number ends before the 'e'.
      this.i = ePos;
      return this.verifyEndOfNumber(e, 'decimal');
    }
    this.i--;
    const t = this.decimalTail();
    if (t === null) return false;
    c = t;
    if (c === 0x6a || c === 0x4a) return this.imaginary();
    return this.verifyEndOfNumber(c, 'decimal');
  }

  private imaginary(): boolean {
    const c = this.code(++this.i);
    return this.verifyEndOfNumber(c, 'imaginary');
  }

  private radix(base: 16 | 8 | 2, kind: string): boolean {
    const isRadixDigit = base === 16 ? isHexDigit : base === 8 ? (d: number) => d >= 0x30 && d <= 0x37 : (d: number) => d === 0x30 || d === 0x31;
    let c = this.code(++this.i);
    do {
      if (c === 0x5f) c = this.code(++this.i);
      if (!isRadixDigit(c)) {
        if (base !== 16 && isDigit(c)) return this.raise(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, this.i + 1);
        return this.raise(`invalid ${kind} literal`, this.i);
      }
      do c = this.code(++this.i); while (isRadixDigit(c));
    } while (c === 0x5f);
    if (base !== 16 && isDigit(c)) return this.raise(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, this.i + 1);
    return this.verifyEndOfNumber(c, kind);
  }

  // ------------------------------------------------------------------ strings
  private string(start: number): boolean {
    const firstLine = this.lineno;
    const firstLineStart = this.lineStart;
    const quote = this.code(this.i);
    let quoteSize = 1;
    let endQuoteSize = 0;
    let c = this.code(++this.i);
    if (c === quote) {
      c = this.code(++this.i);
      if (c === quote) {
        quoteSize = 3;
        this.i++;
      } else {
        endQuoteSize = 1; // an empty string
      }
    }
    while (endQuoteSize !== quoteSize) {
      c = this.code(this.i++);
      if (c === -1 || (quoteSize === 1 && c === 10)) {
        // At the end of input the final newline has been read already: CPython's line count
        // has not moved past it yet.
        const detected = c === -1 ? this.lineno - 1 : this.lineno;
        const msg = quoteSize === 3
          ? `unterminated triple-quoted string literal (detected at line ${detected})`
          : `unterminated string literal (detected at line ${this.lineno})`;
        return this.raise(msg, start + 1, firstLine, firstLineStart);
      }
      if (c === quote) {
        endQuoteSize++;
      } else {
        endQuoteSize = 0;
        if (c === 10) this.newLine(this.i);
        if (c === 0x5c) {
          const escaped = this.code(this.i++);
          if (escaped === 10) this.newLine(this.i);
          else if (escaped === -1) this.i--;
        }
      }
    }
    return true;
  }
}

/** The characters the layout uses as markers (INDENT, DEDENT, SOFT_NEWLINE, ERROR_MARK). */
function isMarker(c: number): boolean {
  return c >= 0xe000 && c <= 0xe003;
}
