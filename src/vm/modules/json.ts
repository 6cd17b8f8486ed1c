// _json (Modules/_json.c): the scanner and encoder json.decoder / json.encoder use when the C
// accelerator is present, with its messages ("Invalid \escape", "Out of range float values are
// not JSON compliant", RecursionError " while encoding a JSON object"), and its speed.

import { PyObject, type Value } from '../object.js';
import type { PyModule } from '../module.js';
import { builtinType, None, objectType, PyType, TF_BASETYPE, typeOf, boolType } from '../type.js';
import { PyTuple, tuple } from '../tuple.js';
import { PyDict } from '../dict.js';
import { PyList } from '../list.js';
import { getset, methodRaw, PyBuiltin, PyStaticMethod } from '../function.js';
import { newExc, typeError, valueError, StopIteration, RecursionError, OverflowError } from '../exceptions.js';
import { call, callMethod, getAttr, repr, strValue, toArray, truthy, setItem, delItem, contains } from '../abstract.js';
import { intValue } from '../numeric.js';
import { PyFloat, floatRepr, floatType } from '../float.js';
import { intToString } from '../int.js';
import { intType } from '../type.js';
import { astralCodePoints, cpToUnit, unitToCp } from '../str.js';
import { importAbs } from '../import.js';
import { objectId, dictType } from '../dict.js';
import { TS } from '../thread.js';
import { bindKw, parseIntLiteral } from '../number-methods.js';
import { def } from './util.js';

// --- recursion accounting (Py_EnterRecursiveCall) ------------------------------------------------

function enterRecursive(where: string): void {
  if (TS.depth >= TS.recursionLimit) throw newExc(RecursionError, `maximum recursion depth exceeded${where}`);
  TS.depth++;
}

function leaveRecursive(): void {
  TS.depth--;
}

// --- strings --------------------------------------------------------------------------------------

const HEX = '0123456789abcdef';

function u4(c: number): string {
  return '\\u' + HEX[(c >> 12) & 15]! + HEX[(c >> 8) & 15]! + HEX[(c >> 4) & 15]! + HEX[c & 15]!;
}

/** encode_basestring_ascii. */
export function encodeAscii(s: string): string {
  let out = '"';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c) continue;
    out += s.slice(last, i);
    last = i + 1;
    switch (c) {
      case 0x22:
        out += '\\"';
        break;
      case 0x5c:
        out += '\\\\';
        break;
      case 0x08:
        out += '\\b';
        break;
      case 0x0c:
        out += '\\f';
        break;
      case 0x0a:
        out += '\\n';
        break;
      case 0x0d:
        out += '\\r';
        break;
      case 0x09:
        out += '\\t';
        break;
      default:
        // UTF-16 units: an astral character is already its surrogate pair
        out += u4(c);
    }
  }
  return out + s.slice(last) + '"';
}

/** encode_basestring: only '"', '\\' and control characters are escaped. */
export function encodePlain(s: string): string {
  let out = '"';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c) continue;
    out += s.slice(last, i);
    last = i + 1;
    switch (c) {
      case 0x22:
        out += '\\"';
        break;
      case 0x5c:
        out += '\\\\';
        break;
      case 0x08:
        out += '\\b';
        break;
      case 0x0c:
        out += '\\f';
        break;
      case 0x0a:
        out += '\\n';
        break;
      case 0x0d:
        out += '\\r';
        break;
      case 0x09:
        out += '\\t';
        break;
      default:
        out += u4(c);
    }
  }
  return out + s.slice(last) + '"';
}

// --- decoding -------------------------------------------------------------------------------------

/** A str with positions in code points (Python's) and UTF-16 units (the scanner's). */
class Source {
  readonly astral: boolean;
  constructor(readonly py: string) {
    this.astral = astralCodePoints(py) !== null;
  }
  toUnit(cp: number): number {
    return this.astral ? cpToUnit(this.py, cp) : cp;
  }
  toCp(u: number): number {
    return this.astral ? unitToCp(this.py, u) : u;
  }
  get cpLength(): number {
    return this.toCp(this.py.length);
  }
}

/** raise_errmsg: json.decoder.JSONDecodeError(msg, s, pos). */
function errmsg(msg: string, src: Source, unitPos: number): never {
  const dec = importAbs('json.decoder');
  const e = call(getAttr(dec, 'JSONDecodeError'), [msg, src.py, src.toCp(unitPos)]);
  throw e;
}

