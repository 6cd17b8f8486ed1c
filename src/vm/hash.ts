// Python's hash() values, bit for bit as CPython 3.11 computes them (Python/pyhash.c,
// Objects/longobject.c, floatobject.c, tupleobject.c, setobject.c): numbers hash by value modulo
// 2**61 - 1 so that hash(1) == hash(1.0) == hash(True); str hashes with SipHash-1-3 keyed as
// PYTHONHASHSEED=0 keys it. Set iteration order depends on these values, so they must agree.
//
// A hash is a JavaScript number when it is a safe integer and a bigint otherwise (the same
// canonical form as ints), so two hashes compare with `===`.

import { siphash } from '../pyc/siphash.js';

export type Hash = number | bigint;

export const MODULUS = (1n << 61n) - 1n;
const MODULUS_N = 2 ** 61 - 1;
export const HASH_INF = 314159;

const U64 = (x: bigint): bigint => BigInt.asUintN(64, x);
const I64 = (x: bigint): bigint => BigInt.asIntN(64, x);

/** A signed 64-bit hash in canonical form; -1 becomes -2 as in CPython. */
export function canonHash(h: bigint): Hash {
  let s = I64(h);
  if (s === -1n) s = -2n;
  return s >= -9007199254740991n && s <= 9007199254740991n ? Number(s) : s;
}

export function hashInt(n: number | bigint): Hash {
  if (typeof n === 'number') {
    // |n| < 2**53 < 2**61 - 1, so n is its own residue.
    return n === -1 ? -2 : n;
  }
  const neg = n < 0n;
  let r = (neg ? -n : n) % MODULUS;
  if (neg) r = -r;
  return canonHash(r);
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** hash(float) for a finite or infinite value (NaN hashes by identity; the caller handles it). */
export function hashFloat(v: number): Hash {
  if (v === Infinity) return HASH_INF;
  if (v === -Infinity) return -HASH_INF;
  if (Number.isInteger(v)) {
    if (Number.isSafeInteger(v)) return v === -1 ? -2 : v;
    return hashInt(BigInt(v));
  }
  // v = mant * 2**exp exactly, with an integer mantissa.
  f64[0] = v;
  const lo = u32[0]!;
  const hi = u32[1]!;
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = BigInt(hi & 0xfffff) * 4294967296n + BigInt(lo);
  let exp: number;
  if (bexp === 0) exp = -1074;
  else {
    mant += 1n << 52n;
    exp = bexp - 1075;
  }
  // exp < 0 here (v is not an integer). hash = mant * 2**exp mod P, and 2**61 == 1 (mod P).
  const e = ((exp % 61) + 61) % 61;
  let x = (mant % MODULUS) * (1n << BigInt(e)) % MODULUS;
  if (v < 0) x = -x;
  return canonHash(x);
}

// --- str -------------------------------------------------------------------------------------

const strCache = new Map<string, Hash>();

/**
 * hash(str): SipHash-1-3 with the all-zero key (PYTHONHASHSEED=0) over CPython's internal
 * representation: one byte per code point when all are < 256, two when all are < 65536,
 * else four, little-endian.
 */
export function hashStr(s: string): Hash {
  if (s.length === 0) return 0;
  const hit = strCache.get(s);
  if (hit !== undefined) return hit;
  let max = 0;
  const cps: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c > max) max = c;
    cps.push(c);
  }
  const width = max < 256 ? 1 : max < 65536 ? 2 : 4;
  const bytes = new Uint8Array(cps.length * width);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    const o = i * width;
    bytes[o] = c & 0xff;
    if (width > 1) bytes[o + 1] = (c >>> 8) & 0xff;
    if (width > 2) {
      bytes[o + 2] = (c >>> 16) & 0xff;
      bytes[o + 3] = 0;
    }
  }
  const h = hashBytesRaw(bytes);
  if (strCache.size > 50000) strCache.clear();
  strCache.set(s, h);
  return h;
}

/** hash(bytes). */
export function hashBytesRaw(bytes: Uint8Array): Hash {
  if (bytes.length === 0) return 0;
  const out = siphash(0n, 0n, bytes, 1, 3);
  let h = 0n;
  for (let i = 7; i >= 0; i--) h = (h << 8n) | BigInt(out[i]!);
  return canonHash(h);
}

// --- tuples and frozensets --------------------------------------------------------------------

// 64-bit arithmetic on (hi, lo) pairs of unsigned 32-bit numbers, for tuplehash without bigints.
// (Inlined by hand: results kept in module variables would be boxed on every store.)

/** The low 32 bits of (a * b) for uint32 a, b, exactly. */
function mulLo(a: number, b: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const p00 = a0 * b0;
  const mid = (p00 >>> 16) + ((a0 * (b >>> 16)) & 0xffff) + ((a1 * b0) & 0xffff);
  return (((mid & 0xffff) << 16) | (p00 & 0xffff)) >>> 0;
}

/** The high 32 bits of (a * b) for uint32 a, b, exactly. */
function mulHi(a: number, b: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  return (a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) >>> 0;
}

const P1_HI = 0x9e3779b1;
const P1_LO = 0x85ebca87;
const P2_HI = 0xc2b2ae3d;
const P2_LO = 0x27d4eb4f;
const P5_HI = 0x27d4eb2f;
const P5_LO = 0x165667c5;

