// Text encodings for str.encode / bytes.decode: utf-8, ascii, latin-1, utf-16, utf-32 with the
// strict / ignore / replace / backslashreplace / xmlcharrefreplace / surrogateescape handlers,
// and CPython's UnicodeEncodeError / UnicodeDecodeError messages.

import { LookupError, newExc, UnicodeDecodeError, UnicodeEncodeError, PyBaseException, typeError, IndexError } from './exceptions.js';
import { PyBytes } from './bytes.js';
import type { Value } from './object.js';
import { PyTuple } from './tuple.js';
import { call, strValue } from './abstract.js';
import { intValue, warnFromNative } from './numeric.js';
import { lookupUnicodeName } from '../parse/literals/unicode-names.js';

/** Error handlers registered with codecs.register_error (the builtin names are handled natively). */
export const errorHandlers = new Map<string, Value>();

const BUILTIN_ERRORS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']);

/** The handler registered under `errors`, or null for a builtin name; unknown names are a LookupError. */
function customHandler(errors: string): Value | null {
  const h = errorHandlers.get(errors);
  if (h !== undefined) return h;
  if (BUILTIN_ERRORS.has(errors)) return null;
  throw newExc(LookupError, `unknown error handler name '${errors}'`);
}

/** Calls a registered handler with the exception: [replacement, new position]. */
function callHandler(h: Value, exc: PyBaseException, len: number, decoding: boolean): [Value, number] {
  const r = call(h, [exc]);
  const bad = (): never => {
    throw typeError(decoding ? 'decoding error handler must return (str, int) tuple' : 'encoding error handler must return (str/bytes, int) tuple');
  };
  if (!(r instanceof PyTuple) || r.items.length !== 2) bad();
  const [rep, p] = (r as PyTuple).items as [Value, Value];
  const pi = intValue(p);
  if (pi === undefined) bad();
  if (decoding ? strValue(rep) === undefined : strValue(rep) === undefined && !(rep instanceof PyBytes)) bad();
  let pos = Number(pi);
  if (pos < 0) pos += len;
  if (pos < 0 || pos > len) throw newExc(IndexError, `position ${Number(pi)} from error handler out of bounds`);
  return [rep, pos];
}

/** The Python codec registry (codecs.lookup), for encodings without a native codec. */
export interface CodecFallback {
  encode(s: string, encoding: string, errors: string): Uint8Array;
  decode(data: Uint8Array, encoding: string, errors: string): string;
}

let fallback: CodecFallback | null = null;

export function setCodecFallback(f: CodecFallback | null): void {
  fallback = f;
}

function nativeName(encoding: string): string | null {
  try {
    return normalizeEncoding(encoding);
  } catch {
    return null;
  }
}

export function normalizeEncoding(enc: string): string {
  const e = enc.toLowerCase().replace(/[-\s]/g, '_');
  switch (e) {
    case 'utf_8':
    case 'utf8':
    case 'u8':
    case 'utf':
    case 'cp65001':
      return 'utf-8';
    case 'ascii':
    case 'us_ascii':
    case '646':
      return 'ascii';
    case 'latin_1':
    case 'latin1':
    case 'latin':
    case 'l1':
    case 'iso_8859_1':
    case 'iso8859_1':
    case '8859':
    case 'cp819':
      return 'latin-1';
    case 'utf_16':
    case 'utf16':
      return 'utf-16';
    case 'utf_16_le':
    case 'utf_16le':
      return 'utf-16-le';
    case 'utf_16_be':
    case 'utf_16be':
      return 'utf-16-be';
    case 'utf_32':
    case 'utf32':
      return 'utf-32';
    case 'utf_32_le':
      return 'utf-32-le';
    case 'utf_32_be':
      return 'utf-32-be';
    case 'utf_8_sig':
      return 'utf-8-sig';
    case 'utf_7':
    case 'utf7':
    case 'u7':
    case 'unicode_1_1_utf_7':
      return 'utf-7';
    case 'unicode_escape':
      return 'unicode-escape';
    case 'raw_unicode_escape':
      return 'raw-unicode-escape';
  }
  throw newExc(LookupError, `unknown encoding: ${enc}`);
}

