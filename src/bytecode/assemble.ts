// The assembler of Python/compile.c (3.11): from a code unit's flow graph to a PyCode. It runs
// the flowgraph passes, inserts the prefix instructions (COPY_FREE_VARS, MAKE_CELL,
// RETURN_GENERATOR), computes the stack depth, the exception table
// (Objects/exception_handling_notes.txt) and the location table (Objects/locations.md), resolves
// jumps to relative offsets with EXTENDED_ARG as needed, and writes CACHE entries inline.

import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL, CO_GENERATOR, PyCode } from './code.js';
import { ConstTable } from './constants.js';
import {
  cleanBasicBlock,
  CompilerError,
  duplicateExitsWithoutLineno,
  extendBlock,
  Graph,
  guaranteeLinenoForExits,
  normalizeBasicBlock,
  optimizeCfg,
  propagateLineNumbers,
  trimUnusedConsts,
} from './flowgraph.js';
import {
  BasicBlock,
  hasArg,
  Instr,
  instrSize,
  INVALID_STACK_EFFECT,
  isBlockPush,
  isJump,
  isRelativeJump,
  JUMP,
  JUMP_NO_INTERRUPT,
  opName,
  POP_BLOCK,
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE,
  POP_JUMP_IF_TRUE,
  SETUP_CLEANUP,
  SETUP_WITH,
  stackEffect,
  type ExceptStack,
} from './instr.js';
import { CACHE_ENTRIES, EXTENDED_ARG_OPCODE, Op } from './opcodes.js';

/** What the code generator hands over for one code object. */
export interface AssemblyUnit {
  graph: Graph;
  consts: ConstTable;
  names: Map<string, number>;
  varnames: Map<string, number>;
  cellvars: Map<string, number>;
  freevars: Map<string, number>;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  firstlineno: number;
  name: string;
  qualname: string;
  filename: string;
  /** co_flags (compute_code_flags). */
  flags: number;
  /** The scope is a generator or coroutine: execution starts with one value on the stack. */
  startsWithValue: boolean;
}

export function assemble(u: AssemblyUnit): PyCode {
  const graph = u.graph;
  for (const b of graph.allocationOrderReversed()) normalizeBasicBlock(b);
  for (const b of graph.allocationOrderReversed()) extendBlock(b);
  const entry = graph.entry;

  const nlocals = u.varnames.size;
  const ncellvars = u.cellvars.size;
  const nfreevars = u.freevars.size;
  let nlocalsplus = nlocals + ncellvars + nfreevars;
  const cellFixedOffsets = buildCellFixedOffsets(u);

  if (!u.firstlineno) {
    const first = entry.instr[0];
    u.firstlineno = first && first.lineno ? first.lineno : 1;
  }
  insertPrefixInstructions(u, entry, cellFixedOffsets, nfreevars);
  nlocalsplus -= fixCellOffsets(u, entry, cellFixedOffsets);

  const consts = u.consts.values.slice();
  optimizeCfg(graph, consts);
  duplicateExitsWithoutLineno(graph);
  trimUnusedConsts(entry, consts);
  propagateLineNumbers(entry);
  guaranteeLinenoForExits(entry, u.firstlineno);
  const maxdepth = stackDepth(graph, u.startsWithValue);

  labelExceptionTargets(entry);
  for (const b of graph.layout()) {
    for (const i of b.instr) if (isBlockPush(i) || i.opcode === POP_BLOCK) i.opcode = Op.NOP;
  }
  for (const b of graph.layout()) cleanBasicBlock(b);
  normalizeJumps(graph);
  assembleJumpOffsets(graph);

  const code = emitCode(graph);
  const linetable = emitLocations(graph, u.firstlineno);
  const exceptiontable = emitExceptionTable(graph);
  const { names, kinds } = localsPlusInfo(u, nlocalsplus);

  return new PyCode({
    co_argcount: u.posonlyargcount + u.argcount,
    co_posonlyargcount: u.posonlyargcount,
    co_kwonlyargcount: u.kwonlyargcount,
    co_stacksize: maxdepth,
    co_flags: u.flags,
    co_code: code,
    co_consts: consts,
    co_names: [...u.names.keys()],
    co_localsplusnames: names,
    co_localspluskinds: kinds,
    co_filename: u.filename,
    co_name: u.name,
    co_qualname: u.qualname,
    co_firstlineno: u.firstlineno,
    co_linetable: linetable,
    co_exceptiontable: exceptiontable,
  });
}

// ---- cells and prefix instructions

