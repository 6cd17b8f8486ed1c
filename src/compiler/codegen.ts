// The code generator of Python/compile.c (CPython 3.11): AST to basic blocks of instructions,
// one compiler unit per code object, then the assembler (src/bytecode/assemble.ts) for each.
// Method names follow AssemblyScript's verbs: compileX lowers a node, addX emits instructions,
// makeX builds values. Every emission order, location and constant order follows compile.c,
// since code identity with CPython is the bar.

import type * as ast from '../../generated/ast.js';
import { assemble } from '../bytecode/assemble.js';
import {
  CO_ASYNC_GENERATOR,
  CO_COROUTINE,
  CO_FUTURE_ANNOTATIONS,
  CO_GENERATOR,
  CO_NESTED,
  CO_NEWLOCALS,
  CO_OPTIMIZED,
  CO_VARARGS,
  CO_VARKEYWORDS,
  PyCode,
} from '../bytecode/code.js';
import {
  BasicBlock,
  hasArg,
  Instr,
  isEndOfBasicBlock,
  JUMP,
  JUMP_NO_INTERRUPT,
  POP_BLOCK,
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE,
  POP_JUMP_IF_TRUE,
  SETUP_CLEANUP,
  SETUP_FINALLY,
  SETUP_WITH,
} from '../bytecode/instr.js';
import { Op } from '../bytecode/opcodes.js';
import { PySyntaxError } from '../diagnostics/syntax-error.js';
import type { SymtableEntry } from '../symtable/entry.js';
import { CELL, DEF_IMPORT, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL } from '../symtable/flags.js';
import { mangle } from '../symtable/mangle.js';
import type { SymbolTable } from '../symtable/symbol-table.js';
import { isPyStr, PY_ELLIPSIS, PyBytes, PyComplex, PyFrozenSet, PyTuple, type PyConstant } from '../values/index.js';
import { getDocString } from './ast-opt.js';
import { Comp, compileComprehension } from './codegen-comprehension.js';
import { compileMatch } from './codegen-match.js';
import { compileAsyncWith, compileTryExcept, compileTryFinally, compileTryStarExcept, compileWith } from './codegen-try.js';
import { makeFrozenSet } from './const-eval.js';
import { unparseAnnotation } from './unparse.js';
import { addToTable, CompilerUnit, FBlockType, ScopeType, type FBlock, type SourceLocation } from './unit.js';

/** CO_MAXBLOCKS: how deeply loops, try and with statements may nest. */
const CO_MAXBLOCKS = 20;
/** STACK_USE_GUIDELINE: beyond this many items, displays and calls are built incrementally. */
export const STACK_USE_GUIDELINE = 30;

/** The future flags a code object inherits (PyCF_MASK). */
const PYCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;

export interface CompileWarning {
  category: 'SyntaxWarning';
  message: string;
  lineno: number;
  /** The location compiler_error gives the SyntaxError when the warning is an error. */
  col?: number;
  endLineno?: number;
  endCol?: number;
}

export interface CodegenOptions {
  filename: string;
  /** -O level (0: asserts and docstrings kept). */
  optimize: number;
  /** Future feature bits of the module. */
  features: number;
  /** Line of the last future import (ff_lineno). */
  futureLineno: number;
  interactive?: boolean;
}

type NodeWithLoc = { lineno: number; col_offset: number; end_lineno?: number | null; end_col_offset?: number | null };

export class Compiler {
  readonly warnings: CompileWarning[] = [];
  u!: CompilerUnit;
  private readonly stack: CompilerUnit[] = [];
  private nestlevel = 0;

  constructor(
    readonly st: SymbolTable,
    readonly options: CodegenOptions,
  ) {}

  // ---- scopes

  enterScope(name: string, scopeType: ScopeType, key: object, lineno: number): void {
    const u = new CompilerUnit(this.st.lookup(key), name, scopeType, lineno);
    if (this.u) {
      this.stack.push(this.u);
      u.private = this.u.private;
    }
    this.u = u;
    this.nestlevel++;
    if (scopeType === ScopeType.Module) u.loc.lineno = 0;
    else this.setQualname();
    this.addopI(Op.RESUME, 0);
    if (scopeType === ScopeType.Module) u.loc.lineno = -1;
  }

  exitScope(): void {
    this.nestlevel--;
    this.u = this.stack.pop()!;
  }

  private setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    if (this.stack.length > 1) {
      const parent = this.stack[this.stack.length - 1]!;
      let forceGlobal = false;
      if (u.scopeType === ScopeType.Function || u.scopeType === ScopeType.AsyncFunction || u.scopeType === ScopeType.Class) {
        const scope = parent.ste.getScope(mangle(parent.private, u.name));
        if (scope === GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (parent.scopeType === ScopeType.Function || parent.scopeType === ScopeType.AsyncFunction || parent.scopeType === ScopeType.Lambda) {
          base = parent.qualname + '.<locals>';
        } else {
          base = parent.qualname;
        }
      }
    }
    u.qualname = base !== null ? base + '.' + u.name : u.name;
  }

  private get ste(): SymtableEntry {
    return this.u.ste;
  }

  private get isFunctionBlock(): boolean {
    return this.u.ste.type === 'function';
  }

  // ---- locations

  setLoc(n: NodeWithLoc): void {
    const loc = this.u.loc;
    loc.lineno = n.lineno;
    loc.colOffset = n.col_offset;
    loc.endLineno = n.end_lineno ?? n.lineno;
    loc.endColOffset = n.end_col_offset ?? n.col_offset;
  }

  unsetLoc(): void {
    const loc = this.u.loc;
    loc.lineno = -1;
    loc.colOffset = -1;
    loc.endLineno = -1;
    loc.endColOffset = -1;
  }

  saveLoc(): SourceLocation {
    return { ...this.u.loc };
  }

  restoreLoc(saved: SourceLocation): void {
    Object.assign(this.u.loc, saved);
  }

  // ---- blocks and instructions

  newBlock(): BasicBlock {
    return this.u.graph.newBlock();
  }

  useNextBlock(block: BasicBlock): BasicBlock {
    this.u.curblock.next = block;
    this.u.curblock = block;
    this.u.needNewImplicitBlock = false;
    return block;
  }

  private addInstr(opcode: number, oparg: number, target: BasicBlock | null, lineno: number, endLineno: number, col: number, endCol: number): void {
    const u = this.u;
    if (u.needNewImplicitBlock) this.useNextBlock(this.newBlock());
    const b = u.curblock;
    const i = new Instr(opcode, oparg, lineno, endLineno, col, endCol, target);
    b.instr.push(i);
    if (opcode === Op.RETURN_VALUE) b.hasReturn = true;
    if (isEndOfBasicBlock(i)) u.needNewImplicitBlock = true;
  }

  addop(opcode: number): void {
    if (hasArg(opcode) && opcode >= 0) throw new Error(`${opcode} takes an argument`);
    const l = this.u.loc;
    this.addInstr(opcode, 0, null, l.lineno, l.endLineno, l.colOffset, l.endColOffset);
  }

  addopNoLine(opcode: number): void {
    this.addInstr(opcode, 0, null, -1, 0, 0, 0);
  }

  addopI(opcode: number, oparg: number): void {
    const l = this.u.loc;
    this.addInstr(opcode, oparg, null, l.lineno, l.endLineno, l.colOffset, l.endColOffset);
  }

  addopINoLine(opcode: number, oparg: number): void {
    this.addInstr(opcode, oparg, null, -1, 0, 0, 0);
  }

  addopJ(opcode: number, target: BasicBlock): void {
    const l = this.u.loc;
    this.addInstr(opcode, 0, target, l.lineno, l.endLineno, l.colOffset, l.endColOffset);
  }

  addopJNoLine(opcode: number, target: BasicBlock): void {
    this.addInstr(opcode, 0, target, -1, 0, 0, 0);
  }

  addConst(value: PyConstant): number {
    return this.u.consts.add(value);
  }

  addLoadConst(value: PyConstant): void {
    this.addopI(Op.LOAD_CONST, this.addConst(value));
  }

