// _functools (Modules/_functoolsmodule.c): reduce, cmp_to_key, partial and _lru_cache_wrapper,
// so that tracebacks and reprs show no pure-Python functools frames, as in CPython.

import { PyObject, type Value } from '../object.js';
import type { PyModule } from '../module.js';
import { builtinType, None, objectType, PyType, TF_BASETYPE, typeOf, isSubtype } from '../type.js';
import { PyTuple, tuple, EMPTY_TUPLE } from '../tuple.js';
import { PyDict } from '../dict.js';
import { getset, method, methodRaw, PyBuiltin, PyMethod, PyStaticMethod, classMethod } from '../function.js';
import { typeError, TypeError } from '../exceptions.js';
import { call, callKw, getIter, iterNext, repr, richCompare, strValue, truthy } from '../abstract.js';
import { intValue } from '../numeric.js';
import { genericAlias } from '../alias.js';
import { def } from './util.js';

// --- reduce -------------------------------------------------------------------------------------

function reduce(args: Value[], kw: readonly string[] | null): Value {
  if (kw && kw.length) throw typeError('reduce() takes no keyword arguments');
  if (args.length < 2) throw typeError(`reduce expected at least 2 arguments, got ${args.length}`);
  if (args.length > 3) throw typeError(`reduce expected at most 3 arguments, got ${args.length}`);
  const [fn, seq] = args as [Value, Value];
  let it: Value;
  try {
    it = getIter(seq);
  } catch (e) {
    if (e instanceof PyObject && isSubtype(typeOf(e), TypeError)) throw typeError('reduce() arg 2 must support iteration');
    throw e;
  }
  let acc: Value | null = args.length === 3 ? args[2]! : null;
  for (;;) {
    const x = iterNext(it);
    if (x === undefined || x === null) break;
    acc = acc === null ? x : call(fn, [acc, x]);
  }
  if (acc === null) throw typeError('reduce() of empty iterable with no initial value');
  return acc;
}

// --- cmp_to_key ---------------------------------------------------------------------------------

const keyWrapperType = builtinType('KeyWrapper', objectType, 0);
keyWrapperType.moduleName = 'functools';

class PyKeyWrapper extends PyObject {
  constructor(readonly cmp: Value, readonly obj: Value) {
    super(keyWrapperType);
  }
}

function initKeyWrapper(): void {
  const K = keyWrapperType;
  methodRaw(K, '__call__', (args, kw) => {
    const self = args[0] as PyKeyWrapper;
    const names = kw ?? [];
    const pos = args.length - 1 - names.length;
    let obj: Value | undefined;
    if (pos === 1 && names.length === 0) obj = args[1];
    else if (pos === 0 && names.length === 1 && names[0] === 'obj') obj = args[1];
    if (obj === undefined) {
      if (names.length && names[0] !== 'obj') throw typeError(`K() got an unexpected keyword argument '${names[0]}'`);
      throw typeError(`K() takes exactly 1 argument (${pos + names.length} given)`);
    }
    return new PyKeyWrapper(self.cmp, obj);
  });
  const names = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
  names.forEach((n, op) => {
    method(K, n, 1, 1, (self: PyKeyWrapper, o) => {
      if (!(o instanceof PyKeyWrapper)) throw typeError('other argument must be K instance');
      const r = call(self.cmp, [self.obj, o.obj]);
      return richCompare(r, 0, op);
    });
  });
  K.ns.set('__hash__', None);
  getset(K, 'obj', (self: PyKeyWrapper) => self.obj);
}

// --- partial ------------------------------------------------------------------------------------

export const partialType = builtinType('partial', objectType, TF_BASETYPE);
partialType.moduleName = 'functools';
partialType.hasDict = true;

class PyPartial extends PyObject {
  fn: Value = None;
  args: PyTuple = EMPTY_TUPLE;
  kw: PyDict = new PyDict();
}

function kwArgs(args: Value[], kwnames: readonly string[] | null): [Value[], PyDict] {
  const n = kwnames?.length ?? 0;
  const d = new PyDict();
  for (let i = 0; i < n; i++) d.setStr(kwnames![i]!, args[args.length - n + i]!);
  return [args.slice(0, args.length - n), d];
}

