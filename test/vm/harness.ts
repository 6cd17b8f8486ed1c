// Running a Python program both ways: with python3 (the oracle) and with pyc's VM on the .pyc
// python3 compiles, or on pyc's own compilation. The VM runs in this process with its standard
// streams captured, so hundreds of programs take seconds.

import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPyc } from '../../src/pyc/index.js';
import { runProgram, setFdWriter, setStdinSource } from '../../src/vm/index.js';
import { compileSource } from '../../src/cli/compile-source.js';
import { installCompiler } from '../../src/cli/run-command.js';

export const PYTHON = process.env['PYC_PYTHON'] ?? 'python3';
export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const programsDir = join(projectRoot, 'test', 'vm', 'programs');

export interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
}

/** Program files: test/vm/programs/*.py (helper modules live in test/vm/programs/lib/). */
export function listPrograms(): string[] {
  return readdirSync(programsDir).filter((f) => f.endsWith('.py')).sort().map((f) => join(programsDir, f));
}

export function programInput(path: string): string {
  const p = path.replace(/\.py$/, '.stdin');
  return existsSync(p) ? readFileSync(p, 'utf8') : '';
}

/** Copies a program (and the shared helper modules, from `lib`) into a fresh directory under `root`. */
export function stage(path: string, root = mkdtempSync(join(tmpdir(), 'pyc-vm-')), lib = join(programsDir, 'lib')): string {
  const dir = join(root, basename(path).replace(/\.py$/, ''));
  mkdirSync(dir, { recursive: true });
  copyFileSync(path, join(dir, basename(path)));
  if (existsSync(lib)) copyTree(lib, dir);
  return join(dir, basename(path));
}

function copyTree(src: string, dst: string): void {
  for (const f of readdirSync(src)) {
    const s = join(src, f);
    const d = join(dst, f);
    if (statSync(s).isDirectory()) {
      if (f === '__pycache__') continue;
      mkdirSync(d, { recursive: true });
      copyTree(s, d);
    } else copyFileSync(s, d);
  }
}

function exec(cmd: string, args: string[], input: string, cwd: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = execFile(cmd, args, { cwd, env: { ...process.env, PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '' }, maxBuffer: 1 << 28, encoding: 'utf8' }, (err, stdout, stderr) => {
      const status = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 1) : 0;
      resolve({ stdout, stderr, status });
    });
    child.stdin?.end(input);
  });
}

/** python3 PROGRAM (a .py, or the .pyc python3 compiled: the same bytecode the VM runs). */
export function runPython(path: string, input: string): Promise<Outcome> {
  return exec(PYTHON, [path], input, dirname(path));
}

/** python3 compiles every .py under `root` (one process), as `import` would cache them. */
export async function compileAllWithPython(root: string): Promise<void> {
  await exec(PYTHON, ['-m', 'compileall', '-q', root], '', root);
}

/** The .pyc python3 wrote for a program, copied next to it as PROG.pyc. */
export function pycFor(path: string): string {
  const dir = dirname(path);
  const cached = join(dir, '__pycache__', basename(path).replace(/\.py$/, '.cpython-311.pyc'));
  // Next to the source, so that `python3 PROG.pyc` finds sibling modules on sys.path[0].
  const pyc = path.replace(/\.py$/, '.pyc');
  copyFileSync(cached, pyc);
  return pyc;
}

/** python3 compiles the program and its directory's modules. */
export async function compileWithPython(path: string): Promise<string> {
  await compileAllWithPython(dirname(path));
  return pycFor(path);
}


/** Runs a code object on the VM in this process, capturing its output. */
function runCaptured(run: () => number, input: string): Outcome {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  setFdWriter((fd, data) => (fd === 2 ? err : out).push(Buffer.from(data)));
  setStdinSource(Buffer.from(input, 'utf8'));
  let status: number;
  try {
    status = run();
  } catch (e) {
    err.push(Buffer.from(`pyc internal error: ${(e as Error).stack ?? String(e)}\n`));
    status = 99;
  } finally {
    setFdWriter(null);
    setStdinSource(null);
  }
  return { stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), status };
}

/** The VM on python3's .pyc of the program. */
export function runVmOnPyc(pyc: string, path: string, input: string): Outcome {
  installCompiler();
  return runCaptured(() => {
    const code = readPyc(pyc).code;
    return runProgram(code, { argv: [pyc], file: pyc });
  }, input);
}

/** The VM on pyc's own compilation of the program. */
export function runVmOnSource(path: string, input: string): Outcome {
  installCompiler();
  let warnings = '';
  const o = runCaptured(() => {
    const r = compileSource(readFileSync(path), path);
    if (!r.ok) {
      setFdWriter(null);
      throw new Error(`pyc failed to compile ${path}: ${r.message}`);
    }
    warnings = r.warnings; // printed before the program runs, as `pyc run` does
    return runProgram(r.code, { argv: [path], file: path });
  }, input);
  return { ...o, stderr: warnings + o.stderr };
}

export function sameOutcome(a: Outcome, b: Outcome): boolean {
  return a.stdout === b.stdout && a.stderr === b.stderr && a.status === b.status;
}

/** A short description of the first difference. */
export function describeDiff(expected: Outcome, got: Outcome): string {
  const parts: string[] = [];
  if (expected.status !== got.status) parts.push(`exit status ${got.status}, expected ${expected.status}`);
  for (const k of ['stdout', 'stderr'] as const) {
    if (expected[k] === got[k]) continue;
    const e = expected[k].split('\n');
    const g = got[k].split('\n');
    let i = 0;
    while (i < e.length && i < g.length && e[i] === g[i]) i++;
    parts.push(`${k} line ${i + 1}:\n    expected: ${JSON.stringify(e[i] ?? '<end>')}\n    got:      ${JSON.stringify(g[i] ?? '<end>')}`);
  }
  return parts.join('\n  ');
}
