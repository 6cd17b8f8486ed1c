// Python's operators on constant values, for the AST optimizer's constant folding (ast_opt.c).
// Each function returns the value CPython computes, or `undefined` where CPython raises (the
// optimizer then leaves the expression alone, as make_const clears the error). Includes the
// size limits of ast_opt.c's safe_multiply / safe_power / safe_lshift / safe_mod.

import { hashKey } from '../marshal/equality.js';
import { correctlyRoundedPow } from './float-pow.js';
import { constIsTrue } from '../bytecode/constants.js';
import { concatStr, isPyStr, PY_ELLIPSIS, PyBytes, PyComplex, PyFrozenSet, pyStr, PyTuple, strCodePoints, strLength, type PyConstant, type PyStr } from '../values/index.js';

type V = PyConstant;
type Result = V | undefined;

const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256; // items
const MAX_STR_SIZE = 4096; // characters
const MAX_TOTAL_ITEMS = 1024; // including nested collections

// ---- type tests

/** int or bool, as PyLong_Check. */
function isInt(v: V): v is bigint | boolean {
  return typeof v === 'bigint' || typeof v === 'boolean';
}
function toBig(v: bigint | boolean): bigint {
  return typeof v === 'boolean' ? (v ? 1n : 0n) : v;
}
function isReal(v: V): v is bigint | boolean | number {
  return isInt(v) || typeof v === 'number';
}
function isNumber(v: V): v is bigint | boolean | number | PyComplex {
  return isReal(v) || v instanceof PyComplex;
}

/** int -> float as PyLong_AsDouble (correctly rounded; undefined on overflow). */
function intToFloat(v: bigint): number | undefined {
  const x = Number(v);
  return Number.isFinite(x) ? x : undefined;
}
function realToFloat(v: bigint | boolean | number): number | undefined {
  return typeof v === 'number' ? v : intToFloat(toBig(v));
}
function toComplex(v: bigint | boolean | number | PyComplex): PyComplex | undefined {
  if (v instanceof PyComplex) return v;
  const x = realToFloat(v);
  return x === undefined ? undefined : new PyComplex(x, 0);
}

function numBits(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(2).length;
}

// ---- unary

export function unaryOp(op: 'Invert' | 'Not' | 'UAdd' | 'USub', v: V): Result {
  switch (op) {
    case 'Not':
      return !constIsTrue(v);
    case 'Invert':
      return isInt(v) ? ~toBig(v) : undefined;
    case 'UAdd':
      if (isInt(v)) return toBig(v);
      if (typeof v === 'number' || v instanceof PyComplex) return v;
      return undefined;
    case 'USub':
      if (isInt(v)) return -toBig(v);
      if (typeof v === 'number') return -v;
      if (v instanceof PyComplex) return new PyComplex(-v.real, -v.imag);
      return undefined;
  }
}

// ---- binary

export type BinOpName = 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow' | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';

export function binaryOp(op: BinOpName, a: V, b: V): Result {
  switch (op) {
    case 'Add':
      return add(a, b);
    case 'Sub':
      return arith(a, b, (x, y) => x - y, (x, y) => x - y, (x, y) => new PyComplex(x.real - y.real, x.imag - y.imag));
    case 'Mult':
      return safeMultiply(a, b);
    case 'Div':
      return trueDivide(a, b);
    case 'FloorDiv':
      return floorDivide(a, b);
    case 'Mod':
      if (isPyStr(a) || a instanceof PyBytes) return undefined;
      return remainder(a, b);
    case 'Pow':
      return safePower(a, b);
    case 'LShift':
      return safeLshift(a, b);
    case 'RShift':
      if (!isInt(a) || !isInt(b)) return undefined;
      if (toBig(b) < 0n) return undefined;
      return toBig(a) >> toBig(b);
    case 'BitOr':
    case 'BitXor':
    case 'BitAnd':
      return bitwise(op, a, b);
    case 'MatMult':
      return undefined;
  }
}

