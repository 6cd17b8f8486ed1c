// The abstract object protocols (Objects/abstract.c, object.c): attribute access with the
// descriptor protocol, calls, iteration, item access, comparison, hashing, repr/str, and the
// binary/unary operator dispatch with reflected operands. Builtin types take fast paths;
// everything else goes through the dunder methods found on the type's MRO.

import { TS } from './thread.js';
import { genericAlias } from './alias.js';
import { PyObject, type Value } from './object.js';
import { boolType, Ellipsis, isSubtype, None, NotImplemented, PyType, typeOf, typeType, intType, strType } from './type.js';
import { PyDict, dictType, keyHooks, objectId, hashKindOf, HK_UNHASHABLE, unhashable } from './dict.js';
import { PyList } from './list.js';
import { PyTuple } from './tuple.js';
import { PySet, frozensetType } from './set.js';
import { PyFloat, floatRepr } from './float.js';
import { PyIntObj, intToString, type Int } from './int.js';
import { PyStrObj, cpLen, cpAt, cpSlice, cpChars } from './str.js';
import { PyRange } from './range.js';
import { PySlice, sliceHooks, sliceIndices } from './slice.js';
import { PyBytes, PyByteArray } from './bytes.js';
import { PyModule } from './module.js';
import {
  PyBuiltin, PyClassMethod, PyClassMethodDescr, PyFunction, PyGetSet, PyMethod, PyMethodDescr, PyProperty, PyStaticMethod, wrapperDescrType,
} from './function.js';
import { checkedNew } from './new-wrapper.js';
import {
  attributeError, AttributeError, IndexError, isExcInstance, newExc, PyBaseException, StopIteration, TypeError, typeError,
  valueError, indexError, keyError, OverflowError, RecursionError,
} from './exceptions.js';
import { hashFloat, hashInt, hashStr, hashTupleOf, hashFrozenSetTable, hashBytesRaw, type Hash } from './hash.js';
import { NB, NB_SYMBOLS } from './opcodes.js';
import { numberBinary, intValue, warnFromNative } from './numeric.js';
import {
  ArrayIterator, DictIterator, DICT_KEYS, ListIterator, PyIter, RangeIterator, BigRangeIterator, SeqIterator, SetIterator, StrIterator, BytesIterator,
} from './iter.js';
import { reprStr } from '../ast/repr.js';
import { callFunction } from './eval.js';
import { genNext, PyGenerator } from './generator.js';
import { typeCall, PySuper, superGetAttr } from './class.js';

// --- attribute access -------------------------------------------------------------------------

const AK_GENERIC = 0;
const AK_TYPE = 1;
const AK_MODULE = 2;
const AK_CUSTOM = 3;
const AK_SUPER = 4;

let objectGetattribute: Value | undefined;
let typeGetattribute: Value | undefined;
let moduleGetattribute: Value | undefined;
let objectSetattr: Value | undefined;

export function captureModuleGetattr(m: Value): void {
  moduleGetattribute = m;
}

/** Called once the object/type/module dunders exist (runtime.ts). */
export function captureBaseSlots(o: Value, t: Value, m: Value, s: Value): void {
  objectGetattribute = o;
  typeGetattribute = t;
  if (m !== undefined) moduleGetattribute = m;
  objectSetattr = s;
}

function attrKindOf(t: PyType): number {
  if (t.attrKind >= 0) return t.attrKind;
  const ga = t.lookup('__getattribute__');
  let k: number;
  if (isSubtype(t, superType()) && ga === objectGetattribute) k = AK_SUPER;
  else if (t.lookup('__getattr__') !== undefined) k = AK_CUSTOM;
  else if (ga === objectGetattribute) k = AK_GENERIC;
  else if (ga === typeGetattribute) k = AK_TYPE;
  else if (ga === moduleGetattribute) k = AK_MODULE;
  else k = AK_CUSTOM;
  t.attrKind = k;
  return k;
}

let superTypeRef: PyType | null = null;
function superType(): PyType {
  return (superTypeRef ??= (PySuper as unknown as { type: PyType }).type);
}

const DK_NONE = 0;
const DK_NONDATA = 1;
const DK_DATA = 2;

/** Whether a class attribute is a descriptor, and of which kind. */
export function descrKind(d: Value): number {
  if (typeof d !== 'object') return DK_NONE;
  const t = d.cls;
  if (t.descrKind >= 0) return t.descrKind;
  let k = DK_NONE;
  if (t.lookup('__set__') !== undefined || t.lookup('__delete__') !== undefined) k = DK_DATA;
  else if (t.lookup('__get__') !== undefined) k = DK_NONDATA;
  t.descrKind = k;
  return k;
}

/** descr.__get__(obj, type); obj null means access through the class. */
export function descrGet(d: Value, obj: Value | null, t: PyType): Value {
  if (d instanceof PyFunction) return obj === null ? d : new PyMethod(d, obj);
  if (d instanceof PyMethodDescr) {
    if (obj === null) return d;
    return new PyBuiltin(d.name, d.fn, obj, `${d.owner.name}.${d.name}`, true);
  }
  if (d instanceof PyGetSet) return obj === null ? d : d.get(obj);
  if (d instanceof PyClassMethod) {
    if (d.cls.lookup('__get__') === classmethodGet) return new PyMethod(d.func, t);
  }
  if (d instanceof PyStaticMethod && d.cls.lookup('__get__') === staticmethodGet) return d.func;
  if (d instanceof PyClassMethodDescr) return new PyBuiltin(d.name, d.fn, t, `${d.owner.name}.${d.name}`, true);
  if (d instanceof PyProperty && d.cls.lookup('__get__') === propertyGet) {
    if (obj === null) return d;
    if (d.fget === None) {
      throw attributeError(`property ${propName(d)}of '${typeOf(obj).qualname}' object has no getter`, '', obj);
    }
    return call(d.fget, [obj]);
  }
  const g = typeOf(d).lookup('__get__');
  if (g === undefined) return d;
  return call(g, [d, obj === null ? None : obj, t]);
}

export function propName(p: PyProperty): string {
  if (p.name !== None) return repr(p.name) + ' ';
  if (p.fget instanceof PyFunction) return `'${p.fget.qualname.split('.').pop()}' `;
  return '';
}

