// The compiler stage: an AST in, a CPython 3.11 code object out, as `compile(source, filename,
// 'exec', dont_inherit=True)` makes it (Python/compile.c's `_PyAST_Compile`):
//
//   future features -> AST optimizer (ast-opt.ts) -> symbol table (src/symtable)
//     -> code generator (codegen.ts) -> flow graph optimizer and assembler (src/bytecode)
//
// Compile-time errors are thrown as PySyntaxError with CPython's message and position.

import type * as ast from '../../generated/ast.js';
import type { PyCode } from '../bytecode/code.js';
import { buildSymtable, futureFeatures } from '../symtable/index.js';
import { optimizeModule } from './ast-opt.js';
import { Compiler, type CompileWarning } from './codegen.js';

export interface CompileOptions {
  /** -O level: 0 (default), 1 drops asserts and makes __debug__ false, 2 also drops docstrings. */
  optimize?: number;
  /** Receives the SyntaxWarnings CPython would emit. */
  warnings?: CompileWarning[];
}

/**
 * Compiles any `mod`, as `compile()` in mode 'exec' (Module), 'eval' (Expression) or 'single'
 * (Interactive: expression statements print their value).
 */
export function compile(mod: ast.mod, filename: string, options: CompileOptions = {}): PyCode {
  switch (mod._type) {
    case 'Module':
      return compileModule(mod, filename, options);
    case 'Expression':
    case 'Interactive': {
      const optimize = options.optimize ?? 0;
      const future = futureFeatures(mod);
      optimizeModule(mod, { optimize, features: future.features });
      const st = buildSymtable(mod, filename, future);
      const interactive = mod._type === 'Interactive';
      const compiler = new Compiler(st, { filename, optimize, features: future.features, futureLineno: future.lineno, interactive });
      const code = mod._type === 'Interactive' ? compiler.compileInteractive(mod) : compiler.compileExpression(mod);
      options.warnings?.push(...compiler.warnings);
      return code;
    }
    case 'FunctionType':
      throw new Error('compile() of a FunctionType is not supported');
  }
}

/**
 * Compiles a module. Like CPython, which folds constants in its own copy of the tree, this
 * rewrites `mod` in place (constant folding); parse again to get the original tree back.
 */
export function compileModule(mod: ast.Module, filename: string, options: CompileOptions = {}): PyCode {
  const optimize = options.optimize ?? 0;
  const future = futureFeatures(mod);
  optimizeModule(mod, { optimize, features: future.features });
  const st = buildSymtable(mod, filename, future);
  const compiler = new Compiler(st, { filename, optimize, features: future.features, futureLineno: future.lineno });
  const code = compiler.compileModule(mod);
  options.warnings?.push(...compiler.warnings);
  return code;
}

export type { CompileWarning };
