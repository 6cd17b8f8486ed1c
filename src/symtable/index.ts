// The symbol table stage: AST in, CPython 3.11's symbol table out (Python/symtable.c), or the
// PySyntaxError CPython would raise while building it.
//
//   future statements (future.ts) -> pass 1, collect raw facts (collect.ts)
//     -> pass 2, resolve scopes (analyze.ts) -> SymbolTable of SymtableEntry blocks
//
// The compiler asks `table.lookup(node)` for a block on entering a scope and
// `entry.getScope(mangle(privateName, name))` for each name, as compile.c uses
// `PySymtable_Lookup` and `_PyST_GetScope`.

import type * as ast from '../../generated/ast.js';
import { analyzeSymbols } from './analyze.js';
import { collectSymbols, type CollectOptions } from './collect.js';
import { futureFeatures, type FutureFeatures } from './future.js';
import { SymbolTable } from './symbol-table.js';

export type SymtableOptions = CollectOptions;

/**
 * Builds the symbol table of a module (or of an `eval`/`single` input). `future` defaults to the
 * module's own future statements, read (and checked) as `_PyFuture_FromAST` does. Throws
 * PySyntaxError as CPython would, or CompileRecursionError for a tree nested too deep.
 */
export function buildSymtable(mod: ast.mod, filename: string, future?: FutureFeatures, options: SymtableOptions = {}): SymbolTable {
  const features = future ?? futureFeatures(mod);
  const { top, blocks } = collectSymbols(mod, features, options);
  analyzeSymbols(top);
  return new SymbolTable(filename, top, features, blocks);
}

export { SymbolTable } from './symbol-table.js';
export { SymtableEntry, comparePyStr, type BlockType, type ComprehensionKind, type Directive } from './entry.js';
export { CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL, NO_FUTURE_FEATURES, futureFeatures, type FutureFeatures } from './future.js';
export { mangle } from './mangle.js';
export { CompileRecursionError, MESSAGES } from './errors.js';
export * from './flags.js';
