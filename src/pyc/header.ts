// The 16-byte .pyc header (PEP 552) and the source hash of hash-based .pyc files.

import { siphash } from './siphash.js';

/** MAGIC_NUMBER of CPython 3.11 (Lib/importlib/_bootstrap_external.py): 3495 then b'\r\n'. */
export const MAGIC_NUMBER = 3495;
export const MAGIC_BYTES: Uint8Array = Uint8Array.of(0xa7, 0x0d, 0x0d, 0x0a);
/** `_RAW_MAGIC_NUMBER`: the magic bytes read as a little-endian uint32, the source-hash key. */
export const RAW_MAGIC_NUMBER = 0x0a0d0da7;
export const HEADER_SIZE = 16;

/** py_compile.PycInvalidationMode, spelled as `compileall --invalidation-mode` spells it. */
export type InvalidationMode = 'timestamp' | 'checked-hash' | 'unchecked-hash';

export const FLAG_HASH_BASED = 0b01;
export const FLAG_CHECK_SOURCE = 0b10;

export type PycHeader =
  | { mode: 'timestamp'; /** seconds, truncated to uint32 */ mtime: number; /** bytes, mod 2**32 */ sourceSize: number }
  | { mode: 'checked-hash' | 'unchecked-hash'; /** 8 bytes */ sourceHash: Uint8Array };

/** Raised for data importlib would refuse as a .pyc (`_classify_pyc`). */
export class PycError extends Error {
  constructor(readonly pyType: 'ImportError' | 'EOFError', message: string) {
    super(message);
    this.name = 'PycError';
  }
}

/** `importlib.util.source_hash(source)`: SipHash-1-3 keyed by the magic number. */
export function sourceHash(source: Uint8Array): Uint8Array {
  return siphash(BigInt(RAW_MAGIC_NUMBER), 0n, source, 1, 3);
}

/** `int(x) & 0xFFFFFFFF` of `_pack_uint32`: truncation toward zero, then modulo 2**32. */
export function toUint32(x: number): number {
  return Number(BigInt.asUintN(32, BigInt(Math.trunc(x))));
}

/** The header for `source` as py_compile writes it; `mtime` in seconds (fractions dropped). */
export function makeHeader(mode: InvalidationMode, source: { mtime: number; size: number; bytes?: Uint8Array }): PycHeader {
  if (mode === 'timestamp') return { mode, mtime: toUint32(source.mtime), sourceSize: toUint32(source.size) };
  if (!source.bytes) throw new TypeError(`${mode} .pyc headers need the source bytes`);
  return { mode, sourceHash: sourceHash(source.bytes) };
}

export function packHeader(h: PycHeader): Uint8Array {
  const out = new Uint8Array(HEADER_SIZE);
  const view = new DataView(out.buffer);
  out.set(MAGIC_BYTES, 0);
  if (h.mode === 'timestamp') {
    view.setUint32(4, 0, true);
    view.setUint32(8, toUint32(h.mtime), true);
    view.setUint32(12, toUint32(h.sourceSize), true);
  } else {
    if (h.sourceHash.length !== 8) throw new RangeError('a source hash is 8 bytes');
    view.setUint32(4, FLAG_HASH_BASED | (h.mode === 'checked-hash' ? FLAG_CHECK_SOURCE : 0), true);
    out.set(h.sourceHash, 8);
  }
  return out;
}

/** Validates and decodes a header as importlib's `_classify_pyc` does; `name` is for messages. */
export function parseHeader(data: Uint8Array, name = '<pyc>'): PycHeader {
  const magic = data.subarray(0, 4);
  if (magic.length < 4 || !magic.every((b, i) => b === MAGIC_BYTES[i])) {
    throw new PycError('ImportError', `bad magic number in ${pyRepr(name)}: ${bytesRepr(magic)}`);
  }
  if (data.length < HEADER_SIZE) {
    throw new PycError('EOFError', `reached EOF while reading pyc header of ${pyRepr(name)}`);
  }
  const view = new DataView(data.buffer, data.byteOffset, HEADER_SIZE);
  const flags = view.getUint32(4, true);
  if (flags & ~0b11) throw new PycError('ImportError', `invalid flags ${flags} in ${pyRepr(name)}`);
  if (flags & FLAG_HASH_BASED) {
    return { mode: flags & FLAG_CHECK_SOURCE ? 'checked-hash' : 'unchecked-hash', sourceHash: new Uint8Array(data.subarray(8, 16)) };
  }
  // Flags 0b10 without 0b01 is accepted by importlib as a timestamp pyc.
  return { mode: 'timestamp', mtime: view.getUint32(8, true), sourceSize: view.getUint32(12, true) };
}

function pyRepr(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function bytesRepr(b: Uint8Array): string {
  let s = "b'";
  for (const x of b) {
    if (x === 0x5c) s += '\\\\';
    else if (x === 0x27) s += "\\'";
    else if (x === 0x09) s += '\\t';
    else if (x === 0x0a) s += '\\n';
    else if (x === 0x0d) s += '\\r';
    else if (x >= 0x20 && x < 0x7f) s += String.fromCharCode(x);
    else s += '\\x' + x.toString(16).padStart(2, '0');
  }
  return s + "'";
}
