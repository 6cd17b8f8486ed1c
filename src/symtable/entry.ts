// One block of the symbol table (CPython's PySTEntryObject): the module, a class body, a
// function, a lambda, a comprehension (its own function scope in 3.11), or, with
// `from __future__ import annotations`, an annotation. Pass 1 (collect.ts) fills in the raw
// facts; pass 2 (analyze.ts) adds each symbol's scope. The compiler only reads an entry.

import { CELL, DEF_FREE_CLASS, FREE, scopeOf, type Scope } from './flags.js';
import type { Location } from './errors.js';

/**
 * `module`, `class` and `function` are CPython's ModuleBlock, ClassBlock and FunctionBlock
 * (lambdas and comprehensions are function blocks). `annotation` blocks exist only under
 * `from __future__ import annotations`: they collect the names of an annotation so that they
 * do not count as uses in the enclosing block, and are never listed among its children.
 */
export type BlockType = 'module' | 'class' | 'function' | 'annotation';

export type ComprehensionKind = 'list' | 'set' | 'dict' | 'generator';

/** Where a `global` or `nonlocal` name was declared (or a `:=` target in a comprehension bound). */
export interface Directive extends Location {
  /** The mangled name. */
  readonly name: string;
}

/** The AST node a block belongs to: its key in `SymbolTable.lookup` (CPython's `ste_id`). */
export type BlockNode = object;

export class SymtableEntry {
  /** Symbol name (mangled) to flags word, in CPython's insertion order. */
  readonly symbols = new Map<string, number>();
  /** Parameters in order: positional-only, positional, keyword-only, `*args`, `**kwargs`. */
  readonly varnames: string[] = [];
  /** Nested blocks in source order (annotation blocks excepted). */
  readonly children: SymtableEntry[] = [];
  readonly directives: Directive[] = [];

  /** Inside a function, directly or through other blocks (`ste_nested`). */
  nested = false;
  /** Has free variables (or, when nested, implicit globals): `ste_free`. */
  free = false;
  /** A child block has free variables, including free references to globals: `ste_child_free`. */
  childFree = false;
  /** Contains `yield`, or is a generator expression. */
  generator = false;
  /** `async def`, or contains `await` / `async for` / an asynchronous comprehension. */
  coroutine = false;
  /** The kind of comprehension this block is, or null. */
  comprehension: ComprehensionKind | null = null;
  varargs = false;
  varkeywords = false;
  /** Contains `return` with a value. */
  returnsValue = false;
  /** A class whose methods use `__class__` or `super`: needs the implicit `__class__` cell (and `__classcell__`). */
  needsClassClosure = false;
  /** Pass 1 is visiting a comprehension's iteration target. */
  compIterTarget = false;
  /** Pass 1 is inside this many comprehension iterable expressions. */
  compIterExpr = 0;

  constructor(
    readonly type: BlockType,
    /** `top`, the class or function name, `lambda`, `listcomp`, `setcomp`, `dictcomp`, `genexpr` or `_annotation`. */
    readonly name: string,
    readonly node: BlockNode,
    readonly lineno: number,
    readonly colOffset: number,
    readonly endLineno: number | null,
    readonly endColOffset: number | null,
  ) {}

  get location(): Location {
    return { lineno: this.lineno, col_offset: this.colOffset, end_lineno: this.endLineno, end_col_offset: this.endColOffset };
  }

  /** The flags word of a (mangled) name, 0 when unknown: `_PyST_GetSymbol`. */
  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** The resolved scope of a (mangled) name, 0 when unknown: `_PyST_GetScope`. */
  getScope(name: string): Scope {
    return scopeOf(this.getSymbol(name));
  }

  /**
   * The cell variables as compile.c's `dictbytype` lists them for the code unit (`u_cellvars`):
   * names of scope CELL in sorted order, and for a class that needs it, just `__class__`. (The
   * code object's `co_cellvars` then lists the cells that are parameters first, in parameter
   * order, then the rest in this order.)
   */
  cellvars(): string[] {
    const names = this.namesWhere((flags) => scopeOf(flags) === CELL);
    if (this.needsClassClosure) names.push('__class__');
    return names;
  }

  /** `co_freevars`: names of scope FREE, or flagged DEF_FREE_CLASS, sorted. */
  freevars(): string[] {
    return this.namesWhere((flags) => scopeOf(flags) === FREE || (flags & DEF_FREE_CLASS) !== 0);
  }

  private namesWhere(test: (flags: number) => boolean): string[] {
    const out: string[] = [];
    for (const [name, flags] of this.symbols) if (test(flags)) out.push(name);
    return out.sort(comparePyStr);
  }
}

/** Python's str ordering (by code point), which `sorted()` in compile.c's dictbytype uses. */
export function comparePyStr(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.codePointAt(i)!;
    const cb = b.codePointAt(i)!;
    if (ca !== cb) return ca - cb;
    if (ca > 0xffff) i++;
  }
  return a.length - b.length;
}
