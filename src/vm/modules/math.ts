// math (Modules/mathmodule.c). Functions follow CPython's error rules ("math domain error",
// "math range error") and special cases; integer functions are exact.

import * as libm from '../libm.js';
import type { Value } from '../object.js';
import type { PyModule } from '../module.js';
import { None, typeOf } from '../type.js';
import { PyFloat, floatType } from '../float.js';
import { def, argc } from './util.js';
import { asFloatArg, floatToIntChecked } from '../number-methods.js';
import { overflowError, typeError, valueError, zeroDivisionError } from '../exceptions.js';
import { callSpecial, index, iterNext, getIter, binaryOp, toArray, lookupSpecial, call } from '../abstract.js';
import { intValue } from '../numeric.js';
import { big, norm, intAbs, intToFloat, type Int } from '../int.js';
import { NB } from '../opcodes.js';
import { tuple } from '../tuple.js';
import { bindKw } from '../number-methods.js';

const F = (x: number): PyFloat => new PyFloat(x);
const domain = (): never => {
  throw valueError('math domain error');
};
const range = (): never => {
  throw overflowError('math range error');
};

/** math_1: a one-argument libm function with CPython's errno emulation. */
function m1(m: PyModule, name: string, f: (x: number) => number, canOverflow = false): void {
  def(m, name, (args, kw) => {
    argc(`math.${name}`, args, kw, 1);
    const x = asFloatArg(args[0]!);
    const r = f(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) domain();
    if (!Number.isFinite(r) && Number.isFinite(x)) {
      if (canOverflow) range();
      domain();
    }
    return F(r);
  });
}

/** frexp for finite doubles (subnormals too): [m, e] with 0.5 <= |m| < 1 and x == m * 2**e. */
function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  const dv = new DataView(new ArrayBuffer(8));
  let adj = 0;
  if (Math.abs(x) < 2.2250738585072014e-308) {
    x *= 2 ** 64;
    adj = -64;
  }
  dv.setFloat64(0, x);
  const hi = dv.getUint32(0);
  const ex = (hi >>> 20) & 0x7ff;
  dv.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [dv.getFloat64(0), ex - 1022 + adj];
}

function ldexpSimple(m: number, e: number): number {
  if (e > 1023) return m * 2 ** 1023 * 2 ** (e - 1023);
  if (e < -1022) return m * 2 ** -1022 * 2 ** (e + 1022);
  return m * 2 ** e;
}

const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

/** glibc's cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c), which CPython's math.cbrt calls: not correctly rounded. */
function cbrtGlibc(x: number): number {
  const [xm, xe] = frexp(Math.abs(x));
  if (xe === 0 && (x === 0 || !Number.isFinite(x))) return x + x;
  const u = 0.35489576504391986 + (1.508191937815849 + (-2.114994941673713 + (2.4469312256353443 + (-1.8346927748361309 + (0.7849323449766393 - 0.14526389938548638 * xm) * xm) * xm) * xm) * xm) * xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * CBRT_FACTOR[2 + (xe % 3)]!;
  const r = ldexpSimple(ym, Math.trunc(xe / 3));
  return x < 0 ? -r : r;
}

