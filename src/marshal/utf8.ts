// UTF-8 with Python's "surrogatepass" error handler, which marshal uses for str: a lone
// surrogate is written as its 3-byte pattern instead of failing, so every Python str survives.
// TextEncoder/TextDecoder would replace lone surrogates with U+FFFD.

import { pyStr, type PyStr } from '../values/index.js';
import { MarshalError } from './types.js';
import { putUtf8CodePoint } from '../values/utf8.js';

export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

export function encodeUtf8Surrogatepass(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 3);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    n = putUtf8CodePoint(out, n, c);
  }
  return out.subarray(0, n);
}

/** The same for a str held as code points: each surrogate code point is written on its own. */
export function encodeCodePointsUtf8Surrogatepass(codePoints: Uint32Array): Uint8Array {
  const out = new Uint8Array(codePoints.length * 4);
  let n = 0;
  for (const c of codePoints) n = putUtf8CodePoint(out, n, c);
  return out.subarray(0, n);
}

/**
 * Strict UTF-8 decoding, except that encoded surrogates (ED A0..BF xx) are accepted. An encoded
 * high surrogate directly followed by an encoded low one stays two code points, so such a str
 * comes back as a PyStrCodePoints.
 */
export function decodeUtf8Surrogatepass(b: Uint8Array): PyStr {
  const units: number[] = [];
  let out = '';
  // Whether the last code point read was an encoded high surrogate, and whether one was
  // directly followed by an encoded low surrogate.
  let afterHigh = false;
  let pairOfCodePoints = false;
  const fail = (pos: number, reason: string): never => {
    throw new MarshalError('UnicodeDecodeError', `'utf-8' codec can't decode byte 0x${b[pos]!.toString(16).padStart(2, '0')} in position ${pos}: ${reason}`);
  };
  const cont = (i: number): number => {
    const x = b[i];
    if (x === undefined || (x & 0xc0) !== 0x80) fail(i - 1, 'invalid continuation byte');
    return x! & 0x3f;
  };
  for (let i = 0; i < b.length; ) {
    const x = b[i]!;
    if (x < 0x80) {
      units.push(x);
      i++;
    } else if (x >= 0xc2 && x <= 0xdf) {
      if (i + 1 >= b.length) fail(i, 'unexpected end of data');
      units.push(((x & 0x1f) << 6) | cont(i + 1));
      i += 2;
    } else if (x >= 0xe0 && x <= 0xef) {
      if (i + 2 >= b.length) fail(i, 'unexpected end of data');
      const c = ((x & 0x0f) << 12) | (cont(i + 1) << 6) | cont(i + 2);
      if (c < 0x800) fail(i, 'invalid continuation byte');
      units.push(c);
      i += 3;
      if (afterHigh && c >= 0xdc00 && c <= 0xdfff) pairOfCodePoints = true;
      afterHigh = c >= 0xd800 && c <= 0xdbff;
      continue;
    } else if (x >= 0xf0 && x <= 0xf4) {
      if (i + 3 >= b.length) fail(i, 'unexpected end of data');
      const c = ((x & 0x07) << 18) | (cont(i + 1) << 12) | (cont(i + 2) << 6) | cont(i + 3);
      if (c < 0x10000 || c > 0x10ffff) fail(i, 'invalid continuation byte');
      const v = c - 0x10000;
      units.push(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
      i += 4;
    } else {
      fail(i, 'invalid start byte');
    }
    afterHigh = false;
    if (units.length >= 8192) {
      out += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  if (pairOfCodePoints) return decodeToCodePoints(b);
  return out + String.fromCharCode(...units);
}

// The rare case: the same (already validated) bytes, one code point per sequence.
function decodeToCodePoints(b: Uint8Array): PyStr {
  const cps: number[] = [];
  for (let i = 0; i < b.length; ) {
    const x = b[i]!;
    if (x < 0x80) {
      cps.push(x);
      i++;
    } else if (x < 0xe0) {
      cps.push(((x & 0x1f) << 6) | (b[i + 1]! & 0x3f));
      i += 2;
    } else if (x < 0xf0) {
      cps.push(((x & 0x0f) << 12) | ((b[i + 1]! & 0x3f) << 6) | (b[i + 2]! & 0x3f));
      i += 3;
    } else {
      cps.push(((x & 0x07) << 18) | ((b[i + 1]! & 0x3f) << 12) | ((b[i + 2]! & 0x3f) << 6) | (b[i + 3]! & 0x3f));
      i += 4;
    }
  }
  return pyStr(cps);
}

/** `all_name_chars` of Objects/codeobject.c: the str constants a code object interns are those
 * made only of ASCII letters, digits and '_' (the empty string included). */
export function allNameChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
    if (!ok) return false;
  }
  return true;
}
