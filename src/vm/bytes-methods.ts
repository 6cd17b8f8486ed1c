// The methods of bytes and bytearray (Objects/bytesobject.c, bytearrayobject.c).

import { ArrayIterator } from './iter.js';
import { PyFloat } from './float.js';
import type { Value } from './object.js';
import { None, NotImplemented, PyType, typeOf, TF_SEQUENCE } from './type.js';
import { PyBytes, PyByteArray, bytesType, bytearrayType, bytesOf, setBufferHook, bufferData } from './bytes.js';
import { PyList } from './list.js';
import { PyTuple, tuple } from './tuple.js';
import { method, methodRaw, PyBuiltin, PyStaticMethod, classMethod, noKw } from './function.js';
import { indexError, typeError, valueError, newExc, OverflowError } from './exceptions.js';
import { callSpecial, compareCodePoints, hashOf, index, indexClamped, sliceArray, strValue, toArray, truthy, withReprGuard, EQ, NE, LT, LE, GT, GE } from './abstract.js';
import { PySlice, sliceIndices } from './slice.js';
import { BytesIterator } from './iter.js';
import { hashBytesRaw } from './hash.js';
import { intValue } from './numeric.js';
import { reprBytes } from '../ast/repr.js';
import { decodeBytes, encodeStr } from './codecs.js';
import { bindKw } from './number-methods.js';
import { registerHashKind, HK_COMPLEX, HK_UNHASHABLE } from './dict.js';
import { percentFormat } from './format.js';
import { setSeqExtensions } from './list-methods.js';

function bytesLike(v: Value): Uint8Array | null {
  return bufferData(v);
}

function needBytes(v: Value, what = 'a bytes-like object is required'): Uint8Array {
  const b = bytesLike(v);
  if (b === null) throw typeError(`${what}, not '${typeOf(v).name}'`);
  return b;
}