function buildCellFixedOffsets(u: AssemblyUnit): number[] {
  const nlocals = u.varnames.size;
  const n = u.cellvars.size + u.freevars.size;
  const fixed: number[] = [];
  for (let i = 0; i < n; i++) fixed.push(nlocals + i);
  for (const [name, cellIndex] of u.cellvars) {
    const varIndex = u.varnames.get(name);
    if (varIndex !== undefined) fixed[cellIndex] = varIndex;
  }
  return fixed;
}

function artificial(opcode: number, oparg: number): Instr {
  return new Instr(opcode, oparg, -1, -1, -1, -1);
}

function insertPrefixInstructions(u: AssemblyUnit, entry: BasicBlock, fixed: number[], nfreevars: number): void {
  if (u.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
    entry.instr.splice(0, 0, new Instr(Op.RETURN_GENERATOR, 0, u.firstlineno, u.firstlineno, -1, -1), artificial(Op.POP_TOP, 0));
  }
  const ncellvars = u.cellvars.size;
  if (ncellvars) {
    const nvars = ncellvars + u.varnames.size;
    const sorted = new Array<number>(nvars).fill(0);
    for (let i = 0; i < ncellvars; i++) sorted[fixed[i]!] = i + 1;
    for (let i = 0, used = 0; used < ncellvars; i++) {
      const oldIndex = sorted[i]! - 1;
      if (oldIndex === -1) continue;
      entry.instr.splice(used, 0, artificial(Op.MAKE_CELL, oldIndex));
      used++;
    }
  }
  if (nfreevars) entry.instr.splice(0, 0, artificial(Op.COPY_FREE_VARS, nfreevars));
}

const DEREF_OPS = new Set<number>([Op.MAKE_CELL, Op.LOAD_CLOSURE, Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF, Op.LOAD_CLASSDEREF]);

function fixCellOffsets(u: AssemblyUnit, entry: BasicBlock, fixed: number[]): number {
  const nlocals = u.varnames.size;
  let numdropped = 0;
  for (let i = 0; i < fixed.length; i++) {
    if (fixed[i] === i + nlocals) fixed[i]! -= numdropped;
    else numdropped++;
  }
  for (let b: BasicBlock | null = entry; b; b = b.next) {
    for (const i of b.instr) if (DEREF_OPS.has(i.opcode)) i.oparg = fixed[i.oparg]!;
  }
  return numdropped;
}

function localsPlusInfo(u: AssemblyUnit, nlocalsplus: number): { names: string[]; kinds: Uint8Array } {
  const names = new Array<string>(nlocalsplus);
  const kinds = new Uint8Array(nlocalsplus);
  for (const [name, offset] of u.varnames) {
    names[offset] = name;
    kinds[offset] = CO_FAST_LOCAL | (u.cellvars.has(name) ? CO_FAST_CELL : 0);
  }
  const nlocals = u.varnames.size;
  let numdropped = 0;
  for (const [name, index] of u.cellvars) {
    if (u.varnames.has(name)) {
      numdropped++;
      continue;
    }
    names[index + nlocals - numdropped] = name;
    kinds[index + nlocals - numdropped] = CO_FAST_CELL;
  }
  for (const [name, index] of u.freevars) {
    names[index + nlocals - numdropped] = name;
    kinds[index + nlocals - numdropped] = CO_FAST_FREE;
  }
  return { names, kinds };
}

// ---- stack depth

function stackDepth(graph: Graph, startsWithValue: boolean): number {
  for (const b of graph.blocks) b.startdepth = Number.MIN_SAFE_INTEGER;
  const stack: BasicBlock[] = [];
  const push = (b: BasicBlock, depth: number): void => {
    if (b.startdepth < depth && b.startdepth < 100) {
      b.startdepth = depth;
      stack.push(b);
    }
  };
  let maxdepth = 0;
  push(graph.entry, startsWithValue ? 1 : 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next = b.next;
    for (const ins of b.instr) {
      let effect = stackEffect(ins.opcode, ins.oparg, 0);
      if (effect === INVALID_STACK_EFFECT) {
        throw new CompilerError(`compiler stack_effect(opcode=${ins.opcode}, arg=${ins.oparg}) failed`);
      }
      const newDepth = depth + effect;
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (isJump(ins) || isBlockPush(ins)) {
        effect = stackEffect(ins.opcode, ins.oparg, 1);
        const targetDepth = depth + effect;
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        push(ins.target!, targetDepth);
      }
      depth = newDepth;
      const op = ins.opcode;
      if (op === JUMP_NO_INTERRUPT || op === JUMP || op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE) {
        next = null;
        break;
      }
    }
    if (next !== null) push(next, depth);
  }
  return maxdepth;
}