let classmethodGet: Value | undefined;
let staticmethodGet: Value | undefined;
let propertyGet: Value | undefined;
export function captureDescrSlots(c: Value, s: Value, p: Value): void {
  classmethodGet = c;
  staticmethodGet = s;
  propertyGet = p;
}

/** PyObject_GenericGetAttr without raising: undefined when not found. */
export function genericGetAttr(obj: Value, t: PyType, name: string): Value | undefined {
  const d = t.lookup(name);
  let dk = DK_NONE;
  if (d !== undefined && typeof d === 'object') {
    dk = descrKind(d);
    if (dk === DK_DATA) return descrGet(d, obj, t);
  }
  if (typeof obj === 'object' && obj.dict !== null) {
    const v = obj.dict.getStr(name);
    if (v !== undefined) return v;
  }
  if (d !== undefined) return dk === DK_NONDATA ? descrGet(d, obj, t) : d;
  return undefined;
}

/** type.__getattribute__ without raising. */
export function typeGetAttr(cls: PyType, name: string): Value | undefined {
  const meta = cls.cls;
  const md = meta.lookup(name);
  let mdk = DK_NONE;
  if (md !== undefined) {
    mdk = descrKind(md);
    if (mdk === DK_DATA) return descrGet(md, cls, meta);
  }
  const d = cls.lookup(name);
  if (d !== undefined) {
    if (typeof d === 'object') {
      if (d instanceof PyFunction) return d;
      if (d instanceof PyStaticMethod && name === '__new__') return checkedNew(cls, d); // tp_new_wrapper
      if (descrKind(d) !== DK_NONE) return descrGet(d, null, cls);
    }
    return d;
  }
  if (md !== undefined) return mdk === DK_NONDATA ? descrGet(md, cls, meta) : md;
  return undefined;
}

export function noAttr(obj: Value, name: string): PyBaseException {
  if (obj instanceof PyType) return attributeError(`type object '${obj.name}' has no attribute '${name}'`, name, obj);
  if (obj instanceof PyModule) return attributeError(`module '${obj.name}' has no attribute '${name}'`, name, obj);
  return attributeError(`'${typeOf(obj).name}' object has no attribute '${name}'`, name, obj);
}

/** True when `t` uses object.__getattribute__ and has no __getattr__ (LOAD_METHOD's fast path). */
export function attrKindGeneric(t: PyType): boolean {
  return (t.attrKind >= 0 ? t.attrKind : attrKindOf(t)) === AK_GENERIC;
}

/** delattr(obj, name). */
export function delAttr(obj: Value, name: string): void {
  setAttr(obj, name, null);
}

/** getattr(obj, name). */
export function getAttr(obj: Value, name: string): Value {
  const t = typeOf(obj);
  const k = t.attrKind >= 0 ? t.attrKind : attrKindOf(t);
  try {
    if (k === AK_GENERIC) {
      const v = genericGetAttr(obj, t, name);
      if (v !== undefined) return v;
      throw noAttr(obj, name);
    }
    return slowGetAttr(obj, t, name, k);
  } catch (e) {
    // set_attribute_error_context: an AttributeError learns the name and object looked up
    if (e instanceof PyBaseException && isExcInstance(e, AttributeError) && !e.fields?.has('name') && !e.fields?.has('obj')) {
      e.setField('name', name);
      e.setField('obj', obj);
    }
    throw e;
  }
}

function slowGetAttr(obj: Value, t: PyType, name: string, k: number): Value {
  if (k === AK_TYPE) {
    const v = typeGetAttr(obj as PyType, name);
    if (v !== undefined) return v;
    throw noAttr(obj, name);
  }
  if (k === AK_MODULE) {
    const v = genericGetAttr(obj, t, name);
    if (v !== undefined) return v;
    const mga = (obj as PyModule).dict!.getStr('__getattr__');
    if (mga !== undefined) return call(mga, [name]);
    throw noAttr(obj, name);
  }
  if (k === AK_SUPER) return superGetAttr(obj as PySuper, name);
  // A class with its own __getattribute__ and/or __getattr__.
  const ga = t.lookup('__getattribute__')!;
  const gattr = t.lookup('__getattr__');
  try {
    if (ga === objectGetattribute) {
      const v = genericGetAttr(obj, t, name);
      if (v !== undefined) return v;
      throw noAttr(obj, name);
    }
    if (ga === typeGetattribute) {
      const v = typeGetAttr(obj as PyType, name);
      if (v !== undefined) return v;
      throw noAttr(obj, name);
    }
    return call(ga, [obj, name]);
  } catch (e) {
    if (gattr !== undefined && isExcInstance(e, AttributeError)) {
      return call(gattr, [obj, name]);
    }
    throw e;
  }
}

/** getattr(obj, name, None)-style lookup: undefined when AttributeError. */
export function getAttrOpt(obj: Value, name: string): Value | undefined {
  const t = typeOf(obj);
  const k = t.attrKind >= 0 ? t.attrKind : attrKindOf(t);
  try {
    if (k === AK_GENERIC) return genericGetAttr(obj, t, name);
    if (k === AK_TYPE) return typeGetAttr(obj as PyType, name);
    return slowGetAttr(obj, t, name, k);
  } catch (e) {
    if (isExcInstance(e, AttributeError)) return undefined;
    throw e;
  }
}

/** A special method looked up on the type and bound (_PyObject_LookupSpecial). */
export function lookupSpecial(obj: Value, name: string): Value | undefined {
  const t = typeOf(obj);
  const d = t.lookup(name);
  if (d === undefined) return undefined;
  if (typeof d === 'object' && descrKind(d) !== DK_NONE) return descrGet(d, obj, t);
  return d;
}

/** Calls the special method `name` of obj's type; undefined when the type has none. */
export function callSpecial(obj: Value, name: string, args: Value[]): Value | undefined {
  const d = typeOf(obj).lookup(name);
  if (d === undefined) return undefined;
  if (d instanceof PyFunction) return callFunction(d, [obj, ...args], null);
  if (d instanceof PyMethodDescr) return d.fn([obj, ...args], null);
  return call(descrGet(d, obj, typeOf(obj)), args);
}

