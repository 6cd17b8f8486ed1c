// types.GenericAlias (list[int]) and types.UnionType (int | str), enough for annotations,
// isinstance with unions, repr and equality (Objects/genericaliasobject.c, unionobject.c).

import { PyObject, type Value } from './object.js';
import { builtinType, None, NotImplemented, objectType, PyType, typeOf, Ellipsis, TF_BASETYPE } from './type.js';
import { PyTuple, tuple, tupleType } from './tuple.js';
import { PyIter } from './iter.js';
import { builtinNamed } from './dict-methods.js';
import { getset, method, methodRaw, PyBuiltin, PyStaticMethod } from './function.js';
import { PyDict } from './dict.js';
import type { PyList } from './list.js';
import { typeError, newExc, AttributeError, StopIteration, isExcInstance, TypeError as TypeErrorT } from './exceptions.js';
import { call, getAttr, genericGetAttr, getAttrOpt, getItem, hashOf, isinstance, issubclass, pyEq, repr, setAttr, str, strValue, truthy } from './abstract.js';
import { moduleQualName } from './object-methods.js';
import { hashTupleOf } from './hash.js';

export const genericAliasType = builtinType('GenericAlias', objectType, TF_BASETYPE);
genericAliasType.moduleName = 'types';
export const unionType = builtinType('UnionType', objectType, 0);
unionType.moduleName = 'types';

const GA_ATTR_EXCEPTIONS = new Set(['__class__', '__origin__', '__args__', '__unpacked__', '__parameters__', '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__']);

/** _Py_make_parameters: the type variables among args, in first-seen order. */
export function makeParameters(args: readonly Value[]): Value[] {
  const out: Value[] = [];
  const add = (v: Value): void => {
    if (!out.some((x) => x === v)) out.push(v);
  };
  for (const t of args) {
    if (t instanceof PyType) continue;
    if (getAttrOpt(t, '__typing_subst__') !== undefined) {
      add(t);
      continue;
    }
    const ps = getAttrOpt(t, '__parameters__');
    if (ps instanceof PyTuple) for (const p of ps.items) add(p);
  }
  return out;
}

export class PyGenericAlias extends PyObject {
  origin: Value;
  args: Value[];
  /** *tuple[int] (PEP 646): made by iterating an alias. */
  starred = false;
  constructor(origin: Value, args: Value[], cls: PyType = genericAliasType) {
    super(cls);
    this.origin = origin;
    this.args = args;
    if (cls.isHeap()) this.dict = new PyDict();
  }
}

export const genericAliasIteratorType = builtinType('generic_alias_iterator', objectType, 0);

/** iter(list[int]): yields *list[int] once (ga_iternext). */
class GenericAliasIterator extends PyIter {
  alias: PyGenericAlias | null;
  constructor(alias: PyGenericAlias) {
    super(genericAliasIteratorType);
    this.alias = alias;
  }
  next(): Value | undefined {
    const a = this.alias;
    if (a === null) return undefined;
    this.alias = null;
    const r = new PyGenericAlias(a.origin, a.args);
    r.starred = true;
    return r;
  }
}

function isTypeVarTuple(param: Value): boolean {
  const it = typeOf(param).lookup('__iter__');
  return it !== undefined && it !== None;
}

/** _unpacked_tuple_args: the args of *tuple[...] (or of an object's __typing_unpacked_tuple_args__). */
function unpackedTupleArgs(arg: Value): Value | undefined {
  if (arg instanceof PyGenericAlias && arg.starred && arg.origin === tupleType) return tuple(arg.args);
  const r = getAttrOpt(arg, '__typing_unpacked_tuple_args__');
  return r === undefined || r === None ? undefined : r;
}

/** _unpack_args: splice *tuple[X, Y] items into the subscript's arguments. */
function unpackArgs(item: Value): Value[] {
  const items = item instanceof PyTuple ? item.items : [item];
  const out: Value[] = [];
  for (const it of items) {
    if (!(it instanceof PyType)) {
      const sub = unpackedTupleArgs(it);
      if (sub instanceof PyTuple && !(sub.items.length && sub.items[sub.items.length - 1] === Ellipsis)) {
        out.push(...sub.items);
        continue;
      }
    }
    out.push(it);
  }
  return out;
}

/** subs_tvars: obj[...] with its own type variables replaced (a TypeVarTuple's tuple spliced in). */
function subsTvars(obj: Value, params: Value[], argitems: readonly Value[]): Value {
  const sub = getAttrOpt(obj, '__parameters__');
  if (!(sub instanceof PyTuple) || sub.items.length === 0) return obj;
  const subargs: Value[] = [];
  for (let arg of sub.items) {
    const iparam = params.indexOf(arg);
    if (iparam >= 0) {
      arg = argitems[iparam]!;
      if (isTypeVarTuple(params[iparam]!) && arg instanceof PyTuple) {
        subargs.push(...arg.items);
        continue;
      }
    }
    subargs.push(arg);
  }
  return getItem(obj, tuple(subargs));
}

