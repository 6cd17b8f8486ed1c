// dict: insertion-ordered, over a JavaScript Map. Keys are normalized so that keys Python
// considers equal (1, 1.0, True; a str and an equal str-subclass instance) share one Map key;
// the first key inserted is kept for display, as CPython keeps it. Keys with their own
// __hash__/__eq__ (tuples, frozensets, user classes) go through buckets keyed by (a fold of) their
// Python hash and __eq__, calling __hash__ once per operation and keeping it for copies.
//
// As in CPython, a key of a user class equal to a str/int key with the same hash is the same key
// both ways: str/int lookups check the user keys of their hash only when the dict has some (on a
// miss), and a user key's lookup checks the simple keys of its hash through an index built on
// first need. Dicts without user keys keep the plain Map fast path for str and int keys.

import { PyObject, type Value } from './object.js';
import { builtinType, None, objectType, PyType, TF_BASETYPE, TF_MAPPING, typeOf } from './type.js';
import { typeError } from './exceptions.js';
import { foldHash, foldTupleHash, hashFloat, hashInt, hashStr, type Hash } from './hash.js';
import { PyTuple, tupleType } from './tuple.js';

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

const boxes = new Map<unknown, object>();
/** id(x) of any value: a primitive gets a stable box, so equal ints/strs share one identity. */
export function idOf(x: Value): number {
  if (typeof x === 'object') return objectId(x);
  let b = boxes.get(x);
  if (!b) {
    b = {};
    if (boxes.size > 100000) boxes.clear();
    boxes.set(x, b);
  }
  return objectId(b);
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


/** Python's hash of a normalized simple key (no user code runs: str, int, float, identity). */
function hashOfNorm(n: unknown): Hash {
  switch (typeof n) {
    case 'string':
      return hashStr(n);
    case 'number':
      if (Number.isInteger(n)) return n === -1 ? -2 : n;
      return hashFloat(n);
    case 'bigint':
      return hashInt(n);
    default:
      return keyHooks.hash(n as PyObject);
  }
}

/** A key whose own __eq__ may find it equal to a key of another kind (user classes, complex, bytes). */
function isUserKey(k: PyObject): boolean {
  return hashKindOf(k.cls) === HK_COMPLEX;
}

// foldOf's second result: the key's full hash (undefined for an exact tuple, whose fold is made
// without it).
let lastHash: Hash | undefined;

/** The bucket fold of a complex key's hash (calling __hash__ once, as CPython does per operation). */
function foldOf(k: PyObject): number {
  if (k instanceof PyTuple && k.cls === tupleType) {
    const lanes = k.items.map(keyHooks.hash);
    lastHash = undefined;
    return foldTupleHash(lanes);
  }
  const h = keyHooks.hash(k);
  lastHash = h;
  return foldHash(h);
}

export class PyDict extends PyObject {
  /** Normalized key -> value, in insertion order. */
  map = new Map<unknown, Value>();
  /** Normalized key -> the original key, where they differ. */
  keyOf: Map<unknown, Value> | null = null;
  /**
   * Keys compared by __eq__ (tuples, frozensets, keys with their own __hash__/__eq__) are their own
   * map keys, found through the fold of their Python hash (`buckets`: fold -> keys; `kfold`: key ->
   * fold). `khash` keeps their full hash where known (as CPython keeps me_hash, so that copies and
   * set(d) call no __hash__ again); an exact tuple's is recomputed when needed.
   */
  buckets: Map<number, PyObject[]> | null = null;
  kfold: Map<PyObject, number> | null = null;
  khash: Map<PyObject, Hash> | null = null;
  /** The keys of `buckets` whose type defines __eq__ (user keys): they may equal a str/int key. */
  userKeys: Set<PyObject> | null = null;
  /** Fold of the hash -> simple keys (str, int, float, identity), built when a user key is looked up. */
  sidx: Map<number, unknown[]> | null = null;
  /** userKeys or sidx present: simple-key stores take the slow path. */
  mixed = false;
  /**
   * popitem's view of the key order (normalized keys, last on top), so that a run of popitem
   * is O(1) each: built on demand, dropped by every store (a store may add a key at the end).
   * Keys deleted meanwhile are skipped when they reach the top.
   */
  popStack: unknown[] | null = null;

  constructor(cls: PyType = dictType) {
    super(cls);
  }

  get size(): number {
    return this.map.size;
  }

  // String keys are their own normal form: the fast path for namespaces and instance dicts.
  getStr(k: string): Value | undefined {
    const v = this.map.get(k);
    if (v !== undefined || this.userKeys === null) return v;
    const r = this.findUserFor(k, undefined);
    return r === undefined ? undefined : this.map.get(r);
  }

  setStr(k: string, v: Value): void {
    if (this.popStack !== null) this.popStack = null;
    if (this.mixed) this.setSimpleSlow(k, k, v, undefined);
    else this.map.set(k, v);
  }

  get(k: Value): Value | undefined {
    let n: unknown;
    switch (typeof k) {
      case 'string':
      case 'number':
      case 'bigint':
        n = k;
        break;
      case 'boolean':
        n = k ? 1 : 0;
        break;
      default:
        n = normKey(k);
        if (n === undefined) {
          const f = foldOf(k);
          const r = this.findComplex(k, f, lastHash);
          return r === undefined ? undefined : this.map.get(r);
        }
    }
    const v = this.map.get(n);
    if (v !== undefined || this.userKeys === null) return v;
    const r = this.findUserFor(k, undefined);
    return r === undefined ? undefined : this.map.get(r);
  }

  /** get() with the key's hash already known (from a set or another dict). */
  getH(k: Value, h: Hash): Value | undefined {
    const n = this.find(k, h);
    return n === undefined ? undefined : this.map.get(n);
  }

  has(k: Value): boolean {
    return this.get(k) !== undefined;
  }

  set(k: Value, v: Value): void {
    if (this.popStack !== null) this.popStack = null;
    let n: unknown;
    switch (typeof k) {
      case 'string':
      case 'number':
      case 'bigint':
        if (this.mixed) this.setSimpleSlow(k, k, v, undefined);
        else this.map.set(k, v);
        return;
      case 'boolean':
        n = k ? 1 : 0;
        break;
      default:
        n = normKey(k);
        if (n === undefined) {
          const f = foldOf(k);
          this.setComplex(k, f, lastHash, v);
          return;
        }
    }
    if (this.mixed) this.setSimpleSlow(n, k, v, undefined);
    else {
      if (n !== k && !this.map.has(n)) (this.keyOf ??= new Map()).set(n, k);
      this.map.set(n, v);
    }
  }

  /** set() with the key's hash already known. */
  setH(k: Value, h: Hash, v: Value): void {
    if (this.popStack !== null) this.popStack = null;
    const n = this.normOf(k);
    if (n === undefined) this.setComplex(k as PyObject, foldHash(h), h, v);
    else if (this.mixed) this.setSimpleSlow(n, k, v, h);
    else {
      if (n !== k && !this.map.has(n)) (this.keyOf ??= new Map()).set(n, k);
      this.map.set(n, v);
    }
  }

  /** dict.setdefault: one hash, one lookup. */
  setdefault(k: Value, d: Value): Value {
    const n = this.normOf(k);
    if (n === undefined) {
      const f = foldOf(k as PyObject);
      const h = lastHash;
      const r = this.findComplex(k as PyObject, f, h);
      if (r !== undefined) return this.map.get(r)!;
      this.insertComplex(k as PyObject, f, h, d);
      return d;
    }
    const r = this.map.has(n) ? n : this.userKeys !== null ? this.findUserFor(k, undefined) : undefined;
    if (r !== undefined) return this.map.get(r)!;
    this.insertSimple(n, k, d, undefined);
    return d;
  }

  /** Removes `k` (of hash `h` when known); returns the removed value or undefined. */
  delete(k: Value, h?: Hash): Value | undefined {
    if (typeof k === 'string' && !this.mixed) {
      const v = this.map.get(k);
      if (v !== undefined) {
        this.map.delete(k);
        if (this.keyOf !== null) this.keyOf.delete(k);
      }
      return v;
    }
    const n = this.find(k, h);
    if (n === undefined) return undefined;
    const v = this.map.get(n)!;
    this.removeNorm(n);
    return v;
  }

  /** The map key under which `k` is stored, or undefined; `h` is k's hash when known. */
  find(k: Value, h: Hash | undefined): unknown {
    const n = this.normOf(k);
    if (n === undefined) {
      if (h !== undefined) return this.findComplex(k as PyObject, foldHash(h), h);
      const f = foldOf(k as PyObject);
      return this.findComplex(k as PyObject, f, lastHash);
    }
    if (this.map.has(n)) return n;
    if (this.userKeys === null) return undefined;
    return this.findUserFor(k, h);
  }

  /** The normalized key of a simple key; undefined for keys compared by __eq__. */
  private normOf(k: Value): unknown {
    switch (typeof k) {
      case 'string':
      case 'number':
      case 'bigint':
        return k;
      case 'boolean':
        return k ? 1 : 0;
      default:
        return normKey(k);
    }
  }

  /** A user key of the dict equal to the simple key `k` (absent as itself), or undefined. */
  private findUserFor(k: Value, h: Hash | undefined): PyObject | undefined {
    const hh = h ?? keyHooks.hash(k);
    const f = foldHash(hh);
    for (;;) {
      const reps = this.buckets?.get(f);
      if (reps === undefined) return undefined;
      let restart = false;
      for (let i = 0; i < reps.length; i++) {
        const r = reps[i]!;
        if (!this.userKeys!.has(r) || this.khash!.get(r) !== hh) continue;
        const eq = keyHooks.eq(r, k);
        if (this.buckets?.get(f) !== reps || reps[i] !== r) {
          restart = true;
          break;
        }
        if (eq) return r;
      }
      if (!restart) return undefined;
    }
  }

  /**
   * The stored key equal to the complex key `k` (hash fold `f`, full hash `h` when known), or
   * undefined (lookdict). Keys whose full hashes are both known and differ are not compared.
   */
  private findComplex(k: PyObject, f: number, h: Hash | undefined): unknown {
    for (;;) {
      let restart = false;
      const reps = this.buckets?.get(f);
      if (reps !== undefined) {
        for (let i = 0; i < reps.length; i++) {
          const r = reps[i]!;
          if (r === k) return r;
          if (h !== undefined) {
            const hr = this.khash?.get(r);
            if (hr !== undefined && hr !== h) continue;
          }
          const eq = keyHooks.eq(r, k);
          if (this.buckets?.get(f) !== reps || reps[i] !== r) {
            restart = true;
            break;
          }
          if (eq) return r;
        }
      }
      if (!restart && h !== undefined && isUserKey(k) && this.map.size > (this.kfold?.size ?? 0)) {
        // a user key may equal a str/int/float/identity key of the same hash
        const cands = (this.sidx ?? this.buildSidx()).get(f);
        if (cands !== undefined) {
          for (let i = 0; i < cands.length; i++) {
            const c = cands[i];
            if (hashOfNorm(c) !== h) continue;
            const eq = keyHooks.eq(this.origKey(c), k);
            if (!this.map.has(c) || cands[i] !== c) {
              restart = true;
              break;
            }
            if (eq) return c;
          }
        }
      }
      if (!restart) return undefined;
    }
  }

  private buildSidx(): Map<number, unknown[]> {
    const idx = new Map<number, unknown[]>();
    const kf = this.kfold;
    for (const n of this.map.keys()) {
      if (kf !== null && kf.has(n as PyObject)) continue;
      const f = foldHash(hashOfNorm(n));
      const l = idx.get(f);
      if (l === undefined) idx.set(f, [n]);
      else l.push(n);
    }
    this.sidx = idx;
    this.mixed = true;
    return idx;
  }

  private setSimpleSlow(n: unknown, k: Value, v: Value, h: Hash | undefined): void {
    if (this.map.has(n)) {
      this.map.set(n, v);
      return;
    }
    if (this.userKeys !== null) {
      if (h === undefined) h = keyHooks.hash(k);
      const r = this.findUserFor(k, h);
      if (r !== undefined) {
        this.map.set(r, v);
        return;
      }
    }
    this.insertSimple(n, k, v, h);
  }

  private insertSimple(n: unknown, k: Value, v: Value, h: Hash | undefined): void {
    this.popStack = null;
    if (n !== k) (this.keyOf ??= new Map()).set(n, k);
    this.map.set(n, v);
    if (this.sidx !== null) {
      const f = foldHash(h ?? hashOfNorm(n));
      const l = this.sidx.get(f);
      if (l === undefined) this.sidx.set(f, [n]);
      else l.push(n);
    }
  }

  private setComplex(k: PyObject, f: number, h: Hash | undefined, v: Value): void {
    const r = this.findComplex(k, f, h);
    if (r !== undefined) this.map.set(r, v);
    else this.insertComplex(k, f, h, v);
  }

  private insertComplex(k: PyObject, f: number, h: Hash | undefined, v: Value): void {
    this.popStack = null;
    const b = (this.buckets ??= new Map());
    const reps = b.get(f);
    if (reps === undefined) b.set(f, [k]);
    else reps.push(k);
    (this.kfold ??= new Map()).set(k, f);
    if (h !== undefined) (this.khash ??= new Map()).set(k, h);
    if (isUserKey(k)) {
      (this.userKeys ??= new Set()).add(k);
      this.mixed = true;
    }
    this.map.set(k, v);
  }

  /** Removes the entry of normalized key `n` (present). */
  private removeNorm(n: unknown): void {
    const kf = this.kfold;
    const f = kf !== null ? kf.get(n as PyObject) : undefined;
    if (f !== undefined) {
      kf!.delete(n as PyObject);
      if (this.khash !== null) this.khash.delete(n as PyObject);
      const reps = this.buckets!.get(f)!;
      const i = reps.indexOf(n as PyObject);
      if (reps.length === 1) this.buckets!.delete(f);
      else reps.splice(i, 1);
      if (this.userKeys !== null && this.userKeys.delete(n as PyObject) && this.userKeys.size === 0) {
        this.userKeys = null;
        this.mixed = this.sidx !== null;
      }
    } else if (this.sidx !== null) {
      const fs = foldHash(hashOfNorm(n));
      const l = this.sidx.get(fs);
      if (l !== undefined) {
        const i = l.indexOf(n);
        if (i >= 0) {
          if (l.length === 1) this.sidx.delete(fs);
          else l.splice(i, 1);
        }
      }
    }
    this.map.delete(n);
    if (this.keyOf !== null) this.keyOf.delete(n);
  }

  /** The displayed key for a normalized key. */
  origKey(n: unknown): Value {
    if (this.keyOf) {
      const k = this.keyOf.get(n);
      if (k !== undefined) return k;
    }
    return n as Value;
  }

  /** The hash of a stored (normalized) key: kept for keys with a __hash__ of their own, else computed. */
  hashAt(n: unknown): Hash {
    const h = this.khash?.get(n as PyObject);
    return h !== undefined ? h : hashOfNorm(n);
  }

  keysArray(): Value[] {
    const out: Value[] = [];
    if (this.keyOf === null) for (const n of this.map.keys()) out.push(n as Value);
    else for (const n of this.map.keys()) out.push(this.origKey(n));
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

  /** [key, hash, value] of every entry, with the stored hashes. */
  entriesWithHash(): [Value, Hash, Value][] {
    const out: [Value, Hash, Value][] = [];
    for (const [n, v] of this.map) out.push([this.origKey(n), this.hashAt(n), v]);
    return out;
  }

  clear(): void {
    this.map.clear();
    this.popStack = null;
    this.keyOf = null;
    this.buckets = null;
    this.kfold = null;
    this.khash = null;
    this.userKeys = null;
    this.sidx = null;
    this.mixed = false;
  }

  /** A shallow copy (a plain dict). */
  copy(cls: PyType = dictType): PyDict {
    const d = new PyDict(cls);
    d.map = new Map(this.map);
    if (this.keyOf) d.keyOf = new Map(this.keyOf);
    if (this.buckets) {
      d.buckets = new Map();
      for (const [f, r] of this.buckets) d.buckets.set(f, r.slice());
      d.kfold = new Map(this.kfold!);
      if (this.khash) d.khash = new Map(this.khash);
    }
    if (this.userKeys) {
      d.userKeys = new Set(this.userKeys);
      d.mixed = true;
    }
    return d;
  }

  /** Removes and returns the last entry (popitem). */
  popLast(): [Value, Value] | undefined {
    if (this.map.size === 0) return undefined;
    let st = this.popStack;
    if (st === null) st = this.popStack = Array.from(this.map.keys());
    let last: unknown;
    for (;;) {
      if (st.length === 0) st = this.popStack = Array.from(this.map.keys());
      last = st.pop();
      if (this.map.has(last)) break;
    }
    const k = this.origKey(last);
    const v = this.map.get(last)!;
    this.removeNorm(last);
    return [k, v];
  }
}