function stopIteration(src: Source, unitPos: number): never {
  const e = newExc(StopIteration, src.toCp(unitPos));
  e.setField('value', src.toCp(unitPos));
  throw e;
}

function hexValue(s: string, at: number): number {
  let c = 0;
  for (let i = 0; i < 4; i++) {
    const d = s.charCodeAt(at + i);
    c <<= 4;
    if (d >= 48 && d <= 57) c |= d - 48;
    else if (d >= 97 && d <= 102) c |= d - 87;
    else if (d >= 65 && d <= 70) c |= d - 55;
    else return -1;
  }
  return c;
}

/** scanstring_unicode: the str starting after the quote at `end`; returns [value, unit end]. */
function scanString(src: Source, end: number, strict: boolean): [string, number] {
  const s = src.py;
  const len = s.length;
  const begin = end - 1;
  if (end < 0 || len < end) throw valueError('end is out of bounds');
  let out = '';
  for (;;) {
    let next = end;
    let c = 0;
    for (; next < len; next++) {
      c = s.charCodeAt(next);
      if (c === 0x22 || c === 0x5c) break;
      if (c <= 0x1f && strict) errmsg('Invalid control character at', src, next);
    }
    if (!(c === 0x22 || c === 0x5c) || next >= len) errmsg('Unterminated string starting at', src, begin);
    out += s.slice(end, next);
    next++;
    if (c === 0x22) {
      end = next;
      break;
    }
    if (next === len) errmsg('Unterminated string starting at', src, begin);
    c = s.charCodeAt(next);
    if (c !== 0x75) {
      end = next + 1;
      let r = '';
      switch (c) {
        case 0x22:
          r = '"';
          break;
        case 0x5c:
          r = '\\';
          break;
        case 0x2f:
          r = '/';
          break;
        case 0x62:
          r = '\b';
          break;
        case 0x66:
          r = '\f';
          break;
        case 0x6e:
          r = '\n';
          break;
        case 0x72:
          r = '\r';
          break;
        case 0x74:
          r = '\t';
          break;
        default:
          errmsg('Invalid \\escape', src, end - 2);
      }
      out += r;
    } else {
      next++;
      end = next + 4;
      if (end >= len) errmsg('Invalid \\uXXXX escape', src, next - 1);
      let cp = hexValue(s, next);
      if (cp < 0) errmsg('Invalid \\uXXXX escape', src, end - 5);
      if (cp >= 0xd800 && cp <= 0xdbff && end + 6 < len && s.charCodeAt(end) === 0x5c && s.charCodeAt(end + 1) === 0x75) {
        const c2 = hexValue(s, end + 2);
        if (c2 < 0) errmsg('Invalid \\uXXXX escape', src, end + 1);
        if (c2 >= 0xdc00 && c2 <= 0xdfff) {
          cp = 0x10000 + (((cp - 0xd800) << 10) | (c2 - 0xdc00));
          end += 6;
        }
      }
      out += String.fromCodePoint(cp);
    }
  }
  return [out, end];
}

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

class PyScanner extends PyObject {
  strict = true;
  objectHook: Value = None;
  pairsHook: Value = None;
  parseFloat: Value = None;
  parseInt: Value = None;
  parseConstant: Value = None;
  memo = new Map<string, string>();
  constructor(cls: PyType) {
    super(cls);
  }

  scanOnce(src: Source, idx: number): [Value, number] {
    const s = src.py;
    const len = s.length;
    if (idx < 0) throw valueError('idx cannot be negative');
    if (idx >= len) stopIteration(src, idx);
    const c = s.charCodeAt(idx);
    switch (c) {
      case 0x22:
        return scanString(src, idx + 1, this.strict);
      case 0x7b: {
        enterRecursive(' while decoding a JSON object from a unicode string');
        try {
          return this.parseObject(src, idx + 1);
        } finally {
          leaveRecursive();
        }
      }
      case 0x5b: {
        enterRecursive(' while decoding a JSON object from a unicode string');
        try {
          return this.parseArray(src, idx + 1);
        } finally {
          leaveRecursive();
        }
      }
      case 0x6e:
        if (s.startsWith('null', idx)) return [None, idx + 4];
        break;
      case 0x74:
        if (s.startsWith('true', idx)) return [true, idx + 4];
        break;
      case 0x66:
        if (s.startsWith('false', idx)) return [false, idx + 5];
        break;
      case 0x4e:
        if (s.startsWith('NaN', idx)) return [call(this.parseConstant, ['NaN']), idx + 3];
        break;
      case 0x49:
        if (s.startsWith('Infinity', idx)) return [call(this.parseConstant, ['Infinity']), idx + 8];
        break;
      case 0x2d:
        if (s.startsWith('-Infinity', idx)) return [call(this.parseConstant, ['-Infinity']), idx + 9];
        break;
    }
    return this.matchNumber(src, idx);
  }

