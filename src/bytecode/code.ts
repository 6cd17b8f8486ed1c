// The CPython 3.11 code object, field for field as marshal writes it. The compiler builds these,
// marshal and .pyc files carry them, the VM runs them. Field names keep CPython's `co_` names so
// conformance checks can compare against `compile()` attribute by attribute.

import type { PyConstant } from '../values/index.js';

/** Bits of `co_localspluskinds` (Include/internal/pycore_code.h, 3.11). */
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

/** `co_flags` bits (Include/cpython/code.h, 3.11). */
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040;
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;
export const CO_FUTURE_DIVISION = 0x20000;
export const CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
export const CO_FUTURE_WITH_STATEMENT = 0x80000;
export const CO_FUTURE_PRINT_FUNCTION = 0x100000;
export const CO_FUTURE_UNICODE_LITERALS = 0x200000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_GENERATOR_STOP = 0x800000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

/** Everything marshal stores for a code object, in marshal's order. */
export interface PyCodeFields {
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_stacksize: number;
  co_flags: number;
  /** Deoptimized bytecode with inline CACHE entries, as `code.co_code` shows it. */
  co_code: Uint8Array;
  co_consts: readonly PyConstant[];
  co_names: readonly string[];
  co_localsplusnames: readonly string[];
  co_localspluskinds: Uint8Array;
  co_filename: string;
  co_name: string;
  co_qualname: string;
  co_firstlineno: number;
  /** PEP 657 location table (Objects/locations.md). */
  co_linetable: Uint8Array;
  /** Zero-cost exception table (Objects/exception_handling_notes.txt). */
  co_exceptiontable: Uint8Array;
}

export class PyCode implements PyCodeFields {
  readonly kind = 'code' as const;
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_stacksize: number;
  co_flags: number;
  co_code: Uint8Array;
  co_consts: readonly PyConstant[];
  co_names: readonly string[];
  co_localsplusnames: readonly string[];
  co_localspluskinds: Uint8Array;
  co_filename: string;
  co_name: string;
  co_qualname: string;
  co_firstlineno: number;
  co_linetable: Uint8Array;
  co_exceptiontable: Uint8Array;

  constructor(f: PyCodeFields) {
    this.co_argcount = f.co_argcount;
    this.co_posonlyargcount = f.co_posonlyargcount;
    this.co_kwonlyargcount = f.co_kwonlyargcount;
    this.co_stacksize = f.co_stacksize;
    this.co_flags = f.co_flags;
    this.co_code = f.co_code;
    this.co_consts = f.co_consts;
    this.co_names = f.co_names;
    this.co_localsplusnames = f.co_localsplusnames;
    this.co_localspluskinds = f.co_localspluskinds;
    this.co_filename = f.co_filename;
    this.co_name = f.co_name;
    this.co_qualname = f.co_qualname;
    this.co_firstlineno = f.co_firstlineno;
    this.co_linetable = f.co_linetable;
    this.co_exceptiontable = f.co_exceptiontable;
  }

  get co_nlocalsplus(): number {
    return this.co_localsplusnames.length;
  }

  // The derived views follow get_localsplus_counts() and get_localsplus_names() in
  // Objects/codeobject.c: a cell that is also an argument counts as a local *and* a cell.
  get co_nlocals(): number {
    return this.countKinds((k) => (k & CO_FAST_LOCAL) !== 0);
  }

  get co_varnames(): string[] {
    return this.namesWith(CO_FAST_LOCAL);
  }

  get co_cellvars(): string[] {
    return this.namesWith(CO_FAST_CELL);
  }

  get co_freevars(): string[] {
    return this.namesWith(CO_FAST_FREE);
  }

  get co_ncellvars(): number {
    return this.countKinds((k) => (k & CO_FAST_CELL) !== 0);
  }

  get co_nfreevars(): number {
    return this.countKinds((k) => (k & CO_FAST_FREE) !== 0 && (k & (CO_FAST_LOCAL | CO_FAST_CELL)) === 0);
  }

  private countKinds(pred: (kind: number) => boolean): number {
    let n = 0;
    for (const k of this.co_localspluskinds) if (pred(k)) n++;
    return n;
  }

  private namesWith(kind: number): string[] {
    const out: string[] = [];
    this.co_localspluskinds.forEach((k, i) => {
      if (k & kind) out.push(this.co_localsplusnames[i]!);
    });
    return out;
  }
}
