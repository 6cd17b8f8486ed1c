// Generators, coroutines and async generators (Objects/genobject.c). A generator owns its
// suspended frame; resuming pushes the sent value on that frame's stack and runs it (in the
// caller's eval loop for `for` and `yield from`, in a nested run from native code).

import { repr as reprT } from './abstract.js';
import { PyObject, type Value } from './object.js';
import { builtinType, None, objectType, PyType, typeOf } from './type.js';
import { Op } from './opcodes.js';
import type { Frame } from './frame.js';
import type { CodeInfo } from './code-info.js';
import { TS, type ExcItem } from './thread.js';
import {
  GeneratorExit, isExcInstance, newExc, PyBaseException, RuntimeError, StopAsyncIteration, StopIteration, typeError, valueError,
  stopIteration, BaseException, chainTo,
} from './exceptions.js';
import { resumeFrame, throwIntoFrame, toPyException } from './eval.js';
import { call, callSpecial, getAttr, getAttrOpt, lookupSpecial, isIterator, recursionError } from './abstract.js';
import { PyIter } from './iter.js';

export const GEN_GENERATOR = 0;
export const GEN_COROUTINE = 1;
export const GEN_ASYNC = 2;

export const generatorType = builtinType('generator', objectType, 0);
export const coroutineType = builtinType('coroutine', objectType, 0);
export const asyncGeneratorType = builtinType('async_generator', objectType, 0);
export const coroutineWrapperType = builtinType('coroutine_wrapper', objectType, 0);
export const asyncGenASendType = builtinType('async_generator_asend', objectType, 0);
export const asyncGenAThrowType = builtinType('async_generator_athrow', objectType, 0);
const wrappedValueType = builtinType('async_generator_wrapped_value', objectType, 0);

export class PyGenerator extends PyObject {
  frame: Frame | null;
  kind: number;
  running = false;
  started = false;
  excItem: ExcItem = { value: None, prev: null };
  code: CodeInfo;
  name: string;
  qualname: string;
  /** Coroutines: the origin / awaited flag is not modelled; async gens: finalizer state. */
  closed = false;
  hooksInited = false;
  runningAsync = false;

  constructor(frame: Frame, kind: number) {
    super(kind === GEN_COROUTINE ? coroutineType : kind === GEN_ASYNC ? asyncGeneratorType : generatorType);
    this.frame = frame;
    this.kind = kind;
    this.code = frame.info;
    const fn = frame.func;
    this.name = fn ? fn.name : frame.info.name;
    this.qualname = fn ? fn.qualname : frame.info.qualname;
  }

  what(): string {
    return this.kind === GEN_COROUTINE ? 'coroutine' : this.kind === GEN_ASYNC ? 'async generator' : 'generator';
  }
}

/** The value an async generator yields, told apart from awaits' yields. */
export class AsyncGenWrapped extends PyObject {
  v: Value;
  constructor(v: Value) {
    super(wrappedValueType);
    this.v = v;
  }
}

/** Marks a generator finished and restores the caller's exception state. */
export function genFinished(g: PyGenerator): void {
  if (g.excItem.prev !== null) {
    TS.exc = g.excItem.prev;
    g.excItem.prev = null;
  }
  if (g.frame) g.frame.done = true;
  g.frame = null;
  g.running = false;
}

export interface SendResult {
  value: Value;
  done: boolean;
}

/** gen_send_ex: resume with `value`, or by raising `exc`. */
export function genSendEx(g: PyGenerator, value: Value, exc: PyBaseException | null = null, closing = false): SendResult {
  if (g.running) throw valueError(`${g.what()} already executing`);
  const f = g.frame;
  if (f === null) {
    if (g.kind === GEN_COROUTINE && !closing) throw newExc(RuntimeError, 'cannot reuse already awaited coroutine');
    if (exc !== null) throw exc;
    return { value: None, done: true };
  }
  if (!g.started && value !== None && exc === null) {
    throw typeError(`can't send non-None value to a just-started ${g.what()}`);
  }
  if (TS.depth >= TS.recursionLimit) throw recursionError();
  if (exc === null) f.fast[f.sp++] = value;
  g.running = true;
  g.started = true;
  g.excItem.prev = TS.exc;
  TS.exc = g.excItem;
  f.gen = g;
  if (exc !== null) {
    // _PyErr_ChainStackItem: only the generator's own handled exception becomes the context
    const cur = g.excItem.value;
    if (cur instanceof PyBaseException && cur !== exc) chainTo(exc, cur);
    TS.escaping = exc;
  }
  // On an exception, run() has already finished the generator (and applied PEP 479).
  const r = exc === null ? resumeFrame(f) : throwIntoFrame(f, exc);
  return { value: r, done: !TS.yielded };
}

