// Native iterators. Each implements next(): the next value, or undefined when exhausted (no
// StopIteration is created on the fast paths); their Python-visible __next__ raises it.

import { PyObject, type Value } from './object.js';
import { builtinType, objectType, TF_BASETYPE, type PyType } from './type.js';
import type { PyList } from './list.js';
import type { PyDict } from './dict.js';
import type { PySet } from './set.js';
import { tuple } from './tuple.js';
import { call, getItem, iterNext, pyEq, truthy } from './abstract.js';
import { IndexError, isExcInstance, runtimeError, StopIteration, valueError } from './exceptions.js';
import { intAdd, type Int } from './int.js';
import { astralCodePoints } from './str.js';

export abstract class PyIter extends PyObject {
  abstract next(): Value | undefined;
  /** __length_hint__, when known. */
  lengthHint(): number {
    return 0;
  }
}

const iterType = (name: string, flags = 0): PyType => builtinType(name, objectType, flags);

export const listIteratorType = iterType('list_iterator');
export const listReverseIteratorType = iterType('list_reverseiterator');
export const tupleIteratorType = iterType('tuple_iterator');
export const strIteratorType = iterType('str_ascii_iterator');
export const strUnicodeIteratorType = iterType('str_iterator');
export const rangeIteratorType = iterType('range_iterator');
export const longRangeIteratorType = iterType('longrange_iterator');
export const dictKeyIteratorType = iterType('dict_keyiterator');
export const dictValueIteratorType = iterType('dict_valueiterator');
export const dictItemIteratorType = iterType('dict_itemiterator');
export const dictReverseKeyIteratorType = iterType('dict_reversekeyiterator');
export const setIteratorType = iterType('set_iterator');
export const seqIteratorType = iterType('iterator');
export const callableIteratorType = iterType('callable_iterator');
export const reversedType = iterType('reversed', TF_BASETYPE);
export const enumerateType = iterType('enumerate', TF_BASETYPE);
export const zipType = iterType('zip', TF_BASETYPE);
export const mapType = iterType('map', TF_BASETYPE);
export const filterType = iterType('filter', TF_BASETYPE);
export const bytesIteratorType = iterType('bytes_iterator');

export class ListIterator extends PyIter {
  list: PyList | null;
  i = 0;
  constructor(list: PyList) {
    super(listIteratorType);
    this.list = list;
  }
  next(): Value | undefined {
    const l = this.list;
    if (l === null) return undefined;
    if (this.i < l.items.length) return l.items[this.i++];
    this.list = null;
    return undefined;
  }
  override lengthHint(): number {
    return this.list ? Math.max(0, this.list.items.length - this.i) : 0;
  }
}

export class ListReverseIterator extends PyIter {
  list: PyList | null;
  i: number;
  constructor(list: PyList) {
    super(listReverseIteratorType);
    this.list = list;
    this.i = list.items.length - 1;
  }
  next(): Value | undefined {
    const l = this.list;
    if (l === null) return undefined;
    if (this.i >= 0 && this.i < l.items.length) return l.items[this.i--];
    this.list = null;
    return undefined;
  }
  override lengthHint(): number {
    return this.list ? Math.max(0, Math.min(this.i + 1, this.list.items.length)) : 0;
  }
}

/** Iterates a fixed array (tuples, and snapshots). */
export class ArrayIterator extends PyIter {
  items: Value[];
  i = 0;
  constructor(items: Value[], cls: PyType = tupleIteratorType) {
    super(cls);
    this.items = items;
  }
  next(): Value | undefined {
    return this.i < this.items.length ? this.items[this.i++] : undefined;
  }
  override lengthHint(): number {
    return this.items.length - this.i;
  }
}

export class StrIterator extends PyIter {
  s: string;
  cps: number[] | null;
  i = 0;
  constructor(s: string) {
    const cps = astralCodePoints(s);
    let ascii = true;
    for (let i = 0; i < s.length && ascii; i++) if (s.charCodeAt(i) > 127) ascii = false;
    super(ascii ? strIteratorType : strUnicodeIteratorType);
    this.s = s;
    this.cps = cps;
  }
  next(): Value | undefined {
    if (this.cps) return this.i < this.cps.length ? String.fromCodePoint(this.cps[this.i++]!) : undefined;
    return this.i < this.s.length ? this.s[this.i++] : undefined;
  }
  override lengthHint(): number {
    return (this.cps ? this.cps.length : this.s.length) - this.i;
  }
}