function arith(
  a: V,
  b: V,
  onInt: ((x: bigint, y: bigint) => bigint) | null,
  onFloat: (x: number, y: number) => number,
  onComplex: ((x: PyComplex, y: PyComplex) => PyComplex | undefined) | null,
): Result {
  if (!isNumber(a) || !isNumber(b)) return undefined;
  if (a instanceof PyComplex || b instanceof PyComplex) {
    if (!onComplex) return undefined;
    const x = toComplex(a);
    const y = toComplex(b);
    return x && y ? onComplex(x, y) : undefined;
  }
  if (typeof a === 'number' || typeof b === 'number') {
    const x = realToFloat(a);
    const y = realToFloat(b);
    return x === undefined || y === undefined ? undefined : onFloat(x, y);
  }
  return onInt ? onInt(toBig(a), toBig(b)) : undefined;
}

function add(a: V, b: V): Result {
  if (isPyStr(a) && isPyStr(b)) return concatStr(a, b);
  if (a instanceof PyBytes && b instanceof PyBytes) {
    const out = new Uint8Array(a.data.length + b.data.length);
    out.set(a.data);
    out.set(b.data, a.data.length);
    return new PyBytes(out);
  }
  if (a instanceof PyTuple && b instanceof PyTuple) return new PyTuple([...a.items, ...b.items]);
  return arith(a, b, (x, y) => x + y, (x, y) => x + y, (x, y) => new PyComplex(x.real + y.real, x.imag + y.imag));
}

function complexProd(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
}

/** _Py_c_quot; undefined for division by zero. */
function complexQuot(a: PyComplex, b: PyComplex): PyComplex | undefined {
  const absBreal = b.real < 0 ? -b.real : b.real;
  const absBimag = b.imag < 0 ? -b.imag : b.imag;
  if (absBreal >= absBimag) {
    if (absBreal === 0) return undefined;
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
  }
  if (absBimag >= absBreal) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
  }
  return new PyComplex(NaN, NaN);
}

function repeat(seq: PyStr | PyBytes | PyTuple, n: bigint): V {
  const count = Number(n);
  if (typeof seq === 'string') return seq.repeat(Math.max(0, count));
  if (isPyStr(seq)) {
    const cps = strCodePoints(seq);
    const out = new Uint32Array(cps.length * Math.max(0, count));
    for (let i = 0; i < count; i++) out.set(cps, i * cps.length);
    return pyStr(out);
  }
  if (seq instanceof PyBytes) {
    const len = seq.data.length;
    const out = new Uint8Array(len * Math.max(0, count));
    for (let i = 0; i < count; i++) out.set(seq.data, i * len);
    return new PyBytes(out);
  }
  const items: PyConstant[] = [];
  for (let i = 0; i < count; i++) items.push(...seq.items);
  return new PyTuple(items);
}

/** check_complexity: the limit minus the number of items, nested tuples/frozensets included. */
function checkComplexity(obj: V, limit: number): number {
  if (obj instanceof PyTuple) {
    limit -= obj.items.length;
    for (let i = 0; limit >= 0 && i < obj.items.length; i++) limit = checkComplexity(obj.items[i]!, limit);
    return limit;
  }
  if (obj instanceof PyFrozenSet) {
    limit -= obj.items.length;
    for (let i = 0; limit >= 0 && i < obj.items.length; i++) limit = checkComplexity(obj.items[i]!, limit);
  }
  return limit;
}

/** PyLong_AsLong: undefined when it does not fit a C long. */
function asLong(v: bigint): bigint | undefined {
  return v >= -(2n ** 63n) && v < 2n ** 63n ? v : undefined;
}

function safeMultiply(v: V, w: V): Result {
  if (isInt(v) && isInt(w) && toBig(v) !== 0n && toBig(w) !== 0n) {
    if (numBits(toBig(v)) + numBits(toBig(w)) > MAX_INT_SIZE) return undefined;
  } else if (isInt(v) && (w instanceof PyTuple || w instanceof PyFrozenSet)) {
    const size = w.items.length;
    if (size) {
      const n = asLong(toBig(v));
      if (n === undefined || n < 0n || n > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) return undefined;
      if (n && checkComplexity(w, Math.floor(MAX_TOTAL_ITEMS / Number(n))) < 0) return undefined;
    }
  } else if (isInt(v) && (isPyStr(w) || w instanceof PyBytes)) {
    const size = isPyStr(w) ? strLength(w) : w.data.length;
    if (size) {
      const n = asLong(toBig(v));
      if (n === undefined || n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size))) return undefined;
    }
  } else if (isInt(w) && (v instanceof PyTuple || v instanceof PyFrozenSet || isPyStr(v) || v instanceof PyBytes)) {
    return safeMultiply(w, v);
  }
  return multiply(v, w);
}

