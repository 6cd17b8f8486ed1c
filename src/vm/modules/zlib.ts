// zlib (Modules/zlibmodule.c) over Node's zlib (the same zlib 1.2.13 CPython links here, so
// compressed bytes agree). Node has no synchronous streaming engine: compressobj gathers its
// input and deflates it at flush(); decompressobj re-inflates its input so far on each call
// (with a sync flush), handing out what it has not yet returned.

import * as nz from 'node:zlib';
import { PyObject, type Value } from '../object.js';
import type { PyModule } from '../module.js';
import { builtinType, None, objectType, PyType, TF_HEAPTYPE, typeOf, typeType, TF_BASETYPE } from '../type.js';
import { PyBytes, bufferData } from '../bytes.js';
import { method, methodRaw, getset } from '../function.js';
import { Exception, newExc, typeError, valueError, overflowError } from '../exceptions.js';
import { intValue } from '../numeric.js';
import { bindKw } from '../number-methods.js';
import { def } from './util.js';

const C = nz.constants;

function bytesArg(v: Value, fname: string): Uint8Array {
  const d = bufferData(v);
  if (d === null) throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
  void fname;
  return d;
}

function num(v: Value | undefined, dflt: number): number {
  if (v === undefined || v === None) return dflt;
  const n = intValue(v);
  if (n === undefined || typeof v === 'boolean' && false) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return Number(n);
}

/** The container a wbits value selects, and the window size. */
function format(wbits: number, forDecompress: boolean): { kind: 'zlib' | 'raw' | 'gzip' | 'auto'; window: number } {
  if (wbits >= 8 && wbits <= 15) return { kind: 'zlib', window: wbits };
  if (wbits === 0 && forDecompress) return { kind: 'zlib', window: 15 };
  if (wbits >= -15 && wbits <= -8) return { kind: 'raw', window: -wbits };
  if (wbits >= 24 && wbits <= 31) return { kind: 'gzip', window: wbits - 16 };
  if (forDecompress && wbits >= 40 && wbits <= 47) return { kind: 'auto', window: wbits - 32 };
  return { kind: 'zlib', window: -1 };
}

