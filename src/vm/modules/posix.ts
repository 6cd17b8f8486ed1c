// posix (a subset of Modules/posixmodule.c): enough for os, os.path, shutil basics, tempfile
// names and pathlib to import and for common file operations.

import * as fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { cpus, userInfo, hostname, release, type, arch, loadavg } from 'node:os';
import { PyObject, type Value } from '../object.js';
import type { PyModule } from '../module.js';
import { builtinType, None, objectType, PyType, tupleTypeRef, typeOf } from './posix-types.js';
import { PyDict } from '../dict.js';
import { PySet } from '../set.js';
import { PyList } from '../list.js';
import { PyTuple, tuple, tupleType } from '../tuple.js';
import { PyBytes, PyByteArray, bytesOf } from '../bytes.js';
import { PyFloat } from '../float.js';
import { def } from './util.js';
import { getset, method, methodRaw, PyBuiltin } from '../function.js';
import { bindKw } from '../number-methods.js';
import { truthy as truthyV } from '../abstract.js';
import {
  newExc, valueError, OSError, ChildProcessError, ProcessLookupError, FileNotFoundError, FileExistsError, PermissionError, IsADirectoryError, NotADirectoryError, typeError, PyBaseException,
} from '../exceptions.js';
import { callSpecial, index, strValue, toArray, repr } from '../abstract.js';
import { intValue } from '../numeric.js';
import { structSeqType, structSeqNew } from '../structseq.js';
import { fdRead, fdWrite, fdSeek, trackFd, fdPositions, fdAppend, flushFdChannels, syncPendingWrites } from '../io.js';
import { bufferData } from '../bytes.js';
import { setItemHook } from './posix-types.js';

import { ERRNO_OF, STRERROR, oserror } from '../oserror.js';
import { getCwd, setCwd, resolvePath } from '../cwd.js';
import { vpipe, vdup, vclose, isVirtualFd, vwaitpid, vwaitAny, vkill, system as vsystem } from '../vproc.js';
export { STRERROR };
void ERRNO_OF;

/** A path argument: str, bytes or os.PathLike; returns [path, wasBytes]. */
export function pathArg(v: Value, fname = 'stat'): [string, boolean] {
  const [p, b] = pathArgRaw(v, fname);
  return [resolvePath(p), b];
}

/** A path argument as given (not resolved against the current directory). */
export function pathArgRaw(v: Value, fname = 'stat'): [string, boolean] {
  const s = strValue(v);
  if (s !== undefined) return [s, false];
  if (v instanceof PyBytes) return [Buffer.from(v.data).toString('utf8'), true];
  const fsp = callSpecial(v, '__fspath__', []);
  if (fsp !== undefined) return pathArgRaw(fsp, fname);
  throw typeError(`${fname}: path should be string, bytes or os.PathLike, not ${typeOf(v).name}`);
}

function wrapPath(s: string, asBytes: boolean): Value {
  return asBytes ? new PyBytes(new Uint8Array(Buffer.from(s, 'utf8'))) : s;
}

let statResultType: PyType | null = null;

function statResult(st: fs.Stats): Value {
  const sec = (ms: number): number => Math.floor(ms / 1000);
  const fields = [st.mode, st.ino, st.dev, st.nlink, st.uid, st.gid, st.size, sec(st.atimeMs), sec(st.mtimeMs), sec(st.ctimeMs)];
  const t = new PyTuple(fields, statResultType!);
  const extra: Record<string, Value> = {
    st_atime: new PyFloat(st.atimeMs / 1000), st_mtime: new PyFloat(st.mtimeMs / 1000), st_ctime: new PyFloat(st.ctimeMs / 1000),
    st_atime_ns: BigInt(Math.round(st.atimeMs * 1e6)), st_mtime_ns: BigInt(Math.round(st.mtimeMs * 1e6)), st_ctime_ns: BigInt(Math.round(st.ctimeMs * 1e6)),
    st_blksize: st.blksize, st_blocks: st.blocks, st_rdev: st.rdev,
  };
  (t as unknown as { extra: Record<string, Value> }).extra = extra;
  return t;
}

