// Child processes for subprocess / os.system, without fork. The VM runs on a Node worker where
// only synchronous spawning fits the interpreter's synchronous I/O, so:
//   - os.pipe() makes in-memory pipes, with descriptor numbers of their own (VFD_BASE up);
//   - _posixsubprocess.fork_exec() records the child and checks it can be executed (the
//     exec-error pipe protocol of _posixsubprocess), and runs it with spawnSync when the program
//     first needs it: once its stdin pipe is closed, or when its output is read, polled or waited for;
//   - the child's output is kept in its pipes, or written to this process's stdout / stderr
//     channels when inherited (so captured and ordered like the program's own output).

import { spawnSync } from 'node:child_process';
import { accessSync, constants as fsc, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { resolvePath, getCwd } from './cwd.js';
import { fileURLToPath } from 'node:url';

export const VFD_BASE = 1 << 20;

interface VPipe {
  chunks: Uint8Array[];
  readers: number;
  writers: number;
  /** The child writing into this pipe (its stdout / stderr), if any. */
  producer: VProcess | null;
  /** The child reading this pipe as its stdin, if any. */
  consumer: VProcess | null;
}

interface VFd {
  pipe: VPipe;
  write: boolean;
}

export interface VProcess {
  pid: number;
  argv: string[];
  executable: string;
  cwd: string;
  env: Record<string, string> | null;
  stdin: number;
  stdout: number;
  stderr: number;
  /** The pipes among stdin / stdout / stderr (their descriptors may be closed in the parent). */
  stdinPipe: VPipe | null;
  stdoutPipe: VPipe | null;
  stderrPipe: VPipe | null;
  ran: boolean;
  /** waitpid status (exit code << 8, or the signal number). */
  status: number;
  reaped: boolean;
  killedBy: number;
}

const fds = new Map<number, VFd>();
const procs = new Map<number, VProcess>();
let nextFd = VFD_BASE;
let nextPid = 0;

/** Where the output of children with inherited stdout/stderr goes (the VM's channels). */
let outputSink: ((fd: number, data: Uint8Array) => void) | null = null;

export function setChildOutputSink(f: (fd: number, data: Uint8Array) => void): void {
  outputSink = f;
}

export function isVirtualFd(fd: number): boolean {
  return fds.has(fd);
}

export function vpipe(): [number, number] {
  const p: VPipe = { chunks: [], readers: 1, writers: 1, producer: null, consumer: null };
  const r = nextFd++;
  const w = nextFd++;
  fds.set(r, { pipe: p, write: false });
  fds.set(w, { pipe: p, write: true });
  return [r, w];
}

export function vdup(fd: number): number {
  const e = fds.get(fd)!;
  if (e.write) e.pipe.writers++;
  else e.pipe.readers++;
  const n = nextFd++;
  fds.set(n, { pipe: e.pipe, write: e.write });
  return n;
}

export function vclose(fd: number): void {
  const e = fds.get(fd);
  if (e === undefined) return;
  fds.delete(fd);
  if (e.write) {
    e.pipe.writers--;
    // the child's stdin reached end of file: it can run now
    if (e.pipe.writers <= 0 && e.pipe.consumer !== null && !e.pipe.consumer.ran) runChild(e.pipe.consumer);
  } else e.pipe.readers--;
}

/** Data available on a read end, running its producer first if it has not run. */
export function vread(fd: number, n: number): Uint8Array {
  const e = fds.get(fd)!;
  const p = e.pipe;
  if (p.chunks.length === 0 && p.producer !== null && !p.producer.ran) runChild(p.producer);
  if (p.chunks.length === 0) return new Uint8Array(0);
  let out: Uint8Array;
  const first = p.chunks[0]!;
  if (first.length <= n) {
    out = first;
    p.chunks.shift();
  } else {
    out = first.slice(0, n);
    p.chunks[0] = first.subarray(n);
  }
  return out;
}

/** Whether a read on `fd` would not block (for select). */
export function vreadable(fd: number): boolean {
  const e = fds.get(fd)!;
  const p = e.pipe;
  if (p.chunks.length > 0) return true;
  if (p.producer !== null) {
    if (!p.producer.ran && (p.producer.stdinPipe === null || p.producer.stdinPipe.writers <= 0)) runChild(p.producer);
    return p.producer.ran;
  }
  return p.writers <= 0;
}

export function vwrite(fd: number, data: Uint8Array): number {
  const e = fds.get(fd)!;
  if (e.pipe.readers <= 0 && e.pipe.consumer === null) {
    throw Object.assign(new Error('EPIPE'), { code: 'EPIPE' });
  }
  if (e.pipe.consumer !== null && e.pipe.consumer.ran) throw Object.assign(new Error('EPIPE'), { code: 'EPIPE' });
  e.pipe.chunks.push(data.slice());
  return data.length;
}

function isExecutable(p: string): boolean {
  try {
    const st = statSync(p);
    if (!st.isFile()) return false;
    accessSync(p, fsc.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The errno fork_exec's child would report, or 0. */
function execErrno(path: string): number {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return 13;
    accessSync(path, fsc.X_OK);
    return 0;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'EACCES' ? 13 : code === 'ENOTDIR' ? 20 : 2;
  }
}

/** bin/pyc.js, for children started as sys.executable (this VM's Python). */
const PYC_BIN = fileURLToPath(new URL('../../../bin/pyc.js', import.meta.url));

/** Interpreter options python3 takes that `pyc run` has no use for (and would refuse). */
const PY_FLAGS_NOARG = new Set(['-I', '-E', '-S', '-s', '-u', '-B', '-b', '-bb', '-O', '-OO', '-q', '-d', '-v', '-vv', '-R', '-i', '-P']);
const PY_FLAGS_ARG = new Set(['-X', '-W', '--check-hash-based-pycs']);

/** argv of a child that runs this VM as `pyc run`, for a python3-style argv (after argv[0]). */
function pycArgv(rest: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  for (; i < rest.length; i++) {
    const a = rest[i]!;
    if (PY_FLAGS_NOARG.has(a) || /^-[IEsSuBbOqdvRiP]+$/.test(a)) continue;
    if (PY_FLAGS_ARG.has(a)) {
      i++;
      continue;
    }
    if (/^-[XW]./.test(a)) continue;
    break;
  }
  return [PYC_BIN, 'run', ...rest.slice(i)];
}

export interface ForkExecRequest {
  argv: string[];
  executables: string[];
  cwd: string | null;
  env: Record<string, string> | null;
  p2cread: number;
  c2pwrite: number;
  errwrite: number;
  errpipeWrite: number;
}

/**
 * _posixsubprocess.fork_exec: returns the child's pid; exec errors go to the error pipe as
 * "OSError:<hex errno>:" (or ":noexec" when the working directory is bad), as the C child writes.
 */
export function forkExec(req: ForkExecRequest): number {
  const pid = 100000 + ++nextPid;
  const cwd = req.cwd === null ? getCwd() : resolvePath(req.cwd);
  let executable = '';
  let err = 0;
  let noexec = false;
  try {
    if (!statSync(cwd).isDirectory()) {
      err = 20;
      noexec = true;
    }
  } catch {
    err = 2;
    noexec = true;
  }
  if (!noexec) {
    err = 0;
    for (const cand of req.executables) {
      const full = isAbsolute(cand) ? cand : resolvePath(cand.startsWith('/') ? cand : `${cwd}/${cand}`);
      const e = execErrno(full);
      if (e === 0) {
        executable = full;
        err = 0;
        break;
      }
      if (err === 0 || (err === 2 && e !== 2)) err = e;
    }
    if (executable === '' && err === 0) err = 2;
  }
  const proc: VProcess = {
    pid, argv: req.argv, executable, cwd, env: req.env, stdin: req.p2cread, stdout: req.c2pwrite, stderr: req.errwrite,
    stdinPipe: fds.get(req.p2cread)?.pipe ?? null, stdoutPipe: fds.get(req.c2pwrite)?.pipe ?? null, stderrPipe: fds.get(req.errwrite)?.pipe ?? null,
    ran: false, status: 0, reaped: false, killedBy: 0,
  };
  procs.set(pid, proc);
  if (err !== 0) {
    proc.ran = true;
    proc.status = 255 << 8;
    const msg = `OSError:${err.toString(16)}:${noexec ? 'noexec' : ''}`;
    if (isVirtualFd(req.errpipeWrite)) vwrite(req.errpipeWrite, new Uint8Array(Buffer.from(msg)));
    return pid;
  }
  if (proc.stdoutPipe) proc.stdoutPipe.producer = proc;
  if (proc.stderrPipe) proc.stderrPipe.producer = proc;
  if (proc.stdinPipe) proc.stdinPipe.consumer = proc;
  else runChild(proc);
  return pid;
}

function runChild(proc: VProcess): void {
  if (proc.ran) return;
  proc.ran = true;
  let input: Uint8Array | undefined;
  const stdio: (number | 'pipe' | 'inherit' | 'ignore')[] = ['pipe', 'pipe', 'pipe'];
  const inp = proc.stdinPipe;
  if (inp !== null) {
    input = Buffer.concat(inp.chunks);
    inp.chunks = [];
  } else if (proc.stdin >= 0) stdio[0] = proc.stdin;
  else stdio[0] = 'inherit';
  const merged = proc.stderr >= 0 && proc.stderr === proc.stdout;
  const outPipe = proc.stdoutPipe ?? undefined;
  const errPipe = merged ? undefined : proc.stderrPipe ?? undefined;
  if (outPipe === undefined && proc.stdout >= 0) stdio[1] = proc.stdout;
  if (!merged && errPipe === undefined && proc.stderr >= 0) stdio[2] = proc.stderr;
  if (merged && outPipe === undefined && proc.stdout >= 0) stdio[2] = proc.stdout;
  let file = proc.executable;
  let args = proc.argv.slice(1);
  let argv0: string | undefined = proc.argv[0];
  if (file === process.execPath) {
    // sys.executable is node: the child is another `pyc run`
    args = pycArgv(args);
    argv0 = undefined;
  }
  if (merged && outPipe !== undefined) {
    // one pipe for both streams, in the order the child writes them
    args = ['-c', `exec 2>&1; exec "$@"`, 'sh', file, ...args];
    file = '/bin/sh';
    argv0 = undefined;
  }
  const r = spawnSync(file, args, {
    argv0, cwd: proc.cwd, env: proc.env ?? process.env, input, stdio: stdio as never, maxBuffer: 1 << 30,
  });
  const out = r.stdout as Buffer | null;
  const errOut = r.stderr as Buffer | null;
  if (out && out.length) {
    if (outPipe !== undefined) outPipe.chunks.push(new Uint8Array(out));
    else if (proc.stdout < 0) outputSink?.(1, new Uint8Array(out));
  }
  if (errOut && errOut.length) {
    if (errPipe !== undefined) errPipe.chunks.push(new Uint8Array(errOut));
    else if (proc.stderr < 0) outputSink?.(2, new Uint8Array(errOut));
    else if (merged && outPipe !== undefined) outPipe.chunks.push(new Uint8Array(errOut));
  }
  if (proc.killedBy) proc.status = proc.killedBy;
  else if (r.signal) proc.status = signalNumber(r.signal);
  else proc.status = ((r.status ?? 0) & 0xff) << 8;
}

const SIGNALS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15 };

function signalNumber(name: string): number {
  return SIGNALS[name] ?? 9;
}

export function isVirtualPid(pid: number): boolean {
  return procs.has(pid);
}

/** waitpid for a child made by forkExec: [pid, status], or null when it has been reaped. */
export function vwaitpid(pid: number): [number, number] | null {
  const p = procs.get(pid);
  if (p === undefined || p.reaped) return null;
  runChild(p);
  p.reaped = true;
  return [pid, p.status];
}

/** Any child not yet reaped (os.wait / waitpid(-1)). */
export function vwaitAny(): [number, number] | null {
  for (const p of procs.values()) if (!p.reaped) return vwaitpid(p.pid);
  return null;
}

/** kill() of a child that has not run: it never will, and reads as killed by the signal. */
export function vkill(pid: number, sig: number): boolean {
  const p = procs.get(pid);
  if (p === undefined) return false;
  if (!p.ran && sig !== 0) {
    p.ran = true;
    p.killedBy = sig;
    p.status = sig;
  }
  return true;
}

/** os.system: runs `command` with /bin/sh; returns the wait status. */
export function system(command: string): number {
  const r = spawnSync('/bin/sh', ['-c', command], { cwd: getCwd(), env: process.env, stdio: ['inherit', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  if (r.stdout && r.stdout.length) outputSink?.(1, new Uint8Array(r.stdout));
  if (r.stderr && r.stderr.length) outputSink?.(2, new Uint8Array(r.stderr));
  if (r.signal) return signalNumber(r.signal);
  return ((r.status ?? 127) & 0xff) << 8;
}

/** Per-interpreter reset (tests run several interpreters in one process). */
export function resetVproc(): void {
  fds.clear();
  procs.clear();
}

void isExecutable;
