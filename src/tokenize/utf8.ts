// CPython's UTF-8 codec as the tokenizer meets it. Without a coding declaration CPython does not
// validate the bytes of a source given as bytes (`compile(bytes)`, `ast.parse(bytes)`, py_compile):
// the tokenizer reads them as they are, and only the code that decodes a piece of them reports
// the bytes it cannot decode. pyc decodes such a source with the "surrogateescape" error
// handler instead, so an undecodable byte 0xXX is the lone code point U+DCXX of the text (valid
// UTF-8 cannot encode a surrogate, so nothing else can produce one), and `sourceBytes` gives
// the original bytes back to whatever has to decode them as CPython does: names (layout.ts),
// string literals (parse/literals/strings.ts) and error columns (positions.ts).

import { putUtf8CodePoint } from '../values/utf8.js';

/** Why the bytes at `start` are not UTF-8, exactly as Objects/stringlib/codecs.h reports it. */
export interface Utf8Error {
  start: number;
  /** Exclusive. */
  end: number;
  reason: 'invalid start byte' | 'invalid continuation byte' | 'unexpected end of data';
}

const isContinuation = (b: number | undefined): boolean => b !== undefined && (b & 0xc0) === 0x80;

/**
 * The well-formed sequence at `s`: its length, or the error the decoder reports there (whose
 * `end - start` bytes an error handler replaces). `end` is the end of the data being decoded.
 */
function sequenceAt(b: Uint8Array, s: number, end: number): number | Utf8Error {
  const ch = b[s]!;
  if (ch < 0x80) return 1;
  const bad = (n: number): Utf8Error => ({ start: s, end: s + n, reason: 'invalid continuation byte' });
  const truncated: Utf8Error = { start: s, end, reason: 'unexpected end of data' };
  if (ch < 0xc2 || ch > 0xf4) return { start: s, end: s + 1, reason: 'invalid start byte' };
  const ch2 = b[s + 1];
  if (ch < 0xe0) {
    if (end - s < 2) return truncated;
    return isContinuation(ch2) ? 2 : bad(1);
  }
  if (ch < 0xf0) {
    // E0 needs A0..BF next (no overlong forms), ED needs 80..9F (no surrogates).
    if (end - s < 2) return truncated;
    if (!isContinuation(ch2) || (ch === 0xe0 && ch2! < 0xa0) || (ch === 0xed && ch2! >= 0xa0)) return bad(1);
    if (end - s < 3) return truncated;
    return isContinuation(b[s + 2]) ? 3 : bad(2);
  }
  // F0 needs 90..BF next, F4 needs 80..8F (nothing past U+10FFFF).
  if (end - s < 2) return truncated;
  if (!isContinuation(ch2) || (ch === 0xf0 && ch2! < 0x90) || (ch === 0xf4 && ch2! >= 0x90)) return bad(1);
  if (end - s < 3) return truncated;
  if (!isContinuation(b[s + 2])) return bad(2);
  if (end - s < 4) return truncated;
  return isContinuation(b[s + 3]) ? 4 : bad(3);
}

/** The first error strict decoding of `bytes` raises, or null for valid UTF-8. */
export function firstUtf8Error(bytes: Uint8Array): Utf8Error | null {
  for (let s = 0; s < bytes.length; ) {
    if (bytes[s]! < 0x80) {
      s++;
      continue;
    }
    const r = sequenceAt(bytes, s, bytes.length);
    if (typeof r !== 'number') return r;
    s += r;
  }
  return null;
}

/** str(UnicodeDecodeError) for `err` in `bytes`. */
export function utf8ErrorMessage(bytes: Uint8Array, err: Utf8Error, codec = 'utf-8'): string {
  const where =
    err.end === err.start + 1
      ? `byte 0x${bytes[err.start]!.toString(16).padStart(2, '0')} in position ${err.start}`
      : `bytes in position ${err.start}-${err.end - 1}`;
  return `'${codec}' codec can't decode ${where}: ${err.reason}`;
}

/** len(bytes.decode('utf-8', 'replace')): each error range counts as one U+FFFD. */
export function replaceDecodedLength(bytes: Uint8Array): number {
  let n = 0;
  for (let s = 0; s < bytes.length; n++) {
    if (bytes[s]! < 0x80) {
      s++;
      continue;
    }
    const r = sequenceAt(bytes, s, bytes.length);
    s = typeof r === 'number' ? s + r : r.end;
  }
  return n;
}

