// Which objects CPython's marshal writer shares (FLAG_REF / TYPE_REF), decided from values alone.
//
// marshal.c flags an object when its reference count is above one, or when it is an interned
// str (3.11.7 flags those always). A JS value carries no reference count, so this module rebuilds
// the object graph `compile()` leaves behind in a fresh process and counts holders in it:
//
//   * Interned strs (names, identifiers, constants made of [A-Za-z0-9_]) are one object per value
//     and always flagged.
//   * Constants are one object per value within a compilation unit: the compiler's const cache
//     (merge_consts_recursive / merge_const_one in Python/compile.c) merges equal constants,
//     including each code object's co_consts, co_names and co_localsplusnames tuples and its
//     co_linetable and co_exceptiontable bytes. Such an object is flagged when it occurs more
//     than once.
//   * Process-wide singletons are always flagged: small ints (-5..256), '' and 1-character strs
//     below U+0100, b'' and 1-byte bytes constants, (), and the static names '<module>',
//     '<lambda>', '<genexpr>', '<listcomp>', '<setcomp>', '<dictcomp>'.
//   * co_code is rebuilt and cached by _PyCode_GetCode, so it has two holders: always flagged.
//     co_filename is held by the caller as well: always flagged. A qualified name that is not the
//     plain name ('A.f', 'f.<locals>.g') and a non-empty co_localspluskinds are fresh objects.
//   * The root object is held by the caller (`marshal.dumps(v)`, py_compile's `code`): flagged.
//   * Set and frozenset items are flagged: marshal sorts them (bpo-37596) through a list of
//     (dump, item) pairs that holds each item while it is written (writer.ts).
//   * A class body's co_qualname is the `__qualname__` constant of the first class body with
//     that qualname; a frozenset constant holding an identifier-like str whose interned twin
//     already exists is rebuilt per code object (writer.ts has the details).
//
// What this cannot see: objects the writing process itself still holds. In a fresh process
// that matters only for frozensets of strs interned at startup ({'None', 'True', 'False'}),
// measured by tools/marshal-stdlib-roundtrip.ts.
//
// Strings, ints and floats are JS primitives, so identity is a key string; containers that have
// identity in JS (code objects, lists, dicts, sets) use the JS object itself.

import { PyCode } from '../bytecode/code.js';
import { PY_ELLIPSIS, PyBytes, PyComplex, PyFrozenSet, PyStrCodePoints, PyTuple } from '../values/index.js';
import { allNameChars } from './utf8.js';
import { MarshalError, PY_STOPITERATION, PyDict, PyList, PySet, type MarshalValue } from './types.js';

/** Where a str sits, which decides whether CPython made it interned, static, shared or fresh. */
export type StrRole = 'const' | 'name' | 'co_name' | 'filename' | 'fresh';
/** Where a bytes object sits. */
export type BytesRole = 'const' | 'table' | 'co_code' | 'kinds';

export const STATIC_CODE_NAMES: ReadonlySet<string> = new Set([
  '<module>',
  '<lambda>',
  '<genexpr>',
  '<listcomp>',
  '<setcomp>',
  '<dictcomp>',
]);

/** One object as CPython would hold it: `id` equal means the same PyObject. */
export interface Identity {
  id: unknown;
  /** Held outside the marshalled tree too, so flagged even when it occurs once. */
  always: boolean;
}

/**
 * Singleton strs outside [A-Za-z0-9_] that are already interned when a fresh `python3` process
 * compiles (measured by marshalling each of the 256 in `python3 -m py_compile` and `python3 -c`).
 * The singleton is one object per process, so its interned state shows in every unit.
 */
export const PROCESS_INTERNED_SINGLETONS: ReadonlySet<string> = new Set(['*']);

/**
 * One-character strs that have an interned object of their own, distinct from the latin-1
 * singleton, in every 3.11.7 process (created at startup by the deep-frozen modules; probed with
 * `sys.intern(chr(i)) is not chr(i)`). Interning such a constant replaces the singleton with it.
 */
export const SEPARATELY_INTERNED_SINGLETONS: ReadonlySet<string> = new Set('BCLST_abcdefhijklmnopqrstvwxy');

export function isSingletonStr(s: string): boolean {
  return s.length === 0 || (s.length === 1 && s.charCodeAt(0) < 0x100);
}

