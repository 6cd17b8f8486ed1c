// The compiler's intermediate form: instructions with source locations, grouped in basic blocks
// (Python/compile.c of 3.11, `struct instr` and `basicblock`). Codegen appends to blocks, the
// flowgraph optimizer rewrites them, the assembler lays them out.
//
// Pseudo-instructions exist only here; they have negative numbers (as in 3.11) and become real
// instructions or NOPs before assembly: SETUP_* and POP_BLOCK become exception-table entries,
// the direction-free jumps become the FORWARD/BACKWARD variants once block order is final.

import { CACHE_ENTRIES, HAVE_ARGUMENT, HASJREL, Op } from './opcodes.js';

export const SETUP_FINALLY = -1;
export const SETUP_CLEANUP = -2;
export const SETUP_WITH = -3;
export const POP_BLOCK = -4;
export const JUMP = -5;
export const JUMP_NO_INTERRUPT = -6;
export const POP_JUMP_IF_FALSE = -7;
export const POP_JUMP_IF_TRUE = -8;
export const POP_JUMP_IF_NONE = -9;
export const POP_JUMP_IF_NOT_NONE = -10;

const PSEUDO_NAMES: Record<number, string> = {
  [SETUP_FINALLY]: 'SETUP_FINALLY',
  [SETUP_CLEANUP]: 'SETUP_CLEANUP',
  [SETUP_WITH]: 'SETUP_WITH',
  [POP_BLOCK]: 'POP_BLOCK',
  [JUMP]: 'JUMP',
  [JUMP_NO_INTERRUPT]: 'JUMP_NO_INTERRUPT',
  [POP_JUMP_IF_FALSE]: 'POP_JUMP_IF_FALSE',
  [POP_JUMP_IF_TRUE]: 'POP_JUMP_IF_TRUE',
  [POP_JUMP_IF_NONE]: 'POP_JUMP_IF_NONE',
  [POP_JUMP_IF_NOT_NONE]: 'POP_JUMP_IF_NOT_NONE',
};

export function isVirtualJump(op: number): boolean {
  return op <= JUMP && op >= POP_JUMP_IF_NOT_NONE;
}

/** A source span: CPython's four location fields; lineno -1 marks an artificial instruction. */
export interface Location {
  lineno: number;
  endLineno: number;
  colOffset: number;
  endColOffset: number;
}

export const NO_LOCATION: Readonly<Location> = Object.freeze({ lineno: -1, endLineno: 0, colOffset: 0, endColOffset: 0 });

export class Instr {
  constructor(
    public opcode: number,
    public oparg: number,
    public lineno: number,
    public endLineno: number,
    public colOffset: number,
    public endColOffset: number,
    /** Jump or SETUP_* target. */
    public target: BasicBlock | null = null,
    /** Innermost exception handler, set by the assembler. */
    public except: BasicBlock | null = null,
  ) {}

  clone(): Instr {
    return new Instr(this.opcode, this.oparg, this.lineno, this.endLineno, this.colOffset, this.endColOffset, this.target, this.except);
  }

  /** COPY_INSTR_LOC(this, to). */
  copyLocTo(to: Instr): void {
    to.lineno = this.lineno;
    to.endLineno = this.endLineno;
    to.colOffset = this.colOffset;
    to.endColOffset = this.endColOffset;
  }

  toString(): string {
    const name = opName(this.opcode);
    return this.target ? `${name} -> B${this.target.id}` : hasArg(this.opcode) ? `${name} ${this.oparg}` : name;
  }
}

export class BasicBlock {
  instr: Instr[] = [];
  /** Next block in layout (fall-through) order. */
  next: BasicBlock | null = null;
  predecessors = 0;
  startdepth = -1;
  offset = 0;
  /** Ends with a return, raise or unconditional jump. */
  nofallthrough = false;
  /** An exception handler that pushes lasti (target of SETUP_CLEANUP / SETUP_WITH). */
  preserveLasti = false;
  visited = false;
  /** Ends with a return or raise. */
  exit = false;
  /** A RETURN_VALUE was added to it. */
  hasReturn = false;
  exceptStack: ExceptStack | null = null;

  constructor(readonly id: number) {}

  get last(): Instr | undefined {
    return this.instr[this.instr.length - 1];
  }
}

export interface ExceptStack {
  handlers: (BasicBlock | null)[];
  depth: number;
}

