// Structural pattern matching (PEP 634), as compile.c of CPython 3.11 compiles it. Every
// pattern routine consumes the subject on top of the stack and jumps to a `failPop` block on
// failure; `onTop` counts the items above the subject that a failure must pop, and captured
// values wait on the stack (below those items) until the whole pattern has matched.

import type * as ast from '../../generated/ast.js';
import { repr, reprStr } from '../ast/repr.js';
import { JUMP, POP_JUMP_IF_FALSE, type BasicBlock } from '../bytecode/instr.js';
import { Op } from '../bytecode/opcodes.js';
import { hashKey } from '../marshal/equality.js';
import { PyTuple, type PyConstant } from '../values/index.js';
import type { Compiler } from './codegen.js';

interface PatternContext {
  /** Names captured so far, in stack order. */
  stores: string[];
  /** Whether an irrefutable pattern is allowed here. */
  allowIrrefutable: boolean;
  /** failPop[i] pops i items, then falls through to failPop[i-1] ... failPop[0]. */
  failPop: BasicBlock[];
  onTop: number;
}

/** WILDCARD_CHECK: `_` (a MatchAs without a name). */
function isWildcard(p: ast.pattern): boolean {
  return p._type === 'MatchAs' && p.name === null;
}

function isStarWildcard(p: ast.pattern): boolean {
  return p._type === 'MatchStar' && p.name === null;
}

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  const size = n + 1;
  while (pc.failPop.length < size) pc.failPop.push(c.newBlock());
}

function jumpToFailPop(c: Compiler, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.addopJ(op, pc.failPop[pops]!);
}

function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  if (!pc.failPop.length) return;
  for (let size = pc.failPop.length - 1; size > 0; size--) {
    c.useNextBlock(pc.failPop[size]!);
    c.addop(Op.POP_TOP);
  }
  c.useNextBlock(pc.failPop[0]!);
  pc.failPop = [];
}

function rotate(c: Compiler, count: number): void {
  while (1 < count) c.addopI(Op.SWAP, count--);
}

function storeName(c: Compiler, n: string | null, pc: PatternContext): void {
  if (n === null) {
    c.addop(Op.POP_TOP);
    return;
  }
  if (n === '__debug__') throw c.error('cannot assign to __debug__');
  if (pc.stores.includes(n)) throw c.error(`multiple assignments to name ${reprStr(n)} in pattern`);
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(n);
}

function unpackHelper(c: Compiler, elts: ast.pattern[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i]!;
    if (elt._type === 'MatchStar' && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) throw c.error('too many expressions in star-unpacking sequence pattern');
      c.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (elt._type === 'MatchStar') {
      throw c.error('multiple starred expressions in sequence pattern');
    }
  }
  if (!seenStar) c.addopI(Op.UNPACK_SEQUENCE, n);
}

function sequenceUnpack(c: Compiler, patterns: ast.pattern[], pc: PatternContext): void {
  unpackHelper(c, patterns);
  const size = patterns.length;
  pc.onTop += size;
  for (const p of patterns) {
    pc.onTop--;
    subpattern(c, p, pc);
  }
}

function sequenceSubscr(c: Compiler, patterns: ast.pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const p = patterns[i]!;
    if (isWildcard(p)) continue;
    if (i === star) continue;
    c.addopI(Op.COPY, 1);
    if (i < star) {
      c.addLoadConst(BigInt(i));
    } else {
      c.addop(Op.GET_LEN);
      c.addLoadConst(BigInt(size - i));
      c.addopI(Op.BINARY_OP, 10); // NB_SUBTRACT
    }
    c.addop(Op.BINARY_SUBSCR);
    subpattern(c, p, pc);
  }
  pc.onTop--;
  c.addop(Op.POP_TOP);
}

function subpattern(c: Compiler, p: ast.pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function patternAs(c: Compiler, p: ast.MatchAs, pc: PatternContext): void {
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name) throw c.error(`name capture ${reprStr(p.name)} makes remaining patterns unreachable`);
      throw c.error('wildcard makes remaining patterns unreachable');
    }
    storeName(c, p.name, pc);
    return;
  }
  pc.onTop++;
  c.addopI(Op.COPY, 1);
  pattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, p.name, pc);
}