// ---- exception handlers

function copyStack(s: ExceptStack): ExceptStack {
  return { handlers: s.handlers.slice(), depth: s.depth };
}

function labelExceptionTargets(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b; b = b.next) b.visited = false;
  const todo: BasicBlock[] = [entry];
  entry.visited = true;
  entry.exceptStack = { handlers: [null], depth: 0 };
  while (todo.length) {
    const b = todo.pop()!;
    // `stack` is handed over (set to null) when it passes to a jump target the block cannot fall from.
    let stack = b.exceptStack!;
    b.exceptStack = null;
    let handler = stack.handlers[stack.depth]!;
    for (let k = 0; k < b.instr.length; k++) {
      const ins = b.instr[k]!;
      if (isBlockPush(ins)) {
        const target = ins.target!;
        if (!target.visited) {
          target.exceptStack = copyStack(stack);
          todo.push(target);
          target.visited = true;
        }
        if (ins.opcode === SETUP_WITH || ins.opcode === SETUP_CLEANUP) target.preserveLasti = true;
        stack.handlers[++stack.depth] = target;
        handler = target;
      } else if (ins.opcode === POP_BLOCK) {
        handler = stack.handlers[--stack.depth]!;
      } else if (isJump(ins)) {
        ins.except = handler;
        const target = ins.target!;
        if (!target.visited) {
          if (!b.nofallthrough) {
            target.exceptStack = copyStack(stack);
          } else {
            target.exceptStack = stack;
          }
          todo.push(target);
          target.visited = true;
        }
      } else {
        ins.except = handler;
      }
    }
    if (!b.nofallthrough && b.next && !b.next.visited) {
      b.next.exceptStack = stack;
      todo.push(b.next);
      b.next.visited = true;
    }
  }
}

// ---- jumps

function normalizeJumps(graph: Graph): void {
  for (const b of graph.layout()) b.visited = false;
  for (const b of graph.layout()) {
    b.visited = true;
    const last = b.last;
    if (!last || !isJump(last)) continue;
    const forward = !last.target!.visited;
    switch (last.opcode) {
      case JUMP:
        last.opcode = forward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
        break;
      case JUMP_NO_INTERRUPT:
        last.opcode = forward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
        break;
      case POP_JUMP_IF_NOT_NONE:
        last.opcode = forward ? Op.POP_JUMP_FORWARD_IF_NOT_NONE : Op.POP_JUMP_BACKWARD_IF_NOT_NONE;
        break;
      case POP_JUMP_IF_NONE:
        last.opcode = forward ? Op.POP_JUMP_FORWARD_IF_NONE : Op.POP_JUMP_BACKWARD_IF_NONE;
        break;
      case POP_JUMP_IF_FALSE:
        last.opcode = forward ? Op.POP_JUMP_FORWARD_IF_FALSE : Op.POP_JUMP_BACKWARD_IF_FALSE;
        break;
      case POP_JUMP_IF_TRUE:
        last.opcode = forward ? Op.POP_JUMP_FORWARD_IF_TRUE : Op.POP_JUMP_BACKWARD_IF_TRUE;
        break;
      case Op.JUMP_IF_TRUE_OR_POP:
      case Op.JUMP_IF_FALSE_OR_POP:
        if (!forward) throw new CompilerError(`unexpected ${opName(last.opcode)} jumping backwards`);
        break;
    }
  }
}

function assembleJumpOffsets(graph: Graph): void {
  let again: boolean;
  do {
    let total = 0;
    for (const b of graph.layout()) {
      b.offset = total;
      for (const i of b.instr) total += instrSize(i);
    }
    again = false;
    for (const b of graph.layout()) {
      let bsize = b.offset;
      for (const ins of b.instr) {
        const isize = instrSize(ins);
        bsize += isize;
        if (isJump(ins)) {
          ins.oparg = ins.target!.offset;
          if (isRelativeJump(ins)) {
            ins.oparg = ins.oparg < bsize ? bsize - ins.oparg : ins.oparg - bsize;
          }
          if (instrSize(ins) !== isize) again = true;
        }
      }
    }
  } while (again);
}

// ---- code, locations, exception table

