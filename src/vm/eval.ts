// The eval loop: one `run(entry)` switch over 3.11 opcodes (Python/ceval.c), iterating over
// explicit frames. A Python-to-Python call (CALL of a function, a bound method, or a class
// whose __init__ is Python), a for-loop over a generator and a `yield from`/`await` on a
// generator push the callee's frame and keep looping: no JavaScript recursion, so Python
// recursion is bounded only by sys.getrecursionlimit(). Native code that calls back into
// Python (sorted's key=, __eq__ from a dict lookup, ...) runs a nested `run`.
//
// Exceptions are JavaScript throws of PyBaseException; the catch below adds the traceback
// entry, chains __context__, and unwinds through the code object's exception table
// (Objects/exception_handling_notes.txt), popping frames until a handler is found.

import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_FAST_CELL, CO_ITERABLE_COROUTINE, CO_VARARGS, CO_VARKEYWORDS } from '../bytecode/code.js';
import { PyObject, type Value } from './object.js';
import { Ellipsis, None, NotImplemented, PyType, typeOf, typeType, isSubtype, TF_MAPPING, TF_SEQUENCE } from './type.js';
import { Op, CACHE_ENTRIES, OPNAMES, NB } from './opcodes.js';
import { CodeInfo } from './code-info.js';
import { Frame } from './frame.js';
import { TS, currentException } from './thread.js';
import { PyDict } from './dict.js';
import { PyList } from './list.js';
import { hintedArray } from './list-methods.js';
import { PyTuple, tuple, EMPTY_TUPLE } from './tuple.js';
import { PySet, setType } from './set.js';
import { PySlice } from './slice.js';
import { PyFloat } from './float.js';
import { PyCell, PyFunction, PyMethod, PyBuiltin, PyMethodDescr, PyProperty, propertyType } from './function.js';
import { bindArgs } from './call.js';
import {
  AssertionError, AttributeError as AttributeErrorRef, BaseException, isExcInstance, nameError, newExc, PyBaseException, RuntimeError, StopAsyncIteration,
  StopIteration, SystemError, typeError, UnboundLocalError, NameError, valueError, TypeError as TypeErrorT, runtimeError, chainTo,
} from './exceptions.js';
import { compareNumbers } from './numeric.js';
import {
  binaryOp, call, callKw, compareBool, contains, delAttr, delItem, getAttr, getItem, getIter, inplaceOp, iterNext, len,
  lookupSpecial, repr, richCompare, setAttr, setItem, str, toArray, truthy, unaryInvert, unaryNeg, unaryPos, descrKind,
  attrKindGeneric, getAttrOpt, isinstance, strValue, recursionError, hashOf, callSpecial, setAttrIsGeneric,
} from './abstract.js';
import { ListIterator, PyIter, RangeIterator } from './iter.js';
import { PyTraceback } from './traceback.js';
import { GEN_ASYNC, GEN_COROUTINE, GEN_GENERATOR, PyGenerator, genFinished, sendToIter, AsyncGenWrapped, getAwaitableIter, asyncIterNext } from './generator.js';
import { importFrom, importName, importStar } from './import.js';
import { fastInit, newInstance } from './class.js';
import { formatValue, ascii } from './format.js';
import { funcStr } from './describe.js';
import { checkEgMatch, prepReraiseStar } from './except-star.js';
import { setUpdate, iteratesAsDict, dictMergeDict } from './dict-methods.js';

/** Calls a Python function from native code (a nested run). */
export function callFunction(fn: PyFunction, args: Value[], kwnames: readonly string[] | null): Value {
  const f = newFrame(fn);
  bindArgs(fn, f.fast, args, 0, args.length, kwnames, null);
  return runNew(f);
}

export function newFrame(fn: PyFunction): Frame {
  const info = fn.info;
  info.calls++;
  return new Frame(info, fn, fn.globals, fn.builtins, null);
}

/** Pushes `f` on the thread's frame stack and runs it to completion (or its first yield). */
export function runNew(f: Frame): Value {
  if (TS.depth >= TS.recursionLimit) throw recursionError();
  f.back = TS.frame;
  TS.frame = f;
  TS.depth++;
  return run(f);
}

/** Resumes a suspended generator frame with `value` (already pushed by the caller). */
export function resumeFrame(f: Frame): Value {
  if (TS.depth >= TS.recursionLimit) throw recursionError();
  f.back = TS.frame;
  TS.frame = f;
  TS.depth++;
  return run(f);
}

/** Resumes a generator frame by raising `exc` at its current instruction (gen.throw). */
export function throwIntoFrame(f: Frame, exc: PyBaseException): Value {
  if (TS.depth >= TS.recursionLimit) throw recursionError();
  f.back = TS.frame;
  TS.frame = f;
  TS.depth++;
  return run(f, exc);
}

function unboundLocal(info: CodeInfo, i: number): PyBaseException {
  const e = newExc(UnboundLocalError, `cannot access local variable '${info.localNames[i]}' where it is not associated with a value`);
  e.setField('name', info.localNames[i]!);
  return e;
}

function unboundDeref(info: CodeInfo, i: number): PyBaseException {
  if (info.kinds[i]! & CO_FAST_CELL) return unboundLocal(info, i);
  const e = newExc(NameError, `cannot access free variable '${info.localNames[i]}' where it is not associated with a value in enclosing scope`);
  e.setField('name', info.localNames[i]!);
  return e;
}

