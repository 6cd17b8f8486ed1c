// The methods of int, bool, float and complex (Objects/longobject.c, boolobject.c,
// floatobject.c, complexobject.c): constructors, operator dunders (which the generic operator
// dispatch finds on the type), and the named methods.

import { PyObject, type Value } from './object.js';
import * as libm from './libm.js';
import { objectType } from './type.js';
import { intDigitsLimit } from './int.js';
import { boolType, intType, None, NotImplemented, PyType, typeOf, isSubtype } from './type.js';
import { PyFloat, floatType, floatRepr, parseFloatStr, floatRound, floatHex, floatAsIntegerRatio, floatDivmod } from './float.js';
import { PyComplexObj, complexType } from './complex.js';
import {
  PyIntObj, big, norm, intAbs, intNeg, intToString, intBitLength, intToFloat, floatToInt, intPowMod, intSign, intFloorDiv, intMod,
  intMul, intAdd, type Int,
} from './int.js';
import { intBinary, floatBinary, complexBinary, intValue, complexParts, numberBinary, warnFromNative, isExactInt } from './numeric.js';
import { NB } from './opcodes.js';
import { classMethod, getset, method, methodRaw, PyBuiltin, PyStaticMethod, arity } from './function.js';
import { overflowError, typeError, valueError, zeroDivisionError, newExc, ValueError } from './exceptions.js';
import { call, callSpecial, index, repr, strValue, EQ, NE, LT, LE, GT, GE, cmpFloatInt, hashOf, toArray, truthy } from './abstract.js';
import { hashFloat, hashInt } from './hash.js';
import { tuple } from './tuple.js';
import { formatComplex, formatFloat, formatInt } from './format.js';
import { PyBytes, PyByteArray, bytesOf, bufferData } from './bytes.js';
import { PyStrObj } from './str.js';
import { registerHashKind, HK_FLOAT, HK_INTVAL, HK_COMPLEX, objectId } from './dict.js';

const OPS: [string, number][] = [
  ['add', NB.ADD], ['sub', NB.SUBTRACT], ['mul', NB.MULTIPLY], ['floordiv', NB.FLOOR_DIVIDE], ['mod', NB.REMAINDER],
  ['truediv', NB.TRUE_DIVIDE], ['pow', NB.POWER], ['lshift', NB.LSHIFT], ['rshift', NB.RSHIFT], ['and', NB.AND],
  ['or', NB.OR], ['xor', NB.XOR],
];

