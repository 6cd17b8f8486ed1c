// The methods of `object` and `type` (Objects/typeobject.c), and mappingproxy.

import { PyObject, type Value } from './object.js';
import { builtinType, isSubtype, None, NotImplemented, objectType, PyType, typeOf, typeType, TF_BASETYPE, TF_SEQUENCE, TF_MAPPING } from './type.js';
import { PyDict, objectId } from './dict.js';
import { PyTuple, tuple } from './tuple.js';
import { PyList } from './list.js';
import {
  classMethod, getset, method, methodRaw, PyBuiltin, PyFunction, PyStaticMethod, PyGetSet,
} from './function.js';
import { attributeError, typeError, newExc, TypeError as TypeErrorT, isExcInstance, LookupError as LookupErrorT } from './exceptions.js';
import {
  call, callSpecial, captureBaseSlots, captureSetSlots, captureHashSlot, genericGetAttr, genericSetAttr, noAttr, repr, str,
  strValue, typeGetAttr, typeSetAttr, truthy, withReprGuard, toArray, contains, getItem, len, getIter, isinstance, issubclass,
  richCompare, EQ, getAttr, getAttrOpt, binaryOp,
} from './abstract.js';
import { NB } from './opcodes.js';
import { captureObjectSlots, captureTypeNew, objectInitCheck, objectNewImpl, solidBase, typeCallDefault, typeNew } from './class.js';
import { defaultDir } from './describe.js';
import { importAbs as importModule } from './import.js';
import { listType as listTypeRefT } from './list.js';
import { dictType as dictTypeRefT } from './dict.js';
const listTypeRef = (): PyType => listTypeRefT;
const dictTypeRef = (): PyType => dictTypeRefT;
import { ArrayIterator } from './iter.js';
import { formatStr } from './format.js';

export const mappingproxyType = builtinType('mappingproxy', objectType, 0);

/** mappingproxy over a type's namespace, a dict, or any mapping. */
export class PyMappingProxy extends PyObject {
  target: Map<string, Value> | PyDict | PyObject;
  constructor(target: Map<string, Value> | PyDict | PyObject) {
    super(mappingproxyType);
    this.target = target;
  }
  /** The proxied mapping as a Python object (a snapshot dict for a type's namespace). */
  mapping(): Value {
    if (this.target instanceof Map) {
      const d = new PyDict();
      for (const [k, v] of this.target) d.setStr(k, v);
      return d;
    }
    return this.target;
  }
  get(k: Value): Value | undefined {
    if (this.target instanceof PyDict) return this.target.get(k);
    if (this.target instanceof Map) {
      const s = strValue(k);
      return s === undefined ? undefined : this.target.get(s);
    }
    try {
      return getItem(this.target, k);
    } catch (e) {
      if (isExcInstance(e, LookupErrorT)) return undefined;
      throw e;
    }
  }
  keys(): Value[] {
    if (this.target instanceof PyDict) return this.target.keysArray();
    if (this.target instanceof Map) return [...this.target.keys()];
    return toArray(this.target);
  }
  entries(): [Value, Value][] {
    if (this.target instanceof PyDict) return this.target.entriesArray();
    if (this.target instanceof Map) return [...this.target.entries()];
    return this.keys().map((k) => [k, getItem(this.target as PyObject, k)]);
  }
}

export function moduleQualName(t: PyType): string {
  const m = t.isHeap() ? t.ns.get('__module__') : t.moduleName;
  const ms = m === undefined ? undefined : strValue(m);
  if (ms === undefined || ms === 'builtins') return t.qualname;
  return `${ms}.${t.qualname}`;
}

export function defaultRepr(o: Value): string {
  const t = typeOf(o);
  return `<${moduleQualName(t)} object at 0x${objectId(o as object).toString(16)}>`;
}

