// The root of pyc's Python object model. Every Python value the VM handles is a `Value`:
//
//   int   -> number (a safe integer, |n| < 2**53) or bigint (only outside that range, so each
//            int has exactly one representation and `===` is int equality)
//   bool  -> boolean          str -> string (UTF-16; code-point aware helpers in str.ts)
//   everything else -> an instance of a PyObject subclass, whose `cls` is its Python type.
//
// `null` is CPython's NULL: an empty stack slot or an unbound local, never a Python value.
// No JavaScript object other than a PyObject is ever handed to Python code.

import type { PyDict } from './dict.js';
import type { PyType } from './type.js';

export type Value = number | bigint | boolean | string | PyObject;

export class PyObject {
  /** The Python type (`type(obj)`); assignable for `obj.__class__ = ...` where allowed. */
  cls: PyType;
  /** The instance `__dict__`, for objects that have one. */
  dict: PyDict | null;

  constructor(cls: PyType) {
    this.cls = cls;
    this.dict = null;
  }
}
