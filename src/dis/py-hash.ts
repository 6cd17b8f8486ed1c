// CPython 3.11's hash() of constant values, as far as it is deterministic: ints, bools, floats
// and complex numbers (Python/pyhash.c `_Py_HashDouble`, Objects/longobject.c `long_hash`), str
// and bytes (SipHash-1-3 keyed by the hash secret, over the PEP 393 representation of a str),
// tuples (Objects/tupleobject.c's xxHash-based `tuplehash`) and frozensets. dis needs it only to
// print frozenset constants in the order CPython iterates them (see set-order.ts).
//
// None and Ellipsis hash by address in 3.11 (`id(x) >> 4`): under ASLR only the low 8 bits of
// those hashes are fixed for a given python binary, so they are parameters here. NaN (also by
// address) and code objects are not hashed: for those `pyHash` returns null (unknown).

import { siphash } from '../pyc/siphash.js';
import { PyBytes, PyComplex, PyFrozenSet, PyStrCodePoints, PyTuple, strCodePoints, type PyConstant } from '../values/index.js';

const U64 = (x: bigint): bigint => BigInt.asUintN(64, x);
const I64 = (x: bigint): bigint => BigInt.asIntN(64, x);

/** _PyHASH_MODULUS: the Mersenne prime 2**61 - 1. */
const MODULUS = (1n << 61n) - 1n;
const HASH_BITS = 61n;
const HASH_INF = 314159n;
const HASH_IMAG = 1000003n;

/** `_Py_HashSecret.siphash` (k0, k1), the key of str and bytes hashes, and the address hashes. */
export interface HashSecret {
  k0: bigint;
  k1: bigint;
  /** hash(None) and hash(Ellipsis) of the CPython process to agree with (unknown when absent). */
  noneHash?: bigint;
  ellipsisHash?: bigint;
}

/**
 * hash(None) and hash(...) from one run of the CPython 3.11.7 this project is checked against
 * (pyenv build, x86-64 Linux). Their low 8 bits are the same in every run of that binary, which
 * is what a small set's layout mostly depends on; the higher bits change from run to run.
 */
export const CPYTHON_NONE_HASH = 0x7f5787a5bben;
export const CPYTHON_ELLIPSIS_HASH = 0x7f5787a5de6n;

/**
 * The hash secret CPython derives from PYTHONHASHSEED (Python/bootstrap_hash.c): all zero bytes
 * for seed 0, otherwise the bytes of `lcg_urandom(seed)` over the 24-byte `_Py_HashSecret_t`.
 */
export function hashSecretFromSeed(seed: number): HashSecret {
  const bytes = new Uint8Array(24);
  if (seed !== 0) {
    let x = seed >>> 0;
    for (let i = 0; i < bytes.length; i++) {
      x = (Math.imul(x, 214013) + 2531011) >>> 0;
      bytes[i] = (x >>> 16) & 0xff;
    }
  }
  const view = new DataView(bytes.buffer);
  return { k0: view.getBigUint64(0, true), k1: view.getBigUint64(8, true), noneHash: CPYTHON_NONE_HASH, ellipsisHash: CPYTHON_ELLIPSIS_HASH };
}

/**
 * The secret for a PYTHONHASHSEED value as the environment gives it. Unset or "random" means a
 * random secret in CPython, whose set order then changes from run to run; seed 0 stands in.
 */
export function hashSecretFromEnv(value: string | undefined): HashSecret {
  if (value === undefined || value === '' || value === 'random') return hashSecretFromSeed(0);
  const n = Number(value);
  return hashSecretFromSeed(Number.isInteger(n) && n >= 0 && n <= 4294967295 ? n : 0);
}

/** `_Py_HashBytes`: 0 for empty input, SipHash-1-3 otherwise, -1 mapped to -2. */
function hashBytes(data: Uint8Array, secret: HashSecret): bigint {
  if (data.length === 0) return 0n;
  const out = siphash(secret.k0, secret.k1, data, 1, 3);
  const h = I64(new DataView(out.buffer, out.byteOffset, 8).getBigUint64(0, true));
  return h === -1n ? -2n : h;
}

/** The bytes a str is hashed over: its code points at 1, 2 or 4 bytes each (PEP 393 kinds). */
function strData(codePoints: Uint32Array): Uint8Array {
  let max = 0;
  for (const c of codePoints) if (c > max) max = c;
  const width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  const out = new Uint8Array(codePoints.length * width);
  codePoints.forEach((c, i) => {
    for (let b = 0; b < width; b++) out[i * width + b] = (c >>> (8 * b)) & 0xff;
  });
  return out;
}

/** `long_hash`: |x| mod 2**61-1 with x's sign; -1 becomes -2. */
export function hashInt(x: bigint): bigint {
  let h = (x < 0n ? -x : x) % MODULUS;
  if (x < 0n) h = -h;
  return h === -1n ? -2n : h;
}

