// _hashlib (Modules/_hashopenssl.c) over Node's crypto (OpenSSL too): HASH, HASHXOF, HMAC,
// pbkdf2_hmac, scrypt; and _blake2 (Modules/_blake2), BLAKE2b/BLAKE2s with all their parameters,
// written out here since OpenSSL's fixed-size variants cannot take a key, salt or person.

import { createHash, createHmac, pbkdf2Sync, scryptSync, type Hash, type Hmac } from 'node:crypto';
import { PyObject, type Value } from '../object.js';
import type { PyModule } from '../module.js';
import { builtinType, None, objectType, PyType, TF_BASETYPE, typeOf } from '../type.js';
import { PyBytes, bufferData } from '../bytes.js';
import { getset, method, methodRaw, PyBuiltin, PyStaticMethod } from '../function.js';
import { newExc, typeError, valueError, ValueError, overflowError } from '../exceptions.js';
import { strValue, truthy } from '../abstract.js';
import { intValue } from '../numeric.js';
import { bindKw } from '../number-methods.js';
import { PySet, frozensetType } from '../set.js';
import { hashOf } from '../abstract.js';
import { objectId } from '../dict.js';
import { typeType, TF_HEAPTYPE } from '../type.js';
import { def } from './util.js';

/** Python name -> [OpenSSL name, digest size, block size]. */
const ALGOS: Record<string, [string, number, number]> = {
  md5: ['md5', 16, 64],
  sha1: ['sha1', 20, 64],
  sha224: ['sha224', 28, 64],
  sha256: ['sha256', 32, 64],
  sha384: ['sha384', 48, 128],
  sha512: ['sha512', 64, 128],
  sha512_224: ['sha512-224', 28, 128],
  sha512_256: ['sha512-256', 32, 128],
  sha3_224: ['sha3-224', 28, 144],
  sha3_256: ['sha3-256', 32, 136],
  sha3_384: ['sha3-384', 48, 104],
  sha3_512: ['sha3-512', 64, 72],
  shake_128: ['shake128', 0, 168],
  shake_256: ['shake256', 0, 136],
  blake2b: ['blake2b512', 64, 128],
  blake2s: ['blake2s256', 32, 64],
  ripemd160: ['ripemd160', 20, 64],
  sm3: ['sm3', 32, 64],
  'md5-sha1': ['md5-sha1', 36, 64],
};

/** OpenSSL's and Python's spellings of a digest name. */
function canonical(name: string): string | null {
  const n = name.toLowerCase().replace(/-/g, '_');
  if (n in ALGOS) return n;
  const alias: Record<string, string> = { sha3_224: 'sha3_224', 'sha512/224': 'sha512_224', 'sha512/256': 'sha512_256', shake128: 'shake_128', shake256: 'shake_256', blake2b512: 'blake2b', blake2s256: 'blake2s', md5_sha1: 'md5-sha1' };
  return alias[n] ?? alias[name.toLowerCase()] ?? null;
}

function dataArg(v: Value | undefined, what = 'object'): Uint8Array | null {
  if (v === undefined || v === None) return null;
  if (typeof v === 'string') throw typeError('Strings must be encoded before hashing');
  const d = bufferData(v);
  if (d === null) throw typeError(`${what} supporting the buffer API required`);
  return d;
}

class PyHashObj extends PyObject {
  name: string;
  h: Hash;
  constructor(cls: PyType, name: string, h: Hash) {
    super(cls);
    this.name = name;
    this.h = h;
  }
}

class PyHmacObj extends PyObject {
  digestName: string;
  h: Hmac;
  key: Uint8Array;
  parts: Uint8Array[] = [];
  constructor(cls: PyType, digestName: string, key: Uint8Array) {
    super(cls);
    this.digestName = digestName;
    this.key = key;
    this.h = createHmac(ALGOS[digestName]![0], key);
  }
}

