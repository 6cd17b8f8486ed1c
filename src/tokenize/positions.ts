// From indices in the matched text back to CPython's positions: 1-based lines and 0-based
// columns counted in UTF-8 bytes (AST nodes) or in code points (SyntaxError offsets).
import type { Layout } from './layout.js';

/** Marks a line whose byte columns are its code-unit columns. */
const ASCII_LINE = new Int32Array(0);

export class PositionMap {
  private readonly inserted: number[];
  private readonly lineStarts: number[];
  private readonly source: string;
  /** Per line: null when the line is ASCII (columns are code units), else a lazily built table. */
  private readonly byteCols = new Map<number, Int32Array>();
  private lastLine = 0;

  constructor(layout: Pick<Layout, 'inserted' | 'lineStarts' | 'source'>) {
    this.inserted = layout.inserted;
    this.lineStarts = layout.lineStarts;
    this.source = layout.source;
  }

  /** Index in the source of index `t` of the matched text. */
  sourceIndex(t: number): number {
    const ins = this.inserted;
    let lo = 0;
    let hi = ins.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ins[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    return t - lo;
  }

  /** 1-based line of a source index. */
  lineOf(s: number): number {
    const starts = this.lineStarts;
    // Positions arrive mostly in order: try the previous answer first.
    let line = this.lastLine;
    if (line < starts.length && starts[line]! <= s && (line + 1 >= starts.length || starts[line + 1]! > s)) return line + 1;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= s) lo = mid;
      else hi = mid - 1;
    }
    this.lastLine = lo;
    return lo + 1;
  }

  lineStart(lineno: number): number {
    return this.lineStarts[lineno - 1]!;
  }

  /** UTF-8 byte column of source index `s` on line `lineno`. */
  byteCol(lineno: number, s: number): number {
    const start = this.lineStarts[lineno - 1]!;
    let table = this.byteCols.get(lineno);
    if (table === ASCII_LINE) return s - start;
    if (table === undefined) {
      const end = lineno < this.lineStarts.length ? this.lineStarts[lineno]! : this.source.length;
      let ascii = true;
      for (let k = start; k < end; k++) if (this.source.charCodeAt(k) >= 0x80) { ascii = false; break; }
      if (ascii) {
        // Remember the answer: long ASCII lines are common and asked about once per token.
        this.byteCols.set(lineno, ASCII_LINE);
        return s - start;
      }
      table = new Int32Array(end - start + 1);
      let bytes = 0;
      for (let k = start; k < end; k++) {
        table[k - start] = bytes;
        const c = this.source.charCodeAt(k);
        bytes += c < 0x80 ? 1 : codeUnitBytes(this.source, k);
      }
      table[end - start] = bytes;
      this.byteCols.set(lineno, table);
    }
    return table[s - start]!;
  }

  /** Code points from the start of line `lineno` to source index `s`. */
  charCol(lineno: number, s: number): number {
    const start = this.lineStarts[lineno - 1]!;
    let n = 0;
    for (let k = start; k < s; k++) {
      const c = this.source.charCodeAt(k);
      if (!(c >= 0xdc00 && c <= 0xdfff && k > start && this.source.charCodeAt(k - 1) >= 0xd800 && this.source.charCodeAt(k - 1) <= 0xdbff)) n++;
    }
    return n;
  }

  /** The text of line `lineno` without its newline. */
  lineText(lineno: number): string {
    const start = this.lineStarts[lineno - 1] ?? this.source.length;
    let end = this.source.indexOf('\n', start);
    if (end < 0) end = this.source.length;
    return this.source.slice(start, end);
  }
}

/**
 * The UTF-8 bytes that UTF-16 unit `k` of the source stands for in CPython's columns: a
 * surrogate pair counts 4 at its high half and 0 at its low half, and a lone U+DC80..U+DCFF is
 * an undecodable source byte (see utf8.ts), so 1.
 */
export function codeUnitBytes(source: string, k: number): number {
  const c = source.charCodeAt(k);
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdbff) return 4;
  if (c >= 0xdc00 && c <= 0xdfff) {
    const p = k > 0 ? source.charCodeAt(k - 1) : 0;
    if (p >= 0xd800 && p <= 0xdbff) return 0;
    return c >= 0xdc80 && c <= 0xdcff ? 1 : 3;
  }
  return 3;
}
