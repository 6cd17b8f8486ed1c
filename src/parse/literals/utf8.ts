// Column arithmetic between JavaScript strings (UTF-16) and CPython's positions: node
// columns count UTF-8 bytes, SyntaxError offsets count code points.

/** Bytes of `s` in UTF-8 (a lone surrogate counts 3, as if encoded with surrogatepass). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Index in `line` (UTF-16 units) of the character that starts at byte `byteCol`. */
export function indexOfByteColumn(line: string, byteCol: number): number {
  let bytes = 0;
  let i = 0;
  while (i < line.length && bytes < byteCol) {
    const cp = line.codePointAt(i)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp > 0xffff ? 2 : 1;
  }
  return i + (byteCol - bytes);
}

/** The 1-based byte column of the 1-based code point column `offset` of `line`. */
export function byteOffsetOfCodePointOffset(line: string, offset: number): number {
  let i = 0;
  let bytes = 0;
  let k = 1;
  for (; k < offset && i < line.length; k++) {
    const cp = line.codePointAt(i)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp > 0xffff ? 2 : 1;
  }
  return bytes + (offset - k) + 1;
}
