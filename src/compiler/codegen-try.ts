// try / except / finally, try / except*, and with / async with, as compile.c (CPython 3.11)
// compiles them: SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH pseudo-instructions mark the
// protected ranges (the assembler turns them into exception-table entries), frame blocks record
// what a `return`, `break` or `continue` inside must unwind, and the handlers end with
// POP_EXCEPT / RERAISE exactly where CPython puts them.

import type * as ast from '../../generated/ast.js';
import { type BasicBlock, JUMP, POP_BLOCK, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_TRUE, POP_JUMP_IF_FALSE, SETUP_CLEANUP, SETUP_FINALLY, SETUP_WITH } from '../bytecode/instr.js';
import { Op } from '../bytecode/opcodes.js';
import type { Compiler } from './codegen.js';
import { FBlockType, ScopeType } from './unit.js';

/**
 * `try: ... finally:` around a plain body or around a try/except (`except` or `except*`):
 * compile.c's compiler_try_finally and compiler_try_star_finally differ only in that inner part.
 */
export function compileTryFinally(c: Compiler, s: ast.Try | ast.TryStar): void {
  const body = c.newBlock();
  const end = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  c.addopJ(SETUP_FINALLY, end);
  c.useNextBlock(body);
  c.pushFBlock(FBlockType.FinallyTry, body, end, s.finalbody);
  if (!s.handlers.length) c.compileStmts(s.body);
  else if (s._type === 'TryStar') compileTryStarExcept(c, s);
  else compileTryExcept(c, s);
  c.addopNoLine(POP_BLOCK);
  c.popFBlock();
  c.compileStmts(s.finalbody);
  c.addopJNoLine(JUMP, exit);
  c.useNextBlock(end);
  c.unsetLoc();
  c.addopJ(SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.pushFBlock(FBlockType.FinallyEnd, end, null, null);
  c.compileStmts(s.finalbody);
  c.popFBlock();
  c.addopI(Op.RERAISE, 0);
  c.useNextBlock(cleanup);
  c.popExceptAndReraise();
  c.useNextBlock(exit);
}

export function compileTryExcept(c: Compiler, s: ast.Try): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const end = c.newBlock();
  const cleanup = c.newBlock();
  c.addopJ(SETUP_FINALLY, except);
  c.useNextBlock(body);
  c.pushFBlock(FBlockType.TryExcept, body, null, null);
  c.compileStmts(s.body);
  c.popFBlock();
  c.addopNoLine(POP_BLOCK);
  if (s.orelse.length) c.compileStmts(s.orelse);
  c.addopJNoLine(JUMP, end);
  const n = s.handlers.length;
  c.useNextBlock(except);
  c.unsetLoc();
  c.addopJ(SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.pushFBlock(FBlockType.ExceptionHandler, null, null, null);
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i]!;
    c.setLoc(handler);
    if (!handler.type && i < n - 1) throw c.error("default 'except:' must be last");
    except = c.newBlock();
    if (handler.type) {
      c.compileExpr(handler.type);
      c.addop(Op.CHECK_EXC_MATCH);
      c.addopJ(POP_JUMP_IF_FALSE, except);
    }
    if (handler.name) {
      const cleanupEnd = c.newBlock();
      const cleanupBody = c.newBlock();
      c.nameop(handler.name, 'Store');
      c.addopJ(SETUP_CLEANUP, cleanupEnd);
      c.useNextBlock(cleanupBody);
      c.pushFBlock(FBlockType.HandlerCleanup, cleanupBody, null, handler.name);
      c.compileStmts(handler.body);
      c.popFBlock();
      c.unsetLoc();
      c.addop(POP_BLOCK);
      c.addop(POP_BLOCK);
      c.addop(Op.POP_EXCEPT);
      c.addLoadConst(null);
      c.nameop(handler.name, 'Store');
      c.nameop(handler.name, 'Del');
      c.addopJ(JUMP, end);
      c.useNextBlock(cleanupEnd);
      c.unsetLoc();
      c.addLoadConst(null);
      c.nameop(handler.name, 'Store');
      c.nameop(handler.name, 'Del');
      c.addopI(Op.RERAISE, 1);
    } else {
      const cleanupBody = c.newBlock();
      c.addop(Op.POP_TOP);
      c.useNextBlock(cleanupBody);
      c.pushFBlock(FBlockType.HandlerCleanup, cleanupBody, null, null);
      c.compileStmts(handler.body);
      c.popFBlock();
      c.unsetLoc();
      c.addop(POP_BLOCK);
      c.addop(Op.POP_EXCEPT);
      c.addopJ(JUMP, end);
    }
    c.useNextBlock(except);
  }
  c.unsetLoc();
  c.popFBlock();
  c.addopI(Op.RERAISE, 0);
  c.useNextBlock(cleanup);
  c.popExceptAndReraise();
  c.useNextBlock(end);
}

