// The libm functions CPython calls (float **, math.exp/log/sin/...), computed to match glibc.
//
// glibc's exp, log, log2, pow, sin, cos, tan, atan, atan2 return the correctly rounded result in
// all but a tiny fraction of cases; V8's Math.* (fdlibm ports) differ in the last bit for several
// percent of arguments. These versions evaluate in double-double arithmetic (~100 bits) and round
// once, so they agree with glibc wherever glibc is correctly rounded. log10 follows glibc's own
// (not correctly rounded) e_log10.c on top of that log.

// --- double-double arithmetic ([hi, lo] with |lo| <= ulp(hi)/2) --------------------------------

type DD = [number, number];

const SPLITTER = 134217729; // 2^27 + 1

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function add(a: DD, b: DD): DD {
  const s = twoSum(a[0], b[0]);
  const t = twoSum(a[1], b[1]);
  let r = quickTwoSum(s[0], s[1] + t[0]);
  r = quickTwoSum(r[0], r[1] + t[1]);
  return r;
}

function addD(a: DD, b: number): DD {
  const s = twoSum(a[0], b);
  return quickTwoSum(s[0], s[1] + a[1]);
}

function neg(a: DD): DD {
  return [-a[0], -a[1]];
}

function sub(a: DD, b: DD): DD {
  return add(a, neg(b));
}

function mul(a: DD, b: DD): DD {
  const p = twoProd(a[0], b[0]);
  return quickTwoSum(p[0], p[1] + (a[0] * b[1] + a[1] * b[0]));
}

function mulD(a: DD, b: number): DD {
  const p = twoProd(a[0], b);
  return quickTwoSum(p[0], p[1] + a[1] * b);
}

function div(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  let r = sub(a, mulD(b, q1));
  const q2 = r[0] / b[0];
  r = sub(r, mulD(b, q2));
  const q3 = r[0] / b[0];
  return add(quickTwoSum(q1, q2), [q3, 0]);
}

function sqrtDD(a: DD): DD {
  if (a[0] <= 0) return [0, 0];
  const s = Math.sqrt(a[0]);
  const r = sub(a, twoProd(s, s));
  return quickTwoSum(s, r[0] / (2 * s));
}

// --- the same operations without allocation (hot paths) -----------------------------------------
//
// Each returns the high part and leaves the low part in LOW[0] (read it before the next call). They
// perform exactly the floating-point operations of the array versions above, in the same order, so
// results are bit-identical.

const LOW = new Float64Array(1); // the low part (a typed array: faster than a module `let`)

/** Scratch views for reading a double's words. */
const hwF64 = new Float64Array(1);
const hwU32 = new Uint32Array(hwF64.buffer);

function twoSumR(a: number, b: number): number {
  const s = a + b;
  const bb = s - a;
  LOW[0] = a - (s - bb) + (b - bb);
  return s;
}

function quickTwoSumR(a: number, b: number): number {
  const s = a + b;
  LOW[0] = b - (s - a);
  return s;
}

function twoProdR(a: number, b: number): number {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  LOW[0] = ah * bh - p + ah * bl + al * bh + al * bl;
  return p;
}

/** add([ah, al], [bh, bl]) */
function addR(ah: number, al: number, bh: number, bl: number): number {
  // twoSum(ah, bh)
  const s0 = ah + bh;
  const sb = s0 - ah;
  const s1 = ah - (s0 - sb) + (bh - sb);
  // twoSum(al, bl)
  const t0 = al + bl;
  const tb = t0 - al;
  const t1 = al - (t0 - tb) + (bl - tb);
  // quickTwoSum(s0, s1 + t0)
  const u = s1 + t0;
  const r0 = s0 + u;
  const r1 = u - (r0 - s0);
  // quickTwoSum(r0, r1 + t1)
  const v = r1 + t1;
  const q0 = r0 + v;
  LOW[0] = v - (q0 - r0);
  return q0;
}

/** addD([ah, al], b) */
function addDR(ah: number, al: number, b: number): number {
  const s0 = ah + b;
  const sb = s0 - ah;
  const s1 = ah - (s0 - sb) + (b - sb);
  const u = s1 + al;
  const r0 = s0 + u;
  LOW[0] = u - (r0 - s0);
  return r0;
}

/** mul([ah, al], [bh, bl]) */
function mulR(ah: number, al: number, bh: number, bl: number): number {
  const p = ah * bh;
  let t = SPLITTER * ah;
  const ahh = t - (t - ah);
  const ahl = ah - ahh;
  t = SPLITTER * bh;
  const bhh = t - (t - bh);
  const bhl = bh - bhh;
  const pl = ahh * bhh - p + ahh * bhl + ahl * bhh + ahl * bhl;
  const u = pl + (ah * bl + al * bh);
  const r0 = p + u;
  LOW[0] = u - (r0 - p);
  return r0;
}

