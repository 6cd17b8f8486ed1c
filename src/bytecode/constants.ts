// Constant identity as the compiler sees it: `_PyCode_ConstantKey` (Objects/codeobject.c, 3.11)
// makes two constants one entry of co_consts only when they have the same type and value, with
// 0.0 and -0.0 kept apart (and likewise for the parts of complex numbers), tuples and frozensets
// compared item by item under the same rule, and code objects compared by value (code_richcompare:
// the test of a `while` loop is compiled twice, and its two equal genexprs become one constant).

import { PyCode } from './code.js';
import { PY_ELLIPSIS, PyBytes, PyComplex, PyFrozenSet, PyStrCodePoints, PyTuple, type PyConstant } from '../values/index.js';

const codeKeys = new WeakMap<PyCode, string>();

function hex(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
}

/** code_richcompare's notion of equal code objects, as a string. */
function codeKey(c: PyCode): string {
  let key = codeKeys.get(c);
  if (key === undefined) {
    key = '@' + JSON.stringify([
      c.co_name,
      c.co_argcount,
      c.co_posonlyargcount,
      c.co_kwonlyargcount,
      c.co_flags,
      c.co_firstlineno,
      hex(c.co_code),
      c.co_consts.map(constKey),
      c.co_names,
      c.co_localsplusnames,
      hex(c.co_linetable),
      hex(c.co_exceptiontable),
    ]);
    codeKeys.set(c, key);
  }
  return key;
}

let nanCounter = 0;
const floatView = new DataView(new ArrayBuffer(8));
function floatBits(x: number): string {
  floatView.setFloat64(0, x);
  return floatView.getBigUint64(0).toString(16);
}

/** A string equal for two constants exactly when CPython merges them into one co_consts entry. */
export function constKey(v: PyConstant): string {
  if (v === null) return 'N';
  if (v === PY_ELLIPSIS) return '.';
  switch (typeof v) {
    case 'boolean':
      return v ? 'T' : 'F';
    case 'bigint':
      return 'i' + v.toString();
    case 'number':
      // Every NaN is a distinct object in CPython, and NaN != NaN: never merged.
      return Number.isNaN(v) ? 'nan' + nanCounter++ : 'f' + floatBits(v);
    case 'string':
      return 's' + JSON.stringify(v);
  }
  if (v instanceof PyStrCodePoints) return 'u' + v.codePoints.join(',');
  if (v instanceof PyBytes) return 'b' + Buffer.from(v.data.buffer, v.data.byteOffset, v.data.byteLength).toString('hex');
  if (v instanceof PyComplex) {
    if (Number.isNaN(v.real) || Number.isNaN(v.imag)) return 'nan' + nanCounter++;
    return 'c' + floatBits(v.real) + ',' + floatBits(v.imag);
  }
  if (v instanceof PyTuple) return '(' + v.items.map(constKey).join(',') + ')';
  if (v instanceof PyFrozenSet) return '{' + v.items.map(constKey).sort().join(',') + '}';
  if (v instanceof PyCode) return codeKey(v);
  throw new Error('not a constant');
}

/** `PyObject_IsTrue` of a constant. */
export function constIsTrue(v: PyConstant): boolean {
  if (v === null) return false;
  if (v === PY_ELLIPSIS) return true;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'bigint':
      return v !== 0n;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
  }
  if (v instanceof PyStrCodePoints) return v.length > 0;
  if (v instanceof PyBytes) return v.data.length > 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof PyTuple || v instanceof PyFrozenSet) return v.items.length > 0;
  return true;
}

/** An insertion-ordered set of constants keyed by constKey, as a compiler unit's u_consts. */
export class ConstTable {
  readonly values: PyConstant[] = [];
  private readonly index = new Map<string, number>();

  add(v: PyConstant): number {
    const key = constKey(v);
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.values.length;
      this.index.set(key, i);
      this.values.push(v);
    }
    return i;
  }

  get size(): number {
    return this.values.length;
  }
}