  parseObject(src: Source, idx: number): [Value, number] {
    const s = src.py;
    const len = s.length;
    const pairs: [Value, Value][] | null = this.pairsHook !== None ? [] : null;
    const d = pairs === null ? new PyDict() : null;
    while (idx < len && isWs(s.charCodeAt(idx))) idx++;
    if (idx >= len || s.charCodeAt(idx) !== 0x7d) {
      for (;;) {
        if (idx >= len || s.charCodeAt(idx) !== 0x22) errmsg('Expecting property name enclosed in double quotes', src, idx);
        const [k0, kend] = scanString(src, idx + 1, this.strict);
        let key = this.memo.get(k0);
        if (key === undefined) {
          this.memo.set(k0, k0);
          key = k0;
        }
        idx = kend;
        while (idx < len && isWs(s.charCodeAt(idx))) idx++;
        if (idx >= len || s.charCodeAt(idx) !== 0x3a) errmsg("Expecting ':' delimiter", src, idx);
        idx++;
        while (idx < len && isWs(s.charCodeAt(idx))) idx++;
        const [val, vend] = this.scanOnce(src, idx);
        if (pairs !== null) pairs.push([key, val]);
        else d!.setStr(key, val);
        idx = vend;
        while (idx < len && isWs(s.charCodeAt(idx))) idx++;
        if (idx < len && s.charCodeAt(idx) === 0x7d) break;
        if (idx >= len || s.charCodeAt(idx) !== 0x2c) errmsg("Expecting ',' delimiter", src, idx);
        idx++;
        while (idx < len && isWs(s.charCodeAt(idx))) idx++;
      }
    }
    idx++;
    if (pairs !== null) return [call(this.pairsHook, [new PyList(pairs.map((p) => tuple(p)))]), idx];
    if (this.objectHook !== None) return [call(this.objectHook, [d!]), idx];
    return [d!, idx];
  }

  parseArray(src: Source, idx: number): [Value, number] {
    const s = src.py;
    const len = s.length;
    const items: Value[] = [];
    while (idx < len && isWs(s.charCodeAt(idx))) idx++;
    if (idx >= len || s.charCodeAt(idx) !== 0x5d) {
      for (;;) {
        const [val, vend] = this.scanOnce(src, idx);
        items.push(val);
        idx = vend;
        while (idx < len && isWs(s.charCodeAt(idx))) idx++;
        if (idx < len && s.charCodeAt(idx) === 0x5d) break;
        if (idx >= len || s.charCodeAt(idx) !== 0x2c) errmsg("Expecting ',' delimiter", src, idx);
        idx++;
        while (idx < len && isWs(s.charCodeAt(idx))) idx++;
      }
    }
    return [new PyList(items), idx + 1];
  }

  matchNumber(src: Source, start: number): [Value, number] {
    const s = src.py;
    const endIdx = s.length - 1;
    let idx = start;
    const digit = (i: number): boolean => {
      const c = s.charCodeAt(i);
      return c >= 48 && c <= 57;
    };
    if (s.charCodeAt(idx) === 0x2d) {
      idx++;
      if (idx > endIdx) stopIteration(src, start);
    }
    const c0 = s.charCodeAt(idx);
    if (c0 >= 0x31 && c0 <= 0x39) {
      idx++;
      while (idx <= endIdx && digit(idx)) idx++;
    } else if (c0 === 0x30) idx++;
    else stopIteration(src, start);
    let isFloat = false;
    if (idx < endIdx && s.charCodeAt(idx) === 0x2e && digit(idx + 1)) {
      isFloat = true;
      idx += 2;
      while (idx <= endIdx && digit(idx)) idx++;
    }
    if (idx < endIdx && (s.charCodeAt(idx) === 0x65 || s.charCodeAt(idx) === 0x45)) {
      const eStart = idx;
      idx++;
      if (idx < endIdx && (s.charCodeAt(idx) === 0x2d || s.charCodeAt(idx) === 0x2b)) idx++;
      while (idx <= endIdx && digit(idx)) idx++;
      if (digit(idx - 1)) isFloat = true;
      else idx = eStart;
    }
    const text = s.slice(start, idx);
    if (isFloat) {
      if (this.parseFloat !== floatType) return [call(this.parseFloat, [text]), idx];
      return [new PyFloat(Number(text)), idx];
    }
    if (this.parseInt !== intType) return [call(this.parseInt, [text]), idx];
    if (text.length < 16) return [Number(text) + 0, idx];
    // int() of the digits: sys.set_int_max_str_digits applies
    return [parseIntLiteral(text, 10)!, idx];
  }
}

