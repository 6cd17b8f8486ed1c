// Code identity: two code objects are identical when every co_* field is, recursively through
// co_consts (floats compared by repr, frozensets as sets). `firstDifference` finds the first code
// object (depth first, parent before children) that differs and names all of its differing
// fields, in a fixed order; the first of them is the file's "first differing field".

import { repr } from '../../src/ast/repr.js';
import { PyCode } from '../../src/bytecode/code.js';
import { isPyStr, PY_ELLIPSIS, PyBytes, PyComplex, PyFrozenSet, PyTuple, strEquals, type PyConstant } from '../../src/values/index.js';

export interface CodeDifference {
  /** Where the code object sits, e.g. `<module>.co_consts[3]` (qualnames joined by ' > '). */
  path: string;
  fields: string[];
  ours: PyCode;
  theirs: PyCode;
}

const FIELD_ORDER = [
  'co_code',
  'co_consts',
  'co_names',
  'co_varnames',
  'co_freevars',
  'co_cellvars',
  'co_flags',
  'co_stacksize',
  'co_linetable',
  'co_exceptiontable',
  'co_firstlineno',
  'co_qualname',
  'co_name',
  'co_argcount',
  'co_posonlyargcount',
  'co_kwonlyargcount',
  'co_nlocals',
  'co_localspluskinds',
] as const;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Constant equality with code objects counted equal when they are both code (compared separately). */
export function sameConst(a: PyConstant, b: PyConstant): boolean {
  if (a instanceof PyCode || b instanceof PyCode) return a instanceof PyCode && b instanceof PyCode;
  if (a === null || b === null || a === PY_ELLIPSIS || b === PY_ELLIPSIS) return a === b;
  if (isPyStr(a) || isPyStr(b)) return isPyStr(a) && isPyStr(b) && strEquals(a, b);
  if (typeof a !== typeof b) return false;
  switch (typeof a) {
    case 'boolean':
    case 'bigint':
    case 'string':
      return a === b;
    case 'number':
      return repr(a) === repr(b as number);
  }
  if (a instanceof PyBytes) return b instanceof PyBytes && sameBytes(a.data, b.data);
  if (a instanceof PyComplex) return b instanceof PyComplex && repr(a) === repr(b);
  if (a instanceof PyTuple) return b instanceof PyTuple && a.items.length === b.items.length && a.items.every((x, i) => sameConst(x, b.items[i]!));
  if (a instanceof PyFrozenSet) {
    return b instanceof PyFrozenSet && a.items.length === b.items.length && a.items.every((x) => b.items.some((y) => sameConst(x, y)));
  }
  return false;
}

function fieldDiffers(field: (typeof FIELD_ORDER)[number], a: PyCode, b: PyCode): boolean {
  switch (field) {
    case 'co_code':
    case 'co_linetable':
    case 'co_exceptiontable':
    case 'co_localspluskinds':
      return !sameBytes(a[field], b[field]);
    case 'co_consts':
      return a.co_consts.length !== b.co_consts.length || a.co_consts.some((x, i) => !sameConst(x, b.co_consts[i]!));
    case 'co_names':
    case 'co_varnames':
    case 'co_freevars':
    case 'co_cellvars':
      return !sameStrings(a[field], b[field]);
    default:
      return a[field] !== b[field];
  }
}

export function firstDifference(ours: PyCode, theirs: PyCode, path = ''): CodeDifference | null {
  const here = path ? `${path} > ${theirs.co_qualname}` : theirs.co_qualname;
  const fields = FIELD_ORDER.filter((f) => fieldDiffers(f, ours, theirs));
  if (fields.length) return { path: here, fields, ours, theirs };
  for (let i = 0; i < theirs.co_consts.length; i++) {
    const a = ours.co_consts[i];
    const b = theirs.co_consts[i];
    if (a instanceof PyCode && b instanceof PyCode) {
      const d = firstDifference(a, b, here);
      if (d) return d;
    }
  }
  return null;
}

/** A short rendering of a field's two values, for test messages. */
export function describeField(field: string, d: CodeDifference): string {
  const show = (c: PyCode): string => {
    const v = (c as unknown as Record<string, unknown>)[field];
    if (v instanceof Uint8Array) return Buffer.from(v).toString('hex');
    if (field === 'co_consts') return '(' + c.co_consts.map((x) => (x instanceof PyCode ? `<code ${x.co_name}>` : repr(x))).join(', ') + ')';
    return JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
  };
  return `${field}:\n  pyc:     ${show(d.ours)}\n  cpython: ${show(d.theirs)}`;
}