export function opName(op: number): string {
  return op < 0 ? PSEUDO_NAMES[op]! : (OPNAMES_BASE[op] ?? `<${op}>`);
}

const OPNAMES_BASE: Record<number, string> = Object.fromEntries(Object.entries(Op).map(([k, v]) => [v, k]));

export function hasArg(op: number): boolean {
  return op < 0 || op >= HAVE_ARGUMENT;
}

/** A jump of any kind, pseudo or real (is_jump). */
export function isJump(i: Instr): boolean {
  return isVirtualJump(i.opcode) || (i.opcode >= 0 && HASJREL.has(i.opcode));
}

export function isRelativeJump(i: Instr): boolean {
  return i.opcode >= 0 && HASJREL.has(i.opcode);
}

export function isBlockPush(i: Instr): boolean {
  return i.opcode === SETUP_FINALLY || i.opcode === SETUP_WITH || i.opcode === SETUP_CLEANUP;
}

/** Instructions after which a new basic block begins (is_end_of_basic_block). */
export function isEndOfBasicBlock(i: Instr): boolean {
  return isJump(i) || i.opcode === Op.RETURN_VALUE || i.opcode === Op.RAISE_VARARGS || i.opcode === Op.RERAISE;
}

/** Code units taken by an instruction: EXTENDED_ARG prefixes, itself, its caches (instr_size). */
export function instrSize(i: Instr): number {
  const oparg = hasArg(i.opcode) ? i.oparg : 0;
  const extended = (oparg > 0xffffff ? 1 : 0) + (oparg > 0xffff ? 1 : 0) + (oparg > 0xff ? 1 : 0);
  return extended + 1 + CACHE_ENTRIES[i.opcode]!;
}

export const INVALID_STACK_EFFECT = 0x7fffffff;

/**
 * Net stack effect of an instruction (stack_effect in compile.c). `jump`: 0 for the fall-through
 * path, 1 for the jump (or exception) path, -1 for the maximum of both.
 */
