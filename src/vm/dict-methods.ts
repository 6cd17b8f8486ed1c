// The methods of dict, its views, set and frozenset (Objects/dictobject.c, setobject.c).

import { PyObject, type Value } from './object.js';
import { builtinType, None, NotImplemented, objectType, PyType, typeOf, isSubtype } from './type.js';
import { PyDict, dictType, registerHashKind, HK_UNHASHABLE, HK_FROZENSET } from './dict.js';
import { PySet, setType, frozensetType } from './set.js';
import { PyList } from './list.js';
import { PyTuple, tuple } from './tuple.js';
import { classMethod, getset, method, methodRaw, PyBuiltin, PyStaticMethod, noKw, PyFunction } from './function.js';
import { keyError, typeError, valueError, newExc, KeyError, StopIteration, isExcInstance, TypeError as TypeErrorT, runtimeError } from './exceptions.js';
import {
  call, callSpecial, getAttr, getAttrOpt, setItem, len, getItem, getIter, hashOf, iterNext, pyEq, repr, toArray, truthy, withReprGuard, contains, setContains,
  lookupSpecial,
} from './abstract.js';
import {
  DictIterator, DICT_KEYS, DICT_VALUES, DICT_ITEMS, SetIterator, dictReverseKeyIteratorType, PyIter, dictKeyIteratorType, dictValueIteratorType,
  dictItemIteratorType, setIteratorType,
} from './iter.js';
import { TS } from './thread.js';
import { PyMappingProxy } from './object-methods.js';
import { genericAlias } from './alias.js';
import { hashFrozenSetTable } from './hash.js';
import { dictUpdate } from './eval.js';

export const dictKeysType = builtinType('dict_keys', objectType, 0);
export const dictValuesType = builtinType('dict_values', objectType, 0);
export const dictItemsType = builtinType('dict_items', objectType, 0);

export class PyDictView extends PyObject {
  d: PyDict;
  kind: number;
  constructor(d: PyDict, kind: number) {
    super(kind === DICT_KEYS ? dictKeysType : kind === DICT_VALUES ? dictValuesType : dictItemsType);
    this.d = d;
    this.kind = kind;
  }
  items(): Value[] {
    if (this.kind === DICT_KEYS) return this.d.keysArray();
    if (this.kind === DICT_VALUES) return this.d.valuesArray();
    return this.d.entriesArray().map((e) => tuple(e));
  }
}

export const dictReverseValueIteratorType = builtinType('dict_reversevalueiterator', objectType, 0);
export const dictReverseItemIteratorType = builtinType('dict_reverseitemiterator', objectType, 0);

/** reversed(dict) and reversed(view): walks a snapshot of the keys, reading values live (dictreviter). */
export class DictReverseIterator extends PyIter {
  d: PyDict | null;
  keys: unknown[];
  i = 0;
  used: number;
  kind: number;
  constructor(d: PyDict, kind: number) {
    super(kind === DICT_KEYS ? dictReverseKeyIteratorType : kind === DICT_VALUES ? dictReverseValueIteratorType : dictReverseItemIteratorType);
    this.d = d;
    this.keys = [...d.map.keys()].reverse();
    this.used = d.size;
    this.kind = kind;
  }
  next(): Value | undefined {
    const d = this.d;
    if (d === null) return undefined;
    if (d.size !== this.used) {
      this.used = -1;
      throw runtimeError('dictionary changed size during iteration');
    }
    while (this.i < this.keys.length) {
      const n = this.keys[this.i++];
      const v = d.map.get(n);
      if (v === undefined) continue;
      if (this.kind === DICT_VALUES) return v;
      const k = d.origKey(n);
      return this.kind === DICT_KEYS ? k : tuple([k, v]);
    }
    this.d = null;
    return undefined;
  }
  override lengthHint(): number {
    return this.d !== null && this.d.size === this.used ? this.keys.length - this.i : 0;
  }
  /** What is left, without consuming it (for __reduce__). */
  rest(): Value[] {
    const d = this.d;
    if (d === null) return [];
    const out: Value[] = [];
    for (let i = this.i; i < this.keys.length; i++) {
      const n = this.keys[i];
      const v = d.map.get(n);
      if (v === undefined) continue;
      out.push(this.kind === DICT_VALUES ? v : this.kind === DICT_KEYS ? d.origKey(n) : tuple([d.origKey(n), v]));
    }
    return out;
  }
}

/** The builtin `name` (iter, reversed) as the running code sees it, for __reduce__ results. */
export function builtinNamed(name: string): Value {
  const v = TS.frame?.builtins.getStr(name);
  if (v === undefined) throw runtimeError(`lost builtins.${name}`);
  return v;
}