/** bytes(x) / bytearray(x) source conversion. */
export function bytesFromSource(src: Value, encoding: Value | undefined, errors: Value | undefined, fname: string): Uint8Array {
  const s = strValue(src);
  if (s !== undefined) {
    if (encoding === undefined) throw typeError('string argument without an encoding');
    return encodeStr(s, strValue(encoding)!, errors === undefined ? 'strict' : strValue(errors)!);
  }
  if (encoding !== undefined) throw typeError(`encoding without a string argument`);
  const b = bytesLike(src);
  if (b !== null) return new Uint8Array(b);
  const i = intValue(src);
  if (i !== undefined) {
    if (i < 0) throw valueError('negative count');
    return new Uint8Array(Number(i));
  }
  const bm = callSpecial(src, '__bytes__', []);
  if (bm !== undefined) {
    if (!(bm instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeOf(bm).name})`);
    return bm.data;
  }
  if (typeOf(src).lookup('__index__') !== undefined) {
    const n = Number(index(src));
    if (n < 0) throw valueError('negative count');
    return new Uint8Array(n);
  }
  let items: Value[];
  try {
    items = toArray(src);
  } catch {
    throw typeError(`cannot convert '${typeOf(src).name}' object to ${fname}`);
  }
  return Uint8Array.from(items.map((x) => {
    const v = intValue(x);
    if (v === undefined) throw typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
    if (v < 0 || v > 255) throw valueError('bytes must be in range(0, 256)');
    return Number(v);
  }));
}

function indexOf(hay: Uint8Array, needle: Uint8Array, start: number, end: number, rev: boolean): number {
  const n = needle.length;
  if (rev) {
    for (let i = end - n; i >= start; i--) if (matchAt(hay, needle, i)) return i;
  } else {
    for (let i = start; i + n <= end; i++) if (matchAt(hay, needle, i)) return i;
  }
  return -1;
}

function matchAt(h: Uint8Array, n: Uint8Array, i: number): boolean {
  for (let k = 0; k < n.length; k++) if (h[i + k] !== n[k]) return false;
  return true;
}

function subArg(v: Value, what = 'argument should be integer or bytes-like object'): Uint8Array {
  const i = intValue(v);
  if (i !== undefined) {
    if (i < 0 || i > 255) throw valueError('byte must be in range(0, 256)');
    return Uint8Array.of(Number(i));
  }
  return needBytes(v, what);
}

function bounds(n: number, a: Value | undefined, b: Value | undefined): [number, number] {
  let s = a === undefined || a === None ? 0 : indexClamped(a);
  let e = b === undefined || b === None ? n : indexClamped(b);
  if (s < 0) s = Math.max(0, s + n);
  if (e < 0) e = Math.max(0, e + n);
  return [s, Math.min(e, n)];
}

function cmpBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

const isSpaceB = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** _Py_strhex_with_sep: bytes.hex(sep, bytes_per_sep), memoryview.hex, binascii.hexlify. */
export function strhex(data: Uint8Array, sepV: Value | undefined, perV: Value | undefined): string {
  const h = Buffer.from(data).toString('hex');
  if (sepV === undefined || sepV === None) return h;
  let sep: string;
  const ss = strValue(sepV);
  if (ss !== undefined) {
    if ([...ss].length !== 1) throw valueError('sep must be length 1.');
    if (ss.charCodeAt(0) > 127) throw valueError('sep must be ASCII.');
    sep = ss;
  } else if (sepV instanceof PyBytes || sepV instanceof PyByteArray) {
    const b = bytesOf(sepV);
    if (b.length !== 1) throw valueError('sep must be length 1.');
    sep = String.fromCharCode(b[0]!);
  } else throw typeError(`sep must be str or bytes.`);
  const per = perV === undefined ? 1 : Number(index(perV));
  const n = Math.abs(per);
  if (per === 0 || n >= data.length) return h;
  const groups: string[] = [];
  if (per < 0) {
    for (let i = 0; i < data.length; i += n) groups.push(h.slice(2 * i, 2 * Math.min(data.length, i + n)));
  } else {
    const first = data.length % n || n;
    groups.push(h.slice(0, 2 * first));
    for (let i = first; i < data.length; i += n) groups.push(h.slice(2 * i, 2 * (i + n)));
  }
  return groups.join(sep);
}

function sliceBytes(data: Uint8Array, start: number, step: number, len: number): Uint8Array {
  if (step === 1) return data.slice(start, start + len);
  const out = new Uint8Array(len);
  for (let i = 0, j = start; i < len; i++, j += step) out[i] = data[j]!;
  return out;
}

function make(t: PyType, data: Uint8Array): Value {
  return t === bytearrayType || (t !== bytesType && t.mro.includes(bytearrayType)) ? new PyByteArray(data) : new PyBytes(data);
}

export function initBytes(): void {
  initMemoryview();
  registerHashKind(bytesType, HK_COMPLEX);
  registerHashKind(bytearrayType, HK_UNHASHABLE);
  setSeqExtensions(
    (a, b) => {
      const x = bytesLike(a);
      const y = x === null ? null : bytesLike(b) ?? (b instanceof PyMemoryView ? b.data() : null);
      if (x !== null && y !== null) {
        const out = new Uint8Array(x.length + y.length);
        out.set(x);
        out.set(y, x.length);
        return make(a instanceof PyBytes ? bytesType : bytearrayType, out);
      }
      if (a instanceof PyBytes) throw typeError(`can't concat ${typeOf(b).name} to bytes`);
      if (a instanceof PyByteArray) throw typeError(`can't concat ${typeOf(b).name} to bytearray`);
      return undefined;
    },
    (a) => a instanceof PyBytes || a instanceof PyByteArray,
    (a, n) => {
      const d = bytesOf(a as PyBytes);
      const out = new Uint8Array(d.length * n);
      for (let i = 0; i < n; i++) out.set(d, i * d.length);
      return a instanceof PyBytes ? new PyBytes(out) : new PyByteArray(out);
    },
  );
  bytesType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    const cls = args[0] as PyType;
    const p = bindKw('bytes', args.slice(1), kw, [], {}, ['source', 'encoding', 'errors'], true);
    const data = p['source'] === undefined ? new Uint8Array(0) : bytesFromSource(p['source'], p['encoding'], p['errors'], 'bytes');
    return new PyBytes(data, cls);
  })));
  bytearrayType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args) => new PyByteArray(new Uint8Array(0), args[0] as PyType))));
  methodRaw(bytearrayType, '__init__', (args, kw) => {
    const self = args[0] as PyByteArray;
    const p = bindKw('bytearray', args.slice(1), kw, [], {}, ['source', 'encoding', 'errors'], true);
    self.setView(p['source'] === undefined ? new Uint8Array(0) : bytesFromSource(p['source'], p['encoding'], p['errors'], 'bytearray'));
    return None;
  });
  for (const T of [bytesType, bytearrayType]) {
    const d = (self: Value): Uint8Array => bytesOf(self as PyBytes);
    method(T, '__len__', 0, 0, (self) => d(self).length);
    method(T, '__getitem__', 1, 1, (self, k) => {
      const data = d(self);
      if (k instanceof PySlice) {
        const s = sliceIndices(k, data.length);
        return make(T, sliceBytes(data, s.start, s.step, s.len));
      }
      const iv = intValue(k!);
      if (iv === undefined && typeOf(k!).lookup('__index__') === undefined) {
        throw typeError(`byte indices must be integers or slices, not ${typeOf(k!).name}`);
      }
      let i = indexClamped(k!);
      if (i < 0) i += data.length;
      if (i < 0 || i >= data.length) throw indexError(`${T === bytesType ? 'index' : 'bytearray index'} out of range`);
      return data[i]!;
    });
    method(T, '__iter__', 0, 0, (self) => new BytesIterator(d(self)));
    method(T, '__contains__', 1, 1, (self, x) => indexOf(d(self), subArg(x!, 'a bytes-like object is required'), 0, d(self).length, false) >= 0);
    method(T, '__add__', 1, 1, (self, o) => {
      const b = bytesLike(o!);
      if (b === null) throw typeError(`can't concat ${typeOf(o!).name} to ${T.name}`);
      const a = d(self);
      const out = new Uint8Array(a.length + b.length);
      out.set(a);
      out.set(b, a.length);
      return make(T, out);
    }).seqSlot = true;
    const mul = (self: Value, n: Value | undefined): Value => {
      if (intValue(n!) === undefined && typeOf(n!).lookup('__index__') === undefined) return NotImplemented;
      const c = Math.max(0, indexClamped(n!));
      const a = d(self);
      const out = new Uint8Array(a.length * c);
      for (let i = 0; i < c; i++) out.set(a, i * a.length);
      return make(T, out);
    };
    method(T, '__mul__', 1, 1, mul).seqSlot = true;
    method(T, '__rmul__', 1, 1, mul).seqSlot = true;
    method(T, '__mod__', 1, 1, (self, args) => new PyBytes(Buffer.from(percentFormat(Buffer.from(d(self)).toString('latin1'), args!, true), 'latin1')));
    for (const [name, op] of [['__lt__', LT], ['__le__', LE], ['__eq__', EQ], ['__ne__', NE], ['__gt__', GT], ['__ge__', GE]] as const) {
      method(T, name, 1, 1, (self, o) => {
        const b = bytesLike(o!);
        if (b === null) return NotImplemented;
        const c = cmpBytes(d(self), b);
        return op === EQ ? c === 0 : op === NE ? c !== 0 : op === LT ? c < 0 : op === LE ? c <= 0 : op === GT ? c > 0 : c >= 0;
      });
    }
    method(T, '__repr__', 0, 0, (self) => (T === bytesType ? reprBytes(d(self)) : `bytearray(${reprBytes(d(self))})`));
    methodRaw(T, 'decode', (args, kw) => {
      const p = bindKw('decode', args.slice(1), kw, [], { encoding: 'utf-8', errors: 'strict' }, ['encoding', 'errors'], true);
      const enc = strValue(p['encoding']!);
      if (enc === undefined) throw typeError(`decode() argument 'encoding' must be str, not ${typeOf(p['encoding']!).name}`);
      const errors = strValue(p['errors']!);
      if (errors === undefined) throw typeError(`decode() argument 'errors' must be str, not ${typeOf(p['errors']!).name}`);
      return decodeBytes(d(args[0]!), enc, errors);
    });
    methodRaw(T, 'hex', (args, kw) => {
      const p = bindKw('hex', args.slice(1), kw, [], {}, ['sep', 'bytes_per_sep'], true);
      return strhex(d(args[0]!), p['sep'], p['bytes_per_sep']);
    });
    for (const [name, rev, raise] of [['find', false, false], ['rfind', true, false], ['index', false, true], ['rindex', true, true]] as const) {
      method(T, name, 1, 3, (self, x, a, b) => {
        const data = d(self);
        const [s, e] = bounds(data.length, a, b);
        const i = indexOf(data, subArg(x!), s, e, rev);
        if (i < 0 && raise) throw valueError('subsection not found');
        return i;
      });
    }
    method(T, 'count', 1, 3, (self, x, a, b) => {
      const data = d(self);
      const sub = subArg(x!);
      const [s, e] = bounds(data.length, a, b);
      if (sub.length === 0) return Math.max(0, e - s) + 1;
      let c = 0;
      for (let i = s; i + sub.length <= e; ) {
        if (matchAt(data, sub, i)) {
          c++;
          i += sub.length;
        } else i++;
      }
      return c;
    });
    method(T, 'startswith', 1, 3, (self, p, a, b) => {
      const data = d(self);
      const [s, e] = bounds(data.length, a, b);
      const test = (x: Value): boolean => {
        const q = needBytes(x);
        return s + q.length <= e && matchAt(data, q, s);
      };
      return p instanceof PyTuple ? p.items.some(test) : test(p!);
    });
    method(T, 'endswith', 1, 3, (self, p, a, b) => {
      const data = d(self);
      const [s, e] = bounds(data.length, a, b);
      const test = (x: Value): boolean => {
        const q = needBytes(x);
        return e - q.length >= s && matchAt(data, q, e - q.length);
      };
      return p instanceof PyTuple ? p.items.some(test) : test(p!);
    });
    method(T, 'join', 1, 1, (self, it) => {
      const sep = d(self);
      const parts = toArray(it!).map((x, i) => {
        const b = bytesLike(x);
        if (b === null) throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeOf(x).name} found`);
        return b;
      });
      const total = parts.reduce((n, p) => n + p.length, 0) + Math.max(0, parts.length - 1) * sep.length;
      const out = new Uint8Array(total);
      let o = 0;
      parts.forEach((p, i) => {
        if (i) {
          out.set(sep, o);
          o += sep.length;
        }
        out.set(p, o);
        o += p.length;
      });
      return make(T, out);
    });
    methodRaw(T, 'split', (args, kw) => {
      const p = bindKw('split', args.slice(1), kw, [], { sep: None, maxsplit: -1 }, ['sep', 'maxsplit'], true);
      const data = d(args[0]!);
      const max = indexClamped(p['maxsplit']!);
      const out: Value[] = [];
      if (p['sep'] === None) {
        let i = 0;
        while (i < data.length) {
          while (i < data.length && isSpaceB(data[i]!)) i++;
          if (i >= data.length) break;
          if (max >= 0 && out.length === max) {
            let j = data.length;
            while (j > i && isSpaceB(data[j - 1]!)) j--;
            out.push(make(T, data.slice(i, j)));
            break;
          }
          const st = i;
          while (i < data.length && !isSpaceB(data[i]!)) i++;
          out.push(make(T, data.slice(st, i)));
        }
        return new PyList(out);
      }
      const sep = needBytes(p['sep']!);
      if (sep.length === 0) throw valueError('empty separator');
      let pos = 0;
      for (;;) {
        if (max >= 0 && out.length === max) break;
        const i = indexOf(data, sep, pos, data.length, false);
        if (i < 0) break;
        out.push(make(T, data.slice(pos, i)));
        pos = i + sep.length;
      }
      out.push(make(T, data.slice(pos)));
      return new PyList(out);
    });
    const strip = (name: string, left: boolean, right: boolean): void => {
      method(T, name, 0, 1, (self, chars) => {
        const data = d(self);
        const set = chars === undefined || chars === None ? null : new Set(needBytes(chars));
        const test = (c: number): boolean => (set ? set.has(c) : isSpaceB(c));
        let i = 0;
        let j = data.length;
        if (left) while (i < j && test(data[i]!)) i++;
        if (right) while (j > i && test(data[j - 1]!)) j--;
        return make(T, data.slice(i, j));
      });
    };
    strip('strip', true, true);
    strip('lstrip', true, false);
    strip('rstrip', false, true);
    method(T, 'replace', 2, 3, (self, o, n, c) => {
      const data = d(self);
      const old = needBytes(o!);
      const nw = needBytes(n!);
      let count = c === undefined ? -1 : indexClamped(c);
      if (count < 0) count = Infinity;
      const out: number[] = [];
      let i = 0;
      let k = 0;
      if (old.length === 0) {
        for (let q = 0; q <= data.length; q++) {
          if (k < count) {
            out.push(...nw);
            k++;
          }
          if (q < data.length) out.push(data[q]!);
        }
        return make(T, Uint8Array.from(out));
      }
      while (i < data.length) {
        if (k < count && matchAt(data, old, i) && i + old.length <= data.length) {
          out.push(...nw);
          i += old.length;
          k++;
        } else out.push(data[i++]!);
      }
      return make(T, Uint8Array.from(out));
    });
    method(T, 'upper', 0, 0, (self) => make(T, d(self).map((c) => (c >= 97 && c <= 122 ? c - 32 : c))));
    method(T, 'lower', 0, 0, (self) => make(T, d(self).map((c) => (c >= 65 && c <= 90 ? c + 32 : c))));
    method(T, 'isdigit', 0, 0, (self) => d(self).length > 0 && d(self).every((c) => c >= 48 && c <= 57));
    method(T, 'isalpha', 0, 0, (self) => d(self).length > 0 && d(self).every((c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)));
    method(T, 'isspace', 0, 0, (self) => d(self).length > 0 && d(self).every(isSpaceB));
    method(T, 'isascii', 0, 0, (self) => d(self).every((c) => c < 128));
    const isUp = (c: number): boolean => c >= 65 && c <= 90;
    const isLo = (c: number): boolean => c >= 97 && c <= 122;
    const isDig = (c: number): boolean => c >= 48 && c <= 57;
    method(T, 'isalnum', 0, 0, (self) => d(self).length > 0 && d(self).every((c) => isUp(c) || isLo(c) || isDig(c)));
    method(T, 'islower', 0, 0, (self) => d(self).some(isLo) && !d(self).some(isUp));
    method(T, 'isupper', 0, 0, (self) => d(self).some(isUp) && !d(self).some(isLo));
    method(T, 'istitle', 0, 0, (self) => {
      let cased = false;
      let prev = false;
      for (const c of d(self)) {
        if (isUp(c)) {
          if (prev) return false;
          prev = cased = true;
        } else if (isLo(c)) {
          if (!prev) return false;
          prev = cased = true;
        } else prev = false;
      }
      return cased;
    });
    method(T, 'swapcase', 0, 0, (self) => make(T, d(self).map((c) => (isUp(c) ? c + 32 : isLo(c) ? c - 32 : c))));
    method(T, 'capitalize', 0, 0, (self) => make(T, d(self).map((c, i) => (i === 0 ? (isLo(c) ? c - 32 : c) : isUp(c) ? c + 32 : c))));
    method(T, 'title', 0, 0, (self) => {
      let prev = false;
      return make(T, d(self).map((c) => {
        const r = prev ? (isUp(c) ? c + 32 : c) : isLo(c) ? c - 32 : c;
        prev = isUp(c) || isLo(c);
        return r;
      }));
    });
    const fillArg = (name: string, f: Value | undefined): number => {
      if (f === undefined) return 32;
      const b = f instanceof PyBytes || f instanceof PyByteArray ? bytesOf(f) : null;
      if (b === null || b.length !== 1) throw typeError(`${name}() argument 2 must be a byte string of length 1, not ${typeOf(f).name}`);
      return b[0]!;
    };
    const padTo = (name: string, where: 'l' | 'r' | 'c') => (self: Value, w?: Value, f?: Value): Value => {
      const data = d(self);
      const width = indexClamped(w!);
      const fill = fillArg(name, f);
      if (width <= data.length) return make(T, data.slice());
      const total = width - data.length;
      let left = where === 'l' ? 0 : where === 'r' ? total : Math.floor(total / 2) + (total & width & 1);
      if (where === 'c') left = Math.floor(total / 2) + (total & width & 1);
      const out = new Uint8Array(width).fill(fill);
      out.set(data, left);
      return make(T, out);
    };
    method(T, 'ljust', 1, 2, padTo('ljust', 'l'));
    method(T, 'rjust', 1, 2, padTo('rjust', 'r'));
    method(T, 'center', 1, 2, padTo('center', 'c'));
    method(T, 'zfill', 1, 1, (self, w) => {
      const data = d(self);
      const width = indexClamped(w!);
      if (width <= data.length) return make(T, data.slice());
      const fill = width - data.length;
      const out = new Uint8Array(width).fill(48);
      out.set(data, fill);
      if (data.length && (data[0] === 43 || data[0] === 45)) {
        out[0] = data[0];
        out[fill] = 48;
      }
      return make(T, out);
    });
    methodRaw(T, 'expandtabs', (args, kw) => {
      const p = bindKw('expandtabs', args.slice(1), kw, [], { tabsize: 8 }, ['tabsize'], true);
      const ts = indexClamped(p['tabsize']!);
      const out: number[] = [];
      let col = 0;
      for (const c of d(args[0]!)) {
        if (c === 9) {
          if (ts > 0) {
            const n = ts - (col % ts);
            for (let k = 0; k < n; k++) out.push(32);
            col += n;
          }
        } else {
          out.push(c);
          col = c === 10 || c === 13 ? 0 : col + 1;
        }
      }
      return make(T, Uint8Array.from(out));
    });
    const partition = (name: string, rev: boolean): void => {
      method(T, name, 1, 1, (self, sepV) => {
        const data = d(self);
        const sep = needBytes(sepV!);
        if (sep.length === 0) throw valueError('empty separator');
        const i = indexOf(data, sep, 0, data.length, rev);
        if (i < 0) {
          return rev ? tuple([make(T, new Uint8Array(0)), make(T, new Uint8Array(0)), make(T, data.slice())]) : tuple([make(T, data.slice()), make(T, new Uint8Array(0)), make(T, new Uint8Array(0))]);
        }
        return tuple([make(T, data.slice(0, i)), make(T, sep.slice()), make(T, data.slice(i + sep.length))]);
      });
    };
    partition('partition', false);
    partition('rpartition', true);
    method(T, 'removeprefix', 1, 1, (self, pre) => {
      const data = d(self);
      const p = needBytes(pre!);
      return make(T, p.length <= data.length && matchAt(data, p, 0) ? data.slice(p.length) : data.slice());
    });
    method(T, 'removesuffix', 1, 1, (self, suf) => {
      const data = d(self);
      const p = needBytes(suf!);
      return make(T, p.length && p.length <= data.length && matchAt(data, p, data.length - p.length) ? data.slice(0, data.length - p.length) : data.slice());
    });
    methodRaw(T, 'rsplit', (args, kw) => {
      const p = bindKw('rsplit', args.slice(1), kw, [], { sep: None, maxsplit: -1 }, ['sep', 'maxsplit'], true);
      const data = d(args[0]!);
      const max = indexClamped(p['maxsplit']!);
      const out: Value[] = [];
      if (p['sep'] === None) {
        let i = data.length;
        while (i > 0) {
          while (i > 0 && isSpaceB(data[i - 1]!)) i--;
          if (i <= 0) break;
          if (max >= 0 && out.length === max) {
            let j = 0;
            while (j < i && isSpaceB(data[j]!)) j++;
            out.push(make(T, data.slice(j, i)));
            break;
          }
          const end = i;
          while (i > 0 && !isSpaceB(data[i - 1]!)) i--;
          out.push(make(T, data.slice(i, end)));
        }
        return new PyList(out.reverse());
      }
      const sep = needBytes(p['sep']!);
      if (sep.length === 0) throw valueError('empty separator');
      let end = data.length;
      for (;;) {
        if (max >= 0 && out.length === max) break;
        const i = indexOf(data, sep, 0, end, true);
        if (i < 0) break;
        out.push(make(T, data.slice(i + sep.length, end)));
        end = i;
      }
      out.push(make(T, data.slice(0, end)));
      return new PyList(out.reverse());
    });
    methodRaw(T, 'splitlines', (args, kw) => {
      const p = bindKw('splitlines', args.slice(1), kw, [], { keepends: false }, ['keepends'], true);
      const keep = truthy(p['keepends']!);
      const data = d(args[0]!);
      const out: Value[] = [];
      let i = 0;
      let start = 0;
      while (i < data.length) {
        const c = data[i]!;
        if (c === 10 || c === 13) {
          let eol = i + 1;
          if (c === 13 && data[i + 1] === 10) eol++;
          out.push(make(T, data.slice(start, keep ? eol : i)));
          start = i = eol;
        } else i++;
      }
      if (start < data.length) out.push(make(T, data.slice(start)));
      return new PyList(out);
    });
    method(T, '__rmod__', 1, 1, () => NotImplemented);
    classMethod(T, 'fromhex', (args) => {
      const s = strValue(args[1]!)!.replace(/\s+/g, '');
      if (!/^([0-9a-fA-F]{2})*$/.test(s)) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${s.search(/[^0-9a-fA-F]/)}`);
      return make(args[0] as PyType, new Uint8Array(Buffer.from(s, 'hex')));
    });
    staticNative(T, 'maketrans', (args) => {
      const a = needBytes(args[0]!);
      const b = needBytes(args[1]!);
      if (a.length !== b.length) throw valueError('maketrans arguments must have same length');
      const t = Uint8Array.from({ length: 256 }, (_, i) => i);
      a.forEach((c, i) => (t[c] = b[i]!));
      return new PyBytes(t);
    });
    method(T, 'translate', 1, 2, (self, table, del) => {
      const data = d(self);
      const t = table === None ? null : needBytes(table!);
      const drop = del === undefined ? null : new Set(needBytes(del));
      const out: number[] = [];
      for (const c of data) {
        if (drop?.has(c)) continue;
        out.push(t ? t[c]! : c);
      }
      return make(T, Uint8Array.from(out));
    });
  }
  method(bytesType, '__hash__', 0, 0, (self: PyBytes) => hashBytesRaw(self.data));
  method(bytesType, '__bytes__', 0, 0, (self: PyBytes) => self);
  method(bytesType, '__getnewargs__', 0, 0, (self: PyBytes) => tuple([new PyBytes(self.data)]));
  bytearrayType.ns.set('__hash__', None);
  const BA = bytearrayType;
  method(BA, 'append', 1, 1, (self: PyByteArray, x) => {
    const v = Number(index(x!));
    if (v < 0 || v > 255) throw valueError('byte must be in range(0, 256)');
    self.push(v);
    return None;
  });
  method(BA, 'extend', 1, 1, (self: PyByteArray, x) => {
    self.push(bytesFromSource(x!, undefined, undefined, 'bytearray').slice());
    return None;
  });
  method(BA, '__iadd__', 1, 1, (self: PyByteArray, x) => {
    const add = x instanceof PyMemoryView ? x.data() : needBytes(x!, "can't concat " + typeOf(x!).name + ' to bytearray');
    self.push(add.slice());
    return self;
  });
  method(BA, '__imul__', 1, 1, (self: PyByteArray, n) => {
    const k = Math.max(0, indexClamped(n!));
    const d0 = self.view().slice();
    const out = new Uint8Array(d0.length * k);
    for (let i = 0; i < k; i++) out.set(d0, i * d0.length);
    self.setView(out);
    return self;
  });
  method(BA, '__alloc__', 0, 0, (self: PyByteArray) => self.data.length + 1);
  method(BA, 'insert', 2, 2, (self: PyByteArray, i, x) => {
    const v = Number(index(x!));
    if (v < 0 || v > 255) throw valueError('byte must be in range(0, 256)');
    const n = self.length;
    let k = indexClamped(i!);
    if (k < 0) k = Math.max(0, k + n);
    if (k > n) k = n;
    const out = new Uint8Array(n + 1);
    out.set(self.view().subarray(0, k));
    out[k] = v;
    out.set(self.view().subarray(k), k + 1);
    self.setView(out);
    return None;
  });
  method(BA, 'remove', 1, 1, (self: PyByteArray, x) => {
    const v = Number(index(x!));
    if (v < 0 || v > 255) throw valueError('byte must be in range(0, 256)');
    const k = self.view().indexOf(v);
    if (k < 0) throw valueError('value not found in bytearray');
    const out = new Uint8Array(self.length - 1);
    out.set(self.view().subarray(0, k));
    out.set(self.view().subarray(k + 1), k);
    self.setView(out);
    return None;
  });
  method(BA, '__delitem__', 1, 1, (self: PyByteArray, k) => {
    const arr = self.view();
    if (k instanceof PySlice) {
      const s = sliceIndices(k, arr.length);
      const drop = new Set<number>();
      for (let i = 0, j = s.start; i < s.len; i++, j += s.step) drop.add(j);
      self.setView(arr.filter((_, i) => !drop.has(i)));
      return None;
    }
    let i = indexClamped(k!);
    if (i < 0) i += arr.length;
    if (i < 0 || i >= arr.length) throw indexError('bytearray index out of range');
    const out = new Uint8Array(arr.length - 1);
    out.set(arr.subarray(0, i));
    out.set(arr.subarray(i + 1), i);
    self.setView(out);
    return None;
  });
  method(BA, 'pop', 0, 1, (self: PyByteArray, i) => {
    if (self.length === 0) throw indexError('pop from empty bytearray');
    let k = i === undefined ? self.length - 1 : indexClamped(i);
    if (k < 0) k += self.length;
    if (k < 0 || k >= self.length) throw indexError('pop index out of range');
    const arr = Array.from(self.view());
    const [v] = arr.splice(k, 1);
    self.setView(Uint8Array.from(arr));
    return v!;
  });
  method(BA, '__setitem__', 2, 2, (self: PyByteArray, k, v) => {
    if (k instanceof PySlice) {
      const arr = Array.from(self.view());
      const src = Array.from(bytesFromSource(v!, undefined, undefined, 'bytearray'));
      const s = sliceIndices(k, arr.length);
      if (s.step === 1) arr.splice(s.start, Math.max(0, s.stop - s.start), ...src);
      else if (src.length === 0) {
        // an empty value deletes an extended slice (bytearray_ass_subscript)
        const drop = new Set(Array.from({ length: s.len }, (_, i) => s.start + i * s.step));
        self.setView(Uint8Array.from(arr.filter((_, i) => !drop.has(i))));
        return None;
      } else if (src.length !== s.len) throw valueError(`attempt to assign bytes of size ${src.length} to extended slice of size ${s.len}`);
      else for (let i = 0, j = s.start; i < s.len; i++, j += s.step) arr[j] = src[i]!;
      self.setView(Uint8Array.from(arr));
      return None;
    }
    let i = indexClamped(k!);
    if (i < 0) i += self.length;
    if (i < 0 || i >= self.length) throw indexError('bytearray index out of range');
    const b = Number(index(v!));
    if (b < 0 || b > 255) throw valueError('byte must be in range(0, 256)');
    self.data[i] = b;
    return None;
  });
  method(BA, 'clear', 0, 0, (self: PyByteArray) => {
    self.setView(new Uint8Array(0));
    return None;
  });
  method(BA, 'copy', 0, 0, (self: PyByteArray) => new PyByteArray(self.view().slice()));
  method(BA, 'reverse', 0, 0, (self: PyByteArray) => {
    self.view().reverse();
    return None;
  });
  void hashOf;
  void compareCodePoints;
  void newExc;
  void OverflowError;
  void noKw;
  void withReprGuard;
}