/** PyNumber_Multiply for constants. */
function multiply(v: V, w: V): Result {
  if (isInt(v) && (isPyStr(w) || w instanceof PyBytes || w instanceof PyTuple)) return seqRepeat(w, toBig(v));
  if (isInt(w) && (isPyStr(v) || v instanceof PyBytes || v instanceof PyTuple)) return seqRepeat(v, toBig(w));
  return arith(v, w, (x, y) => x * y, (x, y) => x * y, (x, y) => complexProd(x, y));
}

function seqRepeat(seq: PyStr | PyBytes | PyTuple, n: bigint): Result {
  // Sequence repetition needs the count as a Py_ssize_t.
  if (n >= 2n ** 63n || n < -(2n ** 63n)) return undefined;
  const len = isPyStr(seq) ? strLength(seq) : seq instanceof PyBytes ? seq.data.length : seq.items.length;
  if (n <= 0n || len === 0) return repeat(seq, 0n);
  if (BigInt(len) * n > 2n ** 31n) return undefined; // would raise MemoryError / OverflowError
  return repeat(seq, n);
}

/** The correctly rounded float nearest to n/d (d > 0), as long_true_divide computes it. */
function ratioToFloat(n: bigint, d: bigint): number | undefined {
  const negative = n < 0n;
  if (negative) n = -n;
  if (n === 0n) return negative ? -0 : 0;
  // Scale so the integer quotient has at least 55 significant bits, then round half to even.
  const shift = 55 - (numBits(n) - numBits(d));
  const nn = shift > 0 ? n << BigInt(shift) : n;
  const dd = shift < 0 ? d << BigInt(-shift) : d;
  let q = nn / dd;
  const r = nn % dd;
  // q has 55 or 56 bits; keep 53 (fewer for subnormals) and round using the rest plus r.
  const qbits = numBits(q);
  let exp = qbits - shift; // value = q * 2^-shift, q in [2^(qbits-1), 2^qbits)
  let drop = qbits - 53;
  const minExp = -1021; // smallest normal: 2^-1022 = 2^(exp-1) with exp = -1021
  if (exp < minExp) drop += minExp - exp;
  if (drop > 0) {
    const mask = (1n << BigInt(drop)) - 1n;
    const rest = q & mask;
    q >>= BigInt(drop);
    const half = 1n << BigInt(drop - 1);
    if (rest > half || (rest === half && (r !== 0n || (q & 1n) === 1n))) q += 1n;
  }
  const scale = drop - shift;
  let value = Number(q) * Math.pow(2, scale);
  if (!Number.isFinite(value)) {
    // Math.pow may underflow or overflow where the product would not; scale in two steps.
    value = Number(q) * Math.pow(2, Math.trunc(scale / 2)) * Math.pow(2, scale - Math.trunc(scale / 2));
  }
  exp = 0;
  if (!Number.isFinite(value)) return undefined; // OverflowError: integer division result too large
  return negative ? -value : value;
}

function trueDivide(a: V, b: V): Result {
  if (!isNumber(a) || !isNumber(b)) return undefined;
  if (a instanceof PyComplex || b instanceof PyComplex) {
    const x = toComplex(a);
    const y = toComplex(b);
    return x && y ? complexQuot(x, y) : undefined;
  }
  if (isInt(a) && isInt(b)) {
    const n = toBig(a);
    const d = toBig(b);
    if (d === 0n) return undefined;
    const MAX_EXACT = 2n ** 53n;
    if (n < MAX_EXACT && n > -MAX_EXACT && d < MAX_EXACT && d > -MAX_EXACT) return Number(n) / Number(d);
    // long_true_divide: the sign is negative when exactly one operand is (so 0 / -big is -0.0).
    const q = ratioToFloat(n < 0n ? -n : n, d < 0n ? -d : d);
    return q === undefined ? undefined : (n < 0n) !== (d < 0n) ? -q : q;
  }
  const x = realToFloat(a);
  const y = realToFloat(b);
  if (x === undefined || y === undefined || y === 0) return undefined;
  return x / y;
}

