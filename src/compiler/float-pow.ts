// A correctly rounded x ** y for finite positive doubles, as the C library's pow() gives it on
// the oracle's platform (glibc's pow is correctly rounded), where JavaScript's Math.pow may be
// off by one unit in the last place. Used by constant folding, where CPython calls pow().
//
// Integer exponents of moderate size are computed exactly with bigints; the rest as
// exp(y * ln x) in 320-bit fixed point, far more precision than rounding to 53 bits needs.

const FRAC = 320n;
const ONE = 1n << FRAC;

function decompose(x: number): { m: bigint; e: number } {
  // x = m * 2**e with m an odd-or-zero integer of at most 53 bits.
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exp = Number((bits >> 52n) & 0x7ffn);
  let m = bits & ((1n << 52n) - 1n);
  let e: number;
  if (exp === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = exp - 1075;
  }
  return { m, e };
}

function bitLength(v: bigint): number {
  return v === 0n ? 0 : v.toString(2).length;
}

/** The double nearest to num / den * 2**shift (num, den > 0), ties to even; Infinity on overflow. */
function roundRatio(num: bigint, den: bigint, shift: number): number {
  // Scale so that the quotient has 55..56 bits, keep 53 (fewer when subnormal).
  const s = 55 - (bitLength(num) - bitLength(den));
  const n2 = s > 0 ? num << BigInt(s) : num;
  const d2 = s < 0 ? den << BigInt(-s) : den;
  let q = n2 / d2;
  const sticky = n2 % d2 !== 0n;
  const qbits = bitLength(q);
  const exp2 = qbits - s + shift; // value in [2**(exp2-1), 2**exp2)
  let drop = qbits - 53;
  if (exp2 - 1 < -1022) drop += -1022 - (exp2 - 1);
  if (drop > qbits + 1) return 0;
  if (drop > 0) {
    const rest = q & ((1n << BigInt(drop)) - 1n);
    q >>= BigInt(drop);
    const half = 1n << BigInt(drop - 1);
    if (rest > half || (rest === half && (sticky || (q & 1n) === 1n))) q += 1n;
  }
  const scale = drop - s + shift;
  if (scale > 1023 + 53) return Infinity;
  return ldexp(Number(q), scale);
}

function ldexp(x: number, e: number): number {
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
  }
  return x * 2 ** e;
}

/** atanh(n/d) * ONE for small positive n/d, by its series. */
function atanhFixed(n: bigint, d: bigint): bigint {
  let sum = 0n;
  let power = (n * ONE) / d; // (n/d)^(2k+1) * ONE
  const d2 = d * d;
  const n2 = n * n;
  for (let k = 1n; power !== 0n; k += 2n) {
    sum += power / k;
    power = (power * n2) / d2;
  }
  return sum;
}

const LN2 = 2n * atanhFixed(1n, 3n);

/** ln(m * 2**e) * ONE for m > 0. */
function lnFixed(m: bigint, e: number): bigint {
  // Normalize m into [1, 2): m = mant * 2**(1 - bits).
  const bits = bitLength(m);
  const exp = e + bits - 1;
  // mant = m / 2**(bits-1); ln(mant) = 2 atanh((m - 2**(bits-1)) / (m + 2**(bits-1)))
  const base = 1n << BigInt(bits - 1);
  return 2n * atanhFixed(m - base, m + base) + BigInt(exp) * LN2;
}

/** exp(t / ONE) as a fixed-point mantissa and a power of two: value = mant / ONE * 2**k. */
function expFixed(t: bigint): { mant: bigint; k: number } {
  // t = k ln2 + r with |r| <= ln2 / 2.
  let k = t / LN2;
  let r = t - k * LN2;
  if (r > LN2 / 2n) {
    r -= LN2;
    k += 1n;
  } else if (r < -LN2 / 2n) {
    r += LN2;
    k -= 1n;
  }
  let sum = ONE;
  let term = ONE;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * r) / ONE / n;
    sum += term;
  }
  return { mant: sum, k: Number(k) };
}

/** pow(x, y) for finite x > 0, finite y, correctly rounded; ±Infinity/0 on overflow/underflow. */
export function correctlyRoundedPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  const { m: xm, e: xe } = decompose(x);
  if (Number.isInteger(y) && Math.abs(y) <= 64) {
    const n = BigInt(Math.abs(y));
    const num = xm ** n;
    const shift = xe * Number(n);
    return y > 0 ? roundRatio(num, 1n, shift) : roundRatio(1n, num, -shift);
  }
  const { m: ym, e: ye } = decompose(Math.abs(y));
  let t = lnFixed(xm, xe) * ym;
  t = ye >= 0 ? t << BigInt(ye) : t >> BigInt(-ye);
  if (y < 0) t = -t;
  // Far outside the double range: overflow or underflow outright.
  if (t > 1100n * ONE) return Infinity;
  if (t < -1100n * ONE) return 0;
  const { mant, k } = expFixed(t);
  return roundRatio(mant, ONE, k);
}
