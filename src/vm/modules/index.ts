// The modules CPython implements in C, as TypeScript native modules (registered by name; the
// import system finds them before sys.path).

import { registerNativeModule } from '../import.js';
import { initMath } from './math.js';
import { initTime } from './time.js';
import { initAtexit } from './atexit.js';

export function registerStdModules(): void {
  registerNativeModule('math', initMath);
  registerNativeModule('time', initTime);
  registerNativeModule('atexit', initAtexit);
}
