// marshal: loads/dumps over src/marshal/ (the same reader and writer the toolchain uses for .pyc).

import { loads as mLoads, dumps as mDumps } from '../../marshal/index.js';
import { MarshalError, PY_STOPITERATION, PyDict as MDict, PyList as MList, PySet as MSet, type MarshalValue } from '../../marshal/types.js';
import { PY_ELLIPSIS, PyBytes as CBytes, PyComplex as CComplex, PyFrozenSet as CFrozenSet, PyTuple as CTuple } from '../../values/index.js';
import type { Value } from '../object.js';
import type { PyModule } from '../module.js';
import { Ellipsis, None, typeOf, isSubtype } from '../type.js';
import { PyList } from '../list.js';
import { PyTuple } from '../tuple.js';
import { PyDict } from '../dict.js';
import { PySet, frozensetType, setType } from '../set.js';
import { PyBytes, PyByteArray, bytesOf } from '../bytes.js';
import { PyFloat } from '../float.js';
import { PyComplexObj } from '../complex.js';
import { CodeInfo, toValue } from '../code-info.js';
import { hashOf, index } from '../abstract.js';
import { newExc, typeError, valueError, EOFError, StopIteration, TypeError, ValueError, UnicodeDecodeError } from '../exceptions.js';
import { def } from './util.js';

function fromMarshal(v: MarshalValue): Value {
  if (v === PY_STOPITERATION) return StopIteration;
  if (v instanceof MList) return new PyList(v.items.map(fromMarshal));
  if (v instanceof MDict) {
    const d = new PyDict();
    for (const [k, x] of v.entries) d.set(fromMarshal(k), fromMarshal(x));
    return d;
  }
  if (v instanceof MSet) {
    const s = new PySet(setType);
    for (const it of v.items) {
      const x = fromMarshal(it);
      s.add(x, hashOf(x));
    }
    return s;
  }
  return toValue(v);
}

function toMarshal(v: Value, depth: number): MarshalValue {
  if (depth > 2000) throw valueError('object too deeply nested to marshal');
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
  if (v === StopIteration) return PY_STOPITERATION;
  const t = typeOf(v);
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyComplexObj) return new CComplex(v.re, v.im);
  if (v instanceof PyBytes || v instanceof PyByteArray) return new CBytes(bytesOf(v).slice());
  if (v instanceof PyTuple) return new CTuple(v.items.map((x) => toMarshal(x, depth + 1))) as unknown as MarshalValue;
  if (v instanceof PyList) return new MList(v.items.map((x) => toMarshal(x, depth + 1)));
  if (v instanceof PyDict) return new MDict(v.entriesArray().map(([k, x]) => [toMarshal(k, depth + 1), toMarshal(x, depth + 1)]));
  if (v instanceof PySet) {
    const items = v.keysArray().map((x) => toMarshal(x, depth + 1));
    return isSubtype(t, frozensetType) ? (new CFrozenSet(items) as unknown as MarshalValue) : new MSet(items);
  }
  if (v instanceof CodeInfo) return v.code;
  throw valueError('unmarshallable object');
}

function marshalError(e: unknown): never {
  if (e instanceof MarshalError) {
    const T = { ValueError, EOFError, TypeError, UnicodeDecodeError }[e.pyType];
    throw newExc(T, e.message);
  }
  throw e;
}

export function initMarshal(m: PyModule): void {
  m.ns.setStr('version', 4);
  def(m, 'loads', (args) => {
    const b = args[0];
    if (!(b instanceof PyBytes || b instanceof PyByteArray)) throw typeError(`a bytes-like object is required, not '${typeOf(b ?? None).name}'`);
    try {
      return fromMarshal(mLoads(bytesOf(b)));
    } catch (e) {
      return marshalError(e);
    }
  });
  def(m, 'dumps', (args) => {
    const version = args.length > 1 ? Number(index(args[1]!)) : 4;
    try {
      return new PyBytes(mDumps(toMarshal(args[0] ?? None, 0), { version }));
    } catch (e) {
      return marshalError(e);
    }
  });
}