/** mulD([ah, al], b) */
function mulDR(ah: number, al: number, b: number): number {
  const p = ah * b;
  let t = SPLITTER * ah;
  const ahh = t - (t - ah);
  const ahl = ah - ahh;
  t = SPLITTER * b;
  const bhh = t - (t - b);
  const bhl = b - bhh;
  const pl = ahh * bhh - p + ahh * bhl + ahl * bhh + ahl * bhl;
  const u = pl + al * b;
  const r0 = p + u;
  LOW[0] = u - (r0 - p);
  return r0;
}

/** divD([ah, al], b) */
function divDR(ah: number, al: number, b: number): number {
  const q1 = ah / b;
  const p0 = twoProdR(q1, b);
  const p1 = LOW[0]!;
  const r0 = twoSumR(ah, -p0);
  const r1 = LOW[0]!;
  const q2 = (r0 + (r1 - p1 + al)) / b;
  const s = q1 + q2;
  LOW[0] = q2 - (s - q1);
  return s;
}

/** div([ah, al], [bh, bl]) */
function divR(ah: number, al: number, bh: number, bl: number): number {
  const q1 = ah / bh;
  let m0 = mulDR(bh, bl, q1);
  let m1 = LOW[0]!;
  let r0 = addR(ah, al, -m0, -m1);
  let r1 = LOW[0]!;
  const q2 = r0 / bh;
  m0 = mulDR(bh, bl, q2);
  m1 = LOW[0]!;
  r0 = addR(r0, r1, -m0, -m1);
  r1 = LOW[0]!;
  const q3 = r0 / bh;
  const s = quickTwoSumR(q1, q2);
  return addR(s, LOW[0]!, q3, 0);
}

// --- constants from exact BigInt computations -----------------------------------------------------

/** atan(1/n) * 2^bits, by its Taylor series in fixed point. */
function arctanInv(n: bigint, bits: bigint): bigint {
  const one = 1n << bits;
  let term = one / n;
  let sum = term;
  const n2 = n * n;
  for (let k = 1n; term !== 0n; k++) {
    term /= n2;
    sum += (k & 1n ? -term : term) / (2n * k + 1n);
  }
  return sum;
}

const PI_BITS = 1400n;
/** π * 2^PI_BITS (Machin's formula, guard bits included). */
const PI_FIXED = ((16n * arctanInv(5n, PI_BITS + 32n) - 4n * arctanInv(239n, PI_BITS + 32n)) >> 32n);
/** (2/π) * 2^PI_BITS. */
const TWO_OVER_PI_FIXED = (1n << (2n * PI_BITS + 1n)) / PI_FIXED;

/** The doubles d1 + d2 + ... nearest the fixed-point value v / 2^bits (each the remainder's). */
function fixedToDoubles(v: bigint, bits: bigint, count: number): number[] {
  const out: number[] = [];
  let rem = v;
  for (let i = 0; i < count; i++) {
    const d = bigToDouble(rem, bits);
    out.push(d);
    rem -= doubleToFixed(d, bits);
  }
  return out;
}

function bigToDouble(v: bigint, bits: bigint): number {
  if (v === 0n) return 0;
  const negv = v < 0n;
  let a = negv ? -v : v;
  let shift = BigInt(a.toString(2).length) - 60n;
  let e = -bits;
  if (shift > 0n) {
    a >>= shift;
    e += shift;
  }
  shift = 0n;
  const d = Number(a) * 2 ** Number(e);
  return negv ? -d : d;
}

function doubleToFixed(d: number, bits: bigint): bigint {
  if (d === 0) return 0n;
  const [m, e] = frexpInt(d);
  const sh = BigInt(e) + bits;
  return sh >= 0n ? m << sh : m >> -sh;
}

/** d = m * 2^e with m an integer of at most 53 bits. */
function frexpInt(d: number): [bigint, number] {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, d);
  const bitsv = buf.getBigUint64(0);
  const sign = bitsv >> 63n ? -1n : 1n;
  const ex = Number((bitsv >> 52n) & 0x7ffn);
  let mant = bitsv & 0xfffffffffffffn;
  if (ex === 0) return [sign * mant, -1074];
  mant |= 1n << 52n;
  return [sign * mant, ex - 1075];
}

