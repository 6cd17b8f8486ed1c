// Helpers for writing native modules.

import type { Value } from '../object.js';
import type { PyModule } from '../module.js';
import { PyBuiltin, type NativeFn } from '../function.js';
import { typeError } from '../exceptions.js';

export function def(m: PyModule, name: string, fn: NativeFn): PyBuiltin {
  const b = new PyBuiltin(name, fn, m);
  m.ns.setStr(name, b);
  return b;
}

/** Positional-only argument count check with CPython's wording for module functions. */
export function argc(name: string, args: Value[], kw: readonly string[] | null, min: number, max = min): void {
  if (kw && kw.length) throw typeError(`${name}() takes no keyword arguments`);
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) throw typeError(`${name}() takes no arguments (${n} given)`);
    if (min === 1) throw typeError(`${name}() takes exactly one argument (${n} given)`);
    throw typeError(`${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) throw typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  throw typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}