/** vector_norm (mathmodule.c, 3.11): the accurate hypot / dist of non-negative coordinates. */
function vectorNorm(vec: number[]): number {
  let max = 0;
  let foundNan = false;
  for (const x of vec) {
    if (Number.isNaN(x)) foundNan = true;
    if (x > max) max = x;
  }
  const T27 = 134217729.0;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  let frac3 = 0.0;
  let x: number;
  let oldcsum: number;
  const maxE = frexp(max)[1];
  if (maxE >= -1023) {
    const scale = ldexpSimple(1.0, -maxE);
    for (const v of vec) {
      x = v * scale;
      const t = x * T27;
      const hi = t - (t - x);
      const lo = x - hi;
      x = hi * hi;
      oldcsum = csum;
      csum += x;
      frac1 += oldcsum - csum + x;
      x = 2.0 * hi * lo;
      oldcsum = csum;
      csum += x;
      frac2 += oldcsum - csum + x;
      frac3 += lo * lo;
    }
    const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    const t = x * T27;
    const hi = t - (t - x);
    const lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += oldcsum - csum + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += oldcsum - csum + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += oldcsum - csum + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  for (const v of vec) {
    x = v / max;
    x = x * x;
    oldcsum = csum;
    csum += x;
    frac1 += oldcsum - csum + x;
  }
  return max * Math.sqrt(csum - 1.0 + frac1);
}

/** loghelper (mathmodule.c): ints too large for a float are split as m * 2**e first. */
function logHelper(v: Value, func: (x: number) => number): number {
  const i = typeof v === 'boolean' ? Number(v) : intValue(v);
  if (i !== undefined) {
    if (i <= 0) domain();
    const x = Number(i);
    if (Number.isFinite(x)) return func(x);
    // _PyLong_Frexp: the top bits rounded to nearest (a sticky bit keeps ties exact)
    const b = BigInt(i);
    const bl = b.toString(2).length;
    const sh = BigInt(bl - 60);
    let top = b >> sh;
    if ((b & ((1n << sh) - 1n)) !== 0n) top |= 1n;
    const m = Number(top) / 2 ** 60;
    return func(m) + func(2.0) * bl;
  }
  const x = asFloatArg(v);
  if (Number.isNaN(x)) return x;
  if (x <= 0) domain();
  if (x === Infinity) return x;
  return func(x);
}

function intArg(v: Value, fname: string): Int {
  const i = intValue(v);
  if (i !== undefined) return i;
  if (v instanceof PyFloat) throw typeError(`'float' object cannot be interpreted as an integer`);
  if (typeOf(v).lookup('__index__') === undefined) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  void fname;
  return index(v);
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}

function isqrt(n: bigint): bigint {
  if (n < 0n) throw valueError('isqrt() argument must be nonnegative');
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  if (n > 2n ** 100n) {
    x = 1n << BigInt((n.toString(2).length + 1) >> 1);
  }
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) {
      while (x * x > n) x--;
      while ((x + 1n) * (x + 1n) <= n) x++;
      return x;
    }
    x = y;
  }
}

/** Shewchuk / msum as in math.fsum. */
function fsum(items: number[]): number {
  const partials: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (let x of items) {
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) specialSum = NaN;
      else infSum += x;
      specialSum += x;
      continue;
    }
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (!Number.isFinite(x)) throw overflowError('intermediate overflow in fsum');
    partials.push(x);
  }
  if (specialSum !== 0 || Number.isNaN(specialSum)) {
    if (Number.isNaN(infSum)) throw valueError('-inf + inf in fsum');
    return specialSum;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

function lgammaImpl(x: number): number {
  // Lanczos approximation (as CPython's m_lgamma)
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (Math.floor(x) === x && x <= 2) {
    if (x <= 0) return Infinity;
    return 0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -libm.log(absx);
  let r = libm.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (libm.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = libm.log(Math.PI) - libm.log(Math.abs(sinpi(absx))) - libm.log(absx) - r;
  return r;
}

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_NUM = [23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959, 35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390, 6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772, 248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640, 2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328, 8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291, 2.5066282746310002701649081771338373386264310793408];
const LANCZOS_DEN = [0, 39916800, 120543840, 150917976, 105258076, 45995730, 13339535, 2637558, 357423, 32670, 1925, 66, 1];

function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  if (x < 5) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i]!;
      den = den * x + LANCZOS_DEN[i]!;
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i]!;
      den = den / x + LANCZOS_DEN[i]!;
    }
  }
  return num / den;
}

function sinpi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y);
  let r: number;
  switch (n) {
    case 0:
      r = libm.sin(Math.PI * y);
      break;
    case 1:
      r = libm.cos(Math.PI * (y - 0.5));
      break;
    case 2:
      r = libm.sin(Math.PI * (1 - y));
      break;
    case 3:
      r = -libm.cos(Math.PI * (y - 1.5));
      break;
    default:
      r = libm.sin(Math.PI * (y - 2));
  }
  return Math.sign(x) * r;
}

