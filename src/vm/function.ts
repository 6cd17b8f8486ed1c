// Callables and descriptors: Python functions, cells, bound methods, builtin functions and
// method descriptors, getset/member descriptors, property, classmethod, staticmethod, and the
// helpers builtin types use to declare their methods.

import { PyObject, type Value } from './object.js';
import { builtinType, None, objectType, PyType, TF_BASETYPE } from './type.js';
import type { CodeInfo } from './code-info.js';
import type { PyDict } from './dict.js';
import { typeError } from './exceptions.js';

export const functionType = builtinType('function', objectType, 0);
export const cellType = builtinType('cell', objectType, 0);
export const methodType = builtinType('method', objectType, 0);
export const builtinFunctionType = builtinType('builtin_function_or_method', objectType, 0);
export const methodDescrType = builtinType('method_descriptor', objectType, 0);
export const wrapperDescrType = builtinType('wrapper_descriptor', objectType, 0);
export const classMethodDescrType = builtinType('classmethod_descriptor', objectType, 0);
export const getsetDescrType = builtinType('getset_descriptor', objectType, 0);
export const memberDescrType = builtinType('member_descriptor', objectType, 0);
export const propertyType = builtinType('property');
export const classmethodType = builtinType('classmethod');
export const staticmethodType = builtinType('staticmethod');

export class PyCell extends PyObject {
  v: Value | null;
  constructor(v: Value | null = null) {
    super(cellType);
    this.v = v;
  }
}

export class PyFunction extends PyObject {
  info: CodeInfo;
  globals: PyDict;
  builtins: PyDict;
  name: string;
  qualname: string;
  defaults: Value[] | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyCell[] | null = null;
  annotations: PyDict | null = null;
  doc: Value;
  module: Value;

  constructor(info: CodeInfo, globals: PyDict, builtins: PyDict) {
    super(functionType);
    this.info = info;
    this.globals = globals;
    this.builtins = builtins;
    this.name = info.name;
    this.qualname = info.qualname;
    const c0 = info.consts[0];
    // PyFunction_New: a str first constant is the docstring (the compiler puts None first otherwise).
    this.doc = typeof c0 === 'string' ? c0 : None;
    this.module = globals.getStr('__name__') ?? None;
  }
}

/** A bound method (`obj.method`). */
export class PyMethod extends PyObject {
  func: Value;
  self: Value;
  constructor(func: Value, self: Value) {
    super(methodType);
    this.func = func;
    this.self = self;
  }
}

/** Native calling convention: positional arguments, then keyword values named by `kwnames`. */
export type NativeFn = (args: Value[], kwnames: readonly string[] | null) => Value;

/** builtin_function_or_method: a native function, possibly bound to `self` (`[].append`). */
export class PyBuiltin extends PyObject {
  name: string;
  fn: NativeFn;
  self: Value | null;
  qualname: string;
  /** `self` is passed as the first argument (a bound method descriptor). */
  passSelf: boolean;
  constructor(name: string, fn: NativeFn, self: Value | null = null, qualname = name, passSelf = false) {
    super(builtinFunctionType);
    this.name = name;
    this.fn = fn;
    this.self = self;
    this.qualname = qualname;
    this.passSelf = passSelf;
  }
}

/** method_descriptor / wrapper_descriptor: a native method in a builtin type's namespace. */
export class PyMethodDescr extends PyObject {
  owner: PyType;
  name: string;
  /** Receives `self` as args[0]. */
  fn: NativeFn;
  /** A sequence-protocol slot (list.__add__, str.__mul__): skipped by number dispatch. */
  seqSlot = false;
  constructor(owner: PyType, name: string, fn: NativeFn, wrapper = false) {
    super(wrapper ? wrapperDescrType : methodDescrType);
    this.owner = owner;
    this.name = name;
    this.fn = fn;
  }
}

/** classmethod_descriptor: a native class method (dict.fromkeys, int.from_bytes). */
export class PyClassMethodDescr extends PyObject {
  owner: PyType;
  name: string;
  /** Receives the class as args[0]. */
  fn: NativeFn;
  constructor(owner: PyType, name: string, fn: NativeFn) {
    super(classMethodDescrType);
    this.owner = owner;
    this.name = name;
    this.fn = fn;
  }
}

/** getset_descriptor: a computed attribute of a builtin type. */
export class PyGetSet extends PyObject {
  owner: PyType;
  name: string;
  get: (obj: Value) => Value;
  set: ((obj: Value, v: Value | null) => void) | null;
  constructor(owner: PyType, name: string, get: (obj: Value) => Value, set: ((obj: Value, v: Value | null) => void) | null = null, member = false) {
    super(member ? memberDescrType : getsetDescrType);
    this.owner = owner;
    this.name = name;
    this.get = get;
    this.set = set;
  }
}