export function initObjectAndType(): void {
  // --- object ---
  const objNew = new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) throw typeError(`object.__new__(X): X is not a type object (${typeOf(cls ?? None).name})`);
    return objectNewImpl(cls, args.slice(1), kw);
  }));
  objectType.ns.set('__new__', objNew);
  const objInit = methodRaw(objectType, '__init__', (args, kw) => {
    objectInitCheck(args[0]!, args.slice(1), kw);
    return None;
  });
  method(objectType, '__repr__', 0, 0, (self) => defaultRepr(self));
  method(objectType, '__str__', 0, 0, (self) => {
    const r = callSpecial(self, '__repr__', []);
    const s = strValue(r!);
    if (s === undefined) throw typeError(`__repr__ returned non-string (type ${typeOf(r!).name})`);
    return r!;
  });
  method(objectType, '__eq__', 1, 1, (self, o) => (self === o ? true : NotImplemented));
  method(objectType, '__ne__', 1, 1, (self, o) => {
    const eq = typeOf(self).lookup('__eq__');
    if (eq === undefined) return NotImplemented;
    const r = callSpecial(self, '__eq__', [o!])!;
    if (r === NotImplemented) return r;
    return !truthy(r);
  });
  for (const n of ['__lt__', '__le__', '__gt__', '__ge__']) method(objectType, n, 1, 1, () => NotImplemented);
  const objHash = method(objectType, '__hash__', 0, 0, (self) => objectId(self) >> 4);
  captureHashSlot(objHash);
  const objGetattribute = method(objectType, '__getattribute__', 1, 1, (self, name) => {
    const n = strValue(name!);
    if (n === undefined) throw typeError(`attribute name must be string, not '${typeOf(name!).name}'`);
    const v = genericGetAttr(self, typeOf(self), n);
    if (v === undefined) throw noAttr(self, n);
    return v;
  });
  const objSetattr = method(objectType, '__setattr__', 2, 2, (self, name, v) => {
    const n = strValue(name!);
    if (n === undefined) throw typeError(`attribute name must be string, not '${typeOf(name!).name}'`);
    if (self instanceof PyType) throw typeError(`can't apply this __setattr__ to type object`);
    genericSetAttr(self, typeOf(self), n, v!);
    return None;
  });
  const objDelattr = method(objectType, '__delattr__', 1, 1, (self, name) => {
    const n = strValue(name!);
    if (n === undefined) throw typeError(`attribute name must be string, not '${typeOf(name!).name}'`);
    genericSetAttr(self, typeOf(self), n, null);
    return None;
  });
  method(objectType, '__format__', 1, 1, (self, spec) => {
    const s = strValue(spec!);
    if (s === undefined) throw typeError(`__format__() argument must be str, not ${typeOf(spec!).name}`);
    if (s !== '') throw typeError(`unsupported format string passed to ${typeOf(self).name}.__format__`);
    return str(self);
  });
  method(objectType, '__dir__', 0, 0, (self) => new PyList(defaultDir(self)));
  method(objectType, '__sizeof__', 0, 0, () => 16);
  method(objectType, '__reduce_ex__', 1, 1, (self, proto) => reduceEx(self, proto!));
  method(objectType, '__reduce__', 0, 0, (self) => reduceEx(self, 0));
  method(objectType, '__getstate__', 0, 0, (self) => objectGetstateDefault(self, false));
  classMethod(objectType, '__init_subclass__', (args, kw) => {
    if (kw && kw.length) throw typeError(`${(args[0] as PyType).qualname}.__init_subclass__() takes no keyword arguments`);
    if (args.length > 1) throw typeError(`${(args[0] as PyType).name}.__init_subclass__() takes no arguments (${args.length - 1} given)`);
    return None;
  });
  classMethod(objectType, '__subclasshook__', () => NotImplemented);
  getset(objectType, '__class__', (o) => typeOf(o), (o, v) => {
    if (v === null) throw typeError("can't delete __class__ attribute");
    if (!(v instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${typeOf(v).name}' object`);
    const cur = typeOf(o);
    if (!(o instanceof PyObject) || !cur.isHeap() || !v.isHeap()) {
      throw typeError('__class__ assignment only supported for mutable types or ModuleType subclasses');
    }
    if (solidBase(cur) !== solidBase(v)) {
      throw typeError(`__class__ assignment: '${v.name}' object layout differs from '${cur.name}'`);
    }
    o.cls = v;
  });
  objectType.ns.set('__doc__', 'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n');

  // --- type ---
  const typeNewFn = new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    const meta = args[0];
    if (!(meta instanceof PyType)) throw typeError('type.__new__(X): X is not a type object');
    const rest = args.slice(1, args.length - (kw?.length ?? 0));
    if (meta === typeType && rest.length === 1 && !(kw && kw.length)) return typeOf(rest[0]!);
    if (rest.length !== 3) throw typeError(meta === typeType ? 'type() takes 1 or 3 arguments' : 'type.__new__() takes exactly 3 arguments (' + rest.length + ' given)');
    const [name, bases, ns] = rest;
    const n = strValue(name!);
    if (n === undefined) throw typeError(`type.__new__() argument 1 must be str, not ${typeOf(name!).name}`);
    if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeOf(bases!).name}`);
    if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeOf(ns!).name}`);
    const kwvals = kw ? args.slice(args.length - kw.length) : [];
    return typeNew(meta, n, bases.items, ns, kw, kwvals);
  }));
  typeType.ns.set('__new__', typeNewFn);
  captureTypeNew(typeNewFn);
  methodRaw(typeType, '__init__', (args, kw) => {
    const n = args.length - 1 - (kw?.length ?? 0);
    if (n !== 1 && n !== 3) throw typeError('type.__init__() takes 1 or 3 arguments');
    return None;
  });
  const typeCallM = methodRaw(typeType, '__call__', (args, kw) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) throw typeError("descriptor '__call__' requires a 'type' object");
    return typeCallDefault(cls, args.slice(1), kw);
  });
  captureObjectSlots(objNew, objInit, typeCallM);
  method(typeType, '__repr__', 0, 0, (self: PyType) => `<class '${moduleQualName(self)}'>`);
  const typeGetattribute = method(typeType, '__getattribute__', 1, 1, (self: PyType, name) => {
    const n = strValue(name!);
    if (n === undefined) throw typeError(`attribute name must be string, not '${typeOf(name!).name}'`);
    const v = typeGetAttr(self, n);
    if (v === undefined) throw noAttr(self, n);
    return v;
  });
  const attrName = (name: Value): string => {
    const n = strValue(name);
    if (n === undefined) throw typeError(`attribute name must be string, not '${typeOf(name).name}'`);
    return n;
  };
  const typeSetattr = method(typeType, '__setattr__', 2, 2, (self: PyType, name, v) => {
    typeSetAttr(self, attrName(name!), v!);
    return None;
  });
  const typeDelattr = method(typeType, '__delattr__', 1, 1, (self: PyType, name) => {
    typeSetAttr(self, attrName(name!), null);
    return None;
  });
  captureSetSlots(objDelattr, typeSetattr, typeDelattr);
  method(typeType, 'mro', 0, 0, (self: PyType) => new PyList([...self.mro]));
  method(typeType, '__subclasses__', 0, 0, (self: PyType) => new PyList(self.subclasses.map((r) => r.deref()).filter((t): t is PyType => t !== undefined)));
  method(typeType, '__instancecheck__', 1, 1, (self: PyType, o) => isinstanceDefault(o!, self));
  method(typeType, '__subclasscheck__', 1, 1, (self: PyType, c) => {
    if (!(c instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
    return isSubtype(c, self);
  });
  classMethod(typeType, '__prepare__', () => new PyDict());
  method(typeType, '__dir__', 0, 0, (self: PyType) => new PyList(defaultDir(self)));
  method(typeType, '__sizeof__', 0, 0, () => 880);
  method(typeType, '__or__', 1, 1, (self, o) => unionOf(self, o!));
  method(typeType, '__ror__', 1, 1, (self, o) => unionOf(o!, self));
  getset(typeType, '__name__', (t: PyType) => t.shortName, (t: PyType, v) => {
    if (!t.isHeap()) throw typeError(`cannot set '__name__' attribute of immutable type '${t.name}'`);
    const s = v === null ? undefined : strValue(v);
    if (s === undefined) throw typeError(`can only assign string to ${t.name}.__name__, not '${typeOf(v ?? None).name}'`);
    t.name = s;
  });
  getset(typeType, '__qualname__', (t: PyType) => t.qualname, (t: PyType, v) => {
    if (!t.isHeap()) throw typeError(`cannot set '__qualname__' attribute of immutable type '${t.name}'`);
    const s = v === null ? undefined : strValue(v);
    if (s === undefined) throw typeError(`can only assign string to ${t.name}.__qualname__, not '${typeOf(v ?? None).name}'`);
    t.qualname = s;
  });
  getset(typeType, '__module__', (t: PyType) => (t.isHeap() ? t.ns.get('__module__') ?? None : t.moduleName), (t: PyType, v) => {
    if (!t.isHeap()) throw typeError(`cannot set '__module__' attribute of immutable type '${t.name}'`);
    if (v === null) t.ns.delete('__module__');
    else t.ns.set('__module__', v);
    t.invalidate();
  });
  getset(typeType, '__bases__', (t: PyType) => tuple([...t.bases]), (t: PyType, v) => {
    if (!(v instanceof PyTuple) || v.items.length === 0) throw typeError(`can only assign non-empty tuple to ${t.name}.__bases__, not ${typeOf(v ?? None).name}`);
    t.bases = v.items as PyType[];
    t.base = t.bases[0]!;
    t.mro = [t, ...computeMroSafe(t)];
    t.invalidate();
  });
  getset(typeType, '__base__', (t: PyType) => t.base ?? None);
  getset(typeType, '__mro__', (t: PyType) => tuple([...t.mro]));
  getset(typeType, '__dict__', (t: PyType) => new PyMappingProxy(t.ns));
  getset(typeType, '__doc__', (t: PyType) => {
    const d = t.ns.get('__doc__');
    if (d === undefined) return None;
    if (typeof d === 'object' && d.cls.lookup('__get__') !== undefined && !(d instanceof PyFunction)) return call(d.cls.lookup('__get__')!, [d, None, t]);
    return d;
  }, (t: PyType, v) => {
    if (!t.isHeap()) throw typeError(`cannot set '__doc__' attribute of immutable type '${t.name}'`);
    t.ns.set('__doc__', v ?? None);
    t.invalidate();
  });
  getset(typeType, '__abstractmethods__', (t: PyType) => {
    const v = t.ns.get('__abstractmethods__');
    if (v === undefined || t === typeType) throw attributeError('__abstractmethods__', '__abstractmethods__', t);
    return v;
  }, (t: PyType, v) => {
    if (v === null) t.ns.delete('__abstractmethods__');
    else t.ns.set('__abstractmethods__', v);
    t.invalidate();
  });
  getset(typeType, '__annotations__', (t: PyType) => {
    const v = t.ns.get('__annotations__');
    if (v !== undefined) return v;
    if (!t.isHeap()) throw attributeError(`type object '${t.name}' has no attribute '__annotations__'`, '__annotations__', t);
    const d = new PyDict();
    t.ns.set('__annotations__', d);
    t.invalidate();
    return d;
  }, (t: PyType, v) => {
    if (v === null) t.ns.delete('__annotations__');
    else t.ns.set('__annotations__', v);
    t.invalidate();
  });
  getset(typeType, '__text_signature__', () => None);
  getset(typeType, '__flags__', (t: PyType) => {
    const am = t.ns.get('__abstractmethods__');
    return (t.isHeap() ? 1 << 9 : 0) | (t.flags & TF_BASETYPE ? 1 << 10 : 0) | (t.flags & TF_SEQUENCE ? 1 << 5 : 0) | (t.flags & TF_MAPPING ? 1 << 6 : 0) |
      (am !== undefined && t !== typeType && truthy(am) ? 1 << 20 : 0);
  });
  typeType.ns.set('__doc__', "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type");
  captureBaseSlots(objGetattribute, typeGetattribute, undefined as unknown as Value, objSetattr);

  // --- mappingproxy ---
  const MP = mappingproxyType;
  MP.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    if (kw && kw.length) throw typeError('mappingproxy() takes no keyword arguments');
    const m = args[1];
    if (m === undefined) throw typeError("mappingproxy() missing required argument 'mapping' (pos 1)");
    if (m instanceof PyMappingProxy) return new PyMappingProxy(m.target);
    if (m instanceof PyDict) return new PyMappingProxy(m);
    const t = typeOf(m);
    if (!(m instanceof PyObject) || t.lookup('__getitem__') === undefined || m instanceof PyList || m instanceof PyTuple) {
      throw typeError(`mappingproxy() argument must be a mapping, not ${t.name}`);
    }
    return new PyMappingProxy(m);
  })));
  method(MP, '__getitem__', 1, 1, (self: PyMappingProxy, k) => {
    if (self.target instanceof PyObject && !(self.target instanceof PyDict)) return getItem(self.target, k!);
    const v = self.get(k!);
    if (v === undefined) throw newExc(keyErrorType(), k!);
    return v;
  });
  method(MP, 'get', 1, 2, (self: PyMappingProxy, k, d) => {
    if (self.target instanceof PyObject && !(self.target instanceof PyDict)) return callMethodDelegate(self.target, 'get', d === undefined ? [k!] : [k!, d]);
    return self.get(k!) ?? d ?? None;
  });
  method(MP, '__contains__', 1, 1, (self: PyMappingProxy, k) => {
    if (self.target instanceof PyObject && !(self.target instanceof PyDict)) return contains(self.target, k!);
    return self.get(k!) !== undefined;
  });
  method(MP, '__len__', 0, 0, (self: PyMappingProxy) => (self.target instanceof Map ? self.target.size : len(self.target as PyObject)));
  method(MP, '__iter__', 0, 0, (self: PyMappingProxy) => (self.target instanceof Map ? new ArrayIterator(self.keys()) : getIter(self.target as PyObject)));
  method(MP, '__reversed__', 0, 0, (self: PyMappingProxy) => call(importModule('builtins') instanceof PyObject ? getAttr(importModule('builtins'), 'reversed') : None, [self.mapping()]));
  for (const name of ['keys', 'values', 'items', 'copy']) {
    method(MP, name, 0, 0, (self: PyMappingProxy) => callMethodDelegate(self.mapping(), name, []));
  }
  method(MP, '__or__', 1, 1, (self: PyMappingProxy, o) => {
    const other = o instanceof PyMappingProxy ? o.mapping() : o!;
    return binaryOrDelegate(self.mapping(), other);
  });
  method(MP, '__ror__', 1, 1, (self: PyMappingProxy, o) => {
    const other = o instanceof PyMappingProxy ? o.mapping() : o!;
    return binaryOrDelegate(other, self.mapping());
  });
  method(MP, '__ior__', 1, 1, (self: PyMappingProxy, o) => {
    throw typeError(`'|=' is not supported by mappingproxy; use '|' instead`);
    void self;
    void o;
  });
  for (const [name, op] of [['__eq__', 2], ['__ne__', 3], ['__lt__', 0], ['__le__', 1], ['__gt__', 4], ['__ge__', 5]] as const) {
    method(MP, name, 1, 1, (self: PyMappingProxy, o) => richCompare(self.mapping(), o!, op));
  }
  MP.ns.set('__hash__', None);
  method(MP, '__repr__', 0, 0, (self: PyMappingProxy) => `mappingproxy(${repr(self.mapping())})`);
  // mappingproxy_str: str() of the underlying mapping.
  method(MP, '__str__', 0, 0, (self: PyMappingProxy) => str(self.mapping()));
  classMethod(MP, '__class_getitem__', (args) => genericAliasOf(args[0]!, args[1]!));
}

