// Formatting: format() and the format-spec mini-language for int, float, complex and str
// (Python/formatter_unicode.c), str.format (Objects/stringlib/unicode_format.h), printf-style
// `%` formatting (Objects/unicodeobject.c, PyUnicode_Format), and ascii().

import type { Value } from './object.js';
import { None, typeOf } from './type.js';
import { PyFloat, floatRepr, formatExp, formatFixed, formatGeneral } from './float.js';
import { PyComplexObj } from './complex.js';
import { intToString, intAbs, intSign, type Int, big } from './int.js';
import { PyTuple } from './tuple.js';
import { PyBytes, PyByteArray, bytesOf, bufferData } from './bytes.js';
import { PyDict } from './dict.js';
import { typeError, valueError, overflowError, newExc, KeyError, IndexError, MemoryError, TypeError, isExcInstance } from './exceptions.js';
import { callSpecial, getAttr, getItem, index, repr, reprObj, str, strObj, strValue, len } from './abstract.js';
import { intValue } from './numeric.js';
import { cpLen, cpSlice, astralCodePoints } from './str.js';
import { isPrintable } from '../ast/repr.js';
import { numericProps } from './modules/unicodedata.js';

// --- format specs -----------------------------------------------------------------------------

export interface Spec {
  fill: string;
  align: string; // '' | '<' | '>' | '=' | '^'
  sign: string; // '' | '+' | '-' | ' '
  z: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string; // '' | ',' | '_'
  precision: number; // -1 when absent
  type: string;
}

const SSIZE_MAX = 2n ** 63n - 1n;

/** A run of decimal digits as a width/precision/index; more than fits a Py_ssize_t is an error. */
export function specNumber(digits: string): number {
  if (digits.length > 18 && BigInt(digits) > SSIZE_MAX) throw valueError('Too many decimal digits in format string');
  return Number(digits);
}

/** Width beyond what a string can hold: CPython fails to allocate it (MemoryError). */
function checkAlloc(n: number): void {
  if (n > 0x1fffffe8) throw newExc(MemoryError);
}

export function parseSpec(spec: string, defaultType: string, typeName: string, defaultAlign = '>'): Spec {
  const s: Spec = { fill: ' ', align: '', sign: '', z: false, alt: false, zero: false, width: -1, grouping: '', precision: -1, type: defaultType };
  const cps = [...spec];
  let i = 0;
  const isAlign = (c: string | undefined): boolean => c === '<' || c === '>' || c === '=' || c === '^';
  let fillGiven = false;
  if (cps.length >= 2 && isAlign(cps[1])) {
    s.fill = cps[0]!;
    s.align = cps[1]!;
    fillGiven = true;
    i = 2;
  } else if (isAlign(cps[0])) {
    s.align = cps[0]!;
    i = 1;
  }
  if (cps[i] === '+' || cps[i] === '-' || cps[i] === ' ') s.sign = cps[i++]!;
  if (cps[i] === 'z') {
    s.z = true;
    i++;
  }
  if (cps[i] === '#') {
    s.alt = true;
    i++;
  }
  if (cps[i] === '0') {
    s.zero = true;
    if (!fillGiven) {
      s.fill = '0';
      if (!s.align && defaultAlign === '>') s.align = '=';
    }
    i++;
  }
  let w = '';
  while (i < cps.length && /[0-9]/.test(cps[i]!)) w += cps[i++];
  if (w) s.width = specNumber(w);
  if (cps[i] === ',') {
    s.grouping = ',';
    i++;
  }
  if (cps[i] === '_') {
    if (s.grouping) throw valueError("Cannot specify both ',' and '_'.");
    s.grouping = '_';
    i++;
  }
  if (cps[i] === ',' && s.grouping === '_') throw valueError("Cannot specify both ',' and '_'.");
  if (cps[i] === '.') {
    i++;
    let p = '';
    while (i < cps.length && /[0-9]/.test(cps[i]!)) p += cps[i++];
    if (!p) throw valueError('Format specifier missing precision');
    s.precision = specNumber(p);
  }
  if (cps.length - i > 1) throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (i < cps.length) s.type = cps[i]!;
  if (s.grouping) {
    const t = s.type;
    const ok = s.grouping === ',' ? 'deEfFgG%' : 'bdoxXeEfFgG%';
    if (t !== '' && !ok.includes(t) && !(t === 'n' && false)) {
      throw valueError(`Cannot specify '${s.grouping}' with '${t}'.`);
    }
  }
  return s;
}