/** A signed 64-bit value given as hi:lo, in canonical hash form. */
function fromPair(hi: number, lo: number): Hash {
  const shi = hi | 0;
  if (shi >= -0x200000 && shi < 0x200000) {
    const v = shi * 4294967296 + lo;
    if (Number.isSafeInteger(v)) return v === -1 ? -2 : v;
  }
  // not a safe integer, so not -1 either: the signed value as a bigint
  return (BigInt(shi) << 32n) | BigInt(lo);
}

// The accumulator of the last tupleAcc() call (a typed array: its stores box nothing).
const ACC = new Uint32Array(2);

/** tuplehash's 64-bit accumulator over the items' hashes, into ACC (hi, lo). */
function tupleAcc(lanes: readonly Hash[]): void {
  let accHi = P5_HI;
  let accLo = P5_LO;
  for (let i = 0; i < lanes.length; i++) {
    const l = lanes[i]!;
    let lHi: number;
    let lLo: number;
    if (typeof l === 'number') {
      lLo = l >>> 0;
      lHi = Math.floor(l / 4294967296) >>> 0;
    } else {
      lLo = Number(BigInt.asUintN(32, l));
      lHi = Number(BigInt.asUintN(32, l >> 32n));
    }
    // acc += lane * PRIME2
    const mLo = mulLo(lLo, P2_LO);
    const mHi = (mulHi(lLo, P2_LO) + Math.imul(lHi, P2_LO) + Math.imul(lLo, P2_HI)) >>> 0;
    const sLo = accLo + mLo;
    const sHi = (accHi + mHi + (sLo > 0xffffffff ? 1 : 0)) >>> 0;
    const lo = sLo >>> 0;
    // acc = rotl(acc, 31)
    const nHi = ((sHi << 31) | (lo >>> 1)) >>> 0;
    const nLo = ((lo << 31) | (sHi >>> 1)) >>> 0;
    // acc *= PRIME1
    accLo = mulLo(nLo, P1_LO);
    accHi = (mulHi(nLo, P1_LO) + Math.imul(nHi, P1_LO) + Math.imul(nLo, P1_HI)) >>> 0;
  }
  // acc += len ^ (PRIME5 ^ 3527539)
  const xLo = (lanes.length ^ (P5_LO ^ 3527539)) >>> 0;
  const sLo = accLo + xLo;
  ACC[0] = accHi + P5_HI + (sLo > 0xffffffff ? 1 : 0);
  ACC[1] = sLo;
}

/** tuplehash (xxHash-based, 3.8+) over the items' hashes. */
export function hashTupleOf(lanes: readonly Hash[]): Hash {
  tupleAcc(lanes);
  const hi = ACC[0]!;
  const lo = ACC[1]!;
  if (hi === 0xffffffff && lo === 0xffffffff) return 1546275796;
  return fromPair(hi, lo);
}

// --- folds: a small int of a hash, for tables keyed by hash (dict buckets) ------------------------

function foldPair(hi: number, lo: number): number {
  return ((lo ^ Math.imul(hi, 0x9e3779b1)) >>> 0) & 0x3fffffff;
}

/** The fold of a hash: a function of its 64-bit value only, small enough to be a V8 Smi. */
export function foldHash(h: Hash): number {
  if (typeof h === 'number') return foldPair(Math.floor(h / 4294967296) >>> 0, h >>> 0);
  return foldPair(Number(BigInt.asUintN(32, h >> 32n)), Number(BigInt.asUintN(32, h)));
}

/** foldHash(hashTupleOf(lanes)) without making the hash (no bigint). */
export function foldTupleHash(lanes: readonly Hash[]): number {
  tupleAcc(lanes);
  const hi = ACC[0]!;
  const lo = ACC[1]!;
  if (hi === 0xffffffff && lo === 0xffffffff) return foldHash(1546275796);
  // hashTupleOf is this pair read as signed (never -1 here, so fromPair changes nothing)
  return foldPair(hi, lo);
}

const shuffle = (h: bigint): bigint => U64(((h ^ 89869747n) ^ U64(h << 16n)) * 3644798167n);

/** frozenset_hash, given the hash of each slot of the table (0 for empty, -1 for dummy). */
export function hashFrozenSetTable(slotHashes: Hash[], used: number, fill: number): Hash {
  let hash = 0n;
  for (const h of slotHashes) hash ^= shuffle(U64(BigInt(h)));
  const mask = slotHashes.length - 1;
  if ((mask + 1 - fill) & 1) hash ^= shuffle(0n);
  if ((fill - used) & 1) hash ^= shuffle(U64(-1n));
  hash ^= U64(BigInt(used + 1) * 1927868237n);
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = U64(hash * 69069n + 907133923n);
  if (hash === U64(-1n)) hash = 590923713n;
  return canonHash(hash);
}

/** The low and high 32 bits of a hash as unsigned numbers, for table indexing. */
export function hashLo(h: Hash): number {
  return typeof h === 'number' ? h >>> 0 : Number(BigInt.asUintN(32, h));
}

export function hashHi(h: Hash): number {
  return typeof h === 'number' ? Math.floor(h / 4294967296) >>> 0 : Number(BigInt.asUintN(32, h >> 32n));
}

export { MODULUS_N };