export function initPosix(m: PyModule): void {
  const statNames = ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime_int', 'st_mtime_int', 'st_ctime_int'];
  statResultType = new PyType('stat_result', [tupleType], tupleTypeRef(), 0);
  statResultType.moduleName = 'os';
  statNames.forEach((n, i) => {
    if (!n.endsWith('_int')) getset(statResultType!, n, (self: PyTuple) => self.items[i]!);
  });
  for (const n of ['st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns', 'st_blksize', 'st_blocks', 'st_rdev']) {
    getset(statResultType, n, (self) => (self as unknown as { extra: Record<string, Value> }).extra[n]!);
  }
  method(statResultType, '__repr__', 0, 0, (self: PyTuple) => `os.stat_result(${statNames.slice(0, 7).map((n, i) => `${n}=${repr(self.items[i]!)}`).join(', ')}, st_atime=${repr(self.items[7]!)}, st_mtime=${repr(self.items[8]!)}, st_ctime=${repr(self.items[9]!)})`);
  m.ns.setStr('stat_result', statResultType);

  const env = new PyDict();
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined) env.set(new PyBytes(new Uint8Array(Buffer.from(k))), new PyBytes(new Uint8Array(Buffer.from(v))));
  }
  m.ns.setStr('environ', env);
  m.ns.setStr('error', OSError);
  m.ns.setStr('_have_functions', new PyList(['HAVE_FSTATAT', 'HAVE_FCHDIR', 'HAVE_FCHMOD', 'HAVE_FTRUNCATE', 'HAVE_LSTAT', 'HAVE_MKDIRAT', 'HAVE_UNLINKAT', 'HAVE_RENAMEAT', 'HAVE_OPENAT', 'HAVE_READLINKAT']));
  const consts: Record<string, number> = {
    F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_APPEND: 1024, O_CREAT: 64, O_EXCL: 128, O_TRUNC: 512,
    O_NONBLOCK: 2048, O_NOFOLLOW: 131072, O_DIRECTORY: 65536, O_CLOEXEC: 524288, O_ACCMODE: 3, O_NOCTTY: 256, O_SYNC: 1052672,
    SEEK_SET: 0, SEEK_CUR: 1, SEEK_END: 2, WNOHANG: 1, EX_OK: 0, TMP_MAX: 238328, NGROUPS_MAX: 65536,
  };
  for (const [k, v] of Object.entries(consts)) m.ns.setStr(k, v);
  def(m, 'getcwd', () => getCwd());
  def(m, 'getcwdb', () => new PyBytes(new Uint8Array(Buffer.from(getCwd()))));
  def(m, 'chdir', (args) => {
    const a = args[0]!;
    const fd = intValue(a);
    try {
      if (fd !== undefined) throw Object.assign(new Error('fchdir'), { code: 'ENOTSUP' });
      const [p] = pathArg(a, 'chdir');
      const full = resolvePath(p);
      if (!fs.statSync(full).isDirectory()) throw Object.assign(new Error('ENOTDIR'), { code: 'ENOTDIR' });
      fs.accessSync(full, fs.constants.X_OK);
      setCwd(full);
    } catch (e) {
      throw oserror(e, a);
    }
    return None;
  });
  const statFn = (follow: boolean) => (args: Value[]): Value => {
    const a = args[0]!;
    const fd = intValue(a);
    try {
      if (fd !== undefined) return statResult(fs.fstatSync(Number(fd)));
      const [p] = pathArg(a);
      return statResult(follow ? fs.statSync(p) : fs.lstatSync(p));
    } catch (e) {
      throw oserror(e, a);
    }
  };
  def(m, 'stat', statFn(true));
  def(m, 'lstat', statFn(false));
  def(m, 'fstat', statFn(true));
  def(m, 'listdir', (args) => {
    const a = args.length ? args[0]! : '.';
    const [p, b] = pathArg(a, 'listdir');
    try {
      return new PyList(fs.readdirSync(p).map((n) => wrapPath(n, b)));
    } catch (e) {
      throw oserror(e, a);
    }
  });
  def(m, 'mkdir', (args) => {
    const [p] = pathArg(args[0]!, 'mkdir');
    const mode = args.length > 1 ? Number(index(args[1]!)) : 0o777;
    try {
      fs.mkdirSync(p, { mode });
    } catch (e) {
      throw oserror(e, args[0]!);
    }
    return None;
  });
  def(m, 'rmdir', (args) => {
    const [p] = pathArg(args[0]!, 'rmdir');
    try {
      fs.rmdirSync(p);
    } catch (e) {
      throw oserror(e, args[0]!);
    }
    return None;
  });
  const unlink = (args: Value[]): Value => {
    const [p] = pathArg(args[0]!, 'remove');
    try {
      fs.unlinkSync(p);
    } catch (e) {
      throw oserror(e, args[0]!);
    }
    return None;
  };
  def(m, 'unlink', unlink);
  def(m, 'remove', unlink);
  const rename = (args: Value[]): Value => {
    const [a] = pathArg(args[0]!, 'rename');
    const [b] = pathArg(args[1]!, 'rename');
    try {
      fs.renameSync(a, b);
    } catch (e) {
      throw oserror(e, args[0]!, args[1]!);
    }
    return None;
  };
  def(m, 'rename', rename);
  def(m, 'replace', rename);
  def(m, 'access', (args) => {
    const [p] = pathArg(args[0]!, 'access');
    try {
      fs.accessSync(p, Number(index(args[1]!)));
      return true;
    } catch {
      return false;
    }
  });
  def(m, 'readlink', (args) => {
    const [p, b] = pathArg(args[0]!, 'readlink');
    try {
      return wrapPath(fs.readlinkSync(p), b);
    } catch (e) {
      throw oserror(e, args[0]!);
    }
  });
  def(m, 'symlink', (args) => {
    const [a] = pathArgRaw(args[0]!);
    const [b] = pathArg(args[1]!);
    try {
      fs.symlinkSync(a, b);
    } catch (e) {
      throw oserror(e, args[0]!, args[1]!);
    }
    return None;
  });
  def(m, 'chmod', (args) => {
    const [p] = pathArg(args[0]!, 'chmod');
    try {
      fs.chmodSync(p, Number(index(args[1]!)));
    } catch (e) {
      throw oserror(e, args[0]!);
    }
    return None;
  });
  def(m, 'utime', () => None);
  def(m, 'open', (args) => {
    const [p] = pathArg(args[0]!, 'open');
    const flags = Number(index(args[1]!));
    const mode = args.length > 2 ? Number(index(args[2]!)) : 0o777;
    try {
      const fd = fs.openSync(p, flags, mode);
      trackFd(fd, 0);
      if (flags & fs.constants.O_APPEND) {
        fdAppend.add(fd);
        if (fdPositions.has(fd)) fdPositions.set(fd, fs.fstatSync(fd).size);
      }
      return fd;
    } catch (e) {
      throw oserror(e, args[0]!);
    }
  });
  def(m, 'close', (args) => {
    try {
      const fd = Number(index(args[0]!));
      fdPositions.delete(fd);
      fdAppend.delete(fd);
      if (isVirtualFd(fd)) vclose(fd);
      else fs.closeSync(fd);
    } catch (e) {
      throw oserror(e);
    }
    return None;
  });
  def(m, 'closerange', () => None);
  def(m, 'read', (args) => {
    const fd = Number(index(args[0]!));
    const n = Number(index(args[1]!));
    if (n < 0) throw newExc(OSError, 22, 'Invalid argument');
    return new PyBytes(fdRead(fd, n).slice());
  });
  def(m, 'write', (args) => {
    const fd = Number(index(args[0]!));
    const d = bufferData(args[1]!);
    if (d === null) throw typeError(`a bytes-like object is required, not '${typeOf(args[1]!).name}'`);
    const r = fdWrite(fd, d);
    if (fd === 1 || fd === 2) flushFdChannels();
    return r;
  });
  def(m, 'lseek', (args) => fdSeek(Number(index(args[0]!)), Number(index(args[1]!)), Number(index(args[2]!))));
  def(m, 'fsync', () => None);
  def(m, 'ftruncate', (args) => {
    fs.ftruncateSync(Number(index(args[0]!)), Number(index(args[1]!)));
    return None;
  });
  def(m, 'isatty', (args) => {
    const fd = Number(index(args[0]!));
    return (fd === 1 && process.stdout.isTTY === true) || (fd === 2 && process.stderr.isTTY === true) || (fd === 0 && process.stdin.isTTY === true);
  });
  def(m, 'getpid', () => process.pid);
  def(m, 'getppid', () => process.ppid);
  def(m, 'getuid', () => process.getuid?.() ?? 0);
  def(m, 'geteuid', () => process.geteuid?.() ?? 0);
  def(m, 'getgid', () => process.getgid?.() ?? 0);
  def(m, 'getegid', () => process.getegid?.() ?? 0);
  def(m, 'getlogin', () => userInfo().username);
  def(m, 'umask', () => 0o22);
  def(m, 'cpu_count', () => cpus().length);
  def(m, 'urandom', (args) => new PyBytes(new Uint8Array(randomBytes(Number(index(args[0]!))))));
  def(m, 'strerror', (args) => STRERROR[Number(index(args[0]!))] ?? `Unknown error ${String(args[0])}`);
  def(m, 'fspath', (args) => {
    const v = args[0]!;
    if (strValue(v) !== undefined || v instanceof PyBytes) return v;
    const r = callSpecial(v, '__fspath__', []);
    if (r === undefined) throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(v).name}`);
    return r;
  });
  def(m, '_exit', (args) => {
    process.exit(Number(index(args[0]!)));
  });
  def(m, 'abort', () => {
    process.abort();
  });
  const envStr = (v: Value): string => strValue(v) ?? (v instanceof PyBytes ? Buffer.from(v.data).toString('utf8') : pathArgRaw(v)[0]);
  def(m, 'putenv', (args) => {
    process.env[envStr(args[0]!)] = envStr(args[1]!);
    return None;
  });
  def(m, 'unsetenv', (args) => {
    delete process.env[envStr(args[0]!)];
    return None;
  });
  def(m, 'device_encoding', () => None);
  const terminalSize = structSeqType('terminal_size', 'os', ['columns', 'lines']);
  const unameResult = structSeqType('uname_result', 'posix', ['sysname', 'nodename', 'release', 'version', 'machine']);
  const timesResult = structSeqType('times_result', 'posix', ['user', 'system', 'children_user', 'children_system', 'elapsed']);
  m.ns.setStr('terminal_size', terminalSize);
  m.ns.setStr('uname_result', unameResult);
  m.ns.setStr('times_result', timesResult);
  def(m, 'get_terminal_size', (args) => {
    const fd = args.length ? Number(index(args[0]!)) : 1;
    const stream = fd === 2 ? process.stderr : fd === 0 ? process.stdin : process.stdout;
    const tty = stream as unknown as { columns?: number; rows?: number };
    if (tty.columns === undefined) throw newExc(OSError, 25, 'Inappropriate ioctl for device');
    return structSeqNew(terminalSize, [tty.columns, tty.rows ?? 24]);
  });
  def(m, 'uname', () => structSeqNew(unameResult, [type(), hostname(), release(), '', arch() === 'x64' ? 'x86_64' : arch()]));
  def(m, 'times', () => {
    const u = process.cpuUsage();
    return structSeqNew(timesResult, [new PyFloat(u.user / 1e6), new PyFloat(u.system / 1e6), new PyFloat(0), new PyFloat(0), new PyFloat(process.uptime())]);
  });
  def(m, 'waitstatus_to_exitcode', (args) => Number(index(args[0]!)) >> 8);
  // Processes: pyc runs one process and starts none.
  def(m, 'waitpid', (args) => {
    const pid = Number(index(args[0]!));
    const r = pid === -1 || pid === 0 ? vwaitAny() : vwaitpid(pid);
    if (r === null) throw newExc(ChildProcessError, 10, 'No child processes');
    return tuple(r);
  });
  def(m, 'wait', () => {
    const r = vwaitAny();
    if (r === null) throw newExc(ChildProcessError, 10, 'No child processes');
    return tuple(r);
  });
  def(m, 'kill', (args) => {
    const pid = Number(index(args[0]!));
    if (vkill(pid, Number(index(args[1]!)))) return None;
    if (pid === process.pid || pid === 0) throw newExc(PermissionError, 1, 'Operation not permitted');
    throw newExc(ProcessLookupError, 3, 'No such process');
  });
  dirEntryType.moduleName = 'posix';
  m.ns.setStr('DirEntry', dirEntryType);
  def(m, 'truncate', (args) => {
    const a = args[0]!;
    const fd = intValue(a);
    try {
      if (fd !== undefined) fs.ftruncateSync(Number(fd), Number(index(args[1]!)));
      else fs.truncateSync(pathArg(a, 'truncate')[0], Number(index(args[1]!)));
    } catch (e) {
      throw oserror(e, a);
    }
    return None;
  });
  def(m, 'link', (args) => {
    const [a] = pathArg(args[0]!, 'link');
    const [b] = pathArg(args[1]!, 'link');
    try {
      fs.linkSync(a, b);
    } catch (e) {
      throw oserror(e, args[0]!, args[1]!);
    }
    return None;
  });
  def(m, 'fchmod', (args) => {
    try {
      fs.fchmodSync(Number(index(args[0]!)), Number(index(args[1]!)));
    } catch (e) {
      throw oserror(e);
    }
    return None;
  });
  def(m, 'chown', () => None);
  def(m, 'lchown', () => None);
  def(m, 'fchown', () => None);
  def(m, 'sync', () => None);
  def(m, 'fdatasync', () => None);
  def(m, 'getloadavg', () => tuple(loadavg()));
  def(m, 'getpgrp', () => process.pid);
  def(m, 'getpgid', () => process.pid);
  def(m, 'getsid', () => process.pid);
  def(m, 'getgroups', () => new PyList([process.getgid?.() ?? 0]));
  def(m, 'sched_getaffinity', () => {
    const s = new PySet();
    cpus().forEach((_, i) => s.add(i, i));
    return s;
  });
  def(m, 'sysconf', (args) => {
    const n = strValue(args[0]!) ?? String(args[0]);
    const table: Record<string, number> = { SC_PAGE_SIZE: 4096, SC_PAGESIZE: 4096, SC_NPROCESSORS_CONF: cpus().length, SC_NPROCESSORS_ONLN: cpus().length, SC_CLK_TCK: 100, SC_OPEN_MAX: 1024, SC_ARG_MAX: 2097152 };
    const v = table[n];
    if (v === undefined) throw valueError('unrecognized configuration name');
    return v;
  });
  m.ns.setStr('sysconf_names', new PyDict());
  for (const [k, v] of Object.entries({ EX_USAGE: 64, EX_DATAERR: 65, EX_NOINPUT: 66, EX_NOUSER: 67, EX_NOHOST: 68, EX_UNAVAILABLE: 69, EX_SOFTWARE: 70, EX_OSERR: 71, EX_OSFILE: 72, EX_CANTCREAT: 73, EX_IOERR: 74, EX_TEMPFAIL: 75, EX_PROTOCOL: 76, EX_NOPERM: 77, EX_CONFIG: 78, O_DSYNC: 4096, O_NDELAY: 2048, O_ASYNC: 8192, O_DIRECT: 16384, O_LARGEFILE: 0, O_NOATIME: 262144, O_PATH: 2097152, O_TMPFILE: 4259840, O_RSYNC: 1052672, O_FSYNC: 1052672, SEEK_DATA: 3, SEEK_HOLE: 4, RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, F_LOCK: 1, F_TLOCK: 2, F_ULOCK: 0, F_TEST: 3, PRIO_PROCESS: 0, PRIO_PGRP: 1, PRIO_USER: 2 })) m.ns.setStr(k, v);
  def(m, 'pipe', () => tuple(vpipe()));
  def(m, 'pipe2', () => tuple(vpipe()));
  def(m, 'dup', (args) => {
    const fd = Number(index(args[0]!));
    if (isVirtualFd(fd)) return vdup(fd);
    throw newExc(OSError, 38, 'Function not implemented');
  });
  def(m, 'system', (args) => {
    flushFdChannels();
    const cmd = strValue(args[0]!) ?? pathArgRaw(args[0]!)[0];
    return vsystem(cmd);
  });
  const ws = (f: (st: number) => Value) => (args: Value[]): Value => f(Number(index(args[0]!)));
  def(m, 'WIFEXITED', ws((st) => (st & 0x7f) === 0));
  def(m, 'WEXITSTATUS', ws((st) => (st >> 8) & 0xff));
  def(m, 'WIFSIGNALED', ws((st) => ((st & 0x7f) + 1) >> 1 > 0 && (st & 0x7f) !== 0));
  def(m, 'WTERMSIG', ws((st) => st & 0x7f));
  def(m, 'WIFSTOPPED', ws((st) => (st & 0xff) === 0x7f));
  def(m, 'WSTOPSIG', ws((st) => (st >> 8) & 0xff));
  for (const [k, v] of [['WNOHANG', 1], ['WUNTRACED', 2], ['WCONTINUED', 8], ['P_PID', 1], ['P_ALL', 0], ['WEXITED', 4], ['WNOWAIT', 0x1000000]] as const) m.ns.setStr(k, v);
  def(m, '_path_normpath', (args) => {
    const [p, b] = pathArgRaw(args[0]!);
    return wrapPath(normpath(p), b);
  });
  def(m, 'register_at_fork', () => None);
  def(m, 'get_inheritable', () => false);
  def(m, 'set_inheritable', () => None);
  def(m, 'get_blocking', () => true);
  def(m, 'set_blocking', () => None);
  def(m, 'scandir', (args) => {
    const a = args.length ? args[0]! : '.';
    const [p, b] = pathArgRaw(a, 'scandir');
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(resolvePath(p), { withFileTypes: true });
    } catch (e) {
      throw oserror(e, a);
    }
    const list = entries.map((d) => makeDirEntry(d, p, b));
    const it = new PyList(list);
    return scandirIterator(it);
  });
  void PyObject;
  void toArray;
  void tuple;
  void cpus;
  void PyBuiltin;
  void objectType;
  void builtinType;
  void setItemHook;
  // the file system as the program sees it includes writes still buffered in file objects
  for (const name of ['stat', 'lstat', 'fstat', 'listdir', 'scandir', 'unlink', 'remove', 'rename', 'replace', 'access', 'ftruncate', 'fsync']) {
    const b = m.ns.getStr(name);
    if (b instanceof PyBuiltin) {
      const inner = b.fn;
      b.fn = (args, kw) => {
        syncPendingWrites();
        return inner(args, kw);
      };
    }
  }
}

const dirEntryType = new PyType('DirEntry', [objectTypeRef()], tupleTypeRef(), 0);
dirEntryType.moduleName = 'posix';
class PyDirEntry extends PyObject {
  constructor(readonly d: fs.Dirent, readonly dir: string, readonly asBytes: boolean) {
    super(dirEntryType);
  }
}
function objectTypeRef(): PyType {
  return tupleType.base!;
}
let dirEntryInit = false;
function makeDirEntry(d: fs.Dirent, dir: string, asBytes: boolean): Value {
  if (!dirEntryInit) {
    dirEntryInit = true;
    getset(dirEntryType, 'name', (e: PyDirEntry) => wrapPath(e.d.name, e.asBytes));
    getset(dirEntryType, 'path', (e: PyDirEntry) => wrapPath(`${e.dir.replace(/\/$/, '')}/${e.d.name}`, e.asBytes));
    const follow = (args: Value[], kw: readonly string[] | null, name: string): boolean => {
      const p = bindKw(name, args.slice(1), kw, [], { follow_symlinks: true }, ['follow_symlinks']);
      return truthyV(p['follow_symlinks']!);
    };
    const full = (e: PyDirEntry): string => resolvePath(`${e.dir}/${e.d.name}`);
    methodRaw(dirEntryType, 'is_dir', (args, kw) => {
      const e = args[0] as PyDirEntry;
      return e.d.isDirectory() || (follow(args, kw, 'is_dir') && e.d.isSymbolicLink() && safeIsDir(full(e)));
    });
    methodRaw(dirEntryType, 'is_file', (args, kw) => {
      const e = args[0] as PyDirEntry;
      if (e.d.isFile()) return true;
      if (!(follow(args, kw, 'is_file') && e.d.isSymbolicLink())) return false;
      try {
        return fs.statSync(full(e)).isFile();
      } catch {
        return false;
      }
    });
    method(dirEntryType, 'is_symlink', 0, 0, (e: PyDirEntry) => e.d.isSymbolicLink());
    methodRaw(dirEntryType, 'stat', (args, kw) => {
      const e = args[0] as PyDirEntry;
      try {
        return statResult(follow(args, kw, 'stat') ? fs.statSync(full(e)) : fs.lstatSync(full(e)));
      } catch (err) {
        throw oserror(err, `${e.dir.replace(/\/$/, '')}/${e.d.name}`);
      }
    });
    method(dirEntryType, 'inode', 0, 0, (e: PyDirEntry) => fs.lstatSync(resolvePath(`${e.dir}/${e.d.name}`)).ino);
    method(dirEntryType, '__fspath__', 0, 0, (e: PyDirEntry) => wrapPath(`${e.dir.replace(/\/$/, '')}/${e.d.name}`, e.asBytes));
    method(dirEntryType, '__repr__', 0, 0, (e: PyDirEntry) => `<DirEntry ${repr(e.d.name)}>`);
  }
  return new PyDirEntry(d, dir, asBytes);
}

function safeIsDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

const scandirType = new PyType('ScandirIterator', [objectTypeRef()], tupleTypeRef(), 0);
scandirType.moduleName = 'posix';
let scandirInit = false;
function scandirIterator(list: PyList): Value {
  if (!scandirInit) {
    scandirInit = true;
    method(scandirType, '__iter__', 0, 0, (s) => s);
    method(scandirType, '__next__', 0, 0, (s) => {
      const l = (s as unknown as { list: PyList }).list;
      if (l.items.length === 0) throw newExc(StopIterationRef());
      return l.items.shift()!;
    });
    method(scandirType, '__enter__', 0, 0, (s) => s);
    method(scandirType, '__exit__', 0, 3, () => None);
    method(scandirType, 'close', 0, 0, () => None);
  }
  const o = new PyObject(scandirType);
  (o as unknown as { list: PyList }).list = list;
  return o;
}

import { StopIteration } from '../exceptions.js';
function StopIterationRef(): PyType {
  return StopIteration;
}

/** posixpath.normpath. */
export function normpath(path: string): string {
  if (path === '') return '.';
  const initial = path.startsWith('/') ? (path.startsWith('//') && !path.startsWith('///') ? 2 : 1) : 0;
  const comps = path.split('/');
  const out: string[] = [];
  for (const c of comps) {
    if (c === '' || c === '.') continue;
    if (c !== '..' || (!initial && out.length === 0) || (out.length && out[out.length - 1] === '..')) out.push(c);
    else if (out.length) out.pop();
  }
  let r = out.join('/');
  if (initial) r = '/'.repeat(initial) + r;
  return r || '.';
}
