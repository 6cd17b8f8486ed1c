// types.GenericAlias (list[int]) and types.UnionType (int | str), enough for annotations,
// isinstance with unions, repr and equality (Objects/genericaliasobject.c, unionobject.c).

import { PyObject, type Value } from './object.js';
import { builtinType, None, NotImplemented, objectType, PyType, typeOf, Ellipsis, TF_BASETYPE } from './type.js';
import { PyTuple, tuple } from './tuple.js';
import { getset, method, methodRaw, PyBuiltin, PyStaticMethod } from './function.js';
import { PyDict } from './dict.js';
import { typeError, newExc, AttributeError } from './exceptions.js';
import { call, getAttr, genericGetAttr, getAttrOpt, hashOf, isinstance, issubclass, pyEq, repr, strValue } from './abstract.js';
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
  constructor(origin: Value, args: Value[], cls: PyType = genericAliasType) {
    super(cls);
    this.origin = origin;
    this.args = args;
    if (cls.isHeap()) this.dict = new PyDict();
  }
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
    return `${typeArgRepr(self.origin)}[${args}]`;
  });
  methodRaw(genericAliasType, '__call__', (args, kw) => call((args[0] as PyGenericAlias).origin, args.slice(1), kw));
  method(genericAliasType, '__getitem__', 1, 1, (self: PyGenericAlias, a) => new PyGenericAlias(self.origin, a instanceof PyTuple ? a.items : [a!]));
  method(genericAliasType, '__eq__', 1, 1, (self: PyGenericAlias, o) => {
    if (!(o instanceof PyGenericAlias)) return NotImplemented;
    return pyEq(self.origin, o.origin) && self.args.length === o.args.length && self.args.every((a, i) => pyEq(a, o.args[i]!));
  });
  method(genericAliasType, '__hash__', 0, 0, (self: PyGenericAlias) => hashTupleOf([hashOf(self.origin), hashOf(tuple(self.args))]));
  method(genericAliasType, '__or__', 1, 1, (self, o) => makeUnion(self, o!));
  method(genericAliasType, '__ror__', 1, 1, (self, o) => makeUnion(o!, self));
  method(genericAliasType, '__mro_entries__', 1, 1, (self: PyGenericAlias) => tuple([self.origin]));
  method(genericAliasType, '__instancecheck__', 1, 1, () => {
    throw typeError('isinstance() argument 2 cannot be a parameterized generic');
  });
  method(genericAliasType, '__subclasscheck__', 1, 1, () => {
    throw typeError('issubclass() argument 2 cannot be a parameterized generic');
  });
  getset(genericAliasType, '__origin__', (self: PyGenericAlias) => self.origin);
  getset(genericAliasType, '__args__', (self: PyGenericAlias) => tuple(self.args));
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
