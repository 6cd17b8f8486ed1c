// The methods of str (Objects/unicodeobject.c). Indices are code points; strings without astral
// characters use UTF-16 indices directly.

import { strCapitalize, strCasefold, strIsLower, strIsTitle, strIsUpper, strLower, strSwapcase, strTitle, strUpper } from './case.js';
import type { Value } from './object.js';
import { None, NotImplemented, PyType, strType, typeOf } from './type.js';
import { PyStrObj, cpLen, cpAt, cpChars, cpToUnit, unitToCp, astralCodePoints } from './str.js';
import { PyList } from './list.js';
import { PyTuple, tuple } from './tuple.js';
import { PyDict } from './dict.js';
import { method, methodRaw, PyBuiltin, PyStaticMethod, staticNative, noKw } from './function.js';
import { MemoryError, indexError, typeError, valueError, newExc, LookupError, UnicodeEncodeError, UnicodeDecodeError, overflowError, isExcInstance, TypeError } from './exceptions.js';
import {
  callSpecial, compareCodePoints, getAttr, getItem, hashOf, indexClamped, repr, str as pyStr, strObj, strValue, toArray, EQ, NE, LT, LE, GT, GE,
  sliceArray, contains, getIter,
} from './abstract.js';
import { PySlice, sliceIndices } from './slice.js';
import { StrIterator, strIteratorType, strUnicodeIteratorType } from './iter.js';
import { importAbs } from './import.js';
import { hashStr } from './hash.js';
import { formatStr, percentFormat, strFormat, asciiOf } from './format.js';
import { intValue } from './numeric.js';
import { isPrintable, reprStr } from '../ast/repr.js';
import { PyBytes, PyByteArray, bytesOf, bufferData } from './bytes.js';
import { bindKw } from './number-methods.js';
import { registerHashKind, HK_STRVAL } from './dict.js';
import { encodeStr, decodeBytes } from './codecs.js';
import { numericProps } from './modules/unicodedata.js';

const sv = (v: Value): string => (typeof v === 'string' ? v : (v as PyStrObj).v);

/** Python's str.isspace() for one code point. */
export function isSpaceCp(c: number): boolean {
  return (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20) || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

const LINEBREAK = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029]);

function argStr(v: Value, fname: string, what = 'str'): string {
  const s = strValue(v);
  if (s === undefined) throw typeError(`${fname} arg must be None or str`.replace('arg', what === 'str' ? 'arg' : what));
  return s;
}

function mustStr(v: Value, msg: string): string {
  const s = strValue(v);
  if (s === undefined) throw typeError(msg);
  return s;
}

/** [start, end) code point bounds from optional start/end arguments. */
function bounds(s: string, a: Value | undefined, b: Value | undefined): [number, number] {
  const n = cpLen(s);
  let start = 0;
  let end = n;
  if (a !== undefined && a !== None) {
    start = indexClamped(a);
    if (start < 0) start = Math.max(0, start + n);
  }
  if (b !== undefined && b !== None) {
    end = indexClamped(b);
    if (end < 0) end = Math.max(0, end + n);
    if (end > n) end = n;
  }
  return [start, end];
}

function sub(s: string, start: number, end: number): string {
  if (start >= end) return '';
  const us = cpToUnit(s, start);
  const ue = cpToUnit(s, end);
  return s.slice(us, ue);
}

function findIn(s: string, subs: string, start: number, end: number, rev: boolean): number {
  const n = cpLen(s);
  if (start > n) return -1;
  if (end - start < cpLen(subs)) return -1;
  const us = cpToUnit(s, start);
  const ue = cpToUnit(s, end);
  const hay = s.slice(us, ue);
  const i = rev ? hay.lastIndexOf(subs) : hay.indexOf(subs);
  if (i < 0) return -1;
  return unitToCp(s, us + i);
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const cps = [...s];
  let i = 0;
  const n = cps.length;
  while (i < n) {
    while (i < n && isSpaceCp(cps[i]!.codePointAt(0)!)) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(cps.slice(i).join(''));
      return out;
    }
    const st = i;
    while (i < n && !isSpaceCp(cps[i]!.codePointAt(0)!)) i++;
    out.push(cps.slice(st, i).join(''));
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const cps = [...s];
  let i = cps.length;
  while (i > 0) {
    while (i > 0 && isSpaceCp(cps[i - 1]!.codePointAt(0)!)) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(cps.slice(0, i).join(''));
      break;
    }
    const e = i;
    while (i > 0 && !isSpaceCp(cps[i - 1]!.codePointAt(0)!)) i--;
    out.push(cps.slice(i, e).join(''));
  }
  return out.reverse();
}