/** `_Py_HashDouble` for finite and infinite values; null for NaN (hashed by address in 3.11). */
export function hashFloat(v: number): bigint | null {
  if (Number.isNaN(v)) return null;
  if (!Number.isFinite(v)) return v > 0 ? HASH_INF : -HASH_INF;
  if (v === 0) return 0n;
  // v = m * 2**e exactly; 2**61 == 1 (mod 2**61-1), so 2**e == 2**(e mod 61).
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(v));
  const bits = view.getBigUint64(0);
  const expBits = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  const m = expBits === 0 ? frac : frac | (1n << 52n);
  const e = BigInt(expBits === 0 ? -1074 : expBits - 1075);
  const shift = ((e % HASH_BITS) + HASH_BITS) % HASH_BITS;
  let h = ((m % MODULUS) << shift) % MODULUS;
  if (v < 0) h = -h;
  return h === -1n ? -2n : h;
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

function tupleHash(items: readonly PyConstant[], secret: HashSecret): bigint | null {
  let acc = XXPRIME_5;
  for (const item of items) {
    const h = pyHash(item, secret);
    if (h === null) return null;
    acc = U64(acc + U64(h) * XXPRIME_2);
    acc = U64((acc << 31n) | (acc >> 33n));
    acc = U64(acc * XXPRIME_1);
  }
  acc = U64(acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n)));
  if (acc === U64(-1n)) return 1546275796n;
  return I64(acc);
}

const shuffleBits = (h: bigint): bigint => U64(((h ^ 89869747n) ^ (h << 16n)) * 3644798167n);

/** `frozenset_hash` over the distinct items' hashes (xor makes it independent of order). */
export function frozensetHash(itemHashes: readonly bigint[]): bigint {
  let hash = 0n;
  for (const h of itemHashes) hash ^= shuffleBits(U64(h));
  hash ^= U64((BigInt(itemHashes.length) + 1n) * 1927868237n);
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = U64(hash * 69069n + 907133923n);
  if (hash === U64(-1n)) hash = 590923713n;
  return I64(hash);
}

/** hash(value) as CPython 3.11 computes it under `secret`, or null where it is not deterministic. */
export function pyHash(value: PyConstant, secret: HashSecret): bigint | null {
  switch (typeof value) {
    case 'boolean':
      return value ? 1n : 0n;
    case 'bigint':
      return hashInt(value);
    case 'number':
      return hashFloat(value);
    case 'string':
      return hashBytes(strData(strCodePoints(value)), secret);
    case 'symbol': // Ellipsis
      return secret.ellipsisHash ?? null;
    case 'object':
      if (value === null) return secret.noneHash ?? null;
      if (value instanceof PyStrCodePoints) return hashBytes(strData(value.codePoints), secret);
      if (value instanceof PyBytes) return hashBytes(value.data, secret);
      if (value instanceof PyComplex) {
        const r = hashFloat(value.real);
        const i = hashFloat(value.imag);
        if (r === null || i === null) return null;
        const h = I64(U64(r) + U64(HASH_IMAG * U64(i)));
        return h === -1n ? -2n : h;
      }
      if (value instanceof PyTuple) return tupleHash(value.items, secret);
      if (value instanceof PyFrozenSet) {
        const hashes: bigint[] = [];
        const seen: PyConstant[] = [];
        for (const item of value.items) {
          const h = pyHash(item, secret);
          if (h === null) return null;
          if (seen.some((s, k) => hashes[k] === h && pyEquals(s, item))) continue;
          seen.push(item);
          hashes.push(h);
        }
        return frozensetHash(hashes);
      }
      return null;
  }
  return null;
}

/** A number's exact value as a comparable pair: an integer (bigint) when integral, else the double. */
function numericValue(v: PyConstant): { re: bigint | number; im: number } | null {
  if (typeof v === 'boolean') return { re: v ? 1n : 0n, im: 0 };
  if (typeof v === 'bigint') return { re: v, im: 0 };
  if (typeof v === 'number') return { re: Number.isInteger(v) ? BigInt(v) : v, im: 0 };
  if (v instanceof PyComplex) return { re: Number.isInteger(v.real) ? BigInt(v.real) : v.real, im: v.imag };
  return null;
}

/** Python `==` between two constants (numbers compare across int, bool, float and complex). */
export function pyEquals(a: PyConstant, b: PyConstant): boolean {
  if (a === b) return true; // identity, as set lookups test it first
  const x = numericValue(a);
  const y = numericValue(b);
  if (x !== null || y !== null) return x !== null && y !== null && x.re === y.re && x.im === y.im;
  const sa = typeof a === 'string' || a instanceof PyStrCodePoints;
  const sb = typeof b === 'string' || b instanceof PyStrCodePoints;
  if (sa || sb) {
    if (!(sa && sb)) return false;
    const ca = strCodePoints(a);
    const cb = strCodePoints(b);
    return ca.length === cb.length && ca.every((c, i) => c === cb[i]);
  }
  if (a instanceof PyBytes && b instanceof PyBytes) return a.data.length === b.data.length && a.data.every((c, i) => c === b.data[i]);
  if (a instanceof PyTuple && b instanceof PyTuple) return a.items.length === b.items.length && a.items.every((c, i) => pyEquals(c, b.items[i]!));
  if (a instanceof PyFrozenSet && b instanceof PyFrozenSet) {
    return a.items.every((c) => b.items.some((d) => pyEquals(c, d))) && b.items.every((d) => a.items.some((c) => pyEquals(c, d)));
  }
  return false;
}