export function setAttr(obj: Value, name: string, v: Value | null): void {
  const t = typeOf(obj);
  const sa = t.lookup(v === null ? '__delattr__' : '__setattr__');
  if (sa !== objectSetattr && sa !== objectDelattr && !(obj instanceof PyType && (sa === typeSetattr || sa === typeDelattr))) {
    if (sa instanceof PyMethodDescr) {
      sa.fn(v === null ? [obj, name] : [obj, name, v], null);
      return;
    }
    call(sa!, v === null ? [obj, name] : [obj, name, v]);
    return;
  }
  if (obj instanceof PyType) {
    typeSetAttr(obj, name, v);
    return;
  }
  genericSetAttr(obj, t, name, v);
}

/** Whether instances of t use object.__setattr__ (the eval loop's STORE_ATTR cache). */
export function setAttrIsGeneric(t: PyType): boolean {
  return t.lookup('__setattr__') === objectSetattr;
}

let objectDelattr: Value | undefined;
let typeSetattr: Value | undefined;
let typeDelattr: Value | undefined;
export function captureSetSlots(od: Value, ts: Value, td: Value): void {
  objectDelattr = od;
  typeSetattr = ts;
  typeDelattr = td;
}

export function genericSetAttr(obj: Value, t: PyType, name: string, v: Value | null): void {
  const d = t.lookup(name);
  if (d !== undefined && typeof d === 'object' && descrKind(d) === DK_DATA) {
    descrSet(d, obj, v, name);
    return;
  }
  if (typeof obj === 'object' && (obj.dict !== null || t.hasDict)) {
    if (v === null) {
      // CPython's generic delete names the type even for a module: "'module' object has no attribute"
      if (obj.dict === null || obj.dict.delete(name) === undefined) throw attributeError(`'${t.name}' object has no attribute '${name}'`, name, obj);
    } else (obj.dict ??= new PyDict()).setStr(name, v);
    return;
  }
  if (d === undefined) throw noAttr(obj, name);
  throw attributeError(`'${t.name}' object attribute '${name}' is read-only`, name, obj);
}

export function descrSet(d: PyObject, obj: Value, v: Value | null, name: string): void {
  if (d instanceof PyGetSet) {
    if (d.set === null) {
      throw attributeError(`attribute '${d.name}' of '${d.owner.name}' objects is not writable`, name, obj);
    }
    d.set(obj, v);
    return;
  }
  if (d instanceof PyProperty) {
    const f = v === null ? d.fdel : d.fset;
    if (f === None) {
      throw attributeError(`property ${propName(d)}of '${typeOf(obj).qualname}' object has no ${v === null ? 'deleter' : 'setter'}`, name, obj);
    }
    call(f, v === null ? [obj] : [obj, v]);
    return;
  }
  const m = typeOf(d).lookup(v === null ? '__delete__' : '__set__');
  if (m === undefined) throw attributeError(v === null ? '__delete__' : '__set__', name, obj);
  call(m, v === null ? [d, obj] : [d, obj, v]);
}

export function typeSetAttr(cls: PyType, name: string, v: Value | null): void {
  if (!cls.isHeap()) {
    throw typeError(`cannot set '${name}' attribute of immutable type '${cls.name}'`);
  }
  const meta = cls.cls;
  const md = meta.lookup(name);
  if (md !== undefined && typeof md === 'object' && descrKind(md) === DK_DATA) {
    descrSet(md, cls, v, name);
    return;
  }
  if (v === null) {
    if (!cls.ns.has(name)) throw noAttr(cls, name);
    cls.ns.delete(name);
  } else {
    const old = cls.ns.get(name);
    cls.ns.set(name, v);
    // `Cls.counter += 1`: a plain value replacing a plain value keeps the class's version (and
    // so the eval loop's inline caches of its instances)
    if (old !== undefined && typeof old !== 'object' && typeof v !== 'object' && !(name.startsWith('__') && name.endsWith('__'))) {
      cls.forget(name);
      return;
    }
  }
  cls.invalidate();
}

// --- calls ------------------------------------------------------------------------------------

/** Calls `fn` with positional args then keyword values named by kwnames. */
export function call(fn: Value, args: Value[], kwnames: readonly string[] | null = null): Value {
  if (fn instanceof PyFunction) return callFunction(fn, args, kwnames);
  if (fn instanceof PyBuiltin) return fn.passSelf ? fn.fn([fn.self!, ...args], kwnames) : fn.fn(args, kwnames);
  if (fn instanceof PyMethod) return call(fn.func, [fn.self, ...args], kwnames);
  if (fn instanceof PyType) return typeCall(fn, args, kwnames);
  if (fn instanceof PyMethodDescr) {
    if (args.length === 0 || !isSubtype(typeOf(args[0]!), fn.owner)) {
      const slot = fn.cls === wrapperDescrType; // wrapperdescr_call's messages differ from method_descriptor's
      if (args.length === 0) throw typeError(slot ? `descriptor '${fn.name}' of '${fn.owner.name}' object needs an argument` : `unbound method ${fn.owner.name}.${fn.name}() needs an argument`);
      if (slot) throw typeError(`descriptor '${fn.name}' requires a '${fn.owner.name}' object but received a '${typeOf(args[0]!).name}'`);
      throw typeError(`descriptor '${fn.name}' for '${fn.owner.name}' objects doesn't apply to a '${typeOf(args[0]!).name}' object`);
    }
    return fn.fn(args, kwnames);
  }
  if (fn instanceof PyClassMethodDescr) return fn.fn(args, kwnames);
  const c = typeOf(fn).lookup('__call__');
  if (c !== undefined) {
    if (c instanceof PyFunction) return callFunction(c, [fn, ...args], kwnames);
    return call(descrGet(c, fn, typeOf(fn)), args, kwnames);
  }
  throw typeError(`'${typeOf(fn).name}' object is not callable`);
}

