// Start-up: installs every builtin type's methods (in dependency order), creates the sys and
// builtins modules and the standard streams, and runs a main module the way `python3 FILE`
// does, including the uncaught-exception report and SystemExit handling.

import { initNamespace } from './namespace.js';
import { dirname, resolve } from 'node:path';
import type { Value } from './object.js';
import { None, typeOf } from './type.js';
import { PyDict, dictType } from './dict.js';
import { listType } from './list.js';
import { floatType } from './float.js';
import { methodDescrType } from './function.js';
import { initEval, setSysModule } from './eval.js';
import { initObjectAndType, setKeyErrorRef, setUnionMaker } from './object-methods.js';
import { initNumbers } from './number-methods.js';
import { initStr } from './str-methods.js';
import { initLists, setMemoryErrorRef } from './list-methods.js';
import { initDictsAndSets } from './dict-methods.js';
import { initMisc } from './misc-methods.js';
import { initExceptions } from './exc-methods.js';
import { initAliases, makeUnion } from './alias.js';
import { installCodecFallback } from './codec-registry.js';
import { resetVproc } from './vproc.js';
import { resetCwd } from './cwd.js';
import { intDigitsLimit, INT_MAX_STR_DIGITS } from './int.js';
import { builtinImporterType, pathFinderType, initImportSpec } from './importspec.js';
import { PyList } from './list.js';
import { initIO, PyTextIO, makeStdStream, flushFdChannels, resetIOState } from './io.js';
import { initBytes } from './bytes-methods.js';
import { makeBuiltins } from './builtins.js';
import { makeSys } from './sys.js';
import { PyModule } from './module.js';
import { execModule, initImport, registerNativeModule } from './import.js';
import { registerStdModules } from './modules/index.js';
import { excIs, isExcInstance, KeyError, MemoryError, PyBaseException, SystemExit } from './exceptions.js';
import { call, getAttrOpt, str, strValue } from './abstract.js';
import { formatException, setTracebackLimitHook } from './traceback.js';
import { TS } from './thread.js';
import { toPyException } from './eval.js';
import type { CodeInfo } from './code-info.js';
import { intValue } from './numeric.js';
import { setNativeMaker } from './except-star.js';
import { PyBuiltin } from './function.js';

let initialized = false;

function initTypes(): void {
  if (initialized) return;
  initialized = true;
  initObjectAndType();
  initNumbers();
  initStr();
  initLists();
  initDictsAndSets();
  initMisc();
  initExceptions();
  initAliases();
  initIO();
  installCodecFallback();
  initImportSpec();
  initBytes();
  initNamespace();
  setKeyErrorRef(KeyError);
  setMemoryErrorRef(MemoryError);
  setUnionMaker(makeUnion);
  setNativeMaker((f) => new PyBuiltin('matcher', (args) => f(args[0]!)));
  initEval({ float: floatType, list: listType, dict: dictType, methodDescr: methodDescrType, keyError: KeyError });
  registerStdModules();
}

export interface RunOptions {
  /** sys.argv */
  argv: string[];
  /** The directory put first on sys.path (the script's). */
  scriptDir: string;
  /** CPython's Lib directory, or null when unknown (lazy resolution). */
  stdlib: () => string | null;
}

export interface Interpreter {
  sys: PyModule;
  builtins: PyModule;
  stdout: PyTextIO;
  stderr: PyTextIO;
}

export function createInterpreter(opts: RunOptions): Interpreter {
  initTypes();
  TS.frame = null;
  TS.depth = 0;
  TS.recursionLimit = 1000;
  TS.exc = { value: None, prev: null };
  TS.escaping = null;
  TS.asyncgenFirstiter = None;
  TS.asyncgenFinalizer = None;
  resetIOState();
  intDigitsLimit.value = INT_MAX_STR_DIGITS;
  resetVproc();
  resetCwd();
  const stdin = makeStdStream(0, '<stdin>', false, 'strict');
  const stdout = makeStdStream(1, '<stdout>', true, 'strict');
  const stderr = makeStdStream(2, '<stderr>', true, 'backslashreplace');
  const stdlib = opts.stdlib();
  const path = [opts.scriptDir === '' ? '' : resolve(opts.scriptDir)];
  if (stdlib) path.push(stdlib, `${stdlib}/lib-dynload`);
  const sys = makeSys({ argv: opts.argv, path, executable: process.execPath, stdlib }, stdout, stderr, stdin);
  const builtins = makeBuiltins(() => sys.ns);
  const modules = sys.ns.getStr('modules') as PyDict;
  modules.setStr('sys', sys);
  modules.setStr('builtins', builtins);
  setSysModule(sys);
  registerNativeModule('sys', () => undefined);
  registerNativeModule('builtins', () => undefined);
  initImport({ modules, path: sys.ns.getStr('path') as never, builtins, stdlibResolver: opts.stdlib });
  (sys.ns.getStr('meta_path') as PyList).items.push(builtinImporterType, pathFinderType);
  setTracebackLimitHook(() => {
    const l = sys.ns.getStr('tracebacklimit');
    if (l === undefined) return 1000;
    const n = intValue(l);
    return n === undefined ? 1000 : Number(n);
  });
  return { sys, builtins, stdout, stderr };
}

