// One STRING token → its value, as Parser/string_parser.c's _PyPegen_parsestr does it in
// CPython 3.11. Escapes in str literals go through the unicode-escape codec after every
// non-ASCII character has been rewritten as a \UXXXXXXXX escape (decode_unicode_with_escapes),
// so the byte positions in codec errors count that rewritten buffer, not the source.
// Unknown escapes are kept with their backslash (3.11 only warns about them).

import { PyBytes, StrBuilder, type PyStr } from '../../values/index.js';
import { LiteralError } from './literal-error.js';
import { lookupUnicodeName } from './unicode-names.js';
import { escapedBytesError } from '../../tokenize/utf8.js';

/** A STRING token cut into prefix, quotes and body. */
export interface StringTokenParts {
  bytes: boolean;
  raw: boolean;
  fstring: boolean;
  /** The body: the text between the quotes, escapes undecoded. */
  body: string;
  /** Index of the body's first character in the token text (UTF-16 units). */
  bodyStart: number;
}

/** Splits a STRING token (prefix letters, then ', ", ''' or """). */
export function splitStringToken(text: string): StringTokenParts {
  let i = 0;
  let bytes = false;
  let raw = false;
  let fstring = false;
  for (; i < text.length; i++) {
    const c = text[i]!.toLowerCase();
    if (c === 'b') bytes = true;
    else if (c === 'r') raw = true;
    else if (c === 'f') fstring = true;
    else if (c !== 'u') break;
  }
  const quote = text[i];
  if ((quote !== "'" && quote !== '"') || text[text.length - 1] !== quote || text.length - i < 2) {
    throw new Error(`splitStringToken: not a STRING token: ${JSON.stringify(text)}`);
  }
  const triple = text.length - i >= 6 && text[i + 1] === quote && text[i + 2] === quote;
  const q = triple ? 3 : 1;
  return { bytes, raw, fstring, body: text.slice(i + q, text.length - q), bodyStart: i + q };
}

/**
 * The value of a str or bytes token (not an f-string). Throws LiteralError with CPython's
 * message for a bad escape or a non-ASCII character in bytes.
 */
export function decodeStringToken(text: string): PyStr | PyBytes {
  const parts = splitStringToken(text);
  if (parts.fstring) throw new Error('decodeStringToken: f-strings are parsed by concatenateStrings');
  return decodeBody(parts);
}

export function decodeBody(parts: StringTokenParts): PyStr | PyBytes {
  const { body } = parts;
  // As in _PyPegen_parsestr, a body without backslashes is taken as it is.
  const raw = parts.raw || !body.includes('\\');
  if (parts.bytes) {
    if (/[^\x00-\x7f]/.test(body)) throw new LiteralError('bytes can only contain ASCII literal characters', 'string-token');
    return raw ? asciiBytes(body) : decodeBytesEscapes(body);
  }
  return raw ? decodeUtf8(body) : decodeUnicodeEscapes(body);
}

/**
 * A raw body as PyUnicode_DecodeUTF8 reads its bytes: a source without a coding declaration
 * may hold bytes that are not UTF-8 (U+DC80..U+DCFF here, see tokenize/utf8.ts), and decoding
 * them fails with the codec's message, positions counting the bytes of `text`.
 */
export function decodeUtf8(text: string): string {
  const error = escapedBytesError(text);
  if (error !== null) throw new LiteralError(`(unicode error) ${error}`);
  return text;
}

function asciiBytes(body: string): PyBytes {
  const data = new Uint8Array(body.length);
  for (let i = 0; i < body.length; i++) data[i] = body.charCodeAt(i);
  return new PyBytes(data);
}

const hexValue = (c: number): number =>
  c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : 99;
const isOctal = (c: number): boolean => c >= 0x30 && c <= 0x37;

const SIMPLE_ESCAPES: Record<string, number> = {
  '\\': 0x5c, "'": 0x27, '"': 0x22, b: 0x08, f: 0x0c, t: 0x09, n: 0x0a, r: 0x0d, v: 0x0b, a: 0x07,
};

/** Objects/bytesobject.c's _PyBytes_DecodeEscape on an ASCII body. */
export function decodeBytesEscapes(body: string): PyBytes {
  const out: number[] = [];
  const end = body.length;
  let s = 0;
  while (s < end) {
    if (body.charCodeAt(s) !== 0x5c) {
      out.push(body.charCodeAt(s++));
      continue;
    }
    s++;
    if (s === end) throw new LiteralError('(value error) Trailing \\ in string');
    const c = body[s++]!;
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      out.push(simple);
    } else if (c === '\n') {
      // line continuation
    } else if (isOctal(c.charCodeAt(0))) {
      let v = c.charCodeAt(0) - 0x30;
      if (s < end && isOctal(body.charCodeAt(s))) {
        v = (v << 3) + body.charCodeAt(s++) - 0x30;
        if (s < end && isOctal(body.charCodeAt(s))) v = (v << 3) + body.charCodeAt(s++) - 0x30;
      }
      out.push(v & 0xff); // values over 0o377 are truncated to a byte (and warned about)
    } else if (c === 'x') {
      const d1 = s + 1 < end ? hexValue(body.charCodeAt(s)) : 99;
      const d2 = s + 1 < end ? hexValue(body.charCodeAt(s + 1)) : 99;
      if (d1 >= 16 || d2 >= 16) throw new LiteralError(`(value error) invalid \\x escape at position ${s - 2}`);
      out.push((d1 << 4) + d2);
      s += 2;
    } else {
      out.push(0x5c);
      s--;
    }
  }
  return new PyBytes(Uint8Array.from(out));
}