/** Calls with keyword arguments given as a dict (CALL_FUNCTION_EX, **kwargs). */
export function callKw(fn: Value, args: Value[], kwargs: PyDict | null): Value {
  if (kwargs === null || kwargs.size === 0) return call(fn, args, null);
  const names: string[] = [];
  const all = [...args];
  for (const [k, v] of kwargs.entriesArray()) {
    if (typeof k !== 'string') {
      const s = k instanceof PyStrObj ? k.v : null;
      if (s === null) throw typeError(`keywords must be strings`);
      names.push(s);
    } else names.push(k);
    all.push(v);
  }
  return call(fn, all, names);
}

export function callMethod(obj: Value, name: string, args: Value[], kwnames: readonly string[] | null = null): Value {
  const t = typeOf(obj);
  if ((t.attrKind >= 0 ? t.attrKind : attrKindOf(t)) === AK_GENERIC) {
    const d = t.lookup(name);
    if (d instanceof PyFunction && !(typeof obj === 'object' && obj.dict !== null && obj.dict.getStr(name) !== undefined)) {
      return callFunction(d, [obj, ...args], kwnames);
    }
    if (d instanceof PyMethodDescr) return d.fn([obj, ...args], kwnames);
  }
  return call(getAttr(obj, name), args, kwnames);
}

export function isCallable(v: Value): boolean {
  if (v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyMethod || v instanceof PyType) return true;
  return typeOf(v).lookup('__call__') !== undefined;
}

// --- truth, length, index ---------------------------------------------------------------------

export function truthy(v: Value): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
    case 'bigint':
      return v !== 0n;
  }
  if (v === None) return false;
  const t = v.cls;
  if (t.isHeap()) return truthySlow(v);
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict) return v.size > 0;
  if (v instanceof PyFloat) return v.v !== 0;
  if (v instanceof PySet) return v.used > 0;
  return truthySlow(v);
}

function truthySlow(v: PyObject): boolean {
  const b = v.cls.lookup('__bool__');
  if (b !== undefined && b !== None) {
    const r = callSpecial(v, '__bool__', []);
    if (typeof r !== 'boolean') throw typeError(`__bool__ should return bool, returned ${typeOf(r!).name}`);
    return r;
  }
  const l = v.cls.lookup('__len__');
  if (l !== undefined && l !== None) return len(v) > 0;
  return true;
}

export function len(v: Value): number {
  const n = lenBig(v);
  if (typeof n === 'bigint') throw newExc(OverflowError, "cannot fit 'int' into an index-sized integer");
  return n;
}

/** len() as Python sees it: up to sys.maxsize (a bigint beyond 2**53). */
export function lenBig(v: Value): number | bigint {
  if (typeof v === 'string') return cpLen(v);
  if (typeof v === 'object') {
    if (!v.cls.isHeap()) {
      if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
      if (v instanceof PyDict) return v.size;
      if (v instanceof PySet) return v.used;
    }
    const r = callSpecial(v, '__len__', []);
    if (r !== undefined) {
      const n = intValue(r);
      if (n === undefined) throw typeError(`'${typeOf(r).name}' object cannot be interpreted as an integer`);
      if (n < 0) throw valueError('__len__() should return >= 0');
      if (typeof n === 'bigint' && n > 2n ** 63n - 1n) throw newExc(OverflowError, "cannot fit 'int' into an index-sized integer");
      return n;
    }
  }
  throw typeError(`object of type '${typeOf(v).name}' has no len()`);
}

/** operator.index(v). */
export function index(v: Value): Int {
  const i = intValue(v);
  if (i !== undefined) return i;
  const r = callSpecial(v, '__index__', []);
  if (r === undefined) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  const ri = intValue(r);
  if (ri === undefined) throw typeError(`__index__ returned non-int (type ${typeOf(r).name})`);
  if (typeof r !== 'number' && typeof r !== 'bigint') warnFromNative(`__index__ returned non-int (type ${typeOf(r).name}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`);
  return ri;
}

/** An index as a JS number, clamped the way PyNumber_AsSsize_t(v, NULL) clamps (for slices). */
export function indexClamped(v: Value): number {
  const i = index(v);
  if (typeof i === 'number') return i;
  return i < 0n ? -9223372036854775808 : 9223372036854775807;
}

/** An index that must fit Py_ssize_t ("cannot fit 'int' into an index-sized integer"). */
export function indexSize(v: Value): number {
  const i = index(v);
  if (typeof i === 'number') return i;
  throw newExc(IndexError, "cannot fit 'int' into an index-sized integer");
}

sliceHooks.index = (v: Value): number => {
  if (typeof v !== 'number' && intValue(v) === undefined && typeOf(v).lookup('__index__') === undefined) {
    throw typeError('slice indices must be integers or None or have an __index__ method');
  }
  return indexClamped(v);
};
sliceHooks.valueError = valueError;

// --- repr / str ---------------------------------------------------------------------------------

const reprActive = new Set<PyObject>();

/** Py_ReprEnter / Py_ReprLeave around a container repr; returns `recursive` on re-entry. */
export function withReprGuard(o: PyObject, recursive: string, body: () => string): string {
  if (reprActive.has(o)) return recursive;
  reprActive.add(o);
  try {
    return body();
  } finally {
    reprActive.delete(o);
  }
}

export function repr(v: Value): string {
  const r = reprObj(v);
  return typeof r === 'string' ? r : (r as PyStrObj).v;
}

