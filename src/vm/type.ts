// PyType: Python's `type` objects, the method-resolution order and its lookup cache, and the
// handful of core types every other module needs at load time (object, type, int, bool, str,
// NoneType, NotImplementedType, ellipsis) with their singletons.
//
// This module and object.ts import nothing else at run time, so every other module can create
// its type objects at load time without import cycles biting.

import { PyObject, type Value } from './object.js';

/** Type flags (a subset of CPython's tp_flags). */
export const TF_HEAPTYPE = 1 << 0; // defined by a class statement
export const TF_BASETYPE = 1 << 1; // may be subclassed
export const TF_ABSTRACT = 1 << 2;
export const TF_SEQUENCE = 1 << 3; // Py_TPFLAGS_SEQUENCE, for `match`
export const TF_MAPPING = 1 << 4; // Py_TPFLAGS_MAPPING, for `match`
export const TF_IMMUTABLE = 1 << 5; // attributes cannot be set (builtin types)

export class PyType extends PyObject {
  /**
   * CPython's tp_name: `__name__` for builtins and classes, `module.name` for the types of
   * native modules (as in "'collections.deque' object is not callable").
   */
  name: string;
  qualname: string;
  private modName = 'builtins';
  /** `__module__` of builtin types; heap types keep theirs in `ns`. */
  get moduleName(): string {
    return this.modName;
  }
  set moduleName(m: string) {
    this.modName = m;
    if (!this.isHeap()) this.name = m === 'builtins' ? this.qualname : `${m}.${this.qualname}`;
  }
  /** `__name__`: tp_name after its last dot. */
  get shortName(): string {
    return this.isHeap() ? this.name : this.name.slice(this.name.lastIndexOf('.') + 1);
  }
  /** The type's namespace (`tp_dict`). */
  ns: Map<string, Value>;
  bases: PyType[];
  /** The base whose instance layout this type extends (tp_base). */
  base: PyType | null;
  mro: PyType[];
  flags: number;
  /** Instances carry a `__dict__`. */
  hasDict: boolean;
  /** A builtin type whose instances have a layout of their own (CPython's solid base). */
  ownLayout = true;
  /** Names declared in this class's `__slots__` (not inherited ones). */
  slotNames: string[] | null = null;
  /** Weak references to direct subclasses, to invalidate their caches. */
  subclasses: WeakRef<PyType>[] = [];
  /** MRO lookup cache; `null` records a miss. Cleared when this type or a base changes. */
  private cache = new Map<string, Value | null>();
  /** Bumped whenever the cache is cleared, for inline caches elsewhere. */
  version = 0;
  /** Cached classifications derived from the MRO (see dict.ts, abstract.ts); -1 = not computed. */
  hashKind = -1;
  descrKind = -1;
  attrKind = -1;

  constructor(name: string, bases: PyType[], metatype: PyType | null, flags = TF_BASETYPE) {
    // `type` is its own type; during bootstrap `typeType` does not exist yet.
    super(metatype ?? (undefined as unknown as PyType));
    this.name = name;
    this.qualname = name;
    this.ns = new Map();
    this.bases = bases;
    this.base = bases[0] ?? null;
    this.flags = flags;
    this.hasDict = false;
    this.mro = [this];
    if (bases.length) this.mro = computeMro(this, bases);
    for (const b of bases) b.subclasses.push(new WeakRef(this));
    // inherit_patma_flags: the first class along the MRO with a collection flag decides
    if ((flags & (TF_SEQUENCE | TF_MAPPING)) === 0) {
      for (let i = 1; i < this.mro.length; i++) {
        const f = this.mro[i]!.flags & (TF_SEQUENCE | TF_MAPPING);
        if (f) {
          this.flags |= f;
          break;
        }
      }
    }
  }

  /** `_PyType_Lookup`: the first definition of `name` along the MRO. */
  lookup(name: string): Value | undefined {
    const hit = this.cache.get(name);
    if (hit !== undefined) return hit === null ? undefined : hit;
    let found: Value | null = null;
    for (const t of this.mro) {
      const v = t.ns.get(name);
      if (v !== undefined) {
        found = v;
        break;
      }
    }
    this.cache.set(name, found);
    return found === null ? undefined : found;
  }

  /** Call after changing `ns` (or `__bases__`) of this type. */
  invalidate(): void {
    this.cache.clear();
    this.version++;
    this.hashKind = -1;
    this.descrKind = -1;
    this.attrKind = -1;
    this.subclasses = this.subclasses.filter((r) => {
      const sub = r.deref();
      if (sub) sub.invalidate();
      return sub !== undefined;
    });
  }

  /**
   * After `ns[name]` changed from one plain value (int, str, ...) to another, `name` not a
   * special method: only the lookup caches of that name (here and in subclasses) are stale;
   * the version and the MRO-derived classifications stay (inline caches never hold such values).
   */
  forget(name: string): void {
    this.cache.delete(name);
    for (const r of this.subclasses) r.deref()?.forget(name);
  }

  setAttr(name: string, v: Value): void {
    this.ns.set(name, v);
    this.invalidate();
  }

  isHeap(): boolean {
    return (this.flags & TF_HEAPTYPE) !== 0;
  }
}

export class MroError extends Error {}

/** C3 linearization (Objects/typeobject.c, mro_implementation). */
export function computeMro(t: PyType, bases: PyType[]): PyType[] {
  if (bases.length === 1) return [t, ...bases[0]!.mro];
  const seqs: PyType[][] = bases.map((b) => [...b.mro]);
  seqs.push([...bases]);
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0]!;
      if (!nonEmpty.some((s2) => s2.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === null) {
      const names = [...new Set(nonEmpty.map((s) => s[0]!.name))];
      throw new MroError(`Cannot create a consistent method resolution\norder (MRO) for bases ${names.join(', ')}`);
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

// --- the core types --------------------------------------------------------------------------

export const objectType = new PyType('object', [], null);
export const typeType = new PyType('type', [objectType], null);
objectType.cls = typeType;
typeType.cls = typeType;
typeType.hasDict = true;

/** A builtin type: `type` is its metatype, `object` its default base. */
export function builtinType(name: string, base: PyType = objectType, flags = TF_BASETYPE): PyType {
  return new PyType(name, [base], typeType, flags | TF_IMMUTABLE);
}

export const intType = builtinType('int');
export const boolType = builtinType('bool', intType, 0);
export const strType = builtinType('str');
export const noneType = builtinType('NoneType', objectType, 0);
export const notImplementedType = builtinType('NotImplementedType', objectType, 0);
export const ellipsisType = builtinType('ellipsis', objectType, 0);

class PySingleton extends PyObject {}

export const None: PyObject = new PySingleton(noneType);
export const NotImplemented: PyObject = new PySingleton(notImplementedType);
export const Ellipsis: PyObject = new PySingleton(ellipsisType);

/** `type(v)`. */
export function typeOf(v: Value): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return intType;
    case 'string':
      return strType;
    case 'boolean':
      return boolType;
    default:
      return v.cls;
  }
}

/** `PyType_IsSubtype`. */
export function isSubtype(a: PyType, b: PyType): boolean {
  if (a === b) return true;
  const mro = a.mro;
  for (let i = 1; i < mro.length; i++) if (mro[i] === b) return true;
  return false;
}

/** `isinstance(v, t)` without `__instancecheck__`. */
export function isInstance(v: Value, t: PyType): boolean {
  return isSubtype(typeOf(v), t);
}

/** The type's name as error messages show it (`tp_name`: qualified only for heap types' `__name__`). */
export function typeName(v: Value): string {
  return typeOf(v).name;
}
