// binascii (Modules/binascii.c): hex, base64, crc32, crc_hqx and uuencode conversions with
// CPython's error messages (base64, binhex-free subset; quoted-printable falls back to quopri's
// pure-Python code, which checks for a2b_qp/b2a_qp before using them).

import type { Value } from '../object.js';
import type { PyModule } from '../module.js';
import { None, PyType, TF_BASETYPE, TF_HEAPTYPE, typeOf, typeType } from '../type.js';
import { PyBytes, PyByteArray, bytesOf } from '../bytes.js';
import { PyMemoryView, strhex } from '../bytes-methods.js';
import { newExc, typeError, valueError, ValueError, Exception, PyBaseException } from '../exceptions.js';
import { index, strValue, truthy } from '../abstract.js';
import { bindKw } from '../number-methods.js';
import { def } from './util.js';

function heapExc(name: string, base: PyType): PyType {
  const t = new PyType(name, [base], typeType, TF_BASETYPE);
  t.flags |= TF_HEAPTYPE;
  t.moduleName = 'binascii';
  t.ns.set('__module__', 'binascii');
  t.hasDict = true;
  return t;
}

export const binasciiError = heapExc('Error', ValueError);
export const binasciiIncomplete = heapExc('Incomplete', Exception);

function err(msg: string): PyBaseException {
  return newExc(binasciiError, msg);
}

/** Py_buffer arguments: bytes-like objects. */
function buffer(v: Value | undefined, fname: string, argName = 'argument 1'): Uint8Array {
  if (v instanceof PyBytes || v instanceof PyByteArray) return bytesOf(v);
  if (v instanceof PyMemoryView) return v.data();
  throw typeError(`${fname}() ${argName} must be bytes-like object, not ${typeOf(v ?? None).name}`);
}