/** PyObject_Repr: a str-subclass instance returned by __repr__ is kept as is. */
export function reprObj(v: Value): Value {
  switch (typeof v) {
    case 'string':
      return reprStr(v);
    case 'number':
      return String(v);
    case 'bigint':
      return intToString(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v === None) return 'None';
  if (v.cls === floatTypeRef()) return floatRepr((v as PyFloat).v);
  // PyObject_Repr's Py_EnterRecursiveCall: deep nesting is a RecursionError, not a JS overflow
  if (TS.depth >= TS.recursionLimit) throw recursionError('maximum recursion depth exceeded while getting the repr of an object');
  TS.depth++;
  let r: Value | undefined;
  try {
    r = callSpecial(v, '__repr__', []);
  } finally {
    TS.depth--;
  }
  if (typeof r === 'string' || r instanceof PyStrObj) return r;
  throw typeError(`__repr__ returned non-string (type ${typeOf(r!).name})`);
}

let floatTypeCache: PyType | null = null;
function floatTypeRef(): PyType {
  return (floatTypeCache ??= new PyFloat(0).cls);
}

export function str(v: Value): string {
  const r = strObj(v);
  return typeof r === 'string' ? r : (r as PyStrObj).v;
}

/** PyObject_Str: a str-subclass instance returned by __str__ is kept as is. */
export function strObj(v: Value): Value {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return String(v);
    case 'bigint':
      return intToString(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v === None) return 'None';
  if (v.cls === floatTypeRef()) return floatRepr((v as PyFloat).v);
  const r = callSpecial(v, '__str__', []);
  if (typeof r === 'string' || r instanceof PyStrObj) return r;
  throw typeError(`__str__ returned non-string (type ${typeOf(r!).name})`);
}

/** The str value of a str or str-subclass instance, else undefined. */
export function strValue(v: Value): string | undefined {
  if (typeof v === 'string') return v;
  if (v instanceof PyStrObj) return v.v;
  return undefined;
}

// --- hashing ----------------------------------------------------------------------------------

let objectHash: Value | undefined;
export function captureHashSlot(h: Value): void {
  objectHash = h;
}

export function hashOf(v: Value): Hash {
  switch (typeof v) {
    case 'string':
      return hashStr(v);
    case 'number':
      return v === -1 ? -2 : v;
    case 'bigint':
      return hashInt(v);
    case 'boolean':
      return v ? 1 : 0;
  }
  const t = v.cls;
  if (!t.isHeap()) {
    if (v instanceof PyFloat) return v.v !== v.v ? objectId(v) >> 4 : hashFloat(v.v);
    if (v instanceof PyTuple) return hashTupleOf(v.items.map(hashOf));
    if (v instanceof PySet && t === frozensetType) return (v.hash ??= hashFrozenSetTable(v.slotHashes(), v.used, v.fill));
    if (v instanceof PyBytes) return hashBytesRaw(v.data);
  }
  const h = t.lookup('__hash__');
  if (h === None || h === undefined || hashKindOf(t) === HK_UNHASHABLE) throw unhashable(v);
  if (h === objectHash) return objectId(v) >> 4;
  const r = callSpecial(v, '__hash__', []);
  const ri = intValue(r!);
  if (ri === undefined) throw typeError('__hash__ method should return an integer');
  if (typeof ri === 'number') return ri === -1 ? -2 : ri;
  // slot_tp_hash: a result that fits Py_ssize_t is the hash; a bigger int is hashed again.
  if (ri >= -(2n ** 63n) && ri < 2n ** 63n) return ri;
  return hashInt(ri);
}

// --- comparison -------------------------------------------------------------------------------

export const LT = 0;
export const LE = 1;
export const EQ = 2;
export const NE = 3;
export const GT = 4;
export const GE = 5;
const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const CMP_SWAPPED = [GT, GE, EQ, NE, LT, LE];
const CMP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='];

function cmpNumbers(a: number | bigint, b: number | bigint, op: number): boolean {
  switch (op) {
    case LT:
      return a < b;
    case LE:
      return a <= b;
    case EQ:
      return a == b; // eslint-disable-line eqeqeq -- number/bigint mixed comparison is exact
    case NE:
      return a != b; // eslint-disable-line eqeqeq
    case GT:
      return a > b;
    default:
      return a >= b;
  }
}

function cmpStrings(a: string, b: string, op: number): boolean {
  switch (op) {
    case EQ:
      return a === b;
    case NE:
      return a !== b;
  }
  // Code point order: UTF-16 order differs only when astral characters meet U+E000..U+FFFF.
  const c = compareCodePoints(a, b);
  switch (op) {
    case LT:
      return c < 0;
    case LE:
      return c <= 0;
    case GT:
      return c > 0;
    default:
      return c >= 0;
  }
}

export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const sx = x >= 0xd800 && x <= 0xdfff;
      const sy = y >= 0xd800 && y <= 0xdfff;
      if (sx !== sy) return sx ? 1 : -1; // a surrogate stands for a code point above U+FFFF
      return x < y ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** Fast comparison for builtin scalars; undefined when the generic path is needed. */
function cmpFast(a: Value, b: Value, op: number): boolean | undefined {
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === 'number' || ta === 'bigint') && (tb === 'number' || tb === 'bigint')) return cmpNumbers(a as number, b as number, op);
  if (ta === 'string' && tb === 'string') return cmpStrings(a as string, b as string, op);
  if (ta === 'object' && tb === 'object') {
    if (a instanceof PyFloat && b instanceof PyFloat && a.cls === b.cls && !a.cls.isHeap()) return cmpNumbers(a.v, b.v, op);
    return undefined;
  }
  if (a instanceof PyFloat && !a.cls.isHeap() && (tb === 'number' || tb === 'bigint' || tb === 'boolean')) return cmpFloatInt(a.v, tb === 'boolean' ? (b ? 1 : 0) : (b as number), op);
  if (b instanceof PyFloat && !b.cls.isHeap() && (ta === 'number' || ta === 'bigint' || ta === 'boolean')) return cmpFloatInt(b.v, ta === 'boolean' ? (a ? 1 : 0) : (a as number), CMP_SWAPPED[op]!);
  if (ta === 'boolean' || tb === 'boolean') {
    const ia = ta === 'boolean' ? (a ? 1 : 0) : ta === 'number' || ta === 'bigint' ? (a as number) : undefined;
    const ib = tb === 'boolean' ? (b ? 1 : 0) : tb === 'number' || tb === 'bigint' ? (b as number) : undefined;
    if (ia !== undefined && ib !== undefined) return cmpNumbers(ia, ib, op);
  }
  return undefined;
}

/** float vs int, exactly (no rounding of the int). */
export function cmpFloatInt(f: number, i: number | bigint, op: number): boolean {
  if (f !== f) return op === NE;
  return cmpNumbers(f, i, op);
}