/** Entries a forward dict iterator has still to give (the last `remaining` of the dict). */
function dictIterRest(it: DictIterator): Value[] {
  const d = it.d;
  if (it.size < 0 || it.remaining <= 0) return [];
  const out: Value[] = [];
  let skip = d.size - it.remaining;
  for (const [n, v] of d.map) {
    if (skip > 0) {
      skip--;
      continue;
    }
    out.push(it.kind === DICT_VALUES ? v : it.kind === DICT_KEYS ? d.origKey(n) : tuple([d.origKey(n), v]));
  }
  return out;
}

/** The `__missing__` aware dict lookup (dict.__getitem__). */
export function dictGetItem(d: PyDict, k: Value): Value {
  const v = d.get(k);
  if (v !== undefined) return v;
  if (d.cls !== dictType) {
    const m = lookupSpecial(d, '__missing__');
    if (m !== undefined) return call(m, [k]);
  }
  throw keyError(k);
}

/** A dict whose iteration is dict's own (dict_merge may read its entries directly). */
export function iteratesAsDict(v: Value): v is PyDict {
  return v instanceof PyDict && (v.cls === dictType || v.cls.lookup('__iter__') === dictType.ns.get('__iter__'));
}

/** dict_merge from a dict: its entries with their stored hashes (no __hash__ is called again). */
export function dictMergeDict(d: PyDict, other: PyDict, override: boolean): void {
  if (other === d || other.size === 0) return;
  const n0 = other.size;
  for (const [k, h, v] of other.entriesWithHash()) {
    if (override) d.setH(k, h, v);
    else if (d.getH(k, h) === undefined) d.setH(k, h, v);
    if (other.size !== n0) throw runtimeError('dict mutated during update');
  }
}

/** dict.update / dict(...) argument handling (dict_update_arg). */
export function dictMerge(d: PyDict, arg: Value): void {
  if (iteratesAsDict(arg)) {
    dictMergeDict(d, arg, true);
    return;
  }
  if (getAttrOpt(arg, 'keys') !== undefined) {
    dictUpdate(d, arg, null);
    return;
  }
  const it = getIter(arg);
  let i = 0;
  for (;;) {
    const item = iterNext(it);
    if (item === undefined) break;
    let pair: Value[];
    try {
      pair = toArray(item);
    } catch (e) {
      if (isExcInstance(e, TypeErrorT)) throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
      throw e;
    }
    if (pair.length !== 2) throw valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    d.set(pair[0]!, pair[1]!);
    i++;
  }
}

function dictRepr(d: PyDict): string {
  return withReprGuard(d, '{...}', () => {
    const parts: string[] = [];
    for (const [k, v] of d.entriesArray()) parts.push(`${repr(k)}: ${repr(v)}`);
    return `{${parts.join(', ')}}`;
  });
}

/** dict_equal: each key of `a` looked up in `b` with its stored hash, then the values compared. */
function dictEq(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const [k, h, v] of a.entriesWithHash()) {
    const w = b.getH(k, h);
    if (w === undefined) return false;
    if (!(v === w || pyEq(v, w))) return false;
  }
  return true;
}

// --- sets ---------------------------------------------------------------------------------------

export function newSetFrom(cls: PyType, it: Value | undefined): PySet {
  const s = new PySet(cls);
  if (it !== undefined) setUpdate(s, it);
  return s;
}

/** set_update_internal. */
export function setUpdate(s: PySet, other: Value): void {
  if (other instanceof PySet) {
    s.merge(other);
    return;
  }
  if (other instanceof PyDict && other.cls === dictType) {
    const entries = other.entriesWithHash();
    if ((s.fill + entries.length) * 5 >= s.mask * 3) s.resize((s.used + entries.length) * 2);
    for (const [k, h] of entries) s.add(k, h);
    return;
  }
  const it = getIter(other);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) break;
    s.add(x, hashOf(x));
  }
}

function baseSetType(s: PySet): PyType {
  return isSubtype(s.cls, setType) ? setType : frozensetType;
}

function setCopy(s: PySet): PySet {
  const r = new PySet(baseSetType(s));
  r.merge(s);
  return r;
}

