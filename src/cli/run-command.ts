// `pyc run [--backend vm] FILE [args...]`: runs a program as `python3 FILE args...` does.
//   - FILE.pyc: any CPython 3.11 .pyc (CPython's own too): its code object runs as __main__.
//   - FILE.py: compiled in memory by pyc's compiler.
// Modules imported by the program are compiled by pyc's compiler too (or, for CPython's
// standard library, loaded from the .pyc files python3 left in __pycache__).

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HEADER_SIZE, MAGIC_BYTES, parsePyc } from '../pyc/index.js';
import { compile } from '../compiler/index.js';
import type * as ast from '../../generated/ast.js';
import { parseBytes, parseText } from '../parse/parser.js';
import { tokenizerKnowsEncoding } from '../parse/errors.js';
import { decodeSource } from '../tokenize/decode.js';
import { PySyntaxError } from '../diagnostics/syntax-error.js';
import type { PyCode } from '../bytecode/code.js';
import { runCommandString, runModuleAsMain, runProgram, setSourceCompiler, setAstTools } from '../vm/index.js';
import { raiseSyntaxError, emitCompileWarnings, nonUtf8SourceMessage } from '../vm/syntax-error.js';
import type { CompileWarning } from '../compiler/codegen.js';
import { compileSource } from './compile-source.js';
import { tokenizerWarnings } from '../tokenize/layout.js';

export interface RunOptions {
  backend?: string;
  /** -c CODE: run the program text CODE (sys.argv[0] == '-c'). */
  command?: string;
  /** -m MODULE: run a module found on sys.path as __main__. */
  module?: string;
  /** The CPython Lib directory (default: $PYC_STDLIB, else python3's). */
  stdlib?: string;
  /** Show JavaScript stacks for internal VM errors. */
  debug?: boolean;
}

function isPyc(path: string, data: Uint8Array): boolean {
  return path.endsWith('.pyc') || (data.length >= HEADER_SIZE && MAGIC_BYTES.every((b, i) => data[i] === b));
}

/** Gives the VM pyc's compiler, for imports and for exec / eval / compile of source text. */
export function installCompiler(): void {
  const parse = (bytes: Uint8Array, filename: string, mode: string, fromStr = false): ast.mod => {
    // compile(str): the text is the str itself (no coding cookie), and error offsets count
    // characters; compile(bytes) decodes as a file does
    const module = (): ast.Module => (fromStr ? parseText(Buffer.from(bytes).toString('utf8'), filename, 'File') as ast.Module : parseBytes(bytes, filename));
    try {
      if (mode === 'exec') return module();
      if (mode === 'eval') {
        if (fromStr) return parseText(Buffer.from(bytes).toString('utf8'), filename, 'Eval') as ast.mod;
        return parseText(decodeSource(bytes).text, filename, 'Eval', { convertToChars: tokenizerKnowsEncoding(bytes) }) as ast.mod;
      }
      if (mode === 'single') {
        const m = module();
        // one logical line: simple statements joined by ';' share a line with their predecessor
        let n = 1;
        while (n < m.body.length && m.body[n]!.lineno === m.body[n - 1]!.end_lineno) n++;
        if (m.body.length > n) {
          const second = m.body[n]!;
          throw new PySyntaxError({ type: 'SyntaxError', msg: 'multiple statements found while compiling a single statement', lineno: second.lineno, offset: second.col_offset + 1, end_lineno: second.end_lineno, end_offset: (second.end_col_offset ?? 0) + 1 });
        }
        return { _type: 'Interactive', body: m.body } as ast.Interactive;
      }
      throw new Error(`pyc: parsing in '${mode}' mode is not supported yet`);
    } catch (e) {
      if (e instanceof PySyntaxError) raiseSyntaxError(e.type, e.info(), filename, bytes, mode !== 'eval');
      throw e;
    }
  };
  setSourceCompiler((bytes, filename, mode, fromStr) => {
    tokenizerWarnings.length = 0;
    const tree = parse(bytes, filename, mode, fromStr);
    const early = tokenizerWarnings.splice(0).map((w) => ({ message: w.message, lineno: w.lineno, col: w.offset - 1, endCol: w.offset - 1 }));
    emitCompileWarnings(early, filename);
    try {
      const warnings: CompileWarning[] = [];
      const code = compile(tree, filename, { warnings });
      emitCompileWarnings(warnings, filename);
      return code;
    } catch (e) {
      if (e instanceof PySyntaxError) raiseSyntaxError(e.type, e.info(), filename, bytes);
      throw e;
    }
  });
  setAstTools({
    parse,
    compile(tree, filename, optimize) {
      try {
        const warnings: CompileWarning[] = [];
        const code = compile(tree as ast.mod, filename, { optimize, warnings });
        emitCompileWarnings(warnings, filename);
        return code;
      } catch (e) {
        if (e instanceof PySyntaxError) raiseSyntaxError(e.type, e.info(), filename, new Uint8Array(0));
        throw e;
      }
    },
  });
}

