// The `__new__` of builtin types as Python code sees it (`int.__new__`): CPython's
// tp_new_wrapper, which checks its first argument before calling the type's constructor
// (typeobject.c). type.__call__ calls the constructor directly, without these checks.

import type { Value } from './object.js';
import { PyType, typeOf, isSubtype, None } from './type.js';
import { PyBuiltin, PyStaticMethod } from './function.js';
import { typeError } from './exceptions.js';

const wrappers = new WeakMap<PyType, { sm: PyStaticMethod; w: PyBuiltin }>();

/** A type's tp_new as a comparable identity: its builtin constructor, or null for a Python-level __new__ (slot_tp_new). */
function tpNew(t: PyType): Value | null {
  const n = t.lookup('__new__');
  return n instanceof PyStaticMethod && n.func instanceof PyBuiltin ? n : null;
}

/** tp_new_wrapper's checks of `owner.__new__(args[0], ...)`. */
function checkNewArgs(owner: PyType, args: readonly Value[]): void {
  if (args.length < 1) throw typeError(`${owner.name}.__new__(): not enough arguments`);
  const sub = args[0]!;
  if (sub === owner) return;
  if (!(sub instanceof PyType)) throw typeError(`${owner.name}.__new__(X): X is not a type object (${typeOf(sub ?? None).name})`);
  if (!isSubtype(sub, owner)) throw typeError(`${owner.name}.__new__(${sub.name}): ${sub.name} is not a subtype of ${owner.name}`);
  // object.__new__(dict) and the like: the nearest base with a native constructor must share owner's
  let staticbase: PyType | null = sub;
  while (staticbase !== null && tpNew(staticbase) === null) staticbase = staticbase.base;
  if (staticbase !== null && tpNew(staticbase) !== tpNew(owner)) {
    throw typeError(`${owner.name}.__new__(${sub.name}) is not safe, use ${staticbase.name}.__new__()`);
  }
}

/**
 * `cls.__new__` when cls's MRO finds `sm`, a builtin type's native constructor: a builtin
 * function that checks its type argument first (one per constructor, so `I.__new__ is int.__new__`).
 */
export function checkedNew(cls: PyType, sm: PyStaticMethod): Value {
  const raw = sm.func;
  if (!(raw instanceof PyBuiltin)) return raw;
  // the owner: the builtin type whose constructor this is (the first non-heap type of the MRO)
  let owner: PyType | undefined;
  for (const t of cls.mro) {
    if (!t.isHeap()) {
      owner = t;
      break;
    }
  }
  if (owner === undefined) return raw;
  const hit = wrappers.get(owner);
  if (hit !== undefined && hit.sm === sm) return hit.w;
  if (tpNew(owner) !== sm) return raw;
  const o = owner;
  const w = new PyBuiltin('__new__', (args, kw) => {
    checkNewArgs(o, args);
    return raw.fn(args, kw);
  }, raw.self, raw.qualname, raw.passSelf);
  wrappers.set(owner, { sm, w });
  return w;
}