export class PyProperty extends PyObject {
  fget: Value = None;
  fset: Value = None;
  fdel: Value = None;
  doc: Value = None;
  name: Value = None;
  constructor(cls: PyType = propertyType) {
    super(cls);
  }
}

export class PyClassMethod extends PyObject {
  func: Value;
  constructor(func: Value, cls: PyType = classmethodType) {
    super(cls);
    this.func = func;
  }
}

export class PyStaticMethod extends PyObject {
  func: Value;
  constructor(func: Value, cls: PyType = staticmethodType) {
    super(cls);
    this.func = func;
  }
}

propertyType.flags |= TF_BASETYPE;

// --- declaring native members -----------------------------------------------------------------

export function noKw(name: string, kwnames: readonly string[] | null): void {
  if (kwnames && kwnames.length) throw typeError(`${name}() takes no keyword arguments`);
}

/** Checks a native method's positional argument count (args includes self). */
export function arity(name: string, args: Value[], min: number, max: number): void {
  const n = args.length - 1;
  if (n < min || n > max) {
    const bare = name.slice(name.lastIndexOf('.') + 1); // _PyArg_CheckPositional names the method alone
    if (min === max) {
      if (min === 0) throw typeError(`${name}() takes no arguments (${n} given)`);
      if (min === 1) throw typeError(`${name}() takes exactly one argument (${n} given)`);
      throw typeError(`${bare} expected ${min} arguments, got ${n}`);
    }
    if (n < min) throw typeError(`${bare} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
    throw typeError(`${bare} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
  }
}

/** typeobject.c's slotdefs: the dunders a builtin type exposes as slot wrappers; other dunders (__format__, __reduce__, ...) are methods. */
const SLOT_NAMES = new Set(('__getattribute__ __getattr__ __setattr__ __delattr__ __repr__ __hash__ __call__ __str__ __lt__ __le__ __eq__ ' +
  '__ne__ __gt__ __ge__ __iter__ __next__ __get__ __set__ __delete__ __init__ __new__ __del__ __await__ __aiter__ __anext__ __add__ __radd__ ' +
  '__sub__ __rsub__ __mul__ __rmul__ __mod__ __rmod__ __divmod__ __rdivmod__ __pow__ __rpow__ __neg__ __pos__ __abs__ __bool__ __invert__ ' +
  '__lshift__ __rlshift__ __rshift__ __rrshift__ __and__ __rand__ __xor__ __rxor__ __or__ __ror__ __int__ __float__ __iadd__ __isub__ __imul__ ' +
  '__imod__ __ipow__ __ilshift__ __irshift__ __iand__ __ixor__ __ior__ __floordiv__ __rfloordiv__ __truediv__ __rtruediv__ __ifloordiv__ ' +
  '__itruediv__ __index__ __matmul__ __rmatmul__ __imatmul__ __len__ __getitem__ __setitem__ __delitem__ __contains__').split(' '));

/** Installs a native method `name` on `t` taking between `min` and `max` arguments after self. */
export function method(t: PyType, name: string, min: number, max: number, fn: (self: any, ...args: Value[]) => Value): PyMethodDescr {
  const qual = `${t.name}.${name}`;
  const d = new PyMethodDescr(t, name, (args, kw) => {
    noKw(qual, kw);
    arity(qual, args, min, max);
    return fn(...(args as [Value, ...Value[]]));
  }, SLOT_NAMES.has(name));
  t.ns.set(name, d);
  return d;
}

/** Installs a native method that handles its own arguments (args[0] is self). */
export function methodRaw(t: PyType, name: string, fn: NativeFn): PyMethodDescr {
  const d = new PyMethodDescr(t, name, fn, SLOT_NAMES.has(name));
  t.ns.set(name, d);
  return d;
}

export function classMethod(t: PyType, name: string, fn: NativeFn): void {
  t.ns.set(name, new PyClassMethodDescr(t, name, fn));
}

export function staticNative(t: PyType, name: string, fn: NativeFn): void {
  t.ns.set(name, new PyStaticMethod(new PyBuiltin(name, fn)));
}

export function getset(t: PyType, name: string, get: (obj: any) => Value, set: ((obj: any, v: Value | null) => void) | null = null): void {
  t.ns.set(name, new PyGetSet(t, name, get, set));
}

export function builtinFn(name: string, fn: NativeFn, module: Value | null = null): PyBuiltin {
  return new PyBuiltin(name, fn, module);
}

export { PyType };