/** Any thrown value as a Python exception. */
export function toPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  // No function calls here (a regex test would itself overflow when the stack is exhausted).
  if (e instanceof RangeError && e.message === 'Maximum call stack size exceeded') return recursionError();
  if (process.env['PYC_DEBUG']) process.stderr.write(`pyc: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
  return newExc(SystemError, `pyc internal error: ${(e as Error)?.message ?? String(e)}`);
}

/** _PyErr_SetObject's chaining: the exception being handled becomes __context__. */
function chainContext(exc: PyBaseException): void {
  const cur = currentException();
  if (cur === None || cur === exc || !(cur instanceof PyBaseException)) return;
  chainTo(exc, cur);
}

/** The exception to raise for `raise X`: an instance of X if X is a class. */
function makeRaisable(v: Value): PyBaseException {
  if (v instanceof PyType && isSubtype(v, BaseException)) {
    const e = call(v, []);
    if (!(e instanceof PyBaseException)) {
      throw typeError(`calling ${repr(v)} should have returned an instance of BaseException, not ${typeOf(e).name}`);
    }
    return e;
  }
  if (v instanceof PyBaseException) return v;
  throw typeError('exceptions must derive from BaseException');
}

function checkExceptType(t: Value): void {
  if (t instanceof PyTuple) {
    for (const x of t.items) checkExceptType(x);
    return;
  }
  if (!(t instanceof PyType && isSubtype(t, BaseException))) {
    throw typeError('catching classes that do not inherit from BaseException is not allowed');
  }
}

/** The result of a generator frame that ended by raising: PEP 479 conversions. */
function genRaised(g: PyGenerator, exc: PyBaseException): PyBaseException {
  genFinished(g);
  const what = g.kind === GEN_COROUTINE ? 'coroutine' : g.kind === GEN_ASYNC ? 'async generator' : 'generator';
  if (isExcInstance(exc, StopIteration) || (g.kind === GEN_ASYNC && isExcInstance(exc, StopAsyncIteration))) {
    const r = newExc(RuntimeError, `${what} raised ${exc.cls.name}`);
    r.cause = exc;
    r.context = exc;
    r.suppressContext = true;
    return r;
  }
  return exc;
}

const TRACE = process.env['PYC_TRACE'] !== undefined;

function traceInstr(f: Frame, pc: number, sp: number): void {
  process.stderr.write(`[${f.info.name}] ${pc * 2} ${OPNAMES[f.info.ops[pc]!]} ${f.info.args[pc]} sp=${sp - f.info.nlocalsplus}\n`);
}

const M_RETURN = 1;
const M_YIELD = 2;
const M_CALL = 3;

/**
 * Runs `entry` (already on the frame stack) until it returns or yields; returns the value.
 * For a generator frame, TS.yielded tells which. `initial` starts by raising it (gen.throw).
 */
export function run(entry: Frame, initial: PyBaseException | null = null): Value {
  TS.nested++;
  try {
    let r = exec(entry, entry, initial);
    // exec returns SUSPEND now and then with its state saved in TS.frame, so that V8 enters
    // it afresh and picks up (re)optimized code: a single long invocation would otherwise stay
    // in baseline code after its first deoptimization.
    while (r === SUSPEND) r = exec(entry, TS.frame!, null);
    return r;
  } finally {
    TS.nested--;
  }
}

const SUSPEND = { suspend: true } as unknown as Value;
/** Back edges and calls left before exec next returns SUSPEND. */
let budget = 0;
const BUDGET = 2000;

function exec(entry: Frame, start: Frame, initial: PyBaseException | null): Value {
  let f = start;
  let info = f.info;
  let ops = info.ops;
  let oparg = info.args;
  let consts = info.consts;
  let names = info.names;
  let fast = f.fast;
  let sp = f.sp;
  let pc = f.pc;
  let kwnames: readonly string[] | null = null;
  let reraise = false;
  let throwing: PyBaseException | null = initial;
  let retval: Value = None;
  let callee: Frame | null = null;
  for (;;) {
    try {
      if (throwing !== null) {
        const t = throwing;
        throwing = null;
        throw t;
      }
      for (;;) {
        const arg = oparg[pc]!;
        let mode = 0;
        if (TRACE) traceInstr(f, pc, sp);
        switch (ops[pc]) {
          case Op.NOP:
          case Op.RESUME:
          case Op.EXTENDED_ARG:
            pc++;
            continue;
          case Op.LOAD_FAST: {
            const v = fast[arg];
            if (v === null) throw unboundLocal(info, arg);
            fast[sp++] = v!;
            pc++;
            continue;
          }
          case Op.STORE_FAST:
            fast[arg] = fast[--sp]!;
            pc++;
            continue;
          case Op.LOAD_CONST:
            fast[sp++] = consts[arg]!;
            pc++;
            continue;
          case Op.POP_TOP:
            sp--;
            pc++;
            continue;
          case Op.PUSH_NULL:
            fast[sp++] = null;
            pc++;
            continue;
          case Op.COPY:
            fast[sp] = fast[sp - arg]!;
            sp++;
            pc++;
            continue;
          case Op.SWAP: {
            const t = fast[sp - 1]!;
            fast[sp - 1] = fast[sp - arg]!;
            fast[sp - arg] = t;
            pc++;
            continue;
          }

          // --- globals, names, attributes --------------------------------------------------
          case Op.LOAD_GLOBAL: {
            const name = names[arg >> 1]!;
            let v = f.globals.map.get(name);
            if (v === undefined) {
              v = f.builtins.map.get(name);
              if (v === undefined) throw nameError(name);
            }
            if (arg & 1) fast[sp++] = null;
            fast[sp++] = v;
            pc += 6;
            continue;
          }
          case Op.LOAD_NAME: {
            const name = names[arg]!;
            const v = loadName(f, name);
            fast[sp++] = v;
            pc++;
            continue;
          }
          case Op.STORE_NAME: {
            const loc = f.locals;
            if (loc instanceof PyDict && loc.cls === dictTypeRef) loc.setStr(names[arg]!, fast[--sp]!);
            else if (loc === null) throw newExc(SystemError, `no locals found when storing '${names[arg]}'`);
            else setItem(loc, names[arg]!, fast[--sp]!);
            pc++;
            continue;
          }
          case Op.LOAD_ATTR: {
            const obj = fast[sp - 1]!;
            if (typeof obj === 'object') {
              // the inline cache (filled by loadAttrSlow) for instances of one class
              const t = obj.cls;
              let c = info.ic[pc] as ICache | undefined;
              while (c !== undefined && c.t !== t) c = c.next;
              if (c !== undefined && c.version === t.version) {
                const k = c.kind;
                if (k === IC_PROPERTY) {
                  // a property whose getter is a Python function: run it in a frame; obj stays
                  // in the slot above the caller's stack for an AttributeError's context
                  const fget = c.d as PyFunction;
                  const nf = newFrame(fget);
                  const fi = fget.info;
                  if (fi.argcount === 1 && (fi.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && fi.kwonlyargcount === 0) nf.fast[0] = obj;
                  else bindArgs(fget, nf.fast, fast, sp - 1, 1, null, null);
                  sp--;
                  callee = nf;
                  mode = M_CALL;
                  break;
                }
                if (k !== IC_NONE) {
                  const dict = obj.dict;
                  if (dict !== null) {
                    const v = dict.getStr(names[arg]!);
                    if (v !== undefined) {
                      fast[sp - 1] = v;
                      pc += 5;
                      continue;
                    }
                  }
                  if (k === IC_METHOD) {
                    fast[sp - 1] = new PyMethod(c.d!, obj);
                    pc += 5;
                    continue;
                  }
                  if (k === IC_CLASS_VALUE) {
                    const d = t.lookup(names[arg]!);
                    if (d !== undefined && typeof d !== 'object') {
                      fast[sp - 1] = d;
                      pc += 5;
                      continue;
                    }
                  }
                }
              }
            }
            fast[sp - 1] = loadAttrSlow(info, pc, obj, names[arg]!);
            pc += 5;
            continue;
          }
          case Op.LOAD_METHOD: {
            const obj = fast[sp - 1]!;
            const t = typeOf(obj);
            let c = info.ic[pc] as ICache | undefined;
            while (c !== undefined && c.t !== t) c = c.next;
            if (c === undefined || c.version !== t.version) c = fillMethodCache(info, pc, t, names[arg]!);
            if (c.kind === IC_METHOD && !(typeof obj === 'object' && obj.dict !== null && obj.dict.getStr(names[arg]!) !== undefined)) {
              fast[sp - 1] = c.d;
              fast[sp++] = obj;
              pc += 11;
              continue;
            }
            fast[sp - 1] = null;
            fast[sp++] = getAttr(obj, names[arg]!);
            pc += 11;
            continue;
          }
          case Op.STORE_ATTR: {
            const obj = fast[sp - 1]!;
            const v = fast[sp - 2]!;
            if (typeof obj === 'object') {
              const t = obj.cls;
              let c = info.ic[pc] as ICache | undefined;
              while (c !== undefined && c.t !== t) c = c.next;
              if (c !== undefined && c.version === t.version && c.kind === IC_STORE_DICT) {
                const dict = obj.dict;
                if (dict !== null) dict.setStr(names[arg]!, v);
                else (obj.dict = new PyDict()).setStr(names[arg]!, v);
                sp -= 2;
                pc += 5;
                continue;
              }
            }
            storeAttrSlow(info, pc, obj, names[arg]!, v);
            sp -= 2;
            pc += 5;
            continue;
          }

          // --- cells ---------------------------------------------------------------------
          case Op.MAKE_CELL:
            fast[arg] = new PyCell(fast[arg]);
            pc++;
            continue;
          case Op.COPY_FREE_VARS: {
            const closure = f.func!.closure!;
            const off = info.nlocalsplus - arg;
            for (let i = 0; i < arg; i++) fast[off + i] = closure[i]!;
            pc++;
            continue;
          }
          case Op.LOAD_CLOSURE:
            fast[sp++] = fast[arg]!;
            pc++;
            continue;
          case Op.LOAD_DEREF: {
            const v = (fast[arg] as PyCell).v;
            if (v === null) throw unboundDeref(info, arg);
            fast[sp++] = v;
            pc++;
            continue;
          }
          case Op.STORE_DEREF:
            (fast[arg] as PyCell).v = fast[--sp]!;
            pc++;
            continue;

          // --- operators -----------------------------------------------------------------
          case Op.BINARY_OP: {
            const b = fast[--sp]!;
            const a = fast[sp - 1]!;
            if (typeof a === 'number' && typeof b === 'number') {
              let r: number;
              switch (arg) {
                case NB.ADD:
                case NB.INPLACE_ADD:
                  r = a + b;
                  if (Number.isSafeInteger(r)) {
                    fast[sp - 1] = r;
                    pc += 2;
                    continue;
                  }
                  break;
                case NB.SUBTRACT:
                case NB.INPLACE_SUBTRACT:
                  r = a - b;
                  if (Number.isSafeInteger(r)) {
                    fast[sp - 1] = r;
                    pc += 2;
                    continue;
                  }
                  break;
                case NB.MULTIPLY:
                case NB.INPLACE_MULTIPLY:
                  r = a * b;
                  if (Number.isSafeInteger(r) && r !== 0) {
                    fast[sp - 1] = r;
                    pc += 2;
                    continue;
                  }
                  break;
                case NB.REMAINDER:
                case NB.INPLACE_REMAINDER:
                  if (b > 0 && a >= 0) {
                    fast[sp - 1] = a % b;
                    pc += 2;
                    continue;
                  }
                  break;
                case NB.FLOOR_DIVIDE:
                case NB.INPLACE_FLOOR_DIVIDE:
                  if (b > 0 && a >= 0) {
                    fast[sp - 1] = Math.floor(a / b);
                    pc += 2;
                    continue;
                  }
                  break;
                case NB.TRUE_DIVIDE:
                case NB.INPLACE_TRUE_DIVIDE:
                  // both exact doubles (safe integers): IEEE division is the correctly rounded quotient
                  if (b !== 0) {
                    fast[sp - 1] = new PyFloat(a / b);
                    pc += 2;
                    continue;
                  }
                  break;
              }
            } else {
              // float (exact type) with float or int: the int (a safe integer) converts exactly
              let x: number | undefined;
              let y: number | undefined;
              if (a instanceof PyFloat) {
                if (a.cls === floatTypeRef) x = a.v;
              } else if (typeof a === 'number') x = a;
              if (b instanceof PyFloat) {
                if (b.cls === floatTypeRef) y = b.v;
              } else if (typeof b === 'number' && x !== undefined && typeof a !== 'number') y = b;
              if (x !== undefined && y !== undefined) {
                switch (arg) {
                  case NB.ADD:
                  case NB.INPLACE_ADD:
                    fast[sp - 1] = new PyFloat(x + y);
                    pc += 2;
                    continue;
                  case NB.SUBTRACT:
                  case NB.INPLACE_SUBTRACT:
                    fast[sp - 1] = new PyFloat(x - y);
                    pc += 2;
                    continue;
                  case NB.MULTIPLY:
                  case NB.INPLACE_MULTIPLY:
                    fast[sp - 1] = new PyFloat(x * y);
                    pc += 2;
                    continue;
                  case NB.TRUE_DIVIDE:
                  case NB.INPLACE_TRUE_DIVIDE:
                    if (y !== 0) {
                      fast[sp - 1] = new PyFloat(x / y);
                      pc += 2;
                      continue;
                    }
                    break;
                }
              }
            }
            fast[sp - 1] = arg < 13 ? binaryOp(arg, a, b) : inplaceOp(arg, a, b);
            pc += 2;
            continue;
          }
          case Op.COMPARE_OP: {
            const b = fast[--sp]!;
            const a = fast[sp - 1]!;
            if (typeof a === 'number' && typeof b === 'number') {
              fast[sp - 1] = compareNumbers(a, b, arg);
            } else if (a instanceof PyFloat && a.cls === floatTypeRef && ((b instanceof PyFloat && b.cls === floatTypeRef) || typeof b === 'number')) {
              // a float with a float or an int (a safe integer, exact as a double); NaN as C
              const x = a.v;
              const y = typeof b === 'number' ? b : (b as PyFloat).v;
              fast[sp - 1] = compareNumbers(x, y, arg);
            } else fast[sp - 1] = richCompare(a, b, arg);
            pc += 3;
            continue;
          }
          case Op.IS_OP: {
            const b = fast[--sp]!;
            const a = fast[sp - 1]!;
            fast[sp - 1] = (a === b) !== (arg === 1);
            pc++;
            continue;
          }
          case Op.CONTAINS_OP: {
            const b = fast[--sp]!;
            const a = fast[sp - 1]!;
            fast[sp - 1] = contains(b, a) !== (arg === 1);
            pc++;
            continue;
          }
          case Op.UNARY_NOT:
            fast[sp - 1] = !truthy(fast[sp - 1]!);
            pc++;
            continue;
          case Op.BINARY_SUBSCR: {
            const k = fast[--sp]!;
            const o = fast[sp - 1]!;
            if (o instanceof PyList && typeof k === 'number' && o.cls === listTypeRef) {
              const items = o.items;
              const i = k < 0 ? k + items.length : k;
              if (i >= 0 && i < items.length) {
                fast[sp - 1] = items[i]!;
                pc += 5;
                continue;
              }
            } else if (o instanceof PyDict && o.cls === dictTypeRef && (typeof k === 'string' || typeof k === 'number')) {
              const v = o.get(k);
              if (v !== undefined) {
                fast[sp - 1] = v;
                pc += 5;
                continue;
              }
            }
            fast[sp - 1] = getItem(o, k);
            pc += 5;
            continue;
          }
          case Op.STORE_SUBSCR: {
            const k = fast[sp - 1]!;
            const o = fast[sp - 2]!;
            const v = fast[sp - 3]!;
            if (o instanceof PyList && typeof k === 'number' && o.cls === listTypeRef) {
              const items = o.items;
              const i = k < 0 ? k + items.length : k;
              if (i >= 0 && i < items.length) {
                items[i] = v;
                sp -= 3;
                pc += 2;
                continue;
              }
            }
            setItem(o, k, v);
            sp -= 3;
            pc += 2;
            continue;
          }

          // --- jumps ---------------------------------------------------------------------
          case Op.JUMP_FORWARD:
          case Op.JUMP_BACKWARD_NO_INTERRUPT:
            pc = arg;
            continue;
          case Op.JUMP_BACKWARD:
            info.backedges++;
            pc = arg;
            if (--budget < 0) {
              budget = BUDGET;
              f.sp = sp;
              f.pc = pc;
              return SUSPEND;
            }
            continue;
          case Op.POP_JUMP_FORWARD_IF_FALSE:
          case Op.POP_JUMP_BACKWARD_IF_FALSE: {
            const v = fast[--sp]!;
            if (v === false || (v !== true && !truthy(v))) pc = arg;
            else pc++;
            continue;
          }
          case Op.POP_JUMP_FORWARD_IF_TRUE:
          case Op.POP_JUMP_BACKWARD_IF_TRUE: {
            const v = fast[--sp]!;
            if (v === true || (v !== false && truthy(v))) pc = arg;
            else pc++;
            continue;
          }
          case Op.POP_JUMP_FORWARD_IF_NONE:
          case Op.POP_JUMP_BACKWARD_IF_NONE:
            if (fast[--sp] === None) pc = arg;
            else pc++;
            continue;
          case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
          case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
            if (fast[--sp] !== None) pc = arg;
            else pc++;
            continue;
          case Op.JUMP_IF_FALSE_OR_POP:
            if (!truthy(fast[sp - 1]!)) pc = arg;
            else {
              sp--;
              pc++;
            }
            continue;
          case Op.JUMP_IF_TRUE_OR_POP:
            if (truthy(fast[sp - 1]!)) pc = arg;
            else {
              sp--;
              pc++;
            }
            continue;

          // --- iteration -----------------------------------------------------------------
          case Op.GET_ITER:
            fast[sp - 1] = getIter(fast[sp - 1]!);
            pc++;
            continue;
          case Op.FOR_ITER: {
            const it = fast[sp - 1]!;
            if (it instanceof RangeIterator) {
              if (it.remaining > 0) {
                it.remaining--;
                fast[sp++] = it.cur;
                it.cur += it.step;
                pc++;
              } else {
                sp--;
                pc = arg;
              }
              continue;
            }
            if (it instanceof ListIterator) {
              const l = it.list;
              if (l !== null && it.i < l.items.length) {
                fast[sp++] = l.items[it.i++]!;
                pc++;
              } else {
                it.list = null;
                sp--;
                pc = arg;
              }
              continue;
            }
            if (it instanceof PyIter && !it.cls.isHeap()) {
              const v = it.next();
              if (v === undefined) {
                sp--;
                pc = arg;
              } else {
                fast[sp++] = v;
                pc++;
              }
              continue;
            }
            if (it instanceof PyGenerator && it.kind === GEN_GENERATOR) {
              const g = it;
              if (g.frame === null) {
                sp--;
                pc = arg;
                continue;
              }
              if (g.running) throw valueError('generator already executing');
              const gf = g.frame;
              if (TS.depth >= TS.recursionLimit) throw recursionError();
              gf.fast[gf.sp++] = None;
              callee = gf;
              mode = M_CALL;
              break;
            }
            const v = iterNext(it);
            if (v === undefined) {
              sp--;
              pc = arg;
            } else {
              fast[sp++] = v;
              pc++;
            }
            continue;
          }
          case Op.SEND: {
            const v = fast[--sp]!;
            const recv = fast[sp - 1]!;
            if (recv instanceof PyGenerator && recv.kind !== GEN_ASYNC && !recv.cls.isHeap()) {
              const g = recv;
              if (g.frame === null) {
                // An exhausted generator: StopIteration(None)
                throw newExc(RuntimeError, `cannot reuse already awaited ${g.kind === GEN_COROUTINE ? 'coroutine' : 'generator'}`);
              }
              if (g.running) throw valueError(`${g.kind === GEN_COROUTINE ? 'coroutine' : 'generator'} already executing`);
              if (!g.started && v !== None) throw typeError(`can't send non-None value to a just-started ${g.kind === GEN_COROUTINE ? 'coroutine' : 'generator'}`);
              const gf = g.frame;
              if (TS.depth >= TS.recursionLimit) throw recursionError();
              gf.fast[gf.sp++] = v;
              callee = gf;
              mode = M_CALL;
              break;
            }
            const r = sendToIter(recv, v);
            if (r.done) {
              fast[sp - 1] = r.value;
              pc = arg;
            } else {
              fast[sp++] = r.value;
              pc++;
            }
            continue;
          }
          case Op.UNPACK_SEQUENCE: {
            const seq = fast[--sp]!;
            if ((seq instanceof PyTuple || seq instanceof PyList) && seq.items.length === arg) {
              const items = seq.items;
              for (let i = arg - 1; i >= 0; i--) fast[sp++] = items[i]!;
            } else {
              const items = unpackIterable(seq, arg, -1);
              for (let i = items.length - 1; i >= 0; i--) fast[sp++] = items[i]!;
            }
            pc += 2;
            continue;
          }

          // --- building ------------------------------------------------------------------
          case Op.BUILD_TUPLE: {
            const items = fast.slice(sp - arg, sp) as Value[];
            sp -= arg;
            fast[sp++] = tuple(items);
            pc++;
            continue;
          }
          case Op.BUILD_LIST: {
            const items = fast.slice(sp - arg, sp) as Value[];
            sp -= arg;
            fast[sp++] = new PyList(items);
            pc++;
            continue;
          }
          case Op.BUILD_STRING: {
            let s = '';
            for (let i = sp - arg; i < sp; i++) s += fast[i] as string;
            sp -= arg;
            fast[sp++] = s;
            pc++;
            continue;
          }
          case Op.LIST_APPEND: {
            const v = fast[--sp]!;
            (fast[sp - arg] as PyList).items.push(v);
            pc++;
            continue;
          }
          case Op.FORMAT_VALUE: {
            const spec = arg & 4 ? (fast[--sp] as string) : '';
            let v = fast[sp - 1]!;
            switch (arg & 3) {
              case 1:
                v = str(v);
                break;
              case 2:
                v = repr(v);
                break;
              case 3:
                v = ascii(v);
                break;
            }
            fast[sp - 1] = typeof v === 'string' && spec === '' ? v : formatValue(v, spec);
            pc++;
            continue;
          }

          // --- functions and calls ---------------------------------------------------------
          case Op.KW_NAMES:
            kwnames = (consts[arg] as PyTuple).items as string[];
            pc++;
            continue;
          case Op.PRECALL:
            pc += 2;
            continue;
          case Op.CALL: {
            const kw = kwnames;
            kwnames = null;
            const base = sp - arg - 2;
            let fn = fast[base];
            let argStart: number;
            let nargs: number;
            if (fn === null) {
              fn = fast[base + 1]!;
              argStart = base + 2;
              nargs = arg;
            } else {
              argStart = base + 1;
              nargs = arg + 1;
            }
            if (fn instanceof PyFunction) {
              const nf = newFrame(fn);
              bindArgs(fn, nf.fast, fast, argStart, nargs, kw, null);
              sp = base;
              callee = nf;
              mode = M_CALL;
              break;
            }
            if (fn instanceof PyMethod && fn.func instanceof PyFunction) {
              const nf = newFrame(fn.func);
              bindArgs(fn.func, nf.fast, fast, argStart, nargs, kw, fn.self);
              sp = base;
              callee = nf;
              mode = M_CALL;
              break;
            }
            if (fn instanceof PyType && fn.cls === typeType) {
              let c = info.ic[pc] as ICache | undefined;
              while (c !== undefined && c.t !== fn) c = c.next;
              if (c === undefined || c.version !== fn.version) c = fillInitCache(info, pc, fn);
              if (c.kind === IC_INIT) {
                const inst = newInstance(fn);
                const init = c.d as PyFunction;
                const nf = newFrame(init);
                bindArgs(init, nf.fast, fast, argStart, nargs, kw, inst);
                nf.initSelf = inst;
                sp = base;
                callee = nf;
                mode = M_CALL;
                break;
              }
            }
            let r: Value;
            // native code may look at this frame (sys._getframe, warnings' stacklevel)
            f.pc = pc;
            if (fn instanceof PyBuiltin) {
              if (fn.passSelf) {
                // self then the arguments, in one copy (the slot below them is the callable or NULL)
                const a = fast.slice(argStart - 1, argStart + nargs) as Value[];
                a[0] = fn.self!;
                r = fn.fn(a, kw);
              } else r = fn.fn(fast.slice(argStart, argStart + nargs) as Value[], kw);
            } else if (fn instanceof PyMethodDescr && nargs > 0 && isSubtype(typeOf(fast[argStart]!), fn.owner)) {
              // a method of a builtin type from LOAD_METHOD: self is the first argument
              r = fn.fn(fast.slice(argStart, argStart + nargs) as Value[], kw);
            } else r = call(fn, fast.slice(argStart, argStart + nargs) as Value[], kw);
            sp = base;
            fast[sp++] = r;
            pc += 5;
            continue;
          }
          case Op.CALL_FUNCTION_EX: {
            let kwargs: Value | null = null;
            if (arg & 1) kwargs = fast[--sp]!;
            let callargs = fast[--sp]!;
            const fn = fast[sp - 1]!;
            if (!(callargs instanceof PyTuple)) {
              if (typeOf(callargs).lookup('__iter__') === undefined && typeOf(callargs).lookup('__getitem__') === undefined) {
                throw typeError(`${funcStr(fn)} argument after * must be an iterable, not ${typeOf(callargs).name}`);
              }
              callargs = tuple(hintedArray(callargs));
            }
            let kwd: PyDict | null = null;
            if (kwargs !== null) {
              if (kwargs instanceof PyDict && kwargs.cls === dictTypeRef) kwd = kwargs;
              else {
                kwd = new PyDict();
                dictUpdate(kwd, kwargs, fn);
              }
            }
            const args = (callargs as PyTuple).items;
            if (fn instanceof PyFunction && (kwd === null || kwd.size === 0)) {
              const nf = newFrame(fn);
              bindArgs(fn, nf.fast, args, 0, args.length, null, null);
              sp -= 2;
              callee = nf;
              mode = M_CALL;
              break;
            }
            const r = callKw(fn, args.slice(), kwd);
            sp -= 2;
            fast[sp++] = r;
            pc++;
            continue;
          }

          // --- returns and generators ------------------------------------------------------
          case Op.RETURN_VALUE:
            retval = fast[--sp]!;
            mode = M_RETURN;
            break;
          case Op.RETURN_GENERATOR: {
            const kind = info.flags & CO_COROUTINE ? GEN_COROUTINE : info.flags & CO_ASYNC_GENERATOR ? GEN_ASYNC : GEN_GENERATOR;
            const g = new PyGenerator(f, kind);
            f.gen = g;
            f.pc = pc + 1;
            f.sp = sp;
            retval = g;
            mode = M_RETURN;
            break;
          }
          case Op.YIELD_VALUE:
            retval = fast[--sp]!;
            mode = M_YIELD;
            break;
          case Op.END_ASYNC_FOR: {
            const exc = fast[--sp]!;
            if (isExcInstance(exc, StopAsyncIteration)) {
              sp--;
              pc++;
              continue;
            }
            reraise = true;
            throw exc;
          }

          // --- exceptions --------------------------------------------------------------------
          case Op.PUSH_EXC_INFO: {
            const v = fast[sp - 1]!;
            fast[sp - 1] = TS.exc.value;
            fast[sp++] = v;
            TS.exc.value = v;
            pc++;
            continue;
          }
          case Op.POP_EXCEPT:
            TS.exc.value = fast[--sp]!;
            pc++;
            continue;
          case Op.RAISE_VARARGS: {
            if (arg === 0) {
              const cur = currentException();
              if (cur === None) throw runtimeError('No active exception to reraise');
              f.pc = pc;
              reraise = true;
              throw cur;
            }
            let cause: Value | undefined;
            if (arg === 2) cause = fast[--sp]!;
            const exc = makeRaisable(fast[--sp]!);
            if (cause !== undefined) {
              if (cause === None) exc.cause = null;
              else if (cause instanceof PyType && isSubtype(cause, BaseException)) exc.cause = makeRaisable(cause);
              else if (cause instanceof PyBaseException) exc.cause = cause;
              else throw typeError('exception causes must derive from BaseException');
              exc.suppressContext = true;
            }
            throw exc;
          }
          case Op.RERAISE: {
            // CPython restores f_lasti from the stack (for f_lineno) but looks up the handler
            // at the RERAISE itself, as this does.
            const exc = fast[--sp]!;
            f.pc = arg ? (fast[sp - arg] as number) : pc;
            reraise = true;
            throw exc;
          }

          // --- imports ---------------------------------------------------------------------

          // --- pattern matching ------------------------------------------------------------

          default:
            // the rarer opcodes, out of line: a smaller exec compiles faster and deoptimizes less
            f.pc = pc;
            sp = execCold(f, ops[pc]!, arg, sp, pc);
            pc++;
            continue;
        }

        // --- frame transitions (reached by `break` out of the switch) ----------------------
        if (mode === M_CALL) {
          const nf = callee!;
          callee = null;
          if (TS.depth >= TS.recursionLimit) throw recursionError();
          f.sp = sp;
          f.pc = pc;
          nf.back = f;
          TS.frame = nf;
          TS.depth++;
          const g = nf.gen;
          if (g !== null) {
            g.running = true;
            g.started = true;
            g.excItem.prev = TS.exc;
            TS.exc = g.excItem;
          }
          f = nf;
          info = f.info;
          ops = info.ops;
          oparg = info.args;
          consts = info.consts;
          names = info.names;
          fast = f.fast;
          sp = f.sp;
          pc = f.pc;
          if (--budget < 0) {
            budget = BUDGET;
            return SUSPEND;
          }
          continue;
        }
        // M_RETURN or M_YIELD: leave frame f with retval.
        const g = f.gen;
        let yielded = false;
        if (mode === M_YIELD) {
          f.sp = sp;
          f.pc = pc + 1;
          yielded = true;
          g!.running = false;
          TS.exc = g!.excItem.prev!;
          g!.excItem.prev = null;
        } else if (g !== null && ops[pc] !== Op.RETURN_GENERATOR) {
          genFinished(g);
          f.done = true;
        } else if (ops[pc] !== Op.RETURN_GENERATOR) f.done = true;
        TS.depth--;
        const caller = f.back;
        TS.frame = caller;
        f.back = null;
        if (f === entry) {
          TS.yielded = yielded;
          return retval;
        }
        let result = retval;
        const initSelf = f.initSelf;
        f = caller!;
        info = f.info;
        ops = info.ops;
        oparg = info.args;
        consts = info.consts;
        names = info.names;
        fast = f.fast;
        sp = f.sp;
        pc = f.pc;
        const cop = ops[pc]!;
        if (cop === Op.FOR_ITER) {
          if (yielded) {
            fast[sp++] = result;
            pc++;
          } else {
            sp--;
            pc = oparg[pc]!;
          }
          continue;
        }
        if (cop === Op.SEND) {
          if (yielded) {
            fast[sp++] = result;
            pc++;
          } else {
            fast[sp - 1] = result;
            pc = oparg[pc]!;
          }
          continue;
        }
        if (initSelf !== null) {
          if (result !== None) throw typeError(`__init__() should return None, not '${typeOf(result).name}'`);
          result = initSelf;
        }
        fast[sp++] = result;
        pc += 1 + CACHE_ENTRIES[cop]!;
      }
    } catch (e) {
      // --- exception unwinding -------------------------------------------------------------
      let exc = toPyException(e);
      let addTb = !reraise;
      let setCtx = !reraise && exc !== TS.escaping;
      if (exc === TS.escaping) TS.escaping = null;
      reraise = false;
      kwnames = null;
      callee = null;
      for (;;) {
        if (addTb && !info.hidden) exc.traceback = new PyTraceback(exc.traceback, f, pc);
        if (setCtx) {
          chainContext(exc);
          setCtx = false;
        }
        const h = info.findHandler(pc);
        if (h >= 0) {
          const t = info.exc;
          sp = info.nlocalsplus + t[h + 3]!;
          if (t[h + 4]) fast[sp++] = addTb ? pc : f.pc;
          fast[sp++] = exc;
          pc = t[h + 2]!;
          break;
        }
        if (addTb) f.pc = pc;
        f.done = true;
        if (f.gen !== null) {
          const g = f.gen;
          TS.exc = g.excItem.prev!;
          g.excItem.prev = null;
          exc = genRaised(g, exc);
        }
        TS.depth--;
        const caller = f.back;
        TS.frame = caller;
        f.back = null;
        if (f === entry) {
          TS.escaping = exc;
          throw exc;
        }
        f = caller!;
        info = f.info;
        ops = info.ops;
        oparg = info.args;
        consts = info.consts;
        names = info.names;
        fast = f.fast;
        sp = f.sp;
        pc = f.pc;
        addTb = true;
        // a property getter run in a frame by LOAD_ATTR: set_attribute_error_context (the
        // object is still in the slot above the stack)
        if (ops[pc] === Op.LOAD_ATTR) attrErrorContext(exc, names[oparg[pc]!]!, fast[sp]!);
      }
    }
  }
}

