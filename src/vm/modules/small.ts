// Small C modules: _weakref (strong references: pyc has no garbage collector hooks), _string,
// errno, _sha512, _random (CPython's Mersenne Twister, seeded exactly as random.seed does),
// _io and _thread / _signal stubs enough for the pure-Python stdlib to import.

import { syncPendingWrites, flushFdChannels } from '../io.js';
import { forkExec } from '../vproc.js';
import { createHash } from 'node:crypto';
import { PyObject, type Value } from '../object.js';
import type { PyModule } from '../module.js';
import { builtinType, None, NotImplemented, objectType, PyType, TF_BASETYPE, typeOf } from '../type.js';
import { PyList } from '../list.js';
import { PyTuple, tuple } from '../tuple.js';
import { PyDict, objectId } from '../dict.js';
import { gcIsTracked } from '../dict-methods.js';
import { PyFloat } from '../float.js';
import { PyBytes, PyByteArray, bytesOf } from '../bytes.js';
import { getset, method, methodRaw, PyBuiltin, PyStaticMethod } from '../function.js';
import { newExc, typeError, valueError, ReferenceError, RuntimeError, OSError, StopIteration } from '../exceptions.js';
import { MarkupIterator, FieldNameIterator, fieldNameSplit } from '../format.js';
import { call, callSpecial, getAttr, hashOf, index, pyEq, repr, str, strValue, toArray, lookupSpecial } from '../abstract.js';
import { def } from './util.js';
import { big, norm, intAbs, type Int } from '../int.js';
import { intValue } from '../numeric.js';
import { PyIter, ArrayIterator } from '../iter.js';
import { initIOModule } from './iomod.js';
import { importAbs } from '../import.js';

// --- _weakref ---------------------------------------------------------------------------------

export const weakrefType = builtinType('ReferenceType', objectType, TF_BASETYPE);
weakrefType.moduleName = 'weakref';
const proxyType = builtinType('ProxyType', objectType, 0);
proxyType.moduleName = 'weakref';

class PyWeakRef extends PyObject {
  target: Value | null = null;
  callback: Value = None;
  constructor(cls: PyType) {
    super(cls);
  }
}

export function initWeakref(m: PyModule): void {
  weakrefType.name = 'ReferenceType';
  weakrefType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args) => {
    const r = new PyWeakRef(args[0] as PyType);
    r.target = args[1] ?? null;
    r.callback = args[2] ?? None;
    if (typeof r.target !== 'object' || r.target === null) {
      throw typeError(`cannot create weak reference to '${typeOf(args[1] ?? None).name}' object`);
    }
    return r;
  })));
  methodRaw(weakrefType, '__init__', () => None);
  methodRaw(weakrefType, '__call__', (args) => (args[0] as PyWeakRef).target ?? None);
  method(weakrefType, '__hash__', 0, 0, (self: PyWeakRef) => hashOf(self.target ?? None));
  method(weakrefType, '__eq__', 1, 1, (self: PyWeakRef, o) => (o instanceof PyWeakRef ? (self.target !== null && o.target !== null ? pyEq(self.target, o.target) : self === o) : NotImplemented));
  method(weakrefType, '__ne__', 1, 1, (self: PyWeakRef, o) => (o instanceof PyWeakRef ? !(self.target !== null && o.target !== null ? pyEq(self.target, o.target) : self === o) : NotImplemented));
  method(weakrefType, '__repr__', 0, 0, (self: PyWeakRef) => `<weakref at 0x${objectId(self).toString(16)}; to '${typeOf(self.target ?? None).name}' at 0x${objectId(self.target as object).toString(16)}>`);
  getset(weakrefType, '__callback__', (self: PyWeakRef) => self.callback);
  weakrefType.hasDict = true;
  m.ns.setStr('ref', weakrefType);
  m.ns.setStr('ReferenceType', weakrefType);
  m.ns.setStr('ProxyType', proxyType);
  m.ns.setStr('CallableProxyType', proxyType);
  def(m, 'proxy', (args) => {
    const target = args[0]!;
    return target;
  });
  def(m, 'getweakrefcount', () => 0);
  def(m, 'getweakrefs', () => new PyList([]));
  def(m, '_remove_dead_weakref', (args) => {
    const d = args[0] as PyDict;
    d.delete(args[1]!);
    return None;
  });
  void ReferenceError;
}

