// Text encodings for str.encode / bytes.decode: utf-8, ascii, latin-1, utf-16, utf-32 with the
// strict / ignore / replace / backslashreplace / xmlcharrefreplace / surrogateescape handlers,
// and CPython's UnicodeEncodeError / UnicodeDecodeError messages.

import { LookupError, newExc, UnicodeDecodeError, UnicodeEncodeError, PyBaseException } from './exceptions.js';
import { PyBytes } from './bytes.js';

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
        throw encErr(enc, s, i, j, `ordinal not in range(${limit})`);
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