export function strSplit(s: string, sep: Value | undefined, maxsplit: number): string[] {
  if (sep === undefined || sep === None) return splitWhitespace(s, maxsplit);
  const p = mustStr(sep, `must be str or None, not ${typeOf(sep).name}`);
  if (p === '') throw valueError('empty separator');
  const out: string[] = [];
  let pos = 0;
  for (;;) {
    if (maxsplit >= 0 && out.length === maxsplit) break;
    const i = s.indexOf(p, pos);
    if (i < 0) break;
    out.push(s.slice(pos, i));
    pos = i + p.length;
  }
  out.push(s.slice(pos));
  return out;
}

function strRsplit(s: string, sep: Value | undefined, maxsplit: number): string[] {
  if (sep === undefined || sep === None) return rsplitWhitespace(s, maxsplit);
  const p = mustStr(sep, `must be str or None, not ${typeOf(sep).name}`);
  if (p === '') throw valueError('empty separator');
  const out: string[] = [];
  let end = s.length;
  for (;;) {
    if (maxsplit >= 0 && out.length === maxsplit) break;
    const i = end - p.length < 0 ? -1 : s.lastIndexOf(p, end - p.length);
    if (i < 0) break;
    out.push(s.slice(i + p.length, end));
    end = i;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

function stripChars(s: string, chars: Value | undefined, left: boolean, right: boolean, name: string): string {
  const cps = [...s];
  let i = 0;
  let j = cps.length;
  let test: (c: string) => boolean;
  if (chars === undefined || chars === None) test = (c) => isSpaceCp(c.codePointAt(0)!);
  else {
    const set = new Set([...mustStr(chars, `${name} arg must be None or str`)]);
    test = (c) => set.has(c);
  }
  if (left) while (i < j && test(cps[i]!)) i++;
  if (right) while (j > i && test(cps[j - 1]!)) j--;
  return cps.slice(i, j).join('');
}

function splitlines(s: string, keep: boolean): string[] {
  const out: string[] = [];
  const cps = [...s];
  let start = 0;
  let i = 0;
  while (i < cps.length) {
    const c = cps[i]!.codePointAt(0)!;
    if (LINEBREAK.has(c)) {
      let eol = i + 1;
      if (c === 0x0d && cps[i + 1] === '\n') eol++;
      out.push(cps.slice(start, keep ? eol : i).join(''));
      start = i = eol;
    } else i++;
  }
  if (start < cps.length) out.push(cps.slice(start).join(''));
  return out;
}

function expandTabs(s: string, tabsize: number): string {
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

function fillChar(v: Value | undefined, fname: string): string {
  if (v === undefined) return ' ';
  const s = strValue(v);
  if (s === undefined) throw typeError(`${fname}() argument 2 must be str, not ${typeOf(v).name}`);
  if (cpLen(s) !== 1) throw typeError('The fill character must be exactly one character long');
  return s;
}

function isIdentifier(s: string): boolean {
  return /^[\p{ID_Start}_][\p{ID_Continue}\u00b7\u0387\u1369-\u1371\u19da]*$/u.test(s.normalize('NFKC')) && s.length > 0;
}

function isDecimalCh(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  if (c < 0x80) return c >= 0x30 && c <= 0x39;
  const p = numericProps(c);
  return p !== undefined && p[0] !== null;
}

function isDigitCh(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  if (c < 0x80) return c >= 0x30 && c <= 0x39;
  const p = numericProps(c);
  return p !== undefined && p[1] !== null;
}

function isNumericCh(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  if (c < 0x80) return c >= 0x30 && c <= 0x39;
  return numericProps(c) !== undefined;
}

function allChars(s: string, pred: (ch: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!pred(ch)) return false;
  return true;
}

function checkStrArg(v: Value | undefined, name: string, pos = 1): string {
  if (v === undefined) throw typeError(`${name}() takes at least ${pos} argument (0 given)`);
  const s = strValue(v);
  if (s === undefined) throw typeError(`${name}() argument ${pos} must be str, not ${typeOf(v).name}`);
  return s;
}

function prefixTest(self: string, arg: Value, start: Value | undefined, end: Value | undefined, suffix: boolean): boolean {
  const [a, b] = bounds(self, start, end);
  const region = sub(self, a, b);
  const test = (p: string): boolean => {
    if (a > cpLen(self)) return false;
    if (cpLen(p) > b - a) return false;
    return suffix ? region.endsWith(p) : region.startsWith(p);
  };
  if (arg instanceof PyTuple) {
    for (const x of arg.items) {
      const p = strValue(x);
      if (p === undefined) throw typeError(`tuple for ${suffix ? 'endswith' : 'startswith'} must only contain str, not ${typeOf(x).name}`);
      if (test(p)) return true;
    }
    return false;
  }
  const p = strValue(arg);
  if (p === undefined) throw typeError(`${suffix ? 'endswith' : 'startswith'} first arg must be str or a tuple of str, not ${typeOf(arg).name}`);
  return test(p);
}

/** PySequence_Fast(it, "can only join an iterable"): iter(it), with that message when it is not iterable. */
function iterForJoin(it: Value): Value {
  try {
    return getIter(it);
  } catch (e) {
    if (isExcInstance(e, TypeError)) throw typeError('can only join an iterable');
    throw e;
  }
}

export function strJoin(sep: string, it: Value): string {
  const items = it instanceof PyList || it instanceof PyTuple ? it.items : toArray(iterForJoin(it));
  const parts: string[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const x = items[i]!;
    if (typeof x === 'string') parts[i] = x;
    else {
      const s = strValue(x);
      if (s === undefined) throw typeError(`sequence item ${i}: expected str instance, ${typeOf(x).name} found`);
      parts[i] = s;
    }
  }
  return parts.join(sep);
}

function translate(s: string, table: Value): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    let r: Value;
    try {
      r = getItem(table, c);
    } catch (e) {
      if (isExcInstance(e, LookupError)) {
        out += ch;
        continue;
      }
      throw e;
    }
    if (r === None) continue;
    const rs = strValue(r);
    if (rs !== undefined) out += rs;
    else {
      const ri = intValue(r);
      if (ri === undefined) throw typeError('character mapping must return integer, None or str');
      const n = Number(ri);
      if (n < 0 || n > 0x10ffff) throw valueError('character mapping must be in range(0x110000)');
      out += String.fromCodePoint(n);
    }
  }
  return out;
}

function makeTrans(x: Value, y: Value | undefined, z: Value | undefined): Value {
  const d = new PyDict();
  if (y === undefined) {
    if (!(x instanceof PyDict)) throw typeError('if you give only one argument to maketrans it must be a dict');
    for (const [k, v] of x.entriesArray()) {
      const ks = strValue(k);
      if (ks !== undefined) {
        if (cpLen(ks) !== 1) throw valueError('string keys in translate table must be of length 1');
        d.set(ks.codePointAt(0)!, v);
      } else if (intValue(k) !== undefined) d.set(k, v);
      else throw typeError('keys in translate table must be strings or integers');
    }
    return d;
  }
  const xs = mustStr(x, 'first maketrans argument must be a string if there is a second argument');
  const ys = mustStr(y, 'maketrans() argument 2 must be str');
  const xc = [...xs];
  const yc = [...ys];
  if (xc.length !== yc.length) throw valueError('the first two maketrans arguments must have equal length');
  xc.forEach((c, i) => d.set(c.codePointAt(0)!, yc[i]!.codePointAt(0)!));
  if (z !== undefined) for (const c of mustStr(z, 'maketrans() argument 3 must be str')) d.set(c.codePointAt(0)!, None);
  return d;
}

function strCompare(a: string, b: Value, op: number): Value {
  const bs = strValue(b);
  if (bs === undefined) return NotImplemented;
  switch (op) {
    case EQ:
      return a === bs;
    case NE:
      return a !== bs;
  }
  const c = compareCodePoints(a, bs);
  return op === LT ? c < 0 : op === LE ? c <= 0 : op === GT ? c > 0 : c >= 0;
}

/** A method parsing its arguments with PyArg_ParseTuple ("O|OO:find"), whose messages differ from clinic's. */
function methodTuple(t: PyType, name: string, min: number, max: number, fn: (self: any, ...args: Value[]) => Value): void {
  methodRaw(t, name, (args, kw) => {
    noKw(`${t.name}.${name}`, kw);
    const n = args.length - 1;
    if (n < min) throw typeError(`${name}() takes at least ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
    if (n > max) throw typeError(`${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
    return fn(...(args as [Value, ...Value[]]));
  });
}

function newStr(cls: PyType, s: string): Value {
  return cls === strType ? s : new PyStrObj(s, cls);
}

export function initStr(): void {
  registerHashKind(strType, HK_STRVAL);
  strType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    const cls = args[0] as PyType;
    const p = bindKw('str', args.slice(1), kw, [], {}, ['object', 'encoding', 'errors'], true);
    const obj = p['object'];
    if (obj === undefined) return newStr(cls, '');
    if (p['encoding'] === undefined && p['errors'] === undefined) {
      if (cls === strType) return strObj(obj);
      return newStr(cls, pyStr(obj));
    }
    const data = bufferData(obj);
    if (data === null) {
      if (strValue(obj) !== undefined) throw typeError('decoding str is not supported');
      throw typeError(`decoding to str: need a bytes-like object, ${typeOf(obj).name} found`);
    }
    const enc = p['encoding'] === undefined ? 'utf-8' : strValue(p['encoding'])!;
    const errors = p['errors'] === undefined ? 'strict' : strValue(p['errors'])!;
    return newStr(cls, decodeBytes(data, enc, errors));
  })));
  const S = strType;
  method(S, '__len__', 0, 0, (self) => cpLen(sv(self)));
  method(S, '__getitem__', 1, 1, (self, k) => {
    const s = sv(self);
    if (k instanceof PySlice) {
      const n = cpLen(s);
      const si = sliceIndices(k, n);
      const cps = astralCodePoints(s);
      if (!cps) {
        if (si.step === 1) return s.slice(si.start, si.start + si.len);
        return sliceArray(s.split(''), si.start, si.step, si.len).join('');
      }
      return String.fromCodePoint(...sliceArray(cps, si.start, si.step, si.len));
    }
    if (intValue(k!) === undefined && typeOf(k!).lookup('__index__') === undefined) {
      throw typeError(`string indices must be integers, not '${typeOf(k!).name}'`);
    }
    const n = cpLen(s);
    let i = indexClamped(k!);
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw indexError('string index out of range');
    return cpAt(s, i);
  });
  method(S, '__contains__', 1, 1, (self, x) => {
    const t = strValue(x!);
    if (t === undefined) throw typeError(`'in <string>' requires string as left operand, not ${typeOf(x!).name}`);
    return sv(self).includes(t);
  });
  method(S, '__iter__', 0, 0, (self) => new StrIterator(sv(self)));
  // unicodeiter_reduce / unicodeiter_setstate: iter(s) advanced to the saved index
  for (const it of [strIteratorType, strUnicodeIteratorType]) {
    method(it, '__reduce__', 0, 0, (self: StrIterator) => tuple([getAttr(importAbs('builtins'), 'iter'), tuple([self.s]), self.i]));
    method(it, '__setstate__', 1, 1, (self: StrIterator, st) => {
      let i = indexClamped(st!);
      const n = self.cps ? self.cps.length : self.s.length;
      if (i < 0) i = 0;
      if (i > n) i = n;
      self.i = i;
      return None;
    });
  }
  method(S, '__add__', 1, 1, (self, o) => {
    const t = strValue(o!);
    if (t === undefined) throw typeError(`can only concatenate str (not "${typeOf(o!).name}") to str`);
    return sv(self) + t;
  }).seqSlot = true;
  const mul = (self: Value, n: Value | undefined): Value => {
    const i = intValue(n!);
    if (i === undefined) {
      if (typeOf(n!).lookup('__index__') === undefined) throw typeError(`'${typeOf(n!).name}' object cannot be interpreted as an integer`);
    }
    const c = Math.max(0, indexClamped(n!));
    const s = sv(self);
    const total = cpLen(s) * c;
    if (total > Number.MAX_SAFE_INTEGER || BigInt(cpLen(s)) * BigInt(c) > 2n ** 63n - 1n) throw overflowError('repeated string is too long');
    if (s.length * c > 0x1fffffe8) throw newExc(MemoryError);
    return s.repeat(c);
  };
  method(S, '__mul__', 1, 1, mul).seqSlot = true;
  method(S, '__rmul__', 1, 1, mul).seqSlot = true;
  method(S, '__mod__', 1, 1, (self, args) => percentFormat(sv(self), args!));
  method(S, '__rmod__', 1, 1, () => NotImplemented);
  for (const [name, op] of [['__lt__', LT], ['__le__', LE], ['__eq__', EQ], ['__ne__', NE], ['__gt__', GT], ['__ge__', GE]] as const) {
    method(S, name, 1, 1, (self, o) => strCompare(sv(self), o!, op));
  }
  method(S, '__hash__', 0, 0, (self) => hashStr(sv(self)));
  method(S, '__repr__', 0, 0, (self) => reprStr(sv(self)));
  method(S, '__str__', 0, 0, (self) => sv(self));
  method(S, '__format__', 1, 1, (self, spec) => {
    const sp = checkStrArg(spec, '__format__');
    // a subclass formats as its str() when the spec is empty
    if (sp === '' && typeof self !== 'string') return pyStr(self);
    return formatStr(sv(self), sp);
  });
  method(S, '__getnewargs__', 0, 0, (self) => tuple([sv(self)]));
  // PEP 393 layout: compact ASCII (48-byte header) or compact UCS1/2/4 (72), plus a terminator
  method(S, '__sizeof__', 0, 0, (self) => {
    const v = sv(self);
    let max = 0;
    for (let i = 0; i < v.length; i++) max = Math.max(max, v.charCodeAt(i));
    const cps = astralCodePoints(v);
    const n = cps ? cps.length : v.length;
    if (max < 0x80) return 48 + n + 1;
    const width = cps ? 4 : max < 0x100 ? 1 : 2;
    return 72 + width * (n + 1);
  });
  method(S, 'capitalize', 0, 0, (self) => strCapitalize(sv(self)));
  method(S, 'casefold', 0, 0, (self) => strCasefold(sv(self)));
  method(S, 'lower', 0, 0, (self) => strLower(sv(self)));
  method(S, 'upper', 0, 0, (self) => strUpper(sv(self)));
  method(S, 'swapcase', 0, 0, (self) => strSwapcase(sv(self)));
  method(S, 'title', 0, 0, (self) => strTitle(sv(self)));
  method(S, 'center', 1, 2, (self, w, f) => {
    const s = sv(self);
    const width = indexClamped(w!);
    const fill = fillChar(f, 'center');
    const n = cpLen(s);
    if (width <= n) return s;
    const marg = width - n;
    const left = Math.floor(marg / 2) + (marg & width & 1);
    return fill.repeat(left) + s + fill.repeat(marg - left);
  });
  method(S, 'ljust', 1, 2, (self, w, f) => {
    const s = sv(self);
    const width = indexClamped(w!);
    const n = cpLen(s);
    return width <= n ? s : s + fillChar(f, 'ljust').repeat(width - n);
  });
  method(S, 'rjust', 1, 2, (self, w, f) => {
    const s = sv(self);
    const width = indexClamped(w!);
    const n = cpLen(s);
    return width <= n ? s : fillChar(f, 'rjust').repeat(width - n) + s;
  });
  method(S, 'zfill', 1, 1, (self, w) => {
    const s = sv(self);
    const width = indexClamped(w!);
    const n = cpLen(s);
    if (width <= n) return s;
    const fill = '0'.repeat(width - n);
    if (s[0] === '+' || s[0] === '-') return s[0] + fill + s.slice(1);
    return fill + s;
  });
  methodTuple(S, 'count', 1, 3, (self, x, a, b) => {
    const s = sv(self);
    const t = checkStrArg(x, 'count');
    const [start, end] = bounds(s, a, b);
    if (start > cpLen(s)) return 0;
    const region = sub(s, start, end);
    if (t === '') return end >= start ? cpLen(region) + 1 : 0;
    let c = 0;
    let p = 0;
    for (;;) {
      const i = region.indexOf(t, p);
      if (i < 0) break;
      c++;
      p = i + t.length;
    }
    return c;
  });
  for (const [name, rev, raise] of [['find', false, false], ['rfind', true, false], ['index', false, true], ['rindex', true, true]] as const) {
    methodTuple(S, name, 1, 3, (self, x, a, b) => {
      const s = sv(self);
      const t = mustStr(x!, `must be str, not ${typeOf(x!).name}`);
      const [start, end] = bounds(s, a, b);
      const i = findIn(s, t, start, end, rev);
      if (i < 0 && raise) throw valueError('substring not found');
      return i;
    });
  }
  methodTuple(S, 'startswith', 1, 3, (self, p, a, b) => prefixTest(sv(self), p!, a, b, false));
  methodTuple(S, 'endswith', 1, 3, (self, p, a, b) => prefixTest(sv(self), p!, a, b, true));
  method(S, 'join', 1, 1, (self, it) => strJoin(sv(self), it!));
  methodRaw(S, 'split', (args, kw) => {
    const p = bindKw('split', args.slice(1), kw, [], { sep: None, maxsplit: -1 }, ['sep', 'maxsplit'], true);
    return new PyList(strSplit(sv(args[0]!), p['sep'], Number(intValue(p['maxsplit']!) ?? indexClamped(p['maxsplit']!))));
  });
  methodRaw(S, 'rsplit', (args, kw) => {
    const p = bindKw('rsplit', args.slice(1), kw, [], { sep: None, maxsplit: -1 }, ['sep', 'maxsplit'], true);
    return new PyList(strRsplit(sv(args[0]!), p['sep'], Number(intValue(p['maxsplit']!) ?? indexClamped(p['maxsplit']!))));
  });
  methodRaw(S, 'splitlines', (args, kw) => {
    const p = bindKw('splitlines', args.slice(1), kw, [], { keepends: false }, ['keepends'], true);
    const k = p['keepends']!;
    return new PyList(splitlines(sv(args[0]!), k === true || (typeof k !== 'boolean' && Boolean(intValue(k)))));
  });
  method(S, 'strip', 0, 1, (self, c) => stripChars(sv(self), c, true, true, 'strip'));
  method(S, 'lstrip', 0, 1, (self, c) => stripChars(sv(self), c, true, false, 'lstrip'));
  method(S, 'rstrip', 0, 1, (self, c) => stripChars(sv(self), c, false, true, 'rstrip'));
  method(S, 'partition', 1, 1, (self, sep) => {
    const s = sv(self);
    const p = mustStr(sep!, `must be str, not ${typeOf(sep!).name}`);
    if (p === '') throw valueError('empty separator');
    const i = s.indexOf(p);
    if (i < 0) return tuple([s, '', '']);
    return tuple([s.slice(0, i), p, s.slice(i + p.length)]);
  });
  method(S, 'rpartition', 1, 1, (self, sep) => {
    const s = sv(self);
    const p = mustStr(sep!, `must be str, not ${typeOf(sep!).name}`);
    if (p === '') throw valueError('empty separator');
    const i = s.lastIndexOf(p);
    if (i < 0) return tuple(['', '', s]);
    return tuple([s.slice(0, i), p, s.slice(i + p.length)]);
  });
  method(S, 'replace', 2, 3, (self, o, n, c) => {
    const s = sv(self);
    const old = checkStrArg(o, 'replace', 1);
    const nw = checkStrArg(n, 'replace', 2);
    let count = c === undefined ? -1 : indexClamped(c);
    if (count < 0) count = Infinity;
    if (old === '') {
      const chars = cpChars(s);
      let out = '';
      let k = 0;
      for (let i = 0; i <= chars.length; i++) {
        if (k < count) {
          out += nw;
          k++;
        }
        if (i < chars.length) out += chars[i];
      }
      return out;
    }
    if (count === Infinity) return s.split(old).join(nw);
    let out = '';
    let p = 0;
    let k = 0;
    while (k < count) {
      const i = s.indexOf(old, p);
      if (i < 0) break;
      out += s.slice(p, i) + nw;
      p = i + old.length;
      k++;
    }
    return out + s.slice(p);
  });
  method(S, 'removeprefix', 1, 1, (self, p) => {
    const s = sv(self);
    const t = checkStrArg(p, 'removeprefix');
    return t && s.startsWith(t) ? s.slice(t.length) : s;
  });
  method(S, 'removesuffix', 1, 1, (self, p) => {
    const s = sv(self);
    const t = checkStrArg(p, 'removesuffix');
    return t && s.endsWith(t) ? s.slice(0, s.length - t.length) : s;
  });
  methodRaw(S, 'expandtabs', (args, kw) => {
    const p = bindKw('expandtabs', args.slice(1), kw, [], { tabsize: 8 }, ['tabsize'], true);
    return expandTabs(sv(args[0]!), indexClamped(p['tabsize']!));
  });
  method(S, 'translate', 1, 1, (self, t) => translate(sv(self), t!));
  staticNative(S, 'maketrans', (args, kw) => {
    noKw('maketrans', kw);
    if (args.length < 1 || args.length > 3) throw typeError(`maketrans expected at most 3 arguments, got ${args.length}`);
    return makeTrans(args[0]!, args[1], args[2]);
  });
  methodRaw(S, 'format', (args, kw) => {
    const nkw = kw?.length ?? 0;
    const pos = args.slice(1, args.length - nkw);
    let kwargs: PyDict | null = null;
    if (nkw) {
      kwargs = new PyDict();
      kw!.forEach((k, i) => kwargs!.setStr(k, args[args.length - nkw + i]!));
    }
    return strFormat(sv(args[0]!), pos, kwargs);
  });
  method(S, 'format_map', 1, 1, (self, m) => strFormat(sv(self), null, m!));
  methodRaw(S, 'encode', (args, kw) => {
    const p = bindKw('encode', args.slice(1), kw, [], { encoding: 'utf-8', errors: 'strict' }, ['encoding', 'errors'], true);
    const enc = strValue(p['encoding']!);
    if (enc === undefined) throw typeError(`encode() argument 'encoding' must be str, not ${typeOf(p['encoding']!).name}`);
    const errors = strValue(p['errors']!);
    if (errors === undefined) throw typeError(`encode() argument 'errors' must be str, not ${typeOf(p['errors']!).name}`);
    return new PyBytes(encodeStr(sv(args[0]!), enc, errors));
  });
  method(S, 'isalpha', 0, 0, (self) => allChars(sv(self), (c) => /\p{L}/u.test(c)));
  method(S, 'isdecimal', 0, 0, (self) => allChars(sv(self), isDecimalCh));
  method(S, 'isdigit', 0, 0, (self) => allChars(sv(self), isDigitCh));
  method(S, 'isnumeric', 0, 0, (self) => allChars(sv(self), isNumericCh));
  method(S, 'isalnum', 0, 0, (self) => allChars(sv(self), (c) => /\p{L}/u.test(c) || isNumericCh(c)));
  method(S, 'isspace', 0, 0, (self) => allChars(sv(self), (c) => isSpaceCp(c.codePointAt(0)!)));
  method(S, 'isascii', 0, 0, (self) => /^[\x00-\x7f]*$/.test(sv(self)));
  method(S, 'isprintable', 0, 0, (self) => [...sv(self)].every((c) => isPrintable(c.codePointAt(0)!)));
  method(S, 'isidentifier', 0, 0, (self) => isIdentifier(sv(self)));
  method(S, 'islower', 0, 0, (self) => strIsLower(sv(self)));
  method(S, 'isupper', 0, 0, (self) => strIsUpper(sv(self)));
  method(S, 'istitle', 0, 0, (self) => strIsTitle(sv(self)));
  void callSpecial;
  void hashOf;
  void repr;
  void newExc;
  void UnicodeEncodeError;
  void UnicodeDecodeError;
  void argStr;
  void asciiOf;
  void contains;
}
