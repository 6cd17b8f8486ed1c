// Pass 2 of the symbol table (`symtable_analyze` and its helpers in CPython 3.11's
// Python/symtable.c): decides the scope of every name from the raw facts of pass 1.
//
// Walking down, each block receives the names bound in enclosing function blocks (`bound`)
// and the names declared global above it (`global`). A name is
//   GLOBAL_EXPLICIT  when declared `global` here,
//   FREE             when declared `nonlocal`, or used here and bound in an enclosing function,
//   LOCAL            when bound here,
//   GLOBAL_IMPLICIT  otherwise (a global or a builtin).
// Walking back up, each block returns the names its children use free (`free`); a function
// that binds one of them turns it from LOCAL into CELL, and a name that stays free is added
// to the block as FREE, so that it is passed down through it. Class bodies are not visible to
// the functions inside them, except for the implicit `__class__` cell.

import { MESSAGES, rangedError } from './errors.js';
import type { SymtableEntry } from './entry.js';
import { CELL, DEF_BOUND, DEF_FREE_CLASS, DEF_GLOBAL, DEF_NONLOCAL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, SCOPE_OFFSET } from './flags.js';

type Names = Set<string>;

export function analyzeSymbols(top: SymtableEntry): void {
  analyzeBlock(top, null, new Set(), new Set());
}

/**
 * `bound` is null for the module block. `free` and `global` are updated in place (they are the
 * caller's copies): that is how CPython lets a block's own declarations shadow what it received.
 */
function analyzeBlock(entry: SymtableEntry, bound: Names | null, free: Names, global: Names): void {
  const local: Names = new Set();
  const scopes = new Map<string, number>();
  const newGlobal: Names = new Set();
  const newFree: Names = new Set();
  const newBound: Names = new Set();

  // A class body's own names are invisible to its methods: pass down what came in, unchanged.
  if (entry.type === 'class') {
    addAll(newGlobal, global);
    if (bound) addAll(newBound, bound);
  }

  for (const [name, flags] of entry.symbols) analyzeName(entry, scopes, name, flags, bound, local, free, global);

  if (entry.type !== 'class') {
    if (entry.type === 'function') addAll(newBound, local);
    if (bound) addAll(newBound, bound);
    addAll(newGlobal, global);
  } else {
    newBound.add('__class__');
  }

  const allFree: Names = new Set();
  for (const child of entry.children) {
    analyzeChildBlock(child, newBound, newFree, newGlobal, allFree);
    if (child.free || child.childFree) entry.childFree = true;
  }
  addAll(newFree, allFree);

  if (entry.type === 'function') analyzeCells(scopes, newFree);
  else if (entry.type === 'class') dropClassFree(entry, newFree);
  updateSymbols(entry.symbols, scopes, bound, newFree, entry.type === 'class');
  addAll(free, newFree);
}

/** Analyzes a child with copies of the sets, so its changes do not leak back; collects its free names. */
function analyzeChildBlock(entry: SymtableEntry, bound: Names, free: Names, global: Names, childFree: Names): void {
  const tempFree = new Set(free);
  analyzeBlock(entry, new Set(bound), tempFree, new Set(global));
  addAll(childFree, tempFree);
}

function analyzeName(
  entry: SymtableEntry,
  scopes: Map<string, number>,
  name: string,
  flags: number,
  bound: Names | null,
  local: Names,
  free: Names,
  global: Names,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) throw errorAtDirective(entry, name, MESSAGES.nonlocalAndGlobal(name));
    scopes.set(name, GLOBAL_EXPLICIT);
    global.add(name);
    bound?.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) throw errorAtDirective(entry, name, MESSAGES.nonlocalAtModuleLevel());
    if (!bound.has(name)) throw errorAtDirective(entry, name, MESSAGES.nonlocalNoBinding(name));
    scopes.set(name, FREE);
    entry.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  // Bound in an enclosing function: free here. (A non-null `bound` means the block is nested.)
  if (bound && bound.has(name)) {
    scopes.set(name, FREE);
    entry.free = true;
    free.add(name);
    return;
  }
  if (!global.has(name) && entry.nested) entry.free = true;
  scopes.set(name, GLOBAL_IMPLICIT);
}

/** Locals of a function that a child uses free become cells, and stop being free above it. */
function analyzeCells(scopes: Map<string, number>, free: Names): void {
  for (const [name, scope] of scopes) {
    if (scope !== LOCAL || !free.has(name)) continue;
    scopes.set(name, CELL);
    free.delete(name);
  }
}

/** A method's free `__class__` is provided by the class: it needs the implicit `__class__` cell. */
function dropClassFree(entry: SymtableEntry, free: Names): void {
  if (free.delete('__class__')) entry.needsClassClosure = true;
}

/** Stores each name's scope in its flags word, and adds the children's unresolved free names. */
function updateSymbols(symbols: Map<string, number>, scopes: Map<string, number>, bound: Names | null, free: Names, isClass: boolean): void {
  for (const [name, flags] of symbols) symbols.set(name, flags | (scopes.get(name)! << SCOPE_OFFSET));
  for (const name of free) {
    const flags = symbols.get(name);
    if (flags !== undefined) {
      // A method's free variable that the class body also binds (or declares global).
      if (isClass && flags & (DEF_BOUND | DEF_GLOBAL)) symbols.set(name, flags | DEF_FREE_CLASS);
      continue; // a cell, or already free here
    }
    if (bound && !bound.has(name)) continue; // a global
    symbols.set(name, FREE << SCOPE_OFFSET);
  }
}

/** The error for a `global`/`nonlocal` name, located at its first declaration in the block. */
function errorAtDirective(entry: SymtableEntry, name: string, msg: string): Error {
  const directive = entry.directives.find((d) => d.name === name);
  if (!directive) return new Error('BUG: internal directive bookkeeping broken');
  return rangedError(msg, directive);
}

function addAll(into: Names, from: Iterable<string>): void {
  for (const name of from) into.add(name);
}