/** float_divmod of Objects/floatobject.c. */
function floatDivmod(vx: number, wx: number): [number, number] | undefined {
  if (wx === 0) return undefined;
  // C truth tests: NaN is true (unlike in JavaScript).
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const q = vx / wx;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

function intFloorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return (n % d !== 0n && (n < 0n) !== (d < 0n)) ? q - 1n : q;
}

function floorDivide(a: V, b: V): Result {
  if (!isReal(a) || !isReal(b)) return undefined;
  if (isInt(a) && isInt(b)) {
    const d = toBig(b);
    return d === 0n ? undefined : intFloorDiv(toBig(a), d);
  }
  const x = realToFloat(a);
  const y = realToFloat(b);
  if (x === undefined || y === undefined) return undefined;
  return floatDivmod(x, y)?.[0];
}

function remainder(a: V, b: V): Result {
  if (!isReal(a) || !isReal(b)) return undefined;
  if (isInt(a) && isInt(b)) {
    const n = toBig(a);
    const d = toBig(b);
    if (d === 0n) return undefined;
    const r = n % d;
    return r !== 0n && (r < 0n) !== (d < 0n) ? r + d : r;
  }
  const x = realToFloat(a);
  const y = realToFloat(b);
  if (x === undefined || y === undefined) return undefined;
  return floatDivmod(x, y)?.[1];
}

function safePower(v: V, w: V): Result {
  if (isInt(v) && isInt(w) && toBig(v) !== 0n && toBig(w) > 0n) {
    const wb = toBig(w);
    if (wb >= 2n ** 64n) return undefined;
    if (numBits(toBig(v)) > Math.floor(MAX_INT_SIZE / Number(wb))) return undefined;
  }
  return power(v, w);
}

function power(v: V, w: V): Result {
  if (!isNumber(v) || !isNumber(w)) return undefined;
  if (v instanceof PyComplex || w instanceof PyComplex) {
    const a = toComplex(v);
    const b = toComplex(w);
    return a && b ? complexPow(a, b) : undefined;
  }
  if (isInt(v) && isInt(w) && toBig(w) >= 0n) return toBig(v) ** toBig(w);
  const x = realToFloat(v);
  const y = realToFloat(w);
  if (x === undefined || y === undefined) return undefined;
  return floatPow(x, y);
}

/** float_pow of Objects/floatobject.c (undefined where it raises or returns a complex). */
function floatPow(iv: number, iw: number): Result {
  if (iw === 0) return 1.0;
  if (Number.isNaN(iv)) return iw === 0 ? 1.0 : iv;
  if (Number.isNaN(iw)) return iv === 1.0 ? 1.0 : iw;
  if (!Number.isFinite(iw)) {
    const a = Math.abs(iv);
    if (a === 1.0) return 1.0;
    return (iw > 0) === (a > 1.0) ? Math.abs(iw) : 0.0;
  }
  if (!Number.isFinite(iv)) {
    const iwIsOdd = Math.abs(iw % 2.0) === 1.0;
    if (iw > 0) return iwIsOdd ? iv : Math.abs(iv);
    return iwIsOdd ? (iv < 0 ? -0 : 0) : 0.0;
  }
  if (iv === 0) {
    const iwIsOdd = Math.abs(iw % 2.0) === 1.0;
    if (iw < 0) return undefined; // ZeroDivisionError
    return iwIsOdd ? iv : 0.0;
  }
  let negateResult = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) return undefined; // result is complex; not emulated
    iv = -iv;
    negateResult = Math.abs(iw % 2.0) === 1.0;
  }
  if (iv === 1.0) return negateResult ? -1.0 : 1.0;
  const ix = correctlyRoundedPow(iv, iw);
  if (!Number.isFinite(ix)) return undefined; // OverflowError
  return negateResult ? -ix : ix;
}

