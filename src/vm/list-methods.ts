// The methods of list and tuple (Objects/listobject.c, tupleobject.c), and the sort used by
// list.sort and sorted(): stable, comparing only with `<` as CPython's timsort does.

import type { Value } from './object.js';
import { None, NotImplemented, PyType, typeOf, isSubtype, intType, objectType, typeType } from './type.js';
import { PyList, listType } from './list.js';
import { PyTuple, tupleType, tuple, EMPTY_TUPLE } from './tuple.js';
import { PyFloat } from './float.js';
import { method, methodRaw, PyBuiltin, PyStaticMethod, noKw, arity, classMethod, getset } from './function.js';
import { indexError, typeError, valueError, newExc, ValueError, isExcInstance, TypeError as TypeErrorT } from './exceptions.js';
import {
  call, compareBool, getItem, index, indexClamped, pyEq, repr, richCompare, sliceArray, toArray, withReprGuard, LT, EQ, NE, hashOf,
  compareCodePoints, seqHooks, itemsOf, strValue, len, lookupSpecial, getIter, iterNext,
} from './abstract.js';
import { PySlice, sliceIndices } from './slice.js';
import { ListIterator, ListReverseIterator, ArrayIterator, listIteratorType, listReverseIteratorType, tupleIteratorType, reversedType, ReversedSeq } from './iter.js';
import { TS } from './thread.js';
import { compareNumbers, intValue } from './numeric.js';
import { hashTupleOf } from './hash.js';
import { registerHashKind, HK_TUPLE, HK_UNHASHABLE } from './dict.js';
import { genericAlias } from './alias.js';

// --- sorting ----------------------------------------------------------------------------------

function lt(a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return compareBool(a, b, LT);
}

/** Stable merge sort of an index array by keys, calling only lt(b, a) to put b first. */
function mergeSortIdx(idx: number[], k: Value[]): void {
  const n = idx.length;
  const tmp = new Array<number>(n);
  const RUN = 32;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const x = idx[i]!;
      let l = lo;
      let r = i;
      while (l < r) {
        const m = (l + r) >> 1;
        if (lt(k[x]!, k[idx[m]!]!)) r = m;
        else l = m + 1;
      }
      for (let j = i; j > l; j--) idx[j] = idx[j - 1]!;
      idx[l] = x;
    }
  }
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n - width; lo += 2 * width) {
      const mid = lo + width;
      const hi = Math.min(lo + 2 * width, n);
      if (!lt(k[idx[mid]!]!, k[idx[mid - 1]!]!)) continue;
      let i = lo;
      let j = mid;
      let t = lo;
      while (i < mid && j < hi) {
        if (lt(k[idx[j]!]!, k[idx[i]!]!)) tmp[t++] = idx[j++]!;
        else tmp[t++] = idx[i++]!;
      }
      while (i < mid) tmp[t++] = idx[i++]!;
      while (j < hi) tmp[t++] = idx[j++]!;
      for (let q = lo; q < hi; q++) idx[q] = tmp[q]!;
    }
  }
}

