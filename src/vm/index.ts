// The VM stage: runs CPython 3.11 code objects (from pyc's compiler or from CPython's .pyc
// files) with CPython's observable behaviour. Entry point: `runProgram`.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PyCode } from '../bytecode/code.js';
import { codeInfo } from './code-info.js';
import { createInterpreter, runMain, flushStreams } from './runtime.js';
import { setSourceCompiler, type SourceCompiler } from './import.js';

export { setSourceCompiler, type SourceCompiler };
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