/** _Py_subs_parameters (3.11.7): the new __args__ of self[item]. */
export function subsParameters(self: Value, args: Value[], params: Value[], item: Value): Value[] {
  const nparams = params.length;
  if (nparams === 0) throw typeError(`${repr(self)} is not a generic class`);
  let it: Value = tuple(unpackArgs(item));
  for (const param of params) {
    const prep = getAttrOpt(param, '__typing_prepare_subst__');
    if (prep !== undefined && prep !== None) it = call(prep, [self, it instanceof PyTuple ? it : tuple([it])]);
  }
  const argitems = it instanceof PyTuple ? it.items : [it];
  const nitems = argitems.length;
  if (nitems !== nparams) {
    throw typeError(`Too ${nitems > nparams ? 'many' : 'few'} arguments for ${repr(self)}; actual ${nitems}, expected ${nparams}`);
  }
  const out: Value[] = [];
  for (let arg of args) {
    if (arg instanceof PyType) {
      out.push(arg);
      continue;
    }
    const u = getAttrOpt(arg, '__typing_is_unpacked_typevartuple__');
    const unpack = u !== undefined && truthy(u);
    const subst = getAttrOpt(arg, '__typing_subst__');
    if (subst !== undefined) arg = call(subst, [argitems[params.indexOf(arg)]!]);
    else arg = subsTvars(arg, params, argitems);
    if (unpack && arg instanceof PyTuple) out.push(...arg.items);
    else out.push(arg);
  }
  return out;
}

export class PyUnion extends PyObject {
  args: Value[];
  constructor(args: Value[]) {
    super(unionType);
    this.args = args;
  }
}

export function genericAlias(origin: Value, args: Value): Value {
  return new PyGenericAlias(origin, args instanceof PyTuple ? args.items : [args]);
}

/** repr of one type argument, as typing shows it. */
export function typeArgRepr(v: Value): string {
  if (v === Ellipsis) return '...';
  if (v === None) return 'None';
  if (v instanceof PyType) return moduleQualName(v);
  if (v instanceof PyGenericAlias || v instanceof PyUnion) return repr(v);
  const q = getAttrOpt(v, '__qualname__');
  const m = getAttrOpt(v, '__module__');
  if (q !== undefined && m !== undefined && getAttrOpt(v, '__origin__') === undefined && getAttrOpt(v, '__args__') === undefined) {
    const ms = strValue(m);
    const qs = strValue(q);
    if (qs !== undefined) return ms === 'builtins' || ms === undefined ? qs : `${ms}.${qs}`;
  }
  return repr(v);
}

function unionable(v: Value): boolean {
  return v === None || v instanceof PyType || v instanceof PyGenericAlias || v instanceof PyUnion || (typeof v === 'object' && typeOf(v).name === 'TypeVar');
}

export function makeUnion(a: Value, b: Value): Value {
  if (!unionable(a) || !unionable(b)) return NotImplemented;
  const out: Value[] = [];
  const add = (v: Value): void => {
    if (v instanceof PyUnion) v.args.forEach(add);
    else {
      const x = v === None ? typeOf(None) : v;
      if (!out.some((y) => y === x || (y instanceof PyGenericAlias && pyEq(y, x)))) out.push(x);
    }
  };
  add(a);
  add(b);
  if (out.length === 1) return out[0]!;
  return new PyUnion(out);
}

