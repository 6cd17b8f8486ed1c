// The modules CPython implements in C, as TypeScript native modules (registered by name; the
// import system finds them before sys.path).

import { registerNativeModule, nativeModuleNames } from '../import.js';
import { initMath } from './math.js';
import { initTime } from './time.js';
import { initAtexit } from './atexit.js';
import { initItertools } from './itertools.js';
import { initCollections } from './collections.js';
import { initWeakref, initString, initErrno, initSha512, initRandom, initThread, initSignal, initIOModule, initImp, initWarningsStub } from './small.js';
import { initPosix } from './posix.js';
import { initSre } from './sre.js';
import { initAst } from './ast.js';
import { initCodecs } from './codecs.js';
import { initContextvars } from './contextvars.js';
import { initMarshal } from './marshal.js';

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
  registerNativeModule('_warnings', initWarningsStub);
  registerNativeModule('_imp', (m) => initImp(m, nativeModuleNames));
}