export function richCompare(a: Value, b: Value, op: number): Value {
  const f = cmpFast(a, b, op);
  if (f !== undefined) return f;
  const ta = typeOf(a);
  const tb = typeOf(b);
  let checkedReverse = false;
  if (ta !== tb && isSubtype(tb, ta)) {
    const rm = tb.lookup(CMP_NAMES[CMP_SWAPPED[op]!]!);
    if (rm !== undefined) {
      checkedReverse = true;
      const r = cmpSpecial(b, CMP_NAMES[CMP_SWAPPED[op]!]!, [a]);
      if (r !== NotImplemented) return r!;
    }
  }
  const r1 = cmpSpecial(a, CMP_NAMES[op]!, [b]);
  if (r1 !== undefined && r1 !== NotImplemented) return r1;
  if (!checkedReverse) {
    const r2 = cmpSpecial(b, CMP_NAMES[CMP_SWAPPED[op]!]!, [a]);
    if (r2 !== undefined && r2 !== NotImplemented) return r2;
  }
  if (op === EQ) return a === b;
  if (op === NE) return a !== b;
  throw typeError(`'${CMP_SYMBOLS[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

/** slot_tp_richcompare: an error binding the method (a raising descriptor) means NotImplemented. */
function cmpSpecial(obj: Value, name: string, args: Value[]): Value | undefined {
  const d = typeOf(obj).lookup(name);
  if (d === undefined || d instanceof PyFunction || d instanceof PyMethodDescr) return callSpecial(obj, name, args);
  let m: Value;
  try {
    m = descrGet(d, obj, typeOf(obj));
  } catch {
    return NotImplemented;
  }
  return call(m, args);
}

export function compareBool(a: Value, b: Value, op: number): boolean {
  const f = cmpFast(a, b, op);
  if (f !== undefined) return f;
  return truthy(richCompare(a, b, op));
}

/** PyObject_RichCompareBool(a, b, Py_EQ): identity implies equality. */
export function pyEq(a: Value, b: Value): boolean {
  if (a === b) return true;
  const f = cmpFast(a, b, EQ);
  if (f !== undefined) return f;
  return truthy(richCompare(a, b, EQ));
}

keyHooks.eq = pyEq;
keyHooks.hash = hashOf;
keyHooks.unbox = (v: PyObject) => (v as unknown as { v: number | bigint | string }).v;

// --- iteration --------------------------------------------------------------------------------

export function getIter(v: Value): Value {
  if (typeof v === 'string') return new StrIterator(v);
  if (typeof v === 'object' && !v.cls.isHeap()) {
    if (v instanceof PyList) return new ListIterator(v);
    if (v instanceof PyTuple) return new ArrayIterator(v.items);
    if (v instanceof PyDict) return new DictIterator(v, DICT_KEYS);
    if (v instanceof PySet) return new SetIterator(v);
    if (v instanceof PyRange) {
      if (typeof v.start === 'number' && typeof v.step === 'number' && typeof v.length === 'number' && Number.isSafeInteger(v.start + v.step * v.length)) {
        return new RangeIterator(v.start, v.step, v.length);
      }
      return new BigRangeIterator(v.start, v.step, v.length);
    }
    if (v instanceof PyIter || v instanceof PyGenerator) return v;
    if (v instanceof PyBytes) return new BytesIterator(v.data);
  }
  const t = typeOf(v);
  const it = t.lookup('__iter__');
  if (it !== undefined && it !== None) {
    const r = callSpecial(v, '__iter__', [])!;
    if (!isIterator(r)) throw typeError(`iter() returned non-iterator of type '${typeOf(r).name}'`);
    return r;
  }
  if (it === undefined && t.lookup('__getitem__') !== undefined && !(v instanceof PyDict)) return new SeqIterator(v);
  throw typeError(`'${t.name}' object is not iterable`);
}

export function isIterator(v: Value): boolean {
  if (v instanceof PyIter || v instanceof PyGenerator) return true;
  const n = typeOf(v).lookup('__next__');
  return n !== undefined && n !== None;
}

/** next(it): the next value, or undefined when exhausted (StopIteration swallowed). */
export function iterNext(it: Value): Value | undefined {
  if (it instanceof PyIter && !it.cls.isHeap()) return it.next();
  if (it instanceof PyGenerator) return genNext(it);
  const t = typeOf(it);
  const n = t.lookup('__next__');
  if (n === undefined) throw typeError(`'${t.name}' object is not an iterator`);
  try {
    return callSpecial(it, '__next__', [])!;
  } catch (e) {
    if (isExcInstance(e, StopIteration)) return undefined;
    throw e;
  }
}

/** All items of an iterable, as a fresh array. */
export function toArray(v: Value): Value[] {
  if (typeof v === 'object' && !v.cls.isHeap()) {
    if (v instanceof PyList || v instanceof PyTuple) return v.items.slice();
    if (v instanceof PyDict) return v.keysArray();
    if (v instanceof PySet) return v.keysArray();
  }
  if (typeof v === 'string') return cpChars(v);
  const it = getIter(v);
  const out: Value[] = [];
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return out;
    out.push(x);
  }
}

/** Like toArray, but lists and tuples return their own item arrays (do not mutate!). */
export function itemsOf(v: Value): readonly Value[] {
  if (typeof v === 'object' && (v instanceof PyList || v instanceof PyTuple) && !v.cls.isHeap()) return v.items;
  return toArray(v);
}

// --- items ------------------------------------------------------------------------------------

function seqIndex(i: Value, n: number, what: string): number {
  let k: number;
  if (typeof i === 'number') k = i;
  else {
    const iv = intValue(i);
    let r: Int;
    if (iv !== undefined) r = iv;
    else if (typeOf(i).lookup('__index__') !== undefined) r = index(i);
    else throw typeError(`${what} indices must be integers or slices, not ${typeOf(i).name}`);
    if (typeof r === 'bigint') throw newExc(IndexError, "cannot fit 'int' into an index-sized integer");
    k = r;
  }
  if (k < 0) k += n;
  if (k < 0 || k >= n) throw indexError(`${what} index out of range`);
  return k;
}

export function getItem(o: Value, k: Value): Value {
  if (typeof o === 'object') {
    if (o instanceof PyList && !o.cls.isHeap()) {
      if (typeof k === 'number') {
        const items = o.items;
        const i = k < 0 ? k + items.length : k;
        if (i >= 0 && i < items.length) return items[i]!;
        throw indexError('list index out of range');
      }
      if (k instanceof PySlice) {
        const s = sliceIndices(k, o.items.length);
        return new PyList(sliceArray(o.items, s.start, s.step, s.len));
      }
      return o.items[seqIndex(k, o.items.length, 'list')]!;
    }
    if (o instanceof PyDict && o.cls === dictType) {
      const v = o.get(k);
      if (v === undefined) throw keyError(k);
      return v;
    }
    if (o instanceof PyTuple && !o.cls.isHeap()) {
      if (k instanceof PySlice) {
        const s = sliceIndices(k, o.items.length);
        if (s.step === 1 && s.len === o.items.length) return o;
        return new PyTuple(sliceArray(o.items, s.start, s.step, s.len));
      }
      return o.items[seqIndex(k, o.items.length, 'tuple')]!;
    }
  } else if (typeof o === 'string') {
    const n = cpLen(o);
    if (k instanceof PySlice) {
      const s = sliceIndices(k, n);
      return cpSlice(o, s.start, s.stop, s.step, s.len);
    }
    if (typeof k !== 'number' && intValue(k) === undefined && typeOf(k).lookup('__index__') === undefined) {
      throw typeError(`string indices must be integers, not '${typeOf(k).name}'`);
    }
    return cpAt(o, seqIndex(k, n, 'string'));
  }
  const t = typeOf(o);
  const gi = t.lookup('__getitem__');
  if (gi !== undefined) return callSpecial(o, '__getitem__', [k])!;
  if (o instanceof PyType) {
    const cg = getAttrOpt(o, '__class_getitem__');
    if (cg !== undefined) return call(cg, [k]);
    if (o === typeType) return genericAlias(o, k);
    throw typeError(`type '${o.name}' is not subscriptable`);
  }
  throw typeError(`'${t.name}' object is not subscriptable`);
}

export function sliceArray<T>(items: readonly T[], start: number, step: number, len: number): T[] {
  if (step === 1) return items.slice(start, start + len);
  const out = new Array<T>(len);
  for (let i = 0, j = start; i < len; i++, j += step) out[i] = items[j]!;
  return out;
}

export function setItem(o: Value, k: Value, v: Value): void {
  if (typeof o === 'object' && !o.cls.isHeap()) {
    if (o instanceof PyList && typeof k === 'number') {
      const items = o.items;
      const i = k < 0 ? k + items.length : k;
      if (i >= 0 && i < items.length) {
        items[i] = v;
        return;
      }
      throw indexError('list assignment index out of range');
    }
    if (o instanceof PyDict) {
      o.set(k, v);
      return;
    }
  }
  const t = typeOf(o);
  if (t.lookup('__setitem__') === undefined) {
    throw typeError(`'${t.name}' object does not support item assignment`);
  }
  callSpecial(o, '__setitem__', [k, v]);
}

export function delItem(o: Value, k: Value): void {
  if (o instanceof PyDict && o.cls === dictType) {
    if (o.delete(k) === undefined) throw keyError(k);
    return;
  }
  const t = typeOf(o);
  if (t.lookup('__delitem__') === undefined) {
    throw typeError(`'${t.name}' object doesn't support item deletion`);
  }
  callSpecial(o, '__delitem__', [k]);
}

