// _contextvars: ContextVar, Token, Context and copy_context for a single thread of control.

import { PyObject, type Value } from '../object.js';
import type { PyModule } from '../module.js';
import { builtinType, None, objectType, PyType, TF_BASETYPE } from '../type.js';
import { PyDict } from '../dict.js';
import { method, methodRaw, PyBuiltin, PyStaticMethod, getset, classMethod } from '../function.js';
import { keyError, newExc, LookupError, valueError, RuntimeError } from '../exceptions.js';
import { call, repr } from '../abstract.js';
import { def } from './util.js';
import { genericAlias } from '../alias.js';
import { ArrayIterator } from '../iter.js';
import { tuple } from '../tuple.js';

const MISSING = {} as Value;

class PyContext extends PyObject {
  vars = new Map<PyContextVar, Value>();
  entered = false;
}
class PyContextVar extends PyObject {
  constructor(cls: PyType, readonly name: string, readonly dflt: Value) {
    super(cls);
  }
}
class PyToken extends PyObject {
  used = false;
  constructor(cls: PyType, readonly ctx: PyContext, readonly v: PyContextVar, readonly old: Value) {
    super(cls);
  }
}

export function initContextvars(m: PyModule): void {
  const ctxType = builtinType('Context', objectType, 0);
  ctxType.moduleName = '_contextvars';
  const varType = builtinType('ContextVar', objectType, 0);
  varType.moduleName = '_contextvars';
  const tokType = builtinType('Token', objectType, 0);
  tokType.moduleName = '_contextvars';
  let current = new PyContext(ctxType);
  ctxType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', () => new PyContext(ctxType))));
  methodRaw(ctxType, 'run', (args, kw) => {
    const c = args[0] as PyContext;
    if (c.entered) throw newExc(RuntimeError, `cannot enter context: ${repr(c)} is already entered`);
    const saved = current;
    current = c;
    c.entered = true;
    try {
      return call(args[1]!, args.slice(2), kw);
    } finally {
      c.entered = false;
      current = saved;
    }
  });
  method(ctxType, 'copy', 0, 0, (c: PyContext) => {
    const n = new PyContext(ctxType);
    n.vars = new Map(c.vars);
    return n;
  });
  method(ctxType, 'get', 1, 2, (c: PyContext, v, d) => c.vars.get(v as PyContextVar) ?? d ?? None);
  method(ctxType, '__getitem__', 1, 1, (c: PyContext, v) => {
    const r = c.vars.get(v as PyContextVar);
    if (r === undefined) throw keyError(v!);
    return r;
  });
  method(ctxType, '__contains__', 1, 1, (c: PyContext, v) => c.vars.has(v as PyContextVar));
  method(ctxType, '__len__', 0, 0, (c: PyContext) => c.vars.size);
  method(ctxType, '__iter__', 0, 0, (c: PyContext) => new ArrayIterator([...c.vars.keys()]));
  method(ctxType, 'keys', 0, 0, (c: PyContext) => new ArrayIterator([...c.vars.keys()]));
  method(ctxType, 'values', 0, 0, (c: PyContext) => new ArrayIterator([...c.vars.values()]));
  method(ctxType, 'items', 0, 0, (c: PyContext) => new ArrayIterator([...c.vars].map(([k, v]) => tuple([k, v]))));
  varType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    const name = args[1] as string;
    let dflt: Value = MISSING;
    kw?.forEach((k, i) => {
      if (k === 'default') dflt = args[args.length - kw.length + i]!;
    });
    return new PyContextVar(varType, name, dflt);
  })));
  method(varType, 'get', 0, 1, (v: PyContextVar, d) => {
    const r = current.vars.get(v);
    if (r !== undefined) return r;
    if (d !== undefined) return d;
    if (v.dflt !== MISSING) return v.dflt;
    throw newExc(LookupError, v);
  });
  method(varType, 'set', 1, 1, (v: PyContextVar, val) => {
    const old = current.vars.get(v) ?? MISSING;
    current.vars.set(v, val!);
    return new PyToken(tokType, current, v, old);
  });
  method(varType, 'reset', 1, 1, (v: PyContextVar, t) => {
    const tok = t as PyToken;
    if (tok.used) throw newExc(RuntimeError, `${repr(tok)} has already been used once`);
    if (tok.v !== v) throw valueError(`${repr(tok)} was created by a different ContextVar`);
    tok.used = true;
    if (tok.old === MISSING) tok.ctx.vars.delete(v);
    else tok.ctx.vars.set(v, tok.old);
    return None;
  });
  getset(varType, 'name', (v: PyContextVar) => v.name);
  method(varType, '__repr__', 0, 0, (v: PyContextVar) => `<ContextVar name=${repr(v.name)}>`);
  classMethod(varType, '__class_getitem__', (args) => genericAlias(args[0]!, args[1]!));
  getset(tokType, 'var', (t: PyToken) => t.v);
  getset(tokType, 'old_value', (t: PyToken) => (t.old === MISSING ? tokType.ns.get('MISSING') ?? None : t.old));
  tokType.ns.set('MISSING', new PyObject(objectType));
  m.ns.setStr('Context', ctxType);
  m.ns.setStr('ContextVar', varType);
  m.ns.setStr('Token', tokType);
  def(m, 'copy_context', () => {
    const n = new PyContext(ctxType);
    n.vars = new Map(current.vars);
    return n;
  });
  void PyDict;
  void TF_BASETYPE;
}
