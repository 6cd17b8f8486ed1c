// Struct sequences (Objects/structseq.c): tuple subclasses with named fields, some of which
// (past n_sequence_fields) are attributes only — sys.version_info, time.struct_time, os.stat_result.

import type { Value } from './object.js';
import { None, objectType, PyType } from './type.js';
import { PyTuple, tupleType } from './tuple.js';
import { PyDict } from './dict.js';
import { getset, method, PyBuiltin, PyStaticMethod } from './function.js';
import { typeError } from './exceptions.js';
import { repr, toArray } from './abstract.js';

export class PyStructSeq extends PyTuple {
  /** All fields, the sequence ones first. */
  fields: Value[];
  constructor(fields: Value[], nSeq: number, cls: PyType) {
    super(fields.slice(0, nSeq), cls);
    this.fields = fields;
  }
}

/** A struct sequence type `module.name` with `fields`, of which the first `nSeq` are the tuple. */
export function structSeqType(name: string, module: string, fields: string[], nSeq = fields.length, doc: string | null = null): PyType {
  const t = new PyType(name, [tupleType], objectType.cls, 0);
  t.moduleName = module;
  if (doc !== null) t.ns.set('__doc__', doc);
  const qual = module === 'builtins' ? name : `${module}.${name}`;
  fields.forEach((f, i) => getset(t, f, (self: PyTuple) => (self instanceof PyStructSeq ? self.fields[i]! : self.items[i]!)));
  method(t, '__repr__', 0, 0, (self: PyStructSeq) => `${qual}(${fields.slice(0, nSeq).map((f, i) => `${f}=${repr(self.items[i]!)}`).join(', ')})`);
  method(t, '__reduce__', 0, 0, (self: PyStructSeq) => {
    const d = new PyDict();
    for (let i = nSeq; i < fields.length; i++) d.setStr(fields[i]!, self.fields[i]!);
    return new PyTuple([t, new PyTuple([new PyTuple(self.items.slice()), d])]);
  });
  t.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    const names = kw ?? [];
    const pos = args.slice(0, args.length - names.length);
    const kwv = new Map(names.map((n, i) => [n, args[pos.length + i]!]));
    const cls = pos[0] as PyType;
    const seqArg = pos[1] ?? kwv.get('sequence');
    const dictArg = pos[2] ?? kwv.get('dict') ?? None;
    if (seqArg === undefined) throw typeError(`${qual}() missing required argument 'sequence' (pos 1)`);
    const vals = toArray(seqArg);
    const n = vals.length;
    if (n < nSeq) {
      if (nSeq === fields.length) throw typeError(`${qual}() takes a ${nSeq}-sequence (${n}-sequence given)`);
      throw typeError(`${qual}() takes an at least ${nSeq}-sequence (${n}-sequence given)`);
    }
    if (n > fields.length) {
      if (nSeq === fields.length) throw typeError(`${qual}() takes a ${nSeq}-sequence (${n}-sequence given)`);
      throw typeError(`${qual}() takes an at most ${fields.length}-sequence (${n}-sequence given)`);
    }
    const all = vals.slice();
    for (let i = n; i < fields.length; i++) {
      const v = dictArg instanceof PyDict ? dictArg.getStr(fields[i]!) : undefined;
      all.push(v ?? None);
    }
    return new PyStructSeq(all, nSeq, cls);
  })));
  t.ns.set('n_fields', fields.length);
  t.ns.set('n_sequence_fields', nSeq);
  t.ns.set('n_unnamed_fields', 0);
  return t;
}

export function structSeqNew(t: PyType, values: Value[]): PyStructSeq {
  return new PyStructSeq(values, t.ns.get('n_sequence_fields') as number, t);
}
