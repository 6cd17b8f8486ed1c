// The disassembler: `dis.dis` of CPython 3.11 for pyc's code objects, text for text.
//
//   instructions.ts     code units, CACHE entries, EXTENDED_ARG, jump targets, argument text
//   line-table.ts       co_lines() and line starts from the PEP 657 location table
//   exception-table.ts  the zero-cost exception table
//   const-repr.ts       repr of constants (code objects, frozensets in CPython's order)
//   py-hash.ts, set-order.ts, interned.ts  CPython's hash(), set layout and interned strs, for that order
//   format.ts           the text layout

import type { PyCode } from '../bytecode/code.js';
import { ConstRepr, identifiersOf, type ConstOrigin } from './const-repr.js';
import { disassembleRecursive } from './format.js';
import { hashSecretFromEnv, type HashSecret } from './py-hash.js';

export interface DisOptions {
  /**
   * 'marshal' for a code object read from a .pyc, 'compiler' for one fresh from the compiler;
   * it decides the order frozenset constants print in (default 'marshal').
   */
  origin?: ConstOrigin;
  /** The str/bytes hash key CPython would use (default: from PYTHONHASHSEED, seed 0 if unset or random). */
  hashSecret?: HashSecret;
  /** Nesting depth of code objects to show (default: all, as `dis.dis`). */
  depth?: number | null;
}

/** The text `dis.dis(code)` prints. */
export function disassemble(code: PyCode, options: DisOptions = {}): string {
  const origin = options.origin ?? 'marshal';
  const secret = options.hashSecret ?? hashSecretFromEnv(process.env['PYTHONHASHSEED']);
  const consts = new ConstRepr(secret, origin, origin === 'compiler' ? identifiersOf(code) : undefined);
  return disassembleRecursive(code, consts, options.depth ?? null);
}

export { disassembleOne, formatInstruction } from './format.js';
export { ConstRepr, identifiersOf, type ConstOrigin } from './const-repr.js';
export { getInstructions, unpackOpargs, findLabels, type Instruction, type RawInstruction } from './instructions.js';
export { coLines, findLinestarts, lineRanges, type LineRange } from './line-table.js';
export { parseExceptionTable, type ExceptionTableEntry } from './exception-table.js';
export { hashSecretFromSeed, hashSecretFromEnv, pyHash, type HashSecret } from './py-hash.js';
export { frozensetOrder } from './set-order.js';
