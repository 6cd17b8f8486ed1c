// Reading the PEP 657 location table of a 3.11 code object (Objects/locations.md) into the
// (start, end, line) ranges of `code.co_lines()`, and dis's `findlinestarts` on top of them.

import type { PyCode } from '../bytecode/code.js';

export interface LineRange {
  /** Byte offsets into co_code, end exclusive. */
  start: number;
  end: number;
  /** null for instructions without a line (the "no location" entries). */
  line: number | null;
}

const NO_LOCATION = 15;
const LONG_FORM = 14;
const NO_COLUMNS = 13;
const ONE_LINE_0 = 10;
const ONE_LINE_2 = 12;

/** The ranges the location table describes, one per entry, as `_PyLineTable_NextAddressRange` walks them. */
export function lineRanges(linetable: Uint8Array, firstlineno: number): LineRange[] {
  const out: LineRange[] = [];
  let pos = 0;
  let end = 0;
  let line = firstlineno;
  const varint = (): number => {
    let read = linetable[pos++]!;
    let val = read & 63;
    let shift = 0;
    while (read & 64) {
      read = linetable[pos++]!;
      shift += 6;
      val |= (read & 63) << shift;
    }
    return val >>> 0;
  };
  const svarint = (): number => {
    const u = varint();
    return u & 1 ? -(u >>> 1) : u >>> 1;
  };
  while (pos < linetable.length) {
    const first = linetable[pos]!;
    const code = (first >> 3) & 15;
    const start = end;
    end += ((first & 7) + 1) * 2;
    // Only the line delta matters here: `get_line_delta` reads it, the rest is skipped below.
    pos++;
    if (code === NO_COLUMNS || code === LONG_FORM) line += svarint();
    else if (code >= ONE_LINE_0 && code <= ONE_LINE_2) line += code - ONE_LINE_0;
    out.push({ start, end, line: code === NO_LOCATION ? null : line });
    while (pos < linetable.length && (linetable[pos]! & 128) === 0) pos++;
  }
  return out;
}

/** `code.co_lines()`: the ranges with neighbours of the same line merged, as `lineiter_next` does. */
export function coLines(code: PyCode): LineRange[] {
  const out: LineRange[] = [];
  for (const r of lineRanges(code.co_linetable, code.co_firstlineno)) {
    const last = out[out.length - 1];
    if (last !== undefined && last.line === r.line && last.end === r.start) last.end = r.end;
    else out.push({ ...r });
  }
  return out;
}

/** `dis.findlinestarts`: offset -> line for each instruction that starts a new line. */
export function findLinestarts(code: PyCode): Map<number, number> {
  const starts = new Map<number, number>();
  let lastline: number | null = null;
  for (const { start, line } of coLines(code)) {
    if (line !== null && line !== lastline) {
      lastline = line;
      starts.set(start, line);
    }
  }
  return starts;
}