function callMethodDelegate(o: Value, name: string, args: Value[]): Value {
  return call(getAttr(o, name), args);
}

function binaryOrDelegate(a: Value, b: Value): Value {
  return binaryOp(NB.OR, a, b);
}

function genericAliasOf(cls: Value, arg: Value): Value {
  const types = importModule('types');
  return call(getAttr(types, 'GenericAlias'), [cls, arg]);
}

function isinstanceDefault(o: Value, t: PyType): boolean {
  if (isSubtype(typeOf(o), t)) return true;
  return false;
}

function computeMroSafe(t: PyType): PyType[] {
  const seen: PyType[] = [];
  const visit = (b: PyType): void => {
    for (const m of b.mro) if (!seen.includes(m)) seen.push(m);
  };
  t.bases.forEach(visit);
  return seen;
}

let keyErrorRef: PyType | null = null;
export function setKeyErrorRef(t: PyType): void {
  keyErrorRef = t;
}
function keyErrorType(): PyType {
  return keyErrorRef!;
}

let unionMaker: ((a: Value, b: Value) => Value) | null = null;
export function setUnionMaker(f: (a: Value, b: Value) => Value): void {
  unionMaker = f;
}
function unionOf(a: Value, b: Value): Value {
  if (unionMaker === null) return NotImplemented;
  return unionMaker(a, b);
}

