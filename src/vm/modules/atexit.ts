// atexit: callbacks run at interpreter exit, last registered first.

import type { Value } from '../object.js';
import type { PyModule } from '../module.js';
import { None } from '../type.js';
import { call, repr } from '../abstract.js';
import { writeAll } from '../io.js';
import { def } from './util.js';
import { setAtExitRunner } from '../runtime.js';
import { formatException } from '../traceback.js';
import { isExcInstance, SystemExit } from '../exceptions.js';
import { toPyException } from '../eval.js';

export function initAtexit(m: PyModule): void {
  const cbs: [Value, Value[], readonly string[] | null][] = [];
  def(m, 'register', (args, kw) => {
    cbs.push([args[0]!, args.slice(1), kw]);
    return args[0]!;
  });
  def(m, 'unregister', (args) => {
    for (let i = cbs.length - 1; i >= 0; i--) if (cbs[i]![0] === args[0]) cbs.splice(i, 1);
    return None;
  });
  def(m, '_clear', () => {
    cbs.length = 0;
    return None;
  });
  def(m, '_run_exitfuncs', () => {
    run();
    return None;
  });
  def(m, '_ncallbacks', () => cbs.length);
  const run = (): void => {
    while (cbs.length) {
      const [f, a, k] = cbs.pop()!;
      try {
        call(f, a, k);
      } catch (e) {
        const x = toPyException(e);
        if (isExcInstance(x, SystemExit)) continue;
        writeAll(2, Buffer.from('Exception ignored in atexit callback: ' + repr(f) + '\n' + formatException(x)));
      }
    }
  };
  setAtExitRunner(() => run());
}
