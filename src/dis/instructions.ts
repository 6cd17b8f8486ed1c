// Decoding 3.11 bytecode as dis does: code units of (opcode, oparg), inline CACHE entries skipped,
// EXTENDED_ARG prefixes folded into the next argument (wrapping as a C int), jump targets found,
// and each argument resolved to the value and text `dis.Instruction` gives it.

import { PyCode } from '../bytecode/code.js';
import {
  CACHE_ENTRIES,
  CMP_OP,
  DEOPT,
  HASCOMPARE,
  HASCONST,
  HASFREE,
  HASJABS,
  HASJREL,
  HASLOCAL,
  HASNAME,
  HAVE_ARGUMENT,
  NB_OPS,
  OPNAME,
  Op,
} from '../bytecode/opcodes.js';
import type { ConstRepr } from './const-repr.js';
import type { ExceptionTableEntry } from './exception-table.js';

/** One code unit as `dis._unpack_opargs` yields it: arg is null below HAVE_ARGUMENT. */
export interface RawInstruction {
  offset: number;
  op: number;
  arg: number | null;
}

export interface Instruction extends RawInstruction {
  opname: string;
  /** The text dis shows in parentheses after the argument ('' for none). */
  argrepr: string;
  /** The line this instruction starts, or null. */
  startsLine: number | null;
  isJumpTarget: boolean;
}

const INT_OVERFLOW = 2 ** 31;

/** `dis._is_backward_jump`: the opcode's name contains JUMP_BACKWARD. */
export function isBackwardJump(op: number): boolean {
  return (OPNAME[op] ?? '').includes('JUMP_BACKWARD');
}

/** `dis._unpack_opargs`. */
export function unpackOpargs(code: Uint8Array): RawInstruction[] {
  const out: RawInstruction[] = [];
  let extendedArg = 0;
  let caches = 0;
  for (let i = 0; i < code.length; i += 2) {
    if (caches) {
      caches--;
      continue;
    }
    const op = code[i]!;
    const deop = DEOPT[op]!;
    caches = CACHE_ENTRIES[deop]!;
    let arg: number | null = null;
    if (deop >= HAVE_ARGUMENT) {
      // `code[i+1] | extended_arg` on Python ints: extended_arg is a multiple of 256.
      arg = (code[i + 1] ?? 0) + extendedArg;
      extendedArg = deop === Op.EXTENDED_ARG ? arg * 256 : 0;
      if (extendedArg >= INT_OVERFLOW) extendedArg -= 2 * INT_OVERFLOW;
    } else {
      extendedArg = 0;
    }
    out.push({ offset: i, op, arg });
  }
  return out;
}

/** The target of a jump instruction, or null for other instructions. */
export function jumpTarget(ins: RawInstruction): number | null {
  if (ins.arg === null) return null;
  if (HASJREL.has(ins.op)) return ins.offset + 2 + (isBackwardJump(ins.op) ? -ins.arg : ins.arg) * 2;
  if (HASJABS.has(ins.op)) return ins.arg * 2;
  return null;
}

/** `dis.findlabels` plus the handlers of non-empty exception table ranges. */
export function findLabels(raw: readonly RawInstruction[], exceptionEntries: readonly ExceptionTableEntry[]): Set<number> {
  const labels = new Set<number>();
  for (const ins of raw) {
    const t = jumpTarget(ins);
    if (t !== null) labels.add(t);
  }
  for (const e of exceptionEntries) if (e.start < e.end) labels.add(e.target);
  return labels;
}

const FORMAT_VALUE_CONVERTERS = ['', 'str', 'repr', 'ascii'];
const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];

/** Python indexing: negative indexes count from the end; out of range is an IndexError. */
function pyIndex<T>(items: readonly T[], i: number, what: string): T {
  const k = i < 0 ? items.length + i : i;
  if (k < 0 || k >= items.length) throw new RangeError(`${what} index ${i} out of range`);
  return items[k]!;
}

/** `argrepr` of `_get_instructions_bytes` for one instruction. */
export function argRepr(ins: RawInstruction, code: PyCode, consts: ConstRepr): string {
  const { arg, offset } = ins;
  if (arg === null) return '';
  const deop = DEOPT[ins.op]!;
  if (HASCONST.has(deop)) {
    // KW_NAMES is in hasconst too, but only LOAD_CONST's value is looked up.
    return deop === Op.LOAD_CONST ? consts.repr(pyIndex(code.co_consts, arg, 'co_consts')) : '';
  }
  if (HASNAME.has(deop)) {
    if (deop === Op.LOAD_GLOBAL) {
      const name = pyIndex(code.co_names, Math.floor(arg / 2), 'co_names');
      return arg & 1 && name ? 'NULL + ' + name : name;
    }
    return pyIndex(code.co_names, arg, 'co_names');
  }
  if (HASJABS.has(deop)) return 'to ' + String(arg * 2);
  if (HASJREL.has(deop)) return 'to ' + String(offset + 2 + (isBackwardJump(deop) ? -arg : arg) * 2);
  if (HASLOCAL.has(deop) || HASFREE.has(deop)) return pyIndex(code.co_localsplusnames, arg, 'co_localsplusnames');
  if (HASCOMPARE.has(deop)) return pyIndex(CMP_OP, arg, 'cmp_op');
  if (deop === Op.FORMAT_VALUE) {
    let text = FORMAT_VALUE_CONVERTERS[arg & 3]!;
    if (arg & 4) text += (text ? ', ' : '') + 'with format';
    return text;
  }
  if (deop === Op.MAKE_FUNCTION) return MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(', ');
  if (deop === Op.BINARY_OP) return pyIndex(NB_OPS, arg, '_nb_ops')[1];
  return '';
}

/** `dis.get_instructions` with show_caches=False and adaptive=False. */
export function getInstructions(
  code: PyCode,
  consts: ConstRepr,
  linestarts: ReadonlyMap<number, number>,
  exceptionEntries: readonly ExceptionTableEntry[],
): Instruction[] {
  const raw = unpackOpargs(code.co_code);
  const labels = findLabels(raw, exceptionEntries);
  return raw.map((ins) => ({
    ...ins,
    opname: OPNAME[ins.op]!,
    argrepr: argRepr(ins, code, consts),
    startsLine: linestarts.get(ins.offset) ?? null,
    isJumpTarget: labels.has(ins.offset),
  }));
}