/** list.sort(key=None, reverse=False) on an array, in place (reverse keeps stability). */
export function sortValues(items: Value[], key: Value, reverse: boolean): void {
  const n = items.length;
  if (n < 2) return;
  const keys = key === None ? null : items.map((x) => call(key, [x]));
  if (reverse) {
    items.reverse();
    keys?.reverse();
  }
  const k = keys ?? items;
  let allNum = true;
  let allStr = true;
  for (const x of k) {
    if (typeof x !== 'number') allNum = false;
    if (typeof x !== 'string') allStr = false;
    if (!allNum && !allStr) break;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  if (allNum) order.sort((i, j) => (k[i] as number) - (k[j] as number));
  else if (allStr) order.sort((i, j) => compareCodePoints(k[i] as string, k[j] as string));
  else mergeSortIdx(order, k);
  const vals = order.map((i) => items[i]!);
  for (let i = 0; i < n; i++) items[i] = vals[i]!;
  if (reverse) items.reverse();
}

// --- helpers ------------------------------------------------------------------------------------

const MUTATORS = ['push', 'pop', 'shift', 'unshift', 'splice', 'reverse', 'sort', 'fill', 'copyWithin'] as const;

/** An empty array that records any call of a mutating method on it (list.sort's stand-in). */
function watchedEmptyArray(): { arr: Value[]; touched: () => boolean } {
  const arr: Value[] = [];
  let touched = false;
  for (const m of MUTATORS) {
    const f = Array.prototype[m] as (...a: unknown[]) => unknown;
    Object.defineProperty(arr, m, {
      value(this: Value[], ...a: unknown[]) {
        touched = true;
        return f.apply(this, a);
      },
    });
  }
  return { arr, touched: () => touched };
}

function seqRepr(items: Value[], open: string, close: string, single: boolean): string {
  if (items.length === 0) return open + close;
  const parts = items.map(repr);
  return open + parts.join(', ') + (single && items.length === 1 ? ',' : '') + close;
}

/** Lexicographic comparison of two item arrays (list_richcompare). */
export function seqCompare(a: Value[], b: Value[], op: number): boolean {
  if (a.length !== b.length && (op === EQ || op === NE)) return op === NE;
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (!(x === y || pyEq(x, y))) break;
  }
  if (i >= a.length || i >= b.length) return compareNumbers(a.length, b.length, op);
  if (op === EQ) return false;
  if (op === NE) return true;
  return compareBool(a[i]!, b[i]!, op);
}

/** list_richcompare: the lengths are read again after each item comparison (__eq__ may mutate). */
function listCompare(a: PyList, b: PyList, op: number): boolean {
  if (a.items.length !== b.items.length && (op === EQ || op === NE)) return op === NE;
  let i = 0;
  for (; i < a.items.length && i < b.items.length; i++) {
    const x = a.items[i]!;
    const y = b.items[i]!;
    if (!(x === y || pyEq(x, y))) break;
  }
  if (i >= a.items.length || i >= b.items.length) return compareNumbers(a.items.length, b.items.length, op);
  if (op === EQ) return false;
  if (op === NE) return true;
  return compareBool(a.items[i]!, b.items[i]!, op);
}

function repeatCount(n: Value): number | null {
  const i = intValue(n);
  if (i === undefined) {
    if (typeOf(n).lookup('__index__') === undefined) return null;
    return Math.max(0, indexClamped(n));
  }
  if (typeof i === 'bigint') {
    if (i <= 0n) return 0;
    throw newExc(MemoryErrorRef(), '');
  }
  return Math.max(0, i);
}

let memoryErrorType: PyType | null = null;
export function setMemoryErrorRef(t: PyType): void {
  memoryErrorType = t;
}
function MemoryErrorRef(): PyType {
  return memoryErrorType!;
}

function repeatArray(items: Value[], n: number): Value[] {
  if (n <= 0 || items.length === 0) return [];
  if (items.length * n > 2 ** 28) throw newExc(MemoryErrorRef(), '');
  const out = new Array<Value>(items.length * n);
  for (let r = 0, o = 0; r < n; r++) for (let i = 0; i < items.length; i++) out[o++] = items[i]!;
  return out;
}

function normIndex(i: Value, n: number): number {
  const k = indexClamped(i);
  return k < 0 ? k + n : k;
}

function listIndexOf(items: Value[], x: Value, start: number, stop: number): number {
  for (let i = Math.max(0, start); i < Math.min(stop, items.length); i++) {
    const y = items[i]!;
    if (y === x || pyEq(y, x)) return i;
  }
  return -1;
}

function sliceBounds(args: Value[], n: number): [number, number] {
  let start = 0;
  let stop = n;
  if (args.length > 0 && args[0] !== None) {
    start = indexClamped(args[0]!);
    if (start < 0) start = Math.max(0, start + n);
  }
  if (args.length > 1 && args[1] !== None) {
    stop = indexClamped(args[1]!);
    if (stop < 0) stop = Math.max(0, stop + n);
  }
  return [start, stop];
}

/**
 * PyObject_LengthHint(o, dflt): len(o), else o.__length_hint__(), else dflt. A TypeError from
 * either is swallowed; other errors propagate; a bad hint is an error.
 */