// --- _string ------------------------------------------------------------------------------------

export function initString(m: PyModule): void {
  const strArg = (v: Value): string => {
    const s = strValue(v);
    if (s === undefined) throw typeError(`expected str, got ${typeOf(v).name}`);
    return s;
  };
  def(m, 'formatter_parser', (args) => new FormatterIter(new MarkupIterator(strArg(args[0]!))));
  def(m, 'formatter_field_name_split', (args) => {
    const { first, index, rest } = fieldNameSplit(strArg(args[0]!));
    return tuple([index !== -1 ? index : first, new FieldNameIter(rest)]);
  });
}

const formatterIterType = builtinType('formatteriterator', objectType, 0);
const fieldNameIterType = builtinType('fieldnameiterator', objectType, 0);

/** _string.formatter_parser: (literal, field_name, format_spec, conversion) tuples. */
class FormatterIter extends PyIter {
  constructor(readonly it: MarkupIterator) {
    super(formatterIterType);
  }
  next(): Value | undefined {
    const r = this.it.next();
    if (r === null) return undefined;
    const f = r.field;
    if (f === null) return tuple([r.literal, None, None, None]);
    return tuple([r.literal, f.name, f.spec ?? '', f.conv === '' ? None : f.conv]);
  }
}

/** The rest of a field name: (is_attribute, name or index) tuples. */
class FieldNameIter extends PyIter {
  constructor(readonly it: FieldNameIterator) {
    super(fieldNameIterType);
  }
  next(): Value | undefined {
    const r = this.it.next();
    if (r === null) return undefined;
    return tuple([r[0], r[2] !== -1 ? r[2] : r[1]]);
  }
}

for (const t of [formatterIterType, fieldNameIterType]) {
  method(t, '__iter__', 0, 0, (self: PyIter) => self);
  method(t, '__next__', 0, 0, (self: PyIter) => {
    const v = self.next();
    if (v === undefined) throw newExc(StopIteration);
    return v;
  });
}

// --- errno ----------------------------------------------------------------------------------------

const ERRNO: Record<string, number> = {
  EPERM: 1, ENOENT: 2, ESRCH: 3, EINTR: 4, EIO: 5, ENXIO: 6, E2BIG: 7, ENOEXEC: 8, EBADF: 9, ECHILD: 10, EAGAIN: 11, ENOMEM: 12,
  EACCES: 13, EFAULT: 14, ENOTBLK: 15, EBUSY: 16, EEXIST: 17, EXDEV: 18, ENODEV: 19, ENOTDIR: 20, EISDIR: 21, EINVAL: 22,
  ENFILE: 23, EMFILE: 24, ENOTTY: 25, ETXTBSY: 26, EFBIG: 27, ENOSPC: 28, ESPIPE: 29, EROFS: 30, EMLINK: 31, EPIPE: 32, EDOM: 33,
  ERANGE: 34, EDEADLK: 35, ENAMETOOLONG: 36, ENOLCK: 37, ENOSYS: 38, ENOTEMPTY: 39, ELOOP: 40, EWOULDBLOCK: 11, ENOTSUP: 95,
  EOPNOTSUPP: 95, ECONNRESET: 104, ECONNREFUSED: 111, ECONNABORTED: 103, ETIMEDOUT: 110, EINPROGRESS: 115, EALREADY: 114,
  EHOSTUNREACH: 113, ENOTCONN: 107, EADDRINUSE: 98, EBADMSG: 74, ENOTSOCK: 88,
};

export function initErrno(m: PyModule): void {
  const codes = new PyDict();
  for (const [k, v] of Object.entries(ERRNO)) {
    m.ns.setStr(k, v);
    if (!codes.has(v)) codes.set(v, k);
  }
  m.ns.setStr('errorcode', codes);
}

// --- _sha512 / hashing ---------------------------------------------------------------------------

const hashType = builtinType('sha512', objectType, 0);
hashType.moduleName = '_sha512';

class PyHash extends PyObject {
  chunks: Buffer[] = [];
  constructor(readonly algo: string) {
    super(hashType);
  }
}