export function initHashlib(m: PyModule): void {
  const HASH = builtinType('HASH', objectType, 0);
  HASH.moduleName = '_hashlib';
  const HASHXOF = builtinType('HASHXOF', HASH, 0);
  HASHXOF.moduleName = '_hashlib';
  const HMAC = builtinType('HMAC', objectType, 0);
  HMAC.moduleName = '_hashlib';
  const unsupported = new PyType('UnsupportedDigestmodError', [ValueError], typeType, TF_BASETYPE);
  unsupported.flags |= TF_HEAPTYPE;
  unsupported.ns.set('__module__', '_hashlib');
  unsupported.hasDict = true;
  m.ns.setStr('HASH', HASH);
  m.ns.setStr('HASHXOF', HASHXOF);
  m.ns.setStr('HMAC', HMAC);
  m.ns.setStr('UnsupportedDigestmodError', unsupported);

  const make = (name: string, data: Uint8Array | null): PyHashObj => {
    const c = canonical(name);
    if (c === null) throw newExc(unsupported, `unsupported hash type ${name}`);
    const h = new PyHashObj(c.startsWith('shake') ? HASHXOF : HASH, c, createHash(ALGOS[c]![0]));
    if (data !== null) h.h.update(data);
    return h;
  };
  methodRaw(HASH, 'update', (args, kw) => {
    const p = bindKw('update', args.slice(1), kw, ['obj'], {});
    (args[0] as PyHashObj).h.update(dataArg(p['obj'])!);
    return None;
  });
  method(HASH, 'digest', 0, 0, (self: PyHashObj) => new PyBytes(new Uint8Array(self.h.copy().digest())));
  method(HASH, 'hexdigest', 0, 0, (self: PyHashObj) => self.h.copy().digest('hex'));
  method(HASH, 'copy', 0, 0, (self: PyHashObj) => new PyHashObj(self.cls, self.name, self.h.copy()));
  getset(HASH, 'name', (self: PyHashObj) => self.name);
  getset(HASH, 'digest_size', (self: PyHashObj) => ALGOS[self.name]![1]);
  getset(HASH, 'block_size', (self: PyHashObj) => ALGOS[self.name]![2]);
  method(HASH, '__repr__', 0, 0, (self: PyHashObj) => `<${self.name} ${self.cls.name} object @ 0x${objectId(self).toString(16)}>`);
  const xofLen = (self: PyHashObj, n: Value | undefined): Hash => {
    const k = Number(intValue(n ?? 0) ?? 0);
    if (k < 0) throw valueError('length must be non-negative');
    if (k >= 2 ** 29) throw overflowError('digest length is too large');
    return self.h.copy({ outputLength: k });
  };
  methodRaw(HASHXOF, 'digest', (args, kw) => {
    const p = bindKw('digest', args.slice(1), kw, ['length'], {});
    return new PyBytes(new Uint8Array(xofLen(args[0] as PyHashObj, p['length']).digest()));
  });
  methodRaw(HASHXOF, 'hexdigest', (args, kw) => {
    const p = bindKw('hexdigest', args.slice(1), kw, ['length'], {});
    return xofLen(args[0] as PyHashObj, p['length']).digest('hex');
  });
  getset(HASHXOF, 'digest_size', () => 0);

  def(m, 'new', (args, kw) => {
    const p = bindKw('new', args, kw, ['name'], { string: None }, ['string', 'usedforsecurity'], true);
    const name = strValue(p['name']!);
    if (name === undefined) throw typeError(`new() argument 'name' must be str, not ${typeOf(p['name']!).name}`);
    return make(name, dataArg(p['string']));
  });
  const names = new PySet(frozensetType);
  for (const n of Object.keys(ALGOS)) {
    names.add(n, hashOf(n));
    def(m, `openssl_${n}`, (args, kw) => {
      const p = bindKw(`openssl_${n}`, args, kw, [], { string: None }, ['string', 'usedforsecurity'], true);
      return make(n, dataArg(p['string']));
    });
  }
  for (const n of ['blake2b', 'blake2s', 'ripemd160', 'sm3', 'md5-sha1', 'sha512_224', 'sha512_256']) m.ns.delete(`openssl_${n}`);
  m.ns.setStr('openssl_md_meth_names', names);
  m.ns.setStr('_constructors', None);
  def(m, 'get_fips_mode', () => 0);
  def(m, 'compare_digest', (args) => {
    const [a, b] = args as [Value, Value];
    const sa = strValue(a);
    const sb = strValue(b);
    if (sa !== undefined && sb !== undefined) {
      if (/[^\x00-\x7f]/.test(sa + sb)) throw typeError('comparing strings with non-ASCII characters is not supported');
      return sa === sb;
    }
    const da = sa === undefined ? bufferData(a) : null;
    const db = sb === undefined ? bufferData(b) : null;
    if (da === null || db === null) throw typeError(`unsupported operand types(s) or combination of types: '${typeOf(a).name}' and '${typeOf(b).name}'`);
    return da.length === db.length && da.every((x, i) => x === db[i]);
  });
  def(m, 'pbkdf2_hmac', (args, kw) => {
    const p = bindKw('pbkdf2_hmac', args, kw, ['hash_name', 'password', 'salt', 'iterations'], { dklen: None }, ['dklen'], true);
    const name = canonical(strValue(p['hash_name']!) ?? '');
    if (name === null) throw newExc(unsupported, `unsupported hash type ${strValue(p['hash_name']!)}`);
    const iters = Number(intValue(p['iterations']!) ?? 0);
    if (iters < 1) throw valueError('iteration value must be greater than 0.');
    const dklen = p['dklen'] === None ? ALGOS[name]![1] : Number(intValue(p['dklen']!) ?? 0);
    if (dklen < 1) throw valueError('key length must be greater than 0.');
    return new PyBytes(new Uint8Array(pbkdf2Sync(dataArg(p['password'])!, dataArg(p['salt'])!, iters, dklen, ALGOS[name]![0])));
  });
  def(m, 'scrypt', (args, kw) => {
    const p = bindKw('scrypt', args, kw, ['password'], { salt: None, n: None, r: None, p: None, maxmem: 0, dklen: 64 }, ['salt', 'n', 'r', 'p', 'maxmem', 'dklen']);
    const N = Number(intValue(p['n']!) ?? 0);
    const r = Number(intValue(p['r']!) ?? 0);
    const pp = Number(intValue(p['p']!) ?? 0);
    const maxmem = Number(intValue(p['maxmem']!) ?? 0);
    const out = scryptSync(dataArg(p['password'])!, dataArg(p['salt'])!, Number(intValue(p['dklen']!) ?? 64), { N, r, p: pp, maxmem: maxmem || 32 * 1024 * 1024 });
    return new PyBytes(new Uint8Array(out));
  });
  const digestName = (v: Value): string => {
    let s = strValue(v);
    if (s === undefined) {
      const n = v instanceof PyBuiltin ? v.name : undefined;
      if (n !== undefined && n.startsWith('openssl_')) s = n.slice(8);
    }
    const c = s === undefined ? null : canonical(s);
    if (c === null || c.startsWith('shake') || c === 'blake2b' || c === 'blake2s') throw newExc(unsupported, `unsupported hash type ${s ?? ''}`);
    return c;
  };
  def(m, 'hmac_new', (args, kw) => {
    const p = bindKw('hmac_new', args, kw, ['key'], { msg: None, digestmod: None }, ['msg', 'digestmod'], true);
    const key = dataArg(p['key'], 'key')!;
    if (p['digestmod'] === None) throw typeError('Missing required parameter \'digestmod\'.');
    const h = new PyHmacObj(HMAC, digestName(p['digestmod']!), key);
    const msg = dataArg(p['msg']);
    if (msg !== null) {
      h.h.update(msg);
      h.parts.push(msg.slice());
    }
    return h;
  });
  def(m, 'hmac_digest', (args, kw) => {
    const p = bindKw('hmac_digest', args, kw, ['key', 'msg', 'digest'], {}, [], true);
    const name = digestName(p['digest']!);
    return new PyBytes(new Uint8Array(createHmac(ALGOS[name]![0], dataArg(p['key'])!).update(dataArg(p['msg'])!).digest()));
  });
  methodRaw(HMAC, 'update', (args, kw) => {
    const p = bindKw('update', args.slice(1), kw, ['msg'], {});
    const self = args[0] as PyHmacObj;
    const d = dataArg(p['msg'])!;
    self.h.update(d);
    self.parts.push(d.slice());
    return None;
  });
  // Node's Hmac cannot be copied: replay the message into a fresh one
  const replay = (self: PyHmacObj): Hmac => {
    const h = createHmac(ALGOS[self.digestName]![0], self.key);
    for (const p of self.parts) h.update(p);
    return h;
  };
  method(HMAC, 'digest', 0, 0, (self: PyHmacObj) => new PyBytes(new Uint8Array(replay(self).digest())));
  method(HMAC, 'hexdigest', 0, 0, (self: PyHmacObj) => replay(self).digest('hex'));
  method(HMAC, 'copy', 0, 0, (self: PyHmacObj) => {
    const c = new PyHmacObj(HMAC, self.digestName, self.key);
    c.parts = [...self.parts];
    c.h = replay(self);
    return c;
  });
  getset(HMAC, 'name', (self: PyHmacObj) => `hmac-${self.digestName}`);
  getset(HMAC, 'digest_size', (self: PyHmacObj) => ALGOS[self.digestName]![1]);
  getset(HMAC, 'block_size', (self: PyHmacObj) => ALGOS[self.digestName]![2]);
  method(HMAC, '__repr__', 0, 0, (self: PyHmacObj) => `<hmac-${self.digestName} HMAC object @ 0x${objectId(self).toString(16)}>`);
  void truthy;
}