const PI = fixedToDoubles(PI_FIXED, PI_BITS, 2) as DD;
const PIO2: DD = [PI[0] / 2, PI[1] / 2];
const PIO2_PARTS = fixedToDoubles(PI_FIXED >> 1n, PI_BITS, 4);
const LN2_FIXED = ((): bigint => {
  // ln 2 = 2 atanh(1/3) = 2 Σ 1/((2k+1) 3^(2k+1))
  const bits = 300n;
  const one = 1n << bits;
  let term = one / 3n;
  let sum = term;
  for (let k = 1n; term !== 0n; k++) {
    term /= 9n;
    sum += term / (2n * k + 1n);
  }
  return 2n * sum;
})();
const LN2_PARTS = fixedToDoubles(LN2_FIXED, 300n, 3);
const LN2: DD = [LN2_PARTS[0]!, LN2_PARTS[1]!];
const LN2_0 = LN2_PARTS[0]!;
const LN2_1 = LN2_PARTS[1]!;
const LN2_2 = LN2_PARTS[2]!;

// --- rounding a scaled double-double --------------------------------------------------------------

/** (hi + lo) * 2^k rounded once to a double (overflow to ±Infinity, subnormals exact). */
function ldexpRound(a0: number, a1: number, k: number): number {
  const hi = a0 + a1;
  const lo = a1 - (hi - a0);
  if (hi === 0) return 0;
  if (k >= -1000 && k <= 1000) {
    // Fast path: hi's binary exponent from its bits. floor(log2|hi|) below is that exponent or one
    // more, so when hi's exponent + k is well inside the normal range, the branches below would
    // take the normal case, scale2(hi, k) = hi * 2 ** k.
    hwF64[0] = hi;
    const eb = ((hwU32[1]! >>> 20) & 0x7ff) - 1023;
    const tb = eb + k;
    if (eb > -1023 && eb < 1024 && tb >= -1020 && tb <= 1022) return hi * 2 ** k + 0 * lo;
  }
  const e = Math.floor(Math.log2(Math.abs(hi)));
  const top = e + k;
  if (top > 1023) {
    // May still round to the largest double only if below 2^1024.
    if (top > 1024) return hi > 0 ? Infinity : -Infinity;
  }
  if (top >= -1022) return scale2(hi, k) + 0 * lo;
  // Subnormal result: round (hi + lo) * 2^(k + 1074) to an integer, ties to even.
  const s = k + 1074;
  const vh = scale2(hi, s);
  const vl = scale2(lo, s);
  let n = Math.floor(vh);
  let frac = vh - n + vl;
  while (frac >= 1) {
    n += 1;
    frac -= 1;
  }
  while (frac < 0) {
    n -= 1;
    frac += 1;
  }
  if (frac > 0.5 || (frac === 0.5 && n % 2 !== 0)) n += 1;
  return n * 2 ** -1074;
}

/** x * 2^k exactly (when representable), without intermediate overflow. */
function scale2(x: number, k: number): number {
  while (k > 1000) {
    x *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    x *= 2 ** -1000;
    k += 1000;
  }
  return x * 2 ** k;
}

// --- exp ----------------------------------------------------------------------------------------

/** The k of the last expParts. */
let EXP_K = 0;

/** e^a as m * 2^k, m ≈ 1 in double-double (returns m's high part, low part in LOW[0], k in EXP_K);
 * |a| < 800. */
function expParts(ah: number, al: number): number {
  const k = Math.round(ah / LN2_0);
  // r = a - k ln2, with k*ln2 split exactly.
  let p0 = twoProdR(k, LN2_0);
  let r0 = addR(ah, al, -p0, -LOW[0]!);
  let r1 = LOW[0]!;
  p0 = twoProdR(k, LN2_1);
  r0 = addR(r0, r1, -p0, -LOW[0]!);
  r1 = LOW[0]!;
  r0 = addDR(r0, r1, -k * LN2_2);
  const em = expm1Small(r0, LOW[0]!);
  EXP_K = k;
  return addDR(em, LOW[0]!, 1);
}

/** expm1(r) for |r| <= 0.35 in double-double: Taylor at r/1024, then 10 doublings. */
function expm1Small(r0: number, r1: number): number {
  const s0 = r0 / 1024;
  const s1 = r1 / 1024;
  let p0 = 0;
  let p1 = 0;
  for (let i = 11; i >= 1; i--) {
    const d0 = divDR(s0, s1, i);
    const d1 = LOW[0]!;
    const a0 = addDR(p0, p1, 1);
    p0 = mulR(d0, d1, a0, LOW[0]!);
    p1 = LOW[0]!;
  }
  for (let i = 0; i < 10; i++) {
    const a0 = addDR(p0, p1, 2);
    p0 = mulR(p0, p1, a0, LOW[0]!);
    p1 = LOW[0]!;
  }
  LOW[0] = p1;
  return p0;
}