/**
 * decode_unicode_with_escapes: the str body with its escapes decoded, exactly as CPython's
 * unicode-escape codec would after the non-ASCII rewrite.
 */
export function decodeUnicodeEscapes(body: string): PyStr {
  return decodeEscapedAscii(rewriteNonAscii(body));
}

// Each non-ASCII code point becomes \UXXXXXXXX (10 bytes), and a backslash that would
// otherwise escape a non-ASCII character or the end of the body becomes \u005c.
function rewriteNonAscii(body: string): string {
  if (!/[^\x00-\x7f]/.test(body) && !body.endsWith('\\')) return body;
  let buf = '';
  const end = body.length;
  let s = 0;
  while (s < end) {
    if (body.charCodeAt(s) === 0x5c) {
      buf += '\\';
      s++;
      if (s >= end || body.charCodeAt(s) >= 0x80) {
        buf += 'u005c';
        if (s >= end) break;
      }
    }
    if (body.charCodeAt(s) >= 0x80) {
      // decode_utf8: each run of non-ASCII bytes is decoded on its own, so an error's
      // position counts from the start of the run.
      const runStart = s;
      while (s < end && body.charCodeAt(s) >= 0x80) s++;
      const run = decodeUtf8(body.slice(runStart, s));
      for (let k = 0; k < run.length; ) {
        const cp = run.codePointAt(k)!;
        buf += '\\U' + cp.toString(16).padStart(8, '0');
        k += cp > 0xffff ? 2 : 1;
      }
    } else {
      buf += body[s++];
    }
  }
  return buf;
}

// Objects/unicodeobject.c's _PyUnicode_DecodeUnicodeEscapeInternal (strict errors) on the
// rewritten, all-ASCII buffer.
function decodeEscapedAscii(buf: string): PyStr {
  const end = buf.length;
  // A StrBuilder, because escapes can make a high surrogate code point meet a low one.
  const out = new StrBuilder();
  let s = 0;
  let runStart = 0;
  while (s < end) {
    const bs = buf.indexOf('\\', s);
    if (bs < 0) break;
    out.append(buf.slice(runStart, bs));
    const start = bs;
    s = bs + 1;
    if (s >= end) throw codecError(buf, start, end, '\\ at end of string');
    const c = buf[s++]!;
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      out.appendCodePoint(simple);
    } else if (c === '\n') {
      // line continuation
    } else if (isOctal(c.charCodeAt(0))) {
      let v = c.charCodeAt(0) - 0x30;
      if (s < end && isOctal(buf.charCodeAt(s))) {
        v = (v << 3) + buf.charCodeAt(s++) - 0x30;
        if (s < end && isOctal(buf.charCodeAt(s))) v = (v << 3) + buf.charCodeAt(s++) - 0x30;
      }
      out.appendCodePoint(v);
    } else if (c === 'x' || c === 'u' || c === 'U') {
      const count = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      const message = c === 'x' ? 'truncated \\xXX escape' : c === 'u' ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
      let v = 0;
      for (let k = 0; k < count; k++, s++) {
        const d = s < end ? hexValue(buf.charCodeAt(s)) : 99;
        if (d >= 16) throw codecError(buf, start, s, message);
        v = v * 16 + d;
      }
      if (v > 0x10ffff) throw codecError(buf, start, s, 'illegal Unicode character');
      out.appendCodePoint(v);
    } else if (c === 'N') {
      out.appendCodePoint(namedEscape(buf, start, s));
      s = buf.indexOf('}', s) + 1;
    } else {
      out.append('\\' + c);
    }
    runStart = s;
  }
  out.append(buf.slice(runStart));
  return out.finish();
}

// `\N{name}` with s just after the N; returns the code point or throws the codec's error.
function namedEscape(buf: string, start: number, s: number): number {
  const malformed = 'malformed \\N character escape';
  if (s >= buf.length || buf[s] !== '{') throw codecError(buf, start, s, malformed);
  const close = buf.indexOf('}', s + 1);
  if (close < 0) throw codecError(buf, start, buf.length, malformed);
  if (close === s + 1) throw codecError(buf, start, close, malformed);
  const cp = lookupUnicodeName(buf.slice(s + 1, close));
  if (cp === undefined) throw codecError(buf, start, close + 1, 'unknown Unicode character name');
  return cp;
}

// UnicodeDecodeError.__str__ for the unicode-escape codec, wrapped as pegen does.
function codecError(buf: string, start: number, endPos: number, reason: string): LiteralError {
  const where =
    endPos === start + 1
      ? `byte 0x${buf.charCodeAt(start).toString(16).padStart(2, '0')} in position ${start}`
      : `bytes in position ${start}-${endPos - 1}`;
  return new LiteralError(`(unicode error) 'unicodeescape' codec can't decode ${where}: ${reason}`);
}
