// cmath (Modules/cmathmodule.c): complex math following C99 Annex G. Special values (infinities,
// NaNs) come from 7x7 tables indexed by the kinds of the real and imaginary parts; finite values
// use CPython's formulas (Kahan's for the inverse functions), with rescaling where an
// intermediate could overflow or lose precision. Errors are CPython's: EDOM -> ValueError("math
// domain error"), ERANGE -> OverflowError("math range error").

import * as libm from '../libm.js';
import type { Value } from '../object.js';
import type { PyModule } from '../module.js';
import { typeOf } from '../type.js';
import { PyFloat } from '../float.js';
import { PyComplexObj } from '../complex.js';
import { def, argc } from './util.js';
import { asFloatArg, bindKw } from '../number-methods.js';
import { overflowError, typeError, valueError } from '../exceptions.js';
import { callSpecial } from '../abstract.js';
import { tuple } from '../tuple.js';

type C = [number, number];

const EDOM = 33;
const ERANGE = 34;
let errno = 0;

const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2.2250738585072014e-308;
const DBL_MANT_DIG = 53;
const LARGE = DBL_MAX / 4;
const SQRT_LARGE = Math.sqrt(LARGE);
const LOG_LARGE = libm.log(LARGE);
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const SCALE_UP = 2 * Math.floor(DBL_MANT_DIG / 2) + 1;
const SCALE_DOWN = -((SCALE_UP + 1) / 2);
const LN2 = 0.6931471805599453094;
const LN10 = 2.302585092994045684;
const PI = Math.PI;
const INF = Infinity;
const N = NaN;
const U = -9.5426319407711027e33; // never returned: finite entries are not special

const copysign = libm.copysign;
const isfinite = Number.isFinite;
const isnan = Number.isNaN;
const isinf = (x: number): boolean => x === Infinity || x === -Infinity;

function ldexp(x: number, e: number): number {
  return x * 2 ** e;
}

