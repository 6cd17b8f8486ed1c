// _ast: the AST node classes (ast.AST and one class per node type), built from the ASDL-derived
// tables in generated/ast.ts, so `ast`, `inspect` and `dataclasses` import. (Parsing source to
// these objects — compile(..., PyCF_ONLY_AST) — is not available yet.)

import type { Value } from '../object.js';
import type { PyModule } from '../module.js';
import { builtinType, None, objectType, PyType, typeType, TF_BASETYPE, TF_HEAPTYPE } from '../type.js';
import { tuple } from '../tuple.js';
import { PyDict } from '../dict.js';
import { PyList } from '../list.js';
import { methodRaw, method } from '../function.js';
import { typeError } from '../exceptions.js';
import { setAttr, getAttrOpt, strValue } from '../abstract.js';
import { NODE_SPECS, SUM_TYPES } from '../../../generated/ast.js';

export function initAst(m: PyModule): void {
  const AST = builtinType('AST', objectType, TF_BASETYPE);
  AST.moduleName = 'ast';
  AST.hasDict = true;
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
  const mk = (name: string, base: PyType, fields: readonly string[], attrs: readonly string[]): PyType => {
    const t = new PyType(name, [base], typeType, TF_BASETYPE | TF_HEAPTYPE);
    t.hasDict = true;
    t.ns.set('__module__', 'ast');
    t.ns.set('_fields', tuple([...fields]));
    t.ns.set('_attributes', tuple([...attrs]));
    t.ns.set('__match_args__', tuple([...fields]));
    t.ns.set('__doc__', None);
    m.ns.setStr(name, t);
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
