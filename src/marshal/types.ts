// What marshal can hold beyond the constant model of src/values: the mutable containers and the
// StopIteration singleton. .pyc files never contain these, but marshal.loads of arbitrary data can.

import type { PyConstant } from '../values/index.js';

/** Type codes of Python/marshal.c (3.11). */
export const enum T {
  NULL = 0x30, // '0'
  NONE = 0x4e, // 'N'
  FALSE = 0x46, // 'F'
  TRUE = 0x54, // 'T'
  STOPITER = 0x53, // 'S'
  ELLIPSIS = 0x2e, // '.'
  INT = 0x69, // 'i'
  INT64 = 0x49, // 'I' (read only: no longer written)
  FLOAT = 0x66, // 'f'
  BINARY_FLOAT = 0x67, // 'g'
  COMPLEX = 0x78, // 'x'
  BINARY_COMPLEX = 0x79, // 'y'
  LONG = 0x6c, // 'l'
  STRING = 0x73, // 's'
  INTERNED = 0x74, // 't'
  REF = 0x72, // 'r'
  TUPLE = 0x28, // '('
  LIST = 0x5b, // '['
  DICT = 0x7b, // '{'
  CODE = 0x63, // 'c'
  UNICODE = 0x75, // 'u'
  UNKNOWN = 0x3f, // '?'
  SET = 0x3c, // '<'
  FROZENSET = 0x3e, // '>'
  ASCII = 0x61, // 'a'
  ASCII_INTERNED = 0x41, // 'A'
  SMALL_TUPLE = 0x29, // ')'
  SHORT_ASCII = 0x7a, // 'z'
  SHORT_ASCII_INTERNED = 0x5a, // 'Z'
}

export const FLAG_REF = 0x80;

/** The marshal format version CPython 3.11 writes by default (`marshal.version`). */
export const MARSHAL_VERSION = 4;

/** MAX_MARSHAL_STACK_DEPTH of marshal.c on non-Windows builds. */
export const MAX_MARSHAL_STACK_DEPTH = 2000;

export const PY_STOPITERATION: unique symbol = Symbol('StopIteration');
export type PyStopIteration = typeof PY_STOPITERATION;

// Containers are compared by identity, as CPython compares mutable objects: two equal lists are
// still two objects, and marshal shares only the very same one.
export class PyList {
  constructor(readonly items: MarshalValue[] = []) {}
}

/** A dict in insertion order; the reader keeps one entry per equal key, as PyDict_SetItem does. */
export class PyDict {
  constructor(readonly entries: [MarshalValue, MarshalValue][] = []) {}
}

export class PySet {
  constructor(readonly items: MarshalValue[] = []) {}
}

export type MarshalValue = PyConstant | PyList | PyDict | PySet | PyStopIteration;

/** Raised for data CPython's marshal would reject; `pyType` is the exception CPython raises. */
export class MarshalError extends Error {
  constructor(readonly pyType: 'ValueError' | 'EOFError' | 'TypeError' | 'UnicodeDecodeError', message: string) {
    super(message);
    this.name = 'MarshalError';
  }
}