/** next(gen): the next value or undefined. */
export function genNext(g: PyGenerator): Value | undefined {
  if (g.kind !== GEN_GENERATOR) throw typeError(`'${g.cls.name}' object is not an iterator`);
  const r = genSendEx(g, None);
  return r.done ? undefined : r.value;
}

/** The iterator a suspended generator is delegating to (`yield from` / `await`), if any. */
export function yieldFrom(g: PyGenerator): Value | null {
  const f = g.frame;
  if (f === null || !g.started) return null;
  const ops = f.info.ops;
  if (ops[f.pc] !== Op.RESUME || f.info.args[f.pc]! < 2) return null;
  return f.fast[f.sp - 1] ?? null;
}

/** gen.send(v) as Python calls it: StopIteration on return. */
export function genSend(g: PyGenerator, v: Value): Value {
  const r = genSendEx(g, v);
  if (r.done) {
    if (g.kind === GEN_ASYNC) throw newExc(StopAsyncIteration);
    throw stopIteration(r.value);
  }
  return r.value;
}

/** _gen_throw. */
export function genThrow(g: PyGenerator, exc: PyBaseException, closeOnGenExit = true): Value {
  const yf = yieldFrom(g);
  if (yf !== null) {
    const f = g.frame!;
    if (isExcInstance(exc, GeneratorExit) && closeOnGenExit) {
      let err: PyBaseException | null = null;
      g.running = true;
      try {
        closeIter(yf);
      } catch (e) {
        err = toPyException(e);
      }
      g.running = false;
      if (err !== null) return genResult(g, genSendEx(g, None, err));
      return genResult(g, genSendEx(g, None, exc));
    }
    let ret: Value;
    try {
      g.running = true;
      try {
        if (yf instanceof PyGenerator && (yf.kind === GEN_GENERATOR || yf.kind === GEN_COROUTINE)) {
          // the delegating frame is the current one while the delegate runs (f_back, tracebacks)
          const prev = TS.frame;
          f.back = prev;
          TS.frame = f;
          try {
            ret = genThrow(yf, exc, closeOnGenExit);
          } finally {
            TS.frame = prev;
            f.back = null;
          }
        } else {
          const meth = getAttrOpt(yf, 'throw');
          if (meth === undefined) {
            g.running = false;
            return genResult(g, genSendEx(g, None, exc));
          }
          ret = call(meth, [exc]);
        }
      } finally {
        g.running = false;
      }
      return ret;
    } catch (e) {
      const err = toPyException(e);
      // Pop the subiterator and continue after the SEND loop.
      f.sp--;
      const send = f.pc - 2;
      const target = f.info.args[send]!;
      if (isExcInstance(err, StopIteration)) {
        f.pc = target;
        return genResult(g, genSendEx(g, err.field('value')));
      }
      f.pc = target - 1;
      return genResult(g, genSendEx(g, None, err));
    }
  }
  return genResult(g, genSendEx(g, None, exc));
}

function genResult(g: PyGenerator, r: SendResult): Value {
  if (r.done) {
    if (g.kind === GEN_ASYNC) throw newExc(StopAsyncIteration);
    throw stopIteration(r.value);
  }
  return r.value;
}

/** gen_close_iter: close() a delegate. */
function closeIter(yf: Value): void {
  if (yf instanceof PyGenerator) {
    genClose(yf);
    return;
  }
  const meth = getAttrOpt(yf, 'close');
  if (meth !== undefined) call(meth, []);
}

/** gen.close(). */
export function genClose(g: PyGenerator): Value {
  const yf = yieldFrom(g);
  let err: PyBaseException | null = null;
  if (yf !== null) {
    g.running = true;
    try {
      closeIter(yf);
    } catch (e) {
      err = toPyException(e);
    }
    g.running = false;
  }
  if (g.frame === null) return None;
  const exc = err ?? newExc(GeneratorExit);
  let r: SendResult;
  try {
    r = genSendEx(g, None, exc, true);
  } catch (e) {
    if (isExcInstance(e, StopIteration) || isExcInstance(e, GeneratorExit)) return None;
    throw e;
  }
  if (!r.done) {
    const msg = g.kind === GEN_COROUTINE ? 'coroutine ignored GeneratorExit' : g.kind === GEN_ASYNC ? 'async generator ignored GeneratorExit' : 'generator ignored GeneratorExit';
    throw newExc(RuntimeError, msg);
  }
  return None;
}

