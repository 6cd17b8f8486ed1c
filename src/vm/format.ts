// Formatting: format() and the format-spec mini-language for int, float, complex and str
// (Python/formatter_unicode.c), str.format (Objects/stringlib/unicode_format.h), printf-style
// `%` formatting (Objects/unicodeobject.c, PyUnicode_Format), and ascii().

import type { Value } from './object.js';
import { None, typeOf } from './type.js';
import { PyFloat, floatRepr, formatExp, formatFixed, formatGeneral } from './float.js';
import { PyComplexObj } from './complex.js';
import { intToString, intAbs, intSign, type Int, big } from './int.js';
import { PyTuple } from './tuple.js';
import { PyBytes, PyByteArray, bytesOf } from './bytes.js';
import { PyDict } from './dict.js';
import { typeError, valueError, overflowError, newExc, KeyError, IndexError } from './exceptions.js';
import { callSpecial, getAttr, getItem, index, repr, str, strValue, len } from './abstract.js';
import { intValue } from './numeric.js';
import { cpLen, cpSlice, astralCodePoints } from './str.js';
import { isPrintable } from '../ast/repr.js';

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

export function parseSpec(spec: string, defaultType: string, typeName: string): Spec {
  const s: Spec = { fill: ' ', align: '', sign: '', z: false, alt: false, zero: false, width: -1, grouping: '', precision: -1, type: defaultType };
  const cps = [...spec];
  let i = 0;
  const isAlign = (c: string | undefined): boolean => c === '<' || c === '>' || c === '=' || c === '^';
  if (cps.length >= 2 && isAlign(cps[1])) {
    s.fill = cps[0]!;
    s.align = cps[1]!;
    i = 2;
  } else if (isAlign(cps[0])) {
    s.align = cps[0]!;
    i = 1;
  }
  const fillGiven = i > 0;
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
      if (!s.align) s.align = '=';
    }
    i++;
  }
  let w = '';
  while (i < cps.length && /[0-9]/.test(cps[i]!)) w += cps[i++];
  if (w) s.width = Number(w);
  if (cps[i] === ',') {
    s.grouping = ',';
    i++;
  }
  if (cps[i] === '_') {
    if (s.grouping) throw valueError("Cannot specify both ',' and '_'.");
    s.grouping = '_';
    i++;
  }
  if (cps[i] === ',') throw valueError("Cannot specify both ',' and '_'.");
  if (cps[i] === '.') {
    i++;
    let p = '';
    while (i < cps.length && /[0-9]/.test(cps[i]!)) p += cps[i++];
    if (!p) throw valueError('Format specifier missing precision');
    s.precision = Number(p);
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

export function formatInt(v: Int, spec: string): string {
  if (spec === '') return intToString(v);
  const s = parseSpec(spec, 'd', 'int');
  const t = s.type;
  if ('eEfFgG%'.includes(t)) return formatFloatSpec(Number(v), s, 'int');
  if (t === 'n' && !s.grouping) s.type = 'd';
  if (s.precision >= 0) throw valueError('Precision not allowed in integer format specifier');
  if (t === 'c') {
    if (s.sign) throw valueError("Sign not allowed with integer format specifier 'c'");
    if (s.alt) throw valueError("Alternate form (#) is not allowed with integer format specifier 'c'");
    const n = Number(v);
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
      throw valueError(`Unknown format code '${t}' for object of type 'int'`);
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
  if (s.fill === '0' && s.align === '=' && s.zero) throw valueError('Zero padding is not allowed in complex format specifier');
  if (s.align === '=') throw valueError("'=' alignment flag is not allowed in complex format specifier");
  const inner: Spec = { ...s, width: -1, align: '', fill: ' ' };
  const noType = s.type === '';
  if (noType) inner.type = s.precision < 0 ? '' : 'g';
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
  const s = parseSpec(spec, 's', 'str');
  if (s.type !== 's') throw valueError(`Unknown format code '${s.type}' for object of type 'str'`);
  if (s.sign) throw valueError('Sign not allowed in string format specifier');
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

// --- str.format -------------------------------------------------------------------------------

interface FieldState {
  auto: number; // -1 unset, -2 manual
}

/** str.format(*args, **kwargs) / format_map. */
export function strFormat(fmt: string, args: Value[], kwargs: PyDict | Value | null, depth = 2, state: FieldState = { auto: -1 }): string {
  if (depth < 0) throw valueError('Max string recursion exceeded');
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i]!;
    if (c === '{') {
      if (fmt[i + 1] === '{') {
        out += '{';
        i += 2;
        continue;
      }
      // find the matching close brace
      let j = i + 1;
      let nest = 1;
      while (j < n) {
        if (fmt[j] === '{') nest++;
        else if (fmt[j] === '}') {
          nest--;
          if (nest === 0) break;
        }
        j++;
      }
      if (j >= n) throw valueError("expected '}' before end of string");
      out += renderField(fmt.slice(i + 1, j), args, kwargs, depth, state);
      i = j + 1;
      continue;
    }
    if (c === '}') {
      if (fmt[i + 1] === '}') {
        out += '}';
        i += 2;
        continue;
      }
      throw valueError("Single '}' encountered in format string");
    }
    out += c;
    i++;
  }
  return out;
}

function renderField(field: string, args: Value[], kwargs: PyDict | Value | null, depth: number, state: FieldState): string {
  // field_name [! conversion] [: format_spec]
  let k = 0;
  let bracket = false;
  while (k < field.length) {
    const c = field[k]!;
    if (c === '[') bracket = true;
    else if (c === ']') bracket = false;
    else if (!bracket && (c === '!' || c === ':')) break;
    k++;
  }
  const name = field.slice(0, k);
  let conv = '';
  let spec = '';
  if (field[k] === '!') {
    conv = field[k + 1] ?? '';
    if (k + 2 < field.length && field[k + 2] !== ':') throw valueError('expected \':\' after conversion specifier');
    if (k + 1 >= field.length) throw valueError('end of string while looking for conversion specifier');
    k += 2;
  }
  if (field[k] === ':') spec = field.slice(k + 1);
  let v = lookupField(name, args, kwargs, state);
  switch (conv) {
    case '':
      break;
    case 'r':
      v = repr(v);
      break;
    case 's':
      v = str(v);
      break;
    case 'a':
      v = ascii(v);
      break;
    default:
      throw valueError(`Unknown conversion specifier ${conv}`);
  }
  if (spec.includes('{')) spec = strFormat(spec, args, kwargs, depth - 1, state);
  return formatValue(v, spec);
}

function lookupField(name: string, args: Value[], kwargs: PyDict | Value | null, state: FieldState): Value {
  const m = /^([^.[]*)(.*)$/s.exec(name)!;
  const first = m[1]!;
  let rest = m[2]!;
  let v: Value;
  if (first === '') {
    if (state.auto === -2) throw valueError('cannot switch from manual field specification to automatic field numbering');
    const idx = state.auto < 0 ? 0 : state.auto;
    state.auto = idx + 1;
    if (idx >= args.length) throw newExc(IndexError, `Replacement index ${idx} out of range for positional args tuple`);
    v = args[idx]!;
  } else if (/^[0-9]+$/.test(first)) {
    if (state.auto >= 0) throw valueError('cannot switch from automatic field numbering to manual field specification');
    state.auto = -2;
    const idx = Number(first);
    if (idx >= args.length) throw newExc(IndexError, `Replacement index ${idx} out of range for positional args tuple`);
    v = args[idx]!;
  } else {
    if (kwargs === null) throw newExc(KeyError, first);
    if (kwargs instanceof PyDict) {
      const x = kwargs.get(first);
      if (x === undefined) throw newExc(KeyError, first);
      v = x;
    } else v = getItem(kwargs, first);
  }
  while (rest) {
    if (rest[0] === '.') {
      const mm = /^\.([^.[]*)(.*)$/s.exec(rest)!;
      if (!mm[1]) throw valueError('Empty attribute in format string');
      v = getAttr(v, mm[1]!);
      rest = mm[2]!;
    } else if (rest[0] === '[') {
      const close = rest.indexOf(']');
      if (close < 0) throw valueError("Missing ']' in format string");
      const key = rest.slice(1, close);
      if (key === '') throw valueError('Empty attribute in format string');
      v = getItem(v, /^[0-9]+$/.test(key) ? Number(key) : key);
      rest = rest.slice(close + 1);
      if (rest && rest[0] !== '.' && rest[0] !== '[') throw valueError('Only \'.\' or \'[\' may follow \']\' in format field specifier');
    } else throw valueError('Only \'.\' or \'[\' may follow \']\' in format field specifier');
  }
  return v;
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
    if (!(typeof argv === 'string') && t.lookup('__getitem__') !== undefined && !(argv instanceof PyTuple) && t.name !== 'str') dict = argv;
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
      width = Number(wi);
      if (width < 0) {
        flags += '-';
        width = -width;
      }
      i++;
    } else {
      let w = '';
      while (i < n && /[0-9]/.test(fmt[i]!)) w += fmt[i++];
      if (w) width = Number(w);
    }
    let prec = -1;
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') {
        const p = nextArg();
        const pi = intValue(p);
        if (pi === undefined) throw typeError('* wants int');
        prec = Math.max(0, Number(pi));
        i++;
      } else {
        let p = '';
        while (i < n && /[0-9]/.test(fmt[i]!)) p += fmt[i++];
        prec = p ? Number(p) : 0;
      }
    }
    while (i < n && 'hlL'.includes(fmt[i]!)) i++;
    if (i >= n) throw valueError('incomplete format');
    const conv = fmt[i++]!;
    if (conv === '%') {
      out += '%';
      continue;
    }
    if (arg === undefined) arg = nextArg();
    out += percentOne(conv, arg, flags, width, prec, i - 1, bytesMode);
  }
  if (ai < args.length && !usedDict && dict === null) throw typeError('not all arguments converted during string formatting');
  return out;
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
    if (left) return sgn + s + ' '.repeat(width - total);
    if (zero && numeric) return sgn + '0'.repeat(width - total) + s;
    return ' '.repeat(width - total) + sgn + s;
  };
  if (bytesMode && (conv === 's' || conv === 'b')) {
    // bytes %s / %b: the argument's bytes (latin-1 code points in this string form).
    let data: Uint8Array | null = null;
    if (arg instanceof PyBytes || arg instanceof PyByteArray) data = bytesOf(arg);
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
        if (arg instanceof PyFloat) {
          if (!Number.isFinite(arg.v)) throw overflowError('cannot convert float infinity to integer');
          iv = Math.trunc(arg.v);
          if (!Number.isSafeInteger(iv)) iv = BigInt(iv);
        } else {
          const nb = typeOf(arg).lookup('__int__') ?? typeOf(arg).lookup('__index__');
          if (nb === undefined) throw typeError(`%${conv} format: a real number is required, not ${typeOf(arg).name}`);
          iv = index(arg);
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
        if (typeOf(arg).lookup('__index__') === undefined) throw typeError(`%${conv} format: an integer is required, not ${typeOf(arg).name}`);
        iv = index(arg);
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
      if (typeof arg === 'string') {
        if (cpLen(arg) !== 1) throw typeError('%c requires int or char');
        return padIt(arg, '', false);
      }
      const iv = intValue(arg);
      if (iv === undefined) throw typeError('%c requires int or char');
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
