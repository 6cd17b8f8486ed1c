// array (Modules/arraymodule.c): typed arrays of numbers or characters, with the C range checks
// and messages, bytes conversions in the machine's (little-endian) layout, and the buffer
// protocol (bytes(a), memoryview(a), file writes) through a byte copy.

import { PyObject, type Value } from '../object.js';
import type { PyModule } from '../module.js';
import { builtinType, None, NotImplemented, objectType, PyType, TF_BASETYPE, TF_SEQUENCE, typeOf } from '../type.js';
import { PyBytes, PyByteArray, bufferData, setBufferHook } from '../bytes.js';
import { PyList } from '../list.js';
import { tuple } from '../tuple.js';
import { PySlice, sliceIndices } from '../slice.js';
import { classMethod, method, methodRaw, getset, PyBuiltin, PyStaticMethod } from '../function.js';
import { indexError, newExc, OverflowError, typeError, valueError, StopIteration } from '../exceptions.js';
import { callMethod, getIter, index, indexClamped, iterNext, pyEq, repr, richCompare, strValue, toArray, truthy, LT, LE, EQ, NE, GT, GE } from '../abstract.js';
import { intValue } from '../numeric.js';
import { PyFloat } from '../float.js';
import { asFloatArg } from '../number-methods.js';
import { PyIter } from '../iter.js';
import { importAbs } from '../import.js';
import { cpChars } from '../str.js';
import { objectId } from '../dict.js';

interface Code {
  size: number;
  /** [min, max] for integer codes. */
  range?: [bigint, bigint];
  tooBig: string;
  tooSmall: string;
  float?: boolean;
  unicode?: boolean;
}

const CODES: Record<string, Code> = {
  b: { size: 1, range: [-128n, 127n], tooBig: 'signed char is greater than maximum', tooSmall: 'signed char is less than minimum' },
  B: { size: 1, range: [0n, 255n], tooBig: 'unsigned byte integer is greater than maximum', tooSmall: 'unsigned byte integer is less than minimum' },
  u: { size: 4, tooBig: '', tooSmall: '', unicode: true },
  h: { size: 2, range: [-32768n, 32767n], tooBig: 'signed short integer is greater than maximum', tooSmall: 'signed short integer is less than minimum' },
  H: { size: 2, range: [0n, 65535n], tooBig: 'unsigned short is greater than maximum', tooSmall: 'unsigned short is less than minimum' },
  i: { size: 4, range: [-(2n ** 31n), 2n ** 31n - 1n], tooBig: 'signed integer is greater than maximum', tooSmall: 'signed integer is less than minimum' },
  I: { size: 4, range: [0n, 2n ** 32n - 1n], tooBig: 'unsigned int is greater than maximum', tooSmall: "can't convert negative value to unsigned int" },
  l: { size: 8, range: [-(2n ** 63n), 2n ** 63n - 1n], tooBig: 'Python int too large to convert to C long', tooSmall: 'Python int too large to convert to C long' },
  L: { size: 8, range: [0n, 2n ** 64n - 1n], tooBig: 'Python int too large to convert to C unsigned long', tooSmall: "can't convert negative value to unsigned int" },
  q: { size: 8, range: [-(2n ** 63n), 2n ** 63n - 1n], tooBig: 'int too big to convert', tooSmall: 'int too big to convert' },
  Q: { size: 8, range: [0n, 2n ** 64n - 1n], tooBig: 'int too big to convert', tooSmall: "can't convert negative int to unsigned" },
  f: { size: 4, tooBig: '', tooSmall: '', float: true },
  d: { size: 8, tooBig: '', tooSmall: '', float: true },
};

export class PyArray extends PyObject {
  code = 'b';
  items: Value[] = [];
  constructor(cls: PyType) {
    super(cls);
  }
  get info(): Code {
    return CODES[this.code]!;
  }
}

function normInt(n: bigint): Value {
  return n >= -(2n ** 53n) + 1n && n <= 2n ** 53n - 1n ? Number(n) : n;
}