export function contains(container: Value, item: Value): boolean {
  if (typeof container === 'string') {
    const s = strValue(item);
    if (s === undefined) throw typeError(`'in <string>' requires string as left operand, not ${typeOf(item).name}`);
    return container.includes(s);
  }
  if (typeof container === 'object' && !container.cls.isHeap()) {
    if (container instanceof PyDict) return container.has(item);
    if (container instanceof PySet) return setContains(container, item);
    if (container instanceof PyList || container instanceof PyTuple) {
      const items = container.items;
      for (let i = 0; i < items.length; i++) {
        const x = items[i]!;
        if (x === item || pyEq(x, item)) return true;
      }
      return false;
    }
  }
  const t = typeOf(container);
  const c = t.lookup('__contains__');
  if (c !== undefined && c !== None) return truthy(callSpecial(container, '__contains__', [item])!);
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
    throw typeError(`argument of type '${t.name}' is not iterable`);
  }
  const it = getIter(container);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return false;
    if (x === item || pyEq(x, item)) return true;
  }
}

/** `item in set`, retrying an unhashable set as a frozenset as set_contains does. */
export function setContains(s: PySet, item: Value): boolean {
  let h: Hash;
  try {
    h = hashOf(item);
  } catch (e) {
    if (item instanceof PySet && isExcInstance(e, TypeError)) {
      const f = new PySet(frozensetType);
      f.merge(item);
      return s.has(f, hashOf(f));
    }
    throw e;
  }
  return s.has(item, h);
}

// --- operators --------------------------------------------------------------------------------

const NB_NAMES = ['__add__', '__and__', '__floordiv__', '__lshift__', '__matmul__', '__mul__', '__mod__', '__or__', '__pow__', '__rshift__', '__sub__', '__truediv__', '__xor__'];
const NB_RNAMES = NB_NAMES.map((n) => '__r' + n.slice(2));
const NB_INAMES = NB_NAMES.map((n) => '__i' + n.slice(2));

/** Hooks for sequence concatenation / repetition and str % (installed by the type modules). */
export const seqHooks = {
  concat: (_a: Value, _b: Value): Value | undefined => undefined,
  repeat: (_a: Value, _n: Value): Value | undefined => undefined,
};

/** BINARY_OP with op < 13 (not in-place). */
export function binaryOp(op: number, a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case NB.ADD: {
        const r = a + b;
        if (Number.isSafeInteger(r)) return r;
        break;
      }
      case NB.SUBTRACT: {
        const r = a - b;
        if (Number.isSafeInteger(r)) return r;
        break;
      }
    }
  }
  const ta = typeof a === 'object' ? a.cls : null;
  const tb = typeof b === 'object' ? b.cls : null;
  if ((ta === null || !ta.isHeap()) && (tb === null || !tb.isHeap())) {
    const r = numberBinary(op, a, b);
    if (r !== undefined && r !== NotImplemented) return r;
    if (op === NB.ADD) {
      if (typeof a === 'string' && typeof b === 'string') return a + b;
      if (a instanceof PyList && b instanceof PyList) return new PyList(a.items.concat(b.items));
      if (a instanceof PyTuple && b instanceof PyTuple) return new PyTuple(a.items.concat(b.items));
    }
  }
  return binaryOpSlow(op, a, b, NB_SYMBOLS[op]!);
}