function staticNative(t: PyType, name: string, fn: (args: Value[]) => Value): void {
  t.ns.set(name, new PyStaticMethod(new PyBuiltin(name, fn)));
}

// --- memoryview (a read-only-or-writable view of a bytes-like object, format 'B') ----------------

export const memoryviewType = (() => {
  const t = new PyType('memoryview', [objectTypeRef()], typeTypeRef(), TF_SEQUENCE);
  return t;
})();

function objectTypeRef(): PyType {
  return bytesType.base!;
}
function typeTypeRef(): PyType {
  return bytesType.cls;
}

const MV_FORMATS: Record<string, number> = { B: 1, b: 1, c: 1, '?': 1, H: 2, h: 2, I: 4, i: 4, L: 8, l: 8, Q: 8, q: 8, N: 8, n: 8, f: 4, d: 8 };

export class PyMemoryView extends PyObject {
  constructor(readonly obj: PyBytes | PyByteArray, readonly fmt = 'B') {
    super(memoryviewType);
  }
  data(): Uint8Array {
    return bytesOf(this.obj);
  }
  get itemsize(): number {
    return MV_FORMATS[this.fmt]!;
  }
  get length(): number {
    return Math.floor(this.data().length / this.itemsize);
  }
  item(i: number): Value {
    const d = this.data();
    const v = new DataView(d.buffer, d.byteOffset, d.byteLength);
    const o = i * this.itemsize;
    switch (this.fmt) {
      case 'B': return d[o]!;
      case 'b': return v.getInt8(o);
      case 'c': return new PyBytes(d.slice(o, o + 1));
      case '?': return d[o] !== 0;
      case 'H': return v.getUint16(o, true);
      case 'h': return v.getInt16(o, true);
      case 'I': return v.getUint32(o, true);
      case 'i': return v.getInt32(o, true);
      case 'f': return new PyFloat(v.getFloat32(o, true));
      case 'd': return new PyFloat(v.getFloat64(o, true));
      case 'L': case 'Q': case 'N': {
        const x = v.getBigUint64(o, true);
        return x <= 9007199254740991n ? Number(x) : x;
      }
      default: {
        const x = v.getBigInt64(o, true);
        return x <= 9007199254740991n && x >= -9007199254740991n ? Number(x) : x;
      }
    }
  }
}