/** The item `v` converted (and range-checked) for typecode `code`. */
function convert(code: string, v: Value): Value {
  const c = CODES[code]!;
  if (c.unicode) {
    const s = strValue(v);
    if (s === undefined) throw typeError(`array item must be unicode character, not ${typeOf(v).name}`);
    if (cpChars(s).length !== 1) throw typeError(`array item must be unicode character, not a string of length ${cpChars(s).length}`);
    return s;
  }
  if (c.float) {
    const f = asFloatArg(v);
    return new PyFloat(code === 'f' ? Math.fround(f) : f);
  }
  if (v instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
  const n = BigInt(index(v));
  if (n > c.range![1]) throw newExc(OverflowError, c.tooBig);
  if (n < c.range![0]) throw newExc(OverflowError, c.tooSmall);
  return normInt(n);
}

function toBytes(a: PyArray): Uint8Array {
  const c = a.info;
  const out = new Uint8Array(a.items.length * c.size);
  const dv = new DataView(out.buffer);
  a.items.forEach((v, i) => {
    const o = i * c.size;
    switch (a.code) {
      case 'b':
        dv.setInt8(o, v as number);
        break;
      case 'B':
        dv.setUint8(o, v as number);
        break;
      case 'h':
        dv.setInt16(o, v as number, true);
        break;
      case 'H':
        dv.setUint16(o, v as number, true);
        break;
      case 'i':
        dv.setInt32(o, v as number, true);
        break;
      case 'I':
        dv.setUint32(o, v as number, true);
        break;
      case 'u':
        dv.setUint32(o, (v as string).codePointAt(0)!, true);
        break;
      case 'l':
      case 'q':
        dv.setBigInt64(o, BigInt(v as number | bigint), true);
        break;
      case 'L':
      case 'Q':
        dv.setBigUint64(o, BigInt(v as number | bigint), true);
        break;
      case 'f':
        dv.setFloat32(o, (v as PyFloat).v, true);
        break;
      case 'd':
        dv.setFloat64(o, (v as PyFloat).v, true);
        break;
    }
  });
  return out;
}

function fromBytes(code: string, data: Uint8Array): Value[] {
  const c = CODES[code]!;
  if (data.length % c.size) throw valueError('bytes length not a multiple of item size');
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out: Value[] = [];
  for (let o = 0; o < data.length; o += c.size) {
    switch (code) {
      case 'b':
        out.push(dv.getInt8(o));
        break;
      case 'B':
        out.push(dv.getUint8(o));
        break;
      case 'h':
        out.push(dv.getInt16(o, true));
        break;
      case 'H':
        out.push(dv.getUint16(o, true));
        break;
      case 'i':
        out.push(dv.getInt32(o, true));
        break;
      case 'I':
        out.push(dv.getUint32(o, true));
        break;
      case 'u':
        out.push(String.fromCodePoint(dv.getUint32(o, true)));
        break;
      case 'l':
      case 'q':
        out.push(normInt(dv.getBigInt64(o, true)));
        break;
      case 'L':
      case 'Q':
        out.push(normInt(dv.getBigUint64(o, true)));
        break;
      case 'f':
        out.push(new PyFloat(dv.getFloat32(o, true)));
        break;
      case 'd':
        out.push(new PyFloat(dv.getFloat64(o, true)));
        break;
    }
  }
  return out;
}

export const arrayType = builtinType('array', objectType, TF_BASETYPE | TF_SEQUENCE);
arrayType.moduleName = 'array';

function arr(v: Value): PyArray {
  return v as PyArray;
}

export function initArray(m: PyModule): void {
  const A = arrayType;
  setBufferHookChain();
  const make = (cls: PyType, code: string, items: Value[]): PyArray => {
    const a = new PyArray(cls);
    a.code = code;
    a.items = items;
    return a;
  };
  A.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    const cls = args[0] as PyType;
    if (kw && kw.length && cls === A) throw typeError('array.array() takes no keyword arguments');
    if (args.length < 2) throw typeError('array() argument 1 must be a unicode character, not NoneType');
    const tcV = args[1]!;
    const tc = strValue(tcV);
    if (tc === undefined || [...tc].length !== 1) throw typeError(`array() argument 1 must be a unicode character, not ${tc === undefined ? typeOf(tcV).name : 'str'}`);
    if (!(tc in CODES)) throw valueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)');
    const a = make(cls, tc, []);
    if (args.length > 2) {
      const init = args[2]!;
      const s = strValue(init);
      if (s !== undefined) {
        if (tc !== 'u') throw typeError(`cannot use a str to initialize an array with typecode '${tc}'`);
        a.items = cpChars(s);
      } else if (init instanceof PyArray) {
        if (init.code === 'u' && tc !== 'u') throw typeError(`cannot use a unicode array to initialize an array with typecode '${tc}'`);
        a.items = init.items.map((v) => convert(tc, v));
      } else if (init instanceof PyBytes || init instanceof PyByteArray) a.items = fromBytes(tc, bufferData(init)!);
      else a.items = toArray(init).map((v) => convert(tc, v));
    }
    return a;
  })));
  getset(A, 'typecode', (a: PyArray) => a.code);
  getset(A, 'itemsize', (a: PyArray) => a.info.size);
  method(A, '__len__', 0, 0, (a: PyArray) => a.items.length);
  method(A, '__repr__', 0, 0, (a: PyArray) => {
    const name = a.cls === A ? 'array' : a.cls.qualname;
    if (a.items.length === 0) return `${name}('${a.code}')`;
    if (a.code === 'u') return `${name}('u', ${repr(a.items.join(''))})`;
    return `${name}('${a.code}', [${a.items.map(repr).join(', ')}])`;
  });
  const norm = (a: PyArray, i: Value, what: string): number => {
    let k = indexClamped(i);
    if (k < 0) k += a.items.length;
    if (k < 0 || k >= a.items.length) throw indexError(`array ${what} out of range`);
    return k;
  };
  method(A, '__getitem__', 1, 1, (a: PyArray, k) => {
    if (k instanceof PySlice) {
      const s = sliceIndices(k, a.items.length);
      const out: Value[] = [];
      for (let i = 0, j = s.start; i < s.len; i++, j += s.step) out.push(a.items[j]!);
      return make(a.cls === A ? A : A, a.code, out);
    }
    return a.items[norm(a, k!, 'index')]!;
  });
  method(A, '__setitem__', 2, 2, (a: PyArray, k, v) => {
    if (k instanceof PySlice) {
      if (!(v instanceof PyArray)) throw typeError(`can only assign array (not "${typeOf(v!).name}") to array slice`);
      if (v.code !== a.code) throw typeError('bad argument type for built-in operation');
      const s = sliceIndices(k, a.items.length);
      const src = [...v.items];
      if (s.step === 1) a.items.splice(s.start, s.len, ...src);
      else {
        if (src.length !== s.len) throw valueError(`attempt to assign array of size ${src.length} to extended slice of size ${s.len}`);
        for (let i = 0, j = s.start; i < s.len; i++, j += s.step) a.items[j] = src[i]!;
      }
      return None;
    }
    a.items[norm(a, k!, 'assignment index')] = convert(a.code, v!);
    return None;
  });
  method(A, '__delitem__', 1, 1, (a: PyArray, k) => {
    if (k instanceof PySlice) {
      const s = sliceIndices(k, a.items.length);
      const drop = new Set<number>();
      for (let i = 0, j = s.start; i < s.len; i++, j += s.step) drop.add(j);
      a.items = a.items.filter((_, i) => !drop.has(i));
      return None;
    }
    a.items.splice(norm(a, k!, 'assignment index'), 1);
    return None;
  });
  method(A, '__contains__', 1, 1, (a: PyArray, v) => a.items.some((x) => pyEq(x, v!)));
  method(A, '__iter__', 0, 0, (a: PyArray) => new ArrayIter(a));
  const sameKind = (a: PyArray, o: Value): PyArray => {
    if (!(o instanceof PyArray)) throw typeError(`can only append array (not "${typeOf(o).name}") to array`);
    if (o.code !== a.code) throw typeError('bad argument type for built-in operation');
    return o;
  };
  method(A, '__add__', 1, 1, (a: PyArray, o) => {
    if (!(o instanceof PyArray)) throw typeError(`can only append array (not "${typeOf(o!).name}") to array`);
    return make(A, a.code, [...a.items, ...sameKind(a, o).items]);
  });
  method(A, '__iadd__', 1, 1, (a: PyArray, o) => {
    a.items.push(...sameKind(a, o!).items);
    return a;
  });
  const repeat = (a: PyArray, n: Value): Value[] => {
    const k = Math.max(0, Number(index(n)));
    const out: Value[] = [];
    for (let i = 0; i < k; i++) out.push(...a.items);
    return out;
  };
  method(A, '__mul__', 1, 1, (a: PyArray, n) => make(A, a.code, repeat(a, n!)));
  method(A, '__rmul__', 1, 1, (a: PyArray, n) => make(A, a.code, repeat(a, n!)));
  method(A, '__imul__', 1, 1, (a: PyArray, n) => {
    a.items = repeat(a, n!);
    return a;
  });
  for (const [name, op] of [['__lt__', LT], ['__le__', LE], ['__eq__', EQ], ['__ne__', NE], ['__gt__', GT], ['__ge__', GE]] as const) {
    method(A, name, 1, 1, (a: PyArray, o) => {
      if (!(o instanceof PyArray)) return NotImplemented;
      const x = a.items;
      const y = o.items;
      if ((op === EQ || op === NE) && x.length !== y.length) return op === NE;
      let i = 0;
      while (i < x.length && i < y.length && pyEq(x[i]!, y[i]!)) i++;
      if (i < x.length && i < y.length) {
        if (op === EQ) return false;
        if (op === NE) return true;
        return richCompare(x[i]!, y[i]!, op);
      }
      const c = x.length - y.length;
      return op === LT ? c < 0 : op === LE ? c <= 0 : op === EQ ? c === 0 : op === NE ? c !== 0 : op === GT ? c > 0 : c >= 0;
    });
  }
  A.ns.set('__hash__', None);
  method(A, 'append', 1, 1, (a: PyArray, v) => {
    a.items.push(convert(a.code, v!));
    return None;
  });
  method(A, 'extend', 1, 1, (a: PyArray, v) => {
    if (v instanceof PyArray) a.items.push(...sameKind(a, v).items);
    else a.items.push(...toArray(v!).map((x) => convert(a.code, x)));
    return None;
  });
  method(A, 'insert', 2, 2, (a: PyArray, i, v) => {
    let k = indexClamped(i!);
    const n = a.items.length;
    if (k < 0) k = Math.max(0, k + n);
    if (k > n) k = n;
    a.items.splice(k, 0, convert(a.code, v!));
    return None;
  });
  method(A, 'pop', 0, 1, (a: PyArray, i) => {
    if (a.items.length === 0) throw indexError('pop from empty array');
    let k = indexClamped(i ?? -1);
    if (k < 0) k += a.items.length;
    if (k < 0 || k >= a.items.length) throw indexError('pop index out of range');
    return a.items.splice(k, 1)[0]!;
  });
  method(A, 'remove', 1, 1, (a: PyArray, v) => {
    const k = a.items.findIndex((x) => pyEq(x, v!));
    if (k < 0) throw valueError('array.remove(x): x not in array');
    a.items.splice(k, 1);
    return None;
  });
  method(A, 'index', 1, 3, (a: PyArray, v, start, stop) => {
    const n = a.items.length;
    let s = start === undefined ? 0 : indexClamped(start);
    let e = stop === undefined ? n : indexClamped(stop);
    if (s < 0) s = Math.max(0, s + n);
    if (e < 0) e = Math.max(0, e + n);
    for (let i = s; i < Math.min(e, n); i++) if (pyEq(a.items[i]!, v!)) return i;
    throw valueError('array.index(x): x not in array');
  });
  method(A, 'count', 1, 1, (a: PyArray, v) => a.items.filter((x) => pyEq(x, v!)).length);
  method(A, 'reverse', 0, 0, (a: PyArray) => {
    a.items.reverse();
    return None;
  });
  method(A, 'buffer_info', 0, 0, (a: PyArray) => tuple([objectId(a), a.items.length]));
  method(A, 'byteswap', 0, 0, (a: PyArray) => {
    const sz = a.info.size;
    const b = toBytes(a);
    for (let i = 0; i < b.length; i += sz) b.subarray(i, i + sz).reverse();
    a.items = fromBytes(a.code, b);
    return None;
  });
  method(A, 'tobytes', 0, 0, (a: PyArray) => new PyBytes(toBytes(a)));
  method(A, 'frombytes', 1, 1, (a: PyArray, b) => {
    const d = bufferData(b!);
    if (d === null) throw typeError(`a bytes-like object is required, not '${typeOf(b!).name}'`);
    a.items.push(...fromBytes(a.code, d));
    return None;
  });
  method(A, 'tolist', 0, 0, (a: PyArray) => new PyList([...a.items]));
  method(A, 'fromlist', 1, 1, (a: PyArray, l) => {
    if (!(l instanceof PyList)) throw typeError('arg must be list');
    a.items.push(...l.items.map((x) => convert(a.code, x)));
    return None;
  });
  method(A, 'tounicode', 0, 0, (a: PyArray) => {
    if (a.code !== 'u') throw valueError('tounicode() may only be called on unicode type arrays');
    return a.items.join('');
  });
  method(A, 'fromunicode', 1, 1, (a: PyArray, s) => {
    if (a.code !== 'u') throw valueError('fromunicode() may only be called on unicode type arrays');
    const t = strValue(s!);
    if (t === undefined) throw typeError(`fromunicode() argument must be str, not ${typeOf(s!).name}`);
    a.items.push(...cpChars(t));
    return None;
  });
  method(A, 'tofile', 1, 1, (a: PyArray, f) => {
    callMethod(f!, 'write', [new PyBytes(toBytes(a))]);
    return None;
  });
  method(A, 'fromfile', 2, 2, (a: PyArray, f, n) => {
    const k = Number(index(n!));
    const want = k * a.info.size;
    const data = bufferData(callMethod(f!, 'read', [want]))!;
    const whole = data.length - (data.length % a.info.size);
    a.items.push(...fromBytes(a.code, data.subarray(0, whole)));
    if (data.length < want) throw newExc(EOFErrorT(), 'read() didn\'t return enough bytes');
    return None;
  });
  method(A, '__copy__', 0, 0, (a: PyArray) => make(A, a.code, [...a.items]));
  method(A, '__deepcopy__', 1, 1, (a: PyArray) => make(A, a.code, [...a.items]));
  methodRaw(A, '__reduce_ex__', (args) => {
    const a = args[0] as PyArray;
    return tuple([a.cls, tuple([a.code, new PyList([...a.items])]), a.dict ?? None]);
  });
  classMethod(A, '__class_getitem__', (args) => callMethod(importAbs('types'), 'GenericAlias', [args[0]!, args[1]!]));
  m.ns.setStr('array', A);
  m.ns.setStr('ArrayType', A);
  m.ns.setStr('typecodes', 'bBuhHiIlLqQfd');
  def_reconstructor(m);
  void getIter;
  void iterNext;
  void truthy;
}

function def_reconstructor(m: PyModule): void {
  m.ns.setStr('_array_reconstructor', new PyBuiltin('_array_reconstructor', () => {
    throw typeError('_array_reconstructor is not supported');
  }, m));
}

import { EOFError } from '../exceptions.js';
function EOFErrorT(): PyType {
  return EOFError;
}

class ArrayIter extends PyIter {
  i = 0;
  constructor(readonly a: PyArray) {
    super(arrayIterType);
  }
  next(): Value | undefined {
    if (this.i >= this.a.items.length) return undefined;
    return this.a.items[this.i++]!;
  }
}

const arrayIterType = builtinType('arrayiterator', objectType, 0);
arrayIterType.moduleName = 'array';

let hooked = false;
/** bytes(a), memoryview(a), file.write(a): arrays are bytes-like. */
function setBufferHookChain(): void {
  if (hooked) return;
  hooked = true;
  setBufferHook(chainHook);
}

function chainHook(v: unknown): Uint8Array | null {
  return v instanceof PyArray ? toBytes(v) : null;
}

void StopIteration;