/** Parses int(str, base) text. */
export function parseIntLiteral(text: string, base: number, bytes = false): Int | null {
  // str: _PyUnicode_TransformDecimalAndSpaceToASCII turns Unicode spaces into ' ' before
  // PyLong_FromString strips; bytes: only the ASCII whitespace of Py_ISSPACE
  let s = bytes ? text.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '') : text.replace(PY_SPACE_EDGES, '');
  let neg = false;
  if (s.startsWith('+') || s.startsWith('-')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (base === 0) {
    const m = /^0([xXoObB])/.exec(s);
    if (m) {
      base = { x: 16, o: 8, b: 2 }[m[1]!.toLowerCase() as 'x' | 'o' | 'b'];
      s = s.slice(2);
      if (s.startsWith('_')) s = s.slice(1);
    } else {
      base = 10;
      if (/^0+[_0]*[1-9]/.test(s)) return null;
    }
  } else if (base === 16 && /^0[xX]/.test(s)) {
    s = s.slice(2);
    if (s.startsWith('_')) s = s.slice(1);
  } else if (base === 8 && /^0[oO]/.test(s)) {
    s = s.slice(2);
    if (s.startsWith('_')) s = s.slice(1);
  } else if (base === 2 && /^0[bB]/.test(s)) {
    s = s.slice(2);
    if (s.startsWith('_')) s = s.slice(1);
  }
  if (s === '' || s.startsWith('_') || s.endsWith('_') || s.includes('__')) return null;
  s = s.replace(/_/g, '');
  // Unicode decimal digits are accepted by int(); map them to ASCII.
  if (/[^\x00-\x7f]/.test(s)) s = s.replace(/\p{Nd}/gu, (d) => String(digitValue(d)));
  let v = 0n;
  const B = BigInt(base);
  const lim = intDigitsLimit.value;
  if (lim > 0 && (base & (base - 1)) !== 0 && s.length > lim) {
    throw valueError(`Exceeds the limit (${lim} digits) for integer string conversion: value has ${s.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  if (base === 10 && /^[0-9]+$/.test(s)) v = BigInt(s);
  else {
    for (const ch of s) {
      const c = ch.toLowerCase();
      const d = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c >= 'a' && c <= 'z' ? c.charCodeAt(0) - 87 : 99;
      if (d >= base) return null;
      v = v * B + BigInt(d);
    }
  }
  return norm(neg ? -v : v);
}

function digitValue(d: string): number {
  const cp = d.codePointAt(0)!;
  // Nd blocks are runs of ten consecutive digits 0..9
  for (let k = 0; k < 10; k++) {
    if (!/\p{Nd}/u.test(String.fromCodePoint(cp - k - 1)) || k === 9) return k;
  }
  return 0;
}

/** Spaces int()/float() strip from str: ASCII Py_ISSPACE, and the non-ASCII characters
 * _PyUnicode_TransformDecimalAndSpaceToASCII turns into ' ' (it leaves ASCII \x1c-\x1f alone). */
const PY_SPACE_EDGES = /^[\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;


/** int(x) conversion for non-str x (PyNumber_Long): __int__, then __index__, then the deprecated
 * __trunc__; a strict int subclass result warns (DeprecationWarning) and is copied to an int. */
export function toInt(x: Value): Int {
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') return intValue(x)!;
  const t = typeOf(x);
  const nbInt = t.lookup('__int__');
  if (nbInt !== undefined) {
    if (nbInt === intType.ns.get('__int__')) {
      const i = intValue(x);
      if (i !== undefined) return i;
    }
    if (x instanceof PyFloat && nbInt === floatType.ns.get('__int__')) return floatToIntChecked(x.v);
    const r = callSpecial(x, '__int__', [])!;
    if (isExactInt(r)) return r as Int;
    const ri = intValue(r);
    if (ri === undefined) throw typeError(`__int__ returned non-int (type ${typeOf(r).name})`);
    warnFromNative(`__int__ returned non-int (type ${typeOf(r).name}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`);
    return ri;
  }
  if (t.lookup('__index__') !== undefined) return index(x);
  if (t.lookup('__trunc__') !== undefined) {
    warnFromNative('The delegation of int() to __trunc__ is deprecated.');
    const tr = callSpecial(x, '__trunc__', [])!;
    const ti = intValue(tr);
    if (ti !== undefined) return ti;
    if (typeOf(tr).lookup('__index__') === undefined) throw typeError(`__trunc__ returned non-Integral (type ${typeOf(tr).name})`);
    return index(tr);
  }
  const s = strValue(x);
  if (s !== undefined) {
    const r = parseIntLiteral(s, 10);
    if (r === null) throw valueError(`invalid literal for int() with base 10: ${repr(s)}`);
    return r;
  }
  const buf = x instanceof PyBytes || x instanceof PyByteArray ? bytesOf(x) : bufferData(x);
  if (buf !== null) {
    const bt = Buffer.from(buf).toString('latin1');
    const r = /^[ \t\n\v\f\r]*[^\x80-\xff]*[ \t\n\v\f\r]*$/.test(bt) ? parseIntLiteral(bt, 10, true) : null;
    if (r === null) throw valueError(`invalid literal for int() with base 10: ${repr(x instanceof PyBytes || x instanceof PyByteArray ? x : new PyBytes(buf))}`);
    return r;
  }
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeOf(x).name}'`);
}

export function floatToIntChecked(f: number): Int {
  if (f !== f) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(f)) throw overflowError('cannot convert float infinity to integer');
  return floatToInt(f);
}

/** The result of x.__float__() (nb_float), as PyNumber_Float / PyFloat_AsDouble check it. */
function callFloatSlot(x: Value): number {
  const r = callSpecial(x, '__float__', [])!;
  if (!(r instanceof PyFloat)) throw typeError(`${typeOf(x).name}.__float__ returned non-float (type ${typeOf(r).name})`);
  if (r.cls !== floatType) {
    warnFromNative(`${typeOf(x).name}.__float__ returned non-float (type ${typeOf(r).name}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`);
  }
  return r.v;
}

/** float(x) conversion (float_new: an exact str is parsed, anything else goes through PyNumber_Float). */
export function toFloat(x: Value): number {
  if (x instanceof PyFloat && (x.cls === floatType || x.cls.lookup('__float__') === floatType.ns.get('__float__'))) return x.v;
  const i = typeof x === 'object' ? undefined : intValue(x);
  if (i !== undefined) return intToFloat(i);
  const t = typeOf(x);
  if (typeof x !== 'string') {
    if (t.lookup('__float__') !== undefined) return callFloatSlot(x);
    if (t.lookup('__index__') !== undefined) return intToFloat(index(x));
    if (x instanceof PyFloat) return x.v;
  }
  const s = strValue(x);
  if (s !== undefined) {
    // _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode digits and spaces count
    const t = /[^\x00-\x7f]/.test(s) ? s.replace(/\p{Nd}/gu, (d) => String(digitValue(d))).replace(PY_SPACE_EDGES, ' ') : s;
    const f = /[^\x00-\x7f]/.test(t) ? null : parseFloatStr(t.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, ''));
    if (f === null) throw valueError(`could not convert string to float: ${repr(s)}`);
    return f;
  }
  const buf = x instanceof PyBytes || x instanceof PyByteArray ? bytesOf(x) : bufferData(x);
  if (buf !== null) {
    const t = Buffer.from(buf).toString('latin1').replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');
    const f = /[^\x00-\x7f]|^$/.test(t) ? null : parseFloatStr(t);
    if (f === null) throw valueError(`could not convert string to float: ${repr(x instanceof PyBytes || x instanceof PyByteArray ? x : new PyBytes(buf))}`);
    return f;
  }
  throw typeError(`float() argument must be a string or a real number, not '${typeOf(x).name}'`);
}

