// The control-flow-graph passes of Python/compile.c (3.11): block normalization, the peephole
// optimizer (constant conditions, tuple folding, jump threading, SWAP elimination), dead code
// removal, exit duplication and line number propagation. Every pass keeps CPython's iteration
// order, because the result (which copy of a block survives, which location an instruction
// inherits) depends on it.
//
// Blocks live in two orders: allocation order (`Graph.blocks`; CPython's `b_list` walks it
// backwards, newest first) and layout order (the `next` chain from the entry block).

import { constIsTrue, constKey } from './constants.js';
import {
  BasicBlock,
  Instr,
  isBlockPush,
  isJump,
  JUMP,
  JUMP_NO_INTERRUPT,
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE,
  POP_JUMP_IF_TRUE,
} from './instr.js';
import { Op } from './opcodes.js';
import { PyTuple, type PyConstant } from '../values/index.js';

export class CompilerError extends Error {}

/** The blocks of one code unit. */
export class Graph {
  readonly blocks: BasicBlock[] = [];

  newBlock(): BasicBlock {
    const b = new BasicBlock(this.blocks.length);
    this.blocks.push(b);
    return b;
  }

  /** The first allocated block, where execution starts. */
  get entry(): BasicBlock {
    return this.blocks[0]!;
  }

  /** Blocks newest first, as CPython's `b_list` chain. */
  *allocationOrderReversed(): Generator<BasicBlock> {
    for (let i = this.blocks.length - 1; i >= 0; i--) yield this.blocks[i]!;
  }

  *layout(): Generator<BasicBlock> {
    for (let b: BasicBlock | null = this.entry; b !== null; b = b.next) yield b;
  }
}

/** Maximum size of a basic block copied by extendBlock. */
const MAX_COPY_SIZE = 4;

/** Marks exit and no-fallthrough blocks; jumps must end their block (normalize_basic_block). */
export function normalizeBasicBlock(bb: BasicBlock): void {
  for (let i = 0; i < bb.instr.length; i++) {
    const ins = bb.instr[i]!;
    switch (ins.opcode) {
      case Op.RETURN_VALUE:
      case Op.RAISE_VARARGS:
      case Op.RERAISE:
        bb.exit = true;
        bb.nofallthrough = true;
        break;
      case JUMP:
      case JUMP_NO_INTERRUPT:
      case POP_JUMP_IF_NOT_NONE:
      case POP_JUMP_IF_NONE:
      case POP_JUMP_IF_FALSE:
      case POP_JUMP_IF_TRUE:
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP:
      case Op.FOR_ITER:
        if (ins.opcode === JUMP || ins.opcode === JUMP_NO_INTERRUPT) bb.nofallthrough = true;
        if (i !== bb.instr.length - 1) throw new CompilerError('malformed control flow graph.');
        while (ins.target!.instr.length === 0) ins.target = ins.target!.next;
        break;
    }
  }
}

function hasLineno(bb: BasicBlock): boolean {
  return bb.instr.some((i) => i.lineno > 0);
}

/** Replaces an unconditional jump to a small exit block without line numbers by a copy of it. */
export function extendBlock(bb: BasicBlock): void {
  const last = bb.last;
  if (!last) return;
  if (last.opcode !== JUMP && last.opcode !== Op.JUMP_FORWARD && last.opcode !== Op.JUMP_BACKWARD) return;
  const toCopy = last.target!;
  if (toCopy.exit && toCopy.instr.length <= MAX_COPY_SIZE) {
    if (hasLineno(toCopy)) return;
    last.opcode = Op.NOP;
    const n = toCopy.instr.length;
    for (let i = 0; i < n; i++) bb.instr.push(toCopy.instr[i]!.clone());
    bb.exit = true;
  }
}

