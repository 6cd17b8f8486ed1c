// dict: insertion-ordered, over a JavaScript Map. Keys are normalized so that keys Python
// considers equal (1, 1.0, True; a str and an equal str-subclass instance) share one Map key;
// the first key inserted is kept for display, as CPython keeps it. Keys with their own
// __hash__/__eq__ (tuples, frozensets, user classes) go through hash buckets and __eq__.

import { PyObject, type Value } from './object.js';
import { builtinType, None, objectType, PyType, TF_BASETYPE, TF_MAPPING, typeOf } from './type.js';
import { typeError } from './exceptions.js';

export const dictType = builtinType('dict', objectType, TF_BASETYPE | TF_MAPPING);

// How a type's instances behave as keys.
export const HK_IDENTITY = 0; // object's __hash__ and __eq__: the object itself is the key
export const HK_FLOAT = 1; // float value
export const HK_INTVAL = 2; // int-subclass instance: its int value
export const HK_STRVAL = 3; // str-subclass instance: its str value
export const HK_UNHASHABLE = 4;
export const HK_COMPLEX = 5; // __hash__ + __eq__
export const HK_TUPLE = 6; // tuple semantics (complex, with a structural quick hash)
export const HK_FROZENSET = 7;

const builtinKinds = new Map<PyType, number>();

export function registerHashKind(t: PyType, kind: number): void {
  builtinKinds.set(t, kind);
  t.hashKind = kind;
}

/** Hooks filled in by abstract.ts (kept as hooks to avoid a load-time cycle). */
export const keyHooks = {
  eq: (_a: Value, _b: Value): boolean => false,
  hash: (_v: Value): number | bigint => 0,
  /** The unboxed value of float / int-subclass / str-subclass instances. */
  unbox: (_v: PyObject): number | bigint | string => 0,
};

export function hashKindOf(t: PyType): number {
  if (t.hashKind >= 0) return t.hashKind;
  const h = t.lookup('__hash__');
  let kind: number;
  if (h === None) kind = HK_UNHASHABLE;
  else {
    let base: PyType = objectType;
    for (const m of t.mro) {
      if (builtinKinds.has(m)) {
        base = m;
        break;
      }
    }
    const bk = builtinKinds.get(base) ?? HK_IDENTITY;
    if (h === base.lookup('__hash__') && t.lookup('__eq__') === base.lookup('__eq__')) kind = bk;
    else kind = HK_COMPLEX;
  }
  t.hashKind = kind;
  return kind;
}

// --- identity numbers (also id()) -------------------------------------------------------------

const ids = new WeakMap<object, number>();
let nextId = 0x7f0000001000;

export function objectId(o: object): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId;
    nextId += 16;
    ids.set(o, id);
  }
  return id;
}

// --- quick structural hashes for the buckets (not Python's hash values) ------------------------

const qf = new Float64Array(1);
const qu = new Int32Array(qf.buffer);

function quickHashNorm(n: unknown): number {
  switch (typeof n) {
    case 'string': {
      let h = 0x811c9dc5 | 0;
      for (let i = 0; i < n.length; i++) h = Math.imul(h ^ n.charCodeAt(i), 0x01000193);
      return h;
    }
    case 'number':
      if ((n | 0) === n) return n;
      qf[0] = n;
      return qu[0]! ^ qu[1]!;
    case 'bigint':
      return Number(BigInt.asIntN(32, n));
    default:
      return objectId(n as object) | 0;
  }
}

export function quickHash(v: Value): number {
  switch (typeof v) {
    case 'string':
    case 'number':
    case 'bigint':
      return quickHashNorm(v);
    case 'boolean':
      return v ? 1 : 0;
  }
  const kind = hashKindOf(v.cls);
  switch (kind) {
    case HK_IDENTITY:
      return objectId(v) | 0;
    case HK_FLOAT:
    case HK_INTVAL:
    case HK_STRVAL:
      return quickHashNorm(normKey(v));
    case HK_TUPLE: {
      const items = (v as unknown as { items: Value[] }).items;
      let h = 0x345678 ^ items.length;
      for (const it of items) h = Math.imul(h ^ quickHash(it), 1000003);
      return h;
    }
    case HK_FROZENSET: {
      let h = 0;
      for (const it of (v as unknown as { keysArray(): Value[] }).keysArray()) h = (h + Math.imul(quickHash(it), 0x9e3779b1)) | 0;
      return h;
    }
    case HK_UNHASHABLE:
      throw unhashable(v);
    default: {
      const h = keyHooks.hash(v);
      return typeof h === 'number' ? (h | 0) ^ Math.floor(h / 4294967296) : Number(BigInt.asIntN(32, h));
    }
  }
}

export function unhashable(v: Value): ReturnType<typeof typeError> {
  return typeError(`unhashable type: '${typeOf(v).name}'`);
}

