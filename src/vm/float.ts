// float: IEEE doubles boxed in PyFloat, with CPython's repr and correctly rounded formatting
// (round-half-even on the exact binary value, as Python/dtoa.c does).

import * as libm from './libm.js';
import { PyObject } from './object.js';
import { builtinType, type PyType } from './type.js';
import { reprFloat } from '../ast/repr.js';
import { newExc, OverflowError, overflowError, valueError, zeroDivisionError } from './exceptions.js';

export const floatType = builtinType('float');

export class PyFloat extends PyObject {
  v: number;
  constructor(v: number, cls: PyType = floatType) {
    super(cls);
    this.v = v;
  }
}

export function floatRepr(x: number): string {
  return reprFloat(x);
}

// --- exact decimal expansion -------------------------------------------------------------------

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** |x| = num / 10**scale exactly (x finite). */
function exactDecimal(x: number): { num: bigint; scale: number } {
  f64[0] = Math.abs(x);
  const lo = u32[0]!;
  const hi = u32[1]!;
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e2: number;
  if (bexp === 0) e2 = -1074;
  else {
    mant |= 1n << 52n;
    e2 = bexp - 1075;
  }
  if (mant === 0n) return { num: 0n, scale: 0 };
  // strip trailing zero bits to keep numbers small
  while ((mant & 1n) === 0n) {
    mant >>= 1n;
    e2++;
  }
  if (e2 >= 0) return { num: mant << BigInt(e2), scale: 0 };
  return { num: mant * 5n ** BigInt(-e2), scale: -e2 };
}

/** Rounds num / 10**shift to an integer, half to even. */
function roundDiv10(num: bigint, shift: number): bigint {
  if (shift <= 0) return num * 10n ** BigInt(-shift);
  const d = 10n ** BigInt(shift);
  const q = num / d;
  const r = num % d;
  const twice = r * 2n;
  if (twice > d || (twice === d && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** |x| rounded to `prec` digits after the point, as a digit string (no sign, no point). */
export function fixedDigits(x: number, prec: number): string {
  const { num, scale } = exactDecimal(x);
  const q = roundDiv10(num, scale - prec);
  return q.toString();
}

/** |x| rounded to `n` significant digits: [digits (length n), decimal exponent of the first]. */
export function sigDigits(x: number, n: number): [string, number] {
  const { num, scale } = exactDecimal(x);
  if (num === 0n) return ['0'.repeat(n), 0];
  const s = num.toString();
  let exp10 = s.length - 1 - scale;
  let q = roundDiv10(num, s.length - n);
  let qs = q.toString();
  if (qs.length > n) {
    q = q / 10n;
    qs = q.toString();
    exp10++;
  }
  return [qs.padStart(n, '0'), exp10];
}

/** C's "%.{prec}f" with Python's rounding; sign handled by the caller's flags. */
export function formatFixed(x: number, prec: number): string {
  let digits = fixedDigits(x, prec);
  if (digits.length <= prec) digits = digits.padStart(prec + 1, '0');
  const intPart = digits.slice(0, digits.length - prec);
  const frac = digits.slice(digits.length - prec);
  return prec > 0 ? intPart + '.' + frac : intPart;
}

/** "%.{prec}e". */
export function formatExp(x: number, prec: number, upper = false): string {
  const [d, e] = x === 0 ? ['0'.repeat(prec + 1), 0] : sigDigits(x, prec + 1);
  const mant = prec > 0 ? d[0] + '.' + d.slice(1) : d[0]!;
  const ae = Math.abs(e);
  return mant + (upper ? 'E' : 'e') + (e < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
}

/** "%.{prec}g" of |x| as format_float_short lays it out (alt: the '#' flag keeps the point and
 * trailing zeros; addDot0: the no-type format, which switches to exponent a digit earlier and
 * always shows a fractional part). */
export function formatGeneral(x: number, prec: number, upper = false, alt = false, addDot0 = false): string {
  if (prec === 0) prec = 1;
  let digits: string;
  let decpt: number;
  if (x === 0) {
    digits = '0';
    decpt = 1;
  } else {
    const [d, e] = sigDigits(x, prec);
    digits = d.replace(/0+$/, '');
    decpt = e + 1;
  }
  const useExp = decpt <= -4 || decpt > (addDot0 ? prec - 1 : prec);
  let vend = alt ? Math.max(prec, digits.length) : digits.length;
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  vend = !useExp && addDot0 ? Math.max(vend, decpt + 1) : Math.max(vend, decpt);
  const at = (i: number, j: number): string => {
    let out = '';
    for (let k = i; k < j; k++) out += k >= 0 && k < digits.length ? digits[k] : '0';
    return out;
  };
  const intPart = decpt <= 0 ? '0' : at(0, decpt);
  const frac = at(decpt, vend);
  let out = intPart + (frac !== '' || alt ? '.' + frac : '');
  if (useExp) {
    const ae = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
  }
  return out;
}

// --- arithmetic with Python's semantics --------------------------------------------------------

export function floatMod(vx: number, wx: number): number {
  if (wx === 0) throw zeroDivisionError('float modulo');
  let mod = vx % wx;
  // C's `if (mod)`: NaN counts as true.
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) mod += wx;
  } else mod = wx < 0 ? -0 : 0;
  return mod;
}

export function floatFloorDiv(vx: number, wx: number): number {
  if (wx === 0) throw zeroDivisionError('float floor division by zero');
  return floatDivmod(vx, wx)[0];
}

export function floatDivmod(vx: number, wx: number): [number, number] {
  if (wx === 0) throw zeroDivisionError('float divmod()');
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1;
    }
  } else mod = wx < 0 ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else floordiv = vx / wx < 0 ? -0 : 0;
  return [floordiv, mod];
}