function validateKwdAttrs(c: Compiler, attrs: string[], patterns: ast.pattern[]): void {
  for (let i = 0; i < attrs.length; i++) {
    const attr = attrs[i]!;
    c.setLoc(patterns[i]!);
    if (attr === '__debug__') throw c.error('cannot assign to __debug__');
    for (let j = i + 1; j < attrs.length; j++) {
      if (attrs[j] === attr) {
        c.setLoc(patterns[j]!);
        throw c.error(`attribute name repeated in class pattern: ${attr}`);
      }
    }
  }
}

function patternClass(c: Compiler, p: ast.MatchClass, pc: PatternContext): void {
  const patterns = p.patterns;
  const kwdAttrs = p.kwd_attrs;
  const kwdPatterns = p.kwd_patterns;
  const nargs = patterns.length;
  const nattrs = kwdAttrs.length;
  if (nattrs !== kwdPatterns.length) {
    throw c.error(`kwd_attrs (${nattrs}) / kwd_patterns (${kwdPatterns.length}) length mismatch in class pattern`);
  }
  if (nattrs) {
    validateKwdAttrs(c, kwdAttrs, kwdPatterns);
    c.setLoc(p);
  }
  c.compileExpr(p.cls);
  c.addLoadConst(new PyTuple(kwdAttrs));
  c.addopI(Op.MATCH_CLASS, nargs);
  c.addopI(Op.COPY, 1);
  c.addLoadConst(null);
  c.addopI(Op.IS_OP, 1);
  pc.onTop++;
  jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  c.addopI(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const sub = i < nargs ? patterns[i]! : kwdPatterns[i - nargs]!;
    if (isWildcard(sub)) {
      c.addop(Op.POP_TOP);
      continue;
    }
    subpattern(c, sub, pc);
  }
}

