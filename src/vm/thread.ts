// The state of the (single) Python thread: the frame chain, recursion depth, the stack of
// exceptions being handled (sys.exc_info), and the exception currently propagating out of a
// nested eval-loop run.

import type { Value } from './object.js';
import { None } from './type.js';
import type { Frame } from './frame.js';
import type { PyBaseException } from './exceptions.js';

/** One level of the handled-exception stack (CPython's _PyErr_StackItem). */
export interface ExcItem {
  value: Value; // None or the exception being handled
  prev: ExcItem | null;
}

export class Thread {
  /** The innermost running frame. */
  frame: Frame | null = null;
  /** Number of Python frames on the stack. */
  depth = 0;
  recursionLimit = 1000;
  exc: ExcItem = { value: None, prev: null };
  /** The exception leaving a nested run() (already traced and chained there). */
  escaping: PyBaseException | null = null;
  /** Set by run() for a generator frame: whether it stopped at a yield. */
  yielded = false;
  /** Depth of nested run() calls (JavaScript stack use). */
  nested = 0;
  /** sys.set_asyncgen_hooks(firstiter, finalizer). */
  asyncgenFirstiter: Value = None;
  asyncgenFinalizer: Value = None;
}

export const TS = new Thread();

/** sys.exc_info()[1]: the innermost exception being handled, or None. */
export function currentException(): Value {
  for (let it: ExcItem | null = TS.exc; it; it = it.prev) {
    if (it.value !== None) return it.value;
  }
  return None;
}