export function encErr(enc: string, s: string, start: number, end: number, reason: string): PyBaseException {
  const cps = [...s];
  const ch = cps[start]!.codePointAt(0)!;
  const chRepr = ch <= 0xff ? `'\\x${ch.toString(16).padStart(2, '0')}'` : ch <= 0xffff ? `'\\u${ch.toString(16).padStart(4, '0')}'` : `'\\U${ch.toString(16).padStart(8, '0')}'`;
  const msg = end - start === 1
    ? `'${enc}' codec can't encode character ${chRepr} in position ${start}: ${reason}`
    : `'${enc}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
  const e = newExc(UnicodeEncodeError, enc, s, start, end, reason);
  e.setField('encoding', enc);
  e.setField('object', s);
  e.setField('start', start);
  e.setField('end', end);
  e.setField('reason', reason);
  e.setField('__str__', msg);
  return e;
}

export function decErr(enc: string, data: Uint8Array, start: number, end: number, reason: string): PyBaseException {
  const msg = end - start === 1
    ? `'${enc}' codec can't decode byte 0x${data[start]!.toString(16).padStart(2, '0')} in position ${start}: ${reason}`
    : `'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  const e = newExc(UnicodeDecodeError, enc, new PyBytes(data), start, end, reason);
  e.setField('encoding', enc);
  e.setField('object', new PyBytes(data));
  e.setField('start', start);
  e.setField('end', end);
  e.setField('reason', reason);
  e.setField('__str__', msg);
  return e;
}

function encodeLimited(s: string, limit: number, enc: string, errors: string): Uint8Array {
  const out: number[] = [];
  const cps = [...s];
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!.codePointAt(0)!;
    if (c < limit) {
      out.push(c);
      continue;
    }
    switch (errors) {
      case 'ignore':
        break;
      case 'replace':
        out.push(0x3f);
        break;
      case 'backslashreplace': {
        const h = c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : c <= 0xffff ? `\\u${c.toString(16).padStart(4, '0')}` : `\\U${c.toString(16).padStart(8, '0')}`;
        for (const x of h) out.push(x.charCodeAt(0));
        break;
      }
      case 'xmlcharrefreplace':
        for (const x of `&#${c};`) out.push(x.charCodeAt(0));
        break;
      default: {
        if (errors === 'surrogateescape' && c >= 0xdc80 && c <= 0xdcff) {
          out.push(c - 0xdc00);
          break;
        }
        let j = i + 1;
        while (j < cps.length && cps[j]!.codePointAt(0)! >= limit) j++;
        const exc = encErr(enc, s, i, j, `ordinal not in range(${limit})`);
        const h = errors === 'strict' ? null : customHandler(errors);
        if (h === null) throw exc;
        const [rep, pos] = callHandler(h, exc, cps.length, false);
        if (rep instanceof PyBytes) out.push(...rep.data);
        else {
          for (const ch of strValue(rep)!) {
            const cc = ch.codePointAt(0)!;
            if (cc >= limit) throw exc;
            out.push(cc);
          }
        }
        i = pos - 1;
      }
    }
  }
  return Uint8Array.from(out);
}

export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  const native = nativeName(encoding);
  if (native === null && fallback !== null) return fallback.encode(s, encoding, errors);
  const enc = normalizeEncoding(encoding);
  switch (enc) {
    case 'utf-8':
    case 'utf-8-sig': {
      const bom = enc === 'utf-8-sig' ? [0xef, 0xbb, 0xbf] : [];
      // lone surrogates are errors under strict
      if (/[\ud800-\udfff]/.test(s)) {
        const out: number[] = [...bom];
        const cps = [...s];
        for (let i = 0; i < cps.length; i++) {
          const c = cps[i]!.codePointAt(0)!;
          if (c >= 0xd800 && c <= 0xdfff) {
            if (errors === 'surrogateescape' && c >= 0xdc80) {
              out.push(c - 0xdc00);
              continue;
            }
            if (errors === 'surrogatepass') {
              out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
              continue;
            }
            if (errors === 'ignore') continue;
            if (errors === 'replace') {
              out.push(0x3f);
              continue;
            }
            if (errors === 'backslashreplace') {
              for (const x of `\\u${c.toString(16)}`) out.push(x.charCodeAt(0));
              continue;
            }
            throw encErr('utf-8', s, i, i + 1, 'surrogates not allowed');
          }
          out.push(...Buffer.from(cps[i]!, 'utf8'));
        }
        return Uint8Array.from(out);
      }
      const b = Buffer.from(s, 'utf8');
      return bom.length ? Uint8Array.from([...bom, ...b]) : new Uint8Array(b);
    }
    case 'utf-7':
      return encodeUtf7(s);
    case 'unicode-escape':
      return encodeUnicodeEscape(s, false);
    case 'raw-unicode-escape':
      return encodeUnicodeEscape(s, true);
    case 'ascii':
      return encodeLimited(s, 128, 'ascii', errors);
    case 'latin-1':
      return encodeLimited(s, 256, 'latin-1', errors);
    case 'utf-16':
    case 'utf-16-le':
    case 'utf-16-be': {
      const be = enc === 'utf-16-be';
      const out: number[] = enc === 'utf-16' ? [0xff, 0xfe] : [];
      for (let i = 0; i < s.length; i++) {
        const u = s.charCodeAt(i);
        if (be) out.push(u >> 8, u & 0xff);
        else out.push(u & 0xff, u >> 8);
      }
      return Uint8Array.from(out);
    }
    case 'utf-32':
    case 'utf-32-le':
    case 'utf-32-be': {
      const be = enc === 'utf-32-be';
      const out: number[] = enc === 'utf-32' ? [0xff, 0xfe, 0, 0] : [];
      for (const ch of s) {
        const c = ch.codePointAt(0)!;
        const b = [c & 0xff, (c >> 8) & 0xff, (c >> 16) & 0xff, 0];
        out.push(...(be ? b.reverse() : b));
      }
      return Uint8Array.from(out);
    }
  }
  throw newExc(LookupError, `unknown encoding: ${encoding}`);
}

