// The runtime view of a code object: instructions decoded once (EXTENDED_ARG folded in, jump
// arguments made absolute), constants converted to VM values, the exception table and the
// location table parsed, and per-code counters for a future compiling tier. This is also the
// Python `code` object (`f.__code__`).

import { CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL, PyCode } from '../bytecode/code.js';
import { PY_ELLIPSIS, PyBytes as CBytes, PyComplex as CComplex, PyFrozenSet as CFrozenSet, PyStrCodePoints, PyTuple as CTuple, type PyConstant } from '../values/index.js';
import { PyObject, type Value } from './object.js';
import { builtinType, Ellipsis, None, objectType } from './type.js';
import { Op, CACHE_ENTRIES, JUMP_BACKWARD_OPS, JUMP_FORWARD_OPS } from './opcodes.js';
import { PyFloat } from './float.js';
import { norm } from './int.js';
import { PyTuple, tuple } from './tuple.js';
import { PyBytes } from './bytes.js';
import { PyComplexObj } from './complex.js';
import { frozensetType, PySet } from './set.js';
import { hashOf } from './abstract.js';

export const codeType = builtinType('code', objectType, 0);

const FORWARD = new Uint8Array(256);
const BACKWARD = new Uint8Array(256);
for (const op of JUMP_FORWARD_OPS) FORWARD[op] = 1;
for (const op of JUMP_BACKWARD_OPS) BACKWARD[op] = 1;

export interface Position {
  line: number;
  endLine: number;
  col: number;
  endCol: number;
}

export class CodeInfo extends PyObject {
  readonly code: PyCode;
  /** Opcode per code unit (CACHE units stay 0). */
  readonly ops: Uint8Array;
  /** Full argument per code unit; absolute code-unit targets for jumps. */
  readonly args: Int32Array;
  readonly consts: Value[];
  readonly names: string[];
  readonly localNames: readonly string[];
  readonly kinds: Uint8Array;
  readonly nlocalsplus: number;
  readonly flags: number;
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  /** Exception table as [start, end, target, depth, lasti] quintuples (code units). */
  readonly exc: Int32Array;
  /** Index of the first free variable in localsplus. */
  readonly freeStart: number;
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  /** Frame size: localsplus then the value stack. */
  readonly frameSize: number;
  /** Counters for a compiling tier: calls, and backward jumps taken. */
  calls = 0;
  backedges = 0;
  /**
   * Frames of this code leave no traceback entry: Python code standing in for a C module
   * (_datetime over datetime.py), whose frames CPython's tracebacks never show.
   */
  hidden = false;
  private positions: Int32Array | null = null;
  /**
   * Inline caches of the eval loop, by instruction index (the slots CPython keeps in the
   * CACHE entries after LOAD_ATTR, LOAD_METHOD, STORE_ATTR, CALL): see eval.ts.
   */
  readonly ic: unknown[];
  /** A packed array of frameSize nulls, copied for each new frame's `fast`. */
  readonly emptyFast: (Value | null)[];

  constructor(code: PyCode) {
    super(codeType);
    this.code = code;
    const raw = code.co_code;
    const n = raw.length >> 1;
    this.ops = new Uint8Array(n);
    this.args = new Int32Array(n);
    this.ic = new Array<unknown>(n);
    let ext = 0;
    for (let i = 0; i < n; i++) {
      const op = raw[2 * i]!;
      const arg = raw[2 * i + 1]! | ext;
      if (op === Op.CACHE) {
        ext = 0;
        continue;
      }
      this.ops[i] = op;
      if (op === Op.EXTENDED_ARG) {
        ext = arg << 8;
        this.args[i] = arg;
        continue;
      }
      ext = 0;
      const next = i + 1 + CACHE_ENTRIES[op]!;
      if (FORWARD[op]) this.args[i] = next + arg;
      else if (BACKWARD[op]) this.args[i] = next - arg;
      else this.args[i] = arg;
    }
    this.consts = code.co_consts.map(toValue);
    this.names = [...code.co_names];
    this.localNames = code.co_localsplusnames;
    this.kinds = code.co_localspluskinds;
    this.nlocalsplus = this.localNames.length;
    this.flags = code.co_flags;
    this.argcount = code.co_argcount;
    this.posonlyargcount = code.co_posonlyargcount;
    this.kwonlyargcount = code.co_kwonlyargcount;
    this.exc = parseExceptionTable(code.co_exceptiontable);
    let nfree = 0;
    for (const k of this.kinds) if (k & CO_FAST_FREE) nfree++;
    this.freeStart = this.nlocalsplus - nfree;
    this.name = code.co_name;
    this.qualname = code.co_qualname;
    this.filename = code.co_filename;
    this.frameSize = this.nlocalsplus + code.co_stacksize + 1;
    const empty: (Value | null)[] = [];
    for (let i = 0; i < this.frameSize; i++) empty.push(null);
    this.emptyFast = empty;
  }

  /** The handler for an exception raised at `lasti`: [target, depth, pushLasti] or null. */
  findHandler(lasti: number): number {
    const t = this.exc;
    for (let i = 0; i < t.length; i += 5) {
      if (t[i]! <= lasti && lasti < t[i + 1]!) return i;
      if (t[i]! > lasti) break;
    }
    return -1;
  }

  isCell(i: number): boolean {
    return (this.kinds[i]! & CO_FAST_CELL) !== 0;
  }

