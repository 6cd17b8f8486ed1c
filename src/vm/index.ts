// The VM stage: runs CPython 3.11 code objects (from pyc's compiler or from CPython's .pyc
// files) with CPython's observable behaviour. Entry point: `runProgram`.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PyCode } from '../bytecode/code.js';
import { codeInfo } from './code-info.js';
import { createInterpreter, runMain, flushStreams } from './runtime.js';
import { setSourceCompiler, type SourceCompiler, importAbs, locateModule, codeForFile } from './import.js';
import type { CodeInfo } from './code-info.js';
import type { Value } from './object.js';
import { PyList } from './list.js';
import { PyDict } from './dict.js';
import { PyModule } from './module.js';
import { getAttrOpt, repr, str, strValue, toArray } from './abstract.js';
import { newExc, ImportError, SystemExit, PyBaseException } from './exceptions.js';
import { isSubtype, typeOf } from './type.js';

export { setSourceCompiler, type SourceCompiler };
export { setAstTools, type AstTools } from './import.js';
export { setFdWriter, setStdinSource } from './io.js';

export interface ProgramOptions {
  /** sys.argv (argv[0] is the script path as given). */
  argv: string[];
  /** The path shown as __main__.__file__ (CPython: the absolute script path). */
  file: string;
  /** CPython's Lib directory; by default $PYC_STDLIB, else asked of python3 once and cached. */
  stdlib?: string | null;
}

let stdlibCache: string | null | undefined;

/**
 * The machine's CPython Lib directory: $PYC_STDLIB, else a cached answer, else python3's
 * sysconfig (asked once, only when a module must be found on sys.path).
 */
export function findStdlib(): string | null {
  if (stdlibCache !== undefined) return stdlibCache;
  const env = process.env['PYC_STDLIB'];
  if (env) return (stdlibCache = env);
  const cacheFile = join(tmpdir(), 'pyc-stdlib-path.txt');
  try {
    const c = readFileSync(cacheFile, 'utf8').trim();
    if (c && existsSync(join(c, 'os.py'))) return (stdlibCache = c);
  } catch {
    // no cache yet
  }
  try {
    const out = execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (out && existsSync(join(out, 'os.py'))) {
      try {
        mkdirSync(dirname(cacheFile), { recursive: true });
        writeFileSync(cacheFile, out + '\n');
      } catch {
        // caching is best effort
      }
      return (stdlibCache = out);
    }
  } catch {
    // no python3
  }
  return (stdlibCache = null);
}

/** `python3 -c CODE args`: the code runs as __main__ without __file__, sys.path[0] = ''. */
export function runCommandString(code: PyCode, args: string[], stdlib?: string | null): number {
  const it = createInterpreter({ argv: ['-c', ...args], scriptDir: '', stdlib: () => (stdlib !== undefined ? stdlib : findStdlib()) });
  try {
    return runMain(it, codeInfo(code), null);
  } finally {
    flushStreams(it);
  }
}

/**
 * `python3 -m MODULE args` (runpy._run_module_as_main): parent packages are imported, a package
 * runs its __main__ submodule, and the module's file runs as __main__ with sys.argv[0] = its path.
 */
export function runModuleAsMain(name: string, args: string[], stdlib?: string | null): number {
  const it = createInterpreter({ argv: ['-m', ...args], scriptDir: process.cwd(), stdlib: () => (stdlib !== undefined ? stdlib : findStdlib()) });
  executable = strValue(it.sys.ns.getStr('executable') ?? 'python3') ?? 'python3';
  try {
    let file = '';
    let modName = name;
    const code = (): CodeInfo => {
      for (let depth = 0; ; depth++) {
        const dot = modName.lastIndexOf('.');
        let path: Value[] | null = null;
        if (dot >= 0) {
          let parent: Value;
          try {
            parent = importAbs(modName.slice(0, dot));
          } catch (e) {
            if (e instanceof PyBaseException && isSubtype(typeOf(e), ImportError)) {
              throw exitWith(`Error while finding module specification for ${repr(modName)} (${typeOf(e).name}: ${e.args.length ? str(e.args[0]!) : ''})`);
            }
            throw e;
          }
          const p = getAttrOpt(parent, '__path__');
          path = p === undefined ? [] : toArray(p);
        }
        const found = locateModule(modName, path);
        if (found === null) throw noModule(name, modName);
        if (found.pkgDir !== null) {
          if (depth > 0) throw noModule(name, modName);
          importAbs(modName);
          modName = `${modName}.__main__`;
          continue;
        }
        file = found.file;
        const argv = it.sys.ns.getStr('argv');
        if (argv instanceof PyList) argv.items[0] = file;
        const main = (it.sys.ns.getStr('modules') as PyDict).getStr('__main__');
        if (main instanceof PyModule) {
          main.ns.setStr('__file__', file);
          main.ns.setStr('__package__', modName.includes('.') ? modName.slice(0, modName.lastIndexOf('.')) : '');
        }
        return codeForFile(file, modName).code;
      }
    };
    const dot = name.lastIndexOf('.');
    return runMain(it, code, null, dot >= 0 ? name.slice(0, dot) : '');
  } finally {
    flushStreams(it);
  }
}

function noModule(requested: string, name: string): PyBaseException {
  return exitWith(name.endsWith('.__main__') ? `No module named ${name}; '${requested}' is a package and cannot be directly executed` : `No module named ${name}`);
}

let executable = 'python3';

/** runpy's _Error: sys.exit("%s: %s" % (sys.executable, msg)). */
function exitWith(msg: string): PyBaseException {
  return newExc(SystemExit, `${executable}: ${msg}`);
}

/** Runs a module code object as __main__; returns the exit status. */
export function runProgram(code: PyCode, opts: ProgramOptions): number {
  const scriptDir = dirname(opts.file);
  const it = createInterpreter({
    argv: opts.argv,
    scriptDir,
    stdlib: () => (opts.stdlib !== undefined ? opts.stdlib : findStdlib()),
  });
  try {
    return runMain(it, codeInfo(code), opts.file);
  } finally {
    flushStreams(it);
  }
}