export function stackEffect(opcode: number, oparg: number, jump: number): number {
  switch (opcode) {
    case Op.NOP:
    case Op.EXTENDED_ARG:
    case Op.RESUME:
    case Op.CACHE:
      return 0;
    case Op.POP_TOP:
      return -1;
    case Op.SWAP:
      return 0;
    case Op.UNARY_POSITIVE:
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_NOT:
    case Op.UNARY_INVERT:
      return 0;
    case Op.SET_ADD:
    case Op.LIST_APPEND:
      return -1;
    case Op.MAP_ADD:
      return -2;
    case Op.BINARY_SUBSCR:
      return -1;
    case Op.STORE_SUBSCR:
      return -3;
    case Op.DELETE_SUBSCR:
      return -2;
    case Op.GET_ITER:
      return 0;
    case Op.PRINT_EXPR:
      return -1;
    case Op.LOAD_BUILD_CLASS:
      return 1;
    case Op.RETURN_VALUE:
      return -1;
    case Op.IMPORT_STAR:
      return -1;
    case Op.SETUP_ANNOTATIONS:
      return 0;
    case Op.ASYNC_GEN_WRAP:
    case Op.YIELD_VALUE:
      return 0;
    case POP_BLOCK:
      return 0;
    case Op.POP_EXCEPT:
      return -1;
    case Op.STORE_NAME:
      return -1;
    case Op.DELETE_NAME:
      return 0;
    case Op.UNPACK_SEQUENCE:
      return oparg - 1;
    case Op.UNPACK_EX:
      return (oparg & 0xff) + (oparg >> 8);
    case Op.FOR_ITER:
      return jump > 0 ? -1 : 1;
    case Op.SEND:
      return jump > 0 ? -1 : 0;
    case Op.STORE_ATTR:
      return -2;
    case Op.DELETE_ATTR:
      return -1;
    case Op.STORE_GLOBAL:
      return -1;
    case Op.DELETE_GLOBAL:
      return 0;
    case Op.LOAD_CONST:
      return 1;
    case Op.LOAD_NAME:
      return 1;
    case Op.BUILD_TUPLE:
    case Op.BUILD_LIST:
    case Op.BUILD_SET:
    case Op.BUILD_STRING:
      return 1 - oparg;
    case Op.BUILD_MAP:
      return 1 - 2 * oparg;
    case Op.BUILD_CONST_KEY_MAP:
      return -oparg;
    case Op.LOAD_ATTR:
      return 0;
    case Op.COMPARE_OP:
    case Op.IS_OP:
    case Op.CONTAINS_OP:
      return -1;
    case Op.CHECK_EXC_MATCH:
      return 0;
    case Op.CHECK_EG_MATCH:
      return 0;
    case Op.IMPORT_NAME:
      return -1;
    case Op.IMPORT_FROM:
      return 1;
    case Op.JUMP_FORWARD:
    case Op.JUMP_BACKWARD:
    case JUMP:
    case Op.JUMP_BACKWARD_NO_INTERRUPT:
    case JUMP_NO_INTERRUPT:
      return 0;
    case Op.JUMP_IF_TRUE_OR_POP:
    case Op.JUMP_IF_FALSE_OR_POP:
      return jump ? 0 : -1;
    case Op.POP_JUMP_BACKWARD_IF_NONE:
    case Op.POP_JUMP_FORWARD_IF_NONE:
    case POP_JUMP_IF_NONE:
    case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
    case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
    case POP_JUMP_IF_NOT_NONE:
    case Op.POP_JUMP_FORWARD_IF_FALSE:
    case Op.POP_JUMP_BACKWARD_IF_FALSE:
    case POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_FORWARD_IF_TRUE:
    case Op.POP_JUMP_BACKWARD_IF_TRUE:
    case POP_JUMP_IF_TRUE:
      return -1;
    case Op.LOAD_GLOBAL:
      return (oparg & 1) + 1;
    case SETUP_FINALLY:
      return jump ? 1 : 0;
    case SETUP_CLEANUP:
      return jump ? 2 : 0;
    case SETUP_WITH:
      return jump ? 1 : 0;
    case Op.PREP_RERAISE_STAR:
      return -1;
    case Op.RERAISE:
      return -1;
    case Op.PUSH_EXC_INFO:
      return 1;
    case Op.WITH_EXCEPT_START:
      return 1;
    case Op.LOAD_FAST:
      return 1;
    case Op.STORE_FAST:
      return -1;
    case Op.DELETE_FAST:
      return 0;
    case Op.RETURN_GENERATOR:
      return 0;
    case Op.RAISE_VARARGS:
      return -oparg;
    case Op.PRECALL:
      return -oparg;
    case Op.KW_NAMES:
      return 0;
    case Op.CALL:
      return -1;
    case Op.CALL_FUNCTION_EX:
      return -2 - ((oparg & 0x01) !== 0 ? 1 : 0);
    case Op.MAKE_FUNCTION:
      return -((oparg & 0x01) !== 0 ? 1 : 0) - ((oparg & 0x02) !== 0 ? 1 : 0) - ((oparg & 0x04) !== 0 ? 1 : 0) - ((oparg & 0x08) !== 0 ? 1 : 0);
    case Op.BUILD_SLICE:
      return oparg === 3 ? -2 : -1;
    case Op.MAKE_CELL:
    case Op.COPY_FREE_VARS:
      return 0;
    case Op.LOAD_CLOSURE:
      return 1;
    case Op.LOAD_DEREF:
    case Op.LOAD_CLASSDEREF:
      return 1;
    case Op.STORE_DEREF:
      return -1;
    case Op.DELETE_DEREF:
      return 0;
    case Op.GET_AWAITABLE:
      return 0;
    case Op.BEFORE_ASYNC_WITH:
    case Op.BEFORE_WITH:
      return 1;
    case Op.GET_AITER:
      return 0;
    case Op.GET_ANEXT:
      return 1;
    case Op.GET_YIELD_FROM_ITER:
      return 0;
    case Op.END_ASYNC_FOR:
      return -2;
    case Op.FORMAT_VALUE:
      return (oparg & 0x4) === 0x4 ? -1 : 0;
    case Op.LOAD_METHOD:
      return 1;
    case Op.LOAD_ASSERTION_ERROR:
      return 1;
    case Op.LIST_TO_TUPLE:
      return 0;
    case Op.LIST_EXTEND:
    case Op.SET_UPDATE:
    case Op.DICT_MERGE:
    case Op.DICT_UPDATE:
      return -1;
    case Op.MATCH_CLASS:
      return -2;
    case Op.GET_LEN:
    case Op.MATCH_MAPPING:
    case Op.MATCH_SEQUENCE:
    case Op.MATCH_KEYS:
      return 1;
    case Op.COPY:
    case Op.PUSH_NULL:
      return 1;
    case Op.BINARY_OP:
      return -1;
    default:
      return INVALID_STACK_EFFECT;
  }
}