  isLocal(i: number): boolean {
    return (this.kinds[i]! & CO_FAST_LOCAL) !== 0;
  }

  /** co_positions() of the instruction at code unit `i`; -1 fields are None. */
  position(i: number): Position {
    const p = (this.positions ??= decodeLocations(this.code, this.ops.length));
    return { line: p[4 * i]!, endLine: p[4 * i + 1]!, col: p[4 * i + 2]!, endCol: p[4 * i + 3]! };
  }

  /** The line of the instruction at `i` (PyCode_Addr2Line); -1 when it has none. */
  line(i: number): number {
    if (i < 0) return this.code.co_firstlineno;
    return this.position(i).line;
  }
}

/** Objects/exception_handling_notes.txt: varints of 6-bit groups, most significant first. */
function parseExceptionTable(t: Uint8Array): Int32Array {
  const out: number[] = [];
  let p = 0;
  const varint = (): number => {
    let b = t[p++]!;
    let v = b & 63;
    while (b & 64) {
      b = t[p++]!;
      v = (v << 6) | (b & 63);
    }
    return v;
  };
  while (p < t.length) {
    const start = varint();
    const size = varint();
    const target = varint();
    const dl = varint();
    out.push(start, start + size, target, dl >> 1, dl & 1);
  }
  return Int32Array.from(out);
}

/** Objects/locations.md (3.11): line, end line, column, end column for each code unit. */
function decodeLocations(code: PyCode, n: number): Int32Array {
  const out = new Int32Array(4 * n).fill(-1);
  const t = code.co_linetable;
  let p = 0;
  let line = code.co_firstlineno;
  let unit = 0;
  const varint = (): number => {
    let b = t[p++]!;
    let v = b & 63;
    let shift = 0;
    while (b & 64) {
      b = t[p++]!;
      shift += 6;
      v |= (b & 63) << shift;
    }
    return v;
  };
  const svarint = (): number => {
    const v = varint();
    return v & 1 ? -(v >> 1) : v >> 1;
  };
  while (p < t.length) {
    const first = t[p++]!;
    const kind = (first >> 3) & 15;
    const len = (first & 7) + 1;
    let l = -1;
    let el = -1;
    let c = -1;
    let ec = -1;
    if (kind === 15) {
      // no location
    } else if (kind === 14) {
      line += svarint();
      l = line;
      el = line + varint();
      c = varint() - 1;
      ec = varint() - 1;
    } else if (kind === 13) {
      line += svarint();
      l = el = line;
    } else if (kind >= 10 && kind <= 12) {
      line += kind - 10;
      l = el = line;
      c = t[p++]!;
      ec = t[p++]!;
    } else {
      l = el = line;
      const b = t[p++]!;
      c = kind * 8 + ((b >> 4) & 7);
      ec = c + (b & 15);
    }
    for (let k = 0; k < len && unit < n; k++, unit++) {
      out[4 * unit] = l;
      out[4 * unit + 1] = el;
      out[4 * unit + 2] = c;
      out[4 * unit + 3] = ec;
    }
  }
  return out;
}

const infos = new WeakMap<PyCode, CodeInfo>();

/** Marks a code object and the code objects nested in it as hidden from tracebacks. */
export function hideCode(info: CodeInfo): void {
  info.hidden = true;
  for (const c of info.consts) if (c instanceof CodeInfo) hideCode(c);
}

export function codeInfo(code: PyCode): CodeInfo {
  let info = infos.get(code);
  if (!info) {
    info = new CodeInfo(code);
    infos.set(code, info);
  }
  return info;
}

/** A marshalled constant as a VM value. */
export function toValue(c: PyConstant): Value {
  switch (typeof c) {
    case 'string':
    case 'boolean':
      return c;
    case 'bigint':
      return norm(c);
    case 'number':
      return new PyFloat(c);
    case 'symbol':
      return Ellipsis;
  }
  if (c === null) return None;
  // A str with a surrogate pair JavaScript cannot keep apart reads as the astral character.
  if (c instanceof PyStrCodePoints) return c.toUTF16();
  if (c instanceof PyCode) return codeInfo(c);
  if (c instanceof CTuple) return tuple(c.items.map(toValue));
  if (c instanceof CBytes) return new PyBytes(c.data);
  if (c instanceof CComplex) return new PyComplexObj(c.real, c.imag);
  if (c instanceof CFrozenSet) {
    const s = new PySet(frozensetType);
    for (const it of c.items) {
      const v = toValue(it);
      s.add(v, hashOf(v));
    }
    return s;
  }
  throw new Error(`unknown constant ${String(c)}`);
}

/** A VM value as a code-object constant (code.replace(co_consts=...)); null if it cannot be one. */
export function fromValue(v: Value): PyConstant | undefined {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      return BigInt(v);
    case 'bigint':
      return v;
  }
  if (v === None) return null;
  if (v === Ellipsis) return PY_ELLIPSIS;
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyComplexObj) return new CComplex(v.re, v.im);
  if (v instanceof PyBytes) return new CBytes(v.data);
  if (v instanceof CodeInfo) return v.code;
  if (v instanceof PyTuple || v instanceof PySet) {
    const items: PyConstant[] = [];
    for (const x of v instanceof PyTuple ? v.items : v.keysArray()) {
      const c = fromValue(x);
      if (c === undefined) return undefined;
      items.push(c);
    }
    return v instanceof PyTuple ? new CTuple(items) : new CFrozenSet(items);
  }
  return undefined;
}

export { PyTuple };