export function lengthHintOf(o: Value, dflt: number): number {
  if (typeOf(o).lookup('__len__') !== undefined) {
    try {
      return Number(len(o));
    } catch (e) {
      if (!isExcInstance(e, TypeErrorT)) throw e;
    }
  }
  const hint = lookupSpecial(o, '__length_hint__');
  if (hint === undefined) return dflt;
  let r: Value;
  try {
    r = call(hint, []);
  } catch (e) {
    if (isExcInstance(e, TypeErrorT)) return dflt;
    throw e;
  }
  if (r === NotImplemented) return dflt;
  const n = intValue(r); // bool is an int here (PyLong_Check)
  if (n === undefined) throw typeError(`__length_hint__ must be an integer, not ${typeOf(r).name}`);
  if (n < 0) throw valueError('__length_hint__() should return >= 0');
  return Number(n);
}

/**
 * The items of an iterable as list_extend / PySequence_Tuple take them: iter(v), then (for
 * objects of Python classes, whose __len__ / __length_hint__ may raise) PyObject_LengthHint(v).
 */
export function hintedArray(v: Value): Value[] {
  if (typeof v !== 'object' || !v.cls.isHeap()) return toArray(v);
  const it = getIter(v);
  lengthHintOf(v, 8);
  const out: Value[] = [];
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return out;
    out.push(x);
  }
}

export function listSetSlice(l: PyList, s: PySlice, v: Value): void {
  const src = v === l ? l.items.slice() : v instanceof PyList || v instanceof PyTuple ? v.items.slice() : (() => {
    try {
      return toArray(v);
    } catch (e) {
      if (typeOf(v).lookup('__iter__') === undefined && typeOf(v).lookup('__getitem__') === undefined) throw typeError('can only assign an iterable');
      throw e;
    }
  })();
  const si = sliceIndices(s, l.items.length);
  if (si.step === 1) {
    const stop = Math.max(si.start, si.stop);
    l.items.splice(si.start, stop - si.start, ...src);
    return;
  }
  if (src.length !== si.len) {
    throw valueError(`attempt to assign sequence of size ${src.length} to extended slice of size ${si.len}`);
  }
  for (let i = 0, j = si.start; i < si.len; i++, j += si.step) l.items[j] = src[i]!;
}

function listDelSlice(l: PyList, s: PySlice): void {
  const si = sliceIndices(s, l.items.length);
  if (si.step === 1) {
    if (si.stop > si.start) l.items.splice(si.start, si.stop - si.start);
    return;
  }
  if (si.len === 0) return;
  const drop = new Set<number>();
  for (let i = 0, j = si.start; i < si.len; i++, j += si.step) drop.add(j);
  l.items = l.items.filter((_, i) => !drop.has(i));
}