/** bytes.decode('utf-8', 'surrogateescape'), and whether any byte had to be escaped. */
export function decodeUtf8SurrogateEscape(bytes: Uint8Array): { text: string; escaped: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), escaped: false };
  } catch {
    // Decoded below, piece by piece.
  }
  const parts: string[] = [];
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let from = 0;
  for (let s = 0; s < bytes.length; ) {
    if (bytes[s]! < 0x80) {
      s++;
      continue;
    }
    const r = sequenceAt(bytes, s, bytes.length);
    if (typeof r === 'number') {
      s += r;
      continue;
    }
    parts.push(decoder.decode(bytes.subarray(from, s)));
    for (let k = r.start; k < r.end; k++) parts.push(String.fromCharCode(0xdc00 + bytes[k]!));
    s = from = r.end;
  }
  parts.push(decoder.decode(bytes.subarray(from)));
  return { text: parts.join(''), escaped: true };
}

/** Whether index `i` of `text` holds an escaped byte: U+DC80..U+DCFF not preceded by a high surrogate. */
export function isEscapedByte(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xdc80 || c > 0xdcff) return false;
  const p = i > 0 ? text.charCodeAt(i - 1) : 0;
  return !(p >= 0xd800 && p <= 0xdbff);
}

/** Whether text[from, to) holds an escaped byte. */
export function hasEscapedBytes(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc80 && c <= 0xdcff && isEscapedByte(text, i)) return true;
  }
  return false;
}

/**
 * The bytes CPython's tokenizer holds for `text`: UTF-8, with each escaped byte back as itself
 * (and any other lone surrogate in its 3-byte form, as "surrogatepass" would write it).
 */
export function sourceBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xdc80 && c <= 0xdcff && isEscapedByte(text, i)) {
      out[n++] = c - 0xdc00;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    n = putUtf8CodePoint(out, n, c);
  }
  return out.subarray(0, n);
}

/**
 * The UnicodeDecodeError message CPython's strict UTF-8 decoder gives for the escaped bytes of
 * `text` (positions count bytes of `text`), or null when `text` holds none.
 */
export function escapedBytesError(text: string): string | null {
  if (!hasEscapedBytes(text)) return null;
  const bytes = sourceBytes(text);
  const err = firstUtf8Error(bytes);
  return err === null ? null : utf8ErrorMessage(bytes, err);
}

/**
 * Code points of text[from, to) as CPython counts characters in a line it decoded with
 * errors="replace": as code points, except that each undecodable byte sequence counts once.
 */
export function replaceCountedLength(text: string, from: number, to: number): number {
  if (!hasEscapedBytes(text, from, to)) {
    let n = 0;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (!(c >= 0xdc00 && c <= 0xdfff && k > from && text.charCodeAt(k - 1) >= 0xd800 && text.charCodeAt(k - 1) <= 0xdbff)) n++;
    }
    return n;
  }
  return replaceDecodedLength(sourceBytes(text.slice(from, to)));
}

/**
 * _PyPegen_byte_offset_to_character_offset on the error line CPython builds from the
 * tokenizer's buffer (the line decoded with errors="replace"): how many characters the first
 * `col` bytes of that line's UTF-8 form hold. A cut character counts as one, and reading one
 * byte past the end counts the terminating NUL.
 */
export function pegenCharOffset(line: string, col: number): number {
  const bytes = sourceBytes(line);
  const replaced: number[] = [];
  for (let s = 0; s < bytes.length; ) {
    const r = bytes[s]! < 0x80 ? 1 : sequenceAt(bytes, s, bytes.length);
    if (typeof r === 'number') {
      for (let k = 0; k < r; k++) replaced.push(bytes[s + k]!);
      s += r;
    } else {
      replaced.push(0xef, 0xbf, 0xbd);
      s = r.end;
    }
  }
  const n = Math.max(0, Math.min(col, replaced.length + 1));
  if (n > replaced.length) return replaceDecodedLength(Uint8Array.from(replaced)) + 1;
  return replaceDecodedLength(Uint8Array.from(replaced.slice(0, n)));
}