/** _Py_ADJUST_ERANGE2: an infinite part is an OverflowError; NaN parts are a result. */
function isInfinite(c: PyComplex): boolean {
  return Math.abs(c.real) === Infinity || Math.abs(c.imag) === Infinity;
}

function complexPow(a: PyComplex, b: PyComplex): Result {
  const one = new PyComplex(1, 0);
  if (b.imag === 0 && b.real === Math.floor(b.real) && Math.abs(b.real) <= 100) {
    let n = b.real;
    const powu = (x: PyComplex, k: number): PyComplex => {
      let r = one;
      let p = x;
      let mask = 1;
      while (mask > 0 && k >= mask) {
        if (k & mask) r = complexProd(r, p);
        mask <<= 1;
        p = complexProd(p, p);
      }
      return r;
    };
    const r = n > 0 ? powu(a, n) : complexQuot(one, powu(a, (n = -n)));
    return r && !isInfinite(r) ? r : undefined;
  }
  if (b.real === 0 && b.imag === 0) return one;
  if (a.real === 0 && a.imag === 0) {
    if (b.imag !== 0 || b.real < 0) return undefined;
    return new PyComplex(0, 0);
  }
  const vabs = Math.hypot(a.real, a.imag);
  let len = Math.pow(vabs, b.real);
  const at = Math.atan2(a.imag, a.real);
  let phase = at * b.real;
  if (b.imag !== 0) {
    len /= Math.exp(at * b.imag);
    phase += b.imag * Math.log(vabs);
  }
  const r = new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
  return isInfinite(r) ? undefined : r;
}

function safeLshift(v: V, w: V): Result {
  if (!isInt(v) || !isInt(w)) return undefined;
  const a = toBig(v);
  const b = toBig(w);
  if (a !== 0n && b !== 0n) {
    if (b < 0n || b >= 2n ** 64n) return undefined;
    const vbits = numBits(a);
    if (b > BigInt(MAX_INT_SIZE) || vbits > MAX_INT_SIZE - Number(b)) return undefined;
  }
  if (b < 0n) return undefined;
  return a << b;
}

function bitwise(op: 'BitOr' | 'BitXor' | 'BitAnd', a: V, b: V): Result {
  if (typeof a === 'boolean' && typeof b === 'boolean') {
    return op === 'BitOr' ? a || b : op === 'BitXor' ? a !== b : a && b;
  }
  if (isInt(a) && isInt(b)) {
    const x = toBig(a);
    const y = toBig(b);
    return op === 'BitOr' ? x | y : op === 'BitXor' ? x ^ y : x & y;
  }
  return undefined;
}

// ---- subscript

function normalizeIndex(i: V, len: number): number | undefined {
  if (!isInt(i)) return undefined;
  let k = toBig(i);
  if (k < 0n) k += BigInt(len);
  if (k < 0n || k >= BigInt(len)) return undefined;
  return Number(k);
}

/** PyObject_GetItem(container, index) for constant containers and indices. */
export function subscript(container: V, index: V): Result {
  if (isPyStr(container)) {
    const cps = strCodePoints(container);
    const k = normalizeIndex(index, cps.length);
    return k === undefined ? undefined : String.fromCodePoint(cps[k]!);
  }
  if (container instanceof PyBytes) {
    const k = normalizeIndex(index, container.data.length);
    return k === undefined ? undefined : BigInt(container.data[k]!);
  }
  if (container instanceof PyTuple) {
    const k = normalizeIndex(index, container.items.length);
    return k === undefined ? undefined : container.items[k]!;
  }
  return undefined;
}

// ---- frozenset

/** frozenset(items): duplicates under Python equality (1 == 1.0 == True) keep the first. */
export function makeFrozenSet(items: readonly PyConstant[]): PyFrozenSet | undefined {
  const seen = new Set<string>();
  const out: PyConstant[] = [];
  for (const item of items) {
    let key: string;
    try {
      key = hashKey(item);
    } catch {
      return undefined;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return new PyFrozenSet(out);
}
