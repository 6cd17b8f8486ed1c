// The AST stage's public surface: node types and constructors are generated from
// grammar/Python.asdl into generated/ast.ts; this stage adds CPython's ast.dump and repr.

export { dump } from './dump.js';
export type { DumpOptions } from './dump.js';
export { isPrintable, repr, reprBytes, reprCodePoints, reprComplex, reprFloat, reprInt, reprStr } from './repr.js';
