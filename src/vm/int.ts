// int arithmetic on the canonical representation: a JavaScript number when the value is a safe
// integer, a bigint otherwise. Every operation returns canonical values (see object.ts).

import { PyObject } from './object.js';
import { intType, type PyType } from './type.js';
import { overflowError, valueError, zeroDivisionError } from './exceptions.js';

export type Int = number | bigint;

/** An instance of a subclass of int (`class N(int)`); plain ints are never boxed. */
export class PyIntObj extends PyObject {
  v: Int;
  constructor(v: Int, cls: PyType = intType) {
    super(cls);
    this.v = v;
  }
}

const MAX_SAFE = 9007199254740991n;

export function norm(b: bigint): Int {
  return b >= -MAX_SAFE && b <= MAX_SAFE ? Number(b) : b;
}

export const big = (x: Int): bigint => (typeof x === 'bigint' ? x : BigInt(x));

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    return Number.isSafeInteger(r) ? r : norm(BigInt(a) + BigInt(b));
  }
  return norm(big(a) + big(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    return Number.isSafeInteger(r) ? r : norm(BigInt(a) - BigInt(b));
  }
  return norm(big(a) - big(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r; // no -0
    return norm(BigInt(a) * BigInt(b));
  }
  return norm(big(a) * big(b));
}

export function intNeg(a: Int): Int {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return norm(-a);
}

export function intFloorDiv(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw zeroDivisionError('integer division or modulo by zero');
    const r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && r < 0 !== b < 0) q -= 1;
    return q === 0 ? 0 : q;
  }
  const x = big(a);
  const y = big(b);
  if (y === 0n) throw zeroDivisionError('integer division or modulo by zero');
  let q = x / y;
  if (x % y !== 0n && x < 0n !== y < 0n) q -= 1n;
  return norm(q);
}

export function intMod(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw zeroDivisionError('integer modulo by zero');
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r === 0 ? 0 : r;
  }
  const x = big(a);
  const y = big(b);
  if (y === 0n) throw zeroDivisionError('integer modulo by zero');
  let r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) r += y;
  return norm(r);
}

export function intPowNonNeg(a: Int, e: Int): Int {
  if (typeof a === 'number' && typeof e === 'number') {
    let result = 1;
    let base = a;
    let n = e;
    let ok = true;
    while (n > 0) {
      if (n & 1) {
        result *= base;
        if (!Number.isSafeInteger(result)) {
          ok = false;
          break;
        }
      }
      n = Math.floor(n / 2);
      if (n > 0) {
        base *= base;
        if (!Number.isSafeInteger(base)) {
          ok = false;
          break;
        }
      }
    }
    if (ok) return result === 0 ? 0 : result;
  }
  const be = big(e);
  if (be > 100000000n && (a === 0 || a === 1 || a === -1)) return big(a) === -1n && be % 2n === 1n ? -1 : a === 0 ? 0 : 1;
  return norm(big(a) ** be);
}