/** Removes NOPs that carry no line information (clean_basic_block). */
export function cleanBasicBlock(bb: BasicBlock): void {
  const ins = bb.instr;
  let dest = 0;
  let prevLineno = -1;
  for (let src = 0; src < ins.length; src++) {
    const lineno = ins[src]!.lineno;
    if (ins[src]!.opcode === Op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < ins.length - 1) {
        const nextLineno = ins[src + 1]!.lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          ins[src]!.copyLocTo(ins[src + 1]!);
          continue;
        }
      } else {
        let next: BasicBlock | null = bb.next;
        while (next && next.instr.length === 0) next = next.next;
        if (next && lineno === next.instr[0]!.lineno) continue;
      }
    }
    if (dest !== src) ins[dest] = ins[src]!;
    dest++;
    prevLineno = lineno;
  }
  ins.length = dest;
}

/** Folds LOAD_CONST c1 ... LOAD_CONST cn BUILD_TUPLE n into LOAD_CONST (c1, ..., cn). */
function foldTupleOnConstants(bb: BasicBlock, start: number, n: number, consts: PyConstant[]): void {
  // HAS_CONST: LOAD_CONST, and KW_NAMES (which never precedes BUILD_TUPLE closely enough).
  for (let i = 0; i < n; i++) {
    const op = bb.instr[start + i]!.opcode;
    if (op !== Op.LOAD_CONST && op !== Op.KW_NAMES) return;
  }
  for (let i = 0; i < n; i++) {
    if (bb.instr[start + i]!.opcode !== Op.LOAD_CONST) throw new CompilerError('Internal error: failed to get value of a constant');
  }
  const items: PyConstant[] = [];
  for (let i = 0; i < n; i++) items.push(consts[bb.instr[start + i]!.oparg]!);
  const tuple = new PyTuple(items);
  const key = constKey(tuple);
  let index = consts.findIndex((c) => constKey(c) === key);
  if (index < 0) {
    index = consts.length;
    consts.push(tuple);
  }
  for (let i = 0; i < n; i++) bb.instr[start + i]!.opcode = Op.NOP;
  const build = bb.instr[start + n]!;
  build.opcode = Op.LOAD_CONST;
  build.oparg = index;
}

/** Replaces a run of SWAPs and NOPs by an optimal equivalent one; returns the new index. */
function swaptimize(bb: BasicBlock, ix: number): number {
  const base = ix;
  const ins = bb.instr;
  let depth = ins[base]!.oparg;
  let len = 0;
  let more = false;
  const limit = ins.length - base;
  while (++len < limit) {
    const op = ins[base + len]!.opcode;
    if (op === Op.SWAP) {
      depth = Math.max(depth, ins[base + len]!.oparg);
      more = true;
    } else if (op !== Op.NOP) {
      break;
    }
  }
  if (!more) return ix;
  const VISITED = -1;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    if (ins[base + i]!.opcode === Op.SWAP) {
      const oparg = ins[base + i]!.oparg;
      const top = stack[0]!;
      stack[0] = stack[oparg - 1]!;
      stack[oparg - 1] = top;
    }
  }
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        const t = ins[base + current--]!;
        t.opcode = Op.SWAP;
        t.oparg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j]!;
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) ins[base + current--]!.opcode = Op.NOP;
  return ix + len - 1;
}

function swappable(op: number): boolean {
  return op === Op.STORE_FAST || op === Op.POP_TOP;
}

function storesTo(i: Instr): number {
  return i.opcode === Op.STORE_FAST ? i.oparg : -1;
}

function nextSwappableInstruction(bb: BasicBlock, i: number, lineno: number): number {
  while (++i < bb.instr.length) {
    const ins = bb.instr[i]!;
    if (lineno >= 0 && ins.lineno !== lineno) return -1;
    if (ins.opcode === Op.NOP) continue;
    if (swappable(ins.opcode)) return i;
    return -1;
  }
  return -1;
}

/** Applies SWAPs by reordering the STORE_FAST / POP_TOP instructions they feed. */
function applyStaticSwaps(bb: BasicBlock, i: number): void {
  for (; i >= 0; i--) {
    const swap = bb.instr[i]!;
    if (swap.opcode !== Op.SWAP) {
      if (swap.opcode === Op.NOP || swappable(swap.opcode)) continue;
      return;
    }
    const j = nextSwappableInstruction(bb, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = bb.instr[j]!.lineno;
    for (let count = swap.oparg - 1; count > 0; count--) {
      k = nextSwappableInstruction(bb, k, lineno);
      if (k < 0) return;
    }
    const storeJ = storesTo(bb.instr[j]!);
    const storeK = storesTo(bb.instr[k]!);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const s = storesTo(bb.instr[idx]!);
        if (s >= 0 && (s === storeJ || s === storeK)) return;
      }
    }
    swap.opcode = Op.NOP;
    const tmp = bb.instr[j]!;
    bb.instr[j] = bb.instr[k]!;
    bb.instr[k] = tmp;
  }
}