export function compileTryStarExcept(c: Compiler, s: ast.TryStar): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const orelse = c.newBlock();
  const end = c.newBlock();
  const cleanup = c.newBlock();
  const reraiseStar = c.newBlock();
  c.addopJ(SETUP_FINALLY, except);
  c.useNextBlock(body);
  c.pushFBlock(FBlockType.TryExcept, body, null, null);
  c.compileStmts(s.body);
  c.popFBlock();
  c.addopNoLine(POP_BLOCK);
  c.addopJNoLine(JUMP, orelse);
  const n = s.handlers.length;
  c.useNextBlock(except);
  c.unsetLoc();
  c.addopJ(SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.pushFBlock(FBlockType.ExceptionGroupHandler, null, null, 'except handler');
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i]!;
    c.setLoc(handler);
    except = c.newBlock();
    const exceptWithError = c.newBlock();
    const noMatch = c.newBlock();
    if (i === 0) {
      c.addopI(Op.COPY, 1);
      c.addopI(Op.BUILD_LIST, 0);
      c.addopI(Op.SWAP, 2);
    }
    if (handler.type) {
      c.compileExpr(handler.type);
      c.addop(Op.CHECK_EG_MATCH);
      c.addopI(Op.COPY, 1);
      c.addopJ(POP_JUMP_IF_NONE, noMatch);
    }
    const cleanupEnd = c.newBlock();
    const cleanupBody = c.newBlock();
    if (handler.name) c.nameop(handler.name, 'Store');
    else c.addop(Op.POP_TOP);
    c.addopJ(SETUP_CLEANUP, cleanupEnd);
    c.useNextBlock(cleanupBody);
    c.pushFBlock(FBlockType.HandlerCleanup, cleanupBody, null, handler.name);
    c.compileStmts(handler.body);
    c.popFBlock();
    c.unsetLoc();
    c.addop(POP_BLOCK);
    if (handler.name) {
      c.addLoadConst(null);
      c.nameop(handler.name, 'Store');
      c.nameop(handler.name, 'Del');
    }
    c.addopJ(JUMP, except);
    c.useNextBlock(cleanupEnd);
    c.unsetLoc();
    if (handler.name) {
      c.addLoadConst(null);
      c.nameop(handler.name, 'Store');
      c.nameop(handler.name, 'Del');
    }
    c.addopI(Op.LIST_APPEND, 3);
    c.addop(Op.POP_TOP);
    c.addopJ(JUMP, exceptWithError);
    c.useNextBlock(except);
    c.addop(Op.NOP);
    c.addopJ(JUMP, exceptWithError);
    c.useNextBlock(noMatch);
    c.addop(Op.POP_TOP);
    c.useNextBlock(exceptWithError);
    if (i === n - 1) {
      c.addopI(Op.LIST_APPEND, 1);
      c.addopJ(JUMP, reraiseStar);
    }
  }
  c.unsetLoc();
  c.popFBlock();
  const reraise = c.newBlock();
  c.useNextBlock(reraiseStar);
  c.addop(Op.PREP_RERAISE_STAR);
  c.addopI(Op.COPY, 1);
  c.addopJ(POP_JUMP_IF_NOT_NONE, reraise);
  c.addop(Op.POP_TOP);
  c.addop(POP_BLOCK);
  c.addop(Op.POP_EXCEPT);
  c.addopJ(JUMP, end);
  c.useNextBlock(reraise);
  c.addop(POP_BLOCK);
  c.addopI(Op.SWAP, 2);
  c.addop(Op.POP_EXCEPT);
  c.addopI(Op.RERAISE, 0);
  c.useNextBlock(cleanup);
  c.popExceptAndReraise();
  c.useNextBlock(orelse);
  c.compileStmts(s.orelse);
  c.useNextBlock(end);
}