function isSeqSlot(f: Value | undefined): boolean {
  return f instanceof PyMethodDescr && f.seqSlot;
}

function binaryOpSlow(op: number, a: Value, b: Value, symbol: string): Value {
  const r = binaryOp1(op, a, b);
  if (r !== NotImplemented) return r;
  if (op === NB.ADD) {
    const c = seqHooks.concat(a, b);
    if (c !== undefined) return c;
  } else if (op === NB.MULTIPLY) {
    const c = seqHooks.repeat(a, b);
    if (c !== undefined) return c;
  }
  if (op === NB.POWER) symbol = symbol.length > 2 ? symbol : '** or pow()';
  throw typeError(`unsupported operand type(s) for ${symbol}: '${typeOf(a).name}' and '${typeOf(b).name}'`);
}

/** binary_op1: the number protocol with reflected operands; NotImplemented if neither side can. */
export function binaryOp1(op: number, a: Value, b: Value): Value {
  const ta = typeOf(a);
  const tb = typeOf(b);
  let fa = ta.lookup(NB_NAMES[op]!);
  if (isSeqSlot(fa)) fa = undefined;
  let fb = tb !== ta ? tb.lookup(NB_RNAMES[op]!) : undefined;
  if (isSeqSlot(fb)) fb = undefined;
  if (fb !== undefined && fa !== undefined && fb === ta.lookup(NB_RNAMES[op]!) && !(ta.isHeap() || tb.isHeap())) fb = undefined;
  if (fb !== undefined && isSubtype(tb, ta) && fb !== ta.lookup(NB_RNAMES[op]!)) {
    const r = callSpecial(b, NB_RNAMES[op]!, [a])!;
    if (r !== NotImplemented) return r;
    fb = undefined;
  }
  if (fa !== undefined && fa !== None) {
    const r = callSpecial(a, NB_NAMES[op]!, [b])!;
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined && fb !== None) {
    const r = callSpecial(b, NB_RNAMES[op]!, [a])!;
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

/** BINARY_OP with an in-place op (13..25). */
export function inplaceOp(op: number, a: Value, b: Value): Value {
  const base = op - 13;
  if (typeof a === 'number' && typeof b === 'number' && base === NB.ADD) {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  if (typeof a === 'object') {
    if (a instanceof PyList && !a.cls.isHeap() && base === NB.ADD) {
      if (b instanceof PyList || b instanceof PyTuple) {
        for (const x of b.items) a.items.push(x);
      } else a.items.push(...toArray(b));
      return a;
    }
    const f = a.cls.lookup(NB_INAMES[base]!);
    if (f !== undefined && f !== None) {
      const r = callSpecial(a, NB_INAMES[base]!, [b])!;
      if (r !== NotImplemented) return r;
    }
  } else if (typeof a === 'string' && typeof b === 'string' && base === NB.ADD) return a + b;
  const ta = typeof a === 'object' ? a.cls : null;
  const tb = typeof b === 'object' ? b.cls : null;
  if ((ta === null || !ta.isHeap()) && (tb === null || !tb.isHeap())) {
    const r = numberBinary(base, a, b);
    if (r !== undefined && r !== NotImplemented) return r;
    if (base === NB.ADD && typeof a === 'string' && typeof b === 'string') return a + b;
  }
  return binaryOpSlow(base, a, b, NB_SYMBOLS[op]!);
}

export function unaryNeg(v: Value): Value {
  if (typeof v === 'number') return v === 0 ? 0 : -v;
  return unarySpecial(v, '__neg__', '-');
}

export function unaryPos(v: Value): Value {
  if (typeof v === 'number') return v;
  return unarySpecial(v, '__pos__', '+');
}

export function unaryInvert(v: Value): Value {
  if (typeof v === 'number' && v >= -0x80000000 && v <= 0x7fffffff) return ~v;
  return unarySpecial(v, '__invert__', '~');
}

function unarySpecial(v: Value, name: string, sym: string): Value {
  const r = callSpecial(v, name, []);
  if (r === undefined) throw typeError(`bad operand type for unary ${sym}: '${typeOf(v).name}'`);
  return r;
}

// --- misc -------------------------------------------------------------------------------------

export function isinstance(v: Value, cls: Value): boolean {
  if (cls instanceof PyType) {
    const t = typeOf(v);
    if (t === cls || isSubtype(t, cls)) return true;
    if (cls.cls === typeType) {
      // __class__ may differ from type(v) (proxies); follow it like object_isinstance.
      if (typeof v === 'object' && !(v instanceof PyType)) {
        const c = getAttrOpt(v, '__class__');
        if (c instanceof PyType && c !== t) return isSubtype(c, cls);
      }
      return false;
    }
    const ic = typeOf(cls).lookup('__instancecheck__');
    if (ic !== undefined) return truthy(callSpecial(cls, '__instancecheck__', [v])!);
    return false;
  }
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isinstance(v, c)) return true;
    return false;
  }
  const ic = typeOf(cls).lookup('__instancecheck__');
  if (ic !== undefined) return truthy(callSpecial(cls, '__instancecheck__', [v])!);
  throw typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
}

export function issubclass(c: Value, cls: Value): boolean {
  if (cls instanceof PyTuple) {
    for (const x of cls.items) if (issubclass(c, x)) return true;
    return false;
  }
  if (cls instanceof PyType && cls.cls === typeType) {
    if (!(c instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
    return isSubtype(c, cls);
  }
  const sc = typeOf(cls).lookup('__subclasscheck__');
  if (sc !== undefined) return truthy(callSpecial(cls, '__subclasscheck__', [c])!);
  if (!(c instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
  if (!(cls instanceof PyType)) throw typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return isSubtype(c, cls);
}

export function recursionError(msg = 'maximum recursion depth exceeded'): PyBaseException {
  return newExc(RecursionError, msg);
}

export { Ellipsis, boolType, intType, strType, PyByteArray };
