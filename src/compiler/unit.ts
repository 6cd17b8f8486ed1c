// One code object under construction (compile.c's `struct compiler_unit`): its symbol table
// block, name tables, flow graph, frame-block stack and current source location.

import type * as ast from '../../generated/ast.js';
import { ConstTable } from '../bytecode/constants.js';
import { Graph } from '../bytecode/flowgraph.js';
import type { BasicBlock } from '../bytecode/instr.js';
import type { SymtableEntry } from '../symtable/entry.js';

export const enum ScopeType {
  Module,
  Class,
  Function,
  AsyncFunction,
  Lambda,
  Comprehension,
}

export const enum FBlockType {
  WhileLoop,
  ForLoop,
  TryExcept,
  FinallyTry,
  FinallyEnd,
  With,
  AsyncWith,
  HandlerCleanup,
  PopValue,
  ExceptionHandler,
  ExceptionGroupHandler,
  AsyncComprehensionGenerator,
}

/** A frame block: a loop, try, with or handler the code generator is inside of. */
export interface FBlock {
  type: FBlockType;
  block: BasicBlock | null;
  /** Loop exit or cleanup block. */
  exit: BasicBlock | null;
  /** FinallyTry: the finally body; With/AsyncWith: the statement; HandlerCleanup: the bound name. */
  datum: ast.stmt[] | ast.stmt | string | null;
}

/** The location instructions get when they are added (u_lineno, u_col_offset, ...). */
export interface SourceLocation {
  lineno: number;
  colOffset: number;
  endLineno: number;
  endColOffset: number;
}

export class CompilerUnit {
  readonly graph = new Graph();
  curblock: BasicBlock;
  readonly consts = new ConstTable();
  readonly names = new Map<string, number>();
  readonly varnames = new Map<string, number>();
  readonly cellvars = new Map<string, number>();
  readonly freevars = new Map<string, number>();
  qualname: string | null = null;
  /** The enclosing class name, for private name mangling. */
  private: string | null = null;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  readonly fblocks: FBlock[] = [];
  firstlineno: number;
  loc: SourceLocation;
  needNewImplicitBlock = false;

  constructor(
    readonly ste: SymtableEntry,
    readonly name: string,
    readonly scopeType: ScopeType,
    lineno: number,
  ) {
    ste.varnames.forEach((v, i) => this.varnames.set(v, i));
    ste.cellvars().forEach((v, i) => this.cellvars.set(v, i));
    const ncells = this.cellvars.size;
    ste.freevars().forEach((v, i) => this.freevars.set(v, ncells + i));
    this.firstlineno = lineno;
    this.loc = { lineno, colOffset: 0, endLineno: lineno, endColOffset: 0 };
    this.curblock = this.graph.newBlock();
  }
}

/** compiler_add_o: the index of `key` in an insertion-ordered table, adding it if new. */
export function addToTable(table: Map<string, number>, key: string): number {
  let i = table.get(key);
  if (i === undefined) {
    i = table.size;
    table.set(key, i);
  }
  return i;
}