function cpLength(s: string): number {
  return cpLen(s);
}

/** Pads `body` (with a sign/prefix already split off) to the spec's width. */
function pad(s: Spec, sign: string, body: string, defaultAlign: string): string {
  const align = s.align || defaultAlign;
  const total = cpLength(sign) + cpLength(body);
  if (s.width <= total) return sign + body;
  const n = s.width - total;
  checkAlloc(s.width);
  switch (align) {
    case '<':
      return sign + body + s.fill.repeat(n);
    case '>':
      return s.fill.repeat(n) + sign + body;
    case '^': {
      const left = Math.floor(n / 2);
      return s.fill.repeat(left) + sign + body + s.fill.repeat(n - left);
    }
    default:
      return sign + s.fill.repeat(n) + body;
  }
}

function group(digits: string, sep: string, size: number): string {
  if (!sep) return digits;
  let out = '';
  for (let i = digits.length; i > 0; i -= size) {
    const part = digits.slice(Math.max(0, i - size), i);
    out = out ? part + sep + out : part;
  }
  return out;
}

/** Grouping with zero padding: leading zeros are grouped too (as CPython does). */
function groupPadded(digits: string, sep: string, size: number, minWidth: number): string {
  let d = digits;
  let g = group(d, sep, size);
  while (g.length < minWidth) {
    d = '0' + d;
    g = group(d, sep, size);
  }
  return g;
}

function signOf(negative: boolean, spec: Spec): string {
  if (negative) return '-';
  if (spec.sign === '+') return '+';
  if (spec.sign === ' ') return ' ';
  return '';
}

