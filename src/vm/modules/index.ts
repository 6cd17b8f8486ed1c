// The modules CPython implements in C, as TypeScript native modules (registered by name; the
// import system finds them before sys.path).
//
// Each one's code is loaded when a program first imports it, not at start-up: most programs
// import few of them, and every JavaScript module loaded costs start-up time. Python's import
// is synchronous, so the loader uses require(), which loads ES modules synchronously on the
// Node versions that have require(esm) (20.19+; process.features.require_module); the modules
// of the VM it imports are the ones already loaded (one module map).

import { createRequire } from 'node:module';
import { registerNativeModule, nativeModuleNames, type NativeModuleInit } from '../import.js';
import type { PyModule } from '../module.js';

const require = createRequire(import.meta.url);

/** An init that loads `file` (relative to this module) on first use and calls `init` from it. */
function lazy<M>(file: string, init: (mod: M, m: PyModule) => void): NativeModuleInit {
  return (m) => init(require(file) as M, m);
}

export function registerStdModules(): void {
  registerNativeModule('math', lazy<typeof import('./math.js')>('./math.js', (mod, m) => mod.initMath(m)));
  registerNativeModule('cmath', lazy<typeof import('./cmath.js')>('./cmath.js', (mod, m) => mod.initCmath(m)));
  registerNativeModule('time', lazy<typeof import('./time.js')>('./time.js', (mod, m) => mod.initTime(m)));
  registerNativeModule('atexit', lazy<typeof import('./atexit.js')>('./atexit.js', (mod, m) => mod.initAtexit(m)));
  registerNativeModule('itertools', lazy<typeof import('./itertools.js')>('./itertools.js', (mod, m) => mod.initItertools(m)));
  registerNativeModule('_collections', lazy<typeof import('./collections.js')>('./collections.js', (mod, m) => mod.initCollections(m)));
  registerNativeModule('_weakref', lazy<typeof import('./small.js')>('./small.js', (mod, m) => mod.initWeakref(m)));
  registerNativeModule('_string', lazy<typeof import('./small.js')>('./small.js', (mod, m) => mod.initString(m)));
  registerNativeModule('errno', lazy<typeof import('./small.js')>('./small.js', (mod, m) => mod.initErrno(m)));
  registerNativeModule('_sha512', lazy<typeof import('./small.js')>('./small.js', (mod, m) => mod.initSha512(m)));
  registerNativeModule('_random', lazy<typeof import('./small.js')>('./small.js', (mod, m) => mod.initRandom(m)));
  registerNativeModule('_thread', lazy<typeof import('./small.js')>('./small.js', (mod, m) => mod.initThread(m)));
  registerNativeModule('_signal', lazy<typeof import('./small.js')>('./small.js', (mod, m) => mod.initSignal(m)));
  registerNativeModule('_io', lazy<typeof import('./small.js')>('./small.js', (mod, m) => mod.initIOModule(m)));
  registerNativeModule('posix', lazy<typeof import('./posix.js')>('./posix.js', (mod, m) => mod.initPosix(m)));
  registerNativeModule('_sre', lazy<typeof import('./sre.js')>('./sre.js', (mod, m) => mod.initSre(m)));
  registerNativeModule('_ast', lazy<typeof import('./ast.js')>('./ast.js', (mod, m) => mod.initAst(m)));
  registerNativeModule('_codecs', lazy<typeof import('./codecs.js')>('./codecs.js', (mod, m) => mod.initCodecs(m)));
  registerNativeModule('_contextvars', lazy<typeof import('./contextvars.js')>('./contextvars.js', (mod, m) => mod.initContextvars(m)));
  registerNativeModule('marshal', lazy<typeof import('./marshal.js')>('./marshal.js', (mod, m) => mod.initMarshal(m)));
  registerNativeModule('_functools', lazy<typeof import('./functools.js')>('./functools.js', (mod, m) => mod.initFunctools(m)));
  registerNativeModule('_struct', lazy<typeof import('./struct.js')>('./struct.js', (mod, m) => mod.initStruct(m)));
  registerNativeModule('binascii', lazy<typeof import('./binascii.js')>('./binascii.js', (mod, m) => mod.initBinascii(m)));
  registerNativeModule('_json', lazy<typeof import('./json.js')>('./json.js', (mod, m) => mod.initJson(m)));
  registerNativeModule('_datetime', lazy<typeof import('./datetime.js')>('./datetime.js', (mod, m) => mod.initDatetime(m)));
  registerNativeModule('_decimal', lazy<typeof import('./datetime.js')>('./datetime.js', (mod, m) => mod.initDecimal(m)));
  registerNativeModule('_operator', lazy<typeof import('./operator.js')>('./operator.js', (mod, m) => mod.initOperator(m)));
  registerNativeModule('gc', lazy<typeof import('./small.js')>('./small.js', (mod, m) => mod.initGc(m)));
  registerNativeModule('_hashlib', lazy<typeof import('./hashlib.js')>('./hashlib.js', (mod, m) => mod.initHashlib(m)));
  registerNativeModule('_blake2', lazy<typeof import('./hashlib.js')>('./hashlib.js', (mod, m) => mod.initBlake2(m)));
  registerNativeModule('_csv', lazy<typeof import('./csv.js')>('./csv.js', (mod, m) => mod.initCsv(m)));
  registerNativeModule('_heapq', lazy<typeof import('./heapq.js')>('./heapq.js', (mod, m) => mod.initHeapq(m)));
  registerNativeModule('_bisect', lazy<typeof import('./heapq.js')>('./heapq.js', (mod, m) => mod.initBisect(m)));
  registerNativeModule('zlib', lazy<typeof import('./zlib.js')>('./zlib.js', (mod, m) => mod.initZlib(m)));
  registerNativeModule('array', lazy<typeof import('./array.js')>('./array.js', (mod, m) => mod.initArray(m)));
  registerNativeModule('unicodedata', lazy<typeof import('./unicodedata.js')>('./unicodedata.js', (mod, m) => mod.initUnicodedata(m)));
  registerNativeModule('_abc', lazy<typeof import('./abc.js')>('./abc.js', (mod, m) => mod.initAbc(m)));
  registerNativeModule('_socket', lazy<typeof import('./socket.js')>('./socket.js', (mod, m) => mod.initSocket(m)));
  registerNativeModule('select', lazy<typeof import('./socket.js')>('./socket.js', (mod, m) => mod.initSelect(m)));
  registerNativeModule('_posixsubprocess', lazy<typeof import('./small.js')>('./small.js', (mod, m) => mod.initPosixSubprocess(m)));
  registerNativeModule('_warnings', lazy<typeof import('./small.js')>('./small.js', (mod, m) => mod.initWarningsStub(m)));
  registerNativeModule('_imp', lazy<typeof import('./small.js')>('./small.js', (mod, m) => mod.initImp(m, nativeModuleNames)));
}
