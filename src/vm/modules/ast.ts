// _ast: the AST node classes (ast.AST and one class per node type), built from the ASDL-derived
// tables in generated/ast.ts, and the conversions between pyc's AST and these Python objects
// (compile(..., PyCF_ONLY_AST) / ast.parse, and compile() of an AST object).

import type { Value } from '../object.js';
import type { PyModule } from '../module.js';
import { builtinType, None, objectType, PyType, typeType, TF_BASETYPE, TF_HEAPTYPE } from '../type.js';
import { tuple } from '../tuple.js';
import { PyDict } from '../dict.js';
import { PyList } from '../list.js';
import { methodRaw, method } from '../function.js';
import { typeError } from '../exceptions.js';
import { setAttr, getAttrOpt, strValue, repr } from '../abstract.js';
import { NODE_SPECS, SUM_TYPES, type NodeType } from '../../../generated/ast.js';
import * as gast from '../../../generated/ast.js';
import { PyObject } from '../object.js';
import { newInstance } from '../class.js';
import { toValue, fromValue } from '../code-info.js';
import { intValue } from '../numeric.js';
import { toArray } from '../abstract.js';
import { typeOf } from '../type.js';
import type { PyConstant } from '../../values/index.js';

/** The node classes of the _ast module, by name. */
const classes = new Map<string, PyType>();
const classNames = new Map<PyType, string>();
const singletons = new Map<string, PyObject>();
let astBase: PyType | null = null;

/** pyc's AST (a tree of plain objects) as ast.AST instances. */
export function astToPy(node: unknown): Value {
  if (node === null || node === undefined) return None;
  const n = node as { _type: NodeType } & Record<string, unknown>;
  const spec = NODE_SPECS[n._type];
  const cls = classes.get(n._type)!;
  if (spec.simple) {
    let o = singletons.get(n._type);
    if (o === undefined) {
      o = newInstance(cls);
      singletons.set(n._type, o);
    }
    return o;
  }
  const o = newInstance(cls);
  const d = (o.dict ??= new PyDict());
  for (const f of [...spec.fields, ...spec.attributes]) {
    const v = n[f.name];
    d.setStr(f.name, f.seq ? new PyList((v as unknown[]).map((x) => fieldToPy(x, f.type))) : fieldToPy(v, f.type));
  }
  return o;
}

function fieldToPy(v: unknown, type: string): Value {
  if (v === null || v === undefined) return None;
  switch (type) {
    case 'identifier':
    case 'string':
    case 'constant':
      return toValue(v as PyConstant);
    case 'int':
      return typeof v === 'bigint' ? toValue(v) : (v as number);
    default:
      return astToPy(v);
  }
}

/** An ast.AST instance as pyc's AST (for compile() of an AST object). */
export function pyToAst(v: Value, expected: string): unknown {
  if (!(v instanceof PyObject)) throw typeError(`expected some sort of ${expected}, but got ${repr(v)}`);
  let name: string | undefined;
  for (const t of typeOf(v).mro) {
    name = classNames.get(t);
    if (name !== undefined) break;
  }
  if (name === undefined || (expected !== name && !isOfSum(name, expected))) {
    throw typeError(`expected some sort of ${expected}, but got ${repr(v)}`);
  }
  const spec = NODE_SPECS[name as NodeType];
  if (spec === undefined) throw typeError(`expected some sort of ${expected}, but got ${repr(v)}`);
  if (spec.simple) return (gast as unknown as Record<string, unknown>)[name];
  const out: Record<string, unknown> = { _type: name };
  for (const [f, isAttr] of [...spec.fields.map((x) => [x, false] as const), ...spec.attributes.map((x) => [x, true] as const)]) {
    const fv = getAttrOpt(v, f.name);
    if (fv === undefined || (fv === None && !f.opt && f.type !== 'constant')) {
      if (f.opt) {
        out[f.name] = null;
        continue;
      }
      if (f.seq && fv === undefined) {
        out[f.name] = [];
        continue;
      }
      if (isAttr && fv === undefined) {
        throw typeError(`required field "${f.name}" missing from ${spec.sum ?? name}`);
      }
      if (fv === undefined) throw typeError(`required field "${f.name}" missing from ${name}`);
    }
    if (f.seq) {
      out[f.name] = toArray(fv!).map((x) => fieldFromPy(x, f.type, name!, f.name));
    } else out[f.name] = fv === None && f.opt ? null : fieldFromPy(fv!, f.type, name, f.name);
  }
  return out;
}