// --- encoding -------------------------------------------------------------------------------------

class PyEncoder extends PyObject {
  markers: Value = None;
  defaultFn: Value = None;
  encoder: Value = None;
  indent: Value = None;
  keySep = ': ';
  itemSep = ', ';
  sortKeys = false;
  skipKeys = false;
  allowNan = true;
  fast: ((s: string) => string) | null = null;
  keySepV: Value = ': ';
  itemSepV: Value = ', ';
  constructor(cls: PyType) {
    super(cls);
  }

  encodeString(s: Value): string {
    const t = strValue(s)!;
    if (this.fast !== null) return this.fast(t);
    const r = call(this.encoder, [s]);
    const rs = strValue(r);
    if (rs === undefined) throw typeError(`encoder() must return a string, not ${typeOf(r).name}`);
    return rs;
  }

  encodeFloat(v: number): string {
    if (!Number.isFinite(v)) {
      if (!this.allowNan) throw valueError('Out of range float values are not JSON compliant');
      return v > 0 ? 'Infinity' : v < 0 ? '-Infinity' : 'NaN';
    }
    return floatRepr(v);
  }

  markerEnter(o: PyObject): Value | null {
    if (this.markers === None) return null;
    const ident = objectId(o);
    if (contains(this.markers, ident)) throw valueError('Circular reference detected');
    setItem(this.markers, ident, o);
    return ident;
  }

  markerLeave(ident: Value | null): void {
    if (ident !== null) delItem(this.markers, ident);
  }

  encode(out: string[], o: Value, level: number): void {
    if (o === None) {
      out.push('null');
      return;
    }
    if (o === true) {
      out.push('true');
      return;
    }
    if (o === false) {
      out.push('false');
      return;
    }
    if (typeof o === 'string') {
      out.push(this.encodeString(o));
      return;
    }
    if (typeof o === 'number' || typeof o === 'bigint') {
      out.push(intToString(o));
      return;
    }
    const t = typeOf(o);
    if (strValue(o) !== undefined) {
      out.push(this.encodeString(o));
      return;
    }
    const iv = t.mro.includes(intType) ? intValue(o) : undefined;
    if (iv !== undefined) {
      out.push(intToString(iv));
      return;
    }
    if (o instanceof PyFloat) {
      out.push(this.encodeFloat(o.v));
      return;
    }
    if (o instanceof PyList || o instanceof PyTuple) {
      enterRecursive(' while encoding a JSON object');
      try {
        this.encodeList(out, o, level);
      } finally {
        leaveRecursive();
      }
      return;
    }
    if (o instanceof PyDict) {
      enterRecursive(' while encoding a JSON object');
      try {
        this.encodeDict(out, o, level);
      } finally {
        leaveRecursive();
      }
      return;
    }
    const ident = this.markerEnter(o as PyObject);
    const newObj = call(this.defaultFn, [o]);
    enterRecursive(' while encoding a JSON object');
    try {
      this.encode(out, newObj, level);
    } finally {
      leaveRecursive();
    }
    this.markerLeave(ident);
  }

  encodeList(out: string[], o: PyList | PyTuple, level: number): void {
    const items = o.items;
    if (items.length === 0) {
      out.push('[]');
      return;
    }
    const ident = this.markerEnter(o);
    out.push('[');
    let sep = this.itemSep;
    if (this.indent !== None) {
      level++;
      const nl = '\n' + strValue(this.indent)!.repeat(level);
      sep = this.itemSep + nl;
      out.push(nl);
    }
    for (let i = 0; i < items.length; i++) {
      if (i > 0) out.push(sep);
      this.encode(out, items[i]!, level);
    }
    this.markerLeave(ident);
    if (this.indent !== None) {
      level--;
      out.push('\n' + strValue(this.indent)!.repeat(level));
    }
    out.push(']');
  }

