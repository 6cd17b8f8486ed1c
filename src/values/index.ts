// Python constant values as they travel between stages: AST `Constant` nodes, code-object
// `co_consts` and marshal all use this one model, so a value never changes shape on its way
// from the parser to a .pyc.
//
//   None       -> null                 int   -> bigint (always: ints are unbounded in Python)
//   bool       -> boolean              float -> number
//   str        -> string (UTF-16; lone surrogates allowed, as Python allows them)
//   bytes      -> PyBytes              complex -> PyComplex
//   Ellipsis   -> PY_ELLIPSIS          tuple -> PyTuple, frozenset -> PyFrozenSet
// Code objects (`PyCode`, src/bytecode/code.ts) appear in `co_consts` like any other constant.

import type { PyCode } from '../bytecode/code.js';

export const PY_ELLIPSIS: unique symbol = Symbol('Ellipsis');
export type PyEllipsis = typeof PY_ELLIPSIS;

export class PyComplex {
  constructor(readonly real: number, readonly imag: number) {}
}

export class PyBytes {
  constructor(readonly data: Uint8Array) {}
}

export class PyTuple<T = PyConstant> {
  constructor(readonly items: readonly T[]) {}
}

export class PyFrozenSet<T = PyConstant> {
  constructor(readonly items: readonly T[]) {}
}

/** A value that can appear in `Constant(value=...)`. */
export type PyScalar = null | boolean | bigint | number | string | PyComplex | PyBytes | PyEllipsis;

/** A value that can appear in `co_consts`. */
export type PyConstant = PyScalar | PyTuple<PyConstant> | PyFrozenSet<PyConstant> | PyCode;