// ---- with

export function withExceptFinish(c: Compiler, cleanup: BasicBlock): void {
  c.unsetLoc();
  const exit = c.newBlock();
  c.addopJ(POP_JUMP_IF_TRUE, exit);
  c.addopI(Op.RERAISE, 2);
  c.useNextBlock(cleanup);
  c.popExceptAndReraise();
  c.useNextBlock(exit);
  c.addop(Op.POP_TOP);
  c.addop(POP_BLOCK);
  c.addop(Op.POP_EXCEPT);
  c.addop(Op.POP_TOP);
  c.addop(Op.POP_TOP);
}

export function compileAsyncWith(c: Compiler, s: ast.AsyncWith, pos: number): void {
  const item = s.items[pos]!;
  if (c.u.scopeType !== ScopeType.AsyncFunction) throw c.error("'async with' outside async function");
  const block = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  c.compileExpr(item.context_expr);
  c.addop(Op.BEFORE_ASYNC_WITH);
  c.addopI(Op.GET_AWAITABLE, 1);
  c.addLoadConst(null);
  c.addYieldFrom(true);
  c.addopJ(SETUP_WITH, final);
  c.useNextBlock(block);
  c.pushFBlock(FBlockType.AsyncWith, block, final, s);
  if (item.optional_vars) c.compileExpr(item.optional_vars);
  else c.addop(Op.POP_TOP);
  pos++;
  if (pos === s.items.length) c.compileStmts(s.body);
  else compileAsyncWith(c, s, pos);
  c.popFBlock();
  c.addop(POP_BLOCK);
  c.setLoc(s);
  c.callExitWithNones();
  c.addopI(Op.GET_AWAITABLE, 2);
  c.addLoadConst(null);
  c.addYieldFrom(true);
  c.addop(Op.POP_TOP);
  c.addopJ(JUMP, exit);
  c.useNextBlock(final);
  c.addopJ(SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.addop(Op.WITH_EXCEPT_START);
  c.addopI(Op.GET_AWAITABLE, 2);
  c.addLoadConst(null);
  c.addYieldFrom(true);
  withExceptFinish(c, cleanup);
  c.useNextBlock(exit);
}

export function compileWith(c: Compiler, s: ast.With, pos: number): void {
  const item = s.items[pos]!;
  const block = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  c.compileExpr(item.context_expr);
  c.addop(Op.BEFORE_WITH);
  c.addopJ(SETUP_WITH, final);
  c.useNextBlock(block);
  c.pushFBlock(FBlockType.With, block, final, s);
  if (item.optional_vars) c.compileExpr(item.optional_vars);
  else c.addop(Op.POP_TOP);
  pos++;
  if (pos === s.items.length) c.compileStmts(s.body);
  else compileWith(c, s, pos);
  c.unsetLoc();
  c.addop(POP_BLOCK);
  c.popFBlock();
  c.setLoc(s);
  c.callExitWithNones();
  c.addop(Op.POP_TOP);
  c.addopJ(JUMP, exit);
  c.useNextBlock(final);
  c.addopJ(SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.addop(Op.WITH_EXCEPT_START);
  withExceptFinish(c, cleanup);
  c.useNextBlock(exit);
}