export class RangeIterator extends PyIter {
  cur: number;
  step: number;
  remaining: number;
  constructor(start: number, step: number, len: number) {
    super(rangeIteratorType);
    this.cur = start;
    this.step = step;
    this.remaining = len;
  }
  next(): Value | undefined {
    if (this.remaining <= 0) return undefined;
    this.remaining--;
    const v = this.cur;
    this.cur += this.step;
    return v;
  }
  override lengthHint(): number {
    return this.remaining;
  }
}

export class BigRangeIterator extends PyIter {
  cur: Int;
  step: Int;
  remaining: Int;
  constructor(start: Int, step: Int, len: Int) {
    super(longRangeIteratorType);
    this.cur = start;
    this.step = step;
    this.remaining = len;
  }
  next(): Value | undefined {
    if (this.remaining <= 0) return undefined;
    this.remaining = intAdd(this.remaining, -1);
    const v = this.cur;
    this.cur = intAdd(this.cur, this.step);
    return v;
  }
  override lengthHint(): number {
    return Number(this.remaining);
  }
}

export const DICT_KEYS = 0;
export const DICT_VALUES = 1;
export const DICT_ITEMS = 2;

export class DictIterator extends PyIter {
  d: PyDict;
  it: Iterator<[unknown, Value]>;
  size: number;
  kind: number;
  remaining: number;
  constructor(dict: PyDict, kind: number) {
    super(kind === DICT_KEYS ? dictKeyIteratorType : kind === DICT_VALUES ? dictValueIteratorType : dictItemIteratorType);
    this.d = dict;
    this.it = dict.map.entries();
    this.size = dict.map.size;
    this.kind = kind;
    this.remaining = this.size;
  }
  next(): Value | undefined {
    if (this.d.map.size !== this.size) {
      this.size = -1;
      throw runtimeError('dictionary changed size during iteration');
    }
    const r = this.it.next();
    if (r.done) return undefined;
    if (this.remaining <= 0) {
      // an entry the iteration did not start with (deleted and re-added keys)
      this.size = -1;
      throw runtimeError('dictionary keys changed during iteration');
    }
    this.remaining--;
    const [n, v] = r.value;
    if (this.kind === DICT_VALUES) return v;
    const k = this.d.origKey(n);
    return this.kind === DICT_KEYS ? k : tuple([k, v]);
  }
  override lengthHint(): number {
    return Math.max(0, this.remaining);
  }
}

export class SetIterator extends PyIter {
  set: PySet | null;
  used: number;
  pos = 0;
  constructor(set: PySet) {
    super(setIteratorType);
    this.set = set;
    this.used = set.used;
  }
  next(): Value | undefined {
    const s = this.set;
    if (s === null) return undefined;
    if (this.used !== s.used) {
      this.used = -1;
      throw runtimeError('Set changed size during iteration');
    }
    const i = s.nextSlot(this.pos);
    if (i < 0) {
      this.set = null;
      return undefined;
    }
    this.pos = i + 1;
    this.taken++;
    return s.keys[i]!;
  }
  taken = 0;
  override lengthHint(): number {
    return this.set !== null && this.used === this.set.used ? this.used - this.taken : 0;
  }
}

/** iter(obj) for objects with only __getitem__. */
export class SeqIterator extends PyIter {
  seq: Value | null;
  i = 0;
  constructor(seq: Value) {
    super(seqIteratorType);
    this.seq = seq;
  }
  next(): Value | undefined {
    if (this.seq === null) return undefined;
    try {
      return getItem(this.seq, this.i++);
    } catch (e) {
      if (isExcInstance(e, IndexError) || isExcInstance(e, StopIteration)) {
        this.seq = null;
        return undefined;
      }
      throw e;
    }
  }
}

