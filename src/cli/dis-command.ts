// `pyc dis PATH`: the disassembly `python3 -m dis PATH` prints.
//   - A source file is compiled by pyc (as `python3 -m dis` compiles it: `compile(source, PATH,
//     'exec')`) and disassembled.
//   - A .pyc file is `dis.dis(marshal.loads(data[16:]))`: its code object, after the 16-byte
//     header. (`python3 -m dis x.pyc` would try to compile the .pyc's bytes as source and fail;
//     this is the useful reading of it.) Its header must carry 3.11's magic number.
// Code object addresses are made up (CPython prints memory addresses), and frozenset constants
// are listed in the order CPython gives them under PYTHONHASHSEED (0 when unset or random, where
// CPython's own order changes from run to run).

import { readFileSync } from 'node:fs';
import { disassemble } from '../dis/index.js';
import { HEADER_SIZE, MAGIC_BYTES } from '../pyc/index.js';
import { loads } from '../marshal/index.js';
import { PyCode } from '../bytecode/code.js';
import { compileSource, osErrorFailure } from './compile-source.js';

function isPyc(path: string, data: Uint8Array): boolean {
  return path.endsWith('.pyc') || (data.length >= HEADER_SIZE && MAGIC_BYTES.every((b, i) => data[i] === b));
}

export function disCommand(path: string): number {
  let data: Uint8Array;
  try {
    data = readFileSync(path);
  } catch (e) {
    process.stderr.write(`pyc dis: ${osErrorFailure(e, path).message}`);
    return 1;
  }
  if (isPyc(path, data)) {
    if (data.length < HEADER_SIZE || !MAGIC_BYTES.every((b, i) => data[i] === b)) {
      process.stderr.write(`pyc dis: ${path}: not a CPython 3.11 .pyc file (bad magic number)\n`);
      return 1;
    }
    let code: unknown;
    try {
      code = loads(data.subarray(HEADER_SIZE));
    } catch (e) {
      process.stderr.write(`pyc dis: ${path}: ${(e as Error).message}\n`);
      return 1;
    }
    if (!(code instanceof PyCode)) {
      process.stderr.write(`pyc dis: ${path}: the .pyc does not hold a code object\n`);
      return 1;
    }
    process.stdout.write(disassemble(code, { origin: 'marshal' }));
    return 0;
  }
  const outcome = compileSource(data, path);
  if (!outcome.ok) {
    process.stderr.write(outcome.message);
    return outcome.internal ? 2 : 1;
  }
  process.stderr.write(outcome.warnings);
  process.stdout.write(disassemble(outcome.code, { origin: 'compiler' }));
  return 0;
}
