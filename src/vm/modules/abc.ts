// _abc: the C accelerator of abc.ABCMeta (Modules/_abc.c, 3.11): abstract-method computation,
// the registry of virtual subclasses with its positive and negative caches, and the
// Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING bookkeeping `match` relies on (`__abc_tpflags__`
// and the flag propagated to registered classes). The caches hold their classes strongly
// (CPython's are weak sets); that only delays freeing classes.

import type { Value } from '../object.js';
import { PyObject } from '../object.js';
import type { PyModule } from '../module.js';
import { builtinType, None, NotImplemented, objectType, PyType, TF_MAPPING, TF_SEQUENCE, typeOf } from '../type.js';
import { def, argc } from './util.js';
import { callMethod, getAttr, getAttrOpt, hashOf, issubclass, setAttr, toArray, truthy } from '../abstract.js';
import { newExc, typeError, AssertionError, RuntimeError } from '../exceptions.js';
import { PySet, frozensetType, setType } from '../set.js';
import { tuple } from '../tuple.js';

const COLLECTION = TF_SEQUENCE | TF_MAPPING;
/** CPython's values of the flags, as `__abc_tpflags__` spells them. */
const PY_TPFLAGS_SEQUENCE = 1 << 5;
const PY_TPFLAGS_MAPPING = 1 << 6;

export const abcDataType = builtinType('_abc_data', objectType, 0);

class AbcData extends PyObject {
  registry = new Set<Value>();
  cache = new Set<Value>();
  negativeCache = new Set<Value>();
  negativeCacheVersion: number;

  constructor(version: number) {
    super(abcDataType);
    this.negativeCacheVersion = version;
  }
}

function setOf(items: Iterable<Value>, t = frozensetType): PySet {
  const s = new PySet(t);
  for (const v of items) s.add(v, hashOf(v));
  return s;
}

function isAbstract(v: Value): boolean {
  const a = getAttrOpt(v, '__isabstractmethod__');
  return a !== undefined && truthy(a);
}

/** Sets the flag on `child` and its subclasses (set_collection_flag_recursive). */
function setCollectionFlag(child: PyType, flag: number): void {
  if (!child.isHeap() || (child.flags & COLLECTION) === flag) return;
  child.flags = (child.flags & ~COLLECTION) | flag;
  for (const r of child.subclasses) {
    const g = r.deref();
    if (g !== undefined) setCollectionFlag(g, flag);
  }
}