function isOfSum(name: string, sum: string): boolean {
  return NODE_SPECS[name as NodeType]?.sum === sum;
}

function fieldFromPy(v: Value, type: string, owner: string, field: string): unknown {
  switch (type) {
    case 'identifier':
    case 'string': {
      const s = strValue(v);
      if (s === undefined) {
        if (v === None) return null;
        throw typeError(`AST ${type} must be of type str`);
      }
      return s;
    }
    case 'int': {
      const i = intValue(v);
      if (i === undefined) throw typeError(`invalid integer value: ${repr(v)}`);
      return Number(i);
    }
    case 'constant': {
      const c = fromValue(v);
      if (c === undefined) throw typeError(`got an invalid type in Constant: ${typeOf(v).name}`);
      return c;
    }
    default:
      void owner;
      void field;
      return pyToAst(v, type);
  }
}

export function astBaseType(): PyType | null {
  return astBase;
}

export function initAst(m: PyModule): void {
  // one interpreter per run (tests run several in a process): forget the previous run's classes
  classes.clear();
  classNames.clear();
  singletons.clear();
  const AST = builtinType('AST', objectType, TF_BASETYPE);
  AST.moduleName = 'ast';
  AST.hasDict = true;
  // node classes are plain instances with a __dict__ (object.__new__ works for them)
  AST.ownLayout = false;
  AST.ns.set('_fields', tuple([]));
  AST.ns.set('_attributes', tuple([]));
  methodRaw(AST, '__init__', (args, kw) => {
    const self = args[0]!;
    const t = (self as { cls: PyType }).cls;
    const fieldsV = getAttrOpt(t, '_fields');
    const fields = fieldsV === undefined ? [] : (fieldsV as unknown as { items: Value[] }).items.map((f) => strValue(f)!);
    const nkw = kw?.length ?? 0;
    const pos = args.slice(1, args.length - nkw);
    if (pos.length > fields.length) throw typeError(`${t.name} constructor takes at most ${fields.length} positional argument${fields.length === 1 ? '' : 's'}`);
    pos.forEach((v, i) => setAttr(self, fields[i]!, v));
    kw?.forEach((k, i) => setAttr(self, k, args[args.length - nkw + i]!));
    return None;
  });
  method(AST, '__reduce__', 0, 0, (self) => {
    const t = (self as { cls: PyType }).cls;
    return tuple([t, tuple([]), (self as { dict: PyDict | null }).dict ?? new PyDict()]);
  });
  m.ns.setStr('AST', AST);
  astBase = AST;
  const mk = (name: string, base: PyType, fields: readonly string[], attrs: readonly string[]): PyType => {
    const t = new PyType(name, [base], typeType, TF_BASETYPE | TF_HEAPTYPE);
    t.hasDict = true;
    t.ns.set('__module__', 'ast');
    t.ns.set('_fields', tuple([...fields]));
    t.ns.set('_attributes', tuple([...attrs]));
    t.ns.set('__match_args__', tuple([...fields]));
    t.ns.set('__doc__', None);
    m.ns.setStr(name, t);
    classes.set(name, t);
    classNames.set(t, name);
    return t;
  };
  const sums = new Map<string, PyType>();
  for (const sum of Object.keys(SUM_TYPES)) {
    const members = SUM_TYPES[sum as keyof typeof SUM_TYPES];
    const first = NODE_SPECS[members[0]!];
    sums.set(sum, mk(sum, AST, [], first.attributes.map((a) => a.name)));
  }
  for (const [name, spec] of Object.entries(NODE_SPECS)) {
    const base = spec.sum ? sums.get(spec.sum)! : AST;
    const t = mk(name, base, spec.fields.map((f) => f.name), spec.attributes.map((a) => a.name));
    // optional fields default to None, sequences to [] (set lazily by ast helpers in CPython;
    // here as class attributes for the optional ones, as 3.11's _ast does).
    for (const f of spec.fields) if (f.opt) t.ns.set(f.name, None);
    for (const a of spec.attributes) if (a.opt) t.ns.set(a.name, None);
  }
  m.ns.setStr('PyCF_ONLY_AST', 1024);
  m.ns.setStr('PyCF_TYPE_COMMENTS', 4096);
  m.ns.setStr('PyCF_ALLOW_TOP_LEVEL_AWAIT', 8192);
  void PyList;
}