export function initLists(): void {
  registerHashKind(tupleType, HK_TUPLE);
  registerHashKind(listType, HK_UNHASHABLE);
  seqHooks.concat = (a: Value, b: Value) => {
    const sa = strValue(a);
    if (sa !== undefined) {
      const sb = strValue(b);
      if (sb === undefined) throw typeError(`can only concatenate str (not "${typeOf(b).name}") to str`);
      return sa + sb;
    }
    if (a instanceof PyList) {
      if (b instanceof PyList) return new PyList(a.items.concat(b.items));
      throw typeError(`can only concatenate list (not "${typeOf(b).name}") to list`);
    }
    if (a instanceof PyTuple) {
      if (b instanceof PyTuple) return new PyTuple(a.items.concat(b.items));
      throw typeError(`can only concatenate tuple (not "${typeOf(b).name}") to tuple`);
    }
    return seqConcatOthers(a, b);
  };
  seqHooks.repeat = (a: Value, b: Value) => {
    const seqOf = (x: Value): boolean => x instanceof PyList || x instanceof PyTuple || strValue(x) !== undefined || isSeqRepeatable(x);
    if (seqOf(a)) {
      const n = repeatCount(b);
      if (n === null) throw typeError(`can't multiply sequence by non-int of type '${typeOf(b).name}'`);
      return seqRepeat(a, n);
    }
    if (seqOf(b)) {
      const n = repeatCount(a);
      if (n === null) throw typeError(`can't multiply sequence by non-int of type '${typeOf(a).name}'`);
      return seqRepeat(b, n);
    }
    return undefined;
  };

  // --- list ---
  listType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args) => new PyList([], args[0] as PyType))));
  methodRaw(listType, '__init__', (args, kw) => {
    if (kw && kw.length) {
      // list___init__: a subclass with a __new__ of its own may have taken the keywords
      const t = (args[0] as PyList).cls;
      if (t === listType || t.lookup('__new__') === listType.ns.get('__new__')) noKw('list', kw);
      args = args.slice(0, args.length - kw.length);
    }
    if (args.length > 2) throw typeError(`list expected at most 1 argument, got ${args.length - 1}`);
    const self = args[0] as PyList;
    self.items = args.length > 1 ? hintedArray(args[1]!) : [];
    return None;
  });
  method(listType, 'append', 1, 1, (self: PyList, x) => {
    self.items.push(x!);
    return None;
  });
  method(listType, 'extend', 1, 1, (self: PyList, x) => {
    if (x instanceof PyList || x instanceof PyTuple) self.items.push(...x.items);
    else self.items.push(...hintedArray(x!));
    return None;
  });
  method(listType, 'insert', 2, 2, (self: PyList, i, x) => {
    const n = self.items.length;
    let k = indexClamped(i!);
    if (k < 0) k = Math.max(0, k + n);
    if (k > n) k = n;
    self.items.splice(k, 0, x!);
    return None;
  });
  method(listType, 'remove', 1, 1, (self: PyList, x) => {
    const i = listIndexOf(self.items, x!, 0, self.items.length);
    if (i < 0) throw valueError('list.remove(x): x not in list');
    self.items.splice(i, 1);
    return None;
  });
  method(listType, 'pop', 0, 1, (self: PyList, i) => {
    const n = self.items.length;
    if (n === 0) throw indexError('pop from empty list');
    let k = i === undefined ? n - 1 : indexClamped(i);
    if (k < 0) k += n;
    if (k < 0 || k >= n) throw indexError('pop index out of range');
    return self.items.splice(k, 1)[0]!;
  });
  method(listType, 'index', 1, 3, (self: PyList, x, ...rest) => {
    const [start, stop] = sliceBounds(rest as Value[], self.items.length);
    const i = listIndexOf(self.items, x!, start, stop);
    if (i < 0) throw valueError(`${repr(x!)} is not in list`);
    return i;
  });
  method(listType, 'count', 1, 1, (self: PyList, x) => {
    let c = 0;
    for (const y of self.items) if (y === x || pyEq(y, x!)) c++;
    return c;
  });
  method(listType, 'clear', 0, 0, (self: PyList) => {
    self.items = [];
    return None;
  });
  method(listType, 'copy', 0, 0, (self: PyList) => new PyList(self.items.slice()));
  method(listType, 'reverse', 0, 0, (self: PyList) => {
    self.items.reverse();
    return None;
  });
  methodRaw(listType, 'sort', (args, kw) => {
    const self = args[0] as PyList;
    if (args.length - (kw?.length ?? 0) > 1) throw typeError('sort() takes no positional arguments');
    let key: Value = None;
    let reverse = false;
    kw?.forEach((k, i) => {
      const v = args[args.length - kw.length + i]!;
      if (k === 'key') key = v;
      else if (k === 'reverse') reverse = Boolean(intValue(v) ?? (v === true));
      else throw typeError(`'${k}' is an invalid keyword argument for sort()`);
    });
    // While sorting, the list is empty (as CPython's, with allocated = -1): any change made by a
    // key or comparison (even an append then a pop) is reported once the sort is done.
    const items = self.items;
    const during = watchedEmptyArray();
    self.items = during.arr;
    let ok = false;
    try {
      sortValues(items, key, reverse);
      ok = true;
    } finally {
      const modified = self.items !== during.arr || during.touched() || during.arr.length > 0;
      self.items = items;
      if (ok && modified) throw valueError('list modified during sort');
    }
    return None;
  });
  method(listType, '__len__', 0, 0, (self: PyList) => self.items.length);
  method(listType, '__getitem__', 1, 1, (self: PyList, k) => {
    if (k instanceof PySlice) {
      const s = sliceIndices(k, self.items.length);
      return new PyList(sliceArray(self.items, s.start, s.step, s.len));
    }
    const n = self.items.length;
    if (intValue(k!) === undefined && typeOf(k!).lookup('__index__') === undefined) {
      throw typeError(`list indices must be integers or slices, not ${typeOf(k!).name}`);
    }
    const i = normIndex(k!, n);
    if (i < 0 || i >= n) throw indexError('list index out of range');
    return self.items[i]!;
  });
  method(listType, '__setitem__', 2, 2, (self: PyList, k, v) => {
    if (k instanceof PySlice) {
      listSetSlice(self, k, v!);
      return None;
    }
    if (intValue(k!) === undefined && typeOf(k!).lookup('__index__') === undefined) {
      throw typeError(`list indices must be integers or slices, not ${typeOf(k!).name}`);
    }
    const n = self.items.length;
    const i = normIndex(k!, n);
    if (i < 0 || i >= n) throw indexError('list assignment index out of range');
    self.items[i] = v!;
    return None;
  });
  method(listType, '__delitem__', 1, 1, (self: PyList, k) => {
    if (k instanceof PySlice) {
      listDelSlice(self, k);
      return None;
    }
    if (intValue(k!) === undefined && typeOf(k!).lookup('__index__') === undefined) {
      throw typeError(`list indices must be integers or slices, not ${typeOf(k!).name}`);
    }
    const n = self.items.length;
    const i = normIndex(k!, n);
    if (i < 0 || i >= n) throw indexError('list assignment index out of range');
    self.items.splice(i, 1);
    return None;
  });
  method(listType, '__contains__', 1, 1, (self: PyList, x) => listIndexOf(self.items, x!, 0, self.items.length) >= 0);
  method(listType, '__iter__', 0, 0, (self: PyList) => new ListIterator(self));
  method(listType, '__reversed__', 0, 0, (self: PyList) => new ListReverseIterator(self));
  method(listType, '__add__', 1, 1, (self: PyList, o) => {
    if (!(o instanceof PyList)) throw typeError(`can only concatenate list (not "${typeOf(o!).name}") to list`);
    return new PyList(self.items.concat(o.items));
  }).seqSlot = true;
  method(listType, '__iadd__', 1, 1, (self: PyList, o) => {
    self.items.push(...(o instanceof PyList || o instanceof PyTuple ? o.items : hintedArray(o!)));
    return self;
  });
  method(listType, '__mul__', 1, 1, (self: PyList, n) => {
    const c = repeatCount(n!);
    if (c === null) return NotImplemented;
    return new PyList(repeatArray(self.items, c));
  }).seqSlot = true;
  method(listType, '__rmul__', 1, 1, (self: PyList, n) => {
    const c = repeatCount(n!);
    if (c === null) return NotImplemented;
    return new PyList(repeatArray(self.items, c));
  }).seqSlot = true;
  method(listType, '__imul__', 1, 1, (self: PyList, n) => {
    const c = repeatCount(n!);
    if (c === null) throw typeError(`can't multiply sequence by non-int of type '${typeOf(n!).name}'`);
    self.items = repeatArray(self.items, c);
    return self;
  });
  for (const [name, op] of CMPS) {
    method(listType, name, 1, 1, (self: PyList, o) => {
      if (!(o instanceof PyList)) return NotImplemented;
      return listCompare(self, o, op);
    });
  }
  method(listType, '__repr__', 0, 0, (self: PyList) => withReprGuard(self, '[...]', () => seqRepr(self.items, '[', ']', false)));
  listType.ns.set('__hash__', None);
  method(listType, '__sizeof__', 0, 0, (self: PyList) => 40 + 8 * self.items.length);
  classMethod(listType, '__class_getitem__', (args) => genericAlias(args[0]!, args[1]!));

  // --- tuple ---
  const objectInit = objectType.ns.get('__init__');
  tupleType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    const cls = args[0] as PyType;
    if (kw && kw.length) {
      // tuple_new: keywords are refused unless a subclass's own __init__ may take them
      if (cls === tupleType || cls.lookup('__init__') === objectInit) noKw('tuple', kw);
      args = args.slice(0, args.length - kw.length);
    }
    if (args.length > 2) throw typeError(`tuple expected at most 1 argument, got ${args.length - 1}`);
    if (args.length === 1) return cls === tupleType ? EMPTY_TUPLE : new PyTuple([], cls);
    const src = args[1]!;
    if (cls === tupleType && src instanceof PyTuple && src.cls === tupleType) return src;
    const items = hintedArray(src);
    return cls === tupleType ? tuple(items) : new PyTuple(items, cls);
  })));
  method(tupleType, '__len__', 0, 0, (self: PyTuple) => self.items.length);
  method(tupleType, '__getitem__', 1, 1, (self: PyTuple, k) => {
    if (k instanceof PySlice) {
      const s = sliceIndices(k, self.items.length);
      return tuple(sliceArray(self.items, s.start, s.step, s.len));
    }
    if (intValue(k!) === undefined && typeOf(k!).lookup('__index__') === undefined) {
      throw typeError(`tuple indices must be integers or slices, not ${typeOf(k!).name}`);
    }
    const n = self.items.length;
    const i = normIndex(k!, n);
    if (i < 0 || i >= n) throw indexError('tuple index out of range');
    return self.items[i]!;
  });
  method(tupleType, '__contains__', 1, 1, (self: PyTuple, x) => listIndexOf(self.items, x!, 0, self.items.length) >= 0);
  method(tupleType, '__iter__', 0, 0, (self: PyTuple) => new ArrayIterator(self.items));
  method(tupleType, 'index', 1, 3, (self: PyTuple, x, ...rest) => {
    const [start, stop] = sliceBounds(rest as Value[], self.items.length);
    const i = listIndexOf(self.items, x!, start, stop);
    if (i < 0) throw valueError('tuple.index(x): x not in tuple');
    return i;
  });
  method(tupleType, 'count', 1, 1, (self: PyTuple, x) => {
    let c = 0;
    for (const y of self.items) if (y === x || pyEq(y, x!)) c++;
    return c;
  });
  method(tupleType, '__add__', 1, 1, (self: PyTuple, o) => {
    if (!(o instanceof PyTuple)) throw typeError(`can only concatenate tuple (not "${typeOf(o!).name}") to tuple`);
    return tuple(self.items.concat(o.items));
  }).seqSlot = true;
  method(tupleType, '__mul__', 1, 1, (self: PyTuple, n) => {
    const c = repeatCount(n!);
    if (c === null) return NotImplemented;
    if (c === 1 && self.cls === tupleType) return self;
    return tuple(repeatArray(self.items, c));
  }).seqSlot = true;
  method(tupleType, '__rmul__', 1, 1, (self: PyTuple, n) => {
    const c = repeatCount(n!);
    if (c === null) return NotImplemented;
    if (c === 1 && self.cls === tupleType) return self;
    return tuple(repeatArray(self.items, c));
  }).seqSlot = true;
  for (const [name, op] of CMPS) {
    method(tupleType, name, 1, 1, (self: PyTuple, o) => {
      if (!(o instanceof PyTuple)) return NotImplemented;
      return seqCompare(self.items, o.items, op);
    });
  }
  method(tupleType, '__hash__', 0, 0, (self: PyTuple) => hashTupleOf(self.items.map(hashOf)));
  method(tupleType, '__repr__', 0, 0, (self: PyTuple) => withReprGuard(self, '(...)', () => seqRepr(self.items, '(', ')', true)));
  method(tupleType, '__getnewargs__', 0, 0, (self: PyTuple) => tuple([tuple(self.items)]));
  method(tupleType, '__sizeof__', 0, 0, (self: PyTuple) => 24 + 8 * self.items.length);

  // --- iterator pickling (listiter_reduce, listreviter_reduce, tupleiter_reduce) and __setstate__ ---
  const iterFn = (): Value => TS.frame!.builtins.getStr('iter')!;
  method(listIteratorType, '__reduce__', 0, 0, (self: ListIterator) =>
    self.list !== null ? tuple([iterFn(), tuple([self.list]), self.i]) : tuple([iterFn(), tuple([new PyList([])])]));
  method(listIteratorType, '__setstate__', 1, 1, (self: ListIterator, st) => {
    let i = indexClamped(st!);
    if (self.list !== null) {
      if (i < 0) i = 0;
      else if (i > self.list.items.length) i = self.list.items.length;
      self.i = i;
    }
    return None;
  });
  method(listReverseIteratorType, '__reduce__', 0, 0, (self: ListReverseIterator) =>
    self.list !== null ? tuple([reversedType, tuple([self.list]), self.i]) : tuple([iterFn(), tuple([new PyList([])])]));
  method(listReverseIteratorType, '__setstate__', 1, 1, (self: ListReverseIterator, st) => {
    let i = indexClamped(st!);
    if (self.list !== null) {
      if (i < -1) i = -1;
      else if (i > self.list.items.length - 1) i = self.list.items.length - 1;
      self.i = i;
    }
    return None;
  });
  method(tupleIteratorType, '__reduce__', 0, 0, (self: ArrayIterator) =>
    self.i < self.items.length ? tuple([iterFn(), tuple([tuple(self.items)]), self.i]) : tuple([iterFn(), tuple([EMPTY_TUPLE])]));
  method(tupleIteratorType, '__setstate__', 1, 1, (self: ArrayIterator, st) => {
    let i = indexClamped(st!);
    if (i < 0) i = 0;
    else if (i > self.items.length) i = self.items.length;
    self.i = i;
    return None;
  });

  method(reversedType, '__reduce__', 0, 0, (self: ReversedSeq) =>
    self.seq !== null ? tuple([self.cls, tuple([self.seq]), self.i]) : tuple([self.cls, tuple([EMPTY_TUPLE])]));
  method(reversedType, '__setstate__', 1, 1, (self: ReversedSeq, st) => {
    let i = indexClamped(st!);
    if (self.seq !== null) {
      const n = Number(len(self.seq));
      if (i < -1) i = -1;
      else if (i > n - 1) i = n - 1;
      self.i = i;
    }
    return None;
  });

  // type.__itemsize__: the size of the items of a variable-size builtin layout (tuple, int, bytes)
  getset(typeType, '__itemsize__', (t: PyType) => {
    for (const m of t.mro) {
      if (m === tupleType) return 8;
      if (m === intType) return 4;
      if (m.name === 'bytes' && !m.isHeap()) return 1;
      if (m === typeType) return 40;
    }
    return 0;
  });
  classMethod(tupleType, '__class_getitem__', (args) => genericAlias(args[0]!, args[1]!));
  void arity;
  void getItem;
  void richCompare;
  void index;
  void call;
  void isSubtype;
  void intType;
  void PyFloat;
  void ValueError;
  void itemsOf;
}