/** The rarer opcodes, which only work on the stack and go on to the next instruction: new sp. */
function execCold(f: Frame, op: number, arg: number, sp: number, pc: number): number {
  const fast = f.fast;
  const info = f.info;
  const names = info.names;
  switch (op) {
    case Op.DELETE_FAST:
      if (fast[arg] === null) throw unboundLocal(info, arg);
      fast[arg] = null;
      return sp;
    case Op.STORE_GLOBAL:
      f.globals.setStr(names[arg]!, fast[--sp]!);
      return sp;
    case Op.DELETE_GLOBAL:
      if (f.globals.delete(names[arg]!) === undefined) throw nameError(names[arg]!);
      return sp;
    case Op.DELETE_NAME: {
      const loc = f.locals;
      const name = names[arg]!;
      if (loc instanceof PyDict && loc.cls === dictTypeRef) {
        if (loc.delete(name) === undefined) throw nameError(name);
      } else if (loc !== null) {
        try {
          delItem(loc, name);
        } catch (e) {
          throw nameError(name);
        }
      }
      return sp;
    }
    case Op.DELETE_ATTR:
      delAttr(fast[sp - 1]!, names[arg]!);
      sp--;
      return sp;
    case Op.DELETE_DEREF: {
      const c = fast[arg] as PyCell;
      if (c.v === null) throw unboundDeref(info, arg);
      c.v = null;
      return sp;
    }
    case Op.LOAD_CLASSDEREF: {
      const name = info.localNames[arg]!;
      const loc = f.locals;
      let v: Value | undefined;
      if (loc instanceof PyDict && loc.cls === dictTypeRef) v = loc.getStr(name);
      else if (loc !== null) {
        try {
          v = getItem(loc, name);
        } catch (e) {
          if (!isExcInstance(e, KeyErrorRef())) throw e;
        }
      }
      if (v === undefined) {
        const c = (fast[arg] as PyCell).v;
        if (c === null) throw unboundDeref(info, arg);
        v = c;
      }
      fast[sp++] = v;
      return sp;
    }
    case Op.UNARY_NEGATIVE:
      fast[sp - 1] = unaryNeg(fast[sp - 1]!);
      return sp;
    case Op.UNARY_POSITIVE:
      fast[sp - 1] = unaryPos(fast[sp - 1]!);
      return sp;
    case Op.UNARY_INVERT:
      fast[sp - 1] = unaryInvert(fast[sp - 1]!);
      return sp;
    case Op.DELETE_SUBSCR: {
      const k = fast[sp - 1]!;
      const o = fast[sp - 2]!;
      delItem(o, k);
      sp -= 2;
      return sp;
    }
    case Op.GET_YIELD_FROM_ITER: {
      const v = fast[sp - 1]!;
      if (v instanceof PyGenerator) {
        if (v.kind === GEN_COROUTINE && !(info.flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
          throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
        }
      } else fast[sp - 1] = getIter(v);
      return sp;
    }
    case Op.UNPACK_EX: {
      const seq = fast[--sp]!;
      const before = arg & 0xff;
      const after = arg >> 8;
      const items = unpackIterable(seq, before, after);
      for (let i = items.length - 1; i >= 0; i--) fast[sp++] = items[i]!;
      return sp;
    }
    case Op.BUILD_SET: {
      const s = new PySet(setType);
      for (let i = sp - arg; i < sp; i++) s.add(fast[i]!, hashOf(fast[i]!));
      sp -= arg;
      fast[sp++] = s;
      return sp;
    }
    case Op.BUILD_MAP: {
      const d = new PyDict();
      for (let i = sp - 2 * arg; i < sp; i += 2) d.set(fast[i]!, fast[i + 1]!);
      sp -= 2 * arg;
      fast[sp++] = d;
      return sp;
    }
    case Op.BUILD_CONST_KEY_MAP: {
      const keys = (fast[--sp] as PyTuple).items;
      const d = new PyDict();
      for (let i = 0; i < arg; i++) d.set(keys[i]!, fast[sp - arg + i]!);
      sp -= arg;
      fast[sp++] = d;
      return sp;
    }
    case Op.BUILD_SLICE: {
      const step = arg === 3 ? fast[--sp]! : None;
      const stop = fast[--sp]!;
      const start = fast[sp - 1]!;
      fast[sp - 1] = new PySlice(start, stop, step);
      return sp;
    }
    case Op.SET_ADD: {
      const v = fast[--sp]!;
      (fast[sp - arg] as PySet).add(v, hashOf(v));
      return sp;
    }
    case Op.MAP_ADD: {
      const v = fast[--sp]!;
      const k = fast[--sp]!;
      (fast[sp - arg] as PyDict).set(k, v);
      return sp;
    }
    case Op.LIST_EXTEND: {
      const it = fast[--sp]!;
      const l = fast[sp - arg] as PyList;
      if (it instanceof PyTuple || it instanceof PyList) {
        for (const x of it.items) l.items.push(x);
      } else {
        try {
          for (const x of hintedArray(it)) l.items.push(x);
        } catch (e) {
          if (isExcInstance(e, TypeErrorT) && typeOf(it).lookup('__iter__') === undefined && typeOf(it).lookup('__getitem__') === undefined) {
            throw typeError(`Value after * must be an iterable, not ${typeOf(it).name}`);
          }
          throw e;
        }
      }
      return sp;
    }
    case Op.SET_UPDATE: {
      const it = fast[--sp]!;
      setUpdate(fast[sp - arg] as PySet, it);
      return sp;
    }
    case Op.DICT_UPDATE: {
      const upd = fast[--sp]!;
      dictUpdate(fast[sp - arg] as PyDict, upd, null);
      return sp;
    }
    case Op.DICT_MERGE: {
      const upd = fast[--sp]!;
      dictUpdate(fast[sp - arg] as PyDict, upd, fast[sp - arg - 2]!);
      return sp;
    }
    case Op.LIST_TO_TUPLE:
      fast[sp - 1] = tuple((fast[sp - 1] as PyList).items);
      return sp;
    case Op.GET_LEN:
      fast[sp] = len(fast[sp - 1]!);
      sp++;
      return sp;
    case Op.MAKE_FUNCTION: {
      const code = fast[--sp] as CodeInfo;
      const fn = new PyFunction(code, f.globals, f.builtins);
      if (arg & 8) fn.closure = (fast[--sp] as PyTuple).items as PyCell[];
      if (arg & 4) {
        const ann = (fast[--sp] as PyTuple).items;
        const d = new PyDict();
        for (let i = 0; i + 1 < ann.length; i += 2) d.set(ann[i]!, ann[i + 1]!);
        fn.annotations = d;
      }
      if (arg & 2) fn.kwdefaults = fast[--sp] as PyDict;
      if (arg & 1) fn.defaults = (fast[--sp] as PyTuple).items;
      fast[sp++] = fn;
      return sp;
    }
    case Op.LOAD_BUILD_CLASS: {
      const bc = f.builtins.getStr('__build_class__');
      if (bc === undefined) throw nameError('__build_class__');
      fast[sp++] = bc;
      return sp;
    }
    case Op.LOAD_ASSERTION_ERROR:
      fast[sp++] = AssertionError;
      return sp;
    case Op.SETUP_ANNOTATIONS: {
      const loc = f.locals;
      if (loc instanceof PyDict && loc.cls === dictTypeRef) {
        if (loc.getStr('__annotations__') === undefined) loc.setStr('__annotations__', new PyDict());
      } else if (loc !== null) {
        try {
          getItem(loc, '__annotations__');
        } catch (e) {
          if (!isExcInstance(e, KeyErrorRef())) throw e;
          setItem(loc, '__annotations__', new PyDict());
        }
      }
      return sp;
    }
    case Op.ASYNC_GEN_WRAP:
      fast[sp - 1] = new AsyncGenWrapped(fast[sp - 1]!);
      return sp;
    case Op.GET_AWAITABLE:
      fast[sp - 1] = getAwaitableIter(fast[sp - 1]!, arg);
      return sp;
    case Op.GET_AITER: {
      const o = fast[sp - 1]!;
      const ai = lookupSpecial(o, '__aiter__');
      if (ai === undefined) throw typeError(`'async for' requires an object with __aiter__ method, got ${typeOf(o).name}`);
      const it = call(ai, []);
      if (typeOf(it).lookup('__anext__') === undefined) {
        throw typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(it).name}`);
      }
      fast[sp - 1] = it;
      return sp;
    }
    case Op.GET_ANEXT:
      fast[sp] = asyncIterNext(fast[sp - 1]!);
      sp++;
      return sp;
    case Op.BEFORE_WITH: {
      const mgr = fast[sp - 1]!;
      const enter = lookupSpecial(mgr, '__enter__');
      if (enter === undefined) throw typeError(`'${typeOf(mgr).name}' object does not support the context manager protocol`);
      const exit = lookupSpecial(mgr, '__exit__');
      if (exit === undefined) throw typeError(`'${typeOf(mgr).name}' object does not support the context manager protocol (missed __exit__ method)`);
      fast[sp - 1] = exit;
      fast[sp++] = call(enter, []);
      return sp;
    }
    case Op.BEFORE_ASYNC_WITH: {
      const mgr = fast[sp - 1]!;
      const enter = lookupSpecial(mgr, '__aenter__');
      if (enter === undefined) throw typeError(`'${typeOf(mgr).name}' object does not support the asynchronous context manager protocol`);
      const exit = lookupSpecial(mgr, '__aexit__');
      if (exit === undefined) throw typeError(`'${typeOf(mgr).name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
      fast[sp - 1] = exit;
      fast[sp++] = call(enter, []);
      return sp;
    }
    case Op.WITH_EXCEPT_START: {
      const exc = fast[sp - 1]!;
      const exit = fast[sp - 4]!;
      const tb = exc instanceof PyBaseException && exc.traceback ? exc.traceback : None;
      fast[sp] = call(exit, [typeOf(exc), exc, tb]);
      sp++;
      return sp;
    }
    case Op.CHECK_EXC_MATCH: {
      const t = fast[--sp]!;
      checkExceptType(t);
      fast[sp] = isinstance(fast[sp - 1]!, t);
      sp++;
      return sp;
    }
    case Op.CHECK_EG_MATCH: {
      const t = fast[--sp]!;
      const exc = fast[--sp]!;
      const [rest, match] = checkEgMatch(exc, t);
      fast[sp++] = rest;
      fast[sp++] = match;
      if (match !== None) TS.exc.value = match;
      return sp;
    }
    case Op.PREP_RERAISE_STAR: {
      const excs = fast[--sp] as PyList;
      const orig = fast[sp - 1]!;
      fast[sp - 1] = prepReraiseStar(orig, excs);
      return sp;
    }
    case Op.IMPORT_NAME: {
      const fromlist = fast[--sp]!;
      const level = fast[sp - 1]!;
      f.pc = pc;
      fast[sp - 1] = importName(names[arg]!, fromlist, level as number, f);
      return sp;
    }
    case Op.IMPORT_FROM:
      fast[sp] = importFrom(fast[sp - 1]!, names[arg]!);
      sp++;
      return sp;
    case Op.IMPORT_STAR: {
      const mod = fast[--sp]!;
      importStar(mod, f);
      return sp;
    }
    case Op.MATCH_MAPPING:
      fast[sp] = matchFlag(fast[sp - 1]!, TF_MAPPING);
      sp++;
      return sp;
    case Op.MATCH_SEQUENCE:
      fast[sp] = matchFlag(fast[sp - 1]!, TF_SEQUENCE);
      sp++;
      return sp;
    case Op.MATCH_KEYS:
      fast[sp] = matchKeys(fast[sp - 2]!, fast[sp - 1] as PyTuple);
      sp++;
      return sp;
    case Op.MATCH_CLASS: {
      const kwNames = fast[--sp] as PyTuple;
      const cls = fast[--sp]!;
      const subject = fast[sp - 1]!;
      fast[sp - 1] = matchClass(subject, cls, arg, kwNames);
      return sp;
    }
    case Op.PRINT_EXPR: {
      const v = fast[--sp]!;
      const hook = getAttrOpt(sysModuleRef(), 'displayhook');
      if (hook === undefined) throw runtimeError('lost sys.displayhook');
      call(hook, [v]);
      return sp;
    }
    default:
      throw newExc(SystemError, `unknown opcode ${op} (${OPNAMES[op]})`);
  }
}

// --- inline caches ----------------------------------------------------------------------------
//
// One entry per instruction (CodeInfo.ic), for one class at a time: valid while the class's
// version is unchanged (PyType.invalidate bumps it for the class and its subclasses whenever a
// namespace along the MRO or the bases change), so it can stand for the MRO lookups.

const IC_NONE = 0; // no fast path for this class
const IC_DICT = 1; // LOAD_ATTR: instance dict only
const IC_CLASS_VALUE = 6; // LOAD_ATTR: instance dict, then the class's plain value (int, str, ...), looked up
const IC_METHOD = 2; // LOAD_ATTR: instance dict, then `d` (a Python function) bound; LOAD_METHOD: `d` unbound
const IC_PROPERTY = 3; // LOAD_ATTR: `d` is the Python getter of a property
const IC_STORE_DICT = 4; // STORE_ATTR: object.__setattr__ storing into the instance dict
const IC_INIT = 5; // CALL of a class: object.__new__, then `d`, a Python __init__

class ICache {
  t: PyType;
  version: number;
  kind: number;
  d: Value | null;
  /** Entries for other classes seen at the same instruction (at most IC_WAYS in all). */
  next: ICache | undefined;
  constructor(t: PyType, kind: number, d: Value | null, next: ICache | undefined) {
    this.t = t;
    this.version = t.version;
    this.kind = kind;
    this.d = d;
    this.next = next;
  }
}

const IC_WAYS = 4;

function setCache(info: CodeInfo, pc: number, t: PyType, kind: number, d: Value | null): ICache {
  const head = info.ic[pc] as ICache | undefined;
  let n = 0;
  let c = head;
  for (; c !== undefined && c.t !== t; c = c.next) n++;
  if (c === undefined) {
    // a new class here: prepend (dropping all when the site is megamorphic)
    c = new ICache(t, kind, d, n >= IC_WAYS ? undefined : head);
    info.ic[pc] = c;
    return c;
  }
  c.version = t.version;
  c.kind = kind;
  c.d = d;
  return c;
}

function attrErrorContext(exc: PyBaseException, name: string, obj: Value): void {
  if (isExcInstance(exc, AttributeErrorRef) && !exc.fields?.has('name') && !exc.fields?.has('obj')) {
    exc.setField('name', name);
    exc.setField('obj', obj);
  }
}

function loadAttrSlow(info: CodeInfo, pc: number, obj: Value, name: string): Value {
  const v = getAttr(obj, name);
  if (typeof obj === 'object') {
    const t = obj.cls;
    let c = info.ic[pc] as ICache | undefined;
    while (c !== undefined && c.t !== t) c = c.next;
    if (c !== undefined && c.version === t.version) return v;
    let kind = IC_NONE;
    let d: Value | null = null;
    if (attrKindGeneric(t)) {
      const cd = t.lookup(name);
      if (cd === undefined) kind = IC_DICT;
      else if (typeof cd !== 'object') kind = IC_CLASS_VALUE;
      else if (cd instanceof PyFunction) {
        kind = IC_METHOD;
        d = cd;
      } else if (cd instanceof PyProperty && cd.cls === propertyType && cd.fget instanceof PyFunction) {
        kind = IC_PROPERTY;
        d = cd.fget;
      }
    }
    setCache(info, pc, t, kind, d);
  }
  return v;
}

function fillMethodCache(info: CodeInfo, pc: number, t: PyType, name: string): ICache {
  if (attrKindGeneric(t)) {
    const d = t.lookup(name);
    if (d instanceof PyFunction || (d instanceof PyObject && d.cls === methodDescrTypeRef)) return setCache(info, pc, t, IC_METHOD, d);
  }
  return setCache(info, pc, t, IC_NONE, null);
}

function storeAttrSlow(info: CodeInfo, pc: number, obj: Value, name: string, v: Value): void {
  setAttr(obj, name, v);
  if (typeof obj !== 'object' || obj instanceof PyType) return;
  const t = obj.cls;
  let kind = IC_NONE;
  if (t.hasDict && setAttrIsGeneric(t)) {
    const d = t.lookup(name);
    if (d === undefined || typeof d !== 'object' || d instanceof PyFunction) kind = IC_STORE_DICT;
  }
  setCache(info, pc, t, kind, null);
}

function fillInitCache(info: CodeInfo, pc: number, cls: PyType): ICache {
  const init = fastInit(cls);
  return setCache(info, pc, cls, init === null ? IC_NONE : IC_INIT, init);
}

// --- helpers used by the loop -----------------------------------------------------------------

let floatTypeRef: PyType = null as unknown as PyType;
let listTypeRef: PyType = null as unknown as PyType;
let dictTypeRef: PyType = null as unknown as PyType;
let methodDescrTypeRef: PyType = null as unknown as PyType;
let keyErrorRef: PyType = null as unknown as PyType;
let sysModule: Value = None;

/** Called once at start-up with types the loop compares against. */
export function initEval(refs: { float: PyType; list: PyType; dict: PyType; methodDescr: PyType; keyError: PyType }): void {
  floatTypeRef = refs.float;
  listTypeRef = refs.list;
  dictTypeRef = refs.dict;
  methodDescrTypeRef = refs.methodDescr;
  keyErrorRef = refs.keyError;
}

export function setSysModule(m: Value): void {
  sysModule = m;
}

function sysModuleRef(): Value {
  return sysModule;
}

function KeyErrorRef(): PyType {
  return keyErrorRef;
}

function loadName(f: Frame, name: string): Value {
  const loc = f.locals;
  if (loc instanceof PyDict && loc.cls === dictTypeRef) {
    const v = loc.getStr(name);
    if (v !== undefined) return v;
  } else if (loc !== null) {
    try {
      return getItem(loc, name);
    } catch (e) {
      if (!isExcInstance(e, keyErrorRef)) throw e;
    }
  }
  const g = f.globals.getStr(name);
  if (g !== undefined) return g;
  const b = f.builtins.getStr(name);
  if (b !== undefined) return b;
  throw nameError(name);
}

/** Unpacking for UNPACK_SEQUENCE (after = -1) and UNPACK_EX; returns items in order. */
function unpackIterable(seq: Value, before: number, after: number): Value[] {
  const t = typeOf(seq);
  if (typeof seq !== 'string' && t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
    throw typeError(`cannot unpack non-iterable ${t.name} object`);
  }
  const it = getIter(seq);
  const out: Value[] = [];
  for (let i = 0; i < before; i++) {
    const v = iterNext(it);
    if (v === undefined) {
      if (after < 0) throw valueError(`not enough values to unpack (expected ${before}, got ${i})`);
      throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${i})`);
    }
    out.push(v);
  }
  if (after < 0) {
    if (iterNext(it) !== undefined) {
      throw valueError(`too many values to unpack (expected ${before})`);
    }
    return out;
  }
  const rest: Value[] = [];
  for (;;) {
    const v = iterNext(it);
    if (v === undefined) break;
    rest.push(v);
  }
  if (rest.length < after) {
    throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${before + rest.length})`);
  }
  out.push(new PyList(rest.slice(0, rest.length - after)));
  for (const v of rest.slice(rest.length - after)) out.push(v);
  return out;
}

