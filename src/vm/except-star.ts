// except* support: CHECK_EG_MATCH and PREP_RERAISE_STAR (Python/ceval.c exception_group_match,
// Objects/exceptions.c _PyExc_PrepReraiseStar).

import type { Value } from './object.js';
import { None, PyType, isSubtype } from './type.js';
import { PyTuple, tuple } from './tuple.js';
import { PyList } from './list.js';
import { BaseException, BaseExceptionGroup, isExcInstance, PyBaseException, typeError } from './exceptions.js';
import { call, callMethod, isinstance } from './abstract.js';

function checkStarType(t: Value): void {
  const check = (x: Value): void => {
    if (!(x instanceof PyType) || !isSubtype(x, BaseException)) {
      throw typeError('catching classes that do not inherit from BaseException is not allowed');
    }
    if (isSubtype(x, BaseExceptionGroup)) {
      throw typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
    }
  };
  if (t instanceof PyTuple) t.items.forEach(check);
  else check(t);
}

/** exception_group_match: [rest, match] (match None when nothing matched). */
export function checkEgMatch(exc: Value, t: Value): [Value, Value] {
  checkStarType(t);
  if (exc === None) return [None, None];
  if (isinstance(exc, t)) {
    if (isExcInstance(exc, BaseExceptionGroup)) return [None, exc];
    // A naked exception: wrap it in an ExceptionGroup("", [exc]).
    const wrapped = call(BaseExceptionGroup, ['', new PyList([exc])]) as PyBaseException;
    wrapped.traceback = (exc as PyBaseException).traceback;
    return [None, wrapped];
  }
  if (isExcInstance(exc, BaseExceptionGroup)) {
    const pair = callMethod(exc, 'split', [t]) as PyTuple;
    const [match, rest] = pair.items;
    if (match === None) return [exc, None];
    return [rest!, match!];
  }
  return [exc, None];
}

/** _PyExc_PrepReraiseStar(orig, excs): the exception to re-raise after except* blocks. */
export function prepReraiseStar(orig: Value, excs: PyList): Value {
  const items = excs.items;
  if (items.length === 0) return None;
  if (!(orig instanceof PyBaseException) || !isExcInstance(orig, BaseExceptionGroup)) {
    // a naked exception was caught and wrapped: at most one except* clause ran
    return items[0]!;
  }
  // re-raised ones keep the original's metadata; the others were raised afresh
  const raised: Value[] = [];
  const reraised: Value[] = [];
  for (const e of items) {
    if (e === None) continue;
    (sameMetadata(e, orig) ? reraised : raised).push(e);
  }
  let reraisedEg: Value = None;
  if (reraised.length) {
    const keep = new Set<Value>();
    for (const e of reraised) collectLeaves(e, keep);
    reraisedEg = projection(orig, keep);
  }
  if (raised.length === 0) return reraisedEg;
  if (reraisedEg !== None) raised.push(reraisedEg);
  if (raised.length === 1) return raised[0]!;
  return call(BaseExceptionGroup, ['', new PyList(raised)]); // it picks ExceptionGroup when all are Exceptions
}

/** is_same_exception_metadata: the same notes, traceback, cause and context. */
function sameMetadata(a: Value, b: PyBaseException): boolean {
  if (!(a instanceof PyBaseException)) return false;
  return (
    a.dict?.getStr('__notes__') === b.dict?.getStr('__notes__') &&
    a.traceback === b.traceback &&
    a.cause === b.cause &&
    a.context === b.context
  );
}

function collectLeaves(e: Value, into: Set<Value>): void {
  if (e instanceof PyBaseException && isExcInstance(e, BaseExceptionGroup)) {
    const excs = e.field('exceptions');
    if (excs instanceof PyTuple) for (const x of excs.items) collectLeaves(x, into);
  } else into.add(e);
}

function projection(eg: Value, keep: Set<Value>): Value {
  const r = callMethod(eg, 'split', [new LeafMatcher(keep).fn]) as PyTuple;
  return r.items[0]!;
}

class LeafMatcher {
  fn: Value;
  constructor(keep: Set<Value>) {
    this.fn = makeNative((e: Value) => keep.has(e));
  }
}

let nativeMaker: ((f: (e: Value) => boolean) => Value) | null = null;
export function setNativeMaker(m: (f: (e: Value) => boolean) => Value): void {
  nativeMaker = m;
}
function makeNative(f: (e: Value) => boolean): Value {
  return nativeMaker!(f);
}

export { tuple };