export function formatInt(v: Int, spec: string, typeName = 'int'): string {
  if (spec === '') return intToString(v);
  const s = parseSpec(spec, 'd', typeName);
  const t = s.type;
  if ('eEfFgG%'.includes(t)) return formatFloatSpec(Number(v), s, typeName);
  if (t === 'n' && !s.grouping) s.type = 'd';
  if (s.precision >= 0) throw valueError('Precision not allowed in integer format specifier');
  if (t === 'c') {
    if (s.sign) throw valueError("Sign not allowed with integer format specifier 'c'");
    if (s.alt) throw valueError("Alternate form (#) is not allowed with integer format specifier 'c'");
    const n = Number(v);
    if (Math.abs(n) >= 2 ** 63) throw overflowError('Python int too large to convert to C long'); // PyLong_AsLong first
    if (n < 0 || n > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
    return pad(s, '', String.fromCodePoint(n), '<');
  }
  if (s.z) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  const neg = intSign(v) < 0;
  const a = big(intAbs(v));
  let digits: string;
  let prefix = '';
  let gsize = 3;
  switch (s.type) {
    case 'd':
    case 'n':
      digits = a.toString();
      break;
    case 'b':
      digits = a.toString(2);
      prefix = s.alt ? '0b' : '';
      gsize = 4;
      break;
    case 'o':
      digits = a.toString(8);
      prefix = s.alt ? '0o' : '';
      gsize = 4;
      break;
    case 'x':
      digits = a.toString(16);
      prefix = s.alt ? '0x' : '';
      gsize = 4;
      break;
    case 'X':
      digits = a.toString(16).toUpperCase();
      prefix = s.alt ? '0X' : '';
      gsize = 4;
      break;
    default:
      throw valueError(`Unknown format code '${t}' for object of type '${typeName}'`);
  }
  const sign = signOf(neg, s) + prefix;
  if (s.grouping && s.align === '=' && s.fill === '0' && s.width > 0) {
    digits = groupPadded(digits, s.grouping, gsize, s.width - sign.length);
    return pad(s, sign, digits, '>');
  }
  digits = group(digits, s.grouping, gsize);
  return pad(s, sign, digits, '>');
}

/** Float formatting by spec (also used for ints formatted with float types). */
function formatFloatSpec(x: number, s: Spec, typeName: string): string {
  let t = s.type;
  let prec = s.precision;
  if (prec > 0x7fffffff) throw valueError('precision too big');
  let addDot0 = false;
  if (t === '') {
    addDot0 = true;
    t = prec < 0 ? 'r' : 'g';
  }
  if (t === 'n') t = 'g';
  let body: string;
  let neg = x < 0 || Object.is(x, -0);
  let ax = Math.abs(x);
  if (x !== x) neg = false;
  const upper = t === 'E' || t === 'F' || t === 'G';
  if (!Number.isFinite(x)) {
    body = x !== x ? 'nan' : 'inf';
    if (upper) body = body.toUpperCase();
    if (t === '%') body += '%';
  } else {
    switch (t) {
      case 'r':
        body = floatRepr(ax);
        if (typeName === 'complex') body = body.replace(/\.0$/, '');
        if (s.alt && !body.includes('.')) body = body.replace(/^(\d+)(e|$)/, '$1.$2');
        break;
      case 'e':
      case 'E':
        body = formatExp(ax, prec < 0 ? 6 : prec, upper);
        if (s.alt && prec === 0) body = body.replace(/([eE])/, '.$1');
        break;
      case 'f':
      case 'F':
        body = formatFixed(ax, prec < 0 ? 6 : prec);
        if (s.alt && prec === 0) body += '.';
        break;
      case 'g':
      case 'G':
        body = formatGeneral(ax, prec < 0 ? 6 : prec, upper, s.alt, addDot0);
        if (addDot0 && !/[.eE]/.test(body) && !/inf|nan/i.test(body)) body += '.0';
        break;
      case '%':
        ax = ax * 100;
        body = Number.isFinite(ax) ? formatFixed(ax, prec < 0 ? 6 : prec) + (s.alt && prec === 0 ? '.' : '') + '%' : 'inf%';
        break;
      default:
        throw valueError(`Unknown format code '${t}' for object of type '${typeName}'`);
    }
  }
  if (s.z && neg && /^[0.]*(e[+-]?0+)?%?$/i.test(body.replace(/[eE][+-]\d+/, ''))) neg = false;
  if (s.z && neg && Number(body.replace('%', '')) === 0) neg = false;
  const sign = signOf(neg, s);
  if (s.grouping) {
    const m = /^([0-9]+)(.*)$/.exec(body);
    if (m) {
      let intPart = m[1]!;
      if (s.align === '=' && s.fill === '0' && s.width > 0) intPart = groupPadded(intPart, s.grouping, 3, s.width - sign.length - m[2]!.length);
      else intPart = group(intPart, s.grouping, 3);
      body = intPart + m[2]!;
    }
  }
  return pad(s, sign, body, '>');
}

export function formatFloat(x: number, spec: string): string {
  if (spec === '') return floatRepr(x);
  const s = parseSpec(spec, '', 'float');
  if (s.type !== '' && !'eEfFgGn%'.includes(s.type)) throw valueError(`Unknown format code '${s.type}' for object of type 'float'`);
  return formatFloatSpec(x, s, 'float');
}

export function formatComplex(re: number, im: number, spec: string): string {
  if (spec === '') return repr(new PyComplexObj(re, im));
  const s = parseSpec(spec, '', 'complex');
  if (s.type !== '' && !'eEfFgGn'.includes(s.type)) throw valueError(`Unknown format code '${s.type}' for object of type 'complex'`);
  if (s.fill === '0') throw valueError('Zero padding is not allowed in complex format specifier'); // fill_char '0', given or by the 0 flag
  if (s.align === '=') throw valueError("'=' alignment flag is not allowed in complex format specifier");
  const inner: Spec = { ...s, width: -1, align: '', fill: ' ' };
  const noType = s.type === '';
  if (noType) inner.type = s.precision < 0 ? 'r' : 'g';
  const skipRe = noType && re === 0 && !Object.is(re, -0);
  const imStr = formatFloatSpec(im, { ...inner, sign: skipRe ? inner.sign : '+' }, 'complex');
  let body: string;
  if (skipRe) body = imStr + 'j';
  else {
    const reStr = formatFloatSpec(re, inner, 'complex');
    body = reStr + imStr + 'j';
    if (noType) body = '(' + body + ')';
  }
  return pad(s, '', body, '>');
}

export function formatStr(v: string, spec: string): string {
  if (spec === '') return v;
  const s = parseSpec(spec, 's', 'str', '<');
  if (s.type !== 's') throw valueError(`Unknown format code '${s.type}' for object of type 'str'`);
  if (s.sign) throw valueError(s.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  if (s.z) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (s.alt) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (s.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  if (s.grouping) throw valueError(`Cannot specify '${s.grouping}' with 's'.`);
  let body = v;
  if (s.precision >= 0) {
    const n = cpLen(body);
    if (s.precision < n) body = cpSlice(body, 0, s.precision, 1, s.precision);
  }
  return pad(s, '', body, '<');
}

/** format(v, spec) */
export function formatValue(v: Value, spec: string): string {
  if (typeof v === 'string' && spec === '') return v;
  if (typeof v === 'number' || typeof v === 'bigint') return formatInt(v, spec);
  if (typeof v === 'string') return formatStr(v, spec);
  if (v instanceof PyFloat && !v.cls.isHeap()) return formatFloat(v.v, spec);
  const r = callSpecial(v, '__format__', [spec]);
  if (r === undefined) throw typeError(`Type ${typeOf(v).name} doesn't define __format__`);
  const rs = strValue(r);
  if (rs === undefined) throw typeError(`__format__ must return a str, not ${typeOf(r).name}`);
  return rs;
}

// --- ascii() ----------------------------------------------------------------------------------

export function asciiOf(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

export function ascii(v: Value): string {
  return asciiOf(repr(v));
}

/** PyObject_ASCII: an all-ASCII repr is returned as is (a str subclass stays one). */
export function asciiObj(v: Value): Value {
  const r = reprObj(v);
  const s = typeof r === 'string' ? r : strValue(r)!;
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s) ? r : asciiOf(s);
}

// --- str.format (Objects/stringlib/unicode_format.h) -------------------------------------------

/** One step of the markup iterator: literal text, then maybe a replacement field. */
export interface MarkupItem {
  literal: string;
  field: { name: string; spec: string | null; conv: string; expand: boolean } | null;
}

/** Splits a format string into literal text and {field!conv:spec} parts, as MarkupIterator does. */
export class MarkupIterator {
  pos: number;
  constructor(readonly s: string, start = 0, readonly end = s.length) {
    this.pos = start;
  }

  next(): MarkupItem | null {
    const s = this.s;
    const end = this.end;
    if (this.pos >= end) return null;
    const start = this.pos;
    let c = '';
    let markup = false;
    while (this.pos < end) {
      c = s[this.pos++]!;
      if (c === '{' || c === '}') {
        markup = true;
        break;
      }
    }
    const atEnd = this.pos >= end;
    let len = this.pos - start;
    if (c === '}' && (atEnd || s[this.pos] !== '}')) throw valueError("Single '}' encountered in format string");
    if (atEnd && c === '{') throw valueError("Single '{' encountered in format string");
    if (!atEnd) {
      if (s[this.pos] === c) {
        this.pos++;
        markup = false;
      } else len--;
    }
    const literal = s.slice(start, start + len);
    if (!markup) return { literal, field: null };
    return { literal, field: this.parseField() };
  }

  private parseField(): { name: string; spec: string | null; conv: string; expand: boolean } {
    const s = this.s;
    const end = this.end;
    const nameStart = this.pos;
    let c = '';
    while (this.pos < end) {
      c = s[this.pos++]!;
      if (c === '{') throw valueError("unexpected '{' in field name");
      if (c === '[') {
        while (this.pos < end && s[this.pos] !== ']') this.pos++;
        continue;
      }
      if (c === '}' || c === ':' || c === '!') break;
    }
    const name = s.slice(nameStart, this.pos - 1);
    let conv = '';
    if (c === '!' || c === ':') {
      if (c === '!') {
        if (this.pos >= end) throw valueError('end of string while looking for conversion specifier');
        const cp = s.codePointAt(this.pos)!;
        conv = String.fromCodePoint(cp);
        this.pos += conv.length;
        if (this.pos < end) {
          const c2 = s[this.pos++];
          if (c2 === '}') return { name, spec: null, conv, expand: false };
          if (c2 !== ':') throw valueError("expected ':' after conversion specifier");
        }
      }
      const specStart = this.pos;
      let count = 1;
      let expand = false;
      while (this.pos < end) {
        const d = s[this.pos++];
        if (d === '{') {
          expand = true;
          count++;
        } else if (d === '}') {
          count--;
          if (count === 0) return { name, spec: s.slice(specStart, this.pos - 1), conv, expand };
        }
      }
      throw valueError("unmatched '{' in format spec");
    }
    if (c !== '}') throw valueError("expected '}' before end of string");
    return { name, spec: null, conv, expand: false };
  }
}

/** get_integer: a run of decimal digits (any script) as an index, -1 when it is not one. */
function fieldInteger(t: string): number {
  if (t === '') return -1;
  let acc = 0n;
  for (const ch of t) {
    const d = decimalValue(ch.codePointAt(0)!);
    if (d < 0) return -1;
    acc = acc * 10n + BigInt(d);
    if (acc > SSIZE_MAX) throw valueError('Too many decimal digits in format string');
  }
  return Number(acc);
}

function decimalValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x80) return -1;
  const p = numericProps(cp);
  return p === undefined || p[0] === null ? -1 : p[0];
}

/** FieldNameIterator: the `.attr` and `[key]` parts after the first name. */
export class FieldNameIterator {
  constructor(readonly s: string, public pos: number) {}

  /** [isAttribute, name, index or -1], or null at the end. */
  next(): [boolean, string, number] | null {
    const s = this.s;
    if (this.pos >= s.length) return null;
    const c = s[this.pos++];
    let isAttr: boolean;
    let name: string;
    let idx = -1;
    if (c === '.') {
      isAttr = true;
      const st = this.pos;
      while (this.pos < s.length && s[this.pos] !== '.' && s[this.pos] !== '[') this.pos++;
      name = s.slice(st, this.pos);
    } else if (c === '[') {
      isAttr = false;
      const st = this.pos;
      while (this.pos < s.length && s[this.pos] !== ']') this.pos++;
      if (this.pos >= s.length) throw valueError("Missing ']' in format string");
      name = s.slice(st, this.pos);
      this.pos++;
      idx = fieldInteger(name);
    } else throw valueError("Only '.' or '[' may follow ']' in format field specifier");
    if (name === '') throw valueError('Empty attribute in format string');
    return [isAttr, name, idx];
  }
}

/** field_name_split: the first name (as an index when numeric, else -1) and the rest. */
export function fieldNameSplit(name: string): { first: string; index: number; rest: FieldNameIterator } {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  return { first, index: fieldInteger(first), rest: new FieldNameIterator(name, i) };
}

interface FieldState {
  auto: number; // -1 unset, -2 manual, else the next automatic index
}

/** str.format(*args, **kwargs); format_map passes args = null. */
export function strFormat(fmt: string, args: Value[] | null, kwargs: PyDict | Value | null, depth = 2, state: FieldState = { auto: -1 }): string {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  const it = new MarkupIterator(fmt);
  let out = '';
  for (let m = it.next(); m !== null; m = it.next()) {
    out += m.literal;
    const f = m.field;
    if (f === null) continue;
    let v = fieldObject(f.name, args, kwargs, state);
    if (f.conv !== '') {
      switch (f.conv) {
        case 'r':
          v = reprObj(v);
          break;
        case 's':
          v = strObj(v);
          break;
        case 'a':
          v = asciiObj(v);
          break;
        default: {
          const cc = f.conv.codePointAt(0)!;
          throw valueError(cc > 32 && cc < 127 ? `Unknown conversion specifier ${f.conv}` : `Unknown conversion specifier \\x${cc.toString(16)}`);
        }
      }
    }
    let spec = f.spec ?? '';
    if (f.expand) spec = strFormat(spec, args, kwargs, depth - 1, state);
    out += formatValue(v, spec);
  }
  return out;
}

function fieldObject(name: string, args: Value[] | null, kwargs: PyDict | Value | null, state: FieldState): Value {
  const { first, index: idx0, rest } = fieldNameSplit(name);
  let index = idx0;
  const empty = first === '';
  if (empty || index !== -1) {
    if (state.auto === -1) state.auto = empty ? 0 : -2;
    if (state.auto === -2 && empty) throw valueError('cannot switch from manual field specification to automatic field numbering');
    if (state.auto >= 0 && !empty) throw valueError('cannot switch from automatic field numbering to manual field specification');
    if (empty) index = state.auto++;
  }
  let v: Value;
  if (index === -1) {
    if (kwargs === null) throw newExc(KeyError, first);
    if (kwargs instanceof PyDict && kwargs.cls === dictTypeOf()) {
      const x = kwargs.get(first);
      if (x === undefined) throw newExc(KeyError, first);
      v = x;
    } else v = getItem(kwargs, first);
  } else {
    if (args === null) throw valueError('Format string contains positional fields');
    if (index >= args.length) throw newExc(IndexError, `Replacement index ${index} out of range for positional args tuple`);
    v = args[index]!;
  }
  for (let r = rest.next(); r !== null; r = rest.next()) {
    const [isAttr, key, i] = r;
    if (isAttr) v = getAttr(v, key);
    else v = getItem(v, i === -1 ? key : i);
  }
  return v;
}

let dictTypeCache: Value | null = null;
function dictTypeOf(): Value {
  return (dictTypeCache ??= new PyDict().cls);
}

// --- printf-style % -----------------------------------------------------------------------------

/** str % args. */
export function percentFormat(fmt: string, argv: Value, bytesMode = false): string {
  let args: Value[];
  let dict: Value | null = null;
  if (argv instanceof PyTuple) args = argv.items;
  else {
    args = [argv];
    const t = typeOf(argv);
    const excluded = strValue(argv) !== undefined || (bytesMode && (argv instanceof PyBytes || argv instanceof PyByteArray));
    if (!excluded && t.lookup('__getitem__') !== undefined && !(argv instanceof PyTuple)) dict = argv;
  }
  let ai = 0;
  let usedDict = false;
  const nextArg = (): Value => {
    if (ai >= args.length) throw typeError(`not enough arguments for format string`);
    return args[ai++]!;
  };
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i]!;
    if (c !== '%') {
      let j = fmt.indexOf('%', i);
      if (j < 0) j = n;
      out += fmt.slice(i, j);
      i = j;
      continue;
    }
    i++;
    if (i >= n) throw valueError('incomplete format');
    if (fmt[i] === '%') {
      // only a '%' right after the '%' is the escape
      out += '%';
      i++;
      continue;
    }
    let arg: Value | undefined;
    if (fmt[i] === '(') {
      if (dict === null) throw typeError('format requires a mapping');
      let depth = 1;
      let j = i + 1;
      while (j < n && depth > 0) {
        if (fmt[j] === '(') depth++;
        else if (fmt[j] === ')') depth--;
        j++;
      }
      if (depth > 0) throw valueError('incomplete format key');
      arg = getItem(dict, fmt.slice(i + 1, j - 1));
      usedDict = true;
      i = j;
    }
    let flags = '';
    while (i < n && '-+ #0'.includes(fmt[i]!)) flags += fmt[i++];
    let width = -1;
    if (fmt[i] === '*') {
      const w = nextArg();
      const wi = intValue(w);
      if (wi === undefined) throw typeError('* wants int');
      width = starInt(wi);
      if (width < 0) {
        flags += '-';
        width = -width;
      }
      i++;
    } else {
      let w = '';
      while (i < n && /[0-9]/.test(fmt[i]!)) w += fmt[i++];
      if (w) {
        if (w.length > 18 && BigInt(w) > SSIZE_MAX) throw valueError('width too big');
        width = Number(w);
      }
    }
    let prec = -1;
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') {
        const p = nextArg();
        const pi = intValue(p);
        if (pi === undefined) throw typeError('* wants int');
        prec = Math.max(0, starInt(pi));
        i++;
      } else {
        let p = '';
        while (i < n && /[0-9]/.test(fmt[i]!)) p += fmt[i++];
        prec = p ? Number(p) : 0;
        if (prec > 0x7fffffff) throw valueError('precision too big');
      }
    }
    while (i < n && 'hlL'.includes(fmt[i]!)) i++;
    if (i >= n) throw valueError('incomplete format');
    const conv = fmt[i++]!;
    if (arg === undefined) arg = nextArg();
    out += percentOne(conv, arg, flags, width, prec, i - 1, bytesMode);
  }
  if (ai < args.length && !usedDict && dict === null) throw typeError(`not all arguments converted during ${bytesMode ? 'bytes' : 'string'} formatting`);
  return out;
}