function initPartial(): void {
  const P = partialType;
  P.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kwnames) => {
    const cls = args[0] as PyType;
    const [pos, kw] = kwArgs(args.slice(1), kwnames);
    if (pos.length < 1) throw typeError('type \'partial\' takes at least one argument');
    let fn = pos[0]!;
    let pargs = pos.slice(1);
    let pkw = kw;
    if (fn instanceof PyPartial && typeOf(fn) === partialType && fn.dict !== null && fn.dict.size === 0) {
      pargs = [...fn.args.items, ...pargs];
      const merged = fn.kw.copy();
      for (const [k, v] of kw.entriesArray()) merged.set(k, v);
      pkw = merged;
      fn = fn.fn;
    } else if (fn instanceof PyPartial && typeOf(fn) === partialType && fn.dict === null) {
      pargs = [...fn.args.items, ...pargs];
      const merged = fn.kw.copy();
      for (const [k, v] of kw.entriesArray()) merged.set(k, v);
      pkw = merged;
      fn = fn.fn;
    }
    if (!isCallableValue(fn)) throw typeError('the first argument must be callable');
    const p = new PyPartial(cls);
    p.fn = fn;
    p.args = tuple(pargs);
    p.kw = pkw;
    return p;
  })));
  methodRaw(P, '__call__', (args, kwnames) => {
    const self = args[0] as PyPartial;
    const [pos, kw] = kwArgs(args.slice(1), kwnames);
    let all = self.kw;
    if (kw.size) {
      all = self.kw.copy();
      for (const [k, v] of kw.entriesArray()) all.set(k, v);
    }
    return callKw(self.fn, [...self.args.items, ...pos], all);
  });
  getset(P, 'func', (self: PyPartial) => self.fn);
  getset(P, 'args', (self: PyPartial) => self.args);
  getset(P, 'keywords', (self: PyPartial) => self.kw);
  getset(P, '__dict__', (self: PyPartial) => (self.dict ??= new PyDict()), (self: PyPartial, v) => {
    if (!(v instanceof PyDict)) throw typeError('__dict__ must be set to a dictionary');
    self.dict = v;
  });
  method(P, '__repr__', 0, 0, (self: PyPartial) => {
    const parts = [repr(self.fn), ...self.args.items.map(repr), ...self.kw.entriesArray().map(([k, v]) => `${strValue(k) ?? repr(k)}=${repr(v)}`)];
    const t = typeOf(self);
    const q = t.name;
    return `${q}(${parts.join(', ')})`;
  });
  method(P, '__reduce__', 0, 0, (self: PyPartial) =>
    tuple([typeOf(self), tuple([self.fn]), tuple([self.fn, self.args, self.kw.size ? self.kw : None, self.dict ?? None])]));
  method(P, '__setstate__', 1, 1, (self: PyPartial, st) => {
    if (!(st instanceof PyTuple) || st.items.length !== 4) throw typeError('invalid partial state');
    const [fn, a, k, d] = st.items as [Value, Value, Value, Value];
    if (!isCallableValue(fn) || !(a instanceof PyTuple) || (k !== None && !(k instanceof PyDict))) throw typeError('invalid partial state');
    self.fn = fn;
    self.args = tuple(a.items.slice());
    self.kw = k === None ? new PyDict() : (k as PyDict);
    self.dict = d === None ? null : (d as PyDict);
    return None;
  });
  classMethod(P, '__class_getitem__', (args) => genericAlias(args[0]!, args[1]!));
}

function isCallableValue(v: Value): boolean {
  return v instanceof PyBuiltin || v instanceof PyMethod || v instanceof PyType || typeOf(v).lookup('__call__') !== undefined;
}

// --- _lru_cache_wrapper ---------------------------------------------------------------------------

const lruType = builtinType('_lru_cache_wrapper', objectType, TF_BASETYPE);
lruType.moduleName = 'functools';
lruType.hasDict = true;

const KWD_MARK = new PyObject(objectType);

class PyLru extends PyObject {
  fn: Value = None;
  maxsize: number | null = null;
  typed = false;
  cacheInfoType: Value = None;
  cache = new PyDict();
  hits = 0;
  misses = 0;
}