export function initAbc(m: PyModule): void {
  let invalidationCounter = 0;

  const getImpl = (self: Value): AbcData => {
    const impl = getAttr(self, '_abc_impl');
    if (!(impl instanceof AbcData)) throw typeError('_abc_impl is set to a wrong type');
    return impl;
  };

  def(m, 'get_cache_token', (args, kw) => {
    argc('get_cache_token', args, kw, 0);
    return invalidationCounter;
  });

  def(m, '_abc_init', (args, kw) => {
    argc('_abc_init', args, kw, 1);
    const self = args[0]!;
    // compute_abstract_methods: the namespace's abstract methods, then the inherited ones
    // still abstract here
    const abstracts: Value[] = [];
    const seen = new Set<string>();
    const add = (k: Value): void => {
      const key = typeof k === 'string' ? k : null;
      if (key !== null) {
        if (seen.has(key)) return;
        seen.add(key);
      }
      abstracts.push(k);
    };
    const ns = getAttr(self, '__dict__');
    for (const key of toArray(callMethod(ns, 'keys', []))) {
      const value = callMethod(ns, '__getitem__', [key]);
      if (isAbstract(value)) add(key);
    }
    const bases = getAttr(self, '__bases__');
    for (const base of toArray(bases)) {
      const baseAbstracts = getAttrOpt(base, '__abstractmethods__');
      if (baseAbstracts === undefined) continue;
      for (const key of toArray(baseAbstracts)) {
        const name = typeof key === 'string' ? key : undefined;
        if (name === undefined) continue;
        const value = getAttrOpt(self, name);
        if (value === undefined) continue;
        if (isAbstract(value)) add(key);
      }
    }
    setAttr(self, '__abstractmethods__', setOf(abstracts));
    setAttr(self, '_abc_impl', new AbcData(invalidationCounter));
    if (self instanceof PyType) {
      const flags = self.ns.get('__abc_tpflags__');
      if (flags !== undefined) {
        if (typeof flags === 'number' || typeof flags === 'bigint') {
          const val = Number(flags);
          const both = PY_TPFLAGS_SEQUENCE | PY_TPFLAGS_MAPPING;
          if ((val & both) === both) throw typeError('__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING');
          if (val & PY_TPFLAGS_SEQUENCE) self.flags |= TF_SEQUENCE;
          if (val & PY_TPFLAGS_MAPPING) self.flags |= TF_MAPPING;
        }
        self.ns.delete('__abc_tpflags__');
        self.invalidate();
      }
    }
    return None;
  });

  def(m, '_abc_register', (args, kw) => {
    argc('_abc_register', args, kw, 2);
    const [self, subclass] = args as [Value, Value];
    if (!(subclass instanceof PyType)) throw typeError('Can only register classes');
    if (issubclass(subclass, self)) return subclass; // already a subclass
    // Subtle: test for cycles *after* testing for "already a subclass"
    if (issubclass(self, subclass)) throw newExc(RuntimeError, 'Refusing to create an inheritance cycle');
    getImpl(self).registry.add(subclass);
    invalidationCounter++;
    if (self instanceof PyType) {
      const flag = self.flags & COLLECTION;
      if (flag) setCollectionFlag(subclass, flag);
    }
    return subclass;
  });

  def(m, '_abc_instancecheck', (args, kw) => {
    argc('_abc_instancecheck', args, kw, 2);
    const [self, instance] = args as [Value, Value];
    const impl = getImpl(self);
    const subclass = getAttr(instance, '__class__');
    if (impl.cache.has(subclass)) return true;
    const subtype = typeOf(instance);
    if (subtype === subclass) {
      if (impl.negativeCacheVersion === invalidationCounter && impl.negativeCache.has(subclass)) return false;
      return callMethod(self, '__subclasscheck__', [subclass]);
    }
    const r = callMethod(self, '__subclasscheck__', [subclass]);
    if (truthy(r)) return r;
    return callMethod(self, '__subclasscheck__', [subtype]);
  });

  def(m, '_abc_subclasscheck', (args, kw) => {
    argc('_abc_subclasscheck', args, kw, 2);
    const [self, subclass] = args as [Value, Value];
    if (!(subclass instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
    const impl = getImpl(self);
    // 1. the cache
    if (impl.cache.has(subclass)) return true;
    // 2. the negative cache, invalidated by any registration since it was filled
    if (impl.negativeCacheVersion < invalidationCounter) {
      impl.negativeCache.clear();
      impl.negativeCacheVersion = invalidationCounter;
    } else if (impl.negativeCache.has(subclass)) return false;
    // 3. the subclass hook
    const ok = callMethod(self, '__subclasshook__', [subclass]);
    if (ok === true) {
      impl.cache.add(subclass);
      return true;
    }
    if (ok === false) {
      impl.negativeCache.add(subclass);
      return false;
    }
    if (ok !== NotImplemented) throw newExc(AssertionError, '__subclasshook__ must return either False, True, or NotImplemented');
    // 4. a direct subclass
    if (subclass.mro.includes(self as PyType)) {
      impl.cache.add(subclass);
      return true;
    }
    // 5. a subclass of a registered class (recursively)
    if (impl.registry.has(subclass)) return true;
    for (const rcls of [...impl.registry]) {
      if (issubclass(subclass, rcls)) {
        impl.cache.add(subclass);
        return true;
      }
    }
    // 6. a subclass of a subclass (recursively)
    for (const scls of toArray(callMethod(self, '__subclasses__', []))) {
      if (issubclass(subclass, scls)) {
        impl.cache.add(subclass);
        return true;
      }
    }
    impl.negativeCache.add(subclass);
    return false;
  });

  def(m, '_get_dump', (args, kw) => {
    argc('_get_dump', args, kw, 1);
    const impl = getImpl(args[0]!);
    // (CPython's sets hold weak references to the classes)
    return tuple([setOf(impl.registry, setType), setOf(impl.cache, setType), setOf(impl.negativeCache, setType), impl.negativeCacheVersion]);
  });

  def(m, '_reset_registry', (args, kw) => {
    argc('_reset_registry', args, kw, 1);
    getImpl(args[0]!).registry.clear();
    return None;
  });

  def(m, '_reset_caches', (args, kw) => {
    argc('_reset_caches', args, kw, 1);
    const impl = getImpl(args[0]!);
    impl.cache.clear();
    impl.negativeCache.clear();
    return None;
  });
}