function setIntersection(so: PySet, other: Value): PySet {
  if (so === other) return setCopy(so);
  const result = new PySet(baseSetType(so));
  if (other instanceof PySet) {
    let a = so;
    let b: PySet = other;
    if (b.used > a.used) [a, b] = [b, a];
    for (let i = b.nextSlot(0); i >= 0; i = b.nextSlot(i + 1)) {
      const k = b.keys[i]!;
      const h = b.hashes[i]!;
      if (a.has(k, h)) result.add(k, h);
    }
    return result;
  }
  const it = getIter(other);
  for (;;) {
    const k = iterNext(it);
    if (k === undefined) break;
    const h = hashOf(k);
    if (so.has(k, h)) {
      result.add(k, h);
      if (result.used >= so.used) break;
    }
  }
  return result;
}

function setDifferenceUpdate(so: PySet, other: Value): void {
  if (so === other) {
    so.clear();
    return;
  }
  if (other instanceof PySet) {
    let o: PySet = other;
    if (o.used >> 3 > so.used) o = setIntersection(so, o);
    for (let i = o.nextSlot(0); i >= 0; i = o.nextSlot(i + 1)) so.discard(o.keys[i]!, o.hashes[i]!);
  } else {
    const it = getIter(other);
    for (;;) {
      const k = iterNext(it);
      if (k === undefined) break;
      so.discard(k, hashOf(k));
    }
  }
  if (so.fill - so.used <= so.mask / 4) return;
  so.resize(so.used > 50000 ? so.used * 2 : so.used * 4);
}

function setDifference(so: PySet, other: Value): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.used;
  else if (other instanceof PyDict && other.cls === dictType) otherSize = other.size;
  else {
    const r = setCopy(so);
    setDifferenceUpdate(r, other);
    return r;
  }
  if (so.used >> 2 > otherSize) {
    const r = setCopy(so);
    setDifferenceUpdate(r, other);
    return r;
  }
  const result = new PySet(baseSetType(so));
  for (let i = so.nextSlot(0); i >= 0; i = so.nextSlot(i + 1)) {
    const k = so.keys[i]!;
    const h = so.hashes[i]!;
    const present = other instanceof PyDict ? other.getH(k, h) !== undefined : (other as PySet).has(k, h);
    if (!present) result.add(k, h);
  }
  return result;
}

function setSymDiffUpdate(so: PySet, other: Value): void {
  if (so === other) {
    so.clear();
    return;
  }
  if (other instanceof PyDict && other.cls === dictType) {
    for (const [k, h] of other.entriesWithHash()) if (!so.discard(k, h)) so.add(k, h);
    return;
  }
  const o = other instanceof PySet ? other : newSetFrom(baseSetType(so), other);
  for (let i = o.nextSlot(0); i >= 0; i = o.nextSlot(i + 1)) {
    const k = o.keys[i]!;
    const h = o.hashes[i]!;
    if (!so.discard(k, h)) so.add(k, h);
  }
}

/** dictitems_xor: the pairs of either dict whose key is not in the other with an equal value. */
function itemsXor(d1: PyDict, d2: PyDict): PySet {
  const temp = d1.copy();
  const result = new PySet(setType);
  for (const [k, h, v2] of d2.entriesWithHash()) {
    const v1 = temp.getH(k, h);
    if (v1 !== undefined && (v1 === v2 || pyEq(v1, v2))) temp.delete(k, h);
    else {
      const pair = tuple([k, v2]);
      result.add(pair, hashOf(pair));
    }
  }
  setUpdate(result, new PyDictView(temp, DICT_ITEMS));
  return result;
}

function setIsSubset(so: PySet, other: Value): boolean {
  if (!(other instanceof PySet)) return setIsSubset(so, newSetFrom(setType, other));
  if (so.used > other.used) return false;
  for (let i = so.nextSlot(0); i >= 0; i = so.nextSlot(i + 1)) if (!other.has(so.keys[i]!, so.hashes[i]!)) return false;
  return true;
}

function setIsSuperset(so: PySet, other: Value): boolean {
  if (other instanceof PySet) return setIsSubset(other, so);
  const it = getIter(other);
  for (;;) {
    const k = iterNext(it);
    if (k === undefined) return true;
    if (!setContains(so, k)) return false;
  }
}

function setRepr(s: PySet): string {
  const name = s.cls.name;
  return withReprGuard(s, `${name}(...)`, () => {
    if (s.used === 0) return `${name}()`;
    const body = s.keysArray().map(repr).join(', ');
    if (s.cls === setType) return `{${body}}`;
    return `${name}({${body}})`;
  });
}

function setKey(x: Value): [Value, ReturnType<typeof hashOf>] {
  try {
    return [x, hashOf(x)];
  } catch (e) {
    if (x instanceof PySet && isExcInstance(e, TypeErrorT)) {
      const f = new PySet(frozensetType);
      f.merge(x);
      return [f, hashOf(f)];
    }
    throw e;
  }
}