/** glibc's hypot (2.35+, without FMA): the kernel corrects sqrt(ax^2 + ay^2) by one step. */
function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2 * ay) {
    const delta = h - ay;
    t1 = ax * (2 * delta - ax);
    t2 = (delta - 2 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2 * delta * (ax - 2 * ay);
    t2 = (4 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2 * h);
  return h;
}

function hypot(x: number, y: number): number {
  if (!isfinite(x) || !isfinite(y)) {
    if (isinf(x) || isinf(y)) return INF;
    return x + y;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x;
  const ay = x < y ? x : y;
  const SCALE = 2 ** -600;
  const EPS = 2 ** -54;
  if (ax > 2 ** 511) {
    if (ay <= ax * EPS) return ax + ay;
    return hypotKernel(ax * SCALE, ay * SCALE) / SCALE;
  }
  if (ay < 2 ** -511) {
    if (ax >= ay / EPS) return ax + ay;
    return hypotKernel(ax / SCALE, ay / SCALE) * SCALE;
  }
  if (ay <= ax * EPS) return ax + ay;
  return hypotKernel(ax, ay);
}

export const glibcHypot = hypot;

function twoProd(a: number, b: number): [number, number] {
  const p = a * b;
  const SPLIT = 134217729;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

const asinh = libm.asinh;

/** _Py_log1p: log1p that keeps the sign of a zero argument. */
function log1p(x: number): number {
  if (x === 0) return x;
  return Math.log1p(x);
}

enum ST { NINF, NEG, NZERO, PZERO, POS, PINF, NAN }

function specialType(d: number): ST {
  if (isfinite(d)) {
    if (d !== 0) return libm.signbit(d) ? ST.NEG : ST.POS;
    return libm.signbit(d) ? ST.NZERO : ST.PZERO;
  }
  if (isnan(d)) return ST.NAN;
  return d > 0 ? ST.PINF : ST.NINF;
}

/** A 7x7 table from 49 (re, im) pairs, rows by the real part's kind. */
function table(values: number[]): C[][] {
  const rows: C[][] = [];
  for (let i = 0; i < 7; i++) {
    const row: C[] = [];
    for (let j = 0; j < 7; j++) row.push([values[(i * 7 + j) * 2]!, values[(i * 7 + j) * 2 + 1]!]);
    rows.push(row);
  }
  return rows;
}

const P = PI;
const P14 = 0.25 * PI;
const P12 = 0.5 * PI;
const P34 = 0.75 * PI;

const acosSV = table([
  P34, INF, P, INF, P, INF, P, -INF, P, -INF, P34, -INF, N, INF,
  P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
  P12, INF, U, U, P12, 0, P12, -0, U, U, P12, -INF, P12, N,
  P12, INF, U, U, P12, 0, P12, -0, U, U, P12, -INF, P12, N,
  P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
  P14, INF, 0, INF, 0, INF, 0, -INF, 0, -INF, P14, -INF, N, INF,
  N, INF, N, N, N, N, N, N, N, N, N, -INF, N, N,
]);
const acoshSV = table([
  INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P12, U, U, 0, -P12, 0, P12, U, U, INF, P12, N, N,
  INF, -P12, U, U, 0, -P12, 0, P12, U, U, INF, P12, N, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P14, INF, -0, INF, -0, INF, 0, INF, 0, INF, P14, INF, N,
  INF, N, N, N, N, N, N, N, N, N, INF, N, N, N,
]);
const asinhSV = table([
  -INF, -P14, -INF, -0, -INF, -0, -INF, 0, -INF, 0, -INF, P14, -INF, N,
  -INF, -P12, U, U, U, U, U, U, U, U, -INF, P12, N, N,
  -INF, -P12, U, U, -0, -0, -0, 0, U, U, -INF, P12, N, N,
  INF, -P12, U, U, 0, -0, 0, 0, U, U, INF, P12, N, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P14, INF, -0, INF, -0, INF, 0, INF, 0, INF, P14, INF, N,
  INF, N, N, N, N, -0, N, 0, N, N, INF, N, N, N,
]);
const atanhSV = table([
  -0, -P12, -0, -P12, -0, -P12, -0, P12, -0, P12, -0, P12, -0, N,
  -0, -P12, U, U, U, U, U, U, U, U, -0, P12, N, N,
  -0, -P12, U, U, -0, -0, -0, 0, U, U, -0, P12, -0, N,
  0, -P12, U, U, 0, -0, 0, 0, U, U, 0, P12, 0, N,
  0, -P12, U, U, U, U, U, U, U, U, 0, P12, N, N,
  0, -P12, 0, -P12, 0, -P12, 0, P12, 0, P12, 0, P12, 0, N,
  0, -P12, N, N, N, N, N, N, N, N, 0, P12, N, N,
]);
const coshSV = table([
  INF, N, U, U, INF, 0, INF, -0, U, U, INF, N, INF, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  N, 0, U, U, 1, 0, 1, -0, U, U, N, 0, N, 0,
  N, 0, U, U, 1, -0, 1, 0, U, U, N, 0, N, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, 0, N, 0, N, N, N, N, N, N,
]);
const expSV = table([
  0, 0, U, U, 0, -0, 0, 0, U, U, 0, 0, 0, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  N, N, U, U, 1, -0, 1, 0, U, U, N, N, N, N,
  N, N, U, U, 1, -0, 1, 0, U, U, N, N, N, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, -0, N, 0, N, N, N, N, N, N,
]);
const logSV = table([
  INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P12, U, U, -INF, -P, -INF, P, U, U, INF, P12, N, N,
  INF, -P12, U, U, -INF, -0, -INF, 0, U, U, INF, P12, N, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P14, INF, -0, INF, -0, INF, 0, INF, 0, INF, P14, INF, N,
  INF, N, N, N, N, N, N, N, N, N, INF, N, N, N,
]);
const sinhSV = table([
  INF, N, U, U, -INF, -0, -INF, 0, U, U, INF, N, INF, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  0, N, U, U, -0, -0, -0, 0, U, U, 0, N, 0, N,
  0, N, U, U, 0, -0, 0, 0, U, U, 0, N, 0, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, -0, N, 0, N, N, N, N, N, N,
]);
const sqrtSV = table([
  INF, -INF, 0, -INF, 0, -INF, 0, INF, 0, INF, INF, INF, N, INF,
  INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
  INF, -INF, U, U, 0, -0, 0, 0, U, U, INF, INF, N, N,
  INF, -INF, U, U, 0, -0, 0, 0, U, U, INF, INF, N, N,
  INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
  INF, -INF, INF, -0, INF, -0, INF, 0, INF, 0, INF, INF, INF, N,
  INF, -INF, N, N, N, N, N, N, N, N, INF, INF, N, N,
]);
const tanhSV = table([
  -1, 0, U, U, -1, -0, -1, 0, U, U, -1, 0, -1, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  N, N, U, U, -0, -0, -0, 0, U, U, N, N, N, N,
  N, N, U, U, 0, -0, 0, 0, U, U, N, N, N, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  1, 0, U, U, 1, -0, 1, 0, U, U, 1, 0, 1, 0,
  N, N, N, N, N, -0, N, 0, N, N, N, N, N, N,
]);
const rectSV = table([
  INF, N, U, U, -INF, 0, -INF, -0, U, U, INF, N, INF, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  0, 0, U, U, -0, 0, -0, -0, U, U, 0, 0, 0, 0,
  0, 0, U, U, 0, -0, 0, 0, U, U, 0, 0, 0, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, 0, N, 0, N, N, N, N, N, N,
]);

function special(z: C, t: C[][]): C | null {
  if (!isfinite(z[0]) || !isfinite(z[1])) {
    errno = 0;
    const r = t[specialType(z[0])]![specialType(z[1])]!;
    return [r[0], r[1]];
  }
  return null;
}

function cSqrt(z: C): C {
  const sv = special(z, sqrtSV);
  if (sv) return sv;
  if (z[0] === 0 && z[1] === 0) return [0, z[1]];
  let ax = Math.abs(z[0]);
  const ay = Math.abs(z[1]);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = ldexp(ax, SCALE_UP);
    s = ldexp(Math.sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  errno = 0;
  return z[0] >= 0 ? [s, copysign(d, z[1])] : [d, copysign(s, z[1])];
}

function cAcos(z: C): C {
  const sv = special(z, acosSV);
  if (sv) return sv;
  let r: C;
  if (Math.abs(z[0]) > LARGE || Math.abs(z[1]) > LARGE) {
    r = [libm.atan2(Math.abs(z[1]), z[0]), -copysign(libm.log(hypot(z[0] / 2, z[1] / 2)) + LN2 * 2, z[1])];
  } else {
    const s1 = cSqrt([1 - z[0], -z[1]]);
    const s2 = cSqrt([1 + z[0], z[1]]);
    r = [2 * libm.atan2(s1[0], s2[0]), asinh(s2[0] * s1[1] - s2[1] * s1[0])];
  }
  errno = 0;
  return r;
}

function cAcosh(z: C): C {
  const sv = special(z, acoshSV);
  if (sv) return sv;
  let r: C;
  if (Math.abs(z[0]) > LARGE || Math.abs(z[1]) > LARGE) {
    r = [libm.log(hypot(z[0] / 2, z[1] / 2)) + LN2 * 2, libm.atan2(z[1], z[0])];
  } else {
    const s1 = cSqrt([z[0] - 1, z[1]]);
    const s2 = cSqrt([z[0] + 1, z[1]]);
    r = [asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * libm.atan2(s1[1], s2[0])];
  }
  errno = 0;
  return r;
}

function cAsinh(z: C): C {
  const sv = special(z, asinhSV);
  if (sv) return sv;
  let r: C;
  if (Math.abs(z[0]) > LARGE || Math.abs(z[1]) > LARGE) {
    const l = libm.log(hypot(z[0] / 2, z[1] / 2)) + LN2 * 2;
    r = [z[1] >= 0 ? copysign(l, z[0]) : -copysign(l, -z[0]), libm.atan2(z[1], Math.abs(z[0]))];
  } else {
    const s1 = cSqrt([1 + z[1], -z[0]]);
    const s2 = cSqrt([1 - z[1], z[0]]);
    r = [asinh(s1[0] * s2[1] - s2[0] * s1[1]), libm.atan2(z[1], s1[0] * s2[0] - s1[1] * s2[1])];
  }
  errno = 0;
  return r;
}

function cAsin(z: C): C {
  const s = cAsinh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

function cAtanh(z: C): C {
  const sv = special(z, atanhSV);
  if (sv) return sv;
  if (z[0] < 0) {
    const r = cAtanh([-z[0], -z[1]]);
    return [-r[0], -r[1]];
  }
  const ay = Math.abs(z[1]);
  let r: C;
  if (z[0] > SQRT_LARGE || ay > SQRT_LARGE) {
    const h = hypot(z[0] / 2, z[1] / 2);
    r = [z[0] / 4 / h / h, copysign(PI / 2, z[1])];
    errno = 0;
  } else if (z[0] === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) {
      r = [INF, z[1]];
      errno = EDOM;
    } else {
      r = [-libm.log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))), copysign(libm.atan2(2, -ay) / 2, z[1])];
      errno = 0;
    }
  } else {
    r = [log1p(4 * z[0] / ((1 - z[0]) * (1 - z[0]) + ay * ay)) / 4, -libm.atan2(-2 * z[1], (1 - z[0]) * (1 + z[0]) - ay * ay) / 2];
    errno = 0;
  }
  return r;
}

function cAtan(z: C): C {
  const s = cAtanh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

function cCosh(z: C): C {
  let r: C;
  if (!isfinite(z[0]) || !isfinite(z[1])) {
    if (isinf(z[0]) && isfinite(z[1]) && z[1] !== 0) {
      r = z[0] > 0 ? [copysign(INF, libm.cos(z[1])), copysign(INF, libm.sin(z[1]))] : [copysign(INF, libm.cos(z[1])), -copysign(INF, libm.sin(z[1]))];
    } else {
      const t = coshSV[specialType(z[0])]![specialType(z[1])]!;
      r = [t[0], t[1]];
    }
    errno = isinf(z[1]) && !isnan(z[0]) ? EDOM : 0;
    return r;
  }
  if (Math.abs(z[0]) > LOG_LARGE) {
    const x1 = z[0] - copysign(1, z[0]);
    r = [libm.cos(z[1]) * libm.cosh(x1) * Math.E, libm.sin(z[1]) * libm.sinh(x1) * Math.E];
  } else {
    r = [libm.cos(z[1]) * libm.cosh(z[0]), libm.sin(z[1]) * libm.sinh(z[0])];
  }
  errno = isinf(r[0]) || isinf(r[1]) ? ERANGE : 0;
  return r;
}

function cCos(z: C): C {
  return cCosh([-z[1], z[0]]);
}

function cSinh(z: C): C {
  let r: C;
  if (!isfinite(z[0]) || !isfinite(z[1])) {
    if (isinf(z[0]) && isfinite(z[1]) && z[1] !== 0) {
      r = z[0] > 0 ? [copysign(INF, libm.cos(z[1])), copysign(INF, libm.sin(z[1]))] : [-copysign(INF, libm.cos(z[1])), copysign(INF, libm.sin(z[1]))];
    } else {
      const t = sinhSV[specialType(z[0])]![specialType(z[1])]!;
      r = [t[0], t[1]];
    }
    errno = isinf(z[1]) && !isnan(z[0]) ? EDOM : 0;
    return r;
  }
  if (Math.abs(z[0]) > LOG_LARGE) {
    const x1 = z[0] - copysign(1, z[0]);
    r = [libm.cos(z[1]) * libm.sinh(x1) * Math.E, libm.sin(z[1]) * libm.cosh(x1) * Math.E];
  } else {
    r = [libm.cos(z[1]) * libm.sinh(z[0]), libm.sin(z[1]) * libm.cosh(z[0])];
  }
  errno = isinf(r[0]) || isinf(r[1]) ? ERANGE : 0;
  return r;
}

function cSin(z: C): C {
  const s = cSinh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

function cTanh(z: C): C {
  let r: C;
  if (!isfinite(z[0]) || !isfinite(z[1])) {
    if (isinf(z[0]) && isfinite(z[1]) && z[1] !== 0) {
      r = [z[0] > 0 ? 1 : -1, copysign(0, 2 * libm.sin(z[1]) * libm.cos(z[1]))];
    } else {
      const t = tanhSV[specialType(z[0])]![specialType(z[1])]!;
      r = [t[0], t[1]];
    }
    errno = isinf(z[1]) && isfinite(z[0]) ? EDOM : 0;
    return r;
  }
  if (Math.abs(z[0]) > LOG_LARGE) {
    r = [copysign(1, z[0]), 4 * libm.sin(z[1]) * libm.cos(z[1]) * libm.exp(-2 * Math.abs(z[0]))];
  } else {
    const tx = libm.tanh(z[0]);
    const ty = libm.tan(z[1]);
    const cx = 1 / libm.cosh(z[0]);
    const txty = tx * ty;
    const denom = 1 + txty * txty;
    r = [tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx];
  }
  errno = 0;
  return r;
}

function cTan(z: C): C {
  const s = cTanh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

function cExp(z: C): C {
  let r: C;
  if (!isfinite(z[0]) || !isfinite(z[1])) {
    if (isinf(z[0]) && isfinite(z[1]) && z[1] !== 0) {
      r = z[0] > 0 ? [copysign(INF, libm.cos(z[1])), copysign(INF, libm.sin(z[1]))] : [copysign(0, libm.cos(z[1])), copysign(0, libm.sin(z[1]))];
    } else {
      const t = expSV[specialType(z[0])]![specialType(z[1])]!;
      r = [t[0], t[1]];
    }
    errno = isinf(z[1]) && (isfinite(z[0]) || (isinf(z[0]) && z[0] > 0)) ? EDOM : 0;
    return r;
  }
  if (z[0] > LOG_LARGE) {
    const l = libm.exp(z[0] - 1);
    r = [l * libm.cos(z[1]) * Math.E, l * libm.sin(z[1]) * Math.E];
  } else {
    const l = libm.exp(z[0]);
    r = [l * libm.cos(z[1]), l * libm.sin(z[1])];
  }
  errno = isinf(r[0]) || isinf(r[1]) ? ERANGE : 0;
  return r;
}

function cLog(z: C): C {
  const sv = special(z, logSV);
  if (sv) return sv;
  const ax = Math.abs(z[0]);
  const ay = Math.abs(z[1]);
  let re: number;
  if (ax > LARGE || ay > LARGE) {
    re = libm.log(hypot(ax / 2, ay / 2)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) {
      re = libm.log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * LN2;
    } else {
      errno = EDOM;
      return [-INF, libm.atan2(z[1], z[0])];
    }
  } else {
    const h = hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      re = log1p((am - 1) * (am + 1) + an * an) / 2;
    } else {
      re = libm.log(h);
    }
  }
  errno = 0;
  return [re, libm.atan2(z[1], z[0])];
}

function cLog10(z: C): C {
  const r = cLog(z);
  return [r[0] / LN10, r[1] / LN10];
}

/** atan2 with glibc's errno: ERANGE when a nonzero quotient underflows to zero. */
function atan2(y: number, x: number): number {
  const r = libm.atan2(y, x);
  if (r === 0 && y !== 0 && isfinite(y) && isfinite(x)) errno = ERANGE;
  return r;
}

/** _Py_c_quot, with errno = EDOM instead of an exception for a zero divisor. */
function cQuot(a: C, b: C): C {
  const absBr = Math.abs(b[0]);
  const absBi = Math.abs(b[1]);
  if (absBr >= absBi) {
    if (absBr === 0) {
      errno = EDOM;
      return [0, 0];
    }
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN];
}

/** _Py_c_abs: hypot, with errno = ERANGE when finite parts overflow. */
function cAbs(z: C): number {
  if (!isfinite(z[0]) || !isfinite(z[1])) {
    if (isinf(z[0])) return Math.abs(z[0]);
    if (isinf(z[1])) return Math.abs(z[1]);
    return NaN;
  }
  const r = hypot(z[0], z[1]);
  errno = isfinite(r) ? 0 : ERANGE;
  return r;
}

/** The "D" argument converter (PyComplex_AsCComplex). */
function complexArg(v: Value): C {
  if (v instanceof PyComplexObj) return [v.re, v.im];
  if (typeOf(v).lookup('__complex__') !== undefined) {
    const r = callSpecial(v, '__complex__', [])!;
    if (!(r instanceof PyComplexObj)) throw typeError(`__complex__ returned non-complex (type ${typeOf(r).name})`);
    return [r.re, r.im];
  }
  return [asFloatArg(v), 0];
}

function mathError(): never {
  if (errno === EDOM) throw valueError('math domain error');
  throw overflowError('math range error');
}

const cx = (z: C): PyComplexObj => new PyComplexObj(z[0], z[1]);

export function initCmath(m: PyModule): void {
  const unary: [string, (z: C) => C][] = [
    ['acos', cAcos], ['acosh', cAcosh], ['asin', cAsin], ['asinh', cAsinh], ['atan', cAtan], ['atanh', cAtanh],
    ['cos', cCos], ['cosh', cCosh], ['exp', cExp], ['log10', cLog10], ['sin', cSin], ['sinh', cSinh],
    ['sqrt', cSqrt], ['tan', cTan], ['tanh', cTanh],
  ];
  for (const [name, f] of unary) {
    def(m, name, (args, kw) => {
      argc(`cmath.${name}`, args, kw, 1);
      const z = complexArg(args[0]!);
      errno = 0;
      const r = f(z);
      if (errno !== 0) mathError();
      return cx(r);
    });
  }
  def(m, 'log', (args, kw) => {
    argc('log', args, kw, 1, 2);
    const z = complexArg(args[0]!);
    errno = 0;
    let r = cLog(z);
    if (args.length > 1) {
      // as cmath_log_impl: the base's c_log overwrites errno, then the division may set EDOM
      const b = cLog(complexArg(args[1]!));
      r = cQuot(r, b);
    }
    if (errno !== 0) mathError();
    return cx(r);
  });
  def(m, 'phase', (args, kw) => {
    argc('cmath.phase', args, kw, 1);
    const z = complexArg(args[0]!);
    errno = 0;
    const phi = atan2(z[1], z[0]);
    if (errno !== 0) mathError();
    return new PyFloat(phi);
  });
  def(m, 'polar', (args, kw) => {
    argc('cmath.polar', args, kw, 1);
    const z = complexArg(args[0]!);
    errno = 0;
    const phi = atan2(z[1], z[0]);
    const r = cAbs(z);
    if (errno !== 0) mathError();
    return tuple([new PyFloat(r), new PyFloat(phi)]);
  });
  def(m, 'rect', (args, kw) => {
    argc('rect', args, kw, 2);
    const r = asFloatArg(args[0]!);
    const phi = asFloatArg(args[1]!);
    errno = 0;
    let z: C;
    if (!isfinite(r) || !isfinite(phi)) {
      if (isinf(r) && isfinite(phi) && phi !== 0) {
        z = r > 0 ? [copysign(INF, libm.cos(phi)), copysign(INF, libm.sin(phi))] : [-copysign(INF, libm.cos(phi)), -copysign(INF, libm.sin(phi))];
      } else {
        const t = rectSV[specialType(r)]![specialType(phi)]!;
        z = [t[0], t[1]];
      }
      errno = r !== 0 && !isnan(r) && isinf(phi) ? EDOM : 0;
    } else if (phi === 0) {
      z = [r, r * phi];
    } else {
      z = [r * libm.cos(phi), r * libm.sin(phi)];
    }
    if (errno !== 0) mathError();
    return cx(z);
  });
  def(m, 'isfinite', (args, kw) => {
    argc('cmath.isfinite', args, kw, 1);
    const z = complexArg(args[0]!);
    return isfinite(z[0]) && isfinite(z[1]);
  });
  def(m, 'isnan', (args, kw) => {
    argc('cmath.isnan', args, kw, 1);
    const z = complexArg(args[0]!);
    return isnan(z[0]) || isnan(z[1]);
  });
  def(m, 'isinf', (args, kw) => {
    argc('cmath.isinf', args, kw, 1);
    const z = complexArg(args[0]!);
    return isinf(z[0]) || isinf(z[1]);
  });
  def(m, 'isclose', (args, kw) => {
    const p = bindKw('isclose', args, kw, ['a', 'b'], { rel_tol: new PyFloat(1e-9), abs_tol: new PyFloat(0) }, ['rel_tol', 'abs_tol'], false);
    const a = complexArg(p['a']!);
    const b = complexArg(p['b']!);
    const rel = asFloatArg(p['rel_tol']!);
    const abs = asFloatArg(p['abs_tol']!);
    if (rel < 0 || abs < 0) throw valueError('tolerances must be non-negative');
    if (a[0] === b[0] && a[1] === b[1]) return true;
    if (isinf(a[0]) || isinf(a[1]) || isinf(b[0]) || isinf(b[1])) return false;
    const diff = cAbs([a[0] - b[0], a[1] - b[1]]);
    return diff <= rel * cAbs(b) || diff <= rel * cAbs(a) || diff <= abs;
  });
  m.ns.setStr('pi', new PyFloat(Math.PI));
  m.ns.setStr('e', new PyFloat(Math.E));
  m.ns.setStr('tau', new PyFloat(2 * Math.PI));
  m.ns.setStr('inf', new PyFloat(Infinity));
  m.ns.setStr('infj', new PyComplexObj(0, Infinity));
  m.ns.setStr('nan', new PyFloat(NaN));
  m.ns.setStr('nanj', new PyComplexObj(0, NaN));
  m.ns.setStr('__doc__', 'This module provides access to mathematical functions for complex\nnumbers.');
}