export function initSha512(m: PyModule): void {
  const mk = (algo: string) => (args: Value[]): Value => {
    const h = new PyHash(algo);
    if (args.length && args[0] !== None) h.chunks.push(Buffer.from(bytesOf(args[0] as PyBytes)));
    return h;
  };
  def(m, 'sha512', mk('sha512'));
  def(m, 'sha384', mk('sha384'));
  method(hashType, 'update', 1, 1, (self: PyHash, b) => {
    if (!(b instanceof PyBytes || b instanceof PyByteArray)) throw typeError(`object supporting the buffer API required`);
    self.chunks.push(Buffer.from(bytesOf(b)));
    return None;
  });
  method(hashType, 'digest', 0, 0, (self: PyHash) => new PyBytes(new Uint8Array(createHash(self.algo).update(Buffer.concat(self.chunks)).digest())));
  method(hashType, 'hexdigest', 0, 0, (self: PyHash) => createHash(self.algo).update(Buffer.concat(self.chunks)).digest('hex'));
}

// --- _random: MT19937 ---------------------------------------------------------------------------

export const randomType = builtinType('Random', objectType, TF_BASETYPE);
randomType.moduleName = '_random';

class PyRandom extends PyObject {
  mt = new Uint32Array(624);
  mti = 625;
  constructor(cls: PyType) {
    super(cls);
  }
  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < 624; i++) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.mti = 624;
  }
  initByArray(key: number[]): void {
    this.initGenrand(19650218);
    const mt = this.mt;
    let i = 1;
    let j = 0;
    const n = 624;
    let k = n > key.length ? n : key.length;
    for (; k; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= n) {
        mt[0] = mt[n - 1]!;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (k = n - 1; k; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= n) {
        mt[0] = mt[n - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.mti = 624;
  }
  genrand(): number {
    const mt = this.mt;
    if (this.mti >= 624) {
      let kk = 0;
      for (; kk < 624 - 397; kk++) {
        const y = (mt[kk]! & 0x80000000) | (mt[kk + 1]! & 0x7fffffff);
        mt[kk] = mt[kk + 397]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      for (; kk < 623; kk++) {
        const y = (mt[kk]! & 0x80000000) | (mt[kk + 1]! & 0x7fffffff);
        mt[kk] = mt[kk + (397 - 624)]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      const y = (mt[623]! & 0x80000000) | (mt[0]! & 0x7fffffff);
      mt[623] = mt[396]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      this.mti = 0;
    }
    let y = mt[this.mti++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }
  random(): number {
    const a = this.genrand() >>> 5;
    const b = this.genrand() >>> 6;
    return (a * 67108864 + b) * (1 / 9007199254740992);
  }
  seed(arg: Value): void {
    if (arg === None) {
      const key: number[] = [];
      for (let i = 0; i < 624; i++) key.push((Math.random() * 4294967296) >>> 0);
      this.initByArray(key);
      return;
    }
    let n: bigint;
    const i = intValue(arg);
    if (i !== undefined) n = big(intAbs(i));
    else n = big(intAbs(intValue(call(getBuiltinHash(), [arg]))!));
    const key: number[] = [];
    if (n === 0n) key.push(0);
    while (n > 0n) {
      key.push(Number(n & 0xffffffffn));
      n >>= 32n;
    }
    this.initByArray(key);
  }
  getrandbits(k: number): Int {
    if (k <= 32) return this.genrand() >>> (32 - k);
    let r = 0n;
    let shift = 0n;
    while (k > 0) {
      let w = this.genrand();
      if (k < 32) w >>>= 32 - k;
      r |= BigInt(w) << shift;
      shift += 32n;
      k -= 32;
    }
    return norm(r);
  }
}

let builtinHash: Value = None;
function getBuiltinHash(): Value {
  return builtinHash;
}

export function initRandom(m: PyModule): void {
  const R = randomType;
  R.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args) => {
    const r = new PyRandom(args[0] as PyType);
    if ((args[0] as PyType).isHeap()) r.dict = new PyDict();
    r.seed(args.length > 1 ? args[1]! : None);
    return r;
  })));
  methodRaw(R, '__init__', () => None);
  method(R, 'random', 0, 0, (self: PyRandom) => new PyFloat(self.random()));
  method(R, 'seed', 0, 1, (self: PyRandom, a) => {
    self.seed(a ?? None);
    return None;
  });
  method(R, 'getrandbits', 1, 1, (self: PyRandom, k) => {
    const n = Number(index(k!));
    if (n < 0) throw valueError('number of bits must be non-negative');
    if (n === 0) return 0;
    return self.getrandbits(n);
  });
  method(R, 'getstate', 0, 0, (self: PyRandom) => tuple([...Array.from(self.mt), self.mti]));
  method(R, 'setstate', 1, 1, (self: PyRandom, st) => {
    const items = toArray(st!);
    if (items.length !== 625) throw valueError('state vector is the wrong size');
    for (let i = 0; i < 624; i++) self.mt[i] = Number(intValue(items[i]!));
    self.mti = Number(intValue(items[624]!));
    return None;
  });
  m.ns.setStr('Random', R);
  builtinHash = new PyBuiltin('hash', (args) => hashOf(args[0]!));
}

// --- _thread (single-threaded), _signal ---------------------------------------------------------

const lockType = builtinType('lock', objectType, 0);
lockType.moduleName = '_thread';
const rlockType = builtinType('RLock', objectType, TF_BASETYPE);
rlockType.moduleName = '_thread';

class PyLock extends PyObject {
  locked = 0;
}

export function initThread(m: PyModule): void {
  for (const T of [lockType, rlockType]) {
    T.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args) => new PyLock(args[0] as PyType ?? T))));
    method(T, 'acquire', 0, 2, (self: PyLock) => {
      if (T === lockType && self.locked) return false;
      self.locked++;
      return true;
    });
    method(T, 'release', 0, 0, (self: PyLock) => {
      if (!self.locked) throw newExc(RuntimeError, T === lockType ? 'release unlocked lock' : 'cannot release un-acquired lock');
      self.locked--;
      return None;
    });
    method(T, 'locked', 0, 0, (self: PyLock) => self.locked > 0);
    method(T, '__enter__', 0, 0, (self: PyLock) => {
      self.locked++;
      return true;
    });
    method(T, '__exit__', 0, 3, (self: PyLock) => {
      self.locked = Math.max(0, self.locked - 1);
      return None;
    });
    method(T, '_is_owned', 0, 0, (self: PyLock) => self.locked > 0);
    method(T, '_at_fork_reinit', 0, 0, (self: PyLock) => {
      self.locked = 0;
      return None;
    });
    method(T, '_release_save', 0, 0, (self: PyLock) => {
      const n = self.locked;
      self.locked = 0;
      return tuple([n, 1]);
    });
    method(T, '_acquire_restore', 1, 1, (self: PyLock, st) => {
      self.locked = Number(intValue((st as PyTuple).items[0]!));
      return None;
    });
  }
  def(m, 'allocate_lock', () => new PyLock(lockType));
  def(m, 'allocate', () => new PyLock(lockType));
  m.ns.setStr('LockType', lockType);
  m.ns.setStr('RLock', rlockType);
  def(m, 'get_ident', () => 1);
  def(m, 'get_native_id', () => process.pid);
  def(m, '_count', () => 0);
  def(m, 'stack_size', () => 0);
  def(m, 'start_new_thread', () => {
    throw newExc(RuntimeError, "pyc: threads are not supported");
  });
  def(m, '_set_sentinel', () => new PyLock(lockType));
  def(m, 'daemon_threads_allowed', () => true);
  m.ns.setStr('TIMEOUT_MAX', new PyFloat(9223372036.0));
  m.ns.setStr('error', RuntimeError);
  const local = builtinType('_local', objectType, TF_BASETYPE);
  local.moduleName = '_thread';
  local.hasDict = true;
  local.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args) => {
    const o = new PyObject(args[0] as PyType);
    o.dict = new PyDict();
    return o;
  })));
  methodRaw(local, '__init__', () => None);
  m.ns.setStr('_local', local);
  const exceptHookArgs = builtinType('_ExceptHookArgs', objectType, 0);
  m.ns.setStr('_ExceptHookArgs', exceptHookArgs);
  def(m, '_excepthook', () => None);
}