/** A float argument for math-style functions ("must be real number, not str"). */
export function asFloatArg(x: Value): number {
  if (x instanceof PyFloat) return x.v;
  const i = intValue(x);
  if (i !== undefined && (typeof x !== 'object' || typeOf(x).lookup('__float__') === intType.ns.get('__float__'))) return intToFloat(i);
  if (typeOf(x).lookup('__float__') !== undefined) return callFloatSlot(x);
  if (typeOf(x).lookup('__index__') !== undefined) return intToFloat(index(x));
  throw typeError(`must be real number, not ${typeOf(x).name}`);
}

function selfInt(v: Value): Int {
  return intValue(v)!;
}

function selfFloat(v: Value): number {
  return (v as PyFloat).v;
}

function newInt(cls: PyType, v: Int): Value {
  return cls === intType ? v : new PyIntObj(v, cls);
}

function intCompare(a: Int, b: Value, op: number): Value {
  const bi = intValue(b);
  if (bi !== undefined) return cmp(a, bi, op);
  if (b instanceof PyFloat) return cmpFloatInt(b.v, a, swap(op));
  return NotImplemented;
}

function cmp(a: number | bigint, b: number | bigint, op: number): boolean {
  switch (op) {
    case LT:
      return a < b;
    case LE:
      return a <= b;
    case EQ:
      return a == b; // eslint-disable-line eqeqeq
    case NE:
      return a != b; // eslint-disable-line eqeqeq
    case GT:
      return a > b;
    default:
      return a >= b;
  }
}

function swap(op: number): number {
  return [GT, GE, EQ, NE, LT, LE][op]!;
}

const CMP: [string, number][] = [['__lt__', LT], ['__le__', LE], ['__eq__', EQ], ['__ne__', NE], ['__gt__', GT], ['__ge__', GE]];

