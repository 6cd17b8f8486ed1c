// Marshal versions 0 and 1 store floats as text: `PyOS_double_to_string(v, 'g', 17, 0)` on write
// and `PyOS_string_to_double` on read. Only old data uses this; version 2+ writes binary floats.

import { MarshalError } from './types.js';

/** C's "%.17g" with round-half-even on the exact binary value, as Python's dtoa produces it. */
export function formatG17(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  if (v === 0) return sign + '0';
  const [digits, exp10] = roundSignificant(Math.abs(v), 17);
  // %g: scientific when the exponent is < -4 or >= the precision.
  const d = digits.replace(/0+$/, '') || '0';
  if (exp10 < -4 || exp10 >= 17) {
    const mant = d.length > 1 ? d[0] + '.' + d.slice(1) : d;
    const e = Math.abs(exp10).toString().padStart(2, '0');
    return `${sign}${mant}e${exp10 < 0 ? '-' : '+'}${e}`;
  }
  if (exp10 >= 0) {
    const int = d.slice(0, exp10 + 1).padEnd(exp10 + 1, '0');
    const frac = d.slice(exp10 + 1);
    return sign + int + (frac ? '.' + frac : '');
  }
  return sign + '0.' + '0'.repeat(-exp10 - 1) + d;
}

/** The first `n` significant decimal digits of a positive finite double, correctly rounded
 * half-to-even from its exact value, with the decimal exponent of the first digit. */
function roundSignificant(x: number, n: number): [string, number] {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e2: number;
  if (bexp === 0) e2 = -1074;
  else {
    mant |= 1n << 52n;
    e2 = bexp - 1075;
  }
  // x = mant * 2^e2 = num / 10^scale exactly.
  let num: bigint;
  let scale: number;
  if (e2 >= 0) {
    num = mant << BigInt(e2);
    scale = 0;
  } else {
    num = mant * 5n ** BigInt(-e2);
    scale = -e2;
  }
  const s = num.toString();
  const exp10 = s.length - 1 - scale;
  if (s.length <= n) return [s.padEnd(n, '0'), exp10];
  let head = BigInt(s.slice(0, n));
  const rest = s.slice(n);
  const half = '5' + '0'.repeat(rest.length - 1);
  if (rest > half || (rest === half && (head & 1n) === 1n)) head += 1n;
  let hs = head.toString();
  let e = exp10;
  if (hs.length > n) {
    hs = hs.slice(0, n);
    e++;
  }
  return [hs, e];
}

/** `PyOS_string_to_double(s, NULL, NULL)`: decimal literals plus inf/infinity/nan, any case. */
export function parseFloatText(s: string): number {
  const m = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (m) {
    const neg = m[1] === '-';
    if (m[2]!.toLowerCase() === 'nan') return neg ? -NaN : NaN;
    return neg ? -Infinity : Infinity;
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) {
    throw new MarshalError('ValueError', `could not convert string to float: '${s}'`);
  }
  return Number(s);
}