/** ascii_buffer_converter: bytes-like, or a str of ASCII characters. */
function asciiBuffer(v: Value | undefined): Uint8Array {
  const s = v === undefined ? undefined : strValue(v);
  if (s !== undefined) {
    if (!/^[\x00-\x7f]*$/.test(s)) throw valueError('string argument should contain only ASCII characters');
    return Uint8Array.from(s, (c) => c.charCodeAt(0));
  }
  if (v instanceof PyBytes || v instanceof PyByteArray) return bytesOf(v);
  if (v instanceof PyMemoryView) return v.data();
  throw typeError(`argument should be bytes, buffer or ASCII string, not '${typeOf(v ?? None).name}'`);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INV = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_INV[B64.charCodeAt(i)] = i;

function a2bBase64(data: Uint8Array, strict: boolean): Uint8Array {
  const out: number[] = [];
  if (strict && data.length > 0 && data[0] === 61) throw err('Leading padding not allowed');
  let quad = 0;
  let left = 0;
  let pads = 0;
  let paddingStarted = false;
  for (let i = 0; i < data.length; i++) {
    const ch = data[i]!;
    if (ch === 61) {
      paddingStarted = true;
      if (quad >= 2 && quad + ++pads >= 4) {
        if (strict && i + 1 < data.length) throw err('Excess data after padding');
        return Uint8Array.from(out);
      }
      continue;
    }
    const v = B64_INV[ch]!;
    if (v < 0) {
      if (strict) throw err('Only base64 data is allowed');
      continue;
    }
    if (strict && paddingStarted) throw err('Discontinuous padding not allowed');
    pads = 0;
    switch (quad) {
      case 0:
        quad = 1;
        left = v;
        break;
      case 1:
        quad = 2;
        out.push(((left << 2) | (v >> 4)) & 0xff);
        left = v & 0x0f;
        break;
      case 2:
        quad = 3;
        out.push(((left << 4) | (v >> 2)) & 0xff);
        left = v & 0x03;
        break;
      default:
        quad = 0;
        out.push(((left << 6) | v) & 0xff);
        left = 0;
    }
  }
  if (quad !== 0) {
    if (quad === 1) throw err(`Invalid base64-encoded string: number of data characters (${Math.floor(out.length / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
    throw err('Incorrect padding');
  }
  return Uint8Array.from(out);
}

function b2aBase64(data: Uint8Array, newline: boolean): Uint8Array {
  let s = Buffer.from(data).toString('base64');
  if (newline) s += '\n';
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

const CRC32_TABLE = ((): Uint32Array => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array, crc: number): number {
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC32_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function crcHqx(data: Uint8Array, crc: number): number {
  crc &= 0xffff;
  for (const b of data) {
    crc ^= b << 8;
    for (let k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

function unsignedArg(v: Value): number {
  const n = BigInt(index(v));
  return Number(((n % 2n ** 32n) + 2n ** 32n) % 2n ** 32n);
}

function a2bHex(data: Uint8Array): Uint8Array {
  if (data.length % 2) throw err('Odd-length string');
  const out = new Uint8Array(data.length / 2);
  const dv = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : 99);
  for (let i = 0; i < data.length; i += 2) {
    const top = dv(data[i]!);
    const bot = dv(data[i + 1]!);
    if (top >= 16 || bot >= 16) throw err('Non-hexadecimal digit found');
    out[i / 2] = (top << 4) + bot;
  }
  return out;
}

function b2aUu(data: Uint8Array, backtick: boolean): Uint8Array {
  if (data.length > 45) throw err('At most 45 bytes at once');
  const enc = (v: number): number => (backtick && v === 0 ? 96 : v + 32);
  const out: number[] = [enc(data.length)];
  for (let i = 0; i < data.length; i += 3) {
    const a = data[i]!;
    const b = data[i + 1] ?? 0;
    const c = data[i + 2] ?? 0;
    out.push(enc(a >> 2), enc(((a << 4) | (b >> 4)) & 0x3f), enc(((b << 2) | (c >> 6)) & 0x3f), enc(c & 0x3f));
  }
  out.push(10);
  return Uint8Array.from(out);
}

function a2bUu(data: Uint8Array): Uint8Array {
  let i = 0;
  const len = data.length ? (data[0]! - 32) & 0x3f : 0;
  i = 1;
  const out: number[] = [];
  let left = 0;
  let bits = 0;
  while (out.length < len) {
    const ch = i < data.length ? data[i]! : 32;
    i++;
    let v: number;
    if (ch === 10 || ch === 13 || i > data.length) v = 0;
    else {
      if (ch < 32 || ch > 96) throw err('Illegal char');
      v = (ch - 32) & 0x3f;
    }
    left = (left << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((left >> bits) & 0xff);
      left &= (1 << bits) - 1;
    }
  }
  for (; i < data.length; i++) {
    const ch = data[i]!;
    if (ch !== 32 && ch !== 96 && ch !== 10 && ch !== 13) throw err('Trailing garbage');
  }
  return Uint8Array.from(out);
}

export function initBinascii(m: PyModule): void {
  m.ns.setStr('Error', binasciiError);
  m.ns.setStr('Incomplete', binasciiIncomplete);
  const hexlify = (name: string) => (args: Value[], kw: readonly string[] | null): Value => {
    const p = bindKw(name, args, kw, ['data', 'sep', 'bytes_per_sep'], { sep: None, bytes_per_sep: 1 }, [], true);
    if (p['data'] === undefined) throw typeError(`${name}() missing required argument 'data' (pos 1)`);
    const h = strhex(buffer(p['data'], name, "argument 'data'"), p['sep'], p['bytes_per_sep']);
    return new PyBytes(Uint8Array.from(h, (c) => c.charCodeAt(0)));
  };
  def(m, 'hexlify', hexlify('hexlify'));
  def(m, 'b2a_hex', hexlify('b2a_hex'));
  const unhex = (args: Value[]): Value => new PyBytes(a2bHex(asciiBuffer(args[0])));
  def(m, 'unhexlify', unhex);
  def(m, 'a2b_hex', unhex);
  def(m, 'b2a_base64', (args, kw) => {
    const p = bindKw('b2a_base64', args, kw, ['data'], {}, ['newline']);
    return new PyBytes(b2aBase64(buffer(p['data'], 'b2a_base64'), p['newline'] === undefined ? true : truthy(p['newline'])));
  });
  def(m, 'a2b_base64', (args, kw) => {
    const p = bindKw('a2b_base64', args, kw, ['data'], {}, ['strict_mode']);
    return new PyBytes(a2bBase64(asciiBuffer(p['data']), p['strict_mode'] === undefined ? false : truthy(p['strict_mode'])));
  });
  def(m, 'crc32', (args) => {
    if (args.length < 1 || args.length > 2) throw typeError(`crc32 expected at most 2 arguments, got ${args.length}`);
    return crc32(buffer(args[0], 'crc32'), args.length > 1 ? unsignedArg(args[1]!) : 0);
  });
  def(m, 'crc_hqx', (args) => {
    if (args.length !== 2) throw typeError(`crc_hqx expected 2 arguments, got ${args.length}`);
    return crcHqx(buffer(args[0], 'crc_hqx'), unsignedArg(args[1]!));
  });
  def(m, 'b2a_uu', (args, kw) => {
    const p = bindKw('b2a_uu', args, kw, ['data'], {}, ['backtick']);
    return new PyBytes(b2aUu(buffer(p['data'], 'b2a_uu'), p['backtick'] === undefined ? false : truthy(p['backtick'])));
  });
  def(m, 'a2b_uu', (args) => new PyBytes(a2bUu(asciiBuffer(args[0]))));
}
