// _operator (Modules/_operator.c): the operator functions as builtins, itemgetter, attrgetter,
// methodcaller and _compare_digest. operator.py re-exports them, as it does CPython's.

import { PyObject, type Value } from '../object.js';
import type { PyModule } from '../module.js';
import { builtinType, None, NotImplemented, objectType, PyType, TF_BASETYPE, typeOf } from '../type.js';
import { PyTuple, tuple } from '../tuple.js';
import { PyDict } from '../dict.js';
import { PyBytes, bufferData } from '../bytes.js';
import { method, methodRaw, PyBuiltin, PyStaticMethod } from '../function.js';
import { newExc, typeError, valueError, isExcInstance, TypeError as TypeErrorT } from '../exceptions.js';
import {
  binaryOp, inplaceOp, call, callKw, contains, delItem, getAttr, getItem, getIter, index, iterNext, lookupSpecial, pyEq, repr,
  richCompare, setItem, strValue, truthy, unaryInvert, unaryNeg, unaryPos, len, LT, LE, EQ, NE, GT, GE,
} from '../abstract.js';
import { NB } from '../opcodes.js';
import { intValue } from '../numeric.js';
import { importAbs } from '../import.js';
import { lengthHintOf } from '../list-methods.js';
import { def } from './util.js';

function args2(name: string, args: Value[], kw: readonly string[] | null, n: number): void {
  if (kw && kw.length) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length !== n) {
    if (n === 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
    throw typeError(`${name} expected ${n} arguments, got ${args.length}`);
  }
}

class PyItemGetter extends PyObject {
  items: Value[] = [];
  constructor(cls: PyType) {
    super(cls);
  }
}

class PyAttrGetter extends PyObject {
  /** Each attribute as its dotted parts. */
  attrs: string[][] = [];
  names: Value[] = [];
  constructor(cls: PyType) {
    super(cls);
  }
}

class PyMethodCaller extends PyObject {
  name: Value = '';
  args: Value[] = [];
  kwargs = new PyDict();
  constructor(cls: PyType) {
    super(cls);
  }
}