/** CRC-32 (ISO 3309), continuing from `crc`. */
const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(data: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

function adler32(data: Uint8Array, value = 1): number {
  let a = value & 0xffff;
  let b = (value >>> 16) & 0xffff;
  for (let i = 0; i < data.length; ) {
    const end = Math.min(data.length, i + 3800);
    for (; i < end; i++) {
      a += data[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

class PyCompress extends PyObject {
  chunks: Uint8Array[] = [];
  opts: nz.ZlibOptions = {};
  kind: 'zlib' | 'raw' | 'gzip' = 'zlib';
  finished = false;
  constructor(cls: PyType) {
    super(cls);
  }
}

class PyDecompress extends PyObject {
  input: Uint8Array[] = [];
  inputLen = 0;
  emitted = 0;
  pending: Uint8Array = new Uint8Array(0);
  kind: 'zlib' | 'raw' | 'gzip' | 'auto' = 'zlib';
  opts: nz.ZlibOptions = {};
  eof = false;
  unusedData: Uint8Array = new Uint8Array(0);
  constructor(cls: PyType) {
    super(cls);
  }
}

export function initZlib(m: PyModule): void {
  const error = new PyType('error', [Exception], typeType, TF_BASETYPE);
  error.flags |= TF_HEAPTYPE;
  error.ns.set('__module__', 'zlib');
  error.hasDict = true;
  m.ns.setStr('error', error);
  const zerr = (what: string, e: unknown): never => {
    const code = (e as { errno?: number; code?: string }).errno;
    const msg = (e as Error).message ?? String(e);
    if (/incorrect header check/.test(msg)) throw newExc(error, `Error -3 while ${what}: incorrect header check`);
    if (/invalid (block type|stored block lengths|distance|code|literal)|too many length|invalid bit length/.test(msg)) throw newExc(error, `Error -3 while ${what}: ${msg.replace(/^.*?: /, '')}`);
    if (/unexpected end of file/.test(msg)) throw newExc(error, `Error -5 while ${what}: incomplete or truncated stream`);
    throw newExc(error, `Error ${code ?? -3} while ${what}: ${msg}`);
  };
  const consts: Record<string, number | string> = {
    MAX_WBITS: 15, DEFLATED: 8, DEF_MEM_LEVEL: 8, DEF_BUF_SIZE: 16384,
    Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
    Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
    Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5, Z_TREES: 6,
    ZLIB_VERSION: process.versions.zlib ?? '1.2.13', ZLIB_RUNTIME_VERSION: process.versions.zlib ?? '1.2.13',
  };
  for (const [k, v] of Object.entries(consts)) m.ns.setStr(k, v);

  const deflate = (data: Uint8Array, kind: 'zlib' | 'raw' | 'gzip', opts: nz.ZlibOptions): Uint8Array => {
    const f = kind === 'raw' ? nz.deflateRawSync : kind === 'gzip' ? nz.gzipSync : nz.deflateSync;
    return new Uint8Array(f(data, opts));
  };
  const compressOpts = (level: number, wbits: number, memLevel = 8, strategy = 0): { kind: 'zlib' | 'raw' | 'gzip'; opts: nz.ZlibOptions } => {
    if (level < -1 || level > 9) throw newExc(error, 'Bad compression level');
    const f = format(wbits, false);
    if (f.window < 0 || f.kind === 'auto') throw valueError('Invalid initialization option');
    // zlib turns windowBits 8 into 9 for deflate
    return { kind: f.kind as 'zlib' | 'raw' | 'gzip', opts: { level, windowBits: Math.max(9, f.window), memLevel, strategy } };
  };
  def(m, 'compress', (args, kw) => {
    const p = bindKw('compress', args, kw, ['data'], { level: -1, wbits: 15 }, ['level', 'wbits'], true);
    const { kind, opts } = compressOpts(num(p['level'], -1), num(p['wbits'], 15));
    return new PyBytes(deflate(bytesArg(p['data']!, 'compress'), kind, opts));
  });
  const inflateAll = (data: Uint8Array, kind: string, window: number, partial: boolean): { out: Uint8Array; used: number } => {
    const opts: nz.ZlibOptions & { info: true } = { windowBits: window, info: true };
    if (partial) opts.finishFlush = C.Z_SYNC_FLUSH;
    const f = kind === 'raw' ? nz.inflateRawSync : kind === 'gzip' ? nz.gunzipSync : kind === 'auto' ? nz.unzipSync : nz.inflateSync;
    const r = f(data, opts) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
    return { out: new Uint8Array(r.buffer), used: r.engine.bytesWritten };
  };
  def(m, 'decompress', (args, kw) => {
    const p = bindKw('decompress', args, kw, ['data'], { wbits: 15, bufsize: 16384 }, ['wbits', 'bufsize'], true);
    const data = bytesArg(p['data']!, 'decompress');
    const bufsize = num(p['bufsize'], 16384);
    if (bufsize < 0) throw valueError('bufsize must be non-negative');
    const f = format(num(p['wbits'], 15), true);
    if (f.window < 0) throw newExc(error, 'Error -2 while preparing to decompress data: inconsistent stream state');
    try {
      return new PyBytes(inflateAll(data, f.kind, f.window, false).out);
    } catch (e) {
      return zerr('decompressing data', e);
    }
  });
  def(m, 'crc32', (args) => {
    const d = bytesArg(args[0]!, 'crc32');
    return crc32(d, num(args[1], 0) >>> 0);
  });
  def(m, 'adler32', (args) => {
    const d = bytesArg(args[0]!, 'adler32');
    return adler32(d, num(args[1], 1) >>> 0);
  });

  // --- compressobj ------------------------------------------------------------------------------
  const CT = builtinType('Compress', objectType, 0);
  CT.moduleName = 'zlib';
  def(m, 'compressobj', (args, kw) => {
    const p = bindKw('compressobj', args, kw, [], { level: -1, method: 8, wbits: 15, memLevel: 8, strategy: 0, zdict: None }, ['level', 'method', 'wbits', 'memLevel', 'strategy', 'zdict'], true);
    if (num(p['method'], 8) !== 8) throw valueError('Invalid initialization option');
    const { kind, opts } = compressOpts(num(p['level'], -1), num(p['wbits'], 15), num(p['memLevel'], 8), num(p['strategy'], 0));
    if (p['zdict'] !== None) opts.dictionary = Buffer.from(bytesArg(p['zdict']!, 'compressobj'));
    const c = new PyCompress(CT);
    c.kind = kind;
    c.opts = opts;
    return c;
  });
  method(CT, 'compress', 1, 1, (self: PyCompress, data) => {
    if (self.finished) throw newExc(error, 'Error -2 while compressing data: inconsistent stream state');
    self.chunks.push(bytesArg(data!, 'compress').slice());
    return new PyBytes(new Uint8Array(0));
  });
  method(CT, 'flush', 0, 1, (self: PyCompress, mode) => {
    const md = num(mode, C.Z_FINISH);
    if (md === C.Z_NO_FLUSH) return new PyBytes(new Uint8Array(0));
    if (md !== C.Z_FINISH) return new PyBytes(new Uint8Array(0));
    if (self.finished) throw newExc(error, 'Error -2 while flushing: inconsistent stream state');
    self.finished = true;
    const data = Buffer.concat(self.chunks);
    self.chunks = [];
    return new PyBytes(deflate(data, self.kind, self.opts));
  });
  method(CT, 'copy', 0, 0, (self: PyCompress) => {
    const c = new PyCompress(CT);
    c.chunks = [...self.chunks];
    c.kind = self.kind;
    c.opts = self.opts;
    c.finished = self.finished;
    return c;
  });

  // --- decompressobj ----------------------------------------------------------------------------
  const DT = builtinType('Decompress', objectType, 0);
  DT.moduleName = 'zlib';
  def(m, 'decompressobj', (args, kw) => {
    const p = bindKw('decompressobj', args, kw, [], { wbits: 15, zdict: None }, ['wbits', 'zdict'], true);
    const f = format(num(p['wbits'], 15), true);
    if (f.window < 0) throw valueError('Invalid initialization option');
    const d = new PyDecompress(DT);
    d.kind = f.kind;
    d.opts = { windowBits: f.window };
    if (p['zdict'] !== None) d.opts.dictionary = Buffer.from(bytesArg(p['zdict']!, 'decompressobj'));
    return d;
  });
  /** Inflates everything received so far; updates eof / unused_data. */
  const advance = (self: PyDecompress, final: boolean): void => {
    if (self.eof) return;
    const all = Buffer.concat(self.input);
    self.input = [all];
    let r: { out: Uint8Array; used: number };
    let complete = true;
    try {
      r = inflateAll(all, self.kind, self.opts.windowBits ?? 15, false);
    } catch (e) {
      if (!/unexpected end of file/.test((e as Error).message)) return zerr('decompressing data', e);
      complete = false;
      try {
        r = inflateAll(all, self.kind, self.opts.windowBits ?? 15, true);
      } catch (e2) {
        return zerr('decompressing data', e2);
      }
    }
    const fresh = r.out.subarray(self.emitted);
    self.pending = fresh.length ? fresh.slice() : new Uint8Array(0);
    if (complete) {
      self.eof = true;
      self.unusedData = all.slice(r.used);
    }
    void final;
  };
  methodRaw(DT, 'decompress', (args, kw) => {
    const self = args[0] as PyDecompress;
    const p = bindKw('decompress', args.slice(1), kw, ['data'], { max_length: 0 }, ['max_length'], true);
    const data = bytesArg(p['data']!, 'decompress');
    const max = num(p['max_length'], 0);
    if (max < 0) throw valueError('max_length must be non-negative');
    if (self.eof) {
      // data after the end of the stream is unused
      if (data.length) self.unusedData = Buffer.concat([self.unusedData, data]);
    } else if (data.length) {
      self.input.push(data.slice());
      self.inputLen += data.length;
    }
    if (self.pending.length === 0 && !self.eof) advance(self, false);
    let out = self.pending;
    if (max > 0 && out.length > max) out = out.subarray(0, max);
    self.pending = self.pending.subarray(out.length);
    self.emitted += out.length;
    return new PyBytes(out.slice());
  });
  method(DT, 'flush', 0, 1, (self: PyDecompress, length) => {
    if (length !== undefined && num(length, 0) <= 0) throw valueError('length must be greater than zero');
    if (!self.eof) advance(self, true);
    const out = self.pending;
    self.pending = new Uint8Array(0);
    self.emitted += out.length;
    return new PyBytes(out.slice());
  });
  method(DT, 'copy', 0, 0, (self: PyDecompress) => {
    const d = new PyDecompress(DT);
    Object.assign(d, { input: [...self.input], inputLen: self.inputLen, emitted: self.emitted, pending: self.pending, kind: self.kind, opts: self.opts, eof: self.eof, unusedData: self.unusedData });
    return d;
  });
  getset(DT, 'eof', (self: PyDecompress) => self.eof && self.pending.length === 0);
  getset(DT, 'unused_data', (self: PyDecompress) => new PyBytes(self.eof && self.pending.length === 0 ? self.unusedData : new Uint8Array(0)));
  getset(DT, 'unconsumed_tail', () => new PyBytes(new Uint8Array(0)));
  void overflowError;
}
