// Classes: calling a type (type_call), creating one (type_new, __build_class__ with
// metaclasses, __prepare__, __mro_entries__, __classcell__, __set_name__, __init_subclass__,
// __slots__), instance creation (object.__new__), and super().

import { CO_FAST_CELL } from '../bytecode/code.js';
import { PyObject, type Value } from './object.js';
import {
  builtinType, intType, isSubtype, None, NotImplemented, objectType, PyType, TF_BASETYPE, TF_HEAPTYPE, TF_MAPPING, TF_SEQUENCE, typeOf, typeType,
  MroError, computeMro,
} from './type.js';
import { PyDict } from './dict.js';
import { PyTuple, tuple, EMPTY_TUPLE, tupleType } from './tuple.js';
import { PyCell, PyClassMethod, PyFunction, PyGetSet, PyMethodDescr, PyStaticMethod, memberDescrType } from './function.js';
import { Frame } from './frame.js';
import { TS } from './thread.js';
import { runNew } from './eval.js';
import {
  attributeError, newExc, PyBaseException, RuntimeError, typeError, ValueError,
} from './exceptions.js';
import {
  call, callMethod, callSpecial, descrGet, descrKind, genericGetAttr, getAttrOpt, isinstance, repr, setItem, strValue, toArray, noAttr,
} from './abstract.js';
import { PyStrObj } from './str.js';

export const superType = builtinType('super');

/** A heap type's instances that have no builtin layout of their own. */
export class PyInstance extends PyObject {
  /** The values of its __slots__ (by index along the MRO), once one is set. */
  slots: (Value | null)[] | null = null;
}

/** Slot values of objects with a builtin layout (a subclass of int with __slots__, ...). */
const slotValues = new WeakMap<PyObject, (Value | null)[]>();

export function slotGet(o: PyObject, i: number): Value | null {
  if (o instanceof PyInstance) return o.slots?.[i] ?? null;
  return slotValues.get(o)?.[i] ?? null;
}

export function slotSet(o: PyObject, i: number, v: Value | null): void {
  if (o instanceof PyInstance) {
    const a = o.slots;
    if (a === null) {
      const n: (Value | null)[] = [];
      for (let k = 0; k < i; k++) n.push(null);
      n.push(v);
      o.slots = n;
    } else {
      while (a.length < i) a.push(null);
      a[i] = v;
    }
    return;
  }
  let a = slotValues.get(o);
  if (!a) slotValues.set(o, (a = []));
  a[i] = v;
}

/** Number of __slots__ entries in t and its bases (the index of t's first own slot). */
function slotCount(t: PyType): number {
  let n = 0;
  for (const m of t.mro) if (m.slotNames) n += m.slotNames.length;
  return n;
}

// --- instance creation --------------------------------------------------------------------------

let objectNew: Value | undefined;
let objectInit: Value | undefined;
let typeCallFn: Value | undefined;

export function captureObjectSlots(n: Value, i: Value, tc: Value): void {
  objectNew = n;
  objectInit = i;
  typeCallFn = tc;
}

/** The nearest builtin (non-heap) base: its __new__ decides the JavaScript layout. */
export function solidBase(t: PyType): PyType {
  for (const m of t.mro) if (!m.isHeap() && m.ownLayout) return m;
  return objectType;
}

/** object.__new__(cls) for a class whose layout is object's. */
export function newInstance(cls: PyType): PyObject {
  const o = new PyInstance(cls);
  if (cls.hasDict) o.dict = new PyDict();
  return o;
}

/**
 * The eval loop's fast path for `C(...)`: an instance when C's __new__ is object.__new__ and
 * its __init__ is a Python function (the loop then runs __init__ in a frame); else null.
 */
export function newInstanceFast(cls: PyType): PyObject | null {
  return fastInit(cls) === null ? null : newInstance(cls);
}

/**
 * C's __init__ when `C(...)` can be object.__new__(C) followed by a Python __init__ in a
 * frame, else null. Depends only on C's MRO namespaces (valid while C.version is unchanged).
 */
export function fastInit(cls: PyType): PyFunction | null {
  if (!cls.isHeap()) return null;
  if (cls.lookup('__new__') !== objectNew) return null;
  const init = cls.lookup('__init__');
  if (!(init instanceof PyFunction)) return null;
  if (solidBase(cls) !== objectType) return null;
  if (cls.lookup('__abstractmethods__') !== undefined) return null;
  return init;
}