/** The Map key of a key that needs no bucket, or `undefined` when it does. */
function normKey(k: PyObject): unknown {
  const kind = hashKindOf(k.cls);
  switch (kind) {
    case HK_IDENTITY:
      return k;
    case HK_FLOAT: {
      const v = keyHooks.unbox(k) as number;
      if (v !== v) return k; // each NaN object is its own key
      if (Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v);
      return v;
    }
    case HK_INTVAL:
    case HK_STRVAL:
      return keyHooks.unbox(k);
    case HK_UNHASHABLE:
      throw unhashable(k);
    default:
      return undefined;
  }
}

export class PyDict extends PyObject {
  /** Normalized key -> value, in insertion order. */
  map = new Map<unknown, Value>();
  /** Normalized key -> the original key, where they differ. */
  keyOf: Map<unknown, Value> | null = null;
  /** Quick hash -> representative key objects, for keys compared by __eq__. */
  buckets: Map<number, PyObject[]> | null = null;

  constructor(cls: PyType = dictType) {
    super(cls);
  }

  get size(): number {
    return this.map.size;
  }

  // String keys are their own normal form: the fast path for namespaces and instance dicts.
  getStr(k: string): Value | undefined {
    return this.map.get(k);
  }

  setStr(k: string, v: Value): void {
    this.map.set(k, v);
  }

  /** The normalized key of `k`; inserting records a new representative when none matches. */
  private norm(k: Value, insert: boolean): unknown {
    switch (typeof k) {
      case 'string':
      case 'number':
      case 'bigint':
        return k;
      case 'boolean':
        return k ? 1 : 0;
    }
    const n = normKey(k);
    if (n !== undefined) return n;
    const h = quickHash(k);
    let reps = this.buckets?.get(h);
    if (reps) {
      for (const r of reps) if (r === k || keyHooks.eq(r, k)) return r;
    }
    if (!insert) return undefined;
    if (!reps) {
      reps = [];
      (this.buckets ??= new Map()).set(h, reps);
    }
    reps.push(k);
    return k;
  }

  get(k: Value): Value | undefined {
    if (typeof k === 'string') return this.map.get(k);
    const n = this.norm(k, false);
    return n === undefined ? undefined : this.map.get(n);
  }

  has(k: Value): boolean {
    return this.get(k) !== undefined;
  }

  set(k: Value, v: Value): void {
    if (typeof k === 'string') {
      this.map.set(k, v);
      return;
    }
    const n = this.norm(k, true);
    if (n !== k && !this.map.has(n)) (this.keyOf ??= new Map()).set(n, k);
    this.map.set(n, v);
  }

  /** Removes `k`; returns the removed value or undefined. */
  delete(k: Value): Value | undefined {
    const n = typeof k === 'string' ? k : this.norm(k, false);
    if (n === undefined) return undefined;
    const v = this.map.get(n);
    if (v === undefined) return undefined;
    this.map.delete(n);
    if (this.keyOf) this.keyOf.delete(n);
    if (this.buckets && n instanceof PyObject && normKey(n) === undefined) {
      const h = quickHash(n);
      const reps = this.buckets.get(h);
      if (reps) {
        const i = reps.indexOf(n);
        if (i >= 0) reps.splice(i, 1);
        if (reps.length === 0) this.buckets.delete(h);
      }
    }
    return v;
  }

  /** The displayed key for a normalized key. */
  origKey(n: unknown): Value {
    if (this.keyOf) {
      const k = this.keyOf.get(n);
      if (k !== undefined) return k;
    }
    return n as Value;
  }

  keysArray(): Value[] {
    const out: Value[] = [];
    for (const n of this.map.keys()) out.push(this.origKey(n));
    return out;
  }

  valuesArray(): Value[] {
    return [...this.map.values()];
  }

  entriesArray(): [Value, Value][] {
    const out: [Value, Value][] = [];
    for (const [n, v] of this.map) out.push([this.origKey(n), v]);
    return out;
  }

  clear(): void {
    this.map.clear();
    this.keyOf = null;
    this.buckets = null;
  }

  /** A shallow copy (a plain dict). */
  copy(cls: PyType = dictType): PyDict {
    const d = new PyDict(cls);
    d.map = new Map(this.map);
    if (this.keyOf) d.keyOf = new Map(this.keyOf);
    if (this.buckets) d.buckets = new Map([...this.buckets].map(([h, r]) => [h, [...r]]));
    return d;
  }

  /** Removes and returns the last entry (popitem). */
  popLast(): [Value, Value] | undefined {
    let last: unknown = undefined;
    let found = false;
    for (const n of this.map.keys()) {
      last = n;
      found = true;
    }
    if (!found) return undefined;
    const k = this.origKey(last);
    const v = this.map.get(last)!;
    this.delete(k);
    return [k, v];
  }
}