/** iter(callable, sentinel). */
export class CallableIterator extends PyIter {
  fn: Value | null;
  sentinel: Value;
  constructor(fn: Value, sentinel: Value) {
    super(callableIteratorType);
    this.fn = fn;
    this.sentinel = sentinel;
  }
  next(): Value | undefined {
    if (this.fn === null) return undefined;
    let v: Value;
    try {
      v = call(this.fn, []);
    } catch (e) {
      if (isExcInstance(e, StopIteration)) {
        this.fn = null;
        return undefined;
      }
      throw e;
    }
    if (pyEq(v, this.sentinel)) {
      this.fn = null;
      return undefined;
    }
    return v;
  }
}

/** reversed(seq) through __len__ and __getitem__. */
export class ReversedSeq extends PyIter {
  seq: Value | null;
  i: number;
  constructor(seq: Value, len: number, cls: PyType = reversedType) {
    super(cls);
    this.seq = seq;
    this.i = len - 1;
  }
  next(): Value | undefined {
    if (this.seq === null || this.i < 0) {
      this.seq = null;
      return undefined;
    }
    try {
      return getItem(this.seq, this.i--);
    } catch (e) {
      if (isExcInstance(e, IndexError) || isExcInstance(e, StopIteration)) {
        this.seq = null;
        return undefined;
      }
      throw e;
    }
  }
  override lengthHint(): number {
    return this.seq ? this.i + 1 : 0;
  }
}

export class EnumerateIter extends PyIter {
  it: Value;
  n: Int;
  constructor(it: Value, start: Int, cls: PyType = enumerateType) {
    super(cls);
    this.it = it;
    this.n = start;
  }
  next(): Value | undefined {
    const v = iterNext(this.it);
    if (v === undefined) return undefined;
    const i = this.n;
    this.n = typeof i === 'number' && i < 9007199254740991 ? i + 1 : intAdd(i, 1);
    return tuple([i, v]);
  }
}

export class ZipIter extends PyIter {
  its: Value[];
  strict: boolean;
  done = false;
  constructor(its: Value[], strict: boolean, cls: PyType = zipType) {
    super(cls);
    this.its = its;
    this.strict = strict;
  }
  next(): Value | undefined {
    if (this.done || this.its.length === 0) return undefined;
    const out: Value[] = [];
    for (let i = 0; i < this.its.length; i++) {
      const v = iterNext(this.its[i]!);
      if (v === undefined) {
        this.done = true;
        if (this.strict) {
          if (i > 0) {
            throw valueError(`zip() argument ${i + 1} is shorter than argument${i === 1 ? '' : 's'} 1${i === 1 ? '' : '-' + i}`);
          }
          for (let j = 1; j < this.its.length; j++) {
            if (iterNext(this.its[j]!) !== undefined) {
              throw valueError(`zip() argument ${j + 1} is longer than argument${j === 1 ? '' : 's'} 1${j === 1 ? '' : '-' + j}`);
            }
          }
        }
        return undefined;
      }
      out.push(v);
    }
    return tuple(out);
  }
}

export class MapIter extends PyIter {
  fn: Value;
  its: Value[];
  constructor(fn: Value, its: Value[], cls: PyType = mapType) {
    super(cls);
    this.fn = fn;
    this.its = its;
  }
  next(): Value | undefined {
    const args: Value[] = [];
    for (const it of this.its) {
      const v = iterNext(it);
      if (v === undefined) return undefined;
      args.push(v);
    }
    return call(this.fn, args);
  }
}

export class FilterIter extends PyIter {
  fn: Value | null;
  it: Value;
  constructor(fn: Value | null, it: Value, cls: PyType = filterType) {
    super(cls);
    this.fn = fn;
    this.it = it;
  }
  next(): Value | undefined {
    for (;;) {
      const v = iterNext(this.it);
      if (v === undefined) return undefined;
      if (this.fn === null ? truthy(v) : truthy(call(this.fn, [v]))) return v;
    }
  }
}

export class BytesIterator extends PyIter {
  data: Uint8Array;
  i = 0;
  constructor(data: Uint8Array) {
    super(bytesIteratorType);
    this.data = data;
  }
  next(): Value | undefined {
    return this.i < this.data.length ? this.data[this.i++]! : undefined;
  }
}