function makeKey(args: Value[], kw: PyDict, typed: boolean): Value {
  if (!typed && kw.size === 0 && args.length === 1) {
    const t = typeOf(args[0]!);
    if (t.name === 'int' || t.name === 'str') {
      if (t === typeOf(0) || t === typeOf('')) return args[0]!;
    }
  }
  const items: Value[] = [...args];
  if (kw.size) {
    items.push(KWD_MARK);
    for (const [k, v] of kw.entriesArray()) items.push(k, v);
  }
  if (typed) {
    for (const a of args) items.push(typeOf(a));
    for (const v of kw.valuesArray()) items.push(typeOf(v));
  }
  return new PyTuple(items);
}

function initLru(): void {
  const L = lruType;
  L.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    if (kw && kw.length) throw typeError('_lru_cache_wrapper() takes no keyword arguments');
    const [cls, fn, maxsize, typed, info] = args as [PyType, Value, Value, Value, Value];
    if (args.length !== 5) throw typeError(`_lru_cache_wrapper() takes exactly 4 arguments (${args.length - 1} given)`);
    if (!isCallableValue(fn)) throw typeError('the first argument must be callable');
    const self = new PyLru(cls);
    self.fn = fn;
    if (maxsize === None) self.maxsize = null;
    else {
      const n = intValue(maxsize);
      if (n === undefined) throw typeError('maxsize should be integer or None');
      self.maxsize = n < 0n ? 0 : Number(n);
    }
    self.typed = truthy(typed);
    self.cacheInfoType = info;
    self.dict = new PyDict();
    return self;
  })));
  methodRaw(L, '__call__', (args, kwnames) => {
    const self = args[0] as PyLru;
    const [pos, kw] = kwArgs(args.slice(1), kwnames);
    if (self.maxsize === 0) {
      self.misses++;
      return callKw(self.fn, pos, kw);
    }
    const key = makeKey(pos, kw, self.typed);
    const hit = self.cache.get(key);
    if (hit !== undefined) {
      self.hits++;
      if (self.maxsize !== null) {
        self.cache.delete(key);
        self.cache.set(key, hit);
      }
      return hit;
    }
    self.misses++;
    const r = callKw(self.fn, pos, kw);
    if (self.cache.get(key) !== undefined) return r;
    if (self.maxsize !== null && self.cache.size >= self.maxsize) {
      const first = self.cache.keysArray()[0];
      if (first !== undefined) self.cache.delete(first);
    }
    self.cache.set(key, r);
    return r;
  });
  method(L, '__get__', 1, 2, (self: PyLru, obj) => (obj === None || obj === undefined ? self : new PyMethod(self, obj)));
  method(L, 'cache_info', 0, 0, (self: PyLru) =>
    call(self.cacheInfoType, [self.hits, self.misses, self.maxsize === null ? None : self.maxsize, self.cache.size]));
  method(L, 'cache_clear', 0, 0, (self: PyLru) => {
    self.cache.clear();
    self.hits = self.misses = 0;
    return None;
  });
  method(L, '__reduce__', 0, 0, (self: PyLru) => self.dict?.getStr('__qualname__') ?? None);
  method(L, '__copy__', 0, 0, (self: PyLru) => self);
  method(L, '__deepcopy__', 1, 1, (self: PyLru) => self);
  getset(L, '__dict__', (self: PyLru) => (self.dict ??= new PyDict()));
}

export function initFunctools(m: PyModule): void {
  initKeyWrapper();
  initPartial();
  initLru();
  def(m, 'reduce', reduce);
  def(m, 'cmp_to_key', (args, kw) => {
    const names = kw ?? [];
    let cmp: Value | undefined;
    if (args.length === 1 && names.length === 0) cmp = args[0];
    else if (args.length === 1 && names[0] === 'mycmp') cmp = args[0];
    if (cmp === undefined) throw typeError(`cmp_to_key() takes exactly 1 argument (${args.length} given)`);
    return new PyKeyWrapper(cmp, None);
  });
  m.ns.setStr('partial', partialType);
  m.ns.setStr('_lru_cache_wrapper', lruType);
  m.ns.setStr('KeyWrapper', keyWrapperType);
}

