// Arithmetic on the builtin numeric types (bool, int, float, complex) with CPython's results and
// error messages. `numberBinary` is the fast path the eval loop and the int/float/complex
// dunder methods share; it returns undefined when its operands are not all builtin numbers.

import * as libm from './libm.js';
import type { Value } from './object.js';
import { NotImplemented } from './type.js';
import { NB } from './opcodes.js';
import { PyFloat, floatFloorDiv, floatMod, floatPow, floatTrueDiv, floatDivmod } from './float.js';
import { PyComplexObj } from './complex.js';
import { PyIntObj, intAdd, intAnd, intFloorDiv, intLshift, intMod, intMul, intOr, intPowNonNeg, intRshift, intSub, intTrueDiv, intXor, intToFloat, intSign, type Int } from './int.js';
import { zeroDivisionError, overflowError, DeprecationWarning } from './exceptions.js';
import { importAbs } from './import.js';
import { call, getAttr } from './abstract.js';
import { tuple } from './tuple.js';

/** The int value of a bool / int / int-subclass instance, else undefined. */
export function intValue(v: Value): Int | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
    case 'string':
      return undefined;
  }
  return v instanceof PyIntObj ? v.v : undefined;
}

/** PyErr_WarnEx(category, msg, 1) from native code: warnings.warn(msg, category, 1), which
 * attributes the warning to the running Python frame (native calls push no frame). */
export function warnFromNative(msg: string, category: Value = DeprecationWarning): void {
  const warnings = importAbs('warnings');
  call(getAttr(warnings, 'warn'), [msg, category, 1]);
}

/** True for an exact int (not bool, not an int subclass instance). */
export const isExactInt = (v: Value): boolean => typeof v === 'number' || typeof v === 'bigint';

/** The float value of a float (or subclass) instance, else undefined. */
export function floatValue(v: Value): number | undefined {
  return v instanceof PyFloat ? v.v : undefined;
}

export function intBinary(op: number, a: Int, b: Int): Value {
  switch (op) {
    case NB.ADD:
      return intAdd(a, b);
    case NB.SUBTRACT:
      return intSub(a, b);
    case NB.MULTIPLY:
      return intMul(a, b);
    case NB.FLOOR_DIVIDE:
      return intFloorDiv(a, b);
    case NB.REMAINDER:
      return intMod(a, b);
    case NB.TRUE_DIVIDE:
      return new PyFloat(intTrueDiv(a, b));
    case NB.POWER:
      if (intSign(b) < 0) {
        const fa = intToFloat(a);
        if (fa === 0) throw zeroDivisionError('0.0 cannot be raised to a negative power');
        const r = floatPow(fa, intToFloat(b));
        return new PyFloat(r!);
      }
      return intPowNonNeg(a, b);
    case NB.LSHIFT:
      return intLshift(a, b);
    case NB.RSHIFT:
      return intRshift(a, b);
    case NB.AND:
      return intAnd(a, b);
    case NB.OR:
      return intOr(a, b);
    case NB.XOR:
      return intXor(a, b);
  }
  return NotImplemented;
}

export function floatBinary(op: number, a: number, b: number): Value {
  switch (op) {
    case NB.ADD:
      return new PyFloat(a + b);
    case NB.SUBTRACT:
      return new PyFloat(a - b);
    case NB.MULTIPLY:
      return new PyFloat(a * b);
    case NB.TRUE_DIVIDE:
      return new PyFloat(floatTrueDiv(a, b));
    case NB.FLOOR_DIVIDE:
      return new PyFloat(floatFloorDiv(a, b));
    case NB.REMAINDER:
      return new PyFloat(floatMod(a, b));
    case NB.POWER: {
      const r = floatPow(a, b);
      if (r === null) return complexPow(a, 0, b, 0);
      return new PyFloat(r);
    }
  }
  return NotImplemented;
}

export function complexBinary(op: number, ar: number, ai: number, br: number, bi: number): Value {
  switch (op) {
    case NB.ADD:
      return new PyComplexObj(ar + br, ai + bi);
    case NB.SUBTRACT:
      return new PyComplexObj(ar - br, ai - bi);
    case NB.MULTIPLY:
      return new PyComplexObj(ar * br - ai * bi, ar * bi + ai * br);
    case NB.TRUE_DIVIDE:
      return complexDiv(ar, ai, br, bi);
    case NB.POWER:
      return complexPow(ar, ai, br, bi);
  }
  return NotImplemented;
}