// --- BLAKE2 (RFC 7693) ----------------------------------------------------------------------------

const B2B_IV = [
  0x6a09e667f3bcc908n, 0xbb67ae8584caa73bn, 0x3c6ef372fe94f82bn, 0xa54ff53a5f1d36f1n,
  0x510e527fade682d1n, 0x9b05688c2b3e6c1fn, 0x1f83d9abfb41bd6bn, 0x5be0cd19137e2179n,
];
const B2S_IV = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

interface Blake2Params {
  digestSize: number;
  key: Uint8Array;
  salt: Uint8Array;
  person: Uint8Array;
  fanout: number;
  depth: number;
  leafSize: number;
  nodeOffset: bigint;
  nodeDepth: number;
  innerSize: number;
  lastNode: boolean;
}

/** An incremental BLAKE2b (64-bit words) or BLAKE2s (32-bit words) state. */
class Blake2 {
  h: bigint[] | number[];
  buf: Uint8Array;
  buflen = 0;
  t = 0n;
  constructor(readonly big: boolean, readonly p: Blake2Params, init = true) {
    this.buf = new Uint8Array(big ? 128 : 64);
    this.h = [];
    if (!init) return;
    const w = big ? 8 : 4;
    const param = new Uint8Array(big ? 64 : 32);
    param[0] = p.digestSize;
    param[1] = p.key.length;
    param[2] = p.fanout;
    param[3] = p.depth;
    new DataView(param.buffer).setUint32(4, p.leafSize, true);
    if (big) {
      new DataView(param.buffer).setBigUint64(8, p.nodeOffset, true);
      param[16] = p.nodeDepth;
      param[17] = p.innerSize;
      param.set(p.salt, 32);
      param.set(p.person, 48);
    } else {
      const off = Number(p.nodeOffset);
      new DataView(param.buffer).setUint32(8, off % 2 ** 32, true);
      new DataView(param.buffer).setUint16(12, Math.floor(off / 2 ** 32), true);
      param[14] = p.nodeDepth;
      param[15] = p.innerSize;
      param.set(p.salt, 16);
      param.set(p.person, 24);
    }
    const dv = new DataView(param.buffer);
    if (big) this.h = B2B_IV.map((x, i) => x ^ dv.getBigUint64(i * w, true));
    else this.h = B2S_IV.map((x, i) => (x ^ dv.getUint32(i * w, true)) >>> 0);
    if (p.key.length) {
      const block = new Uint8Array(this.buf.length);
      block.set(p.key);
      this.update(block);
    }
  }
  copy(): Blake2 {
    const c = new Blake2(this.big, this.p, false);
    c.h = [...this.h] as bigint[] | number[];
    c.buf = this.buf.slice();
    c.buflen = this.buflen;
    c.t = this.t;
    return c;
  }
  update(data: Uint8Array): void {
    const bl = this.buf.length;
    for (let i = 0; i < data.length; ) {
      if (this.buflen === bl) {
        this.t += BigInt(bl);
        this.compress(this.buf, false);
        this.buflen = 0;
      }
      const n = Math.min(bl - this.buflen, data.length - i);
      this.buf.set(data.subarray(i, i + n), this.buflen);
      this.buflen += n;
      i += n;
    }
  }
  digest(): Uint8Array {
    const c = this.copy();
    c.t += BigInt(c.buflen);
    c.buf.fill(0, c.buflen);
    c.compress(c.buf, true);
    const out = new Uint8Array(c.big ? 64 : 32);
    const dv = new DataView(out.buffer);
    c.h.forEach((x, i) => (c.big ? dv.setBigUint64(i * 8, x as bigint, true) : dv.setUint32(i * 4, x as number, true)));
    return out.slice(0, this.p.digestSize);
  }
  compress(block: Uint8Array, last: boolean): void {
    const dv = new DataView(block.buffer, block.byteOffset, block.byteLength);
    if (this.big) {
      const M = 0xffffffffffffffffn;
      const m: bigint[] = [];
      for (let i = 0; i < 16; i++) m.push(dv.getBigUint64(i * 8, true));
      const h = this.h as bigint[];
      const v = [...h, ...B2B_IV];
      v[12]! ^= this.t & M;
      v[13]! ^= (this.t >> 64n) & M;
      if (last) {
        v[14] = v[14]! ^ M;
        if (this.p.lastNode) v[15] = v[15]! ^ M;
      }
      const rot = (x: bigint, n: bigint): bigint => ((x >> n) | (x << (64n - n))) & M;
      const G = (a: number, b: number, c: number, d: number, x: bigint, y: bigint): void => {
        v[a] = (v[a]! + v[b]! + x) & M;
        v[d] = rot(v[d]! ^ v[a]!, 32n);
        v[c] = (v[c]! + v[d]!) & M;
        v[b] = rot(v[b]! ^ v[c]!, 24n);
        v[a] = (v[a]! + v[b]! + y) & M;
        v[d] = rot(v[d]! ^ v[a]!, 16n);
        v[c] = (v[c]! + v[d]!) & M;
        v[b] = rot(v[b]! ^ v[c]!, 63n);
      };
      for (let r = 0; r < 12; r++) {
        const s = SIGMA[r % 10]!;
        G(0, 4, 8, 12, m[s[0]!]!, m[s[1]!]!);
        G(1, 5, 9, 13, m[s[2]!]!, m[s[3]!]!);
        G(2, 6, 10, 14, m[s[4]!]!, m[s[5]!]!);
        G(3, 7, 11, 15, m[s[6]!]!, m[s[7]!]!);
        G(0, 5, 10, 15, m[s[8]!]!, m[s[9]!]!);
        G(1, 6, 11, 12, m[s[10]!]!, m[s[11]!]!);
        G(2, 7, 8, 13, m[s[12]!]!, m[s[13]!]!);
        G(3, 4, 9, 14, m[s[14]!]!, m[s[15]!]!);
      }
      for (let i = 0; i < 8; i++) h[i] = h[i]! ^ v[i]! ^ v[i + 8]!;
    } else {
      const m: number[] = [];
      for (let i = 0; i < 16; i++) m.push(dv.getUint32(i * 4, true));
      const h = this.h as number[];
      const v = [...h, ...B2S_IV];
      v[12] = (v[12]! ^ Number(this.t & 0xffffffffn)) >>> 0;
      v[13] = (v[13]! ^ Number((this.t >> 32n) & 0xffffffffn)) >>> 0;
      if (last) {
        v[14] = ~v[14]! >>> 0;
        if (this.p.lastNode) v[15] = ~v[15]! >>> 0;
      }
      const rot = (x: number, n: number): number => ((x >>> n) | (x << (32 - n))) >>> 0;
      const G = (a: number, b: number, c: number, d: number, x: number, y: number): void => {
        v[a] = (v[a]! + v[b]! + x) >>> 0;
        v[d] = rot(v[d]! ^ v[a]!, 16);
        v[c] = (v[c]! + v[d]!) >>> 0;
        v[b] = rot(v[b]! ^ v[c]!, 12);
        v[a] = (v[a]! + v[b]! + y) >>> 0;
        v[d] = rot(v[d]! ^ v[a]!, 8);
        v[c] = (v[c]! + v[d]!) >>> 0;
        v[b] = rot(v[b]! ^ v[c]!, 7);
      };
      for (let r = 0; r < 10; r++) {
        const s = SIGMA[r]!;
        G(0, 4, 8, 12, m[s[0]!]!, m[s[1]!]!);
        G(1, 5, 9, 13, m[s[2]!]!, m[s[3]!]!);
        G(2, 6, 10, 14, m[s[4]!]!, m[s[5]!]!);
        G(3, 7, 11, 15, m[s[6]!]!, m[s[7]!]!);
        G(0, 5, 10, 15, m[s[8]!]!, m[s[9]!]!);
        G(1, 6, 11, 12, m[s[10]!]!, m[s[11]!]!);
        G(2, 7, 8, 13, m[s[12]!]!, m[s[13]!]!);
        G(3, 4, 9, 14, m[s[14]!]!, m[s[15]!]!);
      }
      for (let i = 0; i < 8; i++) h[i] = (h[i]! ^ v[i]! ^ v[i + 8]!) >>> 0;
    }
  }
}