export function initSignal(m: PyModule): void {
  const consts: Record<string, number> = {
    ITIMER_PROF: 2, ITIMER_REAL: 0, ITIMER_VIRTUAL: 1, NSIG: 65, SIGABRT: 6, SIGALRM: 14, SIGBUS: 7, SIGCHLD: 17, SIGCLD: 17, SIGCONT: 18,
    SIGFPE: 8, SIGHUP: 1, SIGILL: 4, SIGINT: 2, SIGIO: 29, SIGIOT: 6, SIGKILL: 9, SIGPIPE: 13, SIGPOLL: 29, SIGPROF: 27, SIGPWR: 30,
    SIGQUIT: 3, SIGRTMAX: 64, SIGRTMIN: 34, SIGSEGV: 11, SIGSTKFLT: 16, SIGSTOP: 19, SIGSYS: 31, SIGTERM: 15, SIGTRAP: 5, SIGTSTP: 20,
    SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGUSR1: 10, SIGUSR2: 12, SIGVTALRM: 26, SIGWINCH: 28, SIGXCPU: 24, SIGXFSZ: 25,
    SIG_BLOCK: 0, SIG_DFL: 0, SIG_IGN: 1, SIG_SETMASK: 2, SIG_UNBLOCK: 1,
  };
  for (const [k, v] of Object.entries(consts)) m.ns.setStr(k, v);
  // handlers are recorded (no signal is ever delivered to the VM)
  const handlers = new Map<number, Value>();
  def(m, 'signal', (args) => {
    const n = Number(intValue(args[0]!) ?? 0);
    if (n < 1 || n >= 65) throw newExc(ValueErrorRef, 'signal number out of range');
    const old = handlers.get(n) ?? (n === 2 ? m.ns.getStr('default_int_handler')! : 0);
    handlers.set(n, args[1]!);
    return old;
  });
  def(m, 'getsignal', (args) => {
    const n = Number(intValue(args[0]!) ?? 0);
    if (n < 1 || n >= 65) throw newExc(ValueErrorRef, 'signal number out of range');
    return handlers.get(n) ?? (n === 2 ? m.ns.getStr('default_int_handler')! : 0);
  });
  def(m, 'strsignal', (args) => {
    const names: Record<number, string> = { 1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 6: 'Aborted', 9: 'Killed', 11: 'Segmentation fault', 13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated' };
    return names[Number(intValue(args[0]!) ?? 0)] ?? None;
  });
  def(m, 'valid_signals', () => {
    const s = new PySetRef();
    for (let i = 1; i < 65; i++) if (i !== 32 && i !== 33) s.add(i, i);
    return s;
  });
  def(m, 'alarm', () => 0);
  def(m, 'pause', () => None);
  def(m, 'raise_signal', () => None);
  def(m, 'pthread_sigmask', () => new PySetRef());
  def(m, 'siginterrupt', () => None);
  def(m, 'setitimer', () => tuple([0.0, 0.0]));
  def(m, 'getitimer', () => tuple([0.0, 0.0]));
  def(m, 'default_int_handler', () => None);
  def(m, 'set_wakeup_fd', () => -1);
}

export { initIOModule, lookupSpecial, callSpecial, getAttr, str, repr, PyIter, OSError };

// --- _imp (what importlib, dataclasses and pkgutil ask of it) -----------------------------------

export function initImp(m: PyModule, builtinNames: () => string[]): void {
  const nameArg = (v: Value | undefined): string => {
    const s = v === undefined ? undefined : strValue(v);
    if (s === undefined) throw typeError(`argument must be str, not ${typeOf(v ?? None).name}`);
    return s;
  };
  def(m, 'is_builtin', (args) => (builtinNames().includes(nameArg(args[0])) ? 1 : 0));
  def(m, 'is_frozen', (args) => (nameArg(args[0]), false));
  def(m, 'is_frozen_package', () => false);
  def(m, 'lock_held', () => false);
  def(m, 'acquire_lock', () => None);
  def(m, 'release_lock', () => None);
  def(m, 'extension_suffixes', () => new PyList([]));
  def(m, '_fix_co_filename', () => None);
  def(m, 'create_builtin', (args) => importAbs(nameArg(getAttr(args[0] ?? None, 'name'))));
  def(m, 'exec_builtin', () => 0);
  def(m, 'exec_dynamic', () => 0);
  def(m, '_override_multi_interp_extensions_check', () => -1);
  let frozenOverride = 0;
  def(m, '_override_frozen_modules_for_tests', (args) => {
    frozenOverride = Number(intValue(args[0] ?? 0) ?? 0);
    return None;
  });
  def(m, '_frozen_module_names', () => tuple([]));
  def(m, 'find_frozen', () => None);
  def(m, 'init_frozen', (args) => {
    throw newExc(ImportErrorT(), `No such frozen object named ${repr(args[0] ?? None)}`);
  });
  def(m, 'get_frozen_object', (args) => {
    throw newExc(ImportErrorT(), `No such frozen object named ${repr(args[0] ?? None)}`);
  });
  void frozenOverride;
  def(m, 'source_hash', () => { throw newExc(RuntimeError, 'source_hash is not supported'); });
  m.ns.setStr('check_hash_based_pycs', 'never');
  m.ns.setStr('_frozen_module_names', tuple([]));
}

import { ValueError as ValueErrorRef } from '../exceptions.js';
import { PySet as PySetRef } from '../set.js';

function ImportErrorT(): PyType {
  return ImportErrorRef;
}
import { ImportError as ImportErrorRef } from '../exceptions.js';

/** _warnings without its API: warnings.py then uses its pure-Python implementation. */
export function initWarningsStub(_m: PyModule): void {}

/** gc: pyc has no cycle collector of its own (JavaScript's collects everything). */
export function initGc(m: PyModule): void {
  let enabled = true;
  let thresholds: Value[] = [700, 10, 10];
  const debug = { flags: 0 };
  def(m, 'enable', () => {
    enabled = true;
    return None;
  });
  def(m, 'disable', () => {
    enabled = false;
    return None;
  });
  def(m, 'isenabled', () => enabled);
  def(m, 'collect', () => 0);
  def(m, 'get_count', () => tuple([0, 0, 0]));
  def(m, 'get_threshold', () => tuple(thresholds));
  def(m, 'set_threshold', (args) => {
    thresholds = [args[0] ?? 700, args[1] ?? thresholds[1]!, args[2] ?? thresholds[2]!];
    return None;
  });
  def(m, 'get_debug', () => debug.flags);
  def(m, 'set_debug', (args) => {
    debug.flags = Number(args[0] ?? 0);
    return None;
  });
  def(m, 'get_objects', () => new PyList([]));
  def(m, 'get_stats', () => new PyList([]));
  def(m, 'get_referrers', () => new PyList([]));
  def(m, 'get_referents', () => new PyList([]));
  def(m, 'is_tracked', (args) => gcIsTracked(args[0]!));
  def(m, 'is_finalized', () => false);
  def(m, 'freeze', () => None);
  def(m, 'unfreeze', () => None);
  def(m, 'get_freeze_count', () => 0);
  m.ns.setStr('garbage', new PyList([]));
  m.ns.setStr('callbacks', new PyList([]));
  for (const [k, v] of [['DEBUG_STATS', 1], ['DEBUG_COLLECTABLE', 2], ['DEBUG_UNCOLLECTABLE', 4], ['DEBUG_SAVEALL', 32], ['DEBUG_LEAK', 38]] as const) m.ns.setStr(k, v);
}

/** _posixsubprocess: pyc cannot start processes. */
export function initPosixSubprocess(m: PyModule): void {
  def(m, 'fork_exec', (args) => {
    syncPendingWrites();
    flushFdChannels();
    const bytesStr = (v: Value): string => (v instanceof PyBytes ? Buffer.from(v.data).toString('utf8') : strValue(v) ?? str(v));
    const num = (v: Value): number => Number(intValue(v) ?? -1);
    const argv = args[0] === None ? [] : toArray(args[0]!).map(bytesStr);
    const executables = toArray(args[1]!).map(bytesStr);
    const cwd = args[4] === None ? null : bytesStr(args[4]!);
    let env: Record<string, string> | null = null;
    if (args[5] !== None) {
      env = {};
      for (const kv of toArray(args[5]!)) {
        const s = bytesStr(kv);
        const i = s.indexOf('=');
        env[s.slice(0, i)] = s.slice(i + 1);
      }
    }
    return forkExec({ argv, executables, cwd, env, p2cread: num(args[6]!), c2pwrite: num(args[9]!), errwrite: num(args[11]!), errpipeWrite: num(args[13]!) });
  });
}