/** Retargets a jump to a jump at the second one's target; 1 when it changed something. */
function jumpThread(inst: Instr, target: Instr, opcode: number): number {
  if (inst.lineno === target.lineno && inst.target !== target.target) {
    inst.target = target.target;
    inst.opcode = opcode;
    return 1;
  }
  return 0;
}

const NOP_INSTR = new Instr(Op.NOP, 0, -1, 0, 0, 0);

function optimizeBasicBlock(bb: BasicBlock, consts: PyConstant[]): void {
  for (let i = 0; i < bb.instr.length; i++) {
    const inst = bb.instr[i]!;
    const oparg = inst.oparg;
    const nextop = i + 1 < bb.instr.length ? bb.instr[i + 1]!.opcode : 0;
    let target: Instr;
    if (isJump(inst) || isBlockPush(inst)) {
      while (inst.target!.instr.length === 0) inst.target = inst.target!.next;
      target = inst.target!.instr[0]!;
    } else {
      target = NOP_INSTR;
    }
    switch (inst.opcode) {
      case Op.LOAD_CONST: {
        switch (nextop) {
          case POP_JUMP_IF_FALSE:
          case POP_JUMP_IF_TRUE: {
            const isTrue = constIsTrue(consts[oparg]!);
            inst.opcode = Op.NOP;
            const jumpIfTrue = nextop === POP_JUMP_IF_TRUE;
            if (isTrue === jumpIfTrue) {
              bb.instr[i + 1]!.opcode = JUMP;
              bb.nofallthrough = true;
            } else {
              bb.instr[i + 1]!.opcode = Op.NOP;
            }
            break;
          }
          case Op.JUMP_IF_FALSE_OR_POP:
          case Op.JUMP_IF_TRUE_OR_POP: {
            const isTrue = constIsTrue(consts[oparg]!);
            const jumpIfTrue = nextop === Op.JUMP_IF_TRUE_OR_POP;
            if (isTrue === jumpIfTrue) {
              bb.instr[i + 1]!.opcode = JUMP;
              bb.nofallthrough = true;
            } else {
              inst.opcode = Op.NOP;
              bb.instr[i + 1]!.opcode = Op.NOP;
            }
            break;
          }
          case Op.IS_OP: {
            const cnt = consts[oparg]!;
            const jumpOp = i + 2 < bb.instr.length ? bb.instr[i + 2]!.opcode : 0;
            if (cnt === null && (jumpOp === POP_JUMP_IF_FALSE || jumpOp === POP_JUMP_IF_TRUE)) {
              const nextarg = bb.instr[i + 1]!.oparg & 0xff;
              inst.opcode = Op.NOP;
              bb.instr[i + 1]!.opcode = Op.NOP;
              bb.instr[i + 2]!.opcode = (nextarg ^ (jumpOp === POP_JUMP_IF_FALSE ? 1 : 0)) ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
            }
            break;
          }
        }
        break;
      }
      case Op.BUILD_TUPLE:
        if (nextop === Op.UNPACK_SEQUENCE && oparg === bb.instr[i + 1]!.oparg) {
          if (oparg === 1) {
            inst.opcode = Op.NOP;
            bb.instr[i + 1]!.opcode = Op.NOP;
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            inst.opcode = Op.NOP;
            bb.instr[i + 1]!.opcode = Op.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOnConstants(bb, i - oparg, oparg, consts);
        break;
      case Op.JUMP_IF_FALSE_OR_POP:
        switch (target.opcode) {
          case POP_JUMP_IF_FALSE:
            i -= jumpThread(inst, target, POP_JUMP_IF_FALSE);
            break;
          case JUMP:
          case Op.JUMP_IF_FALSE_OR_POP:
            i -= jumpThread(inst, target, Op.JUMP_IF_FALSE_OR_POP);
            break;
          case Op.JUMP_IF_TRUE_OR_POP:
          case POP_JUMP_IF_TRUE:
            if (inst.lineno === target.lineno) {
              inst.opcode = POP_JUMP_IF_FALSE;
              inst.target = inst.target!.next;
              --i;
            }
            break;
        }
        break;
      case Op.JUMP_IF_TRUE_OR_POP:
        switch (target.opcode) {
          case POP_JUMP_IF_TRUE:
            i -= jumpThread(inst, target, POP_JUMP_IF_TRUE);
            break;
          case JUMP:
          case Op.JUMP_IF_TRUE_OR_POP:
            i -= jumpThread(inst, target, Op.JUMP_IF_TRUE_OR_POP);
            break;
          case Op.JUMP_IF_FALSE_OR_POP:
          case POP_JUMP_IF_FALSE:
            if (inst.lineno === target.lineno) {
              inst.opcode = POP_JUMP_IF_TRUE;
              inst.target = inst.target!.next;
              --i;
            }
            break;
        }
        break;
      case POP_JUMP_IF_NOT_NONE:
      case POP_JUMP_IF_NONE:
        if (target.opcode === JUMP) i -= jumpThread(inst, target, inst.opcode);
        break;
      case POP_JUMP_IF_FALSE:
        if (target.opcode === JUMP) i -= jumpThread(inst, target, POP_JUMP_IF_FALSE);
        break;
      case POP_JUMP_IF_TRUE:
        if (target.opcode === JUMP) i -= jumpThread(inst, target, POP_JUMP_IF_TRUE);
        break;
      case JUMP:
        if (target.opcode === JUMP) i -= jumpThread(inst, target, JUMP);
        break;
      case Op.SWAP:
        if (oparg === 1) {
          inst.opcode = Op.NOP;
          break;
        }
        i = swaptimize(bb, i);
        applyStaticSwaps(bb, i);
        break;
      case Op.PUSH_NULL:
        // CPython tests the *opcode* of the next instruction (`inst[1].i_opcode & 1`), which is
        // always even for LOAD_GLOBAL, so the fold always applies.
        if (nextop === Op.LOAD_GLOBAL && (bb.instr[i + 1]!.opcode & 1) === 0) {
          inst.opcode = Op.NOP;
          inst.oparg = 0;
          bb.instr[i + 1]!.oparg |= 1;
        }
        break;
    }
  }
}

/** Counts predecessors of every block reachable from the entry (mark_reachable). */
function markReachable(entry: BasicBlock): void {
  const stack: BasicBlock[] = [entry];
  entry.predecessors = 1;
  while (stack.length) {
    const b = stack.pop()!;
    if (b.next && !b.nofallthrough) {
      if (b.next.predecessors === 0) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const ins of b.instr) {
      if (isJump(ins) || isBlockPush(ins)) {
        const target = ins.target!;
        if (target.predecessors === 0) stack.push(target);
        target.predecessors++;
      }
    }
  }
}

function eliminateEmptyBasicBlocks(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b; b = b.next) {
    let next: BasicBlock | null = b.next;
    if (next) {
      while (next.instr.length === 0 && next.next) next = next.next;
      b.next = next;
    }
  }
  for (let b: BasicBlock | null = entry; b; b = b.next) {
    const last = b.last;
    if (!last) continue;
    if (isJump(last)) {
      let target = last.target!;
      while (target.instr.length === 0) target = target.next!;
      last.target = target;
    }
  }
}

/** The optimizer proper (optimize_cfg); `consts` is the unit's constant list, extended in place. */
export function optimizeCfg(graph: Graph, consts: PyConstant[]): void {
  const entry = graph.entry;
  for (let b: BasicBlock | null = entry; b; b = b.next) {
    optimizeBasicBlock(b, consts);
    cleanBasicBlock(b);
  }
  for (const b of graph.allocationOrderReversed()) extendBlock(b);
  markReachable(entry);
  for (let b: BasicBlock | null = entry; b; b = b.next) {
    if (b.predecessors === 0) {
      b.instr.length = 0;
      b.nofallthrough = false;
    }
  }
  eliminateEmptyBasicBlocks(entry);
  for (let b: BasicBlock | null = entry; b; b = b.next) cleanBasicBlock(b);
  let maybeEmptyBlocks = false;
  for (let b: BasicBlock | null = entry; b; b = b.next) {
    const last: Instr | undefined = b.last;
    if (last && (last.opcode === JUMP || last.opcode === JUMP_NO_INTERRUPT) && last.target === b.next) {
      b.nofallthrough = false;
      last.opcode = Op.NOP;
      maybeEmptyBlocks = true;
    }
  }
  if (maybeEmptyBlocks) eliminateEmptyBasicBlocks(entry);
}

function isExitWithoutLineno(b: BasicBlock): boolean {
  return b.exit && b.instr.every((i) => i.lineno < 0);
}

function copyBlock(graph: Graph, block: BasicBlock): BasicBlock {
  const result = graph.newBlock();
  for (const ins of block.instr) result.instr.push(ins.clone());
  result.exit = block.exit;
  result.nofallthrough = true;
  return result;
}

/**
 * Gives every exit block without a line number a single predecessor, by copying it, so that the
 * predecessor's line can be propagated into it (PEP 626).
 */
export function duplicateExitsWithoutLineno(graph: Graph): void {
  const n = graph.blocks.length;
  for (let k = n - 1; k >= 0; k--) {
    const b = graph.blocks[k]!;
    const last = b.last;
    if (last && isJump(last)) {
      const target = last.target!;
      if (isExitWithoutLineno(target) && target.predecessors > 1) {
        const copy = copyBlock(graph, target);
        last.copyLocTo(copy.instr[0]!);
        last.target = copy;
        target.predecessors--;
        copy.predecessors = 1;
        copy.next = target.next;
        target.next = copy;
      }
    }
  }
  for (const b of graph.allocationOrderReversed()) {
    while (b.next && b.next.instr.length === 0) b.next = b.next.next;
  }
  for (const b of graph.allocationOrderReversed()) {
    if (!b.nofallthrough && b.next && b.instr.length > 0 && isExitWithoutLineno(b.next)) {
      b.last!.copyLocTo(b.next.instr[0]!);
    }
  }
}

/** Drops constants after the last one an instruction uses (the first is kept: the docstring). */
export function trimUnusedConsts(entry: BasicBlock, consts: PyConstant[]): void {
  let max = 0;
  for (let b: BasicBlock | null = entry; b; b = b.next) {
    for (const i of b.instr) {
      if ((i.opcode === Op.LOAD_CONST || i.opcode === Op.KW_NAMES) && i.oparg > max) max = i.oparg;
    }
  }
  if (max + 1 < consts.length) consts.length = max + 1;
}

/** Fills missing locations from the previous instruction, and into single-predecessor successors. */
export function propagateLineNumbers(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b; b = b.next) {
    const last = b.last;
    if (!last) continue;
    const prev = new Instr(0, 0, -1, -1, -1, -1);
    for (const i of b.instr) {
      if (i.lineno < 0) prev.copyLocTo(i);
      else i.copyLocTo(prev);
    }
    if (!b.nofallthrough && b.next!.predecessors === 1) {
      if (b.next!.instr[0]!.lineno < 0) prev.copyLocTo(b.next!.instr[0]!);
    }
    if (isJump(last)) {
      const target = last.target!;
      if (target.predecessors === 1 && target.instr[0]!.lineno < 0) prev.copyLocTo(target.instr[0]!);
    }
  }
}

/** Gives returns that still lack a line number the line of the code before them. */
export function guaranteeLinenoForExits(entry: BasicBlock, firstlineno: number): void {
  let lineno = firstlineno;
  for (let b: BasicBlock | null = entry; b; b = b.next) {
    const last = b.last;
    if (!last) continue;
    if (last.lineno < 0) {
      if (last.opcode === Op.RETURN_VALUE) {
        for (const i of b.instr) i.lineno = lineno;
      }
    } else {
      lineno = last.lineno;
    }
  }
}