export function initDictsAndSets(): void {
  registerHashKind(dictType, HK_UNHASHABLE);
  registerHashKind(setType, HK_UNHASHABLE);
  registerHashKind(frozensetType, HK_FROZENSET);
  const D = dictType;
  D.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args) => new PyDict(args[0] as PyType))));
  methodRaw(D, '__init__', (args, kw) => {
    const self = args[0] as PyDict;
    const nkw = kw?.length ?? 0;
    const npos = args.length - 1 - nkw;
    if (npos > 1) throw typeError(`dict expected at most 1 argument, got ${npos}`);
    if (npos === 1) dictMerge(self, args[1]!);
    for (let i = 0; i < nkw; i++) self.setStr(kw![i]!, args[1 + npos + i]!);
    return None;
  });
  method(D, '__len__', 0, 0, (self: PyDict) => self.size);
  method(D, '__getitem__', 1, 1, (self: PyDict, k) => dictGetItem(self, k!));
  method(D, '__setitem__', 2, 2, (self: PyDict, k, v) => {
    self.set(k!, v!);
    return None;
  });
  method(D, '__delitem__', 1, 1, (self: PyDict, k) => {
    if (self.delete(k!) === undefined) throw keyError(k!);
    return None;
  });
  method(D, '__contains__', 1, 1, (self: PyDict, k) => self.has(k!));
  method(D, '__iter__', 0, 0, (self: PyDict) => new DictIterator(self, DICT_KEYS));
  method(D, '__reversed__', 0, 0, (self: PyDict) => new DictReverseIterator(self, DICT_KEYS));
  method(D, 'get', 1, 2, (self: PyDict, k, d) => self.get(k!) ?? d ?? None);
  method(D, 'setdefault', 1, 2, (self: PyDict, k, d) => self.setdefault(k!, d ?? None));
  method(D, 'pop', 1, 2, (self: PyDict, k, d) => {
    const v = self.delete(k!);
    if (v !== undefined) return v;
    if (d !== undefined) return d;
    throw keyError(k!);
  });
  method(D, 'popitem', 0, 0, (self: PyDict) => {
    const e = self.popLast();
    if (e === undefined) throw newExc(KeyError, 'popitem(): dictionary is empty');
    return tuple(e);
  });
  method(D, 'keys', 0, 0, (self: PyDict) => new PyDictView(self, DICT_KEYS));
  method(D, 'values', 0, 0, (self: PyDict) => new PyDictView(self, DICT_VALUES));
  method(D, 'items', 0, 0, (self: PyDict) => new PyDictView(self, DICT_ITEMS));
  methodRaw(D, 'update', (args, kw) => {
    const self = args[0] as PyDict;
    const nkw = kw?.length ?? 0;
    const npos = args.length - 1 - nkw;
    if (npos > 1) throw typeError(`update expected at most 1 argument, got ${npos}`);
    if (npos === 1) dictMerge(self, args[1]!);
    for (let i = 0; i < nkw; i++) self.setStr(kw![i]!, args[1 + npos + i]!);
    return None;
  });
  method(D, 'clear', 0, 0, (self: PyDict) => {
    self.clear();
    return None;
  });
  method(D, 'copy', 0, 0, (self: PyDict) => self.copy());
  classMethod(D, 'fromkeys', (args, kw) => {
    noKw('fromkeys', kw);
    const cls = args[0] as PyType;
    if (args.length < 2) throw typeError('fromkeys expected at least 1 argument, got 0');
    if (args.length > 3) throw typeError(`fromkeys expected at most 2 arguments, got ${args.length - 1}`);
    const src = args[1]!;
    const v = args[2] ?? None;
    const d = call(cls, []);
    if (d instanceof PyDict && d.cls === dictType) {
      // dict_fromkeys: an exact dict or set source gives its keys with their stored hashes
      if (src instanceof PyDict && src.cls === dictType) {
        for (const [k, h] of src.entriesWithHash()) d.setH(k, h, v);
        return d;
      }
      if (src instanceof PySet && (src.cls === setType || src.cls === frozensetType)) {
        for (let i = src.nextSlot(0); i >= 0; i = src.nextSlot(i + 1)) d.setH(src.keys[i]!, src.hashes[i]!, v);
        return d;
      }
    }
    const it = getIter(src);
    const exact = d instanceof PyDict && d.cls === dictType;
    for (;;) {
      const k = iterNext(it);
      if (k === undefined) break;
      if (exact) (d as PyDict).set(k, v);
      else setItem(d, k, v);
    }
    return d;
  });
  method(D, '__eq__', 1, 1, (self: PyDict, o) => (o instanceof PyDict ? dictEq(self, o) : NotImplemented));
  method(D, '__ne__', 1, 1, (self: PyDict, o) => (o instanceof PyDict ? !dictEq(self, o) : NotImplemented));
  // dict_or: a copy of the left operand, then dict_update_arg with the right one
  method(D, '__or__', 1, 1, (self: PyDict, o) => {
    if (!(o instanceof PyDict)) return NotImplemented;
    const d = self.copy(dictType);
    dictMerge(d, o);
    return d;
  });
  method(D, '__ror__', 1, 1, (self: PyDict, o) => {
    if (!(o instanceof PyDict)) return NotImplemented;
    const d = o.copy(dictType);
    dictMerge(d, self);
    return d;
  });
  method(D, '__ior__', 1, 1, (self: PyDict, o) => {
    dictMerge(self, o!);
    return self;
  });
  method(D, '__repr__', 0, 0, (self: PyDict) => dictRepr(self));
  D.ns.set('__hash__', None);
  method(D, '__sizeof__', 0, 0, (self: PyDict) => 64 + 24 * self.size);
  classMethod(D, '__class_getitem__', (args) => genericAlias(args[0]!, args[1]!));

  // --- views ---
  for (const vt of [dictKeysType, dictValuesType, dictItemsType]) {
    method(vt, '__len__', 0, 0, (self: PyDictView) => self.d.size);
    method(vt, '__iter__', 0, 0, (self: PyDictView) => new DictIterator(self.d, self.kind));
    method(vt, '__reversed__', 0, 0, (self: PyDictView) => new DictReverseIterator(self.d, self.kind));
    getset(vt, 'mapping', (self: PyDictView) => new PyMappingProxy(self.d));
    method(vt, '__repr__', 0, 0, (self: PyDictView) => withReprGuard(self, '...', () => `${self.cls.name}([${self.items().map(repr).join(', ')}])`));
  }
  method(dictKeysType, '__contains__', 1, 1, (self: PyDictView, k) => self.d.has(k!));
  method(dictItemsType, '__contains__', 1, 1, (self: PyDictView, kv) => {
    if (!(kv instanceof PyTuple) || kv.items.length !== 2) return false;
    const v = self.d.get(kv.items[0]!);
    return v !== undefined && (v === kv.items[1] || pyEq(v, kv.items[1]!));
  });
  method(dictValuesType, '__contains__', 1, 1, (self: PyDictView, x) => self.d.valuesArray().some((v) => v === x || pyEq(v, x!)));
  for (const vt of [dictKeysType, dictItemsType]) {
    // dictview_richcompare: sizes, then containment through the other side's __contains__.
    const allIn = (a: Value, b: Value): boolean => toArray(a).every((x) => contains(b, x));
    const sizeOf = (v: PySet | PyDictView): number => (v instanceof PySet ? v.used : v.d.size);
    const cmps: [string, (a: PyDictView, b: PySet | PyDictView) => boolean][] = [
      ['__eq__', (a, b) => sizeOf(a) === sizeOf(b) && allIn(a, b)],
      ['__ne__', (a, b) => !(sizeOf(a) === sizeOf(b) && allIn(a, b))],
      ['__lt__', (a, b) => sizeOf(a) < sizeOf(b) && allIn(a, b)],
      ['__le__', (a, b) => sizeOf(a) <= sizeOf(b) && allIn(a, b)],
      ['__gt__', (a, b) => sizeOf(a) > sizeOf(b) && allIn(b, a)],
      ['__ge__', (a, b) => sizeOf(a) >= sizeOf(b) && allIn(b, a)],
    ];
    for (const [name, f] of cmps) {
      method(vt, name, 1, 1, (self: PyDictView, o) => (o instanceof PySet || o instanceof PyDictView ? f(self, o) : NotImplemented));
    }
    // dictviews_to_set: a keys view of an exact dict converts through the dict's fast path.
    const toSet = (v: Value): PySet =>
      v instanceof PyDictView && v.kind === DICT_KEYS && v.d.cls === dictType ? newSetFrom(setType, v.d) : newSetFrom(setType, v);
    // _PyDictView_Intersect
    const intersect = (self: Value, other: Value): Value => {
      if (!(self instanceof PyDictView)) [self, other] = [other, self];
      let sv = self as PyDictView;
      const lenSelf = sv.d.size;
      if (other instanceof PySet && other.cls === setType && lenSelf <= other.used) return setIntersection(other, sv);
      if (other instanceof PyDictView && other.d.size > lenSelf) [sv, other] = [other, sv];
      const r = new PySet(setType);
      const it = getIter(other);
      for (;;) {
        const x = iterNext(it);
        if (x === undefined) break;
        if (contains(sv, x)) r.add(x, hashOf(x));
      }
      return r;
    };
    method(vt, '__and__', 1, 1, (self: PyDictView, o) => intersect(self, o!));
    method(vt, '__rand__', 1, 1, (self: PyDictView, o) => intersect(self, o!));
    method(vt, '__or__', 1, 1, (self: PyDictView, o) => {
      const r = toSet(self);
      setUpdate(r, o!);
      return r;
    });
    method(vt, '__ror__', 1, 1, (self: PyDictView, o) => {
      const r = toSet(o!);
      setUpdate(r, self);
      return r;
    });
    method(vt, '__sub__', 1, 1, (self: PyDictView, o) => {
      const r = toSet(self);
      setDifferenceUpdate(r, o!);
      return r;
    });
    method(vt, '__rsub__', 1, 1, (self: PyDictView, o) => {
      const r = toSet(o!);
      setDifferenceUpdate(r, self);
      return r;
    });
    // dictviews_xor: two items views compare values (dictitems_xor); else a set, then
    // symmetric_difference_update with the other operand
    method(vt, '__xor__', 1, 1, (self: PyDictView, o) => {
      if (self.kind === DICT_ITEMS && o instanceof PyDictView && o.kind === DICT_ITEMS) return itemsXor(self.d, o.d);
      const r = toSet(self);
      setSymDiffUpdate(r, o!);
      return r;
    });
    method(vt, '__rxor__', 1, 1, (self: PyDictView, o) => {
      const r = toSet(o!);
      setSymDiffUpdate(r, self);
      return r;
    });
    // dictviews_isdisjoint: iterate the smaller side when the other is a set or a set-like view
    method(vt, 'isdisjoint', 1, 1, (self: PyDictView, o) => {
      if (o === self) return self.d.size === 0;
      let a: Value = self;
      let b: Value = o!;
      if (b instanceof PySet || (b instanceof PyDictView && b.kind !== DICT_VALUES)) {
        if (Number(len(b)) > self.d.size) [a, b] = [b, a];
      }
      const it = getIter(b);
      for (;;) {
        const x = iterNext(it);
        if (x === undefined) return true;
        if (contains(a, x)) return false;
      }
    });
  }

  // --- iterators: the reverse ones, and pickling (dictiter_reduce, setiter_reduce) ---
  for (const it of [dictReverseValueIteratorType, dictReverseItemIteratorType]) {
    method(it, '__iter__', 0, 0, (self: PyIter) => self);
    method(it, '__next__', 0, 0, (self: PyIter) => {
      const v = self.next();
      if (v === undefined) throw newExc(StopIteration);
      return v;
    });
    method(it, '__length_hint__', 0, 0, (self: PyIter) => self.lengthHint());
  }
  for (const it of [dictReverseKeyIteratorType, dictReverseValueIteratorType, dictReverseItemIteratorType]) {
    method(it, '__reduce__', 0, 0, (self: DictReverseIterator) => tuple([builtinNamed('iter'), tuple([new PyList(self.rest())])]));
  }
  for (const it of [dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType]) {
    method(it, '__reduce__', 0, 0, (self: DictIterator) => tuple([builtinNamed('iter'), tuple([new PyList(dictIterRest(self))])]));
  }
  method(setIteratorType, '__reduce__', 0, 0, (self: SetIterator) => {
    const rest: Value[] = [];
    const s = self.set;
    if (s !== null) for (let i = s.nextSlot(self.pos); i >= 0; i = s.nextSlot(i + 1)) rest.push(s.keys[i]!);
    return tuple([builtinNamed('iter'), tuple([new PyList(rest)])]);
  });

  // --- set & frozenset ---
  // set_new / frozenset_new refuse keywords unless a subclass's own __init__ may take them
  const objectInit = objectType.ns.get('__init__');
  setType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    const cls = args[0] as PyType;
    if (kw && kw.length && (cls === setType || cls.lookup('__init__') === setType.ns.get('__init__'))) throw typeError('set() takes no keyword arguments');
    return new PySet(cls);
  })));
  methodRaw(setType, '__init__', (args, kw) => {
    const self = args[0] as PySet;
    if (kw && kw.length) throw typeError('set() takes no keyword arguments');
    if (args.length > 2) throw typeError(`${self.cls.name} expected at most 1 argument, got ${args.length - 1}`);
    if (self.fill) self.clear();
    if (args.length > 1) setUpdate(self, args[1]!);
    return None;
  });
  frozensetType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    const cls = args[0] as PyType;
    const nkw = kw?.length ?? 0;
    if (nkw && (cls === frozensetType || cls.lookup('__init__') === objectInit)) throw typeError('frozenset() takes no keyword arguments');
    const npos = args.length - 1 - nkw;
    if (npos > 1) throw typeError(`${cls.name} expected at most 1 argument, got ${npos}`);
    const src = npos === 1 ? args[1] : undefined;
    if (cls === frozensetType && src instanceof PySet && src.cls === frozensetType) return src;
    return newSetFrom(cls, src);
  })));
  for (const T of [setType, frozensetType]) {
    method(T, '__len__', 0, 0, (self: PySet) => self.used);
    method(T, '__contains__', 1, 1, (self: PySet, x) => setContains(self, x!));
    method(T, '__iter__', 0, 0, (self: PySet) => new SetIterator(self));
    method(T, '__repr__', 0, 0, (self: PySet) => setRepr(self));
    method(T, 'copy', 0, 0, (self: PySet) => (T === frozensetType && self.cls === frozensetType ? self : setCopy(self)));
    method(T, 'union', 0, 99, (self: PySet, ...others) => {
      const r = setCopy(self);
      for (const o of others) if (o !== self) setUpdate(r, o!);
      return r;
    });
    method(T, 'intersection', 0, 99, (self: PySet, ...others) => {
      let r: PySet = self;
      if (others.length === 0) return setCopy(self);
      for (const o of others) r = setIntersection(r, o!);
      return r;
    });
    method(T, 'difference', 0, 99, (self: PySet, ...others) => {
      if (others.length === 0) return setCopy(self);
      const r = setDifference(self, others[0]!);
      for (const o of others.slice(1)) setDifferenceUpdate(r, o!);
      return r;
    });
    method(T, 'symmetric_difference', 1, 1, (self: PySet, o) => {
      const r = newSetFrom(baseSetType(self), o!);
      setSymDiffUpdate(r, self);
      return r;
    });
    method(T, 'issubset', 1, 1, (self: PySet, o) => setIsSubset(self, o!));
    method(T, 'issuperset', 1, 1, (self: PySet, o) => setIsSuperset(self, o!));
    method(T, 'isdisjoint', 1, 1, (self: PySet, o) => {
      if (o === self) return self.used === 0;
      if (o instanceof PySet && (o.cls === setType || o.cls === frozensetType)) {
        let a = self;
        let b = o;
        if (b.used > a.used) [a, b] = [b, a];
        for (let i = b.nextSlot(0); i >= 0; i = b.nextSlot(i + 1)) if (a.has(b.keys[i]!, b.hashes[i]!)) return false;
        return true;
      }
      const it = getIter(o!);
      for (;;) {
        const k = iterNext(it);
        if (k === undefined) return true;
        if (setContains(self, k)) return false;
      }
    });
    const binop = (name: string, f: (a: PySet, b: PySet) => PySet): void => {
      method(T, name, 1, 1, (self: PySet, o) => (o instanceof PySet ? f(self, o) : NotImplemented));
    };
    binop('__or__', (a, b) => {
      const r = setCopy(a);
      if (a !== b) setUpdate(r, b);
      return r;
    });
    binop('__and__', (a, b) => setIntersection(a, b));
    binop('__sub__', (a, b) => setDifference(a, b));
    binop('__xor__', (a, b) => {
      const r = newSetFrom(baseSetType(a), b);
      setSymDiffUpdate(r, a);
      return r;
    });
    binop('__ror__', (a, b) => {
      const r = setCopy(b);
      setUpdate(r, a);
      return r;
    });
    binop('__rand__', (a, b) => setIntersection(b, a));
    binop('__rsub__', (a, b) => setDifference(b, a));
    binop('__rxor__', (a, b) => {
      const r = newSetFrom(baseSetType(b), a);
      setSymDiffUpdate(r, b);
      return r;
    });
    const cmp = (name: string, f: (a: PySet, b: PySet) => boolean): void => {
      method(T, name, 1, 1, (self: PySet, o) => (o instanceof PySet ? f(self, o) : NotImplemented));
    };
    cmp('__eq__', (a, b) => a.used === b.used && setIsSubset(a, b));
    cmp('__ne__', (a, b) => !(a.used === b.used && setIsSubset(a, b)));
    cmp('__le__', (a, b) => setIsSubset(a, b));
    cmp('__ge__', (a, b) => setIsSuperset(a, b));
    cmp('__lt__', (a, b) => a.used < b.used && setIsSubset(a, b));
    cmp('__gt__', (a, b) => a.used > b.used && setIsSuperset(a, b));
    // set_reduce: (type, (list(self),), self.__getstate__())
    method(T, '__reduce__', 0, 0, (self: PySet) => tuple([self.cls, tuple([new PyList(self.keysArray())]), call(getAttr(self, '__getstate__'), [])]));
    method(T, '__sizeof__', 0, 0, (self: PySet) => 200 + 16 * (self.mask + 1));
    classMethod(T, '__class_getitem__', (args) => genericAlias(args[0]!, args[1]!));
  }
  setType.ns.set('__hash__', None);
  method(frozensetType, '__hash__', 0, 0, (self: PySet) => (self.hash ??= hashFrozenSetTable(self.slotHashes(), self.used, self.fill)));
  const S = setType;
  method(S, 'add', 1, 1, (self: PySet, x) => {
    self.add(x!, hashOf(x!));
    return None;
  });
  method(S, 'discard', 1, 1, (self: PySet, x) => {
    const [k, h] = setKey(x!);
    self.discard(k, h);
    return None;
  });
  method(S, 'remove', 1, 1, (self: PySet, x) => {
    const [k, h] = setKey(x!);
    if (!self.discard(k, h)) throw keyError(x!);
    return None;
  });
  method(S, 'pop', 0, 0, (self: PySet) => {
    const v = self.pop();
    if (v === undefined) throw newExc(KeyError, 'pop from an empty set');
    return v;
  });
  method(S, 'clear', 0, 0, (self: PySet) => {
    self.clear();
    return None;
  });
  method(S, 'update', 0, 99, (self: PySet, ...others) => {
    for (const o of others) setUpdate(self, o!);
    return None;
  });
  method(S, 'intersection_update', 0, 99, (self: PySet, ...others) => {
    let r: PySet = self;
    for (const o of others) r = setIntersection(r, o!);
    if (r !== self) self.swapBodies(r);
    return None;
  });
  method(S, 'difference_update', 0, 99, (self: PySet, ...others) => {
    for (const o of others) setDifferenceUpdate(self, o!);
    return None;
  });
  method(S, 'symmetric_difference_update', 1, 1, (self: PySet, o) => {
    setSymDiffUpdate(self, o!);
    return None;
  });
  method(S, '__ior__', 1, 1, (self: PySet, o) => {
    if (!(o instanceof PySet)) return NotImplemented;
    setUpdate(self, o);
    return self;
  });
  method(S, '__iand__', 1, 1, (self: PySet, o) => {
    if (!(o instanceof PySet)) return NotImplemented;
    const r = setIntersection(self, o);
    self.swapBodies(r);
    return self;
  });
  method(S, '__isub__', 1, 1, (self: PySet, o) => {
    if (!(o instanceof PySet)) return NotImplemented;
    setDifferenceUpdate(self, o);
    return self;
  });
  method(S, '__ixor__', 1, 1, (self: PySet, o) => {
    if (!(o instanceof PySet)) return NotImplemented;
    setSymDiffUpdate(self, o);
    return self;
  });
  void getItem;
  void truthy;
  void contains;
  void typeOf;
  void PyFunction;
  void runtimeError;
}