export function initOperator(m: PyModule): void {
  m.ns.setStr('__doc__', 'Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n\'__\' are also provided for convenience.');
  const bin = (name: string, op: number): void => {
    def(m, name, (args, kw) => {
      args2(name, args, kw, 2);
      return binaryOp(op, args[0]!, args[1]!);
    });
  };
  const inpl = (name: string, op: number): void => {
    def(m, name, (args, kw) => {
      args2(name, args, kw, 2);
      return inplaceOp(op, args[0]!, args[1]!);
    });
  };
  for (const [n, op] of [['add', NB.ADD], ['and_', NB.AND], ['floordiv', NB.FLOOR_DIVIDE], ['lshift', NB.LSHIFT], ['matmul', NB.MATRIX_MULTIPLY], ['mul', NB.MULTIPLY], ['mod', NB.REMAINDER], ['or_', NB.OR], ['pow', NB.POWER], ['rshift', NB.RSHIFT], ['sub', NB.SUBTRACT], ['truediv', NB.TRUE_DIVIDE], ['xor', NB.XOR]] as const) bin(n, op);
  for (const [n, op] of [['iadd', NB.INPLACE_ADD], ['iand', NB.INPLACE_AND], ['ifloordiv', NB.INPLACE_FLOOR_DIVIDE], ['ilshift', NB.INPLACE_LSHIFT], ['imatmul', NB.INPLACE_MATRIX_MULTIPLY], ['imul', NB.INPLACE_MULTIPLY], ['imod', NB.INPLACE_REMAINDER], ['ior', NB.INPLACE_OR], ['ipow', NB.INPLACE_POWER], ['irshift', NB.INPLACE_RSHIFT], ['isub', NB.INPLACE_SUBTRACT], ['itruediv', NB.INPLACE_TRUE_DIVIDE], ['ixor', NB.INPLACE_XOR]] as const) inpl(n, op);
  for (const [n, op] of [['lt', LT], ['le', LE], ['eq', EQ], ['ne', NE], ['gt', GT], ['ge', GE]] as const) {
    def(m, n, (args, kw) => {
      args2(n, args, kw, 2);
      return richCompare(args[0]!, args[1]!, op);
    });
  }
  const un = (name: string, f: (v: Value) => Value): void => {
    def(m, name, (args, kw) => {
      args2(name, args, kw, 1);
      return f(args[0]!);
    });
  };
  const builtins = importAbs('builtins') as PyModule;
  const babs = builtins.ns.getStr('abs')!;
  un('abs', (v) => call(babs, [v]));
  un('neg', unaryNeg);
  un('pos', unaryPos);
  un('inv', unaryInvert);
  un('invert', unaryInvert);
  un('not_', (v) => !truthy(v));
  un('truth', (v) => truthy(v));
  un('index', (v) => index(v));
  const seqCheck = (a: Value): void => {
    if (typeof a === 'string') return;
    if (typeOf(a).lookup('__getitem__') === undefined || a instanceof PyDict) throw typeError(`'${typeOf(a).name}' object can't be concatenated`);
  };
  def(m, 'concat', (args, kw) => {
    args2('concat', args, kw, 2);
    seqCheck(args[0]!);
    return binaryOp(NB.ADD, args[0]!, args[1]!);
  });
  def(m, 'iconcat', (args, kw) => {
    args2('iconcat', args, kw, 2);
    seqCheck(args[0]!);
    return inplaceOp(NB.INPLACE_ADD, args[0]!, args[1]!);
  });
  def(m, 'is_', (args, kw) => {
    args2('is_', args, kw, 2);
    return isSame(args[0]!, args[1]!);
  });
  def(m, 'is_not', (args, kw) => {
    args2('is_not', args, kw, 2);
    return !isSame(args[0]!, args[1]!);
  });
  def(m, 'contains', (args, kw) => {
    args2('contains', args, kw, 2);
    return contains(args[0]!, args[1]!);
  });
  def(m, 'countOf', (args, kw) => {
    args2('countOf', args, kw, 2);
    const it = getIter(args[0]!);
    let n = 0;
    for (;;) {
      const x = iterNext(it);
      if (x === undefined) break;
      if (isSame(x, args[1]!) || pyEq(x, args[1]!)) n++;
    }
    return n;
  });
  def(m, 'indexOf', (args, kw) => {
    args2('indexOf', args, kw, 2);
    const it = getIter(args[0]!);
    let n = 0;
    for (;;) {
      const x = iterNext(it);
      if (x === undefined) break;
      if (isSame(x, args[1]!) || pyEq(x, args[1]!)) return n;
      n++;
    }
    throw valueError('sequence.index(x): x not in sequence');
  });
  def(m, 'getitem', (args, kw) => {
    args2('getitem', args, kw, 2);
    return getItem(args[0]!, args[1]!);
  });
  def(m, 'setitem', (args, kw) => {
    args2('setitem', args, kw, 3);
    setItem(args[0]!, args[1]!, args[2]!);
    return None;
  });
  def(m, 'delitem', (args, kw) => {
    args2('delitem', args, kw, 2);
    delItem(args[0]!, args[1]!);
    return None;
  });
  def(m, 'length_hint', (args, kw) => {
    if (kw && kw.length) throw typeError('length_hint() takes no keyword arguments');
    if (args.length < 1 || args.length > 2) throw typeError(`length_hint expected at least 1 argument, got ${args.length}`);
    let dflt = 0;
    if (args.length === 2) {
      const d = intValue(args[1]!);
      if (d === undefined) throw typeError(`'${typeOf(args[1]!).name}' object cannot be interpreted as an integer`);
      dflt = Number(d);
    }
    return lengthHintOf(args[0]!, dflt);
  });
  def(m, 'call', (args, kw) => {
    if (args.length - (kw?.length ?? 0) < 1) throw typeError('call() missing 1 required positional argument');
    return call(args[0]!, args.slice(1), kw);
  });
  def(m, '_compare_digest', (args, kw) => {
    args2('_compare_digest', args, kw, 2);
    const [a, b] = args as [Value, Value];
    const sa = strValue(a);
    const sb = strValue(b);
    if (sa !== undefined && sb !== undefined) {
      if (/[^\x00-\x7f]/.test(sa) || /[^\x00-\x7f]/.test(sb)) throw typeError('comparing strings with non-ASCII characters is not supported');
      return sa === sb;
    }
    const da = sa === undefined ? bufferData(a) : null;
    const db = sb === undefined ? bufferData(b) : null;
    if (da === null || db === null) {
      throw typeError(`unsupported operand types(s) or combination of types: '${typeOf(a).name}' and '${typeOf(b).name}'`);
    }
    if (da.length !== db.length) return false;
    let diff = 0;
    for (let i = 0; i < da.length; i++) diff |= da[i]! ^ db[i]!;
    return diff === 0;
  });

  // --- itemgetter -------------------------------------------------------------------------------
  const IG = builtinType('itemgetter', objectType, TF_BASETYPE);
  IG.moduleName = 'operator';
  IG.ns.set('__doc__', 'itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])');
  IG.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    if (kw && kw.length) throw typeError('itemgetter() takes no keyword arguments');
    if (args.length < 2) throw typeError('itemgetter expected 1 argument, got 0');
    const g = new PyItemGetter(args[0] as PyType);
    g.items = args.slice(1);
    return g;
  })));
  methodRaw(IG, '__call__', (args, kw) => {
    const self = args[0] as PyItemGetter;
    if (kw && kw.length) throw typeError('itemgetter() takes no keyword arguments');
    if (args.length !== 2) throw typeError(`itemgetter expected 1 argument, got ${args.length - 1}`);
    const o = args[1]!;
    if (self.items.length === 1) return getItem(o, self.items[0]!);
    return tuple(self.items.map((k) => getItem(o, k)));
  });
  method(IG, '__repr__', 0, 0, (self: PyItemGetter) => `${typeName(self, 'operator.itemgetter')}(${self.items.map(repr).join(', ')})`);
  method(IG, '__reduce__', 0, 0, (self: PyItemGetter) => tuple([self.cls, tuple(self.items)]));
  m.ns.setStr('itemgetter', IG);

  // --- attrgetter -------------------------------------------------------------------------------
  const AG = builtinType('attrgetter', objectType, TF_BASETYPE);
  AG.moduleName = 'operator';
  AG.ns.set('__doc__', 'attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter(\'name\'), the call f(r) returns r.name.\nAfter g = attrgetter(\'name\', \'date\'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter(\'name.first\', \'name.last\'), the call h(r) returns\n(r.name.first, r.name.last).');
  AG.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    if (kw && kw.length) throw typeError('attrgetter() takes no keyword arguments');
    if (args.length < 2) throw typeError('attrgetter expected 1 argument, got 0');
    const g = new PyAttrGetter(args[0] as PyType);
    for (const a of args.slice(1)) {
      const s = strValue(a);
      if (s === undefined) throw typeError('attribute name must be a string');
      g.attrs.push(s.split('.'));
      g.names.push(a);
    }
    return g;
  })));
  const dotted = (o: Value, parts: string[]): Value => {
    let v = o;
    for (const p of parts) v = getAttr(v, p);
    return v;
  };
  methodRaw(AG, '__call__', (args, kw) => {
    const self = args[0] as PyAttrGetter;
    if (kw && kw.length) throw typeError('attrgetter() takes no keyword arguments');
    if (args.length !== 2) throw typeError(`attrgetter expected 1 argument, got ${args.length - 1}`);
    const o = args[1]!;
    if (self.attrs.length === 1) return dotted(o, self.attrs[0]!);
    return tuple(self.attrs.map((p) => dotted(o, p)));
  });
  method(AG, '__repr__', 0, 0, (self: PyAttrGetter) => `${typeName(self, 'operator.attrgetter')}(${self.names.map(repr).join(', ')})`);
  method(AG, '__reduce__', 0, 0, (self: PyAttrGetter) => tuple([self.cls, tuple(self.names)]));
  m.ns.setStr('attrgetter', AG);

  // --- methodcaller -----------------------------------------------------------------------------
  const MC = builtinType('methodcaller', objectType, TF_BASETYPE);
  MC.moduleName = 'operator';
  MC.ns.set('__doc__', 'methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the given method on its operand.\nAfter f = methodcaller(\'name\'), the call f(r) returns r.name().\nAfter g = methodcaller(\'name\', \'date\', foo=1), the call g(r) returns\nr.name(\'date\', foo=1).');
  MC.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    const nkw = kw?.length ?? 0;
    const npos = args.length - 1 - nkw;
    if (npos < 1) throw typeError('methodcaller needs at least one argument, the method name');
    const name = args[1]!;
    if (strValue(name) === undefined) throw typeError('method name must be a string');
    const c = new PyMethodCaller(args[0] as PyType);
    c.name = name;
    c.args = args.slice(2, 1 + npos);
    for (let i = 0; i < nkw; i++) c.kwargs.setStr(kw![i]!, args[1 + npos + i]!);
    return c;
  })));
  methodRaw(MC, '__call__', (args, kw) => {
    const self = args[0] as PyMethodCaller;
    if (kw && kw.length) throw typeError('methodcaller() takes no keyword arguments');
    if (args.length !== 2) throw typeError(`methodcaller expected 1 argument, got ${args.length - 1}`);
    const f = getAttr(args[1]!, strValue(self.name)!);
    return callKw(f, self.args, self.kwargs.size ? self.kwargs : null);
  });
  method(MC, '__repr__', 0, 0, (self: PyMethodCaller) => {
    const parts = [repr(self.name), ...self.args.map(repr), ...self.kwargs.entriesArray().map(([k, v]) => `${strValue(k)}=${repr(v)}`)];
    return `${typeName(self, 'operator.methodcaller')}(${parts.join(', ')})`;
  });
  method(MC, '__reduce__', 0, 0, (self: PyMethodCaller) => {
    if (self.kwargs.size === 0) return tuple([self.cls, tuple([self.name, ...self.args])]);
    const functools = importAbs('functools');
    const partial = call(getAttr(functools, 'partial'), [self.cls, self.name], null);
    const p = callKw(partial, [], self.kwargs);
    return tuple([p, tuple(self.args)]);
  });
  m.ns.setStr('methodcaller', MC);
  void PyBytes;
  void PyTuple;
}

function typeName(o: PyObject, dflt: string): string {
  const t = o.cls;
  if (!t.isHeap()) return dflt;
  return t.qualname;
}

function isSame(a: Value, b: Value): boolean {
  if (a === b) return true;
  return false;
}