  /** ADDOP_NAME: a mangled name in co_names. */
  addopName(opcode: number, name: string): void {
    this.addopI(opcode, addToTable(this.u.names, mangle(this.u.private, name)));
  }

  /** ADDOP_N with u_names: an unmangled name. */
  addopNames(opcode: number, name: string): void {
    this.addopI(opcode, addToTable(this.u.names, name));
  }

  // ---- errors and warnings

  error(msg: string): PySyntaxError {
    const l = this.u.loc;
    return new PySyntaxError({
      type: 'SyntaxError',
      msg,
      lineno: l.lineno,
      offset: l.colOffset + 1,
      end_lineno: l.endLineno,
      end_offset: l.endColOffset + 1,
    });
  }

  warn(message: string): void {
    const l = this.u.loc;
    this.warnings.push({ category: 'SyntaxWarning', message, lineno: l.lineno, col: l.colOffset, endLineno: l.endLineno, endCol: l.endColOffset });
  }

  // ---- frame blocks

  pushFBlock(type: FBlockType, block: BasicBlock | null, exit: BasicBlock | null, datum: FBlock['datum']): void {
    if (this.u.fblocks.length >= CO_MAXBLOCKS) throw this.error('too many statically nested blocks');
    this.u.fblocks.push({ type, block, exit, datum });
  }

  popFBlock(): void {
    this.u.fblocks.pop();
  }

  callExitWithNones(): void {
    this.addLoadConst(null);
    this.addLoadConst(null);
    this.addLoadConst(null);
    this.addopI(Op.PRECALL, 2);
    this.addopI(Op.CALL, 2);
  }

  addYieldFrom(isAwait: boolean): void {
    const start = this.newBlock();
    const resume = this.newBlock();
    const exit = this.newBlock();
    this.useNextBlock(start);
    this.addopJ(Op.SEND, exit);
    this.useNextBlock(resume);
    this.addop(Op.YIELD_VALUE);
    this.addopI(Op.RESUME, isAwait ? 3 : 2);
    this.addopJ(JUMP_NO_INTERRUPT, start);
    this.useNextBlock(exit);
  }

  popExceptAndReraise(): void {
    this.addopI(Op.COPY, 3);
    this.addop(Op.POP_EXCEPT);
    this.addopI(Op.RERAISE, 1);
  }

