// _collections: deque and defaultdict (Modules/_collectionsmodule.c). OrderedDict and
// _count_elements come from collections/__init__.py's pure-Python versions.

import { PyObject, type Value } from '../object.js';
import { PyModule } from '../module.js';
import { importAbs } from '../import.js';
import { hideCode } from '../code-info.js';
import { builtinType, None, NotImplemented, objectType, PyType, TF_BASETYPE, TF_SEQUENCE, typeOf } from '../type.js';
import { PyDict, dictType } from '../dict.js';
import { PyIter } from '../iter.js';
import { tuple } from '../tuple.js';
import { PyList } from '../list.js';
import { method, methodRaw, PyBuiltin, PyStaticMethod, getset, classMethod, PyClassMethod, PyFunction } from '../function.js';
import { indexError, newExc, typeError, valueError, KeyError, StopIteration, runtimeError, keyError, AttributeError } from '../exceptions.js';
import { call, indexClamped, pyEq, repr, toArray, withReprGuard, EQ, NE, callSpecial, strValue } from '../abstract.js';
import { seqCompare } from '../list-methods.js';
import { dictMerge } from '../dict-methods.js';
import { genericAlias } from '../alias.js';
import { intValue } from '../numeric.js';
import { bindKw } from '../number-methods.js';

export const dequeType = builtinType('deque', objectType, TF_BASETYPE | TF_SEQUENCE);
dequeType.moduleName = 'collections';
export const defaultdictType = builtinType('defaultdict', dictType, TF_BASETYPE);
defaultdictType.moduleName = 'collections';
const dequeIterType = builtinType('_deque_iterator', objectType, 0);
dequeIterType.moduleName = '_collections';

/** A ring buffer would be faster; an array with a moving head is simple and amortized O(1). */
export class PyDeque extends PyObject {
  items: Value[] = [];
  head = 0;
  maxlen: number | null = null;
  state = 0;
  constructor(cls: PyType = dequeType) {
    super(cls);
  }
  get length(): number {
    return this.items.length - this.head;
  }
  arr(): Value[] {
    if (this.head > 0) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return this.items;
  }
  push(v: Value): void {
    this.items.push(v);
    this.state++;
    if (this.maxlen !== null && this.length > this.maxlen) this.shift();
  }
  unshift(v: Value): void {
    if (this.head > 0) this.items[--this.head] = v;
    else this.items.unshift(v);
    this.state++;
    if (this.maxlen !== null && this.length > this.maxlen) this.items.pop();
  }
  shift(): Value {
    const v = this.items[this.head]!;
    this.head++;
    this.state++;
    if (this.head > 1024 && this.head * 2 > this.items.length) this.arr();
    return v;
  }
  pop(): Value {
    this.state++;
    const v = this.items.pop()!;
    if (this.items.length === this.head) {
      this.items = [];
      this.head = 0;
    }
    return v;
  }
  get(i: number): Value {
    return this.items[this.head + i]!;
  }
  set(i: number, v: Value): void {
    this.items[this.head + i] = v;
  }
}

class DequeIter extends PyIter {
  i = 0;
  state: number;
  constructor(readonly d: PyDeque, readonly rev: boolean) {
    super(dequeIterType);
    this.state = d.state;
  }
  next(): Value | undefined {
    if (this.d.state !== this.state) throw runtimeError('deque mutated during iteration');
    if (this.i >= this.d.length) return undefined;
    const k = this.rev ? this.d.length - 1 - this.i : this.i;
    this.i++;
    return this.d.get(k);
  }
}

function dq(v: Value): PyDeque {
  return v as PyDeque;
}