const GAMMA_INT = [1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800, 39916800, 479001600, 6227020800, 87178291200, 1307674368000, 20922789888000, 355687428096000, 6402373705728000, 121645100408832000, 2432902008176640000, 51090942171709440000, 1124000727777607680000];

function gammaImpl(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    return domain();
  }
  if (x === 0) return domain();
  if (Math.floor(x) === x) {
    if (x < 0) return domain();
    if (x <= GAMMA_INT.length) return GAMMA_INT[x - 1]!;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1 / x;
    if (!Number.isFinite(r)) range();
    return r;
  }
  if (absx > 200) {
    if (x < 0) return 0 / sinpi(x);
    return range();
  }
  const y = absx + LANCZOS_G - 0.5;
  let q: number;
  let z: number;
  if (absx > LANCZOS_G - 0.5) {
    q = y - absx;
    z = q - LANCZOS_G + 0.5;
  } else {
    q = y - LANCZOS_G + 0.5;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = -Math.PI / sinpi(absx) / absx * libm.exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) r /= libm.pow(y, absx - 0.5);
    else {
      const sqrtpow = libm.pow(y, absx / 2 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / libm.exp(y);
    r += z * r;
    if (absx < 140) r *= libm.pow(y, absx - 0.5);
    else {
      const sqrtpow = libm.pow(y, absx / 2 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) range();
  return r;
}

function erfImpl(x: number): number {
  // Abramowitz-Stegun is not accurate enough; use the series / continued fraction of CPython.
  const ERF_SERIES_CUTOFF = 1.5;
  const ERF_SERIES_TERMS = 25;
  const ERFC_CONTFRAC_CUTOFF = 30;
  const ERFC_CONTFRAC_TERMS = 50;
  const SQRTPI = 1.772453850905516027298167483341145182798;
  if (Number.isNaN(x)) return x;
  const absx = Math.abs(x);
  if (absx < ERF_SERIES_CUTOFF) {
    const x2 = x * x;
    let acc = 0;
    let fk = ERF_SERIES_TERMS + 0.5;
    for (let i = 0; i < ERF_SERIES_TERMS; i++) {
      acc = 2 + (x2 * acc) / fk;
      fk -= 1;
    }
    return (acc * x * libm.exp(-x2)) / SQRTPI;
  }
  let cf: number;
  if (absx >= ERFC_CONTFRAC_CUTOFF) cf = 0;
  else {
    const x2 = absx * absx;
    let a = 0;
    let da = 0.5;
    let p = 1;
    let pLast = 0;
    let q = da + x2;
    let qLast = 1;
    for (let i = 0; i < ERFC_CONTFRAC_TERMS; i++) {
      a += da;
      da += 2;
      const b = da + x2;
      let t = p;
      p = b * p - a * pLast;
      pLast = t;
      t = q;
      q = b * q - a * qLast;
      qLast = t;
    }
    cf = (p / q) * absx * libm.exp(-x2) / SQRTPI;
  }
  return x > 0 ? 1 - cf : cf - 1;
}

function erfcImpl(x: number): number {
  if (Number.isNaN(x)) return x;
  if (Math.abs(x) < 1.5) return 1 - erfImpl(x);
  const e = erfImpl(x);
  return x > 0 ? 1 - e : 1 - e;
}

export function initMath(m: PyModule): void {
  m.ns.setStr('pi', F(Math.PI));
  m.ns.setStr('e', F(Math.E));
  m.ns.setStr('tau', F(2 * Math.PI));
  m.ns.setStr('inf', F(Infinity));
  m.ns.setStr('nan', F(NaN));
  m1(m, 'sqrt', Math.sqrt);
  m1(m, 'exp', libm.exp, true);
  m1(m, 'exp2', (x) => libm.pow(2, x), true);
  m1(m, 'expm1', Math.expm1, true);
  m1(m, 'sin', libm.sin);
  m1(m, 'cos', libm.cos);
  m1(m, 'tan', libm.tan);
  m1(m, 'asin', libm.asin);
  m1(m, 'acos', libm.acos);
  m1(m, 'atan', libm.atan);
  m1(m, 'sinh', Math.sinh, true);
  m1(m, 'cosh', Math.cosh, true);
  m1(m, 'tanh', Math.tanh);
  m1(m, 'asinh', Math.asinh);
  m1(m, 'acosh', Math.acosh);
  m1(m, 'atanh', (x) => (Math.abs(x) >= 1 ? NaN : Math.atanh(x)));
  m1(m, 'cbrt', cbrtGlibc);
  m1(m, 'fabs', Math.abs);
  def(m, 'log2', (args, kw) => {
    argc('math.log2', args, kw, 1);
    return F(logHelper(args[0]!, libm.log2));
  });
  def(m, 'log10', (args, kw) => {
    argc('math.log10', args, kw, 1);
    return F(logHelper(args[0]!, libm.log10));
  });
  m1(m, 'log1p', (x) => (x <= -1 ? NaN : Math.log1p(x)));
  m1(m, 'erf', erfImpl);
  m1(m, 'erfc', erfcImpl);
  m1(m, 'gamma', gammaImpl, true);
  m1(m, 'lgamma', (x) => {
    if (Math.floor(x) === x && x <= 0) return domain();
    return lgammaImpl(x);
  }, true);
  def(m, 'log', (args, kw) => {
    if (kw && kw.length) throw typeError('log() takes no keyword arguments');
    if (args.length < 1 || args.length > 2) throw typeError('math.log requires 1 to 2 arguments');
    const num = logHelper(args[0]!, libm.log);
    if (args.length === 1) return F(num);
    const den = logHelper(args[1]!, libm.log);
    if (den === 0) throw zeroDivisionError('float division by zero');
    return F(num / den);
  });
  def(m, 'pow', (args, kw) => {
    argc('pow', args, kw, 2);
    const x = asFloatArg(args[0]!);
    const y = asFloatArg(args[1]!);
    if (x === 0 && y < 0 && Number.isFinite(y)) domain();
    if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && Math.floor(y) !== y) domain();
    const r = x === 1 || y === 0 ? 1 : libm.pow(x, y);
    if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) range();
    return F(r);
  });
  def(m, 'atan2', (args, kw) => {
    argc('atan2', args, kw, 2);
    return F(libm.atan2(asFloatArg(args[0]!), asFloatArg(args[1]!)));
  });
  def(m, 'hypot', (args, kw) => {
    if (kw && kw.length) throw typeError('hypot() takes no keyword arguments');
    return F(vectorNorm(args.map((a) => Math.abs(asFloatArg(a)))));
  });
  def(m, 'dist', (args, kw) => {
    argc('dist', args, kw, 2);
    const p = toArray(args[0]!).map(asFloatArg);
    const q = toArray(args[1]!).map(asFloatArg);
    if (p.length !== q.length) throw valueError('both points must have the same number of dimensions');
    return F(vectorNorm(p.map((x, i) => Math.abs(x - q[i]!))));
  });
  def(m, 'fmod', (args, kw) => {
    argc('fmod', args, kw, 2);
    const x = asFloatArg(args[0]!);
    const y = asFloatArg(args[1]!);
    if (!Number.isFinite(x) && !Number.isNaN(x)) domain();
    if (y === 0) domain();
    return F(x % y);
  });
  def(m, 'remainder', (args, kw) => {
    argc('remainder', args, kw, 2);
    const x = asFloatArg(args[0]!);
    const y = asFloatArg(args[1]!);
    if (Number.isNaN(x) || Number.isNaN(y)) return F(NaN);
    if (!Number.isFinite(x) || y === 0) domain();
    if (!Number.isFinite(y)) return F(x);
    const absy = Math.abs(y);
    const m0 = Math.abs(x) % absy;
    const c = absy - m0;
    let r: number;
    if (m0 < c) r = m0;
    else if (m0 > c) r = -c;
    else r = m0 - 2 * ((0.5 * (Math.abs(x) - m0)) % absy);
    return F(x < 0 ? -r : r);
  });
  def(m, 'copysign', (args, kw) => {
    argc('copysign', args, kw, 2);
    const x = asFloatArg(args[0]!);
    const y = asFloatArg(args[1]!);
    return F(libm.copysign(x, y));
  });
  def(m, 'ldexp', (args, kw) => {
    argc('ldexp', args, kw, 2);
    const x = asFloatArg(args[0]!);
    const e = intArg(args[1]!, 'ldexp');
    if (x === 0 || !Number.isFinite(x)) return F(x);
    const n = typeof e === 'bigint' ? (e > 0n ? 5000 : -5000) : e;
    let r = x;
    let k = Math.max(-5000, Math.min(5000, n));
    while (k > 1000) {
      r *= 2 ** 1000;
      k -= 1000;
    }
    while (k < -1000) {
      r *= 2 ** -1000;
      k += 1000;
    }
    r *= 2 ** k;
    if (!Number.isFinite(r)) range();
    return F(r);
  });
  def(m, 'frexp', (args, kw) => {
    argc('math.frexp', args, kw, 1);
    const x = asFloatArg(args[0]!);
    if (x === 0 || !Number.isFinite(x)) return tuple([F(x), 0]);
    let e = Math.max(-1073, Math.floor(libm.log2(Math.abs(x))) + 1);
    let mant = x * 2 ** -e;
    while (Math.abs(mant) < 0.5) {
      mant *= 2;
      e--;
    }
    while (Math.abs(mant) >= 1) {
      mant /= 2;
      e++;
    }
    return tuple([F(mant), e]);
  });
  def(m, 'modf', (args, kw) => {
    argc('math.modf', args, kw, 1);
    const x = asFloatArg(args[0]!);
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) return tuple([F(x), F(x)]);
      return tuple([F(x > 0 ? 0 : -0), F(x)]);
    }
    const i = Math.trunc(x);
    const f = x - i;
    return tuple([F(f === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : f), F(i === 0 && (x < 0 || Object.is(x, -0)) ? -0 : i)]);
  });
  for (const [name, f] of [['floor', Math.floor], ['ceil', Math.ceil]] as const) {
    def(m, name, (args, kw) => {
      argc(`math.${name}`, args, kw, 1);
      const x = args[0]!;
      // an exact float directly; anything else (a float subclass too) through __floor__/__ceil__
      if (typeof x !== 'object') {
        const i = intValue(x);
        if (i !== undefined) return i;
      }
      if (!(x instanceof PyFloat && x.cls === floatType)) {
        const r = lookupSpecial(x, `__${name}__`);
        if (r !== undefined) return call(r, []);
      }
      return floatToIntChecked(f(asFloatArg(x)));
    });
  }
  def(m, 'trunc', (args, kw) => {
    argc('math.trunc', args, kw, 1);
    const x = args[0]!;
    const r = callSpecial(x, '__trunc__', []);
    if (r === undefined) throw typeError(`type ${typeOf(x).name} doesn't define __trunc__ method`);
    return r;
  });
  def(m, 'isfinite', (args, kw) => (argc('math.isfinite', args, kw, 1), Number.isFinite(asFloatArg(args[0]!))));
  def(m, 'isinf', (args, kw) => {
    argc('math.isinf', args, kw, 1);
    const x = asFloatArg(args[0]!);
    return x === Infinity || x === -Infinity;
  });
  def(m, 'isnan', (args, kw) => (argc('math.isnan', args, kw, 1), Number.isNaN(asFloatArg(args[0]!))));
  def(m, 'isclose', (args, kw) => {
    const p = bindKw('isclose', args, kw, ['a', 'b'], { rel_tol: F(1e-9), abs_tol: F(0) }, ['rel_tol', 'abs_tol'], false);
    const a = asFloatArg(p['a']!);
    const b = asFloatArg(p['b']!);
    const rel = asFloatArg(p['rel_tol']!);
    const abs = asFloatArg(p['abs_tol']!);
    if (rel < 0 || abs < 0) throw valueError('tolerances must be non-negative');
    if (a === b) return true;
    if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
    const diff = Math.abs(b - a);
    return (diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a)) || diff <= abs;
  });
  def(m, 'degrees', (args, kw) => (argc('math.degrees', args, kw, 1), F(asFloatArg(args[0]!) * (180 / Math.PI))));
  def(m, 'radians', (args, kw) => (argc('math.radians', args, kw, 1), F(asFloatArg(args[0]!) * (Math.PI / 180))));
  def(m, 'fsum', (args, kw) => (argc('math.fsum', args, kw, 1), F(fsum(toArray(args[0]!).map(asFloatArg)))));
  def(m, 'prod', (args, kw) => {
    const p = bindKw('prod', args, kw, ['iterable'], { start: 1 }, ['start'], false);
    let acc = p['start']!;
    const it = getIter(p['iterable']!);
    for (;;) {
      const x = iterNext(it);
      if (x === undefined) return acc;
      acc = binaryOp(NB.MULTIPLY, acc, x);
    }
  });
  def(m, 'gcd', (args) => {
    let g = 0n;
    for (const a of args) g = gcd(g, big(intArg(a, 'gcd')));
    return norm(g);
  });
  def(m, 'lcm', (args) => {
    let l = 1n;
    for (const a of args) {
      const v = big(intArg(a, 'lcm'));
      if (v === 0n) return 0;
      l = (l / gcd(l, v)) * (v < 0n ? -v : v);
    }
    return norm(l);
  });
  def(m, 'isqrt', (args, kw) => (argc('math.isqrt', args, kw, 1), norm(isqrt(big(intArg(args[0]!, 'isqrt'))))));
  def(m, 'factorial', (args, kw) => {
    argc('math.factorial', args, kw, 1);
    const x = args[0]!;
    if (x instanceof PyFloat) throw typeError(`'float' object cannot be interpreted as an integer`);
    const n = big(intArg(x, 'factorial'));
    if (n < 0n) throw valueError('factorial() not defined for negative values');
    let r = 1n;
    for (let i = 2n; i <= n; i++) r *= i;
    return norm(r);
  });
  def(m, 'comb', (args, kw) => {
    argc('comb', args, kw, 2);
    const n = big(intArg(args[0]!, 'comb'));
    let k = big(intArg(args[1]!, 'comb'));
    if (n < 0n) throw valueError('n must be a non-negative integer');
    if (k < 0n) throw valueError('k must be a non-negative integer');
    if (k > n) return 0;
    if (k > n - k) k = n - k;
    let r = 1n;
    for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
    return norm(r);
  });
  def(m, 'perm', (args, kw) => {
    argc('perm', args, kw, 1, 2);
    const n = big(intArg(args[0]!, 'perm'));
    const k = args.length > 1 && args[1] !== None ? big(intArg(args[1]!, 'perm')) : n;
    if (n < 0n) throw valueError('n must be a non-negative integer');
    if (k < 0n) throw valueError('k must be a non-negative integer');
    if (k > n) return 0;
    let r = 1n;
    for (let i = n - k + 1n; i <= n; i++) r *= i;
    return norm(r);
  });
  def(m, 'nextafter', (args, kw) => {
    argc('nextafter', args, kw, 2);
    return F(nextafter(asFloatArg(args[0]!), asFloatArg(args[1]!)));
  });
  def(m, 'ulp', (args, kw) => {
    argc('math.ulp', args, kw, 1);
    const x = Math.abs(asFloatArg(args[0]!));
    if (!Number.isFinite(x)) return F(x);
    const y = nextafter(x, Infinity);
    if (!Number.isFinite(y)) return F(x - nextafter(x, -Infinity));
    return F(y - x);
  });
  void intAbs;
  void intToFloat;
}

function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const b = new Float64Array([x]);
  const u = new BigInt64Array(b.buffer);
  if ((y > x) === (x > 0)) u[0] = u[0]! + 1n;
  else u[0] = u[0]! - 1n;
  return b[0]!;
}

