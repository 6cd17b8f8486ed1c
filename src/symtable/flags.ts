// Symbol flags and scopes, with CPython 3.11's values (Include/internal/pycore_symtable.h), so a
// symbol's flags word is bit-for-bit the int CPython stores in `ste_symbols` and shows in
// `symtable._table.symbols`.
//
// A flags word holds the raw facts of pass 1 (DEF_*, USE) in its low bits and, once pass 2
// has run, the resolved scope in bits SCOPE_OFFSET and up.

/** `global` statement. */
export const DEF_GLOBAL = 1;
/** Bound in the block: assignment, `def`, `class`, `for`, `with ... as`, `except ... as`, `del`, patterns. */
export const DEF_LOCAL = 2;
/** Formal parameter (also the implicit `.0` of a comprehension). */
export const DEF_PARAM = 2 << 1;
/** `nonlocal` statement (also set for the target of `:=` inside a comprehension). */
export const DEF_NONLOCAL = 2 << 2;
/** Name is used (loaded). */
export const USE = 2 << 3;
/** Name used but not defined in a nested block. Declared by CPython 3.11 but never set. */
export const DEF_FREE = 2 << 4;
/** Free variable of a method that the class body itself also binds or declares global. */
export const DEF_FREE_CLASS = 2 << 5;
/** Bound by an import. */
export const DEF_IMPORT = 2 << 6;
/** Annotated (`x: int`). */
export const DEF_ANNOT = 2 << 7;
/** Iteration variable of a comprehension. */
export const DEF_COMP_ITER = 2 << 8;

export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/** The scope sits in the flags word at bits 11 and up. */
export const SCOPE_OFFSET = 11;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

/** A resolved scope; 0 when the name is unknown in the block (as `_PyST_GetScope` returns). */
export type Scope = 0 | typeof LOCAL | typeof GLOBAL_EXPLICIT | typeof GLOBAL_IMPLICIT | typeof FREE | typeof CELL;

/** The scope bits of a flags word. */
export function scopeOf(flags: number): Scope {
  return ((flags >> SCOPE_OFFSET) & SCOPE_MASK) as Scope;
}

const FLAG_NAMES: readonly [number, string][] = [
  [DEF_GLOBAL, 'DEF_GLOBAL'],
  [DEF_LOCAL, 'DEF_LOCAL'],
  [DEF_PARAM, 'DEF_PARAM'],
  [DEF_NONLOCAL, 'DEF_NONLOCAL'],
  [USE, 'USE'],
  [DEF_FREE, 'DEF_FREE'],
  [DEF_FREE_CLASS, 'DEF_FREE_CLASS'],
  [DEF_IMPORT, 'DEF_IMPORT'],
  [DEF_ANNOT, 'DEF_ANNOT'],
  [DEF_COMP_ITER, 'DEF_COMP_ITER'],
];

const SCOPE_NAMES = ['', 'LOCAL', 'GLOBAL_EXPLICIT', 'GLOBAL_IMPLICIT', 'FREE', 'CELL'] as const;

/** A flags word as text, e.g. `DEF_LOCAL USE CELL` (for debugging and test messages). */
export function describeFlags(flags: number): string {
  const parts = FLAG_NAMES.filter(([bit]) => flags & bit).map(([, name]) => name);
  const scope = scopeOf(flags);
  if (scope) parts.push(SCOPE_NAMES[scope]);
  return parts.join(' ');
}
