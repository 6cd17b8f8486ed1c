// Comprehensions and generator expressions (compile.c, CPython 3.11): each is a function of
// its own (its symbol table block), called at once with the iterator of its outermost `for` as
// its only argument `.0`; nested `for` clauses become nested loops, and the element is added
// with LIST_APPEND / SET_ADD / MAP_ADD (or yielded) from the innermost one.

import type * as ast from '../../generated/ast.js';
import { type BasicBlock, JUMP, POP_BLOCK, SETUP_FINALLY } from '../bytecode/instr.js';
import { Op } from '../bytecode/opcodes.js';
import type { Compiler } from './codegen.js';
import { FBlockType, ScopeType } from './unit.js';

export const enum Comp {
  GenExp,
  ListComp,
  SetComp,
  DictComp,
}

export function comprehensionGenerator(c: Compiler, generators: ast.comprehension[], genIndex: number, depth: number, elt: ast.expr, val: ast.expr | null, type: Comp): void {
  if (generators[genIndex]!.is_async) asyncComprehensionGenerator(c, generators, genIndex, depth, elt, val, type);
  else syncComprehensionGenerator(c, generators, genIndex, depth, elt, val, type);
}

export function comprehensionElement(c: Compiler, elt: ast.expr, val: ast.expr | null, type: Comp, depth: number): void {
  switch (type) {
    case Comp.GenExp:
      c.compileExpr(elt);
      c.addYield();
      c.addop(Op.POP_TOP);
      break;
    case Comp.ListComp:
      c.compileExpr(elt);
      c.addopI(Op.LIST_APPEND, depth + 1);
      break;
    case Comp.SetComp:
      c.compileExpr(elt);
      c.addopI(Op.SET_ADD, depth + 1);
      break;
    case Comp.DictComp:
      c.compileExpr(elt);
      c.compileExpr(val!);
      c.addopI(Op.MAP_ADD, depth + 1);
      break;
  }
}

export function syncComprehensionGenerator(c: Compiler, generators: ast.comprehension[], genIndex: number, depth: number, elt: ast.expr, val: ast.expr | null, type: Comp): void {
  let start: BasicBlock | null = c.newBlock();
  const ifCleanup = c.newBlock();
  const anchor = c.newBlock();
  const gen = generators[genIndex]!;
  if (genIndex === 0) {
    c.u.argcount = 1;
    c.addopI(Op.LOAD_FAST, 0);
  } else {
    const it = gen.iter;
    const elts = it._type === 'List' || it._type === 'Tuple' ? it.elts : null;
    if (elts && elts.length === 1 && elts[0]!._type !== 'Starred') {
      c.compileExpr(elts[0]!);
      start = null;
    }
    if (start) {
      c.compileExpr(gen.iter);
      c.addop(Op.GET_ITER);
    }
  }
  if (start) {
    depth++;
    c.useNextBlock(start);
    c.addopJ(Op.FOR_ITER, anchor);
  }
  c.compileExpr(gen.target);
  for (const cond of gen.ifs) c.jumpIf(cond, ifCleanup, false);
  if (++genIndex < generators.length) comprehensionGenerator(c, generators, genIndex, depth, elt, val, type);
  if (genIndex >= generators.length) comprehensionElement(c, elt, val, type, depth);
  c.useNextBlock(ifCleanup);
  if (start) {
    c.addopJ(JUMP, start);
    c.useNextBlock(anchor);
  }
}

export function asyncComprehensionGenerator(c: Compiler, generators: ast.comprehension[], genIndex: number, depth: number, elt: ast.expr, val: ast.expr | null, type: Comp): void {
  const start = c.newBlock();
  const except = c.newBlock();
  const ifCleanup = c.newBlock();
  const gen = generators[genIndex]!;
  if (genIndex === 0) {
    c.u.argcount = 1;
    c.addopI(Op.LOAD_FAST, 0);
  } else {
    c.compileExpr(gen.iter);
    c.addop(Op.GET_AITER);
  }
  c.useNextBlock(start);
  c.pushFBlock(FBlockType.AsyncComprehensionGenerator, start, null, null);
  c.addopJ(SETUP_FINALLY, except);
  c.addop(Op.GET_ANEXT);
  c.addLoadConst(null);
  c.addYieldFrom(true);
  c.addop(POP_BLOCK);
  c.compileExpr(gen.target);
  for (const cond of gen.ifs) c.jumpIf(cond, ifCleanup, false);
  depth++;
  if (++genIndex < generators.length) comprehensionGenerator(c, generators, genIndex, depth, elt, val, type);
  if (genIndex >= generators.length) comprehensionElement(c, elt, val, type, depth);
  c.useNextBlock(ifCleanup);
  c.addopJ(JUMP, start);
  c.popFBlock();
  c.useNextBlock(except);
  c.addop(Op.END_ASYNC_FOR);
}

export function compileComprehension(
  c: Compiler,
  e: ast.GeneratorExp | ast.ListComp | ast.SetComp | ast.DictComp,
  type: Comp,
  name: string,
  generators: ast.comprehension[],
  elt: ast.expr,
  val: ast.expr | null,
): void {
  const scopeType = c.u.scopeType;
  const outermost = generators[0]!;
  c.enterScope(name, ScopeType.Comprehension, e, e.lineno);
  c.setLoc(e);
  const isAsyncGenerator = c.u.ste.coroutine;
  if (isAsyncGenerator && type !== Comp.GenExp && scopeType !== ScopeType.AsyncFunction && scopeType !== ScopeType.Comprehension) {
    const err = c.error('asynchronous comprehension outside of an asynchronous function');
    c.exitScope();
    throw err;
  }
  if (type !== Comp.GenExp) {
    c.addopI(type === Comp.ListComp ? Op.BUILD_LIST : type === Comp.SetComp ? Op.BUILD_SET : Op.BUILD_MAP, 0);
  }
  comprehensionGenerator(c, generators, 0, 0, elt, val, type);
  if (type !== Comp.GenExp) c.addop(Op.RETURN_VALUE);
  const co = c.assembleUnit(true);
  c.exitScope();
  c.makeClosure(co, 0);
  c.compileExpr(outermost.iter);
  c.addop(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
  c.addopI(Op.PRECALL, 0);
  c.addopI(Op.CALL, 0);
  if (isAsyncGenerator && type !== Comp.GenExp) {
    c.addopI(Op.GET_AWAITABLE, 0);
    c.addLoadConst(null);
    c.addYieldFrom(true);
  }
}