export function initAliases(): void {
  genericAliasType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    if (kw && kw.length && (args[0] as PyType) === genericAliasType) throw typeError('GenericAlias() takes no keyword arguments');
    if (args.length !== 3) throw typeError(`GenericAlias expected 2 arguments, got ${args.length - 1}`);
    const a = args[2]!;
    return new PyGenericAlias(args[1]!, a instanceof PyTuple ? a.items : [a], args[0] as PyType);
  })));
  methodRaw(genericAliasType, '__init__', () => None);
  method(genericAliasType, '__repr__', 0, 0, (self: PyGenericAlias) => {
    const args = self.args.length === 0 ? '()' : self.args.map((a) => (a instanceof PyTuple && a.items.length === 0 ? '()' : typeArgRepr(a))).join(', ');
    return `${self.starred ? '*' : ''}${typeArgRepr(self.origin)}[${args}]`;
  });
  methodRaw(genericAliasType, '__call__', (args, kw) => {
    const self = args[0] as PyGenericAlias;
    const obj = call(self.origin, args.slice(1), kw);
    // set_orig_class: obj.__orig_class__ = self, where the object allows it
    try {
      setAttr(obj, '__orig_class__', self);
    } catch (e) {
      if (!isExcInstance(e, AttributeError) && !isExcInstance(e, TypeErrorT)) throw e;
    }
    return obj;
  });
  method(genericAliasType, '__getitem__', 1, 1, (self: PyGenericAlias, a) => {
    const r = new PyGenericAlias(self.origin, subsParameters(self, self.args, makeParameters(self.args), a!));
    r.starred = self.starred;
    return r;
  });
  method(genericAliasType, '__iter__', 0, 0, (self: PyGenericAlias) => new GenericAliasIterator(self));
  method(genericAliasIteratorType, '__iter__', 0, 0, (self: Value) => self);
  method(genericAliasIteratorType, '__next__', 0, 0, (self: GenericAliasIterator) => {
    const v = self.next();
    if (v === undefined) throw newExc(StopIteration);
    return v;
  });
  method(genericAliasIteratorType, '__reduce__', 0, 0, (self: GenericAliasIterator) =>
    tuple([builtinNamed('iter'), tuple(self.alias ? [self.alias] : [tuple([])])]));
  method(genericAliasType, '__eq__', 1, 1, (self: PyGenericAlias, o) => {
    if (!(o instanceof PyGenericAlias)) return NotImplemented;
    if (self.starred !== o.starred) return false;
    return pyEq(self.origin, o.origin) && self.args.length === o.args.length && self.args.every((a, i) => pyEq(a, o.args[i]!));
  });
  method(genericAliasType, '__hash__', 0, 0, (self: PyGenericAlias) => hashTupleOf([hashOf(self.origin), hashOf(tuple(self.args))]));
  method(genericAliasType, '__or__', 1, 1, (self, o) => makeUnion(self, o!));
  method(genericAliasType, '__ror__', 1, 1, (self, o) => makeUnion(o!, self));
  method(genericAliasType, '__reduce__', 0, 0, (self: PyGenericAlias) => {
    if (self.starred) return tuple([builtinNamed('next'), tuple([new GenericAliasIterator(new PyGenericAlias(self.origin, self.args))])]);
    return tuple([typeOf(self), tuple([self.origin, tuple(self.args)])]);
  });
  method(genericAliasType, '__dir__', 0, 0, (self: PyGenericAlias) => {
    const d = call(builtinNamed('dir'), [self.origin]) as PyList;
    for (const n of GA_ATTR_EXCEPTIONS) if (n !== '__class__' && !d.items.some((x) => x === n)) d.items.push(n);
    return d;
  });
  method(genericAliasType, '__mro_entries__', 1, 1, (self: PyGenericAlias) => tuple([self.origin]));
  method(genericAliasType, '__instancecheck__', 1, 1, () => {
    throw typeError('isinstance() argument 2 cannot be a parameterized generic');
  });
  method(genericAliasType, '__subclasscheck__', 1, 1, () => {
    throw typeError('issubclass() argument 2 cannot be a parameterized generic');
  });
  getset(genericAliasType, '__origin__', (self: PyGenericAlias) => self.origin);
  getset(genericAliasType, '__args__', (self: PyGenericAlias) => tuple(self.args));
  getset(genericAliasType, '__unpacked__', (self: PyGenericAlias) => self.starred);
  getset(genericAliasType, '__typing_unpacked_tuple_args__', (self: PyGenericAlias) => (self.starred && self.origin === tupleType ? tuple(self.args) : None));
  getset(genericAliasType, '__parameters__', (self: PyGenericAlias) => tuple(makeParameters(self.args)));
  method(genericAliasType, '__getattribute__', 1, 1, (self: PyGenericAlias, name) => {
    const n = strValue(name!);
    if (n === undefined) throw typeError(`attribute name must be string, not '${typeOf(name!).name}'`);
    if (!GA_ATTR_EXCEPTIONS.has(n)) return getAttr(self.origin, n);
    const v = genericGetAttr(self, typeOf(self), n);
    if (v === undefined) throw newExc(AttributeError, `'types.GenericAlias' object has no attribute '${n}'`);
    return v;
  });

  method(unionType, '__repr__', 0, 0, (self: PyUnion) => self.args.map((a) => (a === typeOf(None) ? 'None' : typeArgRepr(a))).join(' | '));
  method(unionType, '__or__', 1, 1, (self, o) => makeUnion(self, o!));
  method(unionType, '__ror__', 1, 1, (self, o) => makeUnion(o!, self));
  method(unionType, '__eq__', 1, 1, (self: PyUnion, o) => {
    if (!(o instanceof PyUnion)) return NotImplemented;
    return self.args.length === o.args.length && self.args.every((a) => o.args.some((b) => pyEq(a, b)));
  });
  method(unionType, '__hash__', 0, 0, (self: PyUnion) => hashOf(tuple(self.args.map((a) => hashOf(a)).sort())));
  method(unionType, '__instancecheck__', 1, 1, (self: PyUnion, o) => self.args.some((a) => isinstance(o!, a)));
  method(unionType, '__subclasscheck__', 1, 1, (self: PyUnion, c) => self.args.some((a) => issubclass(c!, a)));
  getset(unionType, '__args__', (self: PyUnion) => tuple(self.args));
  getset(unionType, '__parameters__', () => tuple([]));
}
