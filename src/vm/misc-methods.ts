// The methods of the smaller builtin types: range, slice, None / NotImplemented / Ellipsis,
// functions and methods, descriptors (property, classmethod, staticmethod), cell, code, frame,
// traceback, module, super, generators and coroutines, and the native iterators.

import { SLOT_DOCS } from './slot-docs.js';
import { BUILTIN_DOCS } from './builtin-docs.js';
import { PyBytes } from './bytes.js';
import { PyObject, type Value } from './object.js';
import {
  Ellipsis, ellipsisType, None, noneType, NotImplemented, notImplementedType, objectType, PyType, typeOf, isSubtype, typeType,
} from './type.js';
import { PyRange, rangeType } from './range.js';
import { PySlice, sliceType, sliceIndices } from './slice.js';
import { PyTuple, tuple, EMPTY_TUPLE } from './tuple.js';
import { PyList } from './list.js';
import { PyDict, objectId, idOf, registerHashKind, HK_COMPLEX } from './dict.js';
import {
  cellType, classMethod, classmethodType, functionType, getset, method, methodDescrType, methodRaw, methodType, PyBuiltin, PyCell,
  PyClassMethod, PyFunction, PyMethod, PyMethodDescr, PyProperty, PyStaticMethod, propertyType, staticmethodType, builtinFunctionType,
  wrapperDescrType, getsetDescrType, memberDescrType, PyGetSet, classMethodDescrType, PyClassMethodDescr, noKw,
} from './function.js';
import {
  attributeError, indexError, typeError, valueError, newExc, StopIteration, stopIteration, isExcInstance, PyBaseException,
  StopAsyncIteration, TypeError, OverflowError,
} from './exceptions.js';
import {
  call, callSpecial, captureDescrSlots, descrGet, getAttr, getAttrOpt, genericGetAttr, genericSetAttr, hashOf, index, isCallable, noAttr,
  pyEq, repr, richCompare, str, strValue, toArray, truthy, compareBool, LT, EQ, NE, withReprGuard, lookupSpecial, propName, descrSet,
} from './abstract.js';
import { intValue } from './numeric.js';
import { intSign, intToString, type Int, intSub, intFloorDiv, intMod, big, norm, intAdd } from './int.js';
import {
  PyIter, RangeIterator, BigRangeIterator, listIteratorType, listReverseIteratorType, tupleIteratorType, strIteratorType,
  strUnicodeIteratorType, rangeIteratorType, longRangeIteratorType, dictKeyIteratorType, dictValueIteratorType,
  dictItemIteratorType, dictReverseKeyIteratorType, setIteratorType, seqIteratorType, callableIteratorType, reversedType,
  enumerateType, zipType, mapType, filterType, bytesIteratorType, EnumerateIter, ZipIter, MapIter, FilterIter, ReversedSeq, ArrayIterator,
} from './iter.js';
import { codeType, CodeInfo, codeInfo, fromValue } from './code-info.js';
import { PyCode } from '../bytecode/code.js';
import { Frame, frameType } from './frame.js';
import { PyTraceback, tracebackType } from './traceback.js';
import { PyModule, moduleType } from './module.js';
import { PySuper, superType, superInit } from './class.js';
import {
  asyncGeneratorType, asyncGenInitHooks, coroutineType, coroutineWrapperType, generatorType, genClose, genSend, genThrow, PyGenerator, throwArgs,
  CoroWrapper, GEN_COROUTINE, GEN_ASYNC, yieldFrom, AsyncGenASend, AsyncGenAThrow, asyncGenASendType, asyncGenAThrowType, genSendEx,
} from './generator.js';
import { defaultRepr, moduleQualName } from './object-methods.js';
import { getIter } from './abstract.js';
import { captureModuleGetattr } from './abstract.js';
import { TS } from './thread.js';
import { hashTupleOf } from './hash.js';
import { bindKw } from './number-methods.js';

function rangeRepr(r: PyRange): string {
  const s = `range(${intToString(r.start)}, ${intToString(r.stop)}`;
  return r.step === 1 ? s + ')' : `${s}, ${intToString(r.step)})`;
}

function rangeIndex(r: PyRange, v: Value): Int | null {
  const i = intValue(v);
  if (i === undefined || (typeof v === 'object' && !(v.cls.mro.some((t) => t.name === 'int' && !t.isHeap())))) return null;
  const d = intSub(i, r.start);
  if (intMod(d, r.step) !== 0) return null;
  const k = intFloorDiv(d, r.step);
  if (intSign(k) < 0 || k >= r.length) return null;
  return k;
}