function divD(a: DD, b: number): DD {
  const q1 = a[0] / b;
  const p = twoProd(q1, b);
  const r = twoSum(a[0], -p[0]);
  const q2 = (r[0] + (r[1] - p[1] + a[1])) / b;
  return quickTwoSum(q1, q2);
}

export function exp(x: number): number {
  if (x !== x) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  if (Math.abs(x) < 2 ** -54) return 1 + x;
  const m0 = expParts(x, 0);
  return ldexpRound(m0, LOW[0]!, EXP_K);
}

// --- log ----------------------------------------------------------------------------------------

/** ln(x) in double-double for finite x > 0 (high part; low part in LOW[0]). */
function logDD(x: number): number {
  let e = 0;
  if (x < 2 ** -1022) {
    x *= 2 ** 54;
    e = -54;
  }
  // x (now normal) = m * 2^k with m in [1, 2), then [sqrt(1/2), sqrt(2))
  hwF64[0] = x;
  const hw = hwU32[1]!;
  let k = ((hw >>> 20) & 0x7ff) - 1023;
  hwU32[1] = (hw & 0x800fffff) | 0x3ff00000;
  let m = hwF64[0];
  if (m > Math.SQRT2) {
    m /= 2;
    k += 1;
  }
  k += e;
  const lm0 = logNear1(m, 0);
  const lm1 = LOW[0]!;
  const a0 = twoProdR(k, LN2_0);
  const a1 = LOW[0]!;
  const b0 = twoProdR(k, LN2_1);
  const kl0 = addR(a0, a1, b0, LOW[0]!);
  const s0 = addR(kl0, LOW[0]!, lm0, lm1);
  return addDR(s0, LOW[0]!, k * LN2_2);
}

/** ln(a) for a double-double a in about [0.5, 2], by one Newton step on exp (high part; low in LOW[0]). */
function logNear1(ah: number, al: number): number {
  const y0 = Math.log(ah + al);
  if (y0 === 0 && al === 0 && ah === 1) {
    LOW[0] = 0;
    return 0;
  }
  const em0 = expParts(-y0, 0);
  const em1 = LOW[0]!;
  const ek = EXP_K;
  const e0 = scale2(em0, ek);
  const e1 = scale2(em1, ek);
  const m0 = mulR(ah, al, e0, e1);
  const t0 = addDR(m0, LOW[0]!, -1); // a e^{-y0} - 1 = e^{ln a - y0} - 1
  const t1 = LOW[0]!;
  // ln(1 + t) = t - t^2/2 + t^3/3
  const t20 = mulR(t0, t1, t0, t1);
  const t21 = LOW[0]!;
  const h0 = mulDR(t20, t21, -0.5);
  const h1 = LOW[0]!;
  const c0 = mulR(t20, t21, t0, t1);
  const c30 = mulDR(c0, LOW[0]!, 1 / 3);
  const i0 = addR(h0, h1, c30, LOW[0]!);
  const corr0 = addR(t0, t1, i0, LOW[0]!);
  return addDR(corr0, LOW[0]!, y0);
}

export function log(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === 1) return 0;
  const r0 = logDD(x);
  return r0 + LOW[0]!;
}

export function log2(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  hwF64[0] = x;
  const hw = hwU32[1]!;
  if (hw >= 0x00100000) {
    // normal: a power of two when the mantissa bits are zero
    if ((hw & 0xfffff) === 0 && hwU32[0] === 0) return (hw >>> 20) - 1023;
  } else {
    const [mi, ex] = frexpInt(x);
    if ((mi & (mi - 1n)) === 0n) return ex + mi.toString(2).length - 1;
  }
  const l0 = logDD(x);
  const r0 = divR(l0, LOW[0]!, LN2[0], LN2[1]);
  return r0 + LOW[0]!;
}

// glibc's e_log10.c: not correctly rounded, and python3 shows its exact results.
const TWO54 = 1.80143985094819840000e16;
const IVLN10 = 4.34294481903251816668e-01;
const LOG10_2HI = 3.01029995663611771306e-01;
const LOG10_2LO = 3.69423907715893078616e-13;

