// The zero-cost exception table of a 3.11 code object (Objects/exception_handling_notes.txt), as
// dis's `_parse_exception_table` reads it.

export interface ExceptionTableEntry {
  /** Byte offsets; `end` is exclusive. */
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

/** Entries in table order. A truncated last entry is dropped, as dis drops it. */
export function parseExceptionTable(table: Uint8Array): ExceptionTableEntry[] {
  const entries: ExceptionTableEntry[] = [];
  let pos = 0;
  // Big-endian 6-bit groups; bit 6 says another group follows (bit 7 marks an entry's start).
  const varint = (): number | null => {
    if (pos >= table.length) return null;
    let b = table[pos++]!;
    let val = b & 63;
    while (b & 64) {
      if (pos >= table.length) return null;
      val = val * 64;
      b = table[pos++]!;
      val += b & 63;
    }
    return val;
  };
  for (;;) {
    const start = varint();
    const length = varint();
    const target = varint();
    const dl = varint();
    if (start === null || length === null || target === null || dl === null) return entries;
    entries.push({ start: start * 2, end: start * 2 + length * 2, target: target * 2, depth: Math.floor(dl / 2), lasti: dl % 2 === 1 });
  }
}