export function strIdentity(s: string, role: StrRole): Identity {
  if (isSingletonStr(s)) return { id: 'S1' + s, always: true };
  switch (role) {
    case 'name':
      return { id: 'I' + s, always: true };
    case 'const':
      return allNameChars(s) ? { id: 'I' + s, always: true } : { id: 'C' + s, always: false };
    case 'co_name':
      return STATIC_CODE_NAMES.has(s) ? { id: 'X' + s, always: true } : { id: 'I' + s, always: true };
    case 'filename':
      return { id: 'F' + s, always: true };
    case 'fresh':
      return { id: {}, always: false };
  }
}

/** Whether a str written in `role` is an interned object (TYPE_*INTERNED), singletons aside. */
export function strInterned(s: string, role: StrRole): boolean {
  switch (role) {
    case 'name':
      return true;
    case 'const':
      return allNameChars(s);
    case 'co_name':
      return !STATIC_CODE_NAMES.has(s);
    default:
      return false;
  }
}

export function bytesIdentity(b: PyBytes | Uint8Array, role: BytesRole): Identity {
  const data = b instanceof PyBytes ? b.data : b;
  switch (role) {
    case 'co_code':
      return { id: {}, always: true };
    case 'kinds':
      // PyBytes_FromStringAndSize(NULL, n) only shares the empty object.
      return data.length === 0 ? { id: 'B', always: true } : { id: {}, always: false };
    case 'const':
    case 'table':
      return { id: 'B' + hex(data), always: data.length === 0 || (role === 'const' && data.length === 1) };
  }
}

function hex(data: Uint8Array): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('hex');
}

const objectIds = new WeakMap<object, number>();
let nextObjectId = 0;
function objectId(o: object): number {
  let id = objectIds.get(o);
  if (id === undefined) objectIds.set(o, (id = nextObjectId++));
  return id;
}

function floatKey(v: number): string {
  return Object.is(v, -0) ? '-0' : String(v);
}

const constKeys = new WeakMap<object, string | null>();

/** The keys of a tuple's or frozenset's items, or null when one of them has none. */
function itemKeys(items: readonly MarshalValue[]): string[] | null {
  const parts: string[] = [];
  for (const item of items) {
    const k = constKey(item);
    if (k === null) return null;
    parts.push(k);
  }
  return parts;
}

/**
 * `_PyCode_ConstantKey`: equal keys mean the compiler merged the two constants into one object.
 * Strs compare by value whatever their interning; 0.0 and -0.0 differ; NaN equals nothing
 * (null). Code objects are keyed by identity.
 */
export function constKey(v: MarshalValue): string | null {
  if (v === null) return 'N';
  if (v === true) return 'T';
  if (v === false) return 'F';
  if (v === PY_ELLIPSIS) return '.';
  if (v === PY_STOPITERATION) return 'S';
  switch (typeof v) {
    case 'bigint':
      return 'i' + v;
    case 'number':
      return Number.isNaN(v) ? null : 'f' + floatKey(v);
    case 'string':
      return 's' + JSON.stringify(v);
    case 'symbol':
      throw new MarshalError('ValueError', 'unmarshallable object');
  }
  const cached = constKeys.get(v);
  if (cached !== undefined) return cached;
  let key: string | null;
  // A str that only code points can hold is never interned (it is not made of name
  // characters) and never a singleton (it has two code points at least): a plain constant.
  if (v instanceof PyStrCodePoints) key = 'u' + v.codePoints.join(',');
  else if (v instanceof PyBytes) key = 'b' + hex(v.data);
  else if (v instanceof PyComplex) {
    key = Number.isNaN(v.real) || Number.isNaN(v.imag) ? null : `x${floatKey(v.real)},${floatKey(v.imag)}`;
  } else if (v instanceof PyTuple) {
    const parts = itemKeys(v.items as MarshalValue[]);
    key = parts && '(' + parts.join(',') + ')';
  } else if (v instanceof PyFrozenSet) {
    const parts = itemKeys(v.items as MarshalValue[]);
    key = parts && '{' + parts.sort().join(',') + '}';
  } else {
    key = '@' + objectId(v);
  }
  constKeys.set(v, key);
  return key;
}

/** Identity of a non-str, non-bytes object; `held` objects have a holder outside the tree. */
export function objectIdentity(v: Exclude<MarshalValue, string | PyBytes>, held: boolean): Identity | null {
  if (v === null || typeof v === 'boolean' || v === PY_ELLIPSIS || v === PY_STOPITERATION) return null;
  if (typeof v === 'bigint') return { id: 'i' + v, always: held || (v >= -5n && v <= 256n) };
  if (v instanceof PyCode || v instanceof PyList || v instanceof PyDict || v instanceof PySet) {
    return { id: v, always: held };
  }
  const key = constKey(v);
  const empty = v instanceof PyTuple && v.items.length === 0;
  return { id: key === null ? {} : key, always: held || empty };
}