export function initCollections(m: PyModule): void {
  const D = dequeType;
  D.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args) => new PyDeque(args[0] as PyType))));
  methodRaw(D, '__init__', (args, kw) => {
    const self = dq(args[0]!);
    const p = bindKw('deque', args.slice(1), kw, [], { iterable: None, maxlen: None }, ['iterable', 'maxlen'], true);
    const ml = p['maxlen']!;
    if (ml !== None) {
      const n = intValue(ml);
      if (n === undefined) throw typeError('an integer is required');
      if (n < 0) throw valueError('maxlen must be non-negative');
      self.maxlen = Number(n);
    } else self.maxlen = null;
    self.items = [];
    self.head = 0;
    if (p['iterable'] !== None) for (const x of toArray(p['iterable']!)) self.push(x);
    return None;
  });
  method(D, 'append', 1, 1, (self, x) => (dq(self).push(x!), None));
  method(D, 'appendleft', 1, 1, (self, x) => (dq(self).unshift(x!), None));
  method(D, 'pop', 0, 0, (self) => {
    const d = dq(self);
    if (d.length === 0) throw indexError('pop from an empty deque');
    return d.pop();
  });
  method(D, 'popleft', 0, 0, (self) => {
    const d = dq(self);
    if (d.length === 0) throw indexError('pop from an empty deque');
    return d.shift();
  });
  method(D, 'extend', 1, 1, (self, it) => {
    const d = dq(self);
    for (const x of toArray(it!)) d.push(x);
    return None;
  });
  method(D, 'extendleft', 1, 1, (self, it) => {
    const d = dq(self);
    for (const x of toArray(it!)) d.unshift(x);
    return None;
  });
  method(D, 'clear', 0, 0, (self) => {
    const d = dq(self);
    d.items = [];
    d.head = 0;
    d.state++;
    return None;
  });
  method(D, 'copy', 0, 0, (self) => {
    const d = dq(self);
    const c = new PyDeque(d.cls);
    c.maxlen = d.maxlen;
    c.items = d.arr().slice();
    return c;
  });
  method(D, 'count', 1, 1, (self, x) => dq(self).arr().filter((y) => y === x || pyEq(y, x!)).length);
  method(D, 'index', 1, 3, (self, x, a, b) => {
    const arr = dq(self).arr();
    const n = arr.length;
    let s = a === undefined ? 0 : indexClamped(a);
    let e = b === undefined ? n : indexClamped(b);
    if (s < 0) s = Math.max(0, s + n);
    if (e < 0) e = Math.max(0, e + n);
    for (let i = s; i < Math.min(e, n); i++) if (arr[i] === x || pyEq(arr[i]!, x!)) return i;
    throw valueError(`${repr(x!)} is not in deque`);
  });
  method(D, 'insert', 2, 2, (self, i, x) => {
    const d = dq(self);
    if (d.maxlen !== null && d.length >= d.maxlen) throw indexError('deque already at its maximum size');
    const arr = d.arr();
    let k = indexClamped(i!);
    if (k < 0) k = Math.max(0, k + arr.length);
    arr.splice(Math.min(k, arr.length), 0, x!);
    d.state++;
    return None;
  });
  method(D, 'remove', 1, 1, (self, x) => {
    const d = dq(self);
    const arr = d.arr();
    for (let i = 0; i < arr.length; i++) {
      if (arr[i] === x || pyEq(arr[i]!, x!)) {
        arr.splice(i, 1);
        d.state++;
        return None;
      }
    }
    throw valueError(`${repr(x!)} is not in deque`);
  });
  method(D, 'reverse', 0, 0, (self) => {
    dq(self).arr().reverse();
    dq(self).state++;
    return None;
  });
  method(D, 'rotate', 0, 1, (self, n) => {
    const d = dq(self);
    const arr = d.arr();
    const len = arr.length;
    if (len <= 1) return None;
    let k = n === undefined ? 1 : indexClamped(n);
    k = ((k % len) + len) % len;
    if (k) d.items = arr.slice(len - k).concat(arr.slice(0, len - k));
    d.state++;
    return None;
  });
  method(D, '__len__', 0, 0, (self) => dq(self).length);
  method(D, '__bool__', 0, 0, (self) => dq(self).length > 0);
  method(D, '__iter__', 0, 0, (self) => new DequeIter(dq(self), false));
  method(D, '__reversed__', 0, 0, (self) => new DequeIter(dq(self), true));
  method(D, '__getitem__', 1, 1, (self, k) => {
    const d = dq(self);
    if (intValue(k!) === undefined) throw typeError(`sequence index must be integer, not '${typeOf(k!).name}'`);
    let i = indexClamped(k!);
    if (i < 0) i += d.length;
    if (i < 0 || i >= d.length) throw indexError('deque index out of range');
    return d.get(i);
  });
  method(D, '__setitem__', 2, 2, (self, k, v) => {
    const d = dq(self);
    let i = indexClamped(k!);
    if (i < 0) i += d.length;
    if (i < 0 || i >= d.length) throw indexError('deque index out of range');
    d.set(i, v!);
    return None;
  });
  method(D, '__delitem__', 1, 1, (self, k) => {
    const d = dq(self);
    let i = indexClamped(k!);
    if (i < 0) i += d.length;
    if (i < 0 || i >= d.length) throw indexError('deque index out of range');
    d.arr().splice(i, 1);
    d.state++;
    return None;
  });
  method(D, '__contains__', 1, 1, (self, x) => dq(self).arr().some((y) => y === x || pyEq(y, x!)));
  method(D, '__repr__', 0, 0, (self) => {
    const d = dq(self);
    return withReprGuard(d, '[...]', () => {
      const body = `[${d.arr().map(repr).join(', ')}]`;
      const name = d.cls.shortName;
      return d.maxlen === null ? `${name}(${body})` : `${name}(${body}, maxlen=${d.maxlen})`;
    });
  });
  for (const [name, op] of [['__lt__', 0], ['__le__', 1], ['__eq__', EQ], ['__ne__', NE], ['__gt__', 4], ['__ge__', 5]] as const) {
    method(D, name, 1, 1, (self, o) => (o instanceof PyDeque ? seqCompare(dq(self).arr(), o.arr(), op) : NotImplemented));
  }
  method(D, '__add__', 1, 1, (self, o) => {
    if (!(o instanceof PyDeque)) throw typeError(`can only concatenate deque (not "${typeOf(o!).name}") to deque`);
    const c = new PyDeque(dq(self).cls);
    c.maxlen = dq(self).maxlen;
    for (const x of [...dq(self).arr(), ...o.arr()]) c.push(x);
    return c;
  });
  method(D, '__iadd__', 1, 1, (self, o) => {
    for (const x of toArray(o!)) dq(self).push(x);
    return self;
  });
  method(D, '__mul__', 1, 1, (self, n) => {
    const c = new PyDeque(dq(self).cls);
    c.maxlen = dq(self).maxlen;
    const k = indexClamped(n!);
    for (let i = 0; i < k; i++) for (const x of dq(self).arr()) c.push(x);
    return c;
  });
  method(D, '__copy__', 0, 0, (self) => callSpecial(self, 'copy', [])!);
  method(D, '__reduce__', 0, 0, (self) => tuple([dq(self).cls, tuple([new PyList(dq(self).arr().slice())])]));
  D.ns.set('__hash__', None);
  getset(D, 'maxlen', (self) => dq(self).maxlen ?? None);
  classMethod(D, '__class_getitem__', (args) => genericAlias(args[0]!, args[1]!));
  for (const n of ['__iter__', '__next__']) void n;
  method(dequeIterType, '__iter__', 0, 0, (self) => self);
  method(dequeIterType, '__next__', 0, 0, (self: DequeIter) => {
    const v = self.next();
    if (v === undefined) throw newExc(StopIteration);
    return v;
  });

  // defaultdict
  const DD = defaultdictType;
  DD.hasDict = false;
  methodRaw(DD, '__init__', (args, kw) => {
    const self = args[0] as PyDict;
    const nkw = kw?.length ?? 0;
    const pos = args.slice(1, args.length - nkw);
    let factory: Value = None;
    if (pos.length) {
      factory = pos.shift()!;
      if (factory !== None && typeOf(factory).lookup('__call__') === undefined && !(factory instanceof PyType)) {
        throw typeError('first argument must be callable or None');
      }
    }
    defaultFactories.set(self, factory);
    const init = dictType.ns.get('__init__') as unknown as { fn: (a: Value[], k: readonly string[] | null) => Value };
    init.fn([self, ...pos, ...args.slice(args.length - nkw)], kw);
    return None;
  });
  method(DD, '__missing__', 1, 1, (self, k) => {
    const f = defaultFactories.get(self as PyDict) ?? None;
    if (f === None) throw keyError(k!);
    const v = call(f, []);
    (self as PyDict).set(k!, v);
    return v;
  });
  getset(DD, 'default_factory', (self) => defaultFactories.get(self as PyDict) ?? None, (self, v) => {
    defaultFactories.set(self as PyDict, v ?? None);
  });
  method(DD, '__repr__', 0, 0, (self) => {
    const f = defaultFactories.get(self as PyDict) ?? None;
    const dictRepr = (dictType.ns.get('__repr__') as unknown as { fn: (a: Value[], k: null) => Value }).fn([self], null) as string;
    return withReprGuard(self as PyDict, '...', () => `${(self as PyDict).cls.shortName}(${f === None ? 'None' : repr(f)}, ${dictRepr})`);
  });
  method(DD, 'copy', 0, 0, (self) => {
    const d = (self as PyDict).copy((self as PyDict).cls);
    defaultFactories.set(d, defaultFactories.get(self as PyDict) ?? None);
    return d;
  });
  DD.ns.set('__copy__', DD.ns.get('copy')!);
  // defdict_or: type(dd)(dd.default_factory, left), updated with right (for both | and reflected |)
  const ddOr = (dd: PyDict, left: Value, right: Value, other: Value): Value => {
    if (!(other instanceof PyDict)) return NotImplemented;
    const r = call(typeOf(dd), [defaultFactories.get(dd) ?? None, left]);
    if (!(r instanceof PyDict)) throw typeError(`'${typeOf(r).name}' object is not a dict`);
    dictMerge(r, right);
    return r;
  };
  method(DD, '__or__', 1, 1, (self: PyDict, o) => ddOr(self, self, o!, o!));
  method(DD, '__ror__', 1, 1, (self: PyDict, o) => ddOr(self, o!, self, o!));
  method(DD, '__reduce__', 0, 0, (self) => tuple([(self as PyDict).cls, tuple([defaultFactories.get(self as PyDict) ?? None]), None, None, new PyList((self as PyDict).entriesArray().map((e) => tuple(e)))]));
  m.ns.setStr('deque', D);
  m.ns.setStr('defaultdict', DD);
  m.ns.setStr('_deque_iterator', dequeIterType);
  // CPython's OrderedDict is C code: collections/__init__.py's `from _collections import
  // OrderedDict` gets its own pure-Python class back, with its frames hidden from tracebacks.
  m.ns.setStr('__getattr__', new PyBuiltin('__getattr__', (args) => {
    const name = strValue(args[0]!) ?? '';
    const coll = name === 'OrderedDict' ? (importAbs('sys') as PyModule).ns.getStr('modules') : undefined;
    const cm = coll instanceof PyDict ? coll.getStr('collections') : undefined;
    const od = cm instanceof PyModule ? cm.ns.getStr('OrderedDict') : undefined;
    if (od instanceof PyType) {
      for (const v of od.ns.values()) {
        const fn: Value = v instanceof PyClassMethod || v instanceof PyStaticMethod ? v.func : v;
        if (fn instanceof PyFunction) hideCode(fn.info);
      }
      m.ns.setStr('OrderedDict', od);
      return od;
    }
    throw newExc(AttributeError, `module '_collections' has no attribute '${name}'`);
  }, m));
  void KeyError;
}

const defaultFactories = new WeakMap<PyDict, Value>();
