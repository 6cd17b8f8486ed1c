// The modules CPython implements in C, as TypeScript native modules (registered by name; the
// import system finds them before sys.path).

import { registerNativeModule, nativeModuleNames } from '../import.js';
import { initMath } from './math.js';
import { initTime } from './time.js';
import { initAtexit } from './atexit.js';
import { initItertools } from './itertools.js';
import { initCollections } from './collections.js';
import { initWeakref, initString, initErrno, initSha512, initRandom, initThread, initSignal, initIOModule, initImp, initWarningsStub, initPosixSubprocess, initGc } from './small.js';
import { initPosix } from './posix.js';
import { initSre } from './sre.js';
import { initAst } from './ast.js';
import { initCodecs } from './codecs.js';
import { initContextvars } from './contextvars.js';
import { initMarshal } from './marshal.js';
import { initFunctools } from './functools.js';
import { initSocket, initSelect } from './socket.js';
import { initStruct } from './struct.js';
import { initBinascii } from './binascii.js';
import { initJson } from './json.js';
import { initDatetime, initDecimal } from './datetime.js';
import { initOperator } from './operator.js';
import { initHashlib, initBlake2 } from './hashlib.js';
import { initCsv } from './csv.js';

export function registerStdModules(): void {
  registerNativeModule('math', initMath);
  registerNativeModule('time', initTime);
  registerNativeModule('atexit', initAtexit);
  registerNativeModule('itertools', initItertools);
  registerNativeModule('_collections', initCollections);
  registerNativeModule('_weakref', initWeakref);
  registerNativeModule('_string', initString);
  registerNativeModule('errno', initErrno);
  registerNativeModule('_sha512', initSha512);
  registerNativeModule('_random', initRandom);
  registerNativeModule('_thread', initThread);
  registerNativeModule('_signal', initSignal);
  registerNativeModule('_io', initIOModule);
  registerNativeModule('posix', initPosix);
  registerNativeModule('_sre', initSre);
  registerNativeModule('_ast', initAst);
  registerNativeModule('_codecs', initCodecs);
  registerNativeModule('_contextvars', initContextvars);
  registerNativeModule('marshal', initMarshal);
  registerNativeModule('_functools', initFunctools);
  registerNativeModule('_struct', initStruct);
  registerNativeModule('binascii', initBinascii);
  registerNativeModule('_json', initJson);
  registerNativeModule('_datetime', initDatetime);
  registerNativeModule('_decimal', initDecimal);
  registerNativeModule('_operator', initOperator);
  registerNativeModule('gc', initGc);
  registerNativeModule('_hashlib', initHashlib);
  registerNativeModule('_blake2', initBlake2);
  registerNativeModule('_csv', initCsv);
  registerNativeModule('_socket', initSocket);
  registerNativeModule('select', initSelect);
  registerNativeModule('_posixsubprocess', initPosixSubprocess);
  registerNativeModule('_warnings', initWarningsStub);
  registerNativeModule('_imp', (m) => initImp(m, nativeModuleNames));
}