/** Flushes the standard streams (as Py_FinalizeEx does). */
export function flushStreams(it: Interpreter): void {
  for (const name of ['stdout', 'stderr']) {
    const s = it.sys.ns.getStr(name);
    try {
      if (s instanceof PyTextIO) s.flush();
      else if (s !== undefined && s !== None) {
        const fl = getAttrOpt(s, 'flush');
        if (fl !== undefined) call(fl, []);
      }
    } catch {
      // ignore, as CPython does at shutdown
    }
  }
  for (const s of [it.stdout, it.stderr]) {
    try {
      s.flush();
    } catch {
      // closed by the program
    }
  }
  flushFdChannels();
}

/** Prints an uncaught exception via sys.excepthook; returns the exit status (handles SystemExit). */
export function handleUncaught(it: Interpreter, e: unknown): number {
  const exc = toPyException(e);
  if (excIs(exc, SystemExit)) return systemExitStatus(it, exc);
  const hook = it.sys.ns.getStr('excepthook');
  try {
    flushStdoutOnly(it);
    if (hook !== undefined) call(hook, [typeOf(exc), exc, exc.traceback ?? None]);
    else it.stderr.write(formatException(exc));
  } catch (e2) {
    const x = toPyException(e2);
    if (isExcInstance(x, SystemExit)) return systemExitStatus(it, x);
    it.stderr.write('Error in sys.excepthook:\n' + formatException(x) + '\nOriginal exception was:\n' + formatException(exc));
  }
  return 1;
}

function flushStdoutOnly(it: Interpreter): void {
  const s = it.sys.ns.getStr('stdout');
  try {
    if (s instanceof PyTextIO) s.flush();
    else if (s !== undefined && s !== None) callMethodOpt(s, 'flush');
  } catch {
    // CPython ignores a failing flush here too
  }
}

function callMethodOpt(o: Value, name: string): void {
  const f = getAttrOpt(o, name);
  if (f !== undefined) call(f, []);
}

/** handle_system_exit (Python/pythonrun.c). */
function systemExitStatus(it: Interpreter, exc: PyBaseException): number {
  const code = exc.field('code');
  if (code === None) return 0;
  const i = intValue(code);
  if (i !== undefined) return Number(BigInt.asIntN(32, BigInt(i))) & 0xff;
  const err = it.sys.ns.getStr('stderr');
  const text = strValue(code) ?? str(code);
  if (err instanceof PyTextIO) err.write(text + '\n');
  else if (err !== undefined && err !== None) call(getAttrOpt(err, 'write')!, [text + '\n']);
  return 1;
}

/** Runs `code` as the __main__ module; returns the process exit status. */
export function runMain(it: Interpreter, code: CodeInfo | (() => CodeInfo), file: string | null, pkg: string | null = null): number {
  const main = new PyModule('__main__');
  // CPython's order: add_main_module's __annotations__ and __builtins__, then runpy's __file__.
  main.ns.setStr('__annotations__', new PyDict());
  main.ns.setStr('__builtins__', it.builtins);
  if (pkg !== null) main.ns.setStr('__package__', pkg);
  if (file !== null) {
    main.ns.setStr('__file__', file);
    main.ns.setStr('__cached__', None);
  }
  (it.sys.ns.getStr('modules') as PyDict).setStr('__main__', main);
  let status = 0;
  try {
    execModule(typeof code === 'function' ? code() : code, main);
  } catch (e) {
    status = handleUncaught(it, e);
  }
  status = runAtExit(it, status);
  flushStreams(it);
  return status;
}

let atexitRunner: ((it: Interpreter) => void) | null = null;
export function setAtExitRunner(f: (it: Interpreter) => void): void {
  atexitRunner = f;
}

function runAtExit(it: Interpreter, status: number): number {
  if (atexitRunner === null) return status;
  try {
    atexitRunner(it);
  } catch (e) {
    const exc = toPyException(e);
    if (isExcInstance(exc, SystemExit)) return systemExitStatus(it, exc);
  }
  return status;
}

export { TS, dirname };
export type { Value };