/** A '*' width or precision: a C int. */
function starInt(v: Int): number {
  const b = BigInt(v);
  if (b > SSIZE_MAX || b < -SSIZE_MAX - 1n) throw overflowError('Python int too large to convert to C ssize_t');
  if (b > 0x7fffffffn || b < -0x80000000n) throw overflowError('Python int too large to convert to C int');
  return Number(b);
}

/** PyNumber_Long for a non-str number: float truncation, __int__, then __index__. */
function numberLong(v: Value): Int {
  if (v instanceof PyFloat) {
    if (v.v !== v.v) throw valueError('cannot convert float NaN to integer');
    if (!Number.isFinite(v.v)) throw overflowError('cannot convert float infinity to integer');
    const t = Math.trunc(v.v);
    return Number.isSafeInteger(t) ? t : BigInt(t);
  }
  if (typeOf(v).lookup('__int__') !== undefined) {
    const r = callSpecial(v, '__int__', [])!;
    const ri = intValue(r);
    if (ri === undefined) throw typeError(`__int__ returned non-int (type ${typeOf(r).name})`);
    return ri;
  }
  return index(v);
}

/** PyNumber_Check: has __index__, __int__ or __float__, or is a complex. */
function isNumber(v: Value): boolean {
  const t = typeOf(v);
  return t.lookup('__index__') !== undefined || t.lookup('__int__') !== undefined || t.lookup('__float__') !== undefined || v instanceof PyComplexObj;
}

