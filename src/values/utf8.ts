// The one UTF-8 encoder of a single code point, shared by the stages that write UTF-8 by hand
// because TextEncoder cannot: it replaces lone surrogates, while marshal ("surrogatepass") and
// the tokenizer's byte view of a source ("surrogateescape") must keep them.

/** Writes code point `c` (surrogates included, as their 3-byte form) at out[n]; returns the new n. */
export function putUtf8CodePoint(out: Uint8Array, n: number, c: number): number {
  if (c < 0x80) out[n++] = c;
  else if (c < 0x800) {
    out[n++] = 0xc0 | (c >> 6);
    out[n++] = 0x80 | (c & 0x3f);
  } else if (c < 0x10000) {
    out[n++] = 0xe0 | (c >> 12);
    out[n++] = 0x80 | ((c >> 6) & 0x3f);
    out[n++] = 0x80 | (c & 0x3f);
  } else {
    out[n++] = 0xf0 | (c >> 18);
    out[n++] = 0x80 | ((c >> 12) & 0x3f);
    out[n++] = 0x80 | ((c >> 6) & 0x3f);
    out[n++] = 0x80 | (c & 0x3f);
  }
  return n;
}