/** The exception for gen.throw(typ[, val[, tb]]). */
export function throwArgs(args: Value[]): PyBaseException {
  const [typ, val, tb] = args;
  if (tb !== undefined && tb !== None && !(tb instanceof PyObject && tb.cls.name === 'traceback')) {
    throw typeError('throw() third argument must be a traceback object');
  }
  let exc: PyBaseException;
  if (typ instanceof PyType) {
    if (!isSubclassOfBase(typ)) throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typ.cls.name}`);
    if (val instanceof PyBaseException && val.cls === typ) exc = val;
    else {
      const e = val === undefined || val === None ? call(typ, []) : val instanceof PyObject && val.cls.name === 'tuple' ? call(typ, (val as unknown as { items: Value[] }).items) : call(typ, [val]);
      // PyErr_NormalizeException: the TypeError is what the generator receives
      exc = e instanceof PyBaseException ? e : typeError(`calling ${reprT(typ)} should have returned an instance of BaseException, not ${typeOf(e).name}`);
    }
  } else if (typ instanceof PyBaseException) {
    if (val !== undefined && val !== None) throw typeError('instance exception may not have a separate value');
    exc = typ;
  } else {
    throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeOf(typ!).name}`);
  }
  if (tb !== undefined && tb !== None) exc.traceback = tb as never;
  return exc;
}

function isSubclassOfBase(t: PyType): boolean {
  return t.mro.includes(BaseException);
}

/** PyIter_Send for SEND on a non-generator receiver. */
export function sendToIter(recv: Value, v: Value): SendResult {
  if (recv instanceof PyGenerator) {
    const r = genSendEx(recv, v);
    return r;
  }
  let r: Value | undefined;
  try {
    if (v === None && isIterator(recv)) {
      if (recv instanceof PyIter) {
        r = recv.next();
        if (r === undefined) return { value: None, done: true };
        return { value: r, done: false };
      }
      r = callSpecial(recv, '__next__', [])!;
    } else {
      r = call(getAttr(recv, 'send'), [v]); // AttributeError when it has none, as CPython's SEND
    }
  } catch (e) {
    if (isExcInstance(e, StopIteration)) return { value: e.field('value'), done: true };
    throw e;
  }
  return { value: r, done: false };
}

// --- coroutines and awaitables -----------------------------------------------------------------

/** The iterator behind `await x` (GET_AWAITABLE). */
export function getAwaitableIter(o: Value, where: number): Value {
  if (o instanceof PyGenerator) {
    if (o.kind === GEN_COROUTINE) {
      if (yieldFrom(o) !== null) throw newExc(RuntimeError, 'coroutine is being awaited already');
      return o;
    }
    if (o.kind === GEN_GENERATOR && o.code.flags & 0x100) return o;
  }
  const aw = lookupSpecial(o, '__await__');
  if (aw === undefined) {
    if (where === 1) throw typeError(`'async with' received an object from __aenter__ that does not implement __await__: ${typeOf(o).name}`);
    if (where === 2) throw typeError(`'async with' received an object from __aexit__ that does not implement __await__: ${typeOf(o).name}`);
    throw typeError(`object ${typeOf(o).name} can't be used in 'await' expression`);
  }
  const it = call(aw, []);
  if (it instanceof PyGenerator && it.kind === GEN_COROUTINE) throw typeError('__await__() returned a coroutine');
  if (!isIterator(it)) throw typeError(`__await__() returned non-iterator of type '${typeOf(it).name}'`);
  return it;
}

/** coroutine.__await__() result: iterates the coroutine. */
export class CoroWrapper extends PyIter {
  coro: PyGenerator;
  constructor(coro: PyGenerator) {
    super(coroutineWrapperType);
    this.coro = coro;
  }
  next(): Value | undefined {
    const r = genSendEx(this.coro, None);
    if (r.done) throw stopIteration(r.value);
    return r.value;
  }
}

/** async_gen_init_hooks: the first asend/athrow/aclose calls sys.set_asyncgen_hooks' firstiter. */
export function asyncGenInitHooks(g: PyGenerator): void {
  if (g.hooksInited) return;
  g.hooksInited = true;
  if (TS.asyncgenFirstiter !== None) call(TS.asyncgenFirstiter, [g]);
}