  private unwindFBlock(info: FBlock, preserveTos: boolean): void {
    switch (info.type) {
      case FBlockType.WhileLoop:
      case FBlockType.ExceptionHandler:
      case FBlockType.ExceptionGroupHandler:
      case FBlockType.AsyncComprehensionGenerator:
        return;
      case FBlockType.ForLoop:
        if (preserveTos) this.addopI(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
        return;
      case FBlockType.TryExcept:
        this.addop(POP_BLOCK);
        return;
      case FBlockType.FinallyTry:
        this.addop(POP_BLOCK);
        if (preserveTos) this.pushFBlock(FBlockType.PopValue, null, null, null);
        this.compileStmts(info.datum as ast.stmt[]);
        if (preserveTos) this.popFBlock();
        this.unsetLoc();
        return;
      case FBlockType.FinallyEnd:
        if (preserveTos) this.addopI(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
        if (preserveTos) this.addopI(Op.SWAP, 2);
        this.addop(POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        return;
      case FBlockType.With:
      case FBlockType.AsyncWith:
        this.setLoc(info.datum as ast.stmt);
        this.addop(POP_BLOCK);
        if (preserveTos) this.addopI(Op.SWAP, 2);
        this.callExitWithNones();
        if (info.type === FBlockType.AsyncWith) {
          this.addopI(Op.GET_AWAITABLE, 2);
          this.addLoadConst(null);
          this.addYieldFrom(true);
        }
        this.addop(Op.POP_TOP);
        this.unsetLoc();
        return;
      case FBlockType.HandlerCleanup:
        if (info.datum) this.addop(POP_BLOCK);
        if (preserveTos) this.addopI(Op.SWAP, 2);
        this.addop(POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        if (info.datum) {
          this.addLoadConst(null);
          this.nameop(info.datum as string, 'Store');
          this.nameop(info.datum as string, 'Del');
        }
        return;
      case FBlockType.PopValue:
        if (preserveTos) this.addopI(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
        return;
    }
  }

  /** Unwinds the frame-block stack; with `stopAtLoop`, returns the innermost loop reached, if any. */
  private unwindFBlockStack(preserveTos: boolean, stopAtLoop: boolean): FBlock | null {
    const fblocks = this.u.fblocks;
    if (fblocks.length === 0) return null;
    const top = fblocks[fblocks.length - 1]!;
    if (top.type === FBlockType.ExceptionGroupHandler) {
      throw this.error("'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (stopAtLoop && (top.type === FBlockType.WhileLoop || top.type === FBlockType.ForLoop)) return top;
    fblocks.pop();
    this.unwindFBlock(top, preserveTos);
    const loop = this.unwindFBlockStack(preserveTos, stopAtLoop);
    fblocks.push(top);
    return loop;
  }

  // ---- module and bodies

  compileModule(mod: ast.Module): PyCode {
    this.enterScope('<module>', ScopeType.Module, mod, 1);
    this.u.loc.lineno = 1;
    this.compileBody(mod.body);
    const co = this.assembleUnit(true);
    this.exitScope();
    return co;
  }

  compileExpression(mod: ast.Expression): PyCode {
    this.enterScope('<module>', ScopeType.Module, mod, 1);
    this.u.loc.lineno = 1;
    this.compileExpr(mod.body);
    const co = this.assembleUnit(false);
    this.exitScope();
    return co;
  }

  compileInteractive(mod: ast.Interactive): PyCode {
    this.enterScope('<module>', ScopeType.Module, mod, 1);
    this.u.loc.lineno = 1;
    if (findAnn(mod.body)) this.addop(Op.SETUP_ANNOTATIONS);
    this.compileStmts(mod.body);
    const co = this.assembleUnit(true);
    this.exitScope();
    return co;
  }

  private compileBody(stmts: ast.stmt[]): void {
    if (this.u.scopeType === ScopeType.Module && stmts.length) this.setLoc(stmts[0]!);
    if (findAnn(stmts)) this.addop(Op.SETUP_ANNOTATIONS);
    if (!stmts.length) return;
    let i = 0;
    if (this.options.optimize < 2) {
      const docstring = getDocString(stmts);
      if (docstring !== null) {
        i = 1;
        const st = stmts[0] as ast.Expr;
        this.compileExpr(st.value);
        this.unsetLoc();
        this.nameop('__doc__', 'Store');
      }
    }
    for (; i < stmts.length; i++) this.compileStmt(stmts[i]!);
  }

  compileStmts(stmts: readonly ast.stmt[]): void {
    for (const s of stmts) this.compileStmt(s);
  }

  /** assemble(c, addNone): make sure the code ends in a return, then assemble the unit. */
  assembleUnit(addNone: boolean): PyCode {
    const u = this.u;
    if (!u.curblock.hasReturn) {
      this.unsetLoc();
      if (addNone) this.addLoadConst(null);
      this.addop(Op.RETURN_VALUE);
    }
    return assemble({
      graph: u.graph,
      consts: u.consts,
      names: u.names,
      varnames: u.varnames,
      cellvars: u.cellvars,
      freevars: u.freevars,
      argcount: u.argcount,
      posonlyargcount: u.posonlyargcount,
      kwonlyargcount: u.kwonlyargcount,
      firstlineno: u.firstlineno,
      name: u.name,
      qualname: u.qualname ?? u.name,
      filename: this.options.filename,
      flags: this.codeFlags(),
      startsWithValue: u.ste.generator || u.ste.coroutine,
    });
  }

  private codeFlags(): number {
    const ste = this.ste;
    let flags = 0;
    if (ste.type === 'function') {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (ste.nested) flags |= CO_NESTED;
      if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
      if (!ste.generator && ste.coroutine) flags |= CO_COROUTINE;
      if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
      if (ste.varargs) flags |= CO_VARARGS;
      if (ste.varkeywords) flags |= CO_VARKEYWORDS;
    }
    return flags | (this.options.features & PYCF_MASK);
  }

  // ---- names

  private forbiddenName(name: string, ctx: string): void {
    if (ctx === 'Store' && name === '__debug__') throw this.error('cannot assign to __debug__');
    if (ctx === 'Del' && name === '__debug__') throw this.error('cannot delete __debug__');
  }

  nameop(name: string, ctx: 'Load' | 'Store' | 'Del'): void {
    this.forbiddenName(name, ctx);
    const u = this.u;
    const mangled = mangle(u.private, name);
    let dict = u.names;
    let optype: 'fast' | 'global' | 'deref' | 'name' = 'name';
    const scope = u.ste.getScope(mangled);
    switch (scope) {
      case FREE:
        dict = u.freevars;
        optype = 'deref';
        break;
      case CELL:
        dict = u.cellvars;
        optype = 'deref';
        break;
      case LOCAL:
        if (this.isFunctionBlock) optype = 'fast';
        break;
      case GLOBAL_IMPLICIT:
        if (this.isFunctionBlock) optype = 'global';
        break;
      case GLOBAL_EXPLICIT:
        optype = 'global';
        break;
    }
    let op: number;
    switch (optype) {
      case 'deref':
        op = ctx === 'Load' ? (u.ste.type === 'class' ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF) : ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF;
        break;
      case 'fast':
        op = ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST;
        this.addopI(op, addToTable(u.varnames, mangled));
        return;
      case 'global':
        op = ctx === 'Load' ? Op.LOAD_GLOBAL : ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL;
        break;
      case 'name':
        op = ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME;
        break;
    }
    let arg = addToTable(dict, mangled);
    if (op === Op.LOAD_GLOBAL) arg <<= 1;
    this.addopI(op, arg);
  }

  // ---- statements

  compileStmt(s: ast.stmt): void {
    this.setLoc(s);
    switch (s._type) {
      case 'FunctionDef':
        return this.compileFunction(s, false);
      case 'AsyncFunctionDef':
        return this.compileFunction(s, true);
      case 'ClassDef':
        return this.compileClass(s);
      case 'Return':
        return this.compileReturn(s);
      case 'Delete':
        for (const t of s.targets) this.compileExpr(t);
        return;
      case 'Assign': {
        const n = s.targets.length;
        this.compileExpr(s.value);
        for (let i = 0; i < n; i++) {
          if (i < n - 1) this.addopI(Op.COPY, 1);
          this.compileExpr(s.targets[i]!);
        }
        return;
      }
      case 'AugAssign':
        return this.compileAugAssign(s);
      case 'AnnAssign':
        return this.compileAnnAssign(s);
      case 'For':
        return this.compileFor(s);
      case 'While':
        return this.compileWhile(s);
      case 'If':
        return this.compileIf(s);
      case 'Match':
        return compileMatch(this, s);
      case 'Raise': {
        let n = 0;
        if (s.exc) {
          this.compileExpr(s.exc);
          n++;
          if (s.cause) {
            this.compileExpr(s.cause);
            n++;
          }
        }
        this.addopI(Op.RAISE_VARARGS, n);
        return;
      }
      case 'Try':
        return s.finalbody.length ? compileTryFinally(this, s) : compileTryExcept(this, s);
      case 'TryStar':
        return s.finalbody.length ? compileTryFinally(this, s) : compileTryStarExcept(this, s);
      case 'Assert':
        return this.compileAssert(s);
      case 'Import':
        return this.compileImport(s);
      case 'ImportFrom':
        return this.compileFromImport(s);
      case 'Global':
      case 'Nonlocal':
        return;
      case 'Expr':
        return this.compileStmtExpr(s.value);
      case 'Pass':
        this.addop(Op.NOP);
        return;
      case 'Break':
        return this.compileBreak();
      case 'Continue':
        return this.compileContinue();
      case 'With':
        return compileWith(this, s, 0);
      case 'AsyncWith':
        return compileAsyncWith(this, s, 0);
      case 'AsyncFor':
        return this.compileAsyncFor(s);
    }
  }

  private compileStmtExpr(value: ast.expr): void {
    if (this.options.interactive && this.nestlevel <= 1) {
      this.compileExpr(value);
      this.addop(Op.PRINT_EXPR);
      return;
    }
    if (value._type === 'Constant') {
      this.addop(Op.NOP);
      return;
    }
    this.compileExpr(value);
    this.unsetLoc();
    this.addop(Op.POP_TOP);
  }

  // ---- functions and classes

  private decorators(decos: ast.expr[]): void {
    for (const d of decos) this.compileExpr(d);
  }

  private applyDecorators(decos: ast.expr[]): void {
    const saved = this.saveLoc();
    for (let i = decos.length - 1; i > -1; i--) {
      this.setLoc(decos[i]!);
      this.addopI(Op.PRECALL, 0);
      this.addopI(Op.CALL, 0);
    }
    this.restoreLoc(saved);
  }

  /** Pushes the keyword-only defaults dict; false when there are none. */
  private kwonlyDefaults(kwonlyargs: ast.arg[], kwDefaults: (ast.expr | null)[]): boolean {
    const keys: string[] = [];
    for (let i = 0; i < kwonlyargs.length; i++) {
      const arg = kwonlyargs[i]!;
      const def = kwDefaults[i];
      if (def) {
        keys.push(mangle(this.u.private, arg.arg));
        this.compileExpr(def);
      }
    }
    if (keys.length) {
      this.addLoadConst(new PyTuple(keys));
      this.addopI(Op.BUILD_CONST_KEY_MAP, keys.length);
      return true;
    }
    return false;
  }

  private argAnnotation(id: string, annotation: ast.expr | null, count: { n: number }): void {
    if (!annotation) return;
    this.addLoadConst(mangle(this.u.private, id));
    if (this.options.features & CO_FUTURE_ANNOTATIONS) {
      this.addLoadConst(unparseAnnotation(annotation));
    } else if (annotation._type === 'Starred') {
      this.compileExpr(annotation.value);
      this.addopI(Op.UNPACK_SEQUENCE, 1);
    } else {
      this.compileExpr(annotation);
    }
    count.n += 2;
  }

  /** Pushes the annotations tuple; false when there are none. */
  private annotations(args: ast.arguments, returns: ast.expr | null): boolean {
    const count = { n: 0 };
    for (const a of args.args) this.argAnnotation(a.arg, a.annotation, count);
    for (const a of args.posonlyargs) this.argAnnotation(a.arg, a.annotation, count);
    if (args.vararg && args.vararg.annotation) this.argAnnotation(args.vararg.arg, args.vararg.annotation, count);
    for (const a of args.kwonlyargs) this.argAnnotation(a.arg, a.annotation, count);
    if (args.kwarg && args.kwarg.annotation) this.argAnnotation(args.kwarg.arg, args.kwarg.annotation, count);
    this.argAnnotation('return', returns, count);
    if (count.n) {
      this.addopI(Op.BUILD_TUPLE, count.n);
      return true;
    }
    return false;
  }

  private defaultArguments(args: ast.arguments): number {
    let flags = 0;
    if (args.defaults.length > 0) {
      for (const d of args.defaults) this.compileExpr(d);
      this.addopI(Op.BUILD_TUPLE, args.defaults.length);
      flags |= 0x01;
    }
    if (args.kwonlyargs.length && this.kwonlyDefaults(args.kwonlyargs, args.kw_defaults)) flags |= 0x02;
    return flags;
  }

  private checkDebugArgs(args: ast.arguments): void {
    const check = (a: ast.arg | null): void => {
      if (a) this.forbiddenName(a.arg, 'Store');
    };
    args.posonlyargs.forEach(check);
    args.args.forEach(check);
    check(args.vararg);
    args.kwonlyargs.forEach(check);
    check(args.kwarg);
  }

  /** get_ref_type: the scope of a free variable of a child, seen from the current unit. */
  private refType(name: string): number {
    if (this.u.scopeType === ScopeType.Class && name === '__class__') return CELL;
    const scope = this.u.ste.getScope(name);
    if (scope === 0) throw new Error(`_PyST_GetScope(name=${name}) failed: unknown scope in unit ${this.u.name}`);
    return scope;
  }

  makeClosure(co: PyCode, flags: number): void {
    const nfree = co.co_nfreevars;
    if (nfree) {
      const names = co.co_localsplusnames;
      for (let i = names.length - nfree; i < names.length; i++) {
        const name = names[i]!;
        const reftype = this.refType(name);
        const arg = reftype === CELL ? this.u.cellvars.get(name) : this.u.freevars.get(name);
        if (arg === undefined) throw new Error(`compiler_lookup_arg(name=${name}) with reftype=${reftype} failed in ${this.u.name}`);
        this.addopI(Op.LOAD_CLOSURE, arg);
      }
      flags |= 0x08;
      this.addopI(Op.BUILD_TUPLE, nfree);
    }
    this.addLoadConst(co);
    this.addopI(Op.MAKE_FUNCTION, flags);
  }

  private compileFunction(s: ast.FunctionDef | ast.AsyncFunctionDef, isAsync: boolean): void {
    const { args, returns, decorator_list: decos, name, body } = s;
    const scopeType = isAsync ? ScopeType.AsyncFunction : ScopeType.Function;
    this.checkDebugArgs(args);
    this.decorators(decos);
    let firstlineno = s.lineno;
    if (decos.length) firstlineno = decos[0]!.lineno;
    let funcflags = this.defaultArguments(args);
    if (this.annotations(args, returns)) funcflags |= 0x04;
    this.enterScope(name, scopeType, s, firstlineno);
    const docstring = this.options.optimize < 2 ? getDocString(body) : null;
    this.addConst(docstring ?? null);
    this.u.argcount = args.args.length;
    this.u.posonlyargcount = args.posonlyargs.length;
    this.u.kwonlyargcount = args.kwonlyargs.length;
    for (let i = docstring !== null ? 1 : 0; i < body.length; i++) this.compileStmt(body[i]!);
    const co = this.assembleUnit(true);
    this.exitScope();
    this.makeClosure(co, funcflags);
    this.applyDecorators(decos);
    this.nameop(name, 'Store');
  }

  private compileClass(s: ast.ClassDef): void {
    const decos = s.decorator_list;
    this.decorators(decos);
    let firstlineno = s.lineno;
    if (decos.length) firstlineno = decos[0]!.lineno;
    this.enterScope(s.name, ScopeType.Class, s, firstlineno);
    this.u.private = s.name;
    this.nameop('__name__', 'Load');
    this.nameop('__module__', 'Store');
    this.addLoadConst(this.u.qualname!);
    this.nameop('__qualname__', 'Store');
    this.compileBody(s.body);
    this.unsetLoc();
    if (this.u.ste.needsClassClosure) {
      const i = this.u.cellvars.get('__class__')!;
      this.addopI(Op.LOAD_CLOSURE, i);
      this.addopI(Op.COPY, 1);
      this.nameop('__classcell__', 'Store');
    } else {
      this.addLoadConst(null);
    }
    this.addop(Op.RETURN_VALUE);
    const co = this.assembleUnit(true);
    this.exitScope();
    this.addop(Op.PUSH_NULL);
    this.addop(Op.LOAD_BUILD_CLASS);
    this.makeClosure(co, 0);
    this.addLoadConst(s.name);
    this.callHelper(2, s.bases, s.keywords);
    this.applyDecorators(decos);
    this.nameop(s.name, 'Store');
  }

  private compileLambda(e: ast.Lambda): void {
    const args = e.args;
    this.checkDebugArgs(args);
    const funcflags = this.defaultArguments(args);
    this.enterScope('<lambda>', ScopeType.Lambda, e, e.lineno);
    this.addConst(null);
    this.u.argcount = args.args.length;
    this.u.posonlyargcount = args.posonlyargs.length;
    this.u.kwonlyargcount = args.kwonlyargs.length;
    this.compileExpr(e.body);
    let co: PyCode;
    if (this.u.ste.generator) {
      co = this.assembleUnit(false);
    } else {
      this.addop(Op.RETURN_VALUE);
      co = this.assembleUnit(true);
    }
    this.exitScope();
    this.makeClosure(co, funcflags);
  }

  // ---- control flow

  /** Emits a jump to `next` when `e` is (cond=true) or is not (cond=false) true. */
  jumpIf(e: ast.expr, next: BasicBlock, cond: boolean): void {
    switch (e._type) {
      case 'UnaryOp':
        if (e.op._type === 'Not') return this.jumpIf(e.operand, next, !cond);
        break;
      case 'BoolOp': {
        const s = e.values;
        const n = s.length - 1;
        const cond2 = e.op._type === 'Or';
        let next2 = next;
        if (cond2 !== cond) next2 = this.newBlock();
        for (let i = 0; i < n; i++) this.jumpIf(s[i]!, next2, cond2);
        this.jumpIf(s[n]!, next, cond);
        if (next2 !== next) this.useNextBlock(next2);
        return;
      }
      case 'IfExp': {
        const end = this.newBlock();
        const next2 = this.newBlock();
        this.jumpIf(e.test, next2, false);
        this.jumpIf(e.body, next, cond);
        this.addopJNoLine(JUMP, end);
        this.useNextBlock(next2);
        this.jumpIf(e.orelse, next, cond);
        this.useNextBlock(end);
        return;
      }
      case 'Compare': {
        this.setLoc(e);
        const n = e.ops.length - 1;
        if (n > 0) {
          this.checkCompare(e);
          const cleanup = this.newBlock();
          this.compileExpr(e.left);
          for (let i = 0; i < n; i++) {
            this.compileExpr(e.comparators[i]!);
            this.addopI(Op.SWAP, 2);
            this.addopI(Op.COPY, 2);
            this.addCompare(e.ops[i]!);
            this.addopJ(POP_JUMP_IF_FALSE, cleanup);
          }
          this.compileExpr(e.comparators[n]!);
          this.addCompare(e.ops[n]!);
          this.addopJ(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
          const end = this.newBlock();
          this.addopJNoLine(JUMP, end);
          this.useNextBlock(cleanup);
          this.addop(Op.POP_TOP);
          if (!cond) this.addopJNoLine(JUMP, next);
          this.useNextBlock(end);
          return;
        }
        break;
      }
      default:
        break;
    }
    this.compileExpr(e);
    this.addopJ(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
  }

  private compileIfExp(e: ast.IfExp): void {
    const end = this.newBlock();
    const next = this.newBlock();
    this.jumpIf(e.test, next, false);
    this.compileExpr(e.body);
    this.addopJNoLine(JUMP, end);
    this.useNextBlock(next);
    this.compileExpr(e.orelse);
    this.useNextBlock(end);
  }

  private compileIf(s: ast.If): void {
    const end = this.newBlock();
    const next = s.orelse.length ? this.newBlock() : end;
    this.jumpIf(s.test, next, false);
    this.compileStmts(s.body);
    if (s.orelse.length) {
      this.addopJNoLine(JUMP, end);
      this.useNextBlock(next);
      this.compileStmts(s.orelse);
    }
    this.useNextBlock(end);
  }

  private compileFor(s: ast.For): void {
    const start = this.newBlock();
    const body = this.newBlock();
    const cleanup = this.newBlock();
    const end = this.newBlock();
    this.pushFBlock(FBlockType.ForLoop, start, end, null);
    this.compileExpr(s.iter);
    this.addop(Op.GET_ITER);
    this.useNextBlock(start);
    this.addopJ(Op.FOR_ITER, cleanup);
    this.useNextBlock(body);
    this.compileExpr(s.target);
    this.compileStmts(s.body);
    this.unsetLoc();
    this.addopJ(JUMP, start);
    this.useNextBlock(cleanup);
    this.popFBlock();
    this.compileStmts(s.orelse);
    this.useNextBlock(end);
  }

  private compileAsyncFor(s: ast.AsyncFor): void {
    if (this.u.scopeType !== ScopeType.AsyncFunction) throw this.error("'async for' outside async function");
    const start = this.newBlock();
    const except = this.newBlock();
    const end = this.newBlock();
    this.compileExpr(s.iter);
    this.addop(Op.GET_AITER);
    this.useNextBlock(start);
    this.pushFBlock(FBlockType.ForLoop, start, end, null);
    this.addopJ(SETUP_FINALLY, except);
    this.addop(Op.GET_ANEXT);
    this.addLoadConst(null);
    this.addYieldFrom(true);
    this.addop(POP_BLOCK);
    this.compileExpr(s.target);
    this.compileStmts(s.body);
    this.unsetLoc();
    this.addopJ(JUMP, start);
    this.popFBlock();
    this.useNextBlock(except);
    this.setLoc(s.iter);
    this.addop(Op.END_ASYNC_FOR);
    this.compileStmts(s.orelse);
    this.useNextBlock(end);
  }

  private compileWhile(s: ast.While): void {
    const loop = this.newBlock();
    const body = this.newBlock();
    const anchor = this.newBlock();
    const end = this.newBlock();
    this.useNextBlock(loop);
    this.pushFBlock(FBlockType.WhileLoop, loop, end, null);
    this.jumpIf(s.test, anchor, false);
    this.useNextBlock(body);
    this.compileStmts(s.body);
    this.setLoc(s);
    this.jumpIf(s.test, body, true);
    this.popFBlock();
    this.useNextBlock(anchor);
    this.compileStmts(s.orelse);
    this.useNextBlock(end);
  }

  private compileReturn(s: ast.Return): void {
    const value = s.value;
    const preserveTos = value !== null && value._type !== 'Constant';
    if (this.ste.type !== 'function') throw this.error("'return' outside function");
    if (value !== null && this.ste.coroutine && this.ste.generator) throw this.error("'return' with value in async generator");
    if (preserveTos) {
      this.compileExpr(value);
    } else if (value !== null) {
      this.setLoc(value);
      this.addop(Op.NOP);
    }
    if (value === null || value.lineno !== s.lineno) {
      this.setLoc(s);
      this.addop(Op.NOP);
    }
    this.unwindFBlockStack(preserveTos, false);
    if (value === null) this.addLoadConst(null);
    else if (!preserveTos) this.addLoadConst((value as ast.Constant).value as PyConstant);
    this.addop(Op.RETURN_VALUE);
  }

  private compileBreak(): void {
    const saved = this.saveLoc();
    this.addop(Op.NOP);
    const loop = this.unwindFBlockStack(false, true);
    if (loop === null) {
      this.restoreLoc(saved);
      throw this.error("'break' outside loop");
    }
    this.unwindFBlock(loop, false);
    this.addopJ(JUMP, loop.exit!);
  }

  private compileContinue(): void {
    const saved = this.saveLoc();
    this.addop(Op.NOP);
    const loop = this.unwindFBlockStack(false, true);
    if (loop === null) {
      this.restoreLoc(saved);
      throw this.error("'continue' not properly in loop");
    }
    this.addopJ(JUMP, loop.block!);
  }

  // ---- simple statements

  private compileImportAs(name: string, asname: string): void {
    let dot = name.indexOf('.');
    if (dot !== -1) {
      for (;;) {
        const pos = dot + 1;
        dot = name.indexOf('.', pos);
        const attr = name.slice(pos, dot !== -1 ? dot : undefined);
        this.addopNames(Op.IMPORT_FROM, attr);
        if (dot === -1) break;
        this.addopI(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
      }
      this.nameop(asname, 'Store');
      this.addop(Op.POP_TOP);
      return;
    }
    this.nameop(asname, 'Store');
  }

  private compileImport(s: ast.Import): void {
    for (const alias of s.names) {
      this.addLoadConst(0n);
      this.addLoadConst(null);
      this.addopName(Op.IMPORT_NAME, alias.name);
      if (alias.asname) {
        this.compileImportAs(alias.name, alias.asname);
      } else {
        const dot = alias.name.indexOf('.');
        this.nameop(dot !== -1 ? alias.name.slice(0, dot) : alias.name, 'Store');
      }
    }
  }

  private compileFromImport(s: ast.ImportFrom): void {
    this.addLoadConst(BigInt(s.level ?? 0));
    const names = new PyTuple(s.names.map((a) => a.name));
    if (s.lineno > this.options.futureLineno && s.module === '__future__') {
      throw this.error('from __future__ imports must occur at the beginning of the file');
    }
    this.addLoadConst(names);
    this.addopName(Op.IMPORT_NAME, s.module ?? '');
    for (let i = 0; i < s.names.length; i++) {
      const alias = s.names[i]!;
      if (i === 0 && alias.name[0] === '*') {
        this.addop(Op.IMPORT_STAR);
        return;
      }
      this.addopName(Op.IMPORT_FROM, alias.name);
      this.nameop(alias.asname ?? alias.name, 'Store');
    }
    this.addop(Op.POP_TOP);
  }

  private compileAssert(s: ast.Assert): void {
    const test = s.test;
    if ((test._type === 'Tuple' && test.elts.length > 0) || (test._type === 'Constant' && test.value instanceof PyTuple && test.value.items.length > 0)) {
      this.warn('assertion is always true, perhaps remove parentheses?');
    }
    if (this.options.optimize) return;
    const end = this.newBlock();
    this.jumpIf(s.test, end, true);
    this.addop(Op.LOAD_ASSERTION_ERROR);
    if (s.msg) {
      this.compileExpr(s.msg);
      this.addopI(Op.PRECALL, 0);
      this.addopI(Op.CALL, 0);
    }
    this.addopI(Op.RAISE_VARARGS, 1);
    this.useNextBlock(end);
  }

  private compileAugAssign(s: ast.AugAssign): void {
    const e = s.target;
    const saved = this.saveLoc();
    this.setLoc(e);
    switch (e._type) {
      case 'Attribute':
        this.compileExpr(e.value);
        this.addopI(Op.COPY, 1);
        this.updateStartLocationToMatchAttr(e);
        this.addopName(Op.LOAD_ATTR, e.attr);
        break;
      case 'Subscript':
        this.compileExpr(e.value);
        this.compileExpr(e.slice);
        this.addopI(Op.COPY, 2);
        this.addopI(Op.COPY, 2);
        this.addop(Op.BINARY_SUBSCR);
        break;
      case 'Name':
        this.nameop(e.id, 'Load');
        break;
      default:
        throw new Error(`invalid node type (${e._type}) for augmented assignment`);
    }
    this.restoreLoc(saved);
    this.compileExpr(s.value);
    this.addopI(Op.BINARY_OP, binaryOparg(s.op._type, true));
    this.setLoc(e);
    switch (e._type) {
      case 'Attribute':
        this.updateStartLocationToMatchAttr(e);
        this.addopI(Op.SWAP, 2);
        this.addopName(Op.STORE_ATTR, e.attr);
        break;
      case 'Subscript':
        this.addopI(Op.SWAP, 3);
        this.addopI(Op.SWAP, 2);
        this.addop(Op.STORE_SUBSCR);
        break;
      case 'Name':
        this.nameop(e.id, 'Store');
        break;
    }
  }

  private checkAnnExpr(e: ast.expr): void {
    this.compileExpr(e);
    this.addop(Op.POP_TOP);
  }

  private checkAnnSubscr(e: ast.expr): void {
    switch (e._type) {
      case 'Slice':
        if (e.lower) this.checkAnnExpr(e.lower);
        if (e.upper) this.checkAnnExpr(e.upper);
        if (e.step) this.checkAnnExpr(e.step);
        return;
      case 'Tuple':
        for (const elt of e.elts) this.checkAnnSubscr(elt);
        return;
      default:
        this.checkAnnExpr(e);
    }
  }

  private compileAnnAssign(s: ast.AnnAssign): void {
    const targ = s.target;
    if (s.value) {
      this.compileExpr(s.value);
      this.compileExpr(targ);
    }
    const moduleOrClass = this.u.scopeType === ScopeType.Module || this.u.scopeType === ScopeType.Class;
    switch (targ._type) {
      case 'Name':
        this.forbiddenName(targ.id, 'Store');
        if (s.simple && moduleOrClass) {
          if (this.options.features & CO_FUTURE_ANNOTATIONS) this.addLoadConst(unparseAnnotation(s.annotation));
          else this.compileExpr(s.annotation);
          this.addopNames(Op.LOAD_NAME, '__annotations__');
          this.addLoadConst(mangle(this.u.private, targ.id));
          this.addop(Op.STORE_SUBSCR);
        }
        break;
      case 'Attribute':
        this.forbiddenName(targ.attr, 'Store');
        if (!s.value) this.checkAnnExpr(targ.value);
        break;
      case 'Subscript':
        if (!s.value) {
          this.checkAnnExpr(targ.value);
          this.checkAnnSubscr(targ.slice);
        }
        break;
      default:
        throw new Error(`invalid node type (${targ._type}) for annotated assignment`);
    }
    if (!s.simple && !(this.options.features & CO_FUTURE_ANNOTATIONS) && moduleOrClass) this.checkAnnExpr(s.annotation);
  }

  // ---- expressions

  compileExpr(e: ast.expr): void {
    const saved = this.saveLoc();
    this.setLoc(e);
    this.compileExpr1(e);
    this.restoreLoc(saved);
  }

  private compileExpr1(e: ast.expr): void {
    switch (e._type) {
      case 'NamedExpr':
        this.compileExpr(e.value);
        this.addopI(Op.COPY, 1);
        this.compileExpr(e.target);
        return;
      case 'BoolOp':
        return this.compileBoolOp(e);
      case 'BinOp':
        this.compileExpr(e.left);
        this.compileExpr(e.right);
        this.addopI(Op.BINARY_OP, binaryOparg(e.op._type, false));
        return;
      case 'UnaryOp':
        this.compileExpr(e.operand);
        this.addop(UNARY_OPS[e.op._type]);
        return;
      case 'Lambda':
        return this.compileLambda(e);
      case 'IfExp':
        return this.compileIfExp(e);
      case 'Dict':
        return this.compileDict(e);
      case 'Set':
        return this.starunpackHelper(e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
      case 'GeneratorExp':
        return compileComprehension(this, e, Comp.GenExp, '<genexpr>', e.generators, e.elt, null);
      case 'ListComp':
        return compileComprehension(this, e, Comp.ListComp, '<listcomp>', e.generators, e.elt, null);
      case 'SetComp':
        return compileComprehension(this, e, Comp.SetComp, '<setcomp>', e.generators, e.elt, null);
      case 'DictComp':
        return compileComprehension(this, e, Comp.DictComp, '<dictcomp>', e.generators, e.key, e.value);
      case 'Yield':
        if (this.ste.type !== 'function') throw this.error("'yield' outside function");
        if (e.value) this.compileExpr(e.value);
        else this.addLoadConst(null);
        this.addYield();
        return;
      case 'YieldFrom':
        if (this.ste.type !== 'function') throw this.error("'yield' outside function");
        if (this.u.scopeType === ScopeType.AsyncFunction) throw this.error("'yield from' inside async function");
        this.compileExpr(e.value);
        this.addop(Op.GET_YIELD_FROM_ITER);
        this.addLoadConst(null);
        this.addYieldFrom(false);
        return;
      case 'Await':
        if (this.ste.type !== 'function') throw this.error("'await' outside function");
        if (this.u.scopeType !== ScopeType.AsyncFunction && this.u.scopeType !== ScopeType.Comprehension) {
          throw this.error("'await' outside async function");
        }
        this.compileExpr(e.value);
        this.addopI(Op.GET_AWAITABLE, 0);
        this.addLoadConst(null);
        this.addYieldFrom(true);
        return;
      case 'Compare':
        return this.compileCompare(e);
      case 'Call':
        return this.compileCall(e);
      case 'Constant':
        this.addLoadConst(e.value as PyConstant);
        return;
      case 'JoinedStr':
        return this.compileJoinedStr(e);
      case 'FormattedValue':
        return this.compileFormattedValue(e);
      case 'Attribute':
        this.compileExpr(e.value);
        this.updateStartLocationToMatchAttr(e);
        switch (e.ctx._type) {
          case 'Load':
            this.addopName(Op.LOAD_ATTR, e.attr);
            break;
          case 'Store':
            this.forbiddenName(e.attr, 'Store');
            this.addopName(Op.STORE_ATTR, e.attr);
            break;
          case 'Del':
            this.addopName(Op.DELETE_ATTR, e.attr);
            break;
        }
        return;
      case 'Subscript':
        return this.compileSubscript(e);
      case 'Starred':
        if (e.ctx._type === 'Store') throw this.error('starred assignment target must be in a list or tuple');
        throw this.error("can't use starred expression here");
      case 'Slice':
        return this.compileSlice(e);
      case 'Name':
        return this.nameop(e.id, e.ctx._type);
      case 'List':
        if (e.ctx._type === 'Store') return this.assignmentHelper(e.elts);
        if (e.ctx._type === 'Load') return this.starunpackHelper(e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
        for (const elt of e.elts) this.compileExpr(elt);
        return;
      case 'Tuple':
        if (e.ctx._type === 'Store') return this.assignmentHelper(e.elts);
        if (e.ctx._type === 'Load') return this.starunpackHelper(e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
        for (const elt of e.elts) this.compileExpr(elt);
        return;
    }
  }

  addYield(): void {
    if (this.ste.generator && this.ste.coroutine) this.addop(Op.ASYNC_GEN_WRAP);
    this.addop(Op.YIELD_VALUE);
    this.addopI(Op.RESUME, 1);
  }

  addCompare(op: ast.cmpop): void {
    switch (op._type) {
      case 'Eq':
        return this.addopI(Op.COMPARE_OP, 2);
      case 'NotEq':
        return this.addopI(Op.COMPARE_OP, 3);
      case 'Lt':
        return this.addopI(Op.COMPARE_OP, 0);
      case 'LtE':
        return this.addopI(Op.COMPARE_OP, 1);
      case 'Gt':
        return this.addopI(Op.COMPARE_OP, 4);
      case 'GtE':
        return this.addopI(Op.COMPARE_OP, 5);
      case 'Is':
        return this.addopI(Op.IS_OP, 0);
      case 'IsNot':
        return this.addopI(Op.IS_OP, 1);
      case 'In':
        return this.addopI(Op.CONTAINS_OP, 0);
      case 'NotIn':
        return this.addopI(Op.CONTAINS_OP, 1);
    }
  }

  private compileBoolOp(e: ast.BoolOp): void {
    const jumpi = e.op._type === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
    const end = this.newBlock();
    const s = e.values;
    const n = s.length - 1;
    for (let i = 0; i < n; i++) {
      this.compileExpr(s[i]!);
      this.addopJ(jumpi, end);
      this.useNextBlock(this.newBlock());
    }
    this.compileExpr(s[n]!);
    this.useNextBlock(end);
  }

  private starunpackHelper(elts: ast.expr[], pushed: number, build: number, add: number, extend: number, tuple: boolean): void {
    const n = elts.length;
    if (n > 2 && elts.every((e) => e._type === 'Constant')) {
      const items = elts.map((e) => (e as ast.Constant).value as PyConstant);
      if (tuple && !pushed) {
        this.addLoadConst(new PyTuple(items));
      } else {
        let folded: PyConstant = new PyTuple(items);
        if (add === Op.SET_ADD) folded = makeFrozenSet(items) ?? folded;
        this.addopI(build, pushed);
        this.addLoadConst(folded);
        this.addopI(extend, 1);
        if (tuple) this.addop(Op.LIST_TO_TUPLE);
      }
      return;
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    const seenStar = elts.some((e) => e._type === 'Starred');
    if (!seenStar && !big) {
      for (const elt of elts) this.compileExpr(elt);
      this.addopI(tuple ? Op.BUILD_TUPLE : build, n + pushed);
      return;
    }
    let sequenceBuilt = false;
    if (big) {
      this.addopI(build, pushed);
      sequenceBuilt = true;
    }
    for (let i = 0; i < n; i++) {
      const elt = elts[i]!;
      if (elt._type === 'Starred') {
        if (!sequenceBuilt) {
          this.addopI(build, i + pushed);
          sequenceBuilt = true;
        }
        this.compileExpr(elt.value);
        this.addopI(extend, 1);
      } else {
        this.compileExpr(elt);
        if (sequenceBuilt) this.addopI(add, 1);
      }
    }
    if (tuple) this.addop(Op.LIST_TO_TUPLE);
  }

  private unpackHelper(elts: ast.expr[]): void {
    const n = elts.length;
    let seenStar = false;
    for (let i = 0; i < n; i++) {
      const elt = elts[i]!;
      if (elt._type === 'Starred' && !seenStar) {
        if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) throw this.error('too many expressions in star-unpacking assignment');
        this.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8));
        seenStar = true;
      } else if (elt._type === 'Starred') {
        throw this.error('multiple starred expressions in assignment');
      }
    }
    if (!seenStar) this.addopI(Op.UNPACK_SEQUENCE, n);
  }

  private assignmentHelper(elts: ast.expr[]): void {
    this.unpackHelper(elts);
    for (const elt of elts) this.compileExpr(elt._type !== 'Starred' ? elt : elt.value);
  }

  private subdict(e: ast.Dict, begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big && allConst(e.keys, begin, end)) {
      for (let i = begin; i < end; i++) this.compileExpr(e.values[i]!);
      const keys: PyConstant[] = [];
      for (let i = begin; i < end; i++) keys.push((e.keys[i] as ast.Constant).value as PyConstant);
      this.addLoadConst(new PyTuple(keys));
      this.addopI(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.addopI(Op.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.compileExpr(e.keys[i]!);
      this.compileExpr(e.values[i]!);
      if (big) this.addopI(Op.MAP_ADD, 1);
    }
    if (!big) this.addopI(Op.BUILD_MAP, n);
  }

  private compileDict(e: ast.Dict): void {
    const n = e.values.length;
    let haveDict = false;
    let elements = 0;
    for (let i = 0; i < n; i++) {
      const isUnpacking = e.keys[i] === null;
      if (isUnpacking) {
        if (elements) {
          this.subdict(e, i - elements, i);
          if (haveDict) this.addopI(Op.DICT_UPDATE, 1);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          this.addopI(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        this.compileExpr(e.values[i]!);
        this.addopI(Op.DICT_UPDATE, 1);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        this.subdict(e, i - elements, i + 1);
        if (haveDict) this.addopI(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      } else {
        elements++;
      }
    }
    if (elements) {
      this.subdict(e, n - elements, n);
      if (haveDict) this.addopI(Op.DICT_UPDATE, 1);
      haveDict = true;
    }
    if (!haveDict) this.addopI(Op.BUILD_MAP, 0);
  }

  private checkCompare(e: ast.Compare): void {
    let left = checkIsArg(e.left);
    for (let i = 0; i < e.ops.length; i++) {
      const op = e.ops[i]!._type;
      const right = checkIsArg(e.comparators[i]!);
      if (op === 'Is' || op === 'IsNot') {
        if (!right || !left) {
          this.warn(op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?');
        }
      }
      left = right;
    }
  }

  private compileCompare(e: ast.Compare): void {
    this.checkCompare(e);
    this.compileExpr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.compileExpr(e.comparators[0]!);
      this.addCompare(e.ops[0]!);
      return;
    }
    const cleanup = this.newBlock();
    for (let i = 0; i < n; i++) {
      this.compileExpr(e.comparators[i]!);
      this.addopI(Op.SWAP, 2);
      this.addopI(Op.COPY, 2);
      this.addCompare(e.ops[i]!);
      this.addopJ(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.compileExpr(e.comparators[n]!);
    this.addCompare(e.ops[n]!);
    const end = this.newBlock();
    this.addopJNoLine(JUMP, end);
    this.useNextBlock(cleanup);
    this.addopI(Op.SWAP, 2);
    this.addop(Op.POP_TOP);
    this.useNextBlock(end);
  }

  private isImportOriginated(e: ast.expr): boolean {
    if (e._type !== 'Name') return false;
    return (this.st.top.getSymbol(e.id) & DEF_IMPORT) !== 0;
  }

  /** If an attribute access spans lines, start its location at the attribute name. */
  updateStartLocationToMatchAttr(attr: ast.Attribute): void {
    const loc = this.u.loc;
    const endLineno = attr.end_lineno ?? attr.lineno;
    const endCol = attr.end_col_offset ?? attr.col_offset;
    if (loc.lineno !== endLineno) {
      loc.lineno = endLineno;
      const len = Array.from(attr.attr).length;
      if (len <= endCol) {
        loc.colOffset = endCol - len;
      } else {
        loc.colOffset = -1;
        loc.endColOffset = -1;
      }
      loc.endLineno = Math.max(loc.lineno, loc.endLineno);
      if (loc.lineno === loc.endLineno) loc.endColOffset = Math.max(loc.colOffset, loc.endColOffset);
    }
  }

  /** LOAD_METHOD / CALL for `obj.meth(args)`; false when the call does not qualify. */
  private maybeOptimizeMethodCall(e: ast.Call): boolean {
    const meth = e.func;
    const args = e.args;
    const kwds = e.keywords;
    if (meth._type !== 'Attribute' || meth.ctx._type !== 'Load') return false;
    if (this.isImportOriginated(meth.value)) return false;
    const argsl = args.length;
    const kwdsl = kwds.length;
    if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
    if (args.some((a) => a._type === 'Starred')) return false;
    if (kwds.some((k) => k.arg === null)) return false;
    this.compileExpr(meth.value);
    this.setLoc(meth);
    this.updateStartLocationToMatchAttr(meth);
    this.addopName(Op.LOAD_METHOD, meth.attr);
    for (const a of args) this.compileExpr(a);
    if (kwdsl) {
      for (const k of kwds) this.compileExpr(k.value);
      this.callSimpleKwHelper(kwds);
    }
    this.setLoc(e);
    this.updateStartLocationToMatchAttr(meth);
    this.addopI(Op.PRECALL, argsl + kwdsl);
    this.addopI(Op.CALL, argsl + kwdsl);
    return true;
  }

  private validateKeywords(keywords: ast.keyword[]): void {
    for (let i = 0; i < keywords.length; i++) {
      const key = keywords[i]!;
      if (key.arg === null) continue;
      this.forbiddenName(key.arg, 'Store');
      for (let j = i + 1; j < keywords.length; j++) {
        const other = keywords[j]!;
        if (other.arg !== null && other.arg === key.arg) {
          this.setLoc(other);
          throw this.error(`keyword argument repeated: ${key.arg}`);
        }
      }
    }
  }

  private compileCall(e: ast.Call): void {
    this.validateKeywords(e.keywords);
    if (this.maybeOptimizeMethodCall(e)) return;
    this.checkCaller(e.func);
    this.setLoc(e.func);
    this.addop(Op.PUSH_NULL);
    this.setLoc(e);
    this.compileExpr(e.func);
    this.callHelper(0, e.args, e.keywords);
  }

  private checkCaller(e: ast.expr): void {
    switch (e._type) {
      case 'Constant':
      case 'Tuple':
      case 'List':
      case 'ListComp':
      case 'Dict':
      case 'DictComp':
      case 'Set':
      case 'SetComp':
      case 'GeneratorExp':
      case 'JoinedStr':
      case 'FormattedValue':
        this.warn(`'${inferTypeName(e)}' object is not callable; perhaps you missed a comma?`);
    }
  }

  private compileJoinedStr(e: ast.JoinedStr): void {
    const values = e.values;
    if (values.length > STACK_USE_GUIDELINE) {
      this.addLoadConst('');
      this.addopNames(Op.LOAD_METHOD, 'join');
      this.addopI(Op.BUILD_LIST, 0);
      for (const v of values) {
        this.compileExpr(v);
        this.addopI(Op.LIST_APPEND, 1);
      }
      this.addopI(Op.PRECALL, 1);
      this.addopI(Op.CALL, 1);
    } else {
      for (const v of values) this.compileExpr(v);
      if (values.length !== 1) this.addopI(Op.BUILD_STRING, values.length);
    }
  }

  private compileFormattedValue(e: ast.FormattedValue): void {
    this.compileExpr(e.value);
    let oparg: number;
    switch (e.conversion) {
      case 115: // 's'
        oparg = 1;
        break;
      case 114: // 'r'
        oparg = 2;
        break;
      case 97: // 'a'
        oparg = 3;
        break;
      case -1:
        oparg = 0;
        break;
      default:
        throw new Error(`Unrecognized conversion character ${e.conversion}`);
    }
    if (e.format_spec) {
      this.compileExpr(e.format_spec);
      oparg |= 4;
    }
    this.addopI(Op.FORMAT_VALUE, oparg);
  }

  private subkwargs(keywords: ast.keyword[], begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      for (let i = begin; i < end; i++) this.compileExpr(keywords[i]!.value);
      const keys: string[] = [];
      for (let i = begin; i < end; i++) keys.push(keywords[i]!.arg!);
      this.addLoadConst(new PyTuple(keys));
      this.addopI(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.addopINoLine(Op.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      const kw = keywords[i]!;
      this.addLoadConst(kw.arg!);
      this.compileExpr(kw.value);
      if (big) this.addopINoLine(Op.MAP_ADD, 1);
    }
    if (!big) this.addopI(Op.BUILD_MAP, n);
  }

  private callSimpleKwHelper(keywords: ast.keyword[]): void {
    const names = new PyTuple(keywords.map((k) => k.arg!));
    this.addopI(Op.KW_NAMES, this.addConst(names));
  }

  callHelper(n: number, args: ast.expr[], keywords: ast.keyword[]): void {
    this.validateKeywords(keywords);
    const nelts = args.length;
    const nkwelts = keywords.length;
    let exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE || args.some((a) => a._type === 'Starred') || keywords.some((k) => k.arg === null);
    if (!exCall) {
      for (const a of args) this.compileExpr(a);
      if (nkwelts) {
        for (const k of keywords) this.compileExpr(k.value);
        this.callSimpleKwHelper(keywords);
      }
      this.addopI(Op.PRECALL, n + nelts + nkwelts);
      this.addopI(Op.CALL, n + nelts + nkwelts);
      return;
    }
    exCall = true;
    if (n === 0 && nelts === 1 && args[0]!._type === 'Starred') {
      this.compileExpr((args[0] as ast.Starred).value);
    } else {
      this.starunpackHelper(args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
    }
    if (nkwelts) {
      let haveDict = false;
      let nseen = 0;
      for (let i = 0; i < nkwelts; i++) {
        const kw = keywords[i]!;
        if (kw.arg === null) {
          if (nseen) {
            this.subkwargs(keywords, i - nseen, i);
            if (haveDict) this.addopI(Op.DICT_MERGE, 1);
            haveDict = true;
            nseen = 0;
          }
          if (!haveDict) {
            this.addopI(Op.BUILD_MAP, 0);
            haveDict = true;
          }
          this.compileExpr(kw.value);
          this.addopI(Op.DICT_MERGE, 1);
        } else {
          nseen++;
        }
      }
      if (nseen) {
        this.subkwargs(keywords, nkwelts - nseen, nkwelts);
        if (haveDict) this.addopI(Op.DICT_MERGE, 1);
      }
    }
    this.addopI(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
  }

  // ---- subscripts

  private compileSubscript(e: ast.Subscript): void {
    const ctx = e.ctx._type;
    if (ctx === 'Load') {
      this.checkSubscripter(e.value);
      this.checkIndex(e.value, e.slice);
    }
    const op = ctx === 'Load' ? Op.BINARY_SUBSCR : ctx === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR;
    this.compileExpr(e.value);
    this.compileExpr(e.slice);
    this.addop(op);
  }

  private compileSlice(s: ast.Slice): void {
    let n = 2;
    if (s.lower) this.compileExpr(s.lower);
    else this.addLoadConst(null);
    if (s.upper) this.compileExpr(s.upper);
    else this.addLoadConst(null);
    if (s.step) {
      n++;
      this.compileExpr(s.step);
    }
    this.addopI(Op.BUILD_SLICE, n);
  }

  private checkSubscripter(e: ast.expr): void {
    switch (e._type) {
      case 'Constant': {
        const v = e.value as PyConstant;
        if (!(v === null || v === PY_ELLIPSIS || typeof v === 'bigint' || typeof v === 'boolean' || typeof v === 'number' || v instanceof PyComplex || v instanceof PyFrozenSet)) return;
        break;
      }
      case 'Set':
      case 'SetComp':
      case 'GeneratorExp':
      case 'Lambda':
        break;
      default:
        return;
    }
    this.warn(`'${inferTypeName(e)}' object is not subscriptable; perhaps you missed a comma?`);
  }

  private checkIndex(e: ast.expr, s: ast.expr): void {
    const indexType = inferTypeName(s);
    if (indexType === null || indexType === 'int' || indexType === 'bool' || indexType === 'slice') return;
    switch (e._type) {
      case 'Constant': {
        const v = e.value as PyConstant;
        if (!(isPyStr(v) || v instanceof PyBytes || v instanceof PyTuple)) return;
        break;
      }
      case 'Tuple':
      case 'List':
      case 'ListComp':
      case 'JoinedStr':
      case 'FormattedValue':
        break;
      default:
        return;
    }
    this.warn(`${inferTypeName(e)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`);
  }
}

// ---- helpers

const UNARY_OPS: Record<ast.unaryop['_type'], number> = {
  Invert: Op.UNARY_INVERT,
  Not: Op.UNARY_NOT,
  UAdd: Op.UNARY_POSITIVE,
  USub: Op.UNARY_NEGATIVE,
};

const NB: Record<ast.operator['_type'], number> = {
  Add: 0,
  BitAnd: 1,
  FloorDiv: 2,
  LShift: 3,
  MatMult: 4,
  Mult: 5,
  Mod: 6,
  BitOr: 7,
  Pow: 8,
  RShift: 9,
  Sub: 10,
  Div: 11,
  BitXor: 12,
};

/** The BINARY_OP argument for an operator (NB_* of opcode._nb_ops; in-place ones are +13). */
function binaryOparg(op: ast.operator['_type'], inplace: boolean): number {
  return NB[op] + (inplace ? 13 : 0);
}

function allConst(seq: (ast.expr | null)[], begin: number, end: number): boolean {
  for (let i = begin; i < end; i++) {
    const e = seq[i];
    if (!e || e._type !== 'Constant') return false;
  }
  return true;
}

/** check_is_arg: false for a constant other than None, True, False and Ellipsis. */
function checkIsArg(e: ast.expr): boolean {
  if (e._type !== 'Constant') return true;
  const v = e.value as PyConstant;
  return v === null || v === true || v === false || v === PY_ELLIPSIS;
}

/** The Python type name infer_type() finds for an expression, or null. */
function inferTypeName(e: ast.expr): string | null {
  switch (e._type) {
    case 'Tuple':
      return 'tuple';
    case 'List':
    case 'ListComp':
      return 'list';
    case 'Dict':
    case 'DictComp':
      return 'dict';
    case 'Set':
    case 'SetComp':
      return 'set';
    case 'GeneratorExp':
      return 'generator';
    case 'Lambda':
      return 'function';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'str';
    case 'Constant':
      return constTypeName(e.value as PyConstant);
    default:
      return null;
  }
}

function constTypeName(v: PyConstant): string {
  if (v === null) return 'NoneType';
  if (v === PY_ELLIPSIS) return 'ellipsis';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'int';
    case 'number':
      return 'float';
    case 'string':
      return 'str';
  }
  if (isPyStr(v)) return 'str';
  if (v instanceof PyBytes) return 'bytes';
  if (v instanceof PyComplex) return 'complex';
  if (v instanceof PyTuple) return 'tuple';
  if (v instanceof PyFrozenSet) return 'frozenset';
  return 'code';
}

/** find_ann: whether a body has a variable annotation, at any statement nesting. */
function findAnn(stmts: readonly ast.stmt[]): boolean {
  for (const st of stmts) {
    switch (st._type) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'AsyncFor':
      case 'While':
      case 'If':
        if (findAnn(st.body) || findAnn(st.orelse)) return true;
        break;
      case 'With':
      case 'AsyncWith':
        if (findAnn(st.body)) return true;
        break;
      case 'Try':
      case 'TryStar':
        for (const h of st.handlers) if (findAnn(h.body)) return true;
        if (findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse)) return true;
        break;
      case 'Match':
        for (const c of st.cases) if (findAnn(c.body)) return true;
        break;
    }
  }
  return false;
}

