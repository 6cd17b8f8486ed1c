// types.SimpleNamespace (Objects/namespaceobject.c): attributes in the instance __dict__,
// `namespace(a=1, b=2)` repr, equality by dict.

import { PyObject, type Value } from './object.js';
import { builtinType, None, NotImplemented, objectType, PyType, TF_BASETYPE, typeOf, isSubtype } from './type.js';
import { PyDict } from './dict.js';
import { method, methodRaw, PyBuiltin, PyStaticMethod } from './function.js';
import { typeError } from './exceptions.js';
import { pyEq, repr, strValue, withReprGuard } from './abstract.js';
import { tuple } from './tuple.js';

export const namespaceType = builtinType('SimpleNamespace', objectType, TF_BASETYPE);
namespaceType.moduleName = 'types';
namespaceType.hasDict = true;

export function newNamespace(entries: [string, Value][] = [], cls: PyType = namespaceType): PyObject {
  const o = new PyObject(cls);
  o.dict = new PyDict();
  for (const [k, v] of entries) o.dict.setStr(k, v);
  return o;
}

export function initNamespace(): void {
  const N = namespaceType;
  N.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args) => newNamespace([], args[0] as PyType))));
  methodRaw(N, '__init__', (args, kw) => {
    const self = args[0] as PyObject;
    const n = kw?.length ?? 0;
    if (args.length - 1 - n > 0) throw typeError('no positional arguments expected');
    self.dict ??= new PyDict();
    for (let i = 0; i < n; i++) self.dict.setStr(kw![i]!, args[args.length - n + i]!);
    return None;
  });
  method(N, '__repr__', 0, 0, (self: PyObject) => {
    const name = typeOf(self) === namespaceType ? 'namespace' : typeOf(self).name;
    return withReprGuard(self, `${name}(...)`, () => {
      const parts: string[] = [];
      for (const [k, v] of (self.dict ?? new PyDict()).entriesArray()) {
        const s = strValue(k);
        if (s !== undefined) parts.push(`${s}=${repr(v)}`);
      }
      return `${name}(${parts.join(', ')})`;
    });
  });
  method(N, '__eq__', 1, 1, (self: PyObject, o) => {
    if (!(o instanceof PyObject) || !isSubtype(typeOf(o), namespaceType)) return NotImplemented;
    return pyEq(self.dict ?? new PyDict(), o.dict ?? new PyDict());
  });
  method(N, '__reduce__', 0, 0, (self: PyObject) => tuple([typeOf(self), tuple([]), self.dict ?? new PyDict()]));
}