export function initNumbers(): void {
  registerHashKind(floatType, HK_FLOAT);
  registerHashKind(intType, HK_INTVAL);
  registerHashKind(boolType, HK_INTVAL);
  registerHashKind(complexType, HK_COMPLEX);

  // --- int ---
  intType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    const cls = args[0] as PyType;
    let x: Value | undefined;
    let base: Value | undefined;
    const npos = args.length - 1 - (kw?.length ?? 0);
    if (npos > 2) throw typeError(`int() takes at most 2 arguments (${npos} given)`);
    x = npos >= 1 ? args[1] : undefined;
    base = npos >= 2 ? args[2] : undefined;
    kw?.forEach((k, i) => {
      const v = args[1 + npos + i]!;
      if (k === 'base') base = v;
      else throw typeError(`'${k}' is an invalid keyword argument for int()`);
    });
    if (x === undefined) {
      if (base !== undefined) throw typeError('int() missing string argument');
      return newInt(cls, 0);
    }
    if (base === undefined) return newInt(cls, toInt(x));
    const b = Number(index(base));
    if (b !== 0 && (b < 2 || b > 36)) throw valueError('int() base must be >= 2 and <= 36, or 0');
    const s = strValue(x) ?? (x instanceof PyBytes || x instanceof PyByteArray ? Buffer.from(bytesOf(x)).toString('latin1') : undefined);
    if (s === undefined) throw typeError("int() can't convert non-string with explicit base");
    const r = parseIntLiteral(s, b, strValue(x) === undefined);
    if (r === null) throw valueError(`invalid literal for int() with base ${b}: ${repr(x)}`);
    return newInt(cls, r);
  })));
  for (const [name, op] of OPS) {
    method(intType, `__${name}__`, 1, 1, (self, o) => {
      const b = intValue(o!);
      if (b === undefined) return NotImplemented;
      if (typeof self === 'boolean' && typeof o === 'boolean' && (op === NB.AND || op === NB.OR || op === NB.XOR)) return numberBinary(op, self, o)!;
      return intBinary(op, selfInt(self), b);
    });
    method(intType, `__r${name}__`, 1, 1, (self, o) => {
      const a = intValue(o!);
      if (a === undefined) return NotImplemented;
      if (typeof self === 'boolean' && typeof o === 'boolean' && (op === NB.AND || op === NB.OR || op === NB.XOR)) return numberBinary(op, o, self)!;
      return intBinary(op, a, selfInt(self));
    });
  }
  // pow with modulus
  method(intType, '__pow__', 1, 2, (self, o, m) => {
    const b = intValue(o!);
    if (b === undefined) return NotImplemented;
    if (m !== undefined && m !== None) {
      const mi = intValue(m);
      if (mi === undefined) return NotImplemented;
      if (intSign(b) < 0 && false) throw valueError('pow() 2nd argument cannot be negative when 3rd argument specified');
      return intPowMod(selfInt(self), b, mi);
    }
    return intBinary(NB.POWER, selfInt(self), b);
  });
  method(intType, '__rpow__', 1, 2, (self, o, m) => {
    const a = intValue(o!);
    if (a === undefined) return NotImplemented;
    if (m !== undefined && m !== None) {
      const mi = intValue(m);
      if (mi === undefined) return NotImplemented;
      return intPowMod(a, selfInt(self), mi);
    }
    return intBinary(NB.POWER, a, selfInt(self));
  });
  method(intType, '__divmod__', 1, 1, (self, o) => {
    const b = intValue(o!);
    if (b === undefined) return NotImplemented;
    return tuple([intFloorDiv(selfInt(self), b), intMod(selfInt(self), b)]);
  });
  method(intType, '__rdivmod__', 1, 1, (self, o) => {
    const a = intValue(o!);
    if (a === undefined) return NotImplemented;
    return tuple([intFloorDiv(a, selfInt(self)), intMod(a, selfInt(self))]);
  });
  for (const [name, op] of CMP) method(intType, name, 1, 1, (self, o) => intCompare(selfInt(self), o!, op));
  method(intType, '__neg__', 0, 0, (self) => intNeg(selfInt(self)));
  method(intType, '__pos__', 0, 0, (self) => selfInt(self));
  method(intType, '__abs__', 0, 0, (self) => intAbs(selfInt(self)));
  method(intType, '__invert__', 0, 0, (self) => norm(~big(selfInt(self))));
  method(intType, '__bool__', 0, 0, (self) => selfInt(self) != 0); // eslint-disable-line eqeqeq
  method(intType, '__int__', 0, 0, (self) => selfInt(self));
  method(intType, '__index__', 0, 0, (self) => selfInt(self));
  method(intType, '__float__', 0, 0, (self) => new PyFloat(intToFloat(selfInt(self))));
  method(intType, '__trunc__', 0, 0, (self) => selfInt(self));
  method(intType, '__floor__', 0, 0, (self) => selfInt(self));
  method(intType, '__ceil__', 0, 0, (self) => selfInt(self));
  method(intType, '__round__', 0, 1, (self, nd) => {
    const v = selfInt(self);
    if (nd === undefined || nd === None) return v;
    const n = index(nd);
    if (intSign(n) >= 0) return v;
    // round to a multiple of 10**-n, half to even
    const p = 10n ** big(intNeg(n));
    const b = big(v);
    let q = b / p;
    let r = b % p;
    if (r < 0n) {
      r += p;
      q -= 1n;
    }
    const twice = r * 2n;
    if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
    return norm(q * p);
  });
  method(intType, '__hash__', 0, 0, (self) => hashInt(selfInt(self)));
  method(intType, '__repr__', 0, 0, (self) => (typeof self === 'boolean' ? (self ? 'True' : 'False') : intToString(selfInt(self))));
  method(intType, '__format__', 1, 1, (self, spec) => {
    if (typeof self === 'boolean' && strValue(spec!) === '') return self ? 'True' : 'False';
    return formatInt(selfInt(self), strValue(spec!)!, typeOf(self).name);
  });
  method(intType, '__getnewargs__', 0, 0, (self) => tuple([selfInt(self)]));
  method(intType, '__sizeof__', 0, 0, (self) => 24 + 4 * Math.max(1, Math.ceil(intBitLength(selfInt(self)) / 30)));
  method(intType, 'bit_length', 0, 0, (self) => intBitLength(selfInt(self)));
  method(intType, 'bit_count', 0, 0, (self) => {
    let n = big(intAbs(selfInt(self)));
    let c = 0;
    while (n) {
      c += Number(n & 1n);
      n >>= 1n;
    }
    return c;
  });
  method(intType, 'conjugate', 0, 0, (self) => selfInt(self));
  method(intType, 'as_integer_ratio', 0, 0, (self) => tuple([selfInt(self), 1]));
  methodRaw(intType, 'to_bytes', (args, kw) => {
    const self = selfInt(args[0]!);
    const p = bindKw('to_bytes', args.slice(1), kw, ['length', 'byteorder'], { length: 1, byteorder: 'big', signed: false }, ['signed']);
    const length = Number(index(p['length']!));
    const order = strValue(p['byteorder']!);
    if (order !== 'big' && order !== 'little') throw valueError("byteorder must be either 'little' or 'big'");
    const signed = p['signed'] === true || (p['signed'] !== false && p['signed'] !== None && Boolean(intValue(p['signed']!)));
    let v = big(self);
    if (v < 0n && !signed) throw overflowError("can't convert negative int to unsigned");
    const limit = 1n << BigInt(8 * length);
    if (signed) {
      if (v >= limit / 2n || v < -limit / 2n) throw overflowError('int too big to convert');
      if (v < 0n) v += limit;
    } else if (v >= limit) throw overflowError('int too big to convert');
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      out[order === 'big' ? length - 1 - i : i] = Number(v & 0xffn);
      v >>= 8n;
    }
    return new PyBytes(out);
  });
  classMethod(intType, 'from_bytes', (args, kw) => {
    const cls = args[0] as PyType;
    const p = bindKw('from_bytes', args.slice(1), kw, ['bytes', 'byteorder'], { byteorder: 'big', signed: false }, ['signed']);
    let src = p['bytes']!;
    // PyObject_Bytes: __bytes__ first
    if (!(src instanceof PyBytes) && typeOf(src).lookup('__bytes__') !== undefined) {
      const b = callSpecial(src, '__bytes__', [])!;
      if (!(b instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeOf(b).name})`);
      src = b;
    }
    if (strValue(src) !== undefined || !(src instanceof PyBytes || src instanceof PyByteArray) && bufferData(src) === null && typeOf(src).lookup('__iter__') === undefined && typeOf(src).lookup('__getitem__') === undefined) {
      throw typeError(`cannot convert '${typeOf(src).name}' object to bytes`);
    }
    const buf = src instanceof PyBytes || src instanceof PyByteArray ? null : bufferData(src);
    const data = src instanceof PyBytes || src instanceof PyByteArray ? bytesOf(src) : buf !== null ? buf : Uint8Array.from(toArray(src).map((x) => {
      // bytes(iterable): each item an index in range(0, 256)
      const b = index(x);
      if (b < 0 || b > 255) throw valueError('bytes must be in range(0, 256)');
      return Number(b);
    }));
    const order = strValue(p['byteorder']!);
    if (order !== 'big' && order !== 'little') throw valueError("byteorder must be either 'little' or 'big'");
    let v = 0n;
    for (let i = 0; i < data.length; i++) {
      const b = data[order === 'big' ? i : data.length - 1 - i]!;
      v = (v << 8n) | BigInt(b);
    }
    const signed = p['signed'] === true || (p['signed'] !== false && Boolean(intValue(p['signed']!)));
    if (signed && data.length && data[order === 'big' ? 0 : data.length - 1]! & 0x80) v -= 1n << BigInt(8 * data.length);
    return cls === intType ? norm(v) : call(cls, [norm(v)]);
  });
  getset(intType, 'real', (self) => selfInt(self));
  getset(intType, 'imag', () => 0);
  getset(intType, 'numerator', (self) => selfInt(self));
  getset(intType, 'denominator', () => 1);

  // --- bool ---
  boolType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    if (kw && kw.length) throw typeError('bool() takes no keyword arguments');
    if (args.length > 2) throw typeError(`bool expected at most 1 argument, got ${args.length - 1}`);
    return args.length > 1 ? truthy(args[1]!) : false;
  })));
  method(boolType, '__repr__', 0, 0, (self) => (self ? 'True' : 'False'));

  // --- float ---
  floatType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    const cls = args[0] as PyType;
    if (kw && kw.length) {
      // float_new: keywords are the subclass __init__'s business when it has its own
      if (cls === floatType || cls.lookup('__init__') === objectType.lookup('__init__')) throw typeError('float() takes no keyword arguments');
      args = args.slice(0, args.length - kw.length);
    }
    if (args.length > 2) throw typeError(`float expected at most 1 argument, got ${args.length - 1}`);
    const v = args.length > 1 ? toFloat(args[1]!) : 0;
    return new PyFloat(v, cls);
  })));
  for (const [name, op] of OPS) {
    if (op === NB.LSHIFT || op === NB.RSHIFT || op === NB.AND || op === NB.OR || op === NB.XOR) continue;
    method(floatType, `__${name}__`, 1, op === NB.POWER ? 2 : 1, (self, o, m) => {
      if (m !== undefined && m !== None) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
      const b = o instanceof PyFloat ? o.v : intValue(o!) !== undefined ? intToFloat(intValue(o!)!) : undefined;
      if (b === undefined) return NotImplemented;
      return floatBinary(op, selfFloat(self), b);
    });
    method(floatType, `__r${name}__`, 1, op === NB.POWER ? 2 : 1, (self, o, m) => {
      if (m !== undefined && m !== None) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
      const a = o instanceof PyFloat ? o.v : intValue(o!) !== undefined ? intToFloat(intValue(o!)!) : undefined;
      if (a === undefined) return NotImplemented;
      return floatBinary(op, a, selfFloat(self));
    });
  }
  method(floatType, '__divmod__', 1, 1, (self, o) => {
    const b = o instanceof PyFloat ? o.v : intValue(o!) !== undefined ? intToFloat(intValue(o!)!) : undefined;
    if (b === undefined) return NotImplemented;
    const [q, r] = floatDivmod(selfFloat(self), b);
    return tuple([new PyFloat(q), new PyFloat(r)]);
  });
  method(floatType, '__rdivmod__', 1, 1, (self, o) => {
    const a = o instanceof PyFloat ? o.v : intValue(o!) !== undefined ? intToFloat(intValue(o!)!) : undefined;
    if (a === undefined) return NotImplemented;
    const [q, r] = floatDivmod(a, selfFloat(self));
    return tuple([new PyFloat(q), new PyFloat(r)]);
  });
  for (const [name, op] of CMP) {
    method(floatType, name, 1, 1, (self, o) => {
      const a = selfFloat(self);
      if (o instanceof PyFloat) return cmp(a, o.v, op);
      const i = intValue(o!);
      if (i !== undefined) return cmpFloatInt(a, i, op);
      return NotImplemented;
    });
  }
  method(floatType, '__neg__', 0, 0, (self) => new PyFloat(-selfFloat(self)));
  method(floatType, '__pos__', 0, 0, (self) => new PyFloat(selfFloat(self)));
  method(floatType, '__abs__', 0, 0, (self) => new PyFloat(Math.abs(selfFloat(self))));
  method(floatType, '__bool__', 0, 0, (self) => selfFloat(self) !== 0);
  method(floatType, '__int__', 0, 0, (self) => floatToIntChecked(selfFloat(self)));
  method(floatType, '__trunc__', 0, 0, (self) => floatToIntChecked(selfFloat(self)));
  method(floatType, '__floor__', 0, 0, (self) => floatToIntChecked(Math.floor(selfFloat(self))));
  method(floatType, '__ceil__', 0, 0, (self) => floatToIntChecked(Math.ceil(selfFloat(self))));
  method(floatType, '__float__', 0, 0, (self) => (self instanceof PyFloat && self.cls === floatType ? self : new PyFloat(selfFloat(self))));
  method(floatType, '__round__', 0, 1, (self, nd) => {
    const x = selfFloat(self);
    if (nd === undefined || nd === None) {
      if (x !== x) throw valueError('cannot convert float NaN to integer');
      if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
      let r = Math.round(x);
      if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
      return floatToInt(r);
    }
    const n = Number(index(nd));
    return new PyFloat(floatRound(x, n));
  });
  method(floatType, '__hash__', 0, 0, (self) => (selfFloat(self) !== selfFloat(self) ? objectId(self) >> 4 : hashFloat(selfFloat(self))));
  method(floatType, '__repr__', 0, 0, (self) => floatRepr(selfFloat(self)));
  method(floatType, '__format__', 1, 1, (self, spec) => formatFloat(selfFloat(self), strValue(spec!)!));
  method(floatType, '__getnewargs__', 0, 0, (self) => tuple([new PyFloat(selfFloat(self))]));
  method(floatType, 'is_integer', 0, 0, (self) => Number.isInteger(selfFloat(self)));
  method(floatType, 'conjugate', 0, 0, (self) => new PyFloat(selfFloat(self)));
  method(floatType, 'hex', 0, 0, (self) => floatHex(selfFloat(self)));
  method(floatType, 'as_integer_ratio', 0, 0, (self) => {
    const [n, d] = floatAsIntegerRatio(selfFloat(self));
    return tuple([norm(n), norm(d)]);
  });
  classMethod(floatType, 'fromhex', (args) => {
    arity('fromhex', args, 1, 1);
    const s = strValue(args[1]!);
    if (s === undefined) throw typeError(`bad argument type for built-in operation`);
    const v = parseHexFloat(s);
    const cls = args[0] as PyType;
    return cls === floatType ? new PyFloat(v) : call(cls, [new PyFloat(v)]);
  });
  getset(floatType, 'real', (self) => new PyFloat(selfFloat(self)));
  getset(floatType, 'imag', () => new PyFloat(0));

  // --- complex ---
  complexType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    const cls = args[0] as PyType;
    const p = bindKw('complex', args.slice(1), kw, [], {}, ['real', 'imag'], true);
    const re = p['real'];
    const im = p['imag'];
    if (re === undefined && im === undefined) return new PyComplexObj(0, 0, cls);
    if (re !== undefined) {
      const s = strValue(re);
      if (s !== undefined) {
        if (im !== undefined) throw typeError("complex() can't take second arg if first is a string");
        const c = parseComplex(s);
        // _Py_string_to_number_with_underscores rejects misplaced underscores first
        if (c === 'underscore') throw valueError(`could not convert string to complex: ${repr(s)}`);
        if (c === null) throw valueError('complex() arg is a malformed string');
        return new PyComplexObj(c[0], c[1], cls);
      }
    }
    const [rr, ri] = re === undefined ? [0, 0] : complexArg(re, 'first');
    // complex_new_impl: without imag the result's imaginary part is the first argument's
    if (im === undefined && re instanceof PyComplexObj && re.cls === complexType && cls === complexType) return re;
    if (im === undefined) return new PyComplexObj(rr, ri, cls);
    const [ir, ii] = complexArg(im, 'second');
    const isCx = (v: Value | undefined): boolean => v instanceof PyComplexObj || (v !== undefined && typeOf(v).lookup('__complex__') !== undefined);
    return new PyComplexObj(im instanceof PyComplexObj ? rr - ii : rr, isCx(re) ? ir + ri : ir, cls);
  })));
  for (const [name, op] of OPS) {
    if (![NB.ADD, NB.SUBTRACT, NB.MULTIPLY, NB.TRUE_DIVIDE, NB.POWER].includes(op)) continue;
    method(complexType, `__${name}__`, 1, op === NB.POWER ? 2 : 1, (self, o, m) => {
      const b = complexParts(o!);
      if (b === null) return NotImplemented;
      if (m !== undefined && m !== None) throw valueError('complex modulo');
      const s = self as PyComplexObj;
      return complexBinary(op, s.re, s.im, b[0], b[1]);
    });
    method(complexType, `__r${name}__`, 1, op === NB.POWER ? 2 : 1, (self, o, m) => {
      const a = complexParts(o!);
      if (a === null) return NotImplemented;
      if (m !== undefined && m !== None) throw valueError('complex modulo');
      const s = self as PyComplexObj;
      return complexBinary(op, a[0], a[1], s.re, s.im);
    });
  }
  method(complexType, '__eq__', 1, 1, (self, o) => {
    const s = self as PyComplexObj;
    if (o instanceof PyComplexObj) return s.re === o.re && s.im === o.im;
    if (o instanceof PyFloat) return s.im === 0 && s.re === o.v;
    const i = intValue(o!);
    if (i !== undefined) return s.im === 0 && cmpFloatInt(s.re, i, EQ);
    return NotImplemented;
  });
  method(complexType, '__ne__', 1, 1, (self, o) => {
    const s = self as PyComplexObj;
    if (o instanceof PyComplexObj) return !(s.re === o.re && s.im === o.im);
    if (o instanceof PyFloat) return !(s.im === 0 && s.re === o.v);
    const i = intValue(o!);
    if (i !== undefined) return !(s.im === 0 && cmpFloatInt(s.re, i, EQ));
    return NotImplemented;
  });
  for (const n of ['__lt__', '__le__', '__gt__', '__ge__']) method(complexType, n, 1, 1, () => NotImplemented);
  method(complexType, '__neg__', 0, 0, (self: PyComplexObj) => new PyComplexObj(-self.re, -self.im));
  method(complexType, '__pos__', 0, 0, (self: PyComplexObj) => new PyComplexObj(self.re, self.im));
  method(complexType, '__abs__', 0, 0, (self: PyComplexObj) => {
    const r = Math.hypot(self.re, self.im);
    if (!Number.isFinite(r) && Number.isFinite(self.re) && Number.isFinite(self.im)) throw overflowError('absolute value too large');
    return new PyFloat(r);
  });
  method(complexType, '__bool__', 0, 0, (self: PyComplexObj) => self.re !== 0 || self.im !== 0);
  method(complexType, '__hash__', 0, 0, (self: PyComplexObj) => {
    const hr = big(hashFloat(self.re) as Int);
    const hi = big(hashFloat(self.im) as Int);
    let h = BigInt.asIntN(64, hr + 1000003n * hi);
    if (h === -1n) h = -2n;
    return norm(h);
  });
  method(complexType, '__repr__', 0, 0, (self: PyComplexObj) => complexRepr(self.re, self.im));
  method(complexType, '__format__', 1, 1, (self: PyComplexObj, spec) => formatComplex(self.re, self.im, strValue(spec!)!));
  method(complexType, 'conjugate', 0, 0, (self: PyComplexObj) => new PyComplexObj(self.re, -self.im));
  method(complexType, '__getnewargs__', 0, 0, (self: PyComplexObj) => tuple([new PyFloat(self.re), new PyFloat(self.im)]));
  getset(complexType, 'real', (self: PyComplexObj) => new PyFloat(self.re));
  getset(complexType, 'imag', (self: PyComplexObj) => new PyFloat(self.im));
  method(complexType, '__complex__', 0, 0, (self: PyComplexObj) => new PyComplexObj(self.re, self.im));
  classMethod(floatType, '__getformat__', (args) => {
    const t = strValue(args[1] ?? None);
    if (t === undefined) throw typeError(`__getformat__() argument must be str, not ${typeOf(args[1] ?? None).name}`);
    if (t !== 'double' && t !== 'float') throw valueError("__getformat__() argument 1 must be 'double' or 'float'");
    return 'IEEE, little-endian';
  });
}

function complexArg(v: Value, which: string): [number, number] {
  // the first argument's __complex__ comes first (a complex subclass's too); the second is
  // taken as it is when it is a complex
  if (v instanceof PyComplexObj && (v.cls === complexType || which === 'second')) return [v.re, v.im];
  const c = which === 'first' ? callSpecial(v, '__complex__', []) : undefined;
  if (c !== undefined) {
    if (!(c instanceof PyComplexObj)) throw typeError(`__complex__ returned non-complex (type ${typeOf(c).name})`);
    if (c.cls !== complexType) warnFromNative(`__complex__ returned non-complex (type ${typeOf(c).name}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.`);
    return [c.re, c.im];
  }
  if (strValue(v) !== undefined) throw typeError("complex() second arg can't be a string");
  // complex_new_impl: only a type with no float conversion at all is refused here; the
  // conversion's own errors (an int too large: OverflowError) propagate
  const t = typeOf(v);
  if (!(v instanceof PyFloat) && t.lookup('__float__') === undefined && t.lookup('__index__') === undefined) {
    throw typeError(which === 'first' ? `complex() first argument must be a string or a number, not '${t.name}'` : `complex() second argument must be a number, not '${t.name}'`);
  }
  return [asFloatArg(v), 0];
}

function parseComplex(s: string): [number, number] | null | 'underscore' {
  let t = s.trim();
  if (t.startsWith('(') && t.endsWith(')')) t = t.slice(1, -1).trim();
  // an underscore only between two digits
  if (/(^|[^0-9])_|_($|[^0-9])/.test(t)) return 'underscore';
  t = t.replace(/_/g, '');
  const num = '(?:[0-9]+\\.?[0-9]*(?:[eE][+-]?[0-9]+)?|\\.[0-9]+(?:[eE][+-]?[0-9]+)?|inf(?:inity)?|nan)';
  let m = new RegExp(`^([+-]?${num})?(?:([+-]${num}?)[jJ])?$`, 'i').exec(t);
  if (m && (m[1] !== undefined || m[2] !== undefined)) {
    const re = m[1] ? Number(fixInf(m[1])) : 0;
    let im = 0;
    if (m[2] !== undefined) im = m[2] === '+' ? 1 : m[2] === '-' ? -1 : Number(fixInf(m[2]));
    return [re, im];
  }
  m = new RegExp(`^([+-]?${num}?)[jJ]$`, 'i').exec(t);
  if (m) {
    const im = m[1] === '' || m[1] === '+' ? 1 : m[1] === '-' ? -1 : Number(fixInf(m[1]!));
    return [0, im];
  }
  return null;
}

function fixInf(s: string): string {
  return s.replace(/infinity|inf/i, 'Infinity').replace(/nan/i, 'NaN');
}

export function complexRepr(re: number, im: number): string {
  const f = (x: number): string => {
    const r = floatRepr(x);
    return r.endsWith('.0') ? r.slice(0, -2) : r;
  };
  if (re === 0 && !Object.is(re, -0)) return f(im) + 'j';
  const ims = f(im);
  const sign = im < 0 || Object.is(im, -0) || (im !== im && false) ? '' : '+';
  return `(${f(re)}${sign}${ims}j)`;
}

function parseHexFloat(s: string): number {
  const t = s.trim();
  const m = /^([+-])?(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?$/.exec(t);
  if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) {
    const inf = /^([+-])?(inf|infinity|nan)$/i.exec(t);
    if (inf) return inf[2]!.toLowerCase() === 'nan' ? (inf[1] === '-' ? libm.NEG_NAN : NaN) : inf[1] === '-' ? -Infinity : Infinity;
    throw valueError('invalid hexadecimal floating-point string');
  }
  const intPart = m[2] ?? '';
  const frac = m[3] ?? '';
  const exp = m[4] ? Number(m[4]) : 0;
  let mant = BigInt('0x' + (intPart + frac || '0'));
  const e2 = exp - 4 * frac.length;
  let v: number;
  if (mant === 0n) v = 0;
  else {
    // round mant * 2**e2 to the nearest double (ties to even), subnormals included
    const bits = mant.toString(2).length;
    const E = bits - 1 + e2;
    if (E > 1023) throw overflowError('hexadecimal value too large to represent as a float');
    if (E <= -1076) return m[1] === '-' ? -0 : 0; // below half the smallest subnormal
    const lsb = Math.max(E - 52, -1074);
    const shift = lsb - e2;
    let q: bigint;
    if (shift > 0) {
      const sh = BigInt(shift);
      q = mant >> sh;
      const rem = mant & ((1n << sh) - 1n);
      const half = 1n << (sh - 1n);
      if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
    } else q = mant << BigInt(-shift);
    v = lsb >= -1022 ? Number(q) * 2 ** lsb : Number(q) * 2 ** -1074 * 2 ** (lsb + 1074);
    if (!Number.isFinite(v)) throw overflowError('hexadecimal value too large to represent as a float');
  }
  return m[1] === '-' ? -v : v;
}

/** Minimal keyword binding for native methods: positional names, defaults, keyword-only names. */
export function bindKw(fname: string, args: Value[], kwnames: readonly string[] | null, posNames: string[], defaults: Record<string, Value>, kwOnly: string[] = [], allPosOrKw = false): Record<string, Value | undefined> {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  const names = allPosOrKw ? [...posNames, ...kwOnly] : posNames;
  const maxArgs = posNames.length + kwOnly.length; // getargs.c checks the total first
  if (npos + nkw > maxArgs) {
    throw typeError(`${fname}() takes at most ${maxArgs} ${npos === 0 ? 'keyword ' : ''}argument${maxArgs === 1 ? '' : 's'} (${npos + nkw} given)`);
  }
  if (npos > names.length) {
    throw typeError(`${fname}() takes at most ${names.length} positional argument${names.length === 1 ? '' : 's'} (${npos} given)`);
  }
  const out: Record<string, Value | undefined> = {};
  for (let i = 0; i < npos; i++) out[names[i]!] = args[i]!;
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i]!;
    if (![...posNames, ...kwOnly].includes(k)) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
    if (out[k] !== undefined) throw typeError(`argument for ${fname}() given by name ('${k}') and position (${names.indexOf(k) + 1})`);
    out[k] = args[npos + i]!;
  }
  for (const [k, v] of Object.entries(defaults)) if (out[k] === undefined) out[k] = v;
  for (const k of posNames) {
    if (out[k] === undefined) throw typeError(`${fname}() missing required argument '${k}' (pos ${posNames.indexOf(k) + 1})`);
  }
  return out;
}