export function log10(x: number): number {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  let hx = buf.getInt32(0);
  const lx = buf.getUint32(4);
  let k = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO54;
    buf.setFloat64(0, x);
    hx = buf.getInt32(0);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  const i = (k & 0x80000000) >>> 31;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  buf.setInt32(0, hx);
  x = buf.getFloat64(0);
  const z = y * LOG10_2LO + IVLN10 * log(x);
  return z + y * LOG10_2HI;
}

// --- pow ----------------------------------------------------------------------------------------

function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y) < 2 ** 53 && Math.abs(y % 2) === 1;
}

/** C99 pow (glibc), for finite or special arguments. */
export function pow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  if (y === Infinity || y === -Infinity) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return (ax > 1) === (y > 0) ? Infinity : 0;
  }
  if (x === 0) {
    if (y > 0) return isOddInteger(y) ? x : 0;
    return isOddInteger(y) && Object.is(x, -0) ? -Infinity : Infinity;
  }
  if (x === Infinity) return y > 0 ? Infinity : 0;
  if (x === -Infinity) {
    if (y > 0) return isOddInteger(y) ? -Infinity : Infinity;
    return isOddInteger(y) ? -0 : 0;
  }
  let sign = 1;
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    if (isOddInteger(y)) sign = -1;
    x = -x;
  }
  if (x === 1) return sign;
  if (y === 1) return sign * x;
  if (y === 2) return sign * x * x;
  if (y === -1) return sign / x;
  if (y === 0.5) return sign * Math.sqrt(x);
  if (Number.isInteger(y) && Math.abs(y) <= 1024) {
    const r0 = powInt(x, Math.abs(y));
    if (r0 === r0) {
      const v0 = y > 0 ? r0 : divR(1, 0, r0, LOW[0]!);
      const d = v0 + LOW[0]!;
      if (Number.isFinite(d) && Math.abs(d) >= 2 ** -1022 && Math.abs(d) < 2 ** 1000) return sign * d;
    }
  }
  if ((y === -1.5 || y === 1.5 || y === -0.5) && x > 2 ** -500 && x < 2 ** 500) {
    const v = powHalfFast(x, y);
    if (v === v) return v;
  }
  const l0 = logDD(x);
  const l1 = LOW[0]!;
  const est = l0 * y;
  if (est > 710) return sign * Infinity;
  if (est < -746) return sign * 0;
  const p0 = mulDR(l0, l1, y);
  if (p0 > 709.782712893384 + 1) return sign * Infinity;
  const m0 = expParts(p0, LOW[0]!);
  return sign * ldexpRound(m0, LOW[0]!, EXP_K);
}

/**
 * x^y for y in {1.5, -1.5, -0.5} and 2^-500 < x < 2^500 via sqrt, product and quotient in
 * double-double (Ziv-style fast path), or NaN when that cannot decide the rounding.
 *
 * Each double-double step (sqrtDD, mul, div) has relative error below 2^-100, so the value v0 + v1
 * is within 2^-98 |v| of x^y; nothing nears the subnormal range. The general path (logDD + expParts)
 * is accurate to about 2^-90 relative here (|y ln x| < 520). So when v0 + v1 is farther than
 * 2^-77 |v0| from both rounding boundaries around v0 (and v0 is not a power of two, where the
 * boundary below is closer), x^y, the general path's value and v0 + v1 all round to v0, the
 * result both paths return.
 */
function powHalfFast(x: number, y: number): number {
  // sqrtDD([x, 0])
  const s = Math.sqrt(x);
  const pp0 = twoProdR(s, s);
  const rr0 = addR(x, 0, -pp0, -LOW[0]!);
  const sq0 = quickTwoSumR(s, rr0 / (2 * s));
  const sq1 = LOW[0]!;
  let v0: number;
  if (y === -0.5) v0 = divR(1, 0, sq0, sq1);
  else {
    const t0 = mulR(x, 0, sq0, sq1);
    v0 = y > 0 ? t0 : divR(1, 0, t0, LOW[0]!);
  }
  const v1 = LOW[0]!;
  hwF64[0] = v0;
  const hw = hwU32[1]!;
  if ((hw & 0xfffff) === 0 && hwU32[0] === 0) return NaN;
  const ebits = (hw >>> 20) & 0x7ff; // v0 > 0 and normal here
  hwU32[1] = (ebits - 52) << 20;
  hwU32[0] = 0;
  const ulp = hwF64[0];
  if (Math.abs(v1) < ulp * (0.5 - 2 ** -24)) return v0;
  return NaN;
}

/** x^n for a positive integer n by squaring in double-double (high part; low in LOW[0]); NaN when it
 * leaves the safe range. */