function patternMapping(c: Compiler, p: ast.MatchMapping, pc: PatternContext): void {
  const keys = p.keys;
  const patterns = p.patterns;
  let size = keys.length;
  if (size !== patterns.length) throw c.error(`keys (${size}) / patterns (${patterns.length}) length mismatch in mapping pattern`);
  const starTarget = p.rest;
  pc.onTop++;
  c.addop(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  if (!size && !starTarget) {
    pc.onTop--;
    c.addop(Op.POP_TOP);
    return;
  }
  if (size) {
    c.addop(Op.GET_LEN);
    c.addLoadConst(BigInt(size));
    c.addopI(Op.COMPARE_OP, 5); // >=
    jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  for (let i = 0; i < size; i++) {
    const key = keys[i]!;
    if (key._type === 'Constant') {
      const k = hashKey(key.value as PyConstant);
      if (seen.has(k)) throw c.error(`mapping pattern checks duplicate key (${repr(key.value as PyConstant)})`);
      seen.add(k);
    } else if (key._type !== 'Attribute') {
      throw c.error('mapping pattern keys may only match literals and attribute lookups');
    }
    c.compileExpr(key);
  }
  c.addopI(Op.BUILD_TUPLE, size);
  c.addop(Op.MATCH_KEYS);
  pc.onTop += 2;
  c.addopI(Op.COPY, 1);
  c.addLoadConst(null);
  c.addopI(Op.IS_OP, 1);
  jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  c.addopI(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (let i = 0; i < size; i++) {
    pc.onTop--;
    subpattern(c, patterns[i]!, pc);
  }
  pc.onTop -= 2;
  if (starTarget) {
    c.addopI(Op.BUILD_MAP, 0);
    c.addopI(Op.SWAP, 3);
    c.addopI(Op.DICT_UPDATE, 2);
    c.addopI(Op.UNPACK_SEQUENCE, size);
    while (size) {
      c.addopI(Op.COPY, 1 + size--);
      c.addopI(Op.SWAP, 2);
      c.addop(Op.DELETE_SUBSCR);
    }
    storeName(c, starTarget, pc);
  } else {
    c.addop(Op.POP_TOP);
    c.addop(Op.POP_TOP);
  }
}

function patternOr(c: Compiler, p: ast.MatchOr, pc: PatternContext): void {
  const end = c.newBlock();
  const size = p.patterns.length;
  const old = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, failPop: pc.failPop, onTop: pc.onTop };
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i]!;
    c.setLoc(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.addopI(Op.COPY, 1);
    pattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (!i) {
      control = pc.stores;
    } else if (nstores !== control!.length) {
      throw c.error('alternative patterns bind different names');
    } else if (nstores) {
      let icontrol = nstores;
      while (icontrol--) {
        const name = control![icontrol]!;
        const istores = pc.stores.indexOf(name);
        if (istores < 0) throw c.error('alternative patterns bind different names');
        if (icontrol !== istores) {
          const rotations = istores + 1;
          const rotated = pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          for (let r = rotations; r > 0; r--) rotate(c, icontrol + 1);
        }
      }
    }
    c.addopJ(JUMP, end);
    emitAndResetFailPop(c, pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  c.addop(Op.POP_TOP);
  jumpToFailPop(c, pc, JUMP);
  c.useNextBlock(end);
  const nstores = control!.length;
  const nrots = nstores + 1 + pc.onTop + pc.stores.length;
  for (let i = 0; i < nstores; i++) {
    rotate(c, nrots);
    const name = control![i]!;
    if (pc.stores.includes(name)) throw c.error(`multiple assignments to name ${reprStr(name)} in pattern`);
    pc.stores.push(name);
  }
  c.addop(Op.POP_TOP);
}

function patternSequence(c: Compiler, p: ast.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const sub = patterns[i]!;
    if (sub._type === 'MatchStar') {
      if (star >= 0) throw c.error('multiple starred names in sequence pattern');
      starWildcard = isStarWildcard(sub);
      onlyWildcard &&= starWildcard;
      star = i;
      continue;
    }
    onlyWildcard &&= isWildcard(sub);
  }
  pc.onTop++;
  c.addop(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.addop(Op.GET_LEN);
    c.addLoadConst(BigInt(size));
    c.addopI(Op.COMPARE_OP, 2); // ==
    jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    c.addop(Op.GET_LEN);
    c.addLoadConst(BigInt(size - 1));
    c.addopI(Op.COMPARE_OP, 5); // >=
    jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) c.addop(Op.POP_TOP);
  else if (starWildcard) sequenceSubscr(c, patterns, star, pc);
  else sequenceUnpack(c, patterns, pc);
}

function patternValue(c: Compiler, p: ast.MatchValue, pc: PatternContext): void {
  const value = p.value;
  if (value._type !== 'Constant' && value._type !== 'Attribute') throw c.error('patterns may only match literals and attribute lookups');
  c.compileExpr(value);
  c.addopI(Op.COMPARE_OP, 2);
  jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
}

function patternSingleton(c: Compiler, p: ast.MatchSingleton, pc: PatternContext): void {
  c.addLoadConst(p.value as PyConstant);
  c.addopI(Op.IS_OP, 0);
  jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
}

function pattern(c: Compiler, p: ast.pattern, pc: PatternContext): void {
  c.setLoc(p);
  switch (p._type) {
    case 'MatchValue':
      return patternValue(c, p, pc);
    case 'MatchSingleton':
      return patternSingleton(c, p, pc);
    case 'MatchSequence':
      return patternSequence(c, p, pc);
    case 'MatchMapping':
      return patternMapping(c, p, pc);
    case 'MatchClass':
      return patternClass(c, p, pc);
    case 'MatchStar':
      return storeName(c, p.name, pc);
    case 'MatchAs':
      return patternAs(c, p, pc);
    case 'MatchOr':
      return patternOr(c, p, pc);
  }
}

export function compileMatch(c: Compiler, s: ast.Match): void {
  c.compileExpr(s.subject);
  const end = c.newBlock();
  const cases = s.cases.length;
  let m = s.cases[cases - 1]!;
  const hasDefault = isWildcard(m.pattern) && 1 < cases ? 1 : 0;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases - hasDefault; i++) {
    m = s.cases[i]!;
    c.setLoc(m.pattern);
    if (i !== cases - hasDefault - 1) c.addopI(Op.COPY, 1);
    pc.stores = [];
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    pattern(c, m.pattern, pc);
    for (const name of pc.stores) c.nameop(name, 'Store');
    if (m.guard) {
      ensureFailPop(c, pc, 0);
      c.jumpIf(m.guard, pc.failPop[0]!, false);
    }
    if (i !== cases - hasDefault - 1) c.addop(Op.POP_TOP);
    c.compileStmts(m.body);
    c.unsetLoc();
    c.addopJ(JUMP, end);
    c.setLoc(m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    m = s.cases[cases - 1]!;
    c.setLoc(m.pattern);
    if (cases === 1) c.addop(Op.POP_TOP);
    else c.addop(Op.NOP);
    if (m.guard) c.jumpIf(m.guard, end, false);
    c.compileStmts(m.body);
    c.unsetLoc();
  }
  c.useNextBlock(end);
}