// --- gc.is_tracked --------------------------------------------------------------------------------
// No collector tracks objects here, so gc.is_tracked answers as CPython's would right after a
// collection: objects of non-GC builtin types never are; an exact tuple or dict is when one of its
// items may be (a GC object, a tuple only when tracked itself); every other object is.

const NON_GC_TYPES = new Set([
  'int', 'bool', 'float', 'complex', 'str', 'bytes', 'bytearray', 'NoneType', 'ellipsis', 'NotImplementedType', 'object', 'range',
  'range_iterator', 'longrange_iterator',
]);

function isGcObject(v: PyObject): boolean {
  if (v instanceof PyType) return v.isHeap() || v.cls.isHeap();
  if (v.cls.isHeap()) return true;
  return !NON_GC_TYPES.has(v.cls.name);
}

function mayBeTracked(v: Value): boolean {
  if (typeof v !== 'object') return false;
  if (v instanceof PyTuple && !v.cls.isHeap()) return gcIsTracked(v);
  return isGcObject(v);
}

export function gcIsTracked(v: Value): boolean {
  if (typeof v !== 'object' || !isGcObject(v)) return false;
  if (!v.cls.isHeap()) {
    if (v instanceof PyTuple) return v.items.some(mayBeTracked);
    if (v instanceof PyDict) {
      for (const [n, x] of v.map) if (mayBeTracked(x) || mayBeTracked(v.origKey(n))) return true;
      return false;
    }
  }
  return true;
}