  encodeDict(out: string[], d: PyDict, level: number): void {
    const exact = d.cls === dictType;
    let entries: [Value, Value][] = exact ? d.entriesArray() : toArray(callMethod(d, 'items', [])).map((p) => toArray(p) as [Value, Value]);
    if (entries.length === 0) {
      out.push('{}');
      return;
    }
    const ident = this.markerEnter(d);
    out.push('{');
    let sep = this.itemSep;
    if (this.indent !== None) {
      level++;
      const nl = '\n' + strValue(this.indent)!.repeat(level);
      sep = this.itemSep + nl;
      out.push(nl);
    }
    if (this.sortKeys) {
      const l = new PyList(entries.map((e) => tuple(e)));
      callMethod(l, 'sort', []);
      entries = l.items.map((p) => (p as PyTuple).items as [Value, Value]);
    }
    let first = true;
    for (const [k, v] of entries) {
      let key: string;
      if (typeof k === 'string') key = k;
      else if (strValue(k) !== undefined) key = strValue(k)!;
      else if (k instanceof PyFloat) key = this.encodeFloat(k.v);
      else if (k === true) key = 'true';
      else if (k === false) key = 'false';
      else if (k === None) key = 'null';
      else if (typeof k === 'number' || typeof k === 'bigint') key = intToString(k);
      else if (typeOf(k).mro.includes(intType) && intValue(k) !== undefined) key = intToString(intValue(k)!);
      else if (this.skipKeys) continue;
      else throw typeError(`keys must be str, int, float, bool or None, not ${typeOf(k).name}`);
      if (!first) out.push(sep);
      first = false;
      out.push(this.encodeString(key));
      out.push(this.keySep);
      this.encode(out, v, level);
    }
    this.markerLeave(ident);
    if (this.indent !== None) {
      level--;
      out.push('\n' + strValue(this.indent)!.repeat(level));
    }
    out.push('}');
  }
}