function percentOne(conv: string, arg: Value, flags: string, width: number, prec: number, pos: number, bytesMode: boolean): string {
  const left = flags.includes('-');
  const zero = flags.includes('0') && !left;
  const plus = flags.includes('+');
  const space = flags.includes(' ');
  const alt = flags.includes('#');
  let sign = '';
  let body: string;
  const padIt = (s: string, sgn: string, numeric: boolean): string => {
    const total = cpLen(s) + sgn.length;
    if (width <= total) return sgn + s;
    checkAlloc(width);
    if (left) return sgn + s + ' '.repeat(width - total);
    if (zero && numeric) return sgn + '0'.repeat(width - total) + s;
    return ' '.repeat(width - total) + sgn + s;
  };
  if (bytesMode && (conv === 's' || conv === 'b')) {
    // bytes %s / %b: the argument's bytes (latin-1 code points in this string form).
    let data: Uint8Array | null = null;
    if (arg instanceof PyBytes || arg instanceof PyByteArray) data = bytesOf(arg);
    else if (bufferData(arg) !== null) data = bufferData(arg);
    else if (typeOf(arg).lookup('__bytes__') !== undefined) {
      const r = callSpecial(arg, '__bytes__', []);
      if (r instanceof PyBytes) data = r.data;
    }
    if (data === null) throw typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(arg).name}'`);
    let b = Buffer.from(data).toString('latin1');
    if (prec >= 0) b = b.slice(0, prec);
    return padIt(b, '', false);
  }
  if (bytesMode && conv === 'c') {
    if (arg instanceof PyBytes || arg instanceof PyByteArray) {
      const d = bytesOf(arg);
      if (d.length !== 1) throw typeError('%c requires an integer in range(256) or a single byte');
      return padIt(String.fromCharCode(d[0]!), '', false);
    }
    const iv = intValue(arg);
    if (iv === undefined || iv < 0 || iv > 255) throw (iv === undefined ? typeError : overflowError)('%c requires an integer in range(256) or a single byte');
    return padIt(String.fromCharCode(Number(iv)), '', false);
  }
  switch (conv) {
    case 's':
    case 'r':
    case 'a': {
      body = conv === 's' ? str(arg) : conv === 'r' && !bytesMode ? repr(arg) : ascii(arg);
      if (prec >= 0) body = cpSlice(body, 0, Math.min(prec, cpLen(body)), 1, Math.min(prec, cpLen(body)));
      return padIt(body, '', false);
    }
    case 'd':
    case 'i':
    case 'u': {
      let iv = intValue(arg);
      if (iv === undefined) {
        const wrong = (): never => {
          throw typeError(`%${conv} format: a real number is required, not ${typeOf(arg).name}`);
        };
        if (!isNumber(arg)) wrong();
        try {
          iv = numberLong(arg);
        } catch (e) {
          if (isExcInstance(e, TypeError)) wrong();
          throw e;
        }
      }
      const neg = intSign(iv) < 0;
      body = big(intAbs(iv)).toString();
      if (prec >= 0) body = body.padStart(prec, '0');
      sign = neg ? '-' : plus ? '+' : space ? ' ' : '';
      return padIt(body, sign, true);
    }
    case 'x':
    case 'X':
    case 'o': {
      const nb = intValue(arg);
      let iv: Int;
      if (nb !== undefined) iv = nb;
      else {
        const wrong = (): never => {
          throw typeError(`%${conv} format: an integer is required, not ${typeOf(arg).name}`);
        };
        if (!isNumber(arg)) wrong();
        try {
          iv = index(arg);
        } catch (e) {
          if (isExcInstance(e, TypeError)) wrong();
          throw e;
        }
      }
      const neg = intSign(iv) < 0;
      body = big(intAbs(iv)).toString(conv === 'o' ? 8 : 16);
      if (conv === 'X') body = body.toUpperCase();
      if (prec >= 0) body = body.padStart(prec, '0');
      const prefix = alt ? (conv === 'o' ? '0o' : conv === 'x' ? '0x' : '0X') : '';
      sign = (neg ? '-' : plus ? '+' : space ? ' ' : '') + prefix;
      return padIt(body, sign, true);
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      let x: number;
      if (arg instanceof PyFloat) x = arg.v;
      else {
        const iv = intValue(arg);
        if (iv !== undefined) x = Number(iv);
        else {
          const f = callSpecial(arg, '__float__', []);
          if (f === undefined) {
            if (typeOf(arg).lookup('__index__') !== undefined) x = Number(index(arg));
            else throw typeError(`must be real number, not ${typeOf(arg).name}`);
          } else x = (f as PyFloat).v;
        }
      }
      const p = prec < 0 ? 6 : prec;
      const neg = x < 0 || Object.is(x, -0);
      const ax = Math.abs(x);
      if (!Number.isFinite(x)) body = x !== x ? 'nan' : 'inf';
      else if (conv === 'e' || conv === 'E') body = formatExp(ax, p, conv === 'E').replace(/^(\d)([eE])/, alt ? '$1.$2' : '$1$2');
      else if (conv === 'f' || conv === 'F') body = formatFixed(ax, p) + (alt && p === 0 ? '.' : '');
      else body = formatGeneral(ax, p, conv === 'G', alt);
      if (conv === 'E' || conv === 'F' || conv === 'G') body = body.toUpperCase();
      sign = neg && x === x ? '-' : plus ? '+' : space ? ' ' : '';
      return padIt(body, sign, Number.isFinite(x));
    }
    case 'c': {
      const cs = strValue(arg);
      if (cs !== undefined) {
        if (cpLen(cs) !== 1) throw typeError('%c requires int or char');
        return padIt(cs, '', false);
      }
      let iv = intValue(arg);
      if (iv === undefined) {
        if (typeOf(arg).lookup('__index__') === undefined) throw typeError('%c requires int or char');
        iv = index(arg);
      }
      const cn = Number(iv);
      if (cn < 0 || cn > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
      return padIt(String.fromCodePoint(cn), '', false);
    }
    default:
      void bytesMode;
      throw valueError(`unsupported format character '${conv}' (0x${conv.codePointAt(0)!.toString(16)}) at index ${pos}`);
  }
}

export { None, len, astralCodePoints, isPrintable };