function powInt(x: number, n: number): number {
  let r0 = 1;
  let r1 = 0;
  let b0 = x;
  let b1 = 0;
  for (;;) {
    if (n & 1) {
      r0 = mulR(r0, r1, b0, b1);
      r1 = LOW[0]!;
      if (!(Math.abs(r0) < 2 ** 990 && Math.abs(r0) > 2 ** -990)) return NaN;
    }
    n = Math.floor(n / 2);
    if (n === 0) {
      LOW[0] = r1;
      return r0;
    }
    b0 = mulR(b0, b1, b0, b1);
    b1 = LOW[0]!;
    if (!(Math.abs(b0) < 2 ** 990 && Math.abs(b0) > 2 ** -990)) return NaN;
  }
}

// --- trigonometry ---------------------------------------------------------------------------------

/** The n of the last reduceR. */
let RED_N = 0;

/** reduce(x) without allocation for |x| < 2^28: r's high part returned, low part in LOW[0], n mod 4
 * in RED_N. */
function reduceR(x: number): number {
  const ax = Math.abs(x);
  if (ax <= Math.PI / 4) {
    RED_N = 0;
    LOW[0] = 0;
    return x;
  }
  if (ax < 2 ** 28) {
    const n = Math.round(x * (2 / Math.PI));
    let r0 = x;
    let r1 = 0;
    for (let i = 0; i < 4; i++) {
      const p0 = twoProdR(n, PIO2_PARTS[i]!);
      r0 = addR(r0, r1, -p0, -LOW[0]!);
      r1 = LOW[0]!;
    }
    RED_N = ((n % 4) + 4) % 4;
    return r0;
  }
  const [n, r] = reducePayneHanek(x);
  RED_N = n;
  LOW[0] = r[1];
  return r[0];
}

/** x reduced modulo π/2 for |x| >= 2^28 (reduceR does the smaller ones): [n mod 4, r] with r in
 * about [-π/4, π/4] as double-double. */
function reducePayneHanek(x: number): [number, DD] {
  // Payne–Hanek with exact integers: x * 2/π = M * 2^E * (2/π).
  const [mi, e] = frexpInt(x);
  const prod = mi * TWO_OVER_PI_FIXED; // value * 2^(PI_BITS - e)
  const shift = PI_BITS - BigInt(e);
  const whole = prod >> shift;
  let frac = prod - (whole << shift); // in [0, 2^shift)
  let n = Number(((whole % 4n) + 4n) % 4n);
  const half = 1n << (shift - 1n);
  if (frac >= half) {
    frac -= 1n << shift;
    n = (n + 1) % 4;
  }
  // r = frac / 2^shift * π/2
  const keep = 160n;
  const f = shift > keep ? frac >> (shift - keep) : frac << (keep - shift);
  const fd = fixedToDoubles(f, keep, 2) as DD;
  return [n, mul(fd, PIO2)];
}

/** sinKernel([r0, r1]) (high part; low in LOW[0]). */
function sinKernelR(r0: number, r1: number): number {
  const q0 = mulR(r0, r1, r0, r1);
  const q1 = LOW[0]!;
  let p0 = 0;
  let p1 = 0;
  for (let i = 27; i >= 3; i -= 2) {
    const d0 = divDR(q0, q1, -(i * (i - 1)));
    const d1 = LOW[0]!;
    const a0 = addDR(p0, p1, 1);
    p0 = mulR(d0, d1, a0, LOW[0]!);
    p1 = LOW[0]!;
  }
  const a0 = addDR(p0, p1, 1);
  return mulR(r0, r1, a0, LOW[0]!);
}

/** cosKernel([r0, r1]) (high part; low in LOW[0]). */
function cosKernelR(r0: number, r1: number): number {
  const q0 = mulR(r0, r1, r0, r1);
  const q1 = LOW[0]!;
  let p0 = 0;
  let p1 = 0;
  for (let i = 26; i >= 2; i -= 2) {
    const d0 = divDR(q0, q1, -(i * (i - 1)));
    const d1 = LOW[0]!;
    const a0 = addDR(p0, p1, 1);
    p0 = mulR(d0, d1, a0, LOW[0]!);
    p1 = LOW[0]!;
  }
  return addDR(p0, p1, 1);
}

export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -26) return x;
  const r0 = reduceR(x);
  const r1 = LOW[0]!;
  const n = RED_N;
  const v0 = n === 0 || n === 2 ? sinKernelR(r0, r1) : cosKernelR(r0, r1);
  const v1 = LOW[0]!;
  return n < 2 ? v0 + v1 : -v0 + -v1;
}