/** type.__call__(cls, *args, **kwargs). */
export function typeCall(cls: PyType, args: Value[], kwnames: readonly string[] | null): Value {
  const meta = cls.cls;
  if (meta !== typeType) {
    const c = meta.lookup('__call__');
    if (c !== typeCallFn && c !== undefined) return call(descrGet(c, cls, meta), args, kwnames);
  }
  return typeCallDefault(cls, args, kwnames);
}

export function typeCallDefault(cls: PyType, args: Value[], kwnames: readonly string[] | null): Value {
  if (cls === typeType && args.length === 1 && (kwnames === null || kwnames.length === 0)) return typeOf(args[0]!);
  const nw = cls.lookup('__new__');
  if (nw === undefined) throw typeError(`cannot create '${cls.name}' instances`);
  let obj: Value;
  if (nw instanceof PyStaticMethod) obj = call(nw.func, [cls, ...args], kwnames);
  else obj = call(descrGet(nw, null, cls), [cls, ...args], kwnames);
  if (!isSubtype(typeOf(obj), cls)) return obj;
  const t = typeOf(obj);
  const init = t.lookup('__init__');
  if (init === undefined || init === objectInit) {
    if (init === objectInit) objectInitCheck(obj, args, kwnames);
    return obj;
  }
  let r: Value;
  if (init instanceof PyMethodDescr) r = init.fn([obj, ...args], kwnames);
  else r = call(descrGet(init, obj, t), args, kwnames);
  if (r !== None) throw typeError(`__init__() should return None, not '${typeOf(r).name}'`);
  return obj;
}

/** object_init's excess-argument check. */
export function objectInitCheck(obj: Value, args: Value[], kwnames: readonly string[] | null): void {
  if (args.length === 0 && (kwnames === null || kwnames.length === 0)) return;
  const t = typeOf(obj);
  if (t.lookup('__init__') !== objectInit) throw typeError('object.__init__() takes exactly one argument (the instance to initialize)');
  if (t.lookup('__new__') === objectNew) throw typeError(`${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
}

/** object_new's excess-argument check and instance creation. */
export function objectNewImpl(cls: PyType, args: Value[], kwnames: readonly string[] | null): PyObject {
  if (args.length > 0 || (kwnames !== null && kwnames.length > 0)) {
    if (cls.lookup('__new__') !== objectNew) throw typeError('object.__new__() takes exactly one argument (the type to instantiate)');
    if (cls.lookup('__init__') === objectInit) throw typeError(`${cls.name}() takes no arguments`);
  }
  const am = cls.lookup('__abstractmethods__');
  if (am !== undefined && cls.isHeap()) {
    const names = toArray(am).map((x) => strValue(x) ?? '').sort();
    if (names.length) {
      throw typeError(`Can't instantiate abstract class ${cls.name} with abstract method${names.length > 1 ? 's' : ''} ${names.join(', ')}`);
    }
  }
  const base = solidBase(cls);
  if (base !== objectType) {
    throw typeError(`object.__new__(${cls.name}) is not safe, use ${base.name}.__new__()`);
  }
  return newInstance(cls);
}

// --- class creation ---------------------------------------------------------------------------