function emitCode(graph: Graph): Uint8Array {
  const out: number[] = [];
  for (const b of graph.layout()) {
    for (const ins of b.instr) {
      if (ins.opcode < 0) throw new CompilerError(`pseudo-instruction ${opName(ins.opcode)} left in code`);
      const oparg = hasArg(ins.opcode) ? ins.oparg : 0;
      if (oparg > 0xffffff) out.push(EXTENDED_ARG_OPCODE, (oparg >>> 24) & 0xff);
      if (oparg > 0xffff) out.push(EXTENDED_ARG_OPCODE, (oparg >>> 16) & 0xff);
      if (oparg > 0xff) out.push(EXTENDED_ARG_OPCODE, (oparg >>> 8) & 0xff);
      out.push(ins.opcode, oparg & 0xff);
      for (let c = CACHE_ENTRIES[ins.opcode]!; c > 0; c--) out.push(Op.CACHE, 0);
    }
  }
  return Uint8Array.from(out);
}

const LOC_SHORT0 = 0;
const LOC_ONE_LINE0 = 10;
const LOC_NO_COLUMNS = 13;
const LOC_LONG = 14;
const LOC_NONE = 15;

class LocationWriter {
  readonly out: number[] = [];
  lineno: number;

  constructor(firstlineno: number) {
    this.lineno = firstlineno;
  }

  private start(code: number, length: number): void {
    this.out.push(0x80 | (code << 3) | (length - 1));
  }

  private varint(val: number): void {
    while (val >= 64) {
      this.out.push(64 | (val & 63));
      val >>>= 6;
    }
    this.out.push(val);
  }

  private signedVarint(val: number): void {
    this.varint(val < 0 ? ((-val) << 1) | 1 : val << 1);
  }

  entry(i: Instr, isize: number): void {
    if (i.lineno < 0) {
      this.start(LOC_NONE, isize);
      return;
    }
    const lineDelta = i.lineno - this.lineno;
    const column = i.colOffset;
    const endColumn = i.endColOffset;
    if (column < 0 || endColumn < 0) {
      if (i.endLineno === i.lineno || i.endLineno === -1) {
        this.start(LOC_NO_COLUMNS, isize);
        this.signedVarint(lineDelta);
        this.lineno = i.lineno;
        return;
      }
    } else if (i.endLineno === i.lineno) {
      if (lineDelta === 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
        this.start(LOC_SHORT0 + (column >> 3), isize);
        this.out.push(((column & 7) << 4) | (endColumn - column));
        return;
      }
      if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
        this.start(LOC_ONE_LINE0 + lineDelta, isize);
        this.out.push(column, endColumn);
        this.lineno = i.lineno;
        return;
      }
    }
    this.start(LOC_LONG, isize);
    this.signedVarint(i.lineno - this.lineno);
    this.varint(i.endLineno - i.lineno);
    this.varint(i.colOffset + 1);
    this.varint(i.endColOffset + 1);
    this.lineno = i.lineno;
  }
}

function emitLocations(graph: Graph, firstlineno: number): Uint8Array {
  const w = new LocationWriter(firstlineno);
  for (const b of graph.layout()) {
    for (const ins of b.instr) {
      let isize = instrSize(ins);
      while (isize > 8) {
        w.entry(ins, 8);
        isize -= 8;
      }
      w.entry(ins, isize);
    }
  }
  return Uint8Array.from(w.out);
}

function emitExceptionTable(graph: Graph): Uint8Array {
  const out: number[] = [];
  const item = (value: number, msb: number): void => {
    if (value >= 1 << 24) {
      out.push((value >> 24) | 64 | msb);
      msb = 0;
    }
    if (value >= 1 << 18) {
      out.push(((value >> 18) & 0x3f) | 64 | msb);
      msb = 0;
    }
    if (value >= 1 << 12) {
      out.push(((value >> 12) & 0x3f) | 64 | msb);
      msb = 0;
    }
    if (value >= 1 << 6) {
      out.push(((value >> 6) & 0x3f) | 64 | msb);
      msb = 0;
    }
    out.push((value & 0x3f) | msb);
  };
  const entry = (start: number, end: number, handler: BasicBlock): void => {
    let depth = handler.startdepth - 1;
    if (handler.preserveLasti) depth -= 1;
    item(start, 128);
    item(end - start, 0);
    item(handler.offset, 0);
    item((depth << 1) | (handler.preserveLasti ? 1 : 0), 0);
  };
  let handler: BasicBlock | null = null;
  let start = -1;
  let ioffset = 0;
  for (const b of graph.layout()) {
    ioffset = b.offset;
    for (const ins of b.instr) {
      if (ins.except !== handler) {
        if (handler !== null) entry(start, ioffset, handler);
        start = ioffset;
        handler = ins.except;
      }
      ioffset += instrSize(ins);
    }
  }
  if (handler !== null) entry(start, ioffset, handler);
  return Uint8Array.from(out);
}