const CMPS: [string, number][] = [['__lt__', 0], ['__le__', 1], ['__eq__', 2], ['__ne__', 3], ['__gt__', 4], ['__ge__', 5]];

let otherConcat: (a: Value, b: Value) => Value | undefined = () => undefined;
let otherRepeatable: (a: Value) => boolean = () => false;
let otherRepeat: (a: Value, n: number) => Value = () => None;
export function setSeqExtensions(concat: (a: Value, b: Value) => Value | undefined, repeatable: (a: Value) => boolean, repeat: (a: Value, n: number) => Value): void {
  otherConcat = concat;
  otherRepeatable = repeatable;
  otherRepeat = repeat;
}
function seqConcatOthers(a: Value, b: Value): Value | undefined {
  return otherConcat(a, b);
}
function isSeqRepeatable(a: Value): boolean {
  return otherRepeatable(a);
}

function seqRepeat(a: Value, n: number): Value {
  if (a instanceof PyList) return new PyList(repeatArray(a.items, n));
  if (a instanceof PyTuple) return n === 1 && a.cls === tupleType ? a : tuple(repeatArray(a.items, n));
  const sa = strValue(a);
  if (sa !== undefined) {
    if (sa.length * n > 2 ** 29) throw newExc(MemoryErrorRef(), '');
    return sa.repeat(n);
  }
  return otherRepeat(a, n);
}