/** DICT_UPDATE / DICT_MERGE (func set: duplicate keys are an error, as for f(**a, **b)). */
export function dictUpdate(d: PyDict, upd: Value, func: Value | null): void {
  if (iteratesAsDict(upd)) {
    if (func === null) return dictMergeDict(d, upd, true);
    for (const [k, v] of upd.entriesArray()) {
      if (func !== null && d.has(k)) {
        throw typeError(`${funcStr(func)} got multiple values for keyword argument '${str(k)}'`);
      }
      d.set(k, v);
    }
    return;
  }
  const keysFn = getAttrOpt(upd, 'keys');
  if (keysFn === undefined) {
    if (func !== null) throw typeError(`${funcStr(func)} argument after ** must be a mapping, not ${typeOf(upd).name}`);
    throw typeError(`'${typeOf(upd).name}' object is not a mapping`);
  }
  const keys = call(keysFn, []);
  let keysIt: Value;
  try {
    keysIt = getIter(keys);
  } catch (e) {
    if (isExcInstance(e, TypeErrorT)) throw typeError(`${typeOf(upd).name}.keys() returned a non-iterable (type ${typeOf(keys).name})`); // PyMapping_Keys
    throw e;
  }
  for (const k of toArray(keysIt)) {
    if (func !== null && d.has(k)) throw typeError(`${funcStr(func)} got multiple values for keyword argument '${str(k)}'`);
    d.set(k, getItem(upd, k));
  }
}

