// The finished symbol table of one module: its tree of blocks, and the lookup from an AST node
// to its block that the compiler uses on entering each scope (CPython's `PySymtable_Lookup`).

import type { BlockNode, SymtableEntry } from './entry.js';
import type { FutureFeatures } from './future.js';

export class SymbolTable {
  constructor(
    readonly filename: string,
    /** The module block, named `top`. */
    readonly top: SymtableEntry,
    readonly future: FutureFeatures,
    private readonly blocks: ReadonlyMap<BlockNode, SymtableEntry>,
  ) {}

  /**
   * The block of a Module, FunctionDef, AsyncFunctionDef, ClassDef, Lambda, ListComp, SetComp,
   * DictComp or GeneratorExp node. Throws for any other node, as `PySymtable_Lookup` raises
   * KeyError "unknown symbol table entry".
   */
  lookup(node: BlockNode): SymtableEntry {
    const entry = this.blocks.get(node);
    if (entry === undefined) throw new Error('unknown symbol table entry');
    return entry;
  }

  /** Every block of the tree, parents before children, in source order. */
  *entries(): Generator<SymtableEntry> {
    const stack = [this.top];
    while (stack.length > 0) {
      const entry = stack.pop()!;
      yield entry;
      for (let i = entry.children.length - 1; i >= 0; i--) stack.push(entry.children[i]!);
    }
  }
}