export function initJson(m: PyModule): void {
  const scannerType = builtinType('Scanner', objectType, TF_BASETYPE);
  scannerType.moduleName = '_json';
  scannerType.ns.set('__doc__', 'JSON scanner object');
  scannerType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    const p = bindKw('Scanner', args.slice(1), kw, ['context'], {});
    const ctx = p['context']!;
    const sc = new PyScanner(args[0] as PyType);
    sc.strict = truthy(getAttr(ctx, 'strict'));
    sc.objectHook = getAttr(ctx, 'object_hook');
    sc.pairsHook = getAttr(ctx, 'object_pairs_hook');
    sc.parseFloat = getAttr(ctx, 'parse_float');
    sc.parseInt = getAttr(ctx, 'parse_int');
    sc.parseConstant = getAttr(ctx, 'parse_constant');
    return sc;
  })));
  methodRaw(scannerType, '__call__', (args, kw) => {
    const self = args[0] as PyScanner;
    const p = bindKw('scanner', args.slice(1), kw, ['string', 'idx'], {}, [], true);
    const s = strValue(p['string']!);
    if (s === undefined) throw typeError(`first argument must be a string, not ${typeOf(p['string']!).name}`);
    const src = new Source(s);
    const idxCp = intValue(p['idx']!);
    if (idxCp === undefined) throw typeError(`'${typeOf(p['idx']!).name}' object cannot be interpreted as an integer`);
    const cp = Number(idxCp);
    try {
      if (cp < 0) throw valueError('idx cannot be negative');
      if (cp >= src.cpLength) {
        const e = newExc(StopIteration, cp);
        e.setField('value', cp);
        throw e;
      }
      const [v, end] = self.scanOnce(src, src.toUnit(cp));
      return tuple([v, src.toCp(end)]);
    } finally {
      self.memo.clear();
    }
  });
  for (const [name, get] of [
    ['strict', (s: PyScanner) => s.strict],
    ['object_hook', (s: PyScanner) => s.objectHook],
    ['object_pairs_hook', (s: PyScanner) => s.pairsHook],
    ['parse_float', (s: PyScanner) => s.parseFloat],
    ['parse_int', (s: PyScanner) => s.parseInt],
    ['parse_constant', (s: PyScanner) => s.parseConstant],
  ] as const) getset(scannerType, name, get as (s: PyScanner) => Value);
  m.ns.setStr('make_scanner', scannerType);

  const encoderType = builtinType('Encoder', objectType, TF_BASETYPE);
  encoderType.moduleName = '_json';
  encoderType.ns.set('__doc__', 'Encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)');
  encoderType.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    const p = bindKw('make_encoder', args.slice(1), kw, ['markers', 'default', 'encoder', 'indent', 'key_separator', 'item_separator', 'sort_keys', 'skipkeys', 'allow_nan'], {}, [], true);
    const e = new PyEncoder(args[0] as PyType);
    const markers = p['markers']!;
    if (markers !== None && !(markers instanceof PyDict)) throw typeError(`make_encoder() argument 1 must be dict or None, not ${typeOf(markers).name}`);
    e.markers = markers;
    e.defaultFn = p['default']!;
    e.encoder = p['encoder']!;
    e.indent = p['indent']!;
    const ks = strValue(p['key_separator']!);
    const is = strValue(p['item_separator']!);
    if (ks === undefined) throw typeError(`make_encoder() argument 5 must be str, not ${typeOf(p['key_separator']!).name}`);
    if (is === undefined) throw typeError(`make_encoder() argument 6 must be str, not ${typeOf(p['item_separator']!).name}`);
    e.keySep = ks;
    e.itemSep = is;
    e.keySepV = p['key_separator']!;
    e.itemSepV = p['item_separator']!;
    e.sortKeys = truthy(p['sort_keys']!);
    e.skipKeys = truthy(p['skipkeys']!);
    e.allowNan = truthy(p['allow_nan']!);
    if (e.encoder === asciiFn) e.fast = encodeAscii;
    else if (e.encoder === plainFn) e.fast = encodePlain;
    return e;
  })));
  methodRaw(encoderType, '__call__', (args, kw) => {
    const self = args[0] as PyEncoder;
    const p = bindKw('_iterencode', args.slice(1), kw, ['obj', '_current_indent_level'], {}, [], true);
    const level = Number(intValue(p['_current_indent_level']!) ?? 0);
    const out: string[] = [];
    self.encode(out, p['obj']!, level);
    return tuple(out);
  });
  for (const [name, get] of [
    ['markers', (s: PyEncoder) => s.markers],
    ['default', (s: PyEncoder) => s.defaultFn],
    ['encoder', (s: PyEncoder) => s.encoder],
    ['indent', (s: PyEncoder) => s.indent],
    ['key_separator', (s: PyEncoder) => s.keySepV],
    ['item_separator', (s: PyEncoder) => s.itemSepV],
    ['sort_keys', (s: PyEncoder) => s.sortKeys],
    ['skipkeys', (s: PyEncoder) => s.skipKeys],
  ] as const) getset(encoderType, name, get as (s: PyEncoder) => Value);
  m.ns.setStr('make_encoder', encoderType);

  const asciiFn = def(m, 'encode_basestring_ascii', (args, kw) => {
    if (kw && kw.length) throw typeError('encode_basestring_ascii() takes no keyword arguments');
    if (args.length !== 1) throw typeError(`encode_basestring_ascii() takes exactly one argument (${args.length} given)`);
    const s = strValue(args[0]!);
    if (s === undefined) throw typeError(`first argument must be a string, not ${typeOf(args[0]!).name}`);
    return encodeAscii(s);
  });
  const plainFn = def(m, 'encode_basestring', (args, kw) => {
    if (kw && kw.length) throw typeError('encode_basestring() takes no keyword arguments');
    if (args.length !== 1) throw typeError(`encode_basestring() takes exactly one argument (${args.length} given)`);
    const s = strValue(args[0]!);
    if (s === undefined) throw typeError(`first argument must be a string, not ${typeOf(args[0]!).name}`);
    return encodePlain(s);
  });
  def(m, 'scanstring', (args, kw) => {
    const p = bindKw('scanstring', args, kw, ['string', 'end'], { strict: true }, ['strict'], true);
    const endV = intValue(p['end']!);
    if (endV !== undefined && (endV > 2n ** 63n - 1n || endV < -(2n ** 63n))) throw newExc(OverflowError, 'Python int too large to convert to C ssize_t');
    const s = strValue(p['string']!);
    if (s === undefined) throw typeError(`first argument must be a string, not ${typeOf(p['string']!).name}`);
    const src = new Source(s);
    const endCp = Number(intValue(p['end']!) ?? 0);
    if (endCp < 0 || endCp > src.cpLength) throw valueError('end is out of bounds');
    const [v, end] = scanString(src, src.toUnit(endCp), truthy(p['strict']!));
    return tuple([v, src.toCp(end)]);
  });
  void repr;
  void boolType;
}