/** _PyType_CalculateMetaclass. */
export function calculateMetaclass(meta: PyType, bases: Value[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const tmp = typeOf(b);
    if (isSubtype(winner, tmp)) continue;
    if (isSubtype(tmp, winner)) {
      winner = tmp;
      continue;
    }
    throw typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

let typeNewFn: Value | undefined;
export function captureTypeNew(f: Value): void {
  typeNewFn = f;
}

/** type.__new__(meta, name, bases, ns, **kwargs). */
export function typeNew(meta: PyType, name: string, basesV: Value[], ns: PyDict, kwnames: readonly string[] | null = null, kwvalues: Value[] = []): PyType {
  let bases = basesV;
  const winner = calculateMetaclass(meta, bases);
  if (winner !== meta) {
    const wn = winner.lookup('__new__');
    if (wn !== typeNewFn && wn !== undefined) {
      return call(wn instanceof PyStaticMethod ? wn.func : wn, [winner, name, tuple(bases), ns, ...kwvalues], kwnames) as PyType;
    }
    meta = winner;
  }
  if (bases.length === 0) bases = [objectType];
  const tbases: PyType[] = [];
  for (const b of bases) {
    if (!(b instanceof PyType)) throw typeError(`bases must be types`);
    if (!(b.flags & TF_BASETYPE)) throw typeError(`type '${b.name}' is not an acceptable base type`);
    if (tbases.includes(b)) throw typeError(`duplicate base class ${b.name}`);
    tbases.push(b);
  }
  // Instance layout compatibility: the solid bases must form a chain.
  let layout: PyType = objectType;
  for (const b of tbases) {
    const sb = solidBase(b);
    if (isSubtype(sb, layout)) layout = sb;
    else if (!isSubtype(layout, sb)) throw typeError('multiple bases have instance lay-out conflict');
  }
  let t: PyType;
  try {
    t = new PyType(name, tbases, meta, TF_HEAPTYPE | TF_BASETYPE);
  } catch (e) {
    if (e instanceof MroError) throw typeError(e.message);
    throw e;
  }
  // The best base: the one whose layout is the most derived.
  t.base = tbases.find((b) => isSubtype(solidBase(b), layout) && solidBase(b) === layout) ?? tbases[0]!;
  // Namespace.
  for (const [k, v] of ns.entriesArray()) {
    const ks = strValue(k);
    if (ks !== undefined) t.ns.set(ks, v);
  }
  if (!t.ns.has('__module__')) {
    const g = TS.frame?.globals.getStr('__name__');
    if (g !== undefined) t.ns.set('__module__', g);
  }
  const qn = t.ns.get('__qualname__');
  if (qn !== undefined) {
    const s = strValue(qn);
    if (s === undefined) throw typeError(`type __qualname__ must be a str, not ${typeOf(qn).name}`);
    t.qualname = s;
    t.ns.delete('__qualname__');
  }
  // A class that defines __eq__ but not __hash__ is unhashable.
  if (t.ns.has('__eq__') && !t.ns.has('__hash__')) t.ns.set('__hash__', None);
  for (const special of ['__new__']) {
    const v = t.ns.get(special);
    if (v instanceof PyFunction) t.ns.set(special, new PyStaticMethod(v));
  }
  for (const special of ['__init_subclass__', '__class_getitem__']) {
    const v = t.ns.get(special);
    if (v instanceof PyFunction) t.ns.set(special, new PyClassMethod(v));
  }
  // __slots__
  const slots = t.ns.get('__slots__');
  const baseHasDict = tbases.some((b) => b.hasDict || (b.isHeap() && b.hasDict));
  if (slots === undefined) {
    t.hasDict = true;
    if (!baseHasDict) addDictDescriptors(t);
  } else {
    const names = typeof slots === 'string' ? [slots] : toArray(slots).map((s) => {
      const n = strValue(s);
      if (n === undefined) throw typeError(`__slots__ items must be strings, not '${typeOf(s).name}'`);
      return n;
    });
    t.hasDict = baseHasDict;
    if (names.some((n) => n !== '__dict__' && n !== '__weakref__')) {
      // variable-size instances (tp_itemsize != 0) leave no room for slots
      const varBase = tbases.find((b) => b.mro.some((m) => !m.isHeap() && (m === intType || m === tupleType || m === typeType || m.name === 'bytes')));
      if (varBase) throw typeError(`nonempty __slots__ not supported for subtype of '${varBase.name}'`);
    }
    const own: string[] = [];
    let first = 0;
    for (const b of tbases) first = Math.max(first, slotCount(b));
    for (const n of names) {
      if (n === '__dict__') {
        if (baseHasDict) throw typeError('__dict__ slot disallowed: we already got one');
        t.hasDict = true;
        addDictDescriptors(t);
        continue;
      }
      if (n === '__weakref__') continue;
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/u.test(n)) throw typeError('__slots__ must be identifiers');
      const mangled = n.startsWith('__') && !n.endsWith('__') ? `_${name.replace(/^_+/, '')}${n}` : n;
      if (t.ns.has(mangled)) throw newExc(ValueError, `'${mangled}' in __slots__ conflicts with class variable`);
      own.push(mangled);
    }
    t.slotNames = own;
    own.forEach((n, i) => {
      const idx = first + i;
      t.ns.set(n, new PyGetSet(t, n, (o: Value) => {
        const v = slotGet(o as PyObject, idx);
        if (v === null) throw attributeError(`'${typeOf(o).name}' object has no attribute '${n}'`, n, o);
        return v;
      }, (o: Value, v: Value | null) => {
        if (v === null && slotGet(o as PyObject, idx) === null) throw attributeError(`'${typeOf(o).name}' object has no attribute '${n}'`, n, o);
        slotSet(o as PyObject, idx, v);
      }, true));
    });
  }
  if (!t.hasDict) t.hasDict = tbases.some((b) => b.hasDict);
  if (!t.ns.has('__doc__')) t.ns.set('__doc__', None);
  // __classcell__
  const cell = t.ns.get('__classcell__');
  if (cell !== undefined) {
    if (!(cell instanceof PyCell)) throw typeError(`__classcell__ must be a nonlocal cell, not ${typeOf(cell).name}`);
    cell.v = t;
    t.ns.delete('__classcell__');
  }
  t.invalidate();
  // mro_internal: a metaclass's own mro() gives the MRO (called once the namespace is in place)
  if (meta.lookup('mro') !== typeType.ns.get('mro')) {
    t.mro = toArray(callMethod(t, 'mro', [])).map((c) => {
      if (!(c instanceof PyType)) throw typeError(`mro() returned a non-class ('${typeOf(c).name}')`);
      if (!isSubtype(solidBase(t), solidBase(c))) throw typeError(`mro() returned base with unsuitable layout ('${c.name}')`);
      return c;
    });
    t.invalidate();
  }
  // __set_name__
  for (const [k, v] of [...t.ns]) {
    if (typeof v !== 'object') continue;
    const sn = typeOf(v).lookup('__set_name__');
    if (sn === undefined) continue;
    try {
      callSpecial(v, '__set_name__', [t, k]);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      const r = newExc(RuntimeError, `Error calling __set_name__ on '${typeOf(v).name}' instance ${repr(k)} in '${t.name}'`);
      r.cause = e;
      r.context = e;
      r.suppressContext = true;
      throw r;
    }
  }
  // __init_subclass__ of the parent
  initSubclass(t, kwnames, kwvalues);
  return t;
}

function initSubclass(t: PyType, kwnames: readonly string[] | null, kwvalues: Value[]): void {
  const mro = t.mro;
  for (let i = 1; i < mro.length; i++) {
    const d = mro[i]!.ns.get('__init_subclass__');
    if (d === undefined) continue;
    const bound = descrKind(d) ? descrGet(d, null, t) : d;
    call(bound, kwvalues, kwnames);
    return;
  }
}

export function addDictDescriptors(t: PyType): void {
  t.ns.set('__dict__', new PyGetSet(t, '__dict__', (o: Value) => {
    const obj = o as PyObject;
    if (obj.dict === null) obj.dict = new PyDict();
    return obj.dict;
  }, (o: Value, v: Value | null) => {
    if (v === null) throw typeError('cannot delete __dict__');
    if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`);
    (o as PyObject).dict = v;
  }));
  t.ns.set('__weakref__', new PyGetSet(t, '__weakref__', () => None));
}

/** builtins.__build_class__(func, name, *bases, metaclass=None, **kwds). */
export function buildClass(args: Value[], kwnames: readonly string[] | null): Value {
  if (args.length < 2) throw typeError('__build_class__: not enough arguments');
  const func = args[0]!;
  if (!(func instanceof PyFunction)) throw typeError('__build_class__: func must be a function');
  const name = strValue(args[1]!);
  if (name === undefined) throw typeError('__build_class__: name is not a string');
  const nkw = kwnames?.length ?? 0;
  const origBases = args.slice(2, args.length - nkw);
  const kwNames: string[] = [];
  const kwValues: Value[] = [];
  let meta: Value | undefined;
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i]!;
    const v = args[args.length - nkw + i]!;
    if (k === 'metaclass') meta = v;
    else {
      kwNames.push(k);
      kwValues.push(v);
    }
  }
  const bases = updateBases(origBases);
  let isClass = true;
  if (meta === undefined) meta = bases.length ? typeOf(bases[0]!) : typeType;
  else isClass = meta instanceof PyType;
  if (isClass) meta = calculateMetaclass(meta as PyType, bases);
  let ns: Value;
  const prep = getAttrOpt(meta, '__prepare__');
  if (prep === undefined) ns = new PyDict();
  else {
    ns = call(prep, [name, tuple(bases), ...kwValues], kwNames.length ? kwNames : null);
    if (!(ns instanceof PyDict) && typeOf(ns).lookup('__getitem__') === undefined) {
      throw typeError(`${isClass ? (meta as PyType).name : 'type'}.__prepare__() must return a mapping, not ${typeOf(ns).name}`);
    }
  }
  const f = new Frame(func.info, func, func.globals, func.builtins, ns as PyDict);
  func.info.calls++;
  const cell = runNew(f);
  if (bases.length !== origBases.length || bases.some((b, i) => b !== origBases[i])) {
    setItem(ns, '__orig_bases__', tuple(origBases));
  }
  const cls = call(meta, [name, tuple(bases), ns, ...kwValues], kwNames.length ? kwNames : null);
  if (cls instanceof PyType && cell instanceof PyCell) {
    if (cell.v !== cls) {
      if (cell.v === null) {
        throw newExc(RuntimeError, `__class__ not set defining ${repr(name)} as ${repr(cls)}. Was __classcell__ propagated to type.__new__?`);
      }
      throw typeError(`__class__ set to ${repr(cell.v)} defining ${repr(name)} as ${repr(cls)}`);
    }
  }
  return cls;
}

/** update_bases: __mro_entries__. */
function updateBases(bases: Value[]): Value[] {
  let out: Value[] | null = null;
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i]!;
    if (b instanceof PyType) {
      out?.push(b);
      continue;
    }
    const me = getAttrOpt(b, '__mro_entries__');
    if (me === undefined) {
      out?.push(b);
      continue;
    }
    const r = call(me, [tuple(bases)]);
    if (!(r instanceof PyTuple)) throw typeError('__mro_entries__ must return a tuple');
    out ??= bases.slice(0, i);
    out.push(...r.items);
  }
  return out ?? bases;
}

/** type(name, bases, dict) through the C3 check, usable by natives. */
export function mroOf(t: PyType, bases: PyType[]): PyType[] {
  return computeMro(t, bases);
}

// --- super ------------------------------------------------------------------------------------

export class PySuper extends PyObject {
  static type = superType;
  thisType: PyType | null = null;
  obj: Value | null = null;
  objType: PyType | null = null;
  constructor(cls: PyType = superType) {
    super(cls);
  }
}

/** super_check: the type to start the MRO walk from. */
function superCheck(t: PyType, obj: Value): PyType {
  if (obj instanceof PyType && isSubtype(obj, t)) return obj;
  const ot = typeOf(obj);
  if (isSubtype(ot, t)) return ot;
  const cls = getAttrOpt(obj, '__class__');
  if (cls instanceof PyType && cls !== ot && isSubtype(cls, t)) return cls;
  throw typeError('super(type, obj): obj must be an instance or subtype of type');
}

export function superInit(su: PySuper, args: Value[]): void {
  let t: Value;
  let obj: Value | null = null;
  if (args.length === 0) {
    const f = TS.frame;
    if (f === null) throw newExc(RuntimeError, 'super(): no current frame');
    const info = f.info;
    if (info.argcount === 0) throw newExc(RuntimeError, 'super(): no arguments');
    let first = f.fast[0] ?? null;
    if (first !== null && info.kinds[0]! & CO_FAST_CELL && first instanceof PyCell) first = first.v;
    if (first === null) throw newExc(RuntimeError, 'super(): arg[0] deleted');
    let found: Value | null | undefined;
    for (let i = info.freeStart; i < info.nlocalsplus; i++) {
      if (info.localNames[i] === '__class__') {
        const c = f.fast[i];
        if (!(c instanceof PyCell)) throw newExc(RuntimeError, 'super(): bad __class__ cell');
        found = c.v;
        break;
      }
    }
    if (found === undefined) throw newExc(RuntimeError, 'super(): __class__ cell not found');
    if (found === null) throw newExc(RuntimeError, 'super(): empty __class__ cell');
    if (!(found instanceof PyType)) throw newExc(RuntimeError, `super(): __class__ is not a type (${typeOf(found).name})`);
    t = found;
    obj = first;
  } else {
    t = args[0]!;
    if (args.length > 1 && args[1] !== None) obj = args[1]!;
  }
  if (!(t instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${typeOf(t).name}`);
  su.thisType = t;
  su.obj = obj;
  su.objType = obj === null ? null : superCheck(t, obj);
}

export function superGetAttr(su: PySuper, name: string): Value {
  const start = su.objType;
  if (start !== null && name !== '__class__') {
    const mro = start.mro;
    let i = mro.indexOf(su.thisType!);
    for (i++; i < mro.length; i++) {
      const v = mro[i]!.ns.get(name);
      if (v === undefined) continue;
      if (typeof v === 'object' && descrKind(v) !== 0) return descrGet(v, su.obj === start ? null : su.obj, start);
      return v;
    }
  }
  const v = genericGetAttr(su, su.cls, name);
  if (v !== undefined) return v;
  throw noAttr(su, name);
}

export { NotImplemented, EMPTY_TUPLE, memberDescrType, PyStrObj, isinstance };