/** _Py_c_quot. */
function complexDiv(ar: number, ai: number, br: number, bi: number): PyComplexObj {
  const absBr = Math.abs(br);
  const absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0) throw zeroDivisionError('complex division by zero');
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return new PyComplexObj((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
  }
  if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return new PyComplexObj((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
  }
  return new PyComplexObj(NaN, NaN);
}

/** _Py_c_pow (with the integer-exponent fast path of complex_pow). */
function complexPow(ar: number, ai: number, br: number, bi: number): PyComplexObj {
  const r = complexPowRaw(ar, ai, br, bi);
  // _Py_ADJUST_ERANGE2: an infinite part is an overflow.
  if (Math.abs(r.re) === Infinity || Math.abs(r.im) === Infinity) throw overflowError('complex exponentiation');
  return r;
}

function complexPowRaw(ar: number, ai: number, br: number, bi: number): PyComplexObj {
  if (bi === 0 && br === Math.trunc(br) && Math.abs(br) <= 100) {
    // c_powi
    const n = br;
    if (n > 0) return cPowu(ar, ai, n);
    const p = cPowu(ar, ai, -n);
    return complexDiv(1, 0, p.re, p.im);
  }
  if (br === 0 && bi === 0) return new PyComplexObj(1, 0);
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) throw zeroDivisionError('0.0 to a negative or complex power');
    return new PyComplexObj(0, 0);
  }
  const vabs = Math.hypot(ar, ai);
  let len = libm.pow(vabs, br);
  const at = libm.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= libm.exp(at * bi);
    phase += bi * libm.log(vabs);
  }
  return new PyComplexObj(len * libm.cos(phase), len * libm.sin(phase));
}

function cPowu(xr: number, xi: number, n: number): PyComplexObj {
  let rr = 1;
  let ri = 0;
  let pr = xr;
  let pi = xi;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) {
      const t = rr * pr - ri * pi;
      ri = rr * pi + ri * pr;
      rr = t;
    }
    mask <<= 1;
    const t = pr * pr - pi * pi;
    pi = 2 * pr * pi;
    pr = t;
  }
  return new PyComplexObj(rr, ri);
}

/** Binary arithmetic when both operands are builtin numbers; undefined otherwise. */
export function numberBinary(op: number, a: Value, b: Value): Value | undefined {
  const ia = intValue(a);
  const ib = intValue(b);
  if (ia !== undefined && ib !== undefined) {
    if (typeof a === 'boolean' && typeof b === 'boolean' && (op === NB.AND || op === NB.OR || op === NB.XOR)) {
      return op === NB.AND ? a && b : op === NB.OR ? a || b : a !== b;
    }
    return intBinary(op, ia, ib);
  }
  let fa: number | undefined;
  let fb: number | undefined;
  if (a instanceof PyFloat) fa = a.v;
  else if (ia !== undefined) fa = intToFloatOp(ia);
  if (b instanceof PyFloat) fb = b.v;
  else if (ib !== undefined) fb = intToFloatOp(ib);
  if (fa !== undefined && fb !== undefined) return floatBinary(op, fa, fb);
  const ca = complexParts(a);
  const cb = complexParts(b);
  if (ca && cb) return complexBinary(op, ca[0], ca[1], cb[0], cb[1]);
  return undefined;
}

function intToFloatOp(i: Int): number {
  if (typeof i === 'number') return i;
  const f = Number(i);
  if (!Number.isFinite(f)) throw overflowError('int too large to convert to float');
  return f;
}

export function complexParts(v: Value): [number, number] | null {
  if (v instanceof PyComplexObj) return [v.re, v.im];
  if (v instanceof PyFloat) return [v.v, 0];
  const i = intValue(v);
  if (i !== undefined) return [intToFloatOp(i), 0];
  return null;
}

export function divmodNumbers(a: Value, b: Value): Value | undefined {
  const ia = intValue(a);
  const ib = intValue(b);
  if (ia !== undefined && ib !== undefined) return tuple([intFloorDiv(ia, ib), intMod(ia, ib)]);
  const fa = a instanceof PyFloat ? a.v : ia !== undefined ? intToFloatOp(ia) : undefined;
  const fb = b instanceof PyFloat ? b.v : ib !== undefined ? intToFloatOp(ib) : undefined;
  if (fa !== undefined && fb !== undefined) {
    const [q, r] = floatDivmod(fa, fb);
    return tuple([new PyFloat(q), new PyFloat(r)]);
  }
  return undefined;
}

/** A rich comparison (op Py_LT .. Py_GE, as COMPARE_OP's oparg) of two doubles, NaN as in C. */
export function compareNumbers(x: number, y: number, op: number): boolean {
  switch (op) {
    case 0:
      return x < y;
    case 1:
      return x <= y;
    case 2:
      return x === y;
    case 3:
      return x !== y;
    case 4:
      return x > y;
    default:
      return x >= y;
  }
}