export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return 1;
  const r0 = reduceR(x);
  const r1 = LOW[0]!;
  const n = RED_N;
  const v0 = n === 0 || n === 2 ? cosKernelR(r0, r1) : sinKernelR(r0, r1);
  const v1 = LOW[0]!;
  return n === 0 || n === 3 ? v0 + v1 : -v0 + -v1;
}

export function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return x;
  const r0 = reduceR(x);
  const r1 = LOW[0]!;
  const n = RED_N;
  const s0 = sinKernelR(r0, r1);
  const s1 = LOW[0]!;
  const c0 = cosKernelR(r0, r1);
  const c1 = LOW[0]!;
  if (n % 2 === 0) return divR(s0, s1, c0, c1) + LOW[0]!;
  const v0 = divR(c0, c1, s0, s1);
  return -v0 + -LOW[0]!;
}

/** atan of a double-double with |a| <= 1. */
function atanSmall(a: DD): DD {
  const y0 = Math.atan(a[0] + a[1]);
  if (y0 === 0) return a;
  const a0 = a[0];
  const a1 = a[1];
  const s0 = sinKernelR(y0, 0);
  const s1 = LOW[0]!;
  const c0 = cosKernelR(y0, 0);
  const c1 = LOW[0]!;
  // atan(a) = y0 + atan((a cos y0 - sin y0) / (cos y0 + a sin y0))
  const ac0 = mulR(a0, a1, c0, c1);
  const n0 = addR(ac0, LOW[0]!, -s0, -s1);
  const n1 = LOW[0]!;
  const as0 = mulR(a0, a1, s0, s1);
  const m0 = addR(c0, c1, as0, LOW[0]!);
  const d0 = divR(n0, n1, m0, LOW[0]!);
  const d1 = LOW[0]!;
  const dd0 = mulR(d0, d1, d0, d1);
  const ddd0 = mulR(dd0, LOW[0]!, d0, d1);
  const d30 = mulDR(ddd0, LOW[0]!, -1 / 3);
  const e0 = addR(d0, d1, d30, LOW[0]!);
  const r0 = addDR(e0, LOW[0]!, y0);
  return [r0, LOW[0]!];
}

function atanDD(a: DD): DD {
  const ax = Math.abs(a[0]);
  if (ax <= 1) return atanSmall(a);
  if (ax > 2 ** 60) return a[0] > 0 ? addD(PIO2, -1 / a[0]) : addD(neg(PIO2), -1 / a[0]);
  const inv = atanSmall(div([1, 0], a));
  return a[0] > 0 ? sub(PIO2, inv) : sub(neg(PIO2), inv);
}

export function atan(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return PIO2[0];
  if (x === -Infinity) return -PIO2[0];
  if (Math.abs(x) < 2 ** -27) return x;
  const v = atanDD([x, 0]);
  return v[0] + v[1];
}

export function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  if (y === 0) {
    if (x > 0 || Object.is(x, 0)) return y;
    return Object.is(y, -0) ? -PI[0] : PI[0];
  }
  if (x === 0) return y > 0 ? PIO2[0] : -PIO2[0];
  if (x === Infinity) {
    if (y === Infinity) return PI[0] / 4;
    if (y === -Infinity) return -PI[0] / 4;
    return y > 0 ? 0 : -0;
  }
  if (x === -Infinity) {
    if (y === Infinity) return (3 * PI[0]) / 4;
    if (y === -Infinity) return (-3 * PI[0]) / 4;
    return y > 0 ? PI[0] : -PI[0];
  }
  if (y === Infinity) return PIO2[0];
  if (y === -Infinity) return -PIO2[0];
  let v: DD;
  if (Math.abs(y) <= Math.abs(x)) {
    const q = divScaled(y, x);
    if (q === null) return x > 0 ? y / x : y > 0 ? PI[0] : -PI[0];
    v = atanSmall(q);
    if (x < 0) v = y > 0 ? add(v, PI) : sub(v, PI);
  } else {
    const q = divScaled(x, y);
    if (q === null) return y > 0 ? PIO2[0] : -PIO2[0];
    v = atanSmall(q);
    v = y > 0 ? sub(PIO2, v) : sub(neg(PIO2), v);
  }
  return v[0] + v[1];
}

/** a / b as double-double, or null when it underflows below double-double's reach. */
function divScaled(a: number, b: number): DD | null {
  const q = a / b;
  if (q === 0 || Math.abs(q) < 2 ** -1000) return null;
  if (!Number.isFinite(a * SPLITTER) || !Number.isFinite(b * SPLITTER)) {
    const s = 2 ** -600;
    return div([a * s, 0], [b * s, 0]);
  }
  return div([a, 0], [b, 0]);
}

