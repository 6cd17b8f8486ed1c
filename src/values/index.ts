// Python constant values as they travel between stages: AST `Constant` nodes, code-object
// `co_consts` and marshal all use this one model, so a value never changes shape on its way
// from the parser to a .pyc.
//
//   None       -> null                 int   -> bigint (always: ints are unbounded in Python)
//   bool       -> boolean              float -> number
//   str        -> string (UTF-16; lone surrogates allowed, as Python allows them), or
//                 PyStrCodePoints for the rare str a JS string cannot hold (see there)
//   bytes      -> PyBytes              complex -> PyComplex
//   Ellipsis   -> PY_ELLIPSIS          tuple -> PyTuple, frozenset -> PyFrozenSet
// Code objects (`PyCode`, src/bytecode/code.ts) appear in `co_consts` like any other constant.

import type { PyCode } from '../bytecode/code.js';

export const PY_ELLIPSIS: unique symbol = Symbol('Ellipsis');
export type PyEllipsis = typeof PY_ELLIPSIS;

export class PyComplex {
  constructor(readonly real: number, readonly imag: number) {}
}

export class PyBytes {
  constructor(readonly data: Uint8Array) {}
}

export class PyTuple<T = PyConstant> {
  constructor(readonly items: readonly T[]) {}
}

export class PyFrozenSet<T = PyConstant> {
  constructor(readonly items: readonly T[]) {}
}

/**
 * A Python str that a JavaScript string cannot hold: one in which a high surrogate code point
 * (U+D800..U+DBFF) is directly followed by a low one (U+DC00..U+DFFF), as in '\ud834\udd1e'.
 * Python keeps those as two code points; in a JS string the two units would read as the one
 * astral character U+1D11E. Every other str, lone surrogates included, is a plain `string`,
 * and `pyStr` is the only way in: a value of this class always contains such a pair, so a
 * `string` and a PyStrCodePoints are never equal as Python strs, and two PyStrCodePoints are
 * equal when their code points are.
 */
export class PyStrCodePoints {
  private constructor(readonly codePoints: Uint32Array) {}

  /** Used by pyStr only, after checking that a pair is present. */
  static unchecked(codePoints: Uint32Array): PyStrCodePoints {
    return new PyStrCodePoints(codePoints);
  }

  get length(): number {
    return this.codePoints.length;
  }

  /** The UTF-16 units of the code points, as a JS string (which reads the pairs as one character). */
  toUTF16(): string {
    let out = '';
    for (let i = 0; i < this.codePoints.length; i += 4096) out += String.fromCodePoint(...this.codePoints.subarray(i, i + 4096));
    return out;
  }
}

/** A Python str. */
export type PyStr = string | PyStrCodePoints;

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

export function isPyStr(v: unknown): v is PyStr {
  return typeof v === 'string' || v instanceof PyStrCodePoints;
}

/** The str with these code points: a plain string unless a JS string cannot hold it. */
export function pyStr(codePoints: ArrayLike<number>): PyStr {
  for (let i = 0; i + 1 < codePoints.length; i++) {
    if (isHigh(codePoints[i]!) && isLow(codePoints[i + 1]!)) return PyStrCodePoints.unchecked(Uint32Array.from(codePoints));
  }
  let out = '';
  for (let i = 0; i < codePoints.length; i += 4096) {
    out += String.fromCodePoint(...Array.prototype.slice.call(codePoints, i, i + 4096) as number[]);
  }
  return out;
}

/** The code points of a str (a JS string's pairs are one astral code point each). */
export function strCodePoints(s: PyStr): Uint32Array {
  if (s instanceof PyStrCodePoints) return s.codePoints;
  const out = new Uint32Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isHigh(c) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) {
      out[n++] = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
    } else out[n++] = c;
  }
  return out.subarray(0, n);
}

/** len(s): the number of code points. */
export function strLength(s: PyStr): number {
  return s instanceof PyStrCodePoints ? s.codePoints.length : strCodePoints(s).length;
}

/** a + b. Two plain strings join as strings unless a lone high surrogate meets a lone low one. */
export function concatStr(a: PyStr, b: PyStr): PyStr {
  if (typeof a === 'string' && typeof b === 'string') {
    if (a.length === 0) return b;
    if (b.length === 0 || !isHigh(a.charCodeAt(a.length - 1)) || !isLow(b.charCodeAt(0))) return a + b;
  }
  const x = strCodePoints(a);
  const y = strCodePoints(b);
  const out = new Uint32Array(x.length + y.length);
  out.set(x);
  out.set(y, x.length);
  return pyStr(out);
}

/** Python `==` on two strs. */
export function strEquals(a: PyStr, b: PyStr): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  const x = a.codePoints;
  const y = b.codePoints;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/**
 * Builds a str piece by piece (a decoded literal, a concatenation), as a plain string for as
 * long as it can be one.
 */
export class StrBuilder {
  private text = '';
  private codePoints: number[] | null = null;

  get isEmpty(): boolean {
    return this.codePoints === null ? this.text.length === 0 : this.codePoints.length === 0;
  }

  append(s: PyStr): void {
    if (this.codePoints === null) {
      if (typeof s === 'string') {
        const t = this.text;
        if (t.length === 0 || s.length === 0 || !isHigh(t.charCodeAt(t.length - 1)) || !isLow(s.charCodeAt(0))) {
          this.text = t + s;
          return;
        }
      }
      this.codePoints = Array.from(strCodePoints(this.text));
    }
    for (const cp of strCodePoints(s)) this.codePoints.push(cp);
  }

  appendCodePoint(cp: number): void {
    if (this.codePoints !== null) this.codePoints.push(cp);
    else this.append(String.fromCodePoint(cp));
  }

  finish(): PyStr {
    return this.codePoints === null ? this.text : pyStr(this.codePoints);
  }
}

/** A value that can appear in `Constant(value=...)`. */
export type PyScalar = null | boolean | bigint | number | string | PyStrCodePoints | PyComplex | PyBytes | PyEllipsis;

/** A value that can appear in `co_consts`. */
export type PyConstant = PyScalar | PyTuple<PyConstant> | PyFrozenSet<PyConstant> | PyCode;
