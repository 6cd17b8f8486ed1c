// Small descriptions of objects used in messages: _PyObject_FunctionStr, and the default dir().

import type { Value } from './object.js';
import { PyType, typeOf } from './type.js';
import { PyModule } from './module.js';
import { callSpecial, getAttrOpt, strValue, toArray, compareCodePoints } from './abstract.js';
import { PyDict } from './dict.js';

/** "mod.qualname()" as CPython names a callable in call errors. */
export function funcStr(fn: Value): string {
  const q = getAttrOpt(fn, '__qualname__');
  if (q === undefined) return strValue(fn) ?? String(fn);
  const qs = strValue(q) ?? '';
  const m = getAttrOpt(fn, '__module__');
  const ms = m === undefined ? undefined : strValue(m);
  if (ms !== undefined && ms !== 'builtins') return `${ms}.${qs}()`;
  return `${qs}()`;
}

function classAttrs(t: PyType, into: Set<string>): void {
  for (const m of t.mro) for (const k of m.ns.keys()) into.add(k);
}

/** dir(obj) without __dir__ overrides: sorted attribute names. */
export function defaultDir(obj: Value): string[] {
  const names = new Set<string>();
  if (obj instanceof PyModule) {
    for (const k of obj.ns.keysArray()) names.add(strValue(k) ?? '');
  } else if (obj instanceof PyType) {
    classAttrs(obj, names);
  } else {
    if (typeof obj === 'object' && obj.dict instanceof PyDict) for (const k of obj.dict.keysArray()) names.add(strValue(k) ?? '');
    classAttrs(typeOf(obj), names);
  }
  return [...names].sort(compareCodePoints);
}

/** dir(obj), honouring __dir__. */
export function dirOf(obj: Value): Value[] {
  const t = typeOf(obj);
  const d = t.lookup('__dir__');
  // a class's dir() is its metaclass's __dir__ when a Python metaclass defines one (EnumType)
  const metaDir = obj instanceof PyType && d !== undefined && t.mro.some((m) => m.isHeap() && m.ns.get('__dir__') === d);
  if (d !== undefined && (!(obj instanceof PyType) || metaDir)) {
    const r = callSpecial(obj, '__dir__', []);
    return toArray(r!).sort((a, b) => compareCodePoints(strValue(a) ?? '', strValue(b) ?? ''));
  }
  return defaultDir(obj);
}