/** copyreg-style __reduce_ex__ for plain objects: (copyreg.__newobj__, (cls,), state). */
let reduceHook: ((self: Value, proto: Value) => Value) | null = null;
export function setReduceHook(f: (self: Value, proto: Value) => Value): void {
  reduceHook = f;
}
/** object.__reduce_ex__ (typeobject.c): an overriding __reduce__ wins, else _common_reduce. */
function reduceEx(self: Value, proto: Value): Value {
  const t = typeOf(self);
  const r = t.lookup('__reduce__');
  if (r !== undefined && r !== objectType.ns.get('__reduce__')) return call(getAttr(self, '__reduce__'), []);
  return commonReduce(self, Number(intValueOf(proto)));
}

function intValueOf(v: Value): number {
  return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : typeof v === 'boolean' ? Number(v) : 0;
}

function commonReduce(self: Value, proto: number): Value {
  if (proto >= 2) return reduceNewobj(self);
  if (reduceHook !== null) return reduceHook(self, proto);
  const copyreg = importModule('copyreg');
  return call(getAttr(copyreg, '_reduce_ex'), [self, proto]);
}

/** reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems). */
function reduceNewobj(self: Value): Value {
  const t = typeOf(self);
  if (t.lookup('__new__') === undefined) throw typeError(`cannot pickle '${t.name}' object`);
  let args: Value[] = [];
  let kwargs: PyDict | null = null;
  let hasargs = false;
  const gnx = t.lookup('__getnewargs_ex__');
  if (gnx !== undefined) {
    const r = call(getAttr(self, '__getnewargs_ex__'), []);
    if (!(r instanceof PyTuple) || r.items.length !== 2) throw typeError(`__getnewargs_ex__ should return a tuple of length 2, not '${typeOf(r).name}'`);
    const [a, k] = r.items as [Value, Value];
    if (!(a instanceof PyTuple)) throw typeError(`first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${typeOf(a).name}'`);
    if (!(k instanceof PyDict)) throw typeError(`second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${typeOf(k).name}'`);
    args = a.items;
    kwargs = k;
    hasargs = true;
  } else if (t.lookup('__getnewargs__') !== undefined) {
    const a = call(getAttr(self, '__getnewargs__'), []);
    if (!(a instanceof PyTuple)) throw typeError(`__getnewargs__ should return a tuple, not '${typeOf(a).name}'`);
    args = a.items;
    hasargs = true;
  }
  const copyreg = importModule('copyreg');
  let newobj: Value;
  let newargs: PyTuple;
  if (kwargs === null || kwargs.size === 0) {
    newobj = getAttr(copyreg, '__newobj__');
    newargs = tuple([t, ...args]);
  } else {
    newobj = getAttr(copyreg, '__newobj_ex__');
    newargs = tuple([t, tuple(args), kwargs]);
  }
  const isList = isSubtype(t, listTypeRef());
  const isDict = isSubtype(t, dictTypeRef());
  const state = objectGetstate(self, !(hasargs || isList || isDict));
  const listitems = isList ? getIter(self) : None;
  const dictitems = isDict ? getIter(call(getAttr(self, 'items'), [])) : None;
  return tuple([newobj, newargs, state, listitems, dictitems]);
}