class PyBlake2 extends PyObject {
  state: Blake2 | null = null;
  constructor(cls: PyType) {
    super(cls);
  }
}

export function initBlake2(m: PyModule): void {
  for (const big of [true, false]) {
    const name = big ? 'blake2b' : 'blake2s';
    const T = builtinType(name, objectType, TF_BASETYPE);
    T.moduleName = '_blake2';
    const maxDigest = big ? 64 : 32;
    const saltSize = big ? 16 : 8;
    T.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
      const p = bindKw(name, args.slice(1), kw, ['data'], { data: None, digest_size: maxDigest, key: None, salt: None, person: None, fanout: 1, depth: 1, leaf_size: 0, node_offset: 0, node_depth: 0, inner_size: 0, last_node: false, usedforsecurity: true }, ['digest_size', 'key', 'salt', 'person', 'fanout', 'depth', 'leaf_size', 'node_offset', 'node_depth', 'inner_size', 'last_node', 'usedforsecurity']);
      const num = (k: string): number => Number(intValue(p[k]!) ?? 0);
      const bytes = (k: string): Uint8Array => (p[k] === None ? new Uint8Array(0) : dataArg(p[k]!)!);
      const ds = num('digest_size');
      if (ds < 1 || ds > maxDigest) throw valueError(`digest_size must be between 1 and ${maxDigest} bytes`);
      const key = bytes('key');
      if (key.length > maxDigest) throw valueError(`maximum key length is ${maxDigest} bytes`);
      const salt = bytes('salt');
      if (salt.length > saltSize) throw valueError(`maximum salt length is ${saltSize} bytes`);
      const person = bytes('person');
      if (person.length > saltSize) throw valueError(`maximum person length is ${saltSize} bytes`);
      const fanout = num('fanout');
      if (fanout < 0 || fanout > 255) throw valueError('fanout must be between 0 and 255');
      const depth = num('depth');
      if (depth <= 0 || depth > 255) throw valueError('depth must be between 1 and 255');
      const nodeDepth = num('node_depth');
      if (nodeDepth < 0 || nodeDepth > 255) throw valueError('node_depth must be between 0 and 255');
      const inner = num('inner_size');
      if (inner < 0 || inner > maxDigest) throw valueError(`inner_size must be between 0 and is ${maxDigest}`);
      const o = new PyBlake2(args[0] as PyType);
      o.state = new Blake2(big, { digestSize: ds, key, salt, person, fanout, depth, leafSize: num('leaf_size'), nodeOffset: BigInt(intValue(p['node_offset']!) ?? 0), nodeDepth, innerSize: inner, lastNode: truthy(p['last_node']!) });
      const data = dataArg(p['data']);
      if (data !== null) o.state.update(data);
      return o;
    })));
    methodRaw(T, 'update', (args, kw) => {
      const p = bindKw('update', args.slice(1), kw, ['data'], {});
      (args[0] as PyBlake2).state!.update(dataArg(p['data'])!);
      return None;
    });
    method(T, 'digest', 0, 0, (self: PyBlake2) => new PyBytes(self.state!.digest()));
    method(T, 'hexdigest', 0, 0, (self: PyBlake2) => Buffer.from(self.state!.digest()).toString('hex'));
    method(T, 'copy', 0, 0, (self: PyBlake2) => {
      const c = new PyBlake2(self.cls);
      c.state = self.state!.copy();
      return c;
    });
    getset(T, 'name', () => name);
    getset(T, 'digest_size', (self: PyBlake2) => self.state!.p.digestSize);
    getset(T, 'block_size', () => (big ? 128 : 64));
    T.ns.set('SALT_SIZE', saltSize);
    T.ns.set('PERSON_SIZE', saltSize);
    T.ns.set('MAX_KEY_SIZE', maxDigest);
    T.ns.set('MAX_DIGEST_SIZE', maxDigest);
    m.ns.setStr(name, T);
    const up = name.toUpperCase();
    m.ns.setStr(`${up}_SALT_SIZE`, saltSize);
    m.ns.setStr(`${up}_PERSON_SIZE`, saltSize);
    m.ns.setStr(`${up}_MAX_KEY_SIZE`, maxDigest);
    m.ns.setStr(`${up}_MAX_DIGEST_SIZE`, maxDigest);
  }
}