export function asin(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (ax < 2 ** -26) return x;
  if (ax === 1) return x > 0 ? PIO2[0] : -PIO2[0];
  const c = sqrtDD(mul(twoSum(1, -x), twoSum(1, x)));
  const v = ax <= 0.5 ? atanSmall(div([x, 0], c)) : x > 0 ? sub(PIO2, atanDD(div(c, [x, 0]))) : sub(neg(PIO2), atanDD(div(c, [x, 0])));
  return v[0] + v[1];
}

export function acos(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (x === 1) return 0;
  if (x === -1) return PI[0];
  const s = sqrtDD(mul(twoSum(1, -x), twoSum(1, x)));
  // acos x = atan2(sqrt(1 - x^2), x)
  let v: DD;
  if (ax < 1e-300) return PIO2[0];
  if (s[0] <= ax) {
    v = atanSmall(div(s, [x, 0]));
    if (x < 0) v = add(v, PI);
  } else {
    v = sub(PIO2, atanSmall(div([x, 0], s)));
  }
  return v[0] + v[1];
}

// --- sign bit ----------------------------------------------------------------------------------

const sbF64 = new Float64Array(1);
const sbU8 = new Uint8Array(sbF64.buffer);

/** C's signbit(): true for -0.0, negative numbers and NaNs with the sign bit set. */
export function signbit(x: number): boolean {
  sbF64[0] = x;
  return (sbU8[7]! & 0x80) !== 0;
}

/** C's copysign(x, y) (NaN signs included). */
export function copysign(x: number, y: number): number {
  const ax = Math.abs(x);
  return signbit(y) ? -ax : ax;
}

/** The NaN float('-nan') gives: the quiet NaN with its sign bit set. */
export const NEG_NAN: number = (() => {
  sbF64[0] = NaN;
  sbU8[7] = sbU8[7]! | 0x80;
  return sbF64[0];
})();

// --- hyperbolic functions as glibc computes them (fdlibm's e_cosh.c, e_sinh.c, s_tanh.c,
// s_asinh.c on glibc's exp and log); V8's Math.cosh & co. differ in the last bit now and then.


/** The high 32 bits of |x|'s representation (fdlibm's GET_HIGH_WORD & 0x7fffffff). */
function absHigh(x: number): number {
  hwF64[0] = x;
  return hwU32[1]! & 0x7fffffff;
}

function lowWord(x: number): number {
  hwF64[0] = x;
  return hwU32[0]!;
}

export function cosh(x: number): number {
  const ix = absHigh(x);
  if (ix >= 0x7ff00000) return x * x;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      if (ix < 0x3c800000) return 1;
      const t = Math.expm1(ax);
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(ax);
  if (ix < 0x408633ce || (ix === 0x408633ce && lowWord(x) <= 0x8fb9f87d)) {
    const w = exp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  return Infinity;
}

export function sinh(x: number): number {
  const ix = absHigh(x);
  if (ix >= 0x7ff00000) return x + x;
  const h = x < 0 || Object.is(x, -0) ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = Math.expm1(ax);
    if (ix < 0x3ff00000) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * exp(ax);
  if (ix < 0x408633ce || (ix === 0x408633ce && lowWord(x) <= 0x8fb9f87d)) {
    const w = exp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * 1e307 * 1e307;
}

export function tanh(x: number): number {
  const ix = absHigh(x);
  const neg = x < 0 || Object.is(x, -0);
  if (ix >= 0x7ff00000) return x !== x ? x + x : neg ? -1 : 1;
  let z: number;
  if (ix < 0x40360000) {
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1 + x);
    const ax = Math.abs(x);
    if (ix >= 0x3ff00000) {
      const t = Math.expm1(2 * ax);
      z = 1 - 2 / (t + 2);
    } else {
      const t = Math.expm1(-2 * ax);
      z = -t / (t + 2);
    }
  } else z = 1;
  return neg ? -z : z;
}

export function asinh(x: number): number {
  const ix = absHigh(x);
  if (ix < 0x3e300000) return x;
  let w: number;
  if (ix > 0x41b00000) {
    if (ix >= 0x7ff00000) return x + x;
    w = log(Math.abs(x)) + 6.93147180559945286227e-01;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) w = log(2 * xa + 1 / (Math.sqrt(xa * xa + 1) + xa));
    else {
      const t = xa * xa;
      w = Math.log1p(xa + t / (1 + Math.sqrt(1 + t)));
    }
  }
  return copysign(w, x);
}
