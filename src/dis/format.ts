// dis's text layout (Lib/dis.py of 3.11: `Instruction._disassemble`, `_disassemble_bytes`,
// `_disassemble_recursive`), with its default flags: no CACHE entries, no adaptive code, no
// current-instruction marker.

import { PyCode } from '../bytecode/code.js';
import type { ConstRepr } from './const-repr.js';
import { parseExceptionTable } from './exception-table.js';
import { getInstructions, type Instruction } from './instructions.js';
import { findLinestarts } from './line-table.js';

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;

/** `Instruction._disassemble(lineno_width, False, offset_width)`. */
export function formatInstruction(ins: Instruction, linenoWidth: number, offsetWidth: number): string {
  const fields: string[] = [];
  if (linenoWidth) fields.push(ins.startsLine !== null ? String(ins.startsLine).padStart(linenoWidth) : ' '.repeat(linenoWidth));
  fields.push('   ');
  fields.push(ins.isJumpTarget ? '>>' : '  ');
  fields.push(String(ins.offset).padStart(offsetWidth));
  fields.push(ins.opname.padEnd(OPNAME_WIDTH));
  if (ins.arg !== null) {
    fields.push(String(ins.arg).padStart(OPARG_WIDTH));
    if (ins.argrepr) fields.push('(' + ins.argrepr + ')');
  }
  return fields.join(' ').replace(/\s+$/, '');
}

/** `dis.disassemble(code)`: one code object, without the ones nested in it. */
export function disassembleOne(code: PyCode, consts: ConstRepr): string {
  const linestarts = findLinestarts(code);
  const exceptionEntries = parseExceptionTable(code.co_exceptiontable);
  let linenoWidth = 0;
  if (linestarts.size > 0) {
    const maxLine = Math.max(...linestarts.values());
    linenoWidth = maxLine >= 1000 ? String(maxLine).length : 3;
  }
  const maxOffset = code.co_code.length - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  const lines: string[] = [];
  for (const ins of getInstructions(code, consts, linestarts, exceptionEntries)) {
    if (linenoWidth && ins.startsLine !== null && ins.offset > 0) lines.push('');
    lines.push(formatInstruction(ins, linenoWidth, offsetWidth));
  }
  if (exceptionEntries.length > 0) {
    lines.push('ExceptionTable:');
    for (const e of exceptionEntries) lines.push(`  ${e.start} to ${e.end - 2} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
  }
  return lines.map((l) => l + '\n').join('');
}

/** `dis.dis(code)`: the code object, then each code object in its constants, depth first. */
export function disassembleRecursive(code: PyCode, consts: ConstRepr, depth: number | null = null): string {
  let out = disassembleOne(code, consts);
  if (depth === null || depth > 0) {
    const next = depth === null ? null : depth - 1;
    for (const c of code.co_consts) {
      if (c instanceof PyCode) out += `\nDisassembly of ${consts.codeRepr(c)}:\n` + disassembleRecursive(c, consts, next);
    }
  }
  return out;
}