function decodeUtf8(data: Uint8Array, errors: string): string {
  let out = '';
  let i = 0;
  const n = data.length;
  while (i < n) {
    const b = data[i]!;
    if (b < 0x80) {
      // run of ASCII
      let j = i;
      while (j < n && data[j]! < 0x80) j++;
      out += Buffer.from(data.subarray(i, j)).toString('latin1');
      i = j;
      continue;
    }
    let need = 0;
    let cp = 0;
    let min = 0;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0x0f;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x07;
      min = 0x10000;
    } else {
      out += decodeError(data, i, i + 1, 'invalid start byte', errors);
      i++;
      continue;
    }
    let k = 1;
    let bad = false;
    for (; k <= need; k++) {
      if (i + k >= n) {
        bad = true;
        break;
      }
      const c = data[i + k]!;
      // second-byte ranges restrict overlongs and surrogates
      if (k === 1) {
        if ((b === 0xe0 && c < 0xa0) || (b === 0xed && c > 0x9f) || (b === 0xf0 && c < 0x90) || (b === 0xf4 && c > 0x8f)) {
          bad = true;
          break;
        }
      }
      if ((c & 0xc0) !== 0x80) {
        bad = true;
        break;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (bad) {
      const end = i + k;
      const reason = i + k >= n ? 'unexpected end of data' : 'invalid continuation byte';
      out += decodeError(data, i, Math.max(i + 1, end), reason, errors);
      i = Math.max(i + 1, end);
      continue;
    }
    void min;
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

export function decodeError(data: Uint8Array, start: number, end: number, reason: string, errors: string, enc = 'utf-8'): string {
  return decodeErrorAt(data, start, end, reason, errors, enc)[0];
}

/** A decoding error at data[start:end]: the replacement and the position to resume at. */
export function decodeErrorAt(data: Uint8Array, start: number, end: number, reason: string, errors: string, enc = 'utf-8'): [string, number] {
  const h = errors === 'strict' ? null : customHandler(errors);
  if (h !== null) {
    const [rep, pos] = callHandler(h, decErr(enc, data, start, end, reason), data.length, true);
    return [strValue(rep)!, pos];
  }
  return [builtinDecodeError(data, start, end, reason, errors, enc), end];
}

function builtinDecodeError(data: Uint8Array, start: number, end: number, reason: string, errors: string, enc: string): string {
  switch (errors) {
    case 'ignore':
      return '';
    case 'replace':
      return '\ufffd';
    case 'backslashreplace':
      return Array.from(data.subarray(start, end), (b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');
    case 'surrogateescape':
      return Array.from(data.subarray(start, end), (b) => String.fromCharCode(0xdc00 + b)).join('');
  }
  throw decErr(enc, data, start, end, reason);
}

export function decodeBytes(data: Uint8Array, encoding: string, errors: string): string {
  const native = nativeName(encoding);
  if (native === null && fallback !== null) return fallback.decode(data, encoding, errors);
  const enc = normalizeEncoding(encoding);
  switch (enc) {
    case 'utf-8':
      return decodeUtf8(data, errors);
    case 'utf-8-sig':
      if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return decodeUtf8(data.subarray(3), errors);
      return decodeUtf8(data, errors);
    case 'utf-7':
      return decodeUtf7(data, errors, true)[0];
    case 'unicode-escape':
      return decodeUnicodeEscape(data, errors, true, false)[0];
    case 'raw-unicode-escape':
      return decodeUnicodeEscape(data, errors, true, true)[0];
    case 'ascii': {
      let out = '';
      for (let i = 0; i < data.length; i++) {
        const b = data[i]!;
        if (b < 128) out += String.fromCharCode(b);
        else out += decodeError(data, i, i + 1, 'ordinal not in range(128)', errors, 'ascii');
      }
      return out;
    }
    case 'latin-1':
      return Buffer.from(data).toString('latin1');
    case 'utf-16':
    case 'utf-16-le':
    case 'utf-16-be': {
      let d = data;
      let be = enc === 'utf-16-be';
      if (enc === 'utf-16') {
        if (d[0] === 0xfe && d[1] === 0xff) {
          be = true;
          d = d.subarray(2);
        } else if (d[0] === 0xff && d[1] === 0xfe) d = d.subarray(2);
      }
      let out = '';
      for (let i = 0; i + 1 < d.length; i += 2) out += String.fromCharCode(be ? (d[i]! << 8) | d[i + 1]! : d[i]! | (d[i + 1]! << 8));
      if (d.length % 2) out += decodeError(d, d.length - 1, d.length, 'truncated data', errors, 'utf-16-le');
      return out;
    }
    case 'utf-32':
    case 'utf-32-le':
    case 'utf-32-be': {
      let d = data;
      let be = enc === 'utf-32-be';
      if (enc === 'utf-32') {
        if (d[0] === 0 && d[1] === 0 && d[2] === 0xfe && d[3] === 0xff) {
          be = true;
          d = d.subarray(4);
        } else if (d[0] === 0xff && d[1] === 0xfe && d[2] === 0 && d[3] === 0) d = d.subarray(4);
      }
      let out = '';
      for (let i = 0; i + 3 < d.length; i += 4) {
        const c = be ? (d[i]! << 24) | (d[i + 1]! << 16) | (d[i + 2]! << 8) | d[i + 3]! : d[i]! | (d[i + 1]! << 8) | (d[i + 2]! << 16) | (d[i + 3]! << 24);
        out += String.fromCodePoint(c >>> 0);
      }
      return out;
    }
  }
  throw newExc(LookupError, `unknown encoding: ${encoding}`);
}

// --- UTF-7 (RFC 2152), as CPython: set O characters and whitespace are encoded directly ---------

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** 0: set D, 1: set O, 2: whitespace, 3: special (always base64-encoded). */
function utf7Category(c: number): number {
  if (c >= 128) return 3;
  if (c === 9 || c === 10 || c === 13 || c === 32) return 2;
  if (c < 32 || c === 127 || c === 0x2b || c === 0x5c || c === 0x7e) return 3;
  if (/[A-Za-z0-9'(),\-./:?]/.test(String.fromCharCode(c))) return 0;
  return 1;
}

function isB64(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;
}

function fromB64(c: number): number {
  return B64.indexOf(String.fromCharCode(c));
}

function encodeUtf7(s: string): Uint8Array {
  const out: number[] = [];
  let inShift = false;
  let bits = 0;
  let buf = 0;
  const put = (v: number): void => {
    bits += 16;
    buf = ((buf << 16) | v) >>> 0;
    while (bits >= 6) {
      out.push(B64.charCodeAt((buf >>> (bits - 6)) & 0x3f));
      bits -= 6;
    }
    buf &= (1 << bits) - 1;
  };
  for (const chs of s) {
    const ch = chs.codePointAt(0)!;
    const direct = ch > 0 && ch < 128 && utf7Category(ch) !== 3;
    if (inShift) {
      if (direct) {
        if (bits) {
          out.push(B64.charCodeAt((buf << (6 - bits)) & 0x3f));
          buf = 0;
          bits = 0;
        }
        inShift = false;
        if (isB64(ch) || ch === 0x2d) out.push(0x2d);
        out.push(ch);
        continue;
      }
    } else if (ch === 0x2b) {
      out.push(0x2b, 0x2d);
      continue;
    } else if (direct) {
      out.push(ch);
      continue;
    } else {
      out.push(0x2b);
      inShift = true;
    }
    if (ch >= 0x10000) {
      put(0xd800 | ((ch - 0x10000) >> 10));
      put(0xdc00 | ((ch - 0x10000) & 0x3ff));
    } else put(ch);
  }
  if (bits) out.push(B64.charCodeAt((buf << (6 - bits)) & 0x3f));
  if (inShift) out.push(0x2d);
  return Uint8Array.from(out);
}

/** UTF-7 decoding: [text, bytes consumed] (a final=false call stops before an open shift sequence). */
export function decodeUtf7(data: Uint8Array, errors: string, final: boolean): [string, number] {
  let out = '';
  let inShift = false;
  let bits = 0;
  let buf = 0;
  let surrogate = 0;
  let startIn = 0;
  let shiftOutStart = 0;
  let i = 0;
  const n = data.length;
  while (i < n) {
    const ch = data[i]!;
    let err = '';
    if (inShift) {
      if (isB64(ch)) {
        buf = ((buf << 6) | fromB64(ch)) >>> 0;
        bits += 6;
        i++;
        if (bits >= 16) {
          const u = (buf >>> (bits - 16)) & 0xffff;
          bits -= 16;
          buf &= (1 << bits) - 1;
          if (surrogate) {
            if (u >= 0xdc00 && u <= 0xdfff) {
              out += String.fromCodePoint(0x10000 + ((surrogate - 0xd800) << 10) + (u - 0xdc00));
              surrogate = 0;
              continue;
            }
            out += String.fromCharCode(surrogate);
            surrogate = 0;
          }
          if (u >= 0xd800 && u <= 0xdbff) surrogate = u;
          else out += String.fromCharCode(u);
        }
        continue;
      }
      inShift = false;
      if (bits > 0) {
        if (bits >= 6) {
          i++;
          err = 'partial character in shift sequence';
        } else if (buf !== 0) {
          i++;
          err = 'non-zero padding bits in shift sequence';
        }
      }
      if (!err) {
        if (surrogate && ch !== 0x2b && ch <= 127) out += String.fromCharCode(surrogate);
        surrogate = 0;
        if (ch === 0x2d) i++;
        continue;
      }
    } else if (ch === 0x2b) {
      startIn = i;
      i++;
      if (i < n && data[i] === 0x2d) {
        i++;
        out += '+';
        continue;
      }
      if (i < n && !isB64(data[i]!)) {
        i++;
        err = 'ill-formed sequence';
      } else {
        inShift = true;
        surrogate = 0;
        shiftOutStart = out.length;
        bits = 0;
        buf = 0;
        continue;
      }
    } else if (ch <= 127) {
      i++;
      out += String.fromCharCode(ch);
      continue;
    } else {
      startIn = i;
      i++;
      err = 'unexpected special character';
    }
    const [rep, pos] = decodeErrorAt(data, startIn, i, err, errors, 'utf7');
    out += rep;
    i = pos;
  }
  if (inShift && final) {
    inShift = false;
    if (surrogate || bits >= 6 || (bits > 0 && buf !== 0)) {
      const [rep] = decodeErrorAt(data, startIn, n, 'unterminated shift sequence', errors, 'utf7');
      out += rep;
    }
  }
  if (!final && inShift) return [out.slice(0, shiftOutStart), startIn];
  return [out, i];
}

// --- unicode_escape / raw_unicode_escape --------------------------------------------------------

function hexEsc(c: number, raw: boolean): string {
  if (c >= 0x10000) return '\\U' + c.toString(16).padStart(8, '0');
  if (c >= 0x100) return '\\u' + c.toString(16).padStart(4, '0');
  if (raw) return String.fromCharCode(c);
  return '\\x' + c.toString(16).padStart(2, '0');
}

function encodeUnicodeEscape(s: string, raw: boolean): Uint8Array {
  const out: number[] = [];
  for (const chs of s) {
    const c = chs.codePointAt(0)!;
    if (raw || c >= 0x100) {
      if (c < 0x100) out.push(c);
      else for (const x of hexEsc(c, raw)) out.push(x.charCodeAt(0));
      continue;
    }
    let e: string;
    if (c === 0x5c) e = '\\\\';
    else if (c === 9) e = '\\t';
    else if (c === 10) e = '\\n';
    else if (c === 13) e = '\\r';
    else if (c < 0x20 || c >= 0x7f) e = hexEsc(c, false);
    else e = chs;
    for (const x of e) out.push(x.charCodeAt(0));
  }
  return Uint8Array.from(out);
}

const SIMPLE_ESC: Record<number, string> = { 0x5c: '\\', 0x27: "'", 0x22: '"', 0x62: '\b', 0x66: '\f', 0x74: '\t', 0x6e: '\n', 0x72: '\r', 0x76: '\v', 0x61: '\x07' };

function isHex(c: number | undefined): boolean {
  return c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));
}

/** unicode_escape / raw_unicode_escape decoding: [text, bytes consumed]. */
export function decodeUnicodeEscape(data: Uint8Array, errors: string, final: boolean, raw: boolean): [string, number] {
  const enc = raw ? 'rawunicodeescape' : 'unicodeescape';
  let firstInvalid = -1;
  let out = '';
  let i = 0;
  const n = data.length;
  while (i < n) {
    const ch = data[i]!;
    if (ch !== 0x5c) {
      out += String.fromCharCode(ch);
      i++;
      continue;
    }
    const start = i;
    if (raw) {
      // \u escapes count only after an odd number of backslashes
      let j = i;
      while (j < n && data[j] === 0x5c) j++;
      const k = j - i;
      if ((k & 1) === 0 || j >= n || (data[j] !== 0x75 && data[j] !== 0x55)) {
        if (!final && j >= n && k & 1) {
          out += '\\'.repeat(k - 1);
          return [out, j - 1];
        }
        out += '\\'.repeat(k);
        i = j;
        continue;
      }
      out += '\\'.repeat(k - 1);
      i = j - 1;
    }
    const startEsc = i;
    i++;
    if (i >= n) {
      if (!final) return [out, startEsc];
      const [rep, pos] = decodeErrorAt(data, start, n, '\\ at end of string', errors, enc);
      out += rep;
      i = pos;
      continue;
    }
    const c = data[i++]!;
    let count = 0;
    let what = '';
    if (!raw) {
      if (c === 0x0a) continue;
      const simple = SIMPLE_ESC[c];
      if (simple !== undefined) {
        out += simple;
        continue;
      }
      if (c >= 0x30 && c <= 0x37) {
        let v = c - 0x30;
        for (let k = 0; k < 2 && i < n && data[i]! >= 0x30 && data[i]! <= 0x37; k++) v = v * 8 + data[i++]! - 0x30;
        out += String.fromCharCode(v);
        continue;
      }
      if (c === 0x78) {
        count = 2;
        what = 'truncated \\xXX escape';
      }
    }
    if (c === 0x75) {
      count = 4;
      what = 'truncated \\uXXXX escape';
    } else if (c === 0x55) {
      count = 8;
      what = 'truncated \\UXXXXXXXX escape';
    }
    if (count) {
      let v = 0;
      let k = 0;
      while (k < count && i < n && isHex(data[i])) {
        v = v * 16 + parseInt(String.fromCharCode(data[i]!), 16);
        i++;
        k++;
      }
      if (k < count) {
        if (!final && i >= n) return [out, startEsc];
        const [rep, pos] = decodeErrorAt(data, start, i, what, errors, enc);
        out += rep;
        i = pos;
        continue;
      }
      if (v > 0x10ffff) {
        const [rep, pos] = decodeErrorAt(data, start, i, raw ? '\\Uxxxxxxxx out of range' : 'illegal Unicode character', errors, enc);
        out += rep;
        i = pos;
        continue;
      }
      out += String.fromCodePoint(v);
      continue;
    }
    if (!raw && c === 0x4e) {
      let cp: number | undefined;
      if (data[i] === 0x7b) {
        let j = i + 1;
        while (j < n && data[j] !== 0x7d) j++;
        if (j < n && j > i + 1) {
          cp = lookupUnicodeName(Buffer.from(data.subarray(i + 1, j)).toString('latin1'));
          if (cp !== undefined) {
            out += String.fromCodePoint(cp);
            i = j + 1;
            continue;
          }
          const [rep, pos] = decodeErrorAt(data, start, j + 1, 'unknown Unicode character name', errors, enc);
          out += rep;
          i = pos;
          continue;
        }
        if (!final && j >= n) return [out, startEsc];
      }
      const [rep, pos] = decodeErrorAt(data, start, i, 'malformed \\N character escape', errors, enc);
      out += rep;
      i = pos;
      continue;
    }
    // an unknown escape stays as written (with a DeprecationWarning for the first one)
    if (firstInvalid < 0) firstInvalid = c;
    out += '\\' + String.fromCharCode(c);
  }
  if (firstInvalid >= 0) warnFromNative(`invalid escape sequence '\\${String.fromCharCode(firstInvalid)}'`);
  return [out, i];
}