export function initMemoryview(): void {
  setBufferHook((v) => (v instanceof PyMemoryView ? v.data() : null));
  const M = memoryviewType;
  M.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args) => {
    const o = args[1];
    if (o instanceof PyMemoryView) return new PyMemoryView(o.obj, o.fmt);
    if (!(o instanceof PyBytes || o instanceof PyByteArray)) throw typeError(`memoryview: a bytes-like object is required, not '${typeOf(o ?? None).name}'`);
    return new PyMemoryView(o);
  })));
  method(M, 'tobytes', 0, 1, (self: PyMemoryView) => new PyBytes(self.data().slice()));
  method(M, 'tolist', 0, 0, (self: PyMemoryView) => new PyList(Array.from({ length: self.length }, (_, i) => self.item(i))));
  methodRaw(M, 'hex', (args, kw) => {
    const p = bindKw('hex', args.slice(1), kw, [], {}, ['sep', 'bytes_per_sep'], true);
    return strhex((args[0] as PyMemoryView).data(), p['sep'], p['bytes_per_sep']);
  });
  method(M, 'release', 0, 0, () => None);
  method(M, '__enter__', 0, 0, (self: PyMemoryView) => self);
  method(M, '__exit__', 0, 3, () => None);
  method(M, '__len__', 0, 0, (self: PyMemoryView) => self.length);
  method(M, '__getitem__', 1, 1, (self: PyMemoryView, k) => {
    const d = self.data();
    const n = self.length;
    if (k instanceof PySlice) {
      const s = sliceIndices(k, n);
      const w = self.itemsize;
      const out = new Uint8Array(s.len * w);
      for (let i = 0, j = s.start; i < s.len; i++, j += s.step) out.set(d.subarray(j * w, j * w + w), i * w);
      return new PyMemoryView(new PyBytes(out), self.fmt);
    }
    if (typeOf(k!).lookup('__index__') === undefined) throw typeError('memoryview: invalid slice key'); // memory_subscript
    let i = indexClamped(k!);
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw indexError('index out of bounds on dimension 1');
    return self.item(i);
  });
  method(M, 'cast', 1, 2, (self: PyMemoryView, f) => {
    const fmt = strValue(f!);
    if (fmt === undefined) throw typeError(`cast() argument 'format' must be str, not ${typeOf(f!).name}`);
    const w = MV_FORMATS[fmt.replace(/^@/, '')];
    if (w === undefined) throw valueError('memoryview: destination format must be a native single character format prefixed with an optional \'@\'');
    if (self.data().length % w !== 0) throw typeError('memoryview: length is not a multiple of itemsize');
    return new PyMemoryView(self.obj, fmt.replace(/^@/, ''));
  });
  method(M, '__eq__', 1, 1, (self: PyMemoryView, o) => {
    const b = o instanceof PyMemoryView ? o.data() : bytesLike(o!);
    if (b === null) return NotImplemented;
    return cmpBytes(self.data(), b) === 0;
  });
  getset(M, 'obj', (self: PyMemoryView) => self.obj);
  getset(M, 'nbytes', (self: PyMemoryView) => self.data().length);
  getset(M, 'readonly', (self: PyMemoryView) => self.obj instanceof PyBytes);
  getset(M, 'itemsize', (self: PyMemoryView) => self.itemsize);
  getset(M, 'format', (self: PyMemoryView) => self.fmt);
  getset(M, 'ndim', () => 1);
  getset(M, 'shape', (self: PyMemoryView) => tuple([self.length]));
  getset(M, 'strides', (self: PyMemoryView) => tuple([self.itemsize]));
  getset(M, 'contiguous', () => true);
  getset(M, 'f_contiguous', () => true);
  getset(M, 'suboffsets', () => tuple([]));
  method(M, 'toreadonly', 0, 0, (self: PyMemoryView) => new PyMemoryView(self.obj instanceof PyBytes ? self.obj : new PyBytes(self.data().slice()), self.fmt));
  method(M, '__iter__', 0, 0, (self: PyMemoryView) => new ArrayIterator(Array.from({ length: self.length }, (_, i) => self.item(i))));
  method(M, '__delitem__', 1, 1, () => {
    throw typeError('cannot delete memory');
  });
  method(M, '__setitem__', 2, 2, (self: PyMemoryView, k, v) => {
    if (!(self.obj instanceof PyByteArray)) throw typeError('cannot modify read-only memory');
    if (self.fmt !== 'B') throw typeError('memoryview: item assignment is only supported for format B');
    const d = self.data();
    if (k instanceof PySlice) {
      const s = sliceIndices(k, d.length);
      const src = bytesLike(v!) ?? (v instanceof PyMemoryView ? v.data() : null);
      if (src === null) throw typeError(`a bytes-like object is required, not '${typeOf(v!).name}'`);
      if (src.length !== s.len) throw valueError('memoryview assignment: lvalue and rvalue have different structures');
      for (let i = 0, j = s.start; i < s.len; i++, j += s.step) d[j] = src[i]!;
      return None;
    }
    let i = indexClamped(k!);
    if (i < 0) i += d.length;
    if (i < 0 || i >= d.length) throw indexError('index out of bounds on dimension 1');
    const b = Number(index(v!));
    if (b < 0 || b > 255) throw valueError("memoryview: invalid value for format 'B'");
    d[i] = b;
    return None;
  });
  getset(M, 'c_contiguous', () => true);
}

import { PyObject } from './object.js';
import { getset } from './function.js';