/** _PyObject_GetState: a __getstate__ override, else the default. */
function objectGetstate(self: Value, required: boolean): Value {
  const g = typeOf(self).lookup('__getstate__');
  if (g !== undefined && g !== objectType.ns.get('__getstate__')) return call(getAttr(self, '__getstate__'), []);
  return objectGetstateDefault(self, required);
}

/** object_getstate_default: __dict__ (or None), plus a dict of __slots__ values as (state, slots). */
function objectGetstateDefault(self: Value, required: boolean): Value {
  const t = typeOf(self);
  if (required && solidBase(t) !== objectType) throw typeError(`cannot pickle '${t.name}' object`);
  let state: Value = typeof self === 'object' && self.dict && self.dict.size ? self.dict : None;
  const slotNames: string[] = [];
  for (const m of t.mro) for (const n of m.slotNames ?? []) if (n !== '__dict__' && n !== '__weakref__') slotNames.push(n.startsWith('__') && !n.endsWith('__') ? `_${m.name.replace(/^_+/, '')}${n}` : n);
  if (slotNames.length) {
    const slots = new PyDict();
    for (const n of slotNames) {
      const v = getAttrOpt(self, n);
      if (v !== undefined) slots.setStr(n, v);
    }
    if (slots.size) state = tuple([state, slots]);
  }
  return state;
}