function matchFlag(v: Value, flag: number): boolean {
  return (typeOf(v).flags & flag) !== 0;
}

function matchKeys(subject: Value, keys: PyTuple): Value {
  if (keys.items.length === 0) return EMPTY_TUPLE;
  const get = getAttr(subject, 'get');
  const dummy = new PyObject(typeType);
  const seen = new PySet(setType);
  const values: Value[] = [];
  for (const k of keys.items) {
    const h = hashOf(k);
    if (seen.has(k, h)) throw valueError(`mapping pattern checks duplicate key (${repr(k)})`);
    seen.add(k, h);
    const v = call(get, [k, dummy]);
    if (v === dummy) return None;
    values.push(v);
  }
  return tuple(values);
}

const MATCH_SELF = new Set(['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple']);

function matchClass(subject: Value, cls: Value, nargs: number, kwNames: PyTuple): Value {
  if (!(cls instanceof PyType)) throw typeError('called match pattern must be a type');
  if (!isinstance(subject, cls)) return None;
  const attrs: Value[] = [];
  const seen: string[] = [];
  let matchArgs: Value[] | null = null;
  if (nargs) {
    let ma: Value | undefined;
    try {
      ma = getAttrOpt(cls, '__match_args__');
    } catch (e) {
      throw e;
    }
    let matchSelf = false;
    if (ma !== undefined) {
      if (!(ma instanceof PyTuple)) throw typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeOf(ma).name})`);
      matchArgs = ma.items;
    } else {
      matchArgs = [];
      matchSelf = cls.mro.some((t) => !t.isHeap() && MATCH_SELF.has(t.name) && t.moduleName === 'builtins');
    }
    const allowed = matchSelf ? 1 : matchArgs.length;
    if (allowed < nargs) {
      throw typeError(`${cls.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
    }
    if (matchSelf) attrs.push(subject);
    else {
      for (let i = 0; i < nargs; i++) {
        const name = strValue(matchArgs[i]!);
        if (name === undefined) throw typeError(`__match_args__ elements must be strings (got ${typeOf(matchArgs[i]!).name})`);
        if (seen.includes(name)) throw typeError(`${cls.name}() got multiple sub-patterns for attribute '${name}'`);
        seen.push(name);
        const v = getAttrOpt(subject, name);
        if (v === undefined) return None;
        attrs.push(v);
      }
    }
  }
  for (const k of kwNames.items) {
    const name = k as string;
    if (seen.includes(name)) throw typeError(`${cls.name}() got multiple sub-patterns for attribute '${name}'`);
    seen.push(name);
    const v = getAttrOpt(subject, name);
    if (v === undefined) return None;
    attrs.push(v);
  }
  return tuple(attrs);
}

export { Ellipsis, NotImplemented, compareBool, descrKind, callSpecial, strValue };