/** The main script's path as CPython 3.11 makes it absolute (_Py_abspath: cwd + '/' + path). */
function absPath(p: string): string {
  return p.startsWith('/') ? p : `${process.cwd()}/${p}`;
}

export function runCommand(file: string | undefined, args: string[], opts: RunOptions): number {
  if (opts.backend && opts.backend !== 'vm') {
    process.stderr.write(`pyc run: unknown backend '${opts.backend}' (available: vm)\n`);
    return 2;
  }
  if (opts.debug) process.env['PYC_DEBUG'] = '1';
  if (opts.stdlib !== undefined) process.env['PYC_STDLIB'] = resolve(opts.stdlib);
  // With -c / -m, FILE (if any) is the program's first argument.
  const rest = file === undefined ? args : [file, ...args];
  if (opts.command !== undefined) {
    installCompiler();
    const r = compileSource(Buffer.from(opts.command, 'utf8'), '<string>');
    if (!r.ok) {
      process.stderr.write(r.message);
      return 1;
    }
    return runCommandString(r.code, rest);
  }
  if (opts.module !== undefined) {
    installCompiler();
    return runModuleAsMain(opts.module, rest);
  }
  if (file === undefined) {
    process.stderr.write('pyc run: a FILE, -c CODE or -m MODULE is required (pyc has no interactive mode)\n');
    return 2;
  }
  let data: Uint8Array;
  try {
    data = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const text = code === 'ENOENT' ? 'No such file or directory' : code === 'EISDIR' ? 'Is a directory' : (e as Error).message;
    const errno = code === 'ENOENT' ? 2 : code === 'EISDIR' ? 21 : 1;
    process.stderr.write(`pyc: can't open file ${JSON.stringify(resolve(file)).replace(/^"|"$/g, "'")}: [Errno ${errno}] ${text}\n`);
    return 2;
  }
  installCompiler();
  let code: PyCode;
  let mainFile: string;
  if (isPyc(file, data)) {
    if (data.length < HEADER_SIZE || !MAGIC_BYTES.every((b, i) => data[i] === b)) {
      process.stderr.write(`RuntimeError: Bad magic number in .pyc file\n`);
      return 1;
    }
    code = parsePyc(data, file).code;
    mainFile = absPath(file);
  } else {
    mainFile = absPath(file);
    const nonUtf8 = nonUtf8SourceMessage(data, mainFile);
    if (nonUtf8 !== null) return process.stderr.write(`SyntaxError: ${nonUtf8}\n`), 1;
    const r = compileSource(data, mainFile);
    if (!r.ok) {
      process.stderr.write(r.message);
      return 1;
    }
    if (r.warnings) process.stderr.write(r.warnings);
    code = r.code;
  }
  return runProgram(code, { argv: [file, ...args], file: mainFile });
}
