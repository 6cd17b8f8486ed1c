// Shared by the marshal and pyc tests: Python literals for JS values, and structural equality.

import { PyCode } from '../../src/bytecode/code.js';
import { PY_STOPITERATION, PyDict, PyList, PySet, type MarshalValue } from '../../src/marshal/index.js';
import { PY_ELLIPSIS, PyBytes, PyComplex, PyFrozenSet, PyStrCodePoints, PyTuple, strCodePoints, strEquals, type PyStr } from '../../src/values/index.js';

function pyFloat(x: number): string {
  // float('nan') has the bits of JS's NaN; inf - inf would give the x86 negative NaN.
  if (Number.isNaN(x)) return "float('nan')";
  if (x === Infinity) return '1e999';
  if (x === -Infinity) return '-1e999';
  if (Object.is(x, -0)) return '-0.0';
  const s = String(x);
  return /[.e]/.test(s) ? s : s + '.0';
}

export function pyStr(s: PyStr): string {
  let out = "'";
  for (const c of strCodePoints(s)) {
    const ch = String.fromCodePoint(c);
    if (ch === "'" || ch === '\\') out += '\\' + ch;
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out + "'";
}

function pyBytes(b: Uint8Array): string {
  return "b'" + Array.from(b, (x) => '\\x' + x.toString(16).padStart(2, '0')).join('') + "'";
}

/** A Python expression evaluating to `v`; constants fold as the compiler folds them. */
export function toPython(v: MarshalValue): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v === PY_ELLIPSIS) return '...';
  if (v === PY_STOPITERATION) return 'StopIteration';
  if (typeof v === 'bigint') return v < 0n ? `(${v})` : String(v);
  if (typeof v === 'number') return pyFloat(v);
  if (typeof v === 'string' || v instanceof PyStrCodePoints) return pyStr(v);
  if (v instanceof PyBytes) return pyBytes(v.data);
  if (v instanceof PyComplex) {
    const { real: r, imag: i } = v;
    // A folded literal is a compile-time constant (merged like one); complex() is a fresh object.
    if (Number.isFinite(r) && Number.isFinite(i) && !Object.is(r, -0) && !Object.is(i, -0)) {
      return `(${pyFloat(r)}${i < 0 ? '-' : '+'}${pyFloat(Math.abs(i))}j)`;
    }
    return `complex(${pyFloat(r)}, ${pyFloat(i)})`;
  }
  if (v instanceof PyTuple) return '(' + (v.items as MarshalValue[]).map((x) => toPython(x) + ',').join('') + ')';
  if (v instanceof PyList) return '[' + v.items.map(toPython).join(', ') + ']';
  if (v instanceof PyFrozenSet) return 'frozenset({' + (v.items as MarshalValue[]).map(toPython).join(', ') + '})';
  if (v instanceof PySet) return v.items.length === 0 ? 'set()' : '{' + v.items.map(toPython).join(', ') + '}';
  if (v instanceof PyDict) return '{' + v.entries.map(([k, x]) => `${toPython(k)}: ${toPython(x)}`).join(', ') + '}';
  throw new Error('no Python literal for this value');
}

/** Structural equality with Python's identity of values: 0.0 is not -0.0, NaN equals NaN,
 * 1 (int) is not 1.0 (float), frozensets and sets compare as sets. */
export function sameValue(a: MarshalValue, b: MarshalValue): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    return typeof a === typeof b && Object.is(a, b);
  }
  if (a instanceof PyStrCodePoints && b instanceof PyStrCodePoints) return strEquals(a, b);
  if (a instanceof PyBytes && b instanceof PyBytes) return Buffer.compare(Buffer.from(a.data), Buffer.from(b.data)) === 0;
  if (a instanceof PyComplex && b instanceof PyComplex) return Object.is(a.real, b.real) && Object.is(a.imag, b.imag);
  if ((a instanceof PyTuple && b instanceof PyTuple) || (a instanceof PyList && b instanceof PyList)) {
    const x = a.items as MarshalValue[];
    const y = b.items as MarshalValue[];
    return x.length === y.length && x.every((v, i) => sameValue(v, y[i]!));
  }
  if ((a instanceof PyFrozenSet && b instanceof PyFrozenSet) || (a instanceof PySet && b instanceof PySet)) {
    const x = a.items as MarshalValue[];
    const y = b.items as MarshalValue[];
    return x.length === y.length && x.every((v) => y.some((w) => sameValue(v, w)));
  }
  if (a instanceof PyDict && b instanceof PyDict) {
    return a.entries.length === b.entries.length && a.entries.every(([k, v], i) => sameValue(k, b.entries[i]![0]) && sameValue(v, b.entries[i]![1]));
  }
  if (a instanceof PyCode && b instanceof PyCode) {
    const bytes = (x: Uint8Array, y: Uint8Array): boolean => Buffer.compare(Buffer.from(x), Buffer.from(y)) === 0;
    const strs = (x: readonly string[], y: readonly string[]): boolean => x.length === y.length && x.every((s, i) => s === y[i]);
    return (
      a.co_argcount === b.co_argcount && a.co_posonlyargcount === b.co_posonlyargcount &&
      a.co_kwonlyargcount === b.co_kwonlyargcount && a.co_stacksize === b.co_stacksize &&
      a.co_flags === b.co_flags && bytes(a.co_code, b.co_code) &&
      sameValue(new PyTuple(a.co_consts), new PyTuple(b.co_consts)) &&
      strs(a.co_names, b.co_names) && strs(a.co_localsplusnames, b.co_localsplusnames) &&
      bytes(a.co_localspluskinds, b.co_localspluskinds) && a.co_filename === b.co_filename &&
      a.co_name === b.co_name && a.co_qualname === b.co_qualname && a.co_firstlineno === b.co_firstlineno &&
      bytes(a.co_linetable, b.co_linetable) && bytes(a.co_exceptiontable, b.co_exceptiontable)
    );
  }
  return false;
}

export function hex(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
}
