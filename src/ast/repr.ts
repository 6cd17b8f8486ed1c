// Python's repr() of constant values, character for character as CPython 3.11 prints them.
// `ast.dump` prints every constant, identifier and string field through repr, so an AST can
// only be compared with CPython's if these agree exactly.

import { PY_ELLIPSIS, PyBytes, PyComplex, PyFrozenSet, PyStrCodePoints, PyTuple } from '../values/index.js';
import type { PyConstant } from '../values/index.js';
import { NONPRINTABLE_RANGES } from './unicode-printable.js';

/** repr() of any constant value (tuples and frozensets print their items in stored order). */
export function repr(value: PyConstant): string {
  switch (typeof value) {
    case 'string':
      return reprStr(value);
    case 'bigint':
      return reprInt(value);
    case 'number':
      return reprFloat(value);
    case 'boolean':
      return value ? 'True' : 'False';
    case 'symbol':
      if (value === PY_ELLIPSIS) return 'Ellipsis';
      break;
    case 'object':
      if (value === null) return 'None';
      if (value instanceof PyStrCodePoints) return reprCodePoints(value.codePoints);
      if (value instanceof PyBytes) return reprBytes(value.data);
      if (value instanceof PyComplex) return reprComplex(value);
      if (value instanceof PyTuple) {
        const items = value.items.map(repr);
        return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
      }
      // CPython prints a frozenset in hash-table order, which pyc does not model; the stored
      // order is what the compiler emitted.
      if (value instanceof PyFrozenSet) return value.items.length === 0 ? 'frozenset()' : `frozenset({${value.items.map(repr).join(', ')}})`;
      break;
  }
  throw new TypeError(`repr: not a Python constant: ${String(value)}`);
}

/** repr(int). Note: CPython 3.11.7 refuses to convert ints over 4300 digits (sys.set_int_max_str_digits); this does not. */
export function reprInt(value: bigint): string {
  return value.toString();
}

/** str.isprintable() for one code point, by Python 3.11's Unicode 14.0 tables. */
export function isPrintable(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  if (cp === 0x7f) return false;
  // Binary search for the last range starting at or before cp.
  const r = NONPRINTABLE_RANGES;
  let lo = 0;
  let hi = r.length / 2 - 1;
  if (cp < r[0]!) return true;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (r[2 * mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return cp > r[2 * lo + 1]!;
}

const HEX = '0123456789abcdef';
const hex2 = (n: number): string => HEX[n >> 4]! + HEX[n & 15]!;

/** Python 3.11's unicode_repr: quote choice, escapes, and which characters print as themselves. */
export function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  // Fast path for the common case: printable ASCII without the quote or a backslash.
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f || c === 0x5c || s[i] === quote) break;
  }
  if (i === s.length) return quote + s + quote;
  const out: string[] = [quote, s.slice(0, i)];
  for (; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    // A high surrogate followed by a low one is one astral code point; anything else
    // surrogate is a lone surrogate code point, which Python holds and escapes.
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    out.push(escapeCodePoint(cp, quote));
  }
  out.push(quote);
  return out.join('');
}

/**
 * repr() of a str given as code points: the form for a Python str that a JavaScript string
 * cannot hold (PyStrCodePoints), one where a high surrogate code point is directly followed
 * by a low one.
 */
export function reprCodePoints(cps: ArrayLike<number>): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < cps.length; i++) {
    if (cps[i] === 0x27) hasSingle = true;
    else if (cps[i] === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  const out: string[] = [quote];
  for (let i = 0; i < cps.length; i++) out.push(escapeCodePoint(cps[i]!, quote));
  out.push(quote);
  return out.join('');
}

function escapeCodePoint(cp: number, quote: string): string {
  if (cp < 0x7f && cp >= 0x20) {
    const ch = String.fromCharCode(cp);
    return ch === quote || cp === 0x5c ? '\\' + ch : ch;
  }
  if (cp === 0x09) return '\\t';
  if (cp === 0x0a) return '\\n';
  if (cp === 0x0d) return '\\r';
  if (cp < 0x80) return '\\x' + hex2(cp);
  if (isPrintable(cp)) return String.fromCodePoint(cp);
  if (cp <= 0xff) return '\\x' + hex2(cp);
  if (cp <= 0xffff) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

/** repr(bytes): b'...', with the same quote rule as str and \xhh for everything outside printable ASCII. */
export function reprBytes(data: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const b of data) {
    if (b === 0x27) hasSingle = true;
    else if (b === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  const out: string[] = ['b', String.fromCharCode(quote)];
  for (const b of data) {
    if (b === quote || b === 0x5c) out.push('\\' + String.fromCharCode(b));
    else if (b === 0x09) out.push('\\t');
    else if (b === 0x0a) out.push('\\n');
    else if (b === 0x0d) out.push('\\r');
    else if (b < 0x20 || b >= 0x7f) out.push('\\x' + hex2(b));
    else out.push(String.fromCharCode(b));
  }
  out.push(String.fromCharCode(quote));
  return out.join('');
}

/** repr(float): CPython's 'r' format, shortest round-trip digits with ".0" on integral values. */
export function reprFloat(x: number): string {
  return formatFloatRepr(x, true, false);
}

/**
 * repr(complex), as complex_repr: a real part of +0.0 prints only the imaginary part and no
 * parentheses; otherwise both parts, the imaginary one always signed. Neither gets ".0".
 */
export function reprComplex(z: PyComplex): string {
  if (z.real === 0 && !Object.is(z.real, -0)) return formatFloatRepr(z.imag, false, false) + 'j';
  return '(' + formatFloatRepr(z.real, false, false) + formatFloatRepr(z.imag, false, true) + 'j)';
}

/**
 * PyOS_double_to_string(x, 'r', 0, flags): JavaScript's shortest round-trip digits (the same
 * digits CPython's dtoa mode 0 picks) laid out by CPython's rules, which use an exponent when
 * the decimal point position is <= -4 or > 16 (so 1e16 is '1e+16', 1e-05 and 0.0001 differ).
 */
function formatFloatRepr(x: number, addDot0: boolean, alwaysSign: boolean): string {
  // CPython ignores a NaN's sign bit: it prints 'nan' (or '+nan' where a sign is forced).
  if (x !== x) return alwaysSign ? '+nan' : 'nan';
  const negative = x < 0 || Object.is(x, -0);
  const sign = negative ? '-' : alwaysSign ? '+' : '';
  if (x === Infinity || x === -Infinity) return sign + 'inf';
  if (x === 0) return sign + (addDot0 ? '0.0' : '0');
  // toExponential() without an argument gives the shortest digits that round-trip.
  const e = Math.abs(x).toExponential();
  const ePos = e.indexOf('e');
  const digits = ePos > 1 ? e[0] + e.slice(2, ePos) : e[0]!;
  const decpt = Number(e.slice(ePos + 1)) + 1; // value = 0.digits * 10**decpt
  if (decpt <= -4 || decpt > 16) {
    const exp = decpt - 1;
    const mantissa = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const absExp = Math.abs(exp);
    return sign + mantissa + (exp < 0 ? 'e-' : 'e+') + (absExp < 10 ? '0' + absExp : String(absExp));
  }
  if (decpt <= 0) return sign + '0.' + '0'.repeat(-decpt) + digits;
  if (decpt >= digits.length) return sign + digits + '0'.repeat(decpt - digits.length) + (addDot0 ? '.0' : '');
  return sign + digits.slice(0, decpt) + '.' + digits.slice(decpt);
}