/** GET_ANEXT: the awaitable for the next item of an async iterator. */
export function asyncIterNext(aiter: Value): Value {
  if (aiter instanceof PyGenerator && aiter.kind === GEN_ASYNC) {
    asyncGenInitHooks(aiter);
    return new AsyncGenASend(aiter, None);
  }
  const an = lookupSpecial(aiter, '__anext__');
  if (an === undefined) throw typeError(`'async for' requires an iterator with __anext__ method, got ${typeOf(aiter).name}`);
  const aw = call(an, []);
  try {
    return getAwaitableIter(aw, 0);
  } catch (e) {
    if (isExcInstance(e, BaseException)) {
      throw typeError(`'async for' received an invalid object from __anext__: ${typeOf(aw).name}`);
    }
    throw e;
  }
}

/** async_generator_asend: awaiting it runs the async generator to its next `yield`. */
export class AsyncGenASend extends PyIter {
  gen: PyGenerator;
  sendValue: Value;
  state = 0; // 0 init, 1 iter, 2 closed
  constructor(gen: PyGenerator, v: Value) {
    super(asyncGenASendType);
    this.gen = gen;
    this.sendValue = v;
  }
  next(): Value | undefined {
    return this.send(None);
  }
  send(v: Value): Value {
    if (this.state === 2) throw newExc(RuntimeError, 'cannot reuse already awaited __anext__()/asend()');
    if (this.state === 0) {
      if (this.gen.runningAsync) {
        this.state = 2;
        throw newExc(RuntimeError, 'anext(): asynchronous generator is already running');
      }
      v = v === None ? this.sendValue : v;
      this.state = 1;
    }
    this.gen.runningAsync = true;
    let r: SendResult;
    try {
      r = genSendEx(this.gen, v);
    } catch (e) {
      this.gen.runningAsync = false;
      this.state = 2;
      throw e;
    }
    return this.unwrap(r);
  }
  throwIn(exc: PyBaseException): Value {
    if (this.state === 2) throw newExc(RuntimeError, 'cannot reuse already awaited __anext__()/asend()');
    let r: SendResult;
    try {
      r = genSendEx(this.gen, None, exc);
    } catch (e) {
      this.gen.runningAsync = false;
      this.state = 2;
      throw e;
    }
    return this.unwrap(r);
  }
  private unwrap(r: SendResult): Value {
    if (r.done) {
      this.gen.runningAsync = false;
      this.state = 2;
      throw newExc(StopAsyncIteration);
    }
    if (r.value instanceof AsyncGenWrapped) {
      this.gen.runningAsync = false;
      this.state = 2;
      throw stopIteration(r.value.v);
    }
    return r.value;
  }
}

/** async_generator_athrow (athrow() and aclose()). */
export class AsyncGenAThrow extends PyIter {
  gen: PyGenerator;
  exc: PyBaseException | null; // null: aclose()
  state = 0;
  constructor(gen: PyGenerator, exc: PyBaseException | null) {
    super(asyncGenAThrowType);
    this.gen = gen;
    this.exc = exc;
  }
  next(): Value | undefined {
    return this.send(None);
  }
  send(v: Value): Value {
    if (this.state === 2) throw newExc(RuntimeError, 'cannot reuse already awaited aclose()/athrow()');
    const g = this.gen;
    if (g.frame === null) {
      this.state = 2;
      if (this.exc === null) throw stopIteration(None);
      throw newExc(StopAsyncIteration);
    }
    if (this.state === 0 && g.runningAsync) {
      // before the try below: the operation already running keeps its ag_running flag
      this.state = 2;
      throw newExc(RuntimeError, this.exc === null ? 'aclose(): asynchronous generator is already running' : 'athrow(): asynchronous generator is already running');
    }
    let r: SendResult;
    try {
      if (this.state === 0) {
        this.state = 1;
        g.runningAsync = true;
        r = genSendEx(g, None, this.exc ?? newExc(GeneratorExit), this.exc === null);
      } else r = genSendEx(g, v);
    } catch (e) {
      g.runningAsync = false;
      this.state = 2;
      if (this.exc === null && (isExcInstance(e, StopAsyncIteration) || isExcInstance(e, GeneratorExit))) throw stopIteration(None);
      throw e;
    }
    if (r.done) {
      g.runningAsync = false;
      this.state = 2;
      if (this.exc === null) throw stopIteration(None);
      throw newExc(StopAsyncIteration);
    }
    if (r.value instanceof AsyncGenWrapped) {
      g.runningAsync = false;
      this.state = 2;
      if (this.exc === null) throw newExc(RuntimeError, 'async generator ignored GeneratorExit');
      throw stopIteration(r.value.v);
    }
    return r.value;
  }
}

export { StopIteration };