export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('float division by zero');
  return a / b;
}

/** float ** float for the cases that stay real; returns null when the result is complex. */
export function floatPow(iv: number, iw: number): number | null {
  if (iw === 0) return 1;
  if (iv !== iv) return iw === 0 ? 1 : iv;
  if (iw !== iw) return iv === 1 ? 1 : iw;
  if (!Number.isFinite(iw)) {
    const a = Math.abs(iv);
    if (a === 1) return 1;
    if ((iw > 0) === (a > 1)) return Infinity;
    return 0;
  }
  if (!Number.isFinite(iv)) {
    const oddInt = Number.isInteger(iw) && Math.abs(iw % 2) === 1;
    if (iw > 0) return oddInt ? iv : Math.abs(iv);
    return oddInt ? (iv < 0 ? -0 : 0) : 0;
  }
  if (iv === 0) {
    const oddInt = Number.isInteger(iw) && Math.abs(iw % 2) === 1;
    if (iw < 0) throw zeroDivisionError('0.0 cannot be raised to a negative power');
    return oddInt ? iv : 0;
  }
  let negate = false;
  if (iv < 0) {
    if (!Number.isInteger(iw)) return null;
    iv = -iv;
    negate = Math.abs(iw % 2) === 1;
  }
  if (iv === 1) return negate ? -1 : 1;
  const r = libm.pow(iv, iw);
  if (!Number.isFinite(r)) throw newExc(OverflowError, 34, 'Numerical result out of range');
  return negate ? -r : r;
}

/** float(str) parsing: Python's float literal syntax plus inf/nan, whitespace, underscores. */
export function parseFloatStr(s: string): number | null {
  const t = s.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');
  const m = /^([+-]?)(inf|infinity|nan)$/i.exec(t);
  if (m) {
    if (m[2]!.toLowerCase() === 'nan') return m[1] === '-' ? libm.NEG_NAN : NaN;
    return m[1] === '-' ? -Infinity : Infinity;
  }
  if (!/^[+-]?((\d(_?\d)*)?\.?\d(_?\d)*|\d(_?\d)*\.)([eE][+-]?\d(_?\d)*)?$/.test(t)) return null;
  return Number(t.replace(/_/g, ''));
}

/** round(x, n) for floats (correctly rounded, half to even on the exact value). */
export function floatRound(x: number, n: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (n > 330) return x;
  if (n < -330) return x < 0 ? -0 : 0;
  if (n >= 0) {
    const s = formatFixed(x, n);
    const r = Number(s);
    return x < 0 ? -r : r;
  }
  // round to a multiple of 10**-n
  const { num, scale } = exactDecimal(x);
  const q = roundDiv10(num, scale - n);
  const r = Number(q * 10n ** BigInt(-n));
  if (!Number.isFinite(r)) throw overflowError('rounded value too large to represent');
  return x < 0 ? -r : r;
}

/** float.hex(). */
export function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  f64[0] = Math.abs(x);
  const lo = u32[0]!;
  const hi = u32[1]!;
  const bexp = (hi >>> 20) & 0x7ff;
  const mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  let lead: string;
  if (bexp === 0) {
    lead = '0';
    exp = -1022;
  } else {
    lead = '1';
    exp = bexp - 1023;
  }
  const frac = mant.toString(16).padStart(13, '0');
  return `${sign}0x${lead}.${frac}p${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
}

export function checkFloatFinite(x: number, what: string): number {
  if (!Number.isFinite(x)) throw overflowError(what);
  return x;
}

export function floatAsIntegerRatio(x: number): [bigint, bigint] {
  if (!Number.isFinite(x)) {
    if (x !== x) throw valueError('cannot convert NaN to integer ratio');
    throw overflowError('cannot convert Infinity to integer ratio');
  }
  if (x === 0) return [0n, 1n];
  const { num, scale } = exactDecimal(x);
  // num / 10**scale, reduce: the denominator is a power of two after reduction
  let n = num;
  let d = 10n ** BigInt(scale);
  const g = gcd(n, d);
  n /= g;
  d /= g;
  return [x < 0 ? -n : n, d];
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}