export function initMisc(): void {
  // --- range ---
  rangeType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    noKw('range', kw);
    const a = args.slice(1);
    if (a.length === 0) throw typeError('range expected at least 1 argument, got 0');
    if (a.length > 3) throw typeError(`range expected at most 3 arguments, got ${a.length}`);
    const ints = a.map((x) => {
      const i = intValue(x);
      if (i !== undefined) return i;
      if (typeOf(x).lookup('__index__') === undefined) throw typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
      return index(x);
    });
    let [start, stop, step] = ints.length === 1 ? [0, ints[0]!, 1] : [ints[0]!, ints[1]!, ints[2] ?? 1];
    if (step == 0) throw valueError('range() arg 3 must not be zero'); // eslint-disable-line eqeqeq
    return new PyRange(start!, stop!, step!);
  })));
  method(rangeType, '__len__', 0, 0, (self: PyRange) => {
    if (typeof self.length === 'bigint' && self.length > 2n ** 63n - 1n) throw newExc(OverflowError, 'Python int too large to convert to C ssize_t');
    return self.length;
  });
  method(rangeType, '__iter__', 0, 0, (self: PyRange) => getIter(self));
  method(rangeType, '__reversed__', 0, 0, (self: PyRange) => {
    const last = intAdd(self.start, intSubOne(self.length, self.step));
    const step = typeof self.step === 'number' ? -self.step : norm(-big(self.step));
    if (typeof last === 'number' && typeof step === 'number' && typeof self.length === 'number') return new RangeIterator(last, step, self.length);
    return new BigRangeIterator(last, step, self.length);
  });
  method(rangeType, '__getitem__', 1, 1, (self: PyRange, k) => {
    if (k instanceof PySlice) {
      const n = Number(self.length);
      const si = sliceIndices(k, n);
      return new PyRange(self.item(si.start), self.item(si.start + si.len * si.step), intMulN(self.step, si.step));
    }
    const iv = intValue(k!);
    if (iv === undefined && typeOf(k!).lookup('__index__') === undefined) throw typeError(`range indices must be integers or slices, not ${typeOf(k!).name}`);
    let i: Int = iv ?? index(k!);
    if (intSign(i) < 0) i = intAdd(i, self.length);
    if (intSign(i) < 0 || i >= self.length) throw indexError('range object index out of range');
    return self.item(i);
  });
  method(rangeType, '__contains__', 1, 1, (self: PyRange, v) => {
    if (intValue(v!) !== undefined) return rangeIndex(self, v!) !== null;
    const it = getIter(self);
    for (;;) {
      const x = (it as PyIter).next();
      if (x === undefined) return false;
      if (pyEq(x, v!)) return true;
    }
  });
  method(rangeType, 'index', 1, 1, (self: PyRange, v) => {
    const k = rangeIndex(self, v!);
    if (k === null) throw valueError(`${repr(v!)} is not in range`);
    return k;
  });
  method(rangeType, 'count', 1, 1, (self: PyRange, v) => (rangeIndex(self, v!) !== null ? 1 : 0));
  method(rangeType, '__repr__', 0, 0, (self: PyRange) => rangeRepr(self));
  method(rangeType, '__bool__', 0, 0, (self: PyRange) => self.length != 0); // eslint-disable-line eqeqeq
  method(rangeType, '__eq__', 1, 1, (self: PyRange, o) => {
    if (!(o instanceof PyRange)) return NotImplemented;
    if (self.length != o.length) return false; // eslint-disable-line eqeqeq
    if (self.length == 0) return true; // eslint-disable-line eqeqeq
    if (self.start != o.start) return false; // eslint-disable-line eqeqeq
    if (self.length == 1) return true; // eslint-disable-line eqeqeq
    return self.step == o.step; // eslint-disable-line eqeqeq
  });
  method(rangeType, '__hash__', 0, 0, (self: PyRange) => {
    if (self.length == 0) return hashTupleOf([hashOf(0), hashOf(None), hashOf(None)]); // eslint-disable-line eqeqeq
    if (self.length == 1) return hashTupleOf([hashOf(1), hashOf(self.start), hashOf(None)]); // eslint-disable-line eqeqeq
    return hashTupleOf([hashOf(self.length), hashOf(self.start), hashOf(self.step)]);
  });
  registerHashKind(rangeType, HK_COMPLEX);
  getset(rangeType, 'start', (r: PyRange) => r.start);
  getset(rangeType, 'stop', (r: PyRange) => r.stop);
  getset(rangeType, 'step', (r: PyRange) => r.step);
  method(rangeType, '__reduce__', 0, 0, (r: PyRange) => tuple([rangeType, tuple([r.start, r.stop, r.step])]));

  // --- slice ---
  sliceType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    noKw('slice', kw);
    const a = args.slice(1);
    if (a.length === 0) throw typeError('slice expected at least 1 argument, got 0');
    if (a.length > 3) throw typeError(`slice expected at most 3 arguments, got ${a.length}`);
    if (a.length === 1) return new PySlice(None, a[0]!, None);
    return new PySlice(a[0]!, a[1]!, a[2] ?? None);
  })));
  method(sliceType, '__repr__', 0, 0, (s: PySlice) => `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`);
  method(sliceType, 'indices', 1, 1, (s: PySlice, n) => {
    const len = Number(index(n!));
    if (len < 0) throw valueError('length should not be negative');
    const si = sliceIndices(s, len);
    return tuple([si.start, si.stop, si.step]);
  });
  getset(sliceType, 'start', (s: PySlice) => s.start);
  getset(sliceType, 'stop', (s: PySlice) => s.stop);
  getset(sliceType, 'step', (s: PySlice) => s.step);
  method(sliceType, '__eq__', 1, 1, (s: PySlice, o) => (o instanceof PySlice ? pyEq(tuple([s.start, s.stop, s.step]), tuple([o.start, o.stop, o.step])) : NotImplemented));
  sliceType.ns.set('__hash__', None);

  // --- None, NotImplemented, Ellipsis ---
  noneType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args) => {
    if (args.length > 1) throw typeError('NoneType takes no arguments');
    return None;
  })));
  method(noneType, '__repr__', 0, 0, () => 'None');
  method(noneType, '__bool__', 0, 0, () => false);
  method(noneType, '__hash__', 0, 0, () => 0x7f0000 >> 4);
  notImplementedType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', () => NotImplemented)));
  method(notImplementedType, '__repr__', 0, 0, () => 'NotImplemented');
  method(notImplementedType, '__reduce__', 0, 0, () => 'NotImplemented');
  ellipsisType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', () => Ellipsis)));
  method(ellipsisType, '__repr__', 0, 0, () => 'Ellipsis');
  method(ellipsisType, '__reduce__', 0, 0, () => 'Ellipsis');

  // --- functions ---
  method(functionType, '__repr__', 0, 0, (f: PyFunction) => `<function ${f.qualname} at 0x${objectId(f).toString(16)}>`);
  method(functionType, '__get__', 1, 2, (f: PyFunction, obj, t) => (obj === None && t !== undefined && t !== None ? f : obj === None ? f : new PyMethod(f, obj!)));
  methodRaw(functionType, '__call__', (args, kw) => call(args[0]!, args.slice(1), kw));
  getset(functionType, '__name__', (f: PyFunction) => f.name, (f: PyFunction, v) => {
    const s = v === null ? undefined : strValue(v);
    if (s === undefined) throw typeError('__name__ must be set to a string object');
    f.name = s;
  });
  getset(functionType, '__qualname__', (f: PyFunction) => f.qualname, (f: PyFunction, v) => {
    const s = v === null ? undefined : strValue(v);
    if (s === undefined) throw typeError('__qualname__ must be set to a string object');
    f.qualname = s;
  });
  getset(functionType, '__doc__', (f: PyFunction) => f.doc, (f: PyFunction, v) => {
    f.doc = v ?? None;
  });
  getset(functionType, '__module__', (f: PyFunction) => f.module, (f: PyFunction, v) => {
    f.module = v ?? None;
  });
  getset(functionType, '__defaults__', (f: PyFunction) => (f.defaults ? tuple(f.defaults) : None), (f: PyFunction, v) => {
    if (v === null || v === None) f.defaults = null;
    else if (v instanceof PyTuple) f.defaults = v.items;
    else throw typeError('__defaults__ must be set to a tuple object');
  });
  getset(functionType, '__kwdefaults__', (f: PyFunction) => f.kwdefaults ?? None, (f: PyFunction, v) => {
    if (v === null || v === None) f.kwdefaults = null;
    else if (v instanceof PyDict) f.kwdefaults = v;
    else throw typeError('__kwdefaults__ must be set to a dict object');
  });
  getset(functionType, '__code__', (f: PyFunction) => f.info, (f: PyFunction, v) => {
    if (!(v instanceof CodeInfo)) throw typeError('__code__ must be set to a code object');
    f.info = v;
  });
  getset(functionType, '__globals__', (f: PyFunction) => f.globals);
  getset(functionType, '__builtins__', (f: PyFunction) => f.builtins);
  getset(functionType, '__closure__', (f: PyFunction) => (f.closure ? tuple(f.closure) : None));
  getset(functionType, '__annotations__', (f: PyFunction) => (f.annotations ??= new PyDict()), (f: PyFunction, v) => {
    if (v === null || v === None) f.annotations = null;
    else if (v instanceof PyDict) f.annotations = v;
    else throw typeError('__annotations__ must be set to a dict object');
  });
  getset(functionType, '__dict__', (f: PyFunction) => (f.dict ??= new PyDict()), (f: PyFunction, v) => {
    if (!(v instanceof PyDict)) throw typeError('__dict__ must be set to a dictionary, not a \'' + typeOf(v ?? None).name + "'");
    f.dict = v;
  });
  functionType.hasDict = true;

  method(methodType, '__repr__', 0, 0, (m: PyMethod) => {
    const fname = getAttrOpt(m.func, '__qualname__') ?? getAttrOpt(m.func, '__name__');
    return `<bound method ${fname === undefined ? '?' : str(fname)} of ${repr(m.self)}>`;
  });
  methodRaw(methodType, '__call__', (args, kw) => call(args[0]!, args.slice(1), kw));
  method(methodType, '__get__', 1, 2, (m: PyMethod) => m);
  getset(methodType, '__func__', (m: PyMethod) => m.func);
  getset(methodType, '__self__', (m: PyMethod) => m.self);
  getset(methodType, '__name__', (m: PyMethod) => getAttr(m.func, '__name__'));
  getset(methodType, '__qualname__', (m: PyMethod) => getAttr(m.func, '__qualname__'));
  getset(methodType, '__doc__', (m: PyMethod) => getAttrOpt(m.func, '__doc__') ?? None);
  getset(methodType, '__module__', (m: PyMethod) => getAttrOpt(m.func, '__module__') ?? None);
  method(methodType, '__eq__', 1, 1, (m: PyMethod, o) => (o instanceof PyMethod ? m.func === o.func && m.self === o.self : NotImplemented));
  method(methodType, '__hash__', 0, 0, (m: PyMethod) => (objectId(m.func as object) ^ (typeof m.self === 'object' ? objectId(m.self) : 0)) >> 4);
  method(methodType, '__getattribute__', 1, 1, (m: PyMethod, name) => {
    const n = strValue(name!)!;
    const v = genericGetAttr(m, methodType, n);
    if (v !== undefined) return v;
    return getAttr(m.func, n);
  });

  method(builtinFunctionType, '__repr__', 0, 0, (f: PyBuiltin) => {
    if (f.self === null || f.self instanceof PyModule) return `<built-in function ${f.name}>`;
    return `<built-in method ${f.name} of ${typeOf(f.self).name} object at 0x${idOf(f.self).toString(16)}>`;
  });
  methodRaw(builtinFunctionType, '__call__', (args, kw) => call(args[0]!, args.slice(1), kw));
  getset(builtinFunctionType, '__name__', (f: PyBuiltin) => f.name);
  getset(builtinFunctionType, '__qualname__', (f: PyBuiltin) => f.qualname);
  getset(builtinFunctionType, '__self__', (f: PyBuiltin) => f.self ?? None);
  getset(builtinFunctionType, '__module__', (f: PyBuiltin) => (f.self instanceof PyModule ? f.self.name : f.self === null ? 'builtins' : None));
  getset(builtinFunctionType, '__doc__', (f: PyBuiltin) => {
    // Builtins and bound methods of builtin types: CPython's docstrings (generated table).
    if (f.self === null || (f.self instanceof PyModule && f.self.name === 'builtins')) return BUILTIN_DOCS[f.qualname] ?? None;
    if (!(f.self instanceof PyModule)) return BUILTIN_DOCS[f.qualname] ?? SLOT_DOCS[f.name] ?? None;
    return None;
  });
  getset(builtinFunctionType, '__text_signature__', () => None);
  method(builtinFunctionType, '__eq__', 1, 1, (f: PyBuiltin, o) => (o instanceof PyBuiltin ? f === o || (f.fn === o.fn && f.self === o.self) : NotImplemented));
  method(builtinFunctionType, '__hash__', 0, 0, (f: PyBuiltin) => objectId(f) >> 4);
  // meth_reduce: a module-level function pickles by name, a bound one as getattr(self, name)
  method(builtinFunctionType, '__reduce__', 0, 0, (f: PyBuiltin) =>
    f.self === null || f.self instanceof PyModule ? f.name : tuple([TS.frame!.builtins.getStr('getattr')!, tuple([f.self, f.name])]));

  for (const t of [methodDescrType, wrapperDescrType]) {
    method(t, '__repr__', 0, 0, (d: PyMethodDescr) => `<${t === methodDescrType ? 'method' : 'slot wrapper'} '${d.name}' of '${d.owner.name}' objects>`);
    methodRaw(t, '__call__', (args, kw) => call(args[0]!, args.slice(1), kw));
    method(t, '__get__', 1, 2, (d: PyMethodDescr, obj, cls) => (obj === None ? d : descrGet(d, obj!, (cls instanceof PyType ? cls : typeOf(obj!)))));
    getset(t, '__name__', (d: PyMethodDescr) => d.name);
    getset(t, '__qualname__', (d: PyMethodDescr) => `${d.owner.name}.${d.name}`);
    getset(t, '__objclass__', (d: PyMethodDescr) => d.owner);
    getset(t, '__doc__', (d: PyMethodDescr) => BUILTIN_DOCS[`${d.owner.name}.${d.name}`] ?? (t === wrapperDescrType ? SLOT_DOCS[d.name] : undefined) ?? None);
    getset(t, '__text_signature__', () => None);
  }
  method(classMethodDescrType, '__get__', 1, 2, (d: PyClassMethodDescr, obj, cls) => descrGet(d, obj === None ? null : obj!, cls instanceof PyType ? cls : typeOf(obj!)));
  method(classMethodDescrType, '__repr__', 0, 0, (d: PyClassMethodDescr) => `<method '${d.name}' of '${d.owner.name}' objects>`);
  methodRaw(classMethodDescrType, '__call__', (args, kw) => call(args[0]!, args.slice(1), kw));
  getset(classMethodDescrType, '__name__', (d: PyClassMethodDescr) => d.name);
  for (const t of [getsetDescrType, memberDescrType]) {
    method(t, '__get__', 1, 2, (d: PyGetSet, obj) => {
      if (obj === None) return d;
      if (!isSubtype(typeOf(obj!), d.owner)) throw typeError(`descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${typeOf(obj!).name}' object`); // descr_check
      return d.get(obj!);
    });
    method(t, '__set__', 2, 2, (d: PyGetSet, obj, v) => {
      descrSet(d, obj!, v!, d.name);
      return None;
    });
    method(t, '__delete__', 1, 1, (d: PyGetSet, obj) => {
      descrSet(d, obj!, null, d.name);
      return None;
    });
    method(t, '__repr__', 0, 0, (d: PyGetSet) => (t === memberDescrType ? `<member '${d.name}' of '${d.owner.name}' objects>` : `<attribute '${d.name}' of '${d.owner.name}' objects>`));
    getset(t, '__name__', (d: PyGetSet) => d.name);
    getset(t, '__objclass__', (d: PyGetSet) => d.owner);
    getset(t, '__doc__', () => None);
  }

  // --- property, classmethod, staticmethod ---
  propertyType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args) => new PyProperty(args[0] as PyType))));
  methodRaw(propertyType, '__init__', (args, kw) => {
    const p = args[0] as PyProperty;
    const b = bindKw('property', args.slice(1), kw, [], { fget: None, fset: None, fdel: None, doc: None }, ['fget', 'fset', 'fdel', 'doc'], true);
    p.fget = b['fget']!;
    p.fset = b['fset']!;
    p.fdel = b['fdel']!;
    p.doc = b['doc']!;
    if (p.doc === None && p.fget !== None) {
      const d = getAttrOpt(p.fget, '__doc__');
      if (d !== undefined) {
        if (p.cls === propertyType) p.doc = d;
        else {
          // a property subclass stores the doc in its instance dict
          (p.dict ??= new PyDict()).setStr('__doc__', d);
        }
      }
    }
    return None;
  });
  propertyType.hasDict = true;
  const propGet = method(propertyType, '__get__', 1, 2, (p: PyProperty, obj) => {
    if (obj === None || obj === undefined) return p;
    if (p.fget === None) throw attributeError(`property ${propName(p)}of '${typeOf(obj).name}' object has no getter`, '', obj);
    return call(p.fget, [obj]);
  });
  method(propertyType, '__set__', 2, 2, (p: PyProperty, obj, v) => {
    descrSet(p, obj!, v!, '');
    return None;
  });
  method(propertyType, '__delete__', 1, 1, (p: PyProperty, obj) => {
    descrSet(p, obj!, null, '');
    return None;
  });
  method(propertyType, '__set_name__', 2, 2, (p: PyProperty, _o, name) => {
    p.name = name!;
    return None;
  });
  const propCopy = (p: PyProperty, fget: Value, fset: Value, fdel: Value): Value => {
    const np = call(typeOf(p), [fget, fset, fdel, p.doc]) as PyProperty;
    if (np instanceof PyProperty) np.name = p.name;
    return np;
  };
  method(propertyType, 'getter', 1, 1, (p: PyProperty, f) => propCopy(p, f!, p.fset, p.fdel));
  method(propertyType, 'setter', 1, 1, (p: PyProperty, f) => propCopy(p, p.fget, f!, p.fdel));
  method(propertyType, 'deleter', 1, 1, (p: PyProperty, f) => propCopy(p, p.fget, p.fset, f!));
  getset(propertyType, 'fget', (p: PyProperty) => p.fget);
  getset(propertyType, 'fset', (p: PyProperty) => p.fset);
  getset(propertyType, 'fdel', (p: PyProperty) => p.fdel);
  getset(propertyType, '__doc__', (p: PyProperty) => (p.dict?.getStr('__doc__') ?? p.doc), (p: PyProperty, v) => {
    p.doc = v ?? None;
  });
  getset(propertyType, '__isabstractmethod__', (p: PyProperty) => [p.fget, p.fset, p.fdel].some((f) => f !== None && truthy(getAttrOpt(f, '__isabstractmethod__') ?? false)));

  // types.MethodType(func, instance) and types.FunctionType(code, globals, name, argdefs, closure).
  methodType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    if (kw && kw.length) throw typeError('method() takes no keyword arguments');
    if (args.length !== 3) throw typeError(`method expected 2 arguments, got ${args.length - 1}`);
    const [, fn, self] = args as [Value, Value, Value];
    if (!isCallable(fn)) throw typeError('first argument must be callable');
    if (self === None) throw typeError('instance must not be None');
    return new PyMethod(fn, self);
  })));
  functionType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    const p = bindKw('function', args.slice(1), kw, ['code', 'globals'], { name: None, argdefs: None, closure: None }, [], true);
    const code = p['code'];
    const globals = p['globals'];
    if (!(code instanceof CodeInfo)) throw typeError(`function() argument 'code' must be code, not ${typeOf(code ?? None).name}`);
    if (!(globals instanceof PyDict)) throw typeError(`function() argument 'globals' must be dict, not ${typeOf(globals ?? None).name}`);
    const b = globals.getStr('__builtins__');
    const builtins = b instanceof PyDict ? b : b instanceof PyModule ? b.ns : (TS.frame?.builtins ?? new PyDict());
    const fn = new PyFunction(code, globals, builtins);
    if (p['name'] !== None) {
      const n = strValue(p['name']!);
      if (n === undefined) throw typeError('arg 3 (name) must be None or string');
      fn.name = n;
    }
    if (p['argdefs'] !== None) {
      if (!(p['argdefs'] instanceof PyTuple)) throw typeError('arg 4 (defaults) must be None or tuple');
      fn.defaults = p['argdefs'].items;
    }
    const nfree = code.code.co_freevars.length;
    if (p['closure'] !== None) {
      if (!(p['closure'] instanceof PyTuple)) throw typeError('arg 5 (closure) must be tuple');
      fn.closure = p['closure'].items as PyCell[];
    }
    if ((fn.closure?.length ?? 0) !== nfree) throw valueError(`${code.name} requires closure of length ${nfree}, not ${fn.closure?.length ?? 0}`);
    return fn;
  })));
  classmethodType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args) => new PyClassMethod(None, args[0] as PyType))));
  methodRaw(classmethodType, '__init__', (args, kw) => {
    noKw('classmethod', kw);
    if (args.length !== 2) throw typeError(`classmethod expected 1 argument, got ${args.length - 1}`);
    (args[0] as PyClassMethod).func = args[1]!;
    return None;
  });
  classmethodType.hasDict = true;
  const cmGet = method(classmethodType, '__get__', 1, 2, (c: PyClassMethod, obj, t) => {
    const cls = t === undefined || t === None ? typeOf(obj!) : t;
    const f = c.func;
    const g = typeOf(f).lookup('__get__');
    if (g !== undefined && !(f instanceof PyFunction) && !(f instanceof PyBuiltin)) return call(g, [f, cls, typeOf(cls)]);
    return new PyMethod(f, cls);
  });
  getset(classmethodType, '__func__', (c: PyClassMethod) => c.func);
  getset(classmethodType, '__wrapped__', (c: PyClassMethod) => c.func);
  getset(classmethodType, '__isabstractmethod__', (c: PyClassMethod) => getAttrOpt(c.func, '__isabstractmethod__') ?? false);
  getset(classmethodType, '__doc__', (c: PyClassMethod) => getAttrOpt(c.func, '__doc__') ?? None);
  getset(classmethodType, '__name__', (c: PyClassMethod) => getAttr(c.func, '__name__'));
  getset(classmethodType, '__qualname__', (c: PyClassMethod) => getAttr(c.func, '__qualname__'));
  method(classmethodType, '__repr__', 0, 0, (c: PyClassMethod) => `<classmethod(${repr(c.func)})>`);
  staticmethodType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args) => new PyStaticMethod(None, args[0] as PyType))));
  methodRaw(staticmethodType, '__init__', (args, kw) => {
    noKw('staticmethod', kw);
    if (args.length !== 2) throw typeError(`staticmethod expected 1 argument, got ${args.length - 1}`);
    (args[0] as PyStaticMethod).func = args[1]!;
    return None;
  });
  staticmethodType.hasDict = true;
  const smGet = method(staticmethodType, '__get__', 1, 2, (s: PyStaticMethod) => s.func);
  methodRaw(staticmethodType, '__call__', (args, kw) => call((args[0] as PyStaticMethod).func, args.slice(1), kw));
  getset(staticmethodType, '__func__', (s: PyStaticMethod) => s.func);
  getset(staticmethodType, '__wrapped__', (s: PyStaticMethod) => s.func);
  getset(staticmethodType, '__isabstractmethod__', (s: PyStaticMethod) => getAttrOpt(s.func, '__isabstractmethod__') ?? false);
  getset(staticmethodType, '__doc__', (s: PyStaticMethod) => getAttrOpt(s.func, '__doc__') ?? None);
  getset(staticmethodType, '__name__', (s: PyStaticMethod) => getAttr(s.func, '__name__'));
  method(staticmethodType, '__repr__', 0, 0, (s: PyStaticMethod) => `<staticmethod(${repr(s.func)})>`);
  captureDescrSlots(cmGet, smGet, propGet);

  // --- cell, code, frame, traceback ---
  cellType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    if (kw && kw.length) throw typeError('cell() takes no keyword arguments');
    if (args.length > 2) throw typeError(`cell expected at most 1 argument, got ${args.length - 1}`);
    return new PyCell(args.length > 1 ? args[1]! : null);
  })));
  getset(cellType, 'cell_contents', (c: PyCell) => {
    if (c.v === null) throw valueError('Cell is empty');
    return c.v;
  }, (c: PyCell, v) => {
    c.v = v;
  });
  method(cellType, '__repr__', 0, 0, (c: PyCell) => (c.v === null ? `<cell at 0x${objectId(c).toString(16)}: empty>` : `<cell at 0x${objectId(c).toString(16)}: ${typeOf(c.v).name} object at 0x${idOf(c.v).toString(16)}>`));
  const code = codeType;
  getset(code, 'co_name', (c: CodeInfo) => c.name);
  getset(code, 'co_qualname', (c: CodeInfo) => c.qualname);
  getset(code, 'co_filename', (c: CodeInfo) => c.filename);
  getset(code, 'co_firstlineno', (c: CodeInfo) => c.code.co_firstlineno);
  getset(code, 'co_argcount', (c: CodeInfo) => c.argcount);
  getset(code, 'co_posonlyargcount', (c: CodeInfo) => c.posonlyargcount);
  getset(code, 'co_kwonlyargcount', (c: CodeInfo) => c.kwonlyargcount);
  getset(code, 'co_flags', (c: CodeInfo) => c.flags);
  getset(code, 'co_nlocals', (c: CodeInfo) => c.code.co_nlocals);
  getset(code, 'co_stacksize', (c: CodeInfo) => c.code.co_stacksize);
  getset(code, 'co_varnames', (c: CodeInfo) => tuple(c.code.co_varnames));
  getset(code, 'co_cellvars', (c: CodeInfo) => tuple(c.code.co_cellvars));
  getset(code, 'co_freevars', (c: CodeInfo) => tuple(c.code.co_freevars));
  getset(code, 'co_names', (c: CodeInfo) => tuple(c.names));
  getset(code, 'co_consts', (c: CodeInfo) => tuple(c.consts));
  method(code, '__repr__', 0, 0, (c: CodeInfo) => `<code object ${c.name} at 0x${objectId(c).toString(16)}, file "${c.filename}", line ${c.code.co_firstlineno}>`);
  methodRaw(code, 'replace', (args, kw) => {
    const c = args[0] as CodeInfo;
    if (args.length - (kw?.length ?? 0) > 1) throw typeError('replace() takes no positional arguments');
    const f: Record<string, unknown> = { ...c.code };
    const nk = kw?.length ?? 0;
    for (let i = 0; i < nk; i++) {
      const k = kw![i]!;
      const v = args[args.length - nk + i]!;
      const needInt = (): number => {
        const n = intValue(v);
        if (n === undefined) throw typeError(`replace() argument '${k}' must be int, not ${typeOf(v).name}`);
        return Number(n);
      };
      const needStr = (): string => {
        const s = strValue(v);
        if (s === undefined) throw typeError(`replace() argument '${k}' must be str, not ${typeOf(v).name}`);
        return s;
      };
      const needBytes = (): Uint8Array => {
        if (!(v instanceof PyBytes)) throw typeError(`replace() argument '${k}' must be bytes, not ${typeOf(v).name}`);
        return v.data;
      };
      switch (k) {
        case 'co_argcount': case 'co_posonlyargcount': case 'co_kwonlyargcount': case 'co_stacksize': case 'co_flags': case 'co_firstlineno':
          f[k] = needInt();
          break;
        case 'co_name': case 'co_qualname': case 'co_filename':
          f[k] = needStr();
          break;
        case 'co_code': case 'co_linetable': case 'co_exceptiontable':
          f[k] = needBytes();
          break;
        case 'co_names':
          if (!(v instanceof PyTuple)) throw typeError(`replace() argument 'co_names' must be tuple, not ${typeOf(v).name}`);
          f[k] = v.items.map((x) => strValue(x) ?? '');
          break;
        case 'co_consts': {
          if (!(v instanceof PyTuple)) throw typeError(`replace() argument 'co_consts' must be tuple, not ${typeOf(v).name}`);
          f[k] = v.items.map((x) => {
            const cc = fromValue(x);
            if (cc === undefined) throw typeError(`replace(): unsupported constant of type ${typeOf(x).name}`);
            return cc;
          });
          break;
        }
        default:
          throw typeError(`replace() got an unexpected keyword argument '${k}'`);
      }
    }
    return codeInfo(new PyCode(f as never));
  });
  method(code, 'co_lines', 0, 0, (c: CodeInfo) => {
    const out: Value[] = [];
    let start = 0;
    let line = c.line(0);
    for (let i = 1; i <= c.ops.length; i++) {
      const l = i < c.ops.length ? c.line(i) : NaN;
      if (l !== line) {
        out.push(tuple([start * 2, i * 2, line < 0 ? None : line]));
        start = i;
        line = l;
      }
    }
    return new ArrayIterator(out);
  });
  method(code, 'co_positions', 0, 0, (c: CodeInfo) => {
    const out: Value[] = [];
    for (let i = 0; i < c.ops.length; i++) {
      const p = c.position(i);
      const n = (x: number): Value => (x < 0 ? None : x);
      out.push(tuple([n(p.line), n(p.endLine), n(p.col), n(p.endCol)]));
    }
    return new ArrayIterator(out);
  });
  getset(frameType, 'f_code', (f: Frame) => f.info);
  getset(frameType, 'f_globals', (f: Frame) => f.globals);
  getset(frameType, 'f_builtins', (f: Frame) => f.builtins);
  getset(frameType, 'f_locals', (f: Frame) => frameLocals(f));
  getset(frameType, 'f_back', (f: Frame) => f.back ?? None);
  getset(frameType, 'f_lineno', (f: Frame) => {
    const l = f.lineno;
    return l < 0 ? None : l;
  });
  // a suspended generator's frame has pc at the RESUME after its YIELD_VALUE (or after
  // RETURN_GENERATOR when not started); CPython's f_lasti is that yield point
  getset(frameType, 'f_lasti', (f: Frame) => (f.gen !== null && !f.gen.running && !f.done && f.pc > 0 ? (f.pc - 1) * 2 : f.pc * 2));
  getset(frameType, 'f_trace', () => None, () => undefined);
  method(frameType, '__repr__', 0, 0, (f: Frame) => `<frame at 0x${objectId(f).toString(16)}, file '${f.info.filename}', line ${f.lineno}, code ${f.info.name}>`);
  method(frameType, 'clear', 0, 0, () => None);
  getset(tracebackType, 'tb_frame', (t: PyTraceback) => t.frame);
  getset(tracebackType, 'tb_lineno', (t: PyTraceback) => t.lineno);
  getset(tracebackType, 'tb_lasti', (t: PyTraceback) => t.lasti * 2);
  getset(tracebackType, 'tb_next', (t: PyTraceback) => t.next ?? None, (t: PyTraceback, v) => {
    if (v === null) throw typeError("can't delete tb_next attribute");
    if (v !== None && !(v instanceof PyTraceback)) throw typeError(`expected traceback object or None, got '${typeOf(v).name}'`);
    // tb_next_set: no loops
    for (let c: PyTraceback | null = v === None ? null : (v as PyTraceback); c !== null; c = c.next) {
      if (c === t) throw valueError('traceback loop detected');
    }
    t.next = v === None ? null : (v as PyTraceback);
  });
  tracebackType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    // tb_new(tb_next, tb_frame, tb_lasti, tb_lineno)
    const p = bindKw('traceback', args.slice(1), kw, ['tb_next', 'tb_frame', 'tb_lasti', 'tb_lineno'], {});
    const next = p['tb_next']!;
    if (next !== None && !(next instanceof PyTraceback)) throw typeError(`expected traceback object or None, got '${typeOf(next).name}'`);
    const frame = p['tb_frame']!;
    if (!(frame instanceof Frame)) throw typeError(`TracebackType() argument 'tb_frame' must be frame, not ${typeOf(frame).name}`);
    const lasti = intValue(p['tb_lasti']!);
    const lineno = intValue(p['tb_lineno']!);
    if (lasti === undefined) throw typeError(`'${typeOf(p['tb_lasti']!).name}' object cannot be interpreted as an integer`);
    if (lineno === undefined) throw typeError(`'${typeOf(p['tb_lineno']!).name}' object cannot be interpreted as an integer`);
    return new PyTraceback(next === None ? null : (next as PyTraceback), frame, Number(lasti) / 2, Number(lineno));
  })));

  // --- module ---
  moduleType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args) => {
    const m = new PyModule('?', None, args[0] as PyType);
    return m;
  })));
  // module_get_annotations / module_set_annotations: kept in the module's __dict__, created on demand
  getset(moduleType, '__annotations__', (m: PyModule) => {
    const d = m.ns;
    const v = d.getStr('__annotations__');
    if (v !== undefined) return v;
    const a = new PyDict();
    d.setStr('__annotations__', a);
    return a;
  }, (m: PyModule, v) => {
    if (v === null) {
      if (m.ns.getStr('__annotations__') === undefined) throw attributeError('__annotations__', '__annotations__', m);
      m.ns.delete('__annotations__');
    } else m.ns.setStr('__annotations__', v);
  });
  methodRaw(moduleType, '__init__', (args, kw) => {
    const b = bindKw('module', args.slice(1), kw, ['name'], { doc: None }, ['doc'], true);
    const m = args[0] as PyModule;
    m.ns.setStr('__name__', b['name']!);
    m.ns.setStr('__doc__', b['doc']!);
    return None;
  });
  method(moduleType, '__repr__', 0, 0, (m: PyModule) => {
    const file = m.ns.getStr('__file__');
    const name = m.ns.getStr('__name__');
    const n = name === undefined ? '?' : str(name);
    if (file !== undefined && file !== None) return `<module '${n}' from '${str(file)}'>`;
    const spec = m.ns.getStr('__spec__');
    if (spec !== undefined && spec !== None) {
      const origin = getAttrOpt(spec, 'origin');
      if (origin === 'built-in') return `<module '${n}' (built-in)>`;
    }
    return `<module '${n}'>`;
  });
  const modGA = method(moduleType, '__getattribute__', 1, 1, (m: PyModule, name) => {
    const n = strValue(name!)!;
    const v = genericGetAttr(m, typeOf(m), n);
    if (v !== undefined) return v;
    const ga = m.ns.getStr('__getattr__');
    if (ga !== undefined) return call(ga, [n]);
    throw noAttr(m, n);
  });
  captureModuleGetattr(modGA);
  getset(moduleType, '__dict__', (m: PyModule) => m.ns);
  method(moduleType, '__dir__', 0, 0, (m: PyModule) => {
    const d = m.ns.getStr('__dir__');
    if (d !== undefined) return call(d, []);
    return new PyList(m.ns.keysArray());
  });

  // --- super ---
  superType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args) => new PySuper(args[0] as PyType))));
  methodRaw(superType, '__init__', (args, kw) => {
    noKw('super', kw);
    if (args.length > 3) throw typeError(`super() expected at most 2 arguments, got ${args.length - 1}`);
    superInit(args[0] as PySuper, args.slice(1));
    return None;
  });
  method(superType, '__repr__', 0, 0, (s: PySuper) => {
    if (s.objType) return `<super: <class '${s.thisType?.name}'>, <${s.objType.name} object>>`;
    return `<super: <class '${s.thisType?.name}'>, NULL>`;
  });
  method(superType, '__get__', 1, 2, (s: PySuper, obj) => {
    if (obj === None || s.obj !== null) return s;
    const ns = new PySuper(s.cls);
    superInit(ns, [s.thisType!, obj!]);
    return ns;
  });
  getset(superType, '__thisclass__', (s: PySuper) => s.thisType ?? None);
  getset(superType, '__self__', (s: PySuper) => s.obj ?? None);
  getset(superType, '__self_class__', (s: PySuper) => s.objType ?? None);

  // --- generators and coroutines ---
  for (const gt of [generatorType, coroutineType, asyncGeneratorType]) {
    const prefix = gt === generatorType ? 'gi' : gt === coroutineType ? 'cr' : 'ag';
    method(gt, '__repr__', 0, 0, (g: PyGenerator) => `<${gt.name} object ${g.qualname} at 0x${objectId(g).toString(16)}>`);
    method(gt, 'close', 0, 0, (g: PyGenerator) => genClose(g));
    getset(gt, '__name__', (g: PyGenerator) => g.name, (g: PyGenerator, v) => {
      const s = v === null ? undefined : strValue(v);
      if (s === undefined) throw typeError('__name__ must be set to a string object');
      g.name = s;
    });
    getset(gt, '__qualname__', (g: PyGenerator) => g.qualname, (g: PyGenerator, v) => {
      const s = v === null ? undefined : strValue(v);
      if (s === undefined) throw typeError('__qualname__ must be set to a string object');
      g.qualname = s;
    });
    getset(gt, `${prefix}_frame`, (g: PyGenerator) => g.frame ?? None);
    // ag_running is the ag_running_async member: set while an asend/athrow/aclose awaitable runs
    getset(gt, `${prefix}_running`, (g: PyGenerator) => (gt === asyncGeneratorType ? g.runningAsync : g.running));
    getset(gt, `${prefix}_code`, (g: PyGenerator) => g.code);
    if (gt !== asyncGeneratorType) {
      method(gt, 'send', 1, 1, (g: PyGenerator, v) => genSend(g, v!));
      method(gt, 'throw', 1, 3, (g: PyGenerator, ...a) => genThrow(g, throwArgs(a as Value[])));
    }
    if (gt === generatorType) getset(gt, 'gi_yieldfrom', (g: PyGenerator) => yieldFrom(g) ?? None);
    if (gt === coroutineType) {
      getset(gt, 'cr_await', (g: PyGenerator) => yieldFrom(g) ?? None);
      getset(gt, 'cr_origin', () => None);
    }
    getset(gt, `${prefix}_suspended`, (g: PyGenerator) => g.frame !== null && g.started && !g.running);
  }
  method(generatorType, '__iter__', 0, 0, (g: PyGenerator) => g);
  method(generatorType, '__next__', 0, 0, (g: PyGenerator) => genSend(g, None));
  method(coroutineType, '__await__', 0, 0, (g: PyGenerator) => new CoroWrapper(g));
  method(coroutineWrapperType, '__iter__', 0, 0, (w: CoroWrapper) => w);
  method(coroutineWrapperType, '__next__', 0, 0, (w: CoroWrapper) => genSend(w.coro, None));
  method(coroutineWrapperType, 'send', 1, 1, (w: CoroWrapper, v) => genSend(w.coro, v!));
  method(coroutineWrapperType, 'throw', 1, 3, (w: CoroWrapper, ...a) => genThrow(w.coro, throwArgs(a as Value[])));
  method(coroutineWrapperType, 'close', 0, 0, (w: CoroWrapper) => genClose(w.coro));
  method(asyncGeneratorType, '__aiter__', 0, 0, (g: PyGenerator) => g);
  method(asyncGeneratorType, '__anext__', 0, 0, (g: PyGenerator) => (asyncGenInitHooks(g), new AsyncGenASend(g, None)));
  method(asyncGeneratorType, 'asend', 1, 1, (g: PyGenerator, v) => (asyncGenInitHooks(g), new AsyncGenASend(g, v!)));
  method(asyncGeneratorType, 'athrow', 1, 3, (g: PyGenerator, ...a) => (asyncGenInitHooks(g), new AsyncGenAThrow(g, throwArgs(a as Value[]))));
  method(asyncGeneratorType, 'aclose', 0, 0, (g: PyGenerator) => (asyncGenInitHooks(g), new AsyncGenAThrow(g, null)));
  getset(asyncGeneratorType, 'ag_await', (g: PyGenerator) => yieldFrom(g) ?? None);
  for (const at of [asyncGenASendType, asyncGenAThrowType]) {
    method(at, '__await__', 0, 0, (a: PyObject) => a);
    method(at, '__iter__', 0, 0, (a: PyObject) => a);
    method(at, '__next__', 0, 0, (a: AsyncGenASend | AsyncGenAThrow) => {
      const v = a.next();
      if (v === undefined) throw stopIteration(None);
      return v;
    });
    method(at, 'send', 1, 1, (a: AsyncGenASend | AsyncGenAThrow, v) => a.send(v!));
    method(at, 'throw', 1, 3, (a: AsyncGenASend | AsyncGenAThrow, ...args) => {
      const exc = throwArgs(args as Value[]);
      if (a instanceof AsyncGenASend) return a.throwIn(exc);
      const r = genSendEx(a.gen, None, exc);
      if (r.done) throw newExc(StopAsyncIteration);
      return r.value;
    });
    method(at, 'close', 0, 0, () => None);
  }

  // --- native iterators ---
  const iterTypes = [
    listIteratorType, listReverseIteratorType, tupleIteratorType, strIteratorType, strUnicodeIteratorType, rangeIteratorType,
    longRangeIteratorType, dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType, dictReverseKeyIteratorType,
    setIteratorType, seqIteratorType, callableIteratorType, reversedType, enumerateType, zipType, mapType, filterType,
    bytesIteratorType,
  ];
  for (const it of iterTypes) {
    method(it, '__iter__', 0, 0, (self: PyIter) => self);
    method(it, '__next__', 0, 0, (self: PyIter) => {
      const v = self.next();
      if (v === undefined) throw newExc(StopIteration);
      return v;
    });
    method(it, '__length_hint__', 0, 0, (self: PyIter) => self.lengthHint());
  }
  enumerateType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    if (args.length === 1 && !kw?.length) throw typeError("enumerate() missing required argument 'iterable'"); // enumerate_vectorcall
    const b = bindKw('enumerate', args.slice(1), kw, ['iterable'], { start: 0 }, ['start'], true);
    const st = b['start']!;
    const si = intValue(st);
    if (si === undefined) throw typeError(`'${typeOf(st).name}' object cannot be interpreted as an integer`);
    return new EnumerateIter(getIter(b['iterable']!), si, args[0] as PyType);
  })));
  zipType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    let strict = false;
    const nkw = kw?.length ?? 0;
    kw?.forEach((k, i) => {
      if (k !== 'strict') throw typeError(`zip() got an unexpected keyword argument '${k}'`);
      strict = truthy(args[args.length - nkw + i]!);
    });
    const its = args.slice(1, args.length - nkw).map((a) => getIter(a)); // 3.11: iter()'s own TypeError
    return new ZipIter(its, strict, args[0] as PyType);
  })));
  mapType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    if (kw && kw.length) throw typeError('map() takes no keyword arguments');
    if (args.length < 3) throw typeError('map() must have at least two arguments.');
    return new MapIter(args[1]!, args.slice(2).map(getIter), args[0] as PyType);
  })));
  filterType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    if (kw && kw.length) throw typeError('filter() takes no keyword arguments');
    if (args.length !== 3) throw typeError(`filter expected 2 arguments, got ${args.length - 1}`);
    return new FilterIter(args[1] === None ? null : args[1]!, getIter(args[2]!), args[0] as PyType);
  })));
  reversedType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    noKw('reversed', kw);
    if (args.length !== 2) throw typeError(`reversed expected 1 argument, got ${args.length - 1}`);
    const seq = args[1]!;
    const r = lookupSpecial(seq, '__reversed__');
    if (r !== undefined) {
      if (r === None) throw typeError(`'${typeOf(seq).name}' object is not reversible`);
      return call(r, []);
    }
    const t = typeOf(seq);
    if (t.lookup('__getitem__') === undefined || t.lookup('__len__') === undefined || seq instanceof PyDict) {
      throw typeError(`'${t.name}' object is not reversible`);
    }
    const n = Number(callSpecial(seq, '__len__', []));
    return new ReversedSeq(seq, n, args[0] as PyType);
  })));
  void EMPTY_TUPLE;
  void TS;
  void isCallable;
  void compareBool;
  void LT;
  void EQ;
  void NE;
  void richCompare;
  void withReprGuard;
  void toArray;
  void defaultRepr;
  void moduleQualName;
  void objectType;
  void isSubtype;
  void typeType;
  void PyList;
  void GEN_COROUTINE;
  void GEN_ASYNC;
  void PyBaseException;
  void PyMethodDescr;
  void genericSetAttr;
  void hashTupleOf;
}

function intSubOne(len: Int, step: Int): Int {
  return intMulN(intSub(len, 1), step);
}

function intMulN(a: Int, b: Int): Int {
  return norm(big(a) * big(b));
}

/** frame.f_locals / locals() of a function frame: a snapshot dict. */
export function frameLocals(f: Frame): Value {
  if (f.locals !== null) return f.locals;
  const d = new PyDict();
  const info = f.info;
  for (let i = 0; i < info.nlocalsplus; i++) {
    let v = f.fast[i];
    if (v instanceof PyCell && (info.isCell(i) || i >= info.freeStart)) v = v.v;
    if (v !== null && v !== undefined) d.setStr(info.localNames[i]!, v);
  }
  return d;
}