/** pow(a, e, m) for ints. */
export function intPowMod(a: Int, e: Int, m: Int): Int {
  let mod = big(m);
  if (mod === 0n) throw valueError('pow() 3rd argument cannot be 0');
  const neg = mod < 0n;
  if (neg) mod = -mod;
  let base = big(a) % mod;
  if (base < 0n) base += mod;
  let ex = big(e);
  if (ex < 0n) {
    base = modInverse(base, mod);
    ex = -ex;
  }
  let r = 1n % mod;
  while (ex > 0n) {
    if (ex & 1n) r = (r * base) % mod;
    base = (base * base) % mod;
    ex >>= 1n;
  }
  if (neg && r !== 0n) r -= mod;
  return norm(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [g, x] = egcd(a, m);
  if (g !== 1n) throw valueError('base is not invertible for the given modulus');
  x %= m;
  if (x < 0n) x += m;
  return x;
}

function egcd(a: bigint, b: bigint): [bigint, bigint] {
  let [oldR, r] = [a, b];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return [oldR, oldS];
}

const isSmall = (x: Int): x is number => typeof x === 'number' && x >= -0x80000000 && x <= 0x7fffffff;

export function intAnd(a: Int, b: Int): Int {
  if (isSmall(a) && isSmall(b)) return a & b;
  return norm(big(a) & big(b));
}

export function intOr(a: Int, b: Int): Int {
  if (isSmall(a) && isSmall(b)) return a | b;
  return norm(big(a) | big(b));
}

export function intXor(a: Int, b: Int): Int {
  if (isSmall(a) && isSmall(b)) return a ^ b;
  return norm(big(a) ^ big(b));
}

export function intInvert(a: Int): Int {
  if (isSmall(a)) return ~a;
  return norm(~big(a));
}

export function intLshift(a: Int, b: Int): Int {
  if (intSign(b) < 0) throw valueError('negative shift count');
  if (a === 0) return 0;
  if (typeof b === 'bigint' || b > 0x7fffffff) throw overflowError('too many digits in integer');
  if (typeof a === 'number' && b < 31 && Math.abs(a) < 2 ** 21) return a * 2 ** b;
  return norm(big(a) << BigInt(b));
}

export function intRshift(a: Int, b: Int): Int {
  if (intSign(b) < 0) throw valueError('negative shift count');
  if (typeof b === 'bigint') return intSign(a) < 0 ? -1 : 0;
  if (isSmall(a)) return b >= 32 ? (a < 0 ? -1 : 0) : a >> b;
  return norm(big(a) >> BigInt(b));
}

export function intSign(a: Int): number {
  return a > 0 ? 1 : a < 0 ? -1 : 0;
}

export function intAbs(a: Int): Int {
  return intSign(a) < 0 ? intNeg(a) : a;
}

/** a / b for ints, correctly rounded (long_true_divide). */
export function intTrueDiv(a: Int, b: Int): number {
  if (b === 0 || b === 0n) throw zeroDivisionError('division by zero');
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  const x = big(a);
  const y = big(b);
  const neg = x < 0n !== y < 0n;
  const ax = x < 0n ? -x : x;
  const ay = y < 0n ? -y : y;
  const r = divideBigToFloat(ax, ay);
  return neg ? -r : r;
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** The float nearest to a / b for positive a, b (round half to even). */
function divideBigToFloat(a: bigint, b: bigint): number {
  if (a === 0n) return 0;
  const la = bitLength(a);
  const lb = bitLength(b);
  // Scale so the quotient has 55 significant bits (53 + guard + sticky).
  let shift = 55 - (la - lb);
  let q: bigint;
  let rem: bigint;
  if (shift >= 0) {
    q = (a << BigInt(shift)) / b;
    rem = (a << BigInt(shift)) % b;
  } else {
    q = a / (b << BigInt(-shift));
    rem = a % (b << BigInt(-shift));
  }
  // q has 55 or 56 bits; value = q * 2**-shift.
  let exp = bitLength(q) - 1 - shift; // floor(log2(value))
  if (exp > 1023) throw overflowError('integer division result too large for a float');
  // Number of mantissa bits available (fewer for subnormals).
  let keep = 53;
  if (exp < -1022) keep = Math.max(0, 53 - (-1022 - exp));
  const drop = bitLength(q) - keep;
  if (drop > 0) {
    const mask = (1n << BigInt(drop)) - 1n;
    const low = q & mask;
    let hi = q >> BigInt(drop);
    const half = 1n << BigInt(drop - 1);
    if (low > half || (low === half && (rem !== 0n || (hi & 1n) === 1n))) hi += 1n;
    else if (low === half && rem === 0n && (hi & 1n) === 0n) {
      // exact tie, round to even: keep hi
    }
    q = hi;
    shift -= drop;
  }
  // q is exact in a double; scale in two steps so 2 ** -shift cannot underflow on its own.
  const s1 = Math.trunc(-shift / 2);
  const r = Number(q) * 2 ** s1 * 2 ** (-shift - s1);
  if (!Number.isFinite(r)) throw overflowError('integer division result too large for a float');
  void exp;
  return r;
}

/** int -> float conversion (`float(n)`), correctly rounded; OverflowError when too large. */
export function intToFloat(a: Int): number {
  if (typeof a === 'number') return a;
  const r = Number(a); // Number(bigint) rounds to nearest, ties to even
  if (!Number.isFinite(r)) throw overflowError('int too large to convert to float');
  return r;
}

/** The int value of a finite float (truncation), canonical. */
export function floatToInt(x: number): Int {
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return t === 0 ? 0 : t;
  return norm(BigInt(t));
}

export const INT_MAX_STR_DIGITS = 4300;

/** sys.get_int_max_str_digits() (0: no limit). */
export const intDigitsLimit = { value: INT_MAX_STR_DIGITS };

export function intToString(a: Int): string {
  if (typeof a === 'number') return String(a);
  const s = a.toString();
  const digits = a < 0n ? s.length - 1 : s.length;
  const lim = intDigitsLimit.value;
  if (lim > 0 && digits > lim) {
    throw valueError(`Exceeds the limit (${lim} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}

export function intBitLength(a: Int): number {
  if (typeof a === 'number') {
    const x = Math.abs(a);
    if (x < 0x80000000) return 32 - Math.clz32(x);
    return x.toString(2).length;
  }
  return bitLength(a < 0n ? -a : a);
}

export function intCompare(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
