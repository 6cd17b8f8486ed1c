// _struct (Modules/_struct.c): pack/unpack/calcsize/iter_unpack/pack_into/unpack_from and
// Struct, for x86_64 native sizes and alignment ('@') and the standard sizes ('=<>!'), with
// CPython's error messages.

import { PyObject, type Value } from '../object.js';
import type { PyModule } from '../module.js';
import { builtinType, None, objectType, PyType, TF_BASETYPE, TF_HEAPTYPE, typeOf, typeType } from '../type.js';
import { PyTuple, tuple } from '../tuple.js';
import { PyBytes, PyByteArray, bytesOf } from '../bytes.js';
import { PyFloat } from '../float.js';
import { PyMemoryView } from '../bytes-methods.js';
import { getset, method, methodRaw, PyBuiltin, PyStaticMethod } from '../function.js';
import { newExc, typeError, OverflowError, Exception, PyBaseException } from '../exceptions.js';
import { callSpecial, index, strValue, truthy } from '../abstract.js';
import { intValue } from '../numeric.js';
import { asFloatArg } from '../number-methods.js';
import { norm } from '../int.js';
import { ArrayIterator } from '../iter.js';
import { def } from './util.js';

export const structError = ((): PyType => {
  const t = new PyType('error', [Exception], typeType, TF_BASETYPE);
  t.flags |= TF_HEAPTYPE;
  t.moduleName = 'struct';
  t.ns.set('__module__', 'struct');
  t.hasDict = true;
  return t;
})();

function err(msg: string): PyBaseException {
  return newExc(structError, msg);
}

interface Item {
  code: string;
  /** Repeat count (for s and p: the byte length). */
  count: number;
  offset: number;
  size: number;
}

interface Layout {
  format: string;
  items: Item[];
  size: number;
  /** Number of Python values packed/unpacked. */
  nvalues: number;
  little: boolean;
  native: boolean;
}

const NATIVE_SIZE: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, e: 2, f: 4, d: 8, s: 1, p: 1, P: 8 };
const STD_SIZE: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1 };

const layoutCache = new Map<string, Layout>();

function parse(fmt: string): Layout {
  const hit = layoutCache.get(fmt);
  if (hit) return hit;
  let i = 0;
  let native = true;
  let little = true;
  const first = fmt[0];
  if (first === '@' || first === '=' || first === '<' || first === '>' || first === '!') {
    i = 1;
    native = first === '@';
    little = first === '@' || first === '=' || first === '<';
  }
  const table = native ? NATIVE_SIZE : STD_SIZE;
  const items: Item[] = [];
  let size = 0;
  let nvalues = 0;
  while (i < fmt.length) {
    let c = fmt[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    let count = 1;
    if (c >= '0' && c <= '9') {
      let n = 0;
      while (i < fmt.length && fmt[i]! >= '0' && fmt[i]! <= '9') {
        n = n * 10 + Number(fmt[i]);
        if (n > 2 ** 53) throw err('total struct size too long');
        i++;
      }
      if (i >= fmt.length) throw err('repeat count given without format specifier');
      count = n;
      c = fmt[i]!;
    }
    const sz = table[c];
    if (sz === undefined) throw err('bad char in struct format');
    if (native) {
      const al = c === 's' || c === 'p' || c === 'x' ? 1 : sz;
      size = Math.ceil(size / al) * al;
    }
    if (c === 's' || c === 'p') {
      items.push({ code: c, count, offset: size, size: count });
      size += count;
      nvalues++;
    } else if (c === 'x') {
      size += count;
    } else {
      for (let k = 0; k < count; k++) {
        items.push({ code: c, count: 1, offset: size, size: sz });
        size += sz;
        nvalues++;
      }
    }
    i++;
  }
  const l: Layout = { format: fmt, items, size, nvalues, little, native };
  if (layoutCache.size < 256) layoutCache.set(fmt, l);
  return l;
}

function formatArg(v: Value): string {
  const s = strValue(v);
  if (s !== undefined) return s;
  if (v instanceof PyBytes) return Buffer.from(v.data).toString('latin1');
  throw typeError(`Struct() argument 1 must be a str or bytes object, not ${typeOf(v).name}`);
}

// --- packing --------------------------------------------------------------------------------------

/** get_long: an int (via __index__), or struct.error. */
function getInt(v: Value): bigint {
  const i = intValue(v);
  if (i !== undefined) return BigInt(i);
  if (typeOf(v).lookup('__index__') !== undefined) return BigInt(index(v));
  throw err('required argument is not an integer');
}

function rangeError(code: string, size: number, unsigned: boolean): PyBaseException {
  const ulargest = (1n << BigInt(size * 8)) - 1n;
  if (unsigned) return err(`'${code}' format requires 0 <= number <= ${ulargest}`);
  const largest = ulargest >> 1n;
  return err(`'${code}' format requires ${-largest - 1n} <= number <= ${largest}`);
}

const LONG_MIN = -(1n << 63n);
const LONG_MAX = (1n << 63n) - 1n;
const ULONG_MAX = (1n << 64n) - 1n;

/** CPython's pack function for a code in a byte order (little-endian tables take native ones). */
function packKind(c: string, lay: Layout): string {
  if (c === 'b') return 'np_byte';
  if (c === 'B') return 'np_ubyte';
  if (lay.native) {
    return { h: 'np_short', H: 'np_ushort', i: 'np_int', I: 'np_uint', l: 'np_long', L: 'np_ulong', q: 'np_long', Q: 'np_ulong', n: 'np_long', N: 'np_ulong', P: 'np_void_p' }[c]!;
  }
  if (lay.little) return { h: 'np_short', H: 'np_ushort', i: 'np_int', I: 'np_uint', l: 'bp_int', L: 'bp_uint', q: 'np_long', Q: 'np_ulong' }[c]!;
  return { h: 'bp_int', H: 'bp_uint', i: 'bp_int', I: 'bp_uint', l: 'bp_int', L: 'bp_uint', q: 'bp_longlong', Q: 'bp_ulonglong' }[c]!;
}

function packInt(view: DataView, off: number, it: Item, v: Value, lay: Layout): void {
  const x = getInt(v);
  const c = it.code;
  const size = it.size;
  const getLong = (): void => {
    if (x < LONG_MIN || x > LONG_MAX) throw err('argument out of range');
  };
  const getULong = (): void => {
    if (x < 0n || x > ULONG_MAX) throw err('argument out of range');
  };
  const tooLarge = (): PyBaseException => err('int too large to convert');
  switch (packKind(c, lay)) {
    case 'np_byte':
      getLong();
      if (x < -128n || x > 127n) throw err('byte format requires -128 <= number <= 127');
      break;
    case 'np_ubyte':
      getLong();
      if (x < 0n || x > 255n) throw err('ubyte format requires 0 <= number <= 255');
      break;
    case 'np_short':
      getLong();
      if (x < -32768n || x > 32767n) throw err('short format requires -32768 <= number <= 32767');
      break;
    case 'np_ushort':
      getLong();
      if (x < 0n || x > 65535n) throw err('ushort format requires 0 <= number <= 65535');
      break;
    case 'np_int':
    case 'bp_int':
      getLong();
      if (size < 8 && (x < -(1n << BigInt(size * 8 - 1)) || x >= 1n << BigInt(size * 8 - 1))) throw rangeError(c, size, false);
      break;
    case 'np_uint':
    case 'bp_uint':
      getULong();
      if (size < 8 && x >= 1n << BigInt(size * 8)) throw rangeError(c, size, true);
      break;
    case 'np_long':
      getLong();
      break;
    case 'np_ulong':
      getULong();
      break;
    case 'np_void_p':
      if (x < LONG_MIN || x > ULONG_MAX) throw tooLarge();
      break;
    case 'bp_longlong':
      if (x < LONG_MIN || x > LONG_MAX) throw tooLarge();
      break;
    case 'bp_ulonglong':
      if (x < 0n || x > ULONG_MAX) throw tooLarge();
      break;
  }
  const bits = BigInt(size * 8);
  const u = ((x % (1n << bits)) + (1n << bits)) % (1n << bits);
  for (let k = 0; k < size; k++) {
    const byte = Number((u >> BigInt(8 * k)) & 0xffn);
    view.setUint8(off + (lay.little ? k : size - 1 - k), byte);
  }
}

function getFloat(v: Value): number {
  if (v instanceof PyFloat) return v.v;
  const i = intValue(v);
  if (i !== undefined) {
    const f = Number(i);
    if (!Number.isFinite(f)) throw err('int too large to convert');
    return asFloatArg(v);
  }
  if (typeOf(v).lookup('__float__') === undefined && typeOf(v).lookup('__index__') === undefined) {
    throw err('required argument is not a float');
  }
  return asFloatArg(v);
}

/** An OverflowError while packing an int argument reads "int too large to convert". */
function floatOverflow(v: Value, msg: string): PyBaseException {
  return intValue(v) !== undefined ? err('int too large to convert') : newExc(OverflowError, msg);
}

function packHalf(x: number, c: string): number {
  // PyFloat_Pack2: IEEE binary16, round half to even.
  if (x !== x) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  let a = Math.abs(x);
  if (a === Infinity) return sign | 0x7c00;
  if (a === 0) return sign;
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (2 ** (e + 1) <= a) e++;
  let bitsv: number;
  if (e < -14) {
    // subnormal: units of 2^-24
    const m = a / 2 ** -24;
    let r = Math.round(m);
    if (Math.abs(m - Math.trunc(m) - 0.5) === 0 && r % 2 === 1) r -= 1;
    bitsv = r;
  } else {
    const m = a / 2 ** e - 1; // [0, 1)
    const scaled = m * 1024;
    let r = Math.floor(scaled);
    const frac = scaled - r;
    if (frac > 0.5 || (frac === 0.5 && r % 2 === 1)) r += 1;
    let ee = e + 15;
    if (r === 1024) {
      r = 0;
      ee += 1;
    }
    if (ee >= 31) throw new HalfOverflow();
    bitsv = (ee << 10) | r;
  }
  a = 0;
  return sign | bitsv;
}

class HalfOverflow extends Error {}

function unpackHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m ? NaN : sign * Infinity;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

function bytesArg(v: Value, c: string): Uint8Array {
  if (v instanceof PyBytes || v instanceof PyByteArray) return bytesOf(v);
  throw err(`argument for '${c}' must be a bytes object`);
}

function packInto(lay: Layout, out: Uint8Array, base: number, vals: Value[]): void {
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let vi = 0;
  for (const it of lay.items) {
    const v = vals[vi++]!;
    const off = base + it.offset;
    switch (it.code) {
      case 'c': {
        if (!(v instanceof PyBytes || v instanceof PyByteArray) || bytesOf(v).length !== 1) throw err('char format requires a bytes object of length 1');
        out[off] = bytesOf(v)[0]!;
        break;
      }
      case '?':
        out[off] = truthy(v) ? 1 : 0;
        break;
      case 's': {
        const b = bytesArg(v, 's');
        out.set(b.subarray(0, it.count), off);
        break;
      }
      case 'p': {
        const b = bytesArg(v, 'p');
        const n = Math.min(b.length, it.count - 1, 255);
        if (it.count > 0) {
          out[off] = Math.max(0, n);
          out.set(b.subarray(0, Math.max(0, n)), off + 1);
        }
        break;
      }
      case 'e': {
        let h: number;
        try {
          h = packHalf(getFloat(v), 'e');
        } catch (e) {
          if (e instanceof HalfOverflow) throw floatOverflow(v, 'float too large to pack with e format');
          throw e;
        }
        view.setUint16(off, h, lay.little);
        break;
      }
      case 'f': {
        const x = getFloat(v);
        const f = Math.fround(x);
        // Native 'f' is a C cast (inf on overflow); the standard sizes use PyFloat_Pack4.
        if (!lay.native && !Number.isFinite(f) && Number.isFinite(x)) throw floatOverflow(v, 'float too large to pack with f format');
        view.setFloat32(off, x, lay.little);
        break;
      }
      case 'd':
        view.setFloat64(off, getFloat(v), lay.little);
        break;
      default:
        packInt(view, off, it, v, lay);
    }
  }
}

function pack(lay: Layout, vals: Value[]): Uint8Array {
  if (vals.length !== lay.nvalues) throw err(`pack expected ${lay.nvalues} items for packing (got ${vals.length})`);
  const out = new Uint8Array(lay.size);
  packInto(lay, out, 0, vals);
  return out;
}

function unpackAt(lay: Layout, data: Uint8Array, base: number): PyTuple {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out: Value[] = [];
  for (const it of lay.items) {
    const off = base + it.offset;
    switch (it.code) {
      case 'c':
        out.push(new PyBytes(data.slice(off, off + 1)));
        break;
      case '?':
        out.push(data[off] !== 0);
        break;
      case 's':
        out.push(new PyBytes(data.slice(off, off + it.count)));
        break;
      case 'p': {
        const n = Math.min(data[off] ?? 0, it.count - 1);
        out.push(new PyBytes(data.slice(off + 1, off + 1 + Math.max(0, n))));
        break;
      }
      case 'e':
        out.push(new PyFloat(unpackHalf(view.getUint16(off, lay.little))));
        break;
      case 'f':
        out.push(new PyFloat(view.getFloat32(off, lay.little)));
        break;
      case 'd':
        out.push(new PyFloat(view.getFloat64(off, lay.little)));
        break;
      default: {
        let u = 0n;
        for (let k = 0; k < it.size; k++) u |= BigInt(data[off + (lay.little ? k : it.size - 1 - k)]!) << BigInt(8 * k);
        const c = it.code;
        const unsigned = c === c.toUpperCase();
        if (!unsigned && u >> BigInt(it.size * 8 - 1)) u -= 1n << BigInt(it.size * 8);
        out.push(norm(u));
      }
    }
  }
  return tuple(out);
}

function bufferOf(v: Value): Uint8Array {
  if (v instanceof PyBytes || v instanceof PyByteArray) return bytesOf(v);
  if (v instanceof PyMemoryView) return v.data();
  throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
}

function unpack(lay: Layout, v: Value): PyTuple {
  const data = bufferOf(v);
  if (data.length !== lay.size) throw err(`unpack requires a buffer of ${lay.size} bytes`);
  return unpackAt(lay, data, 0);
}

function unpackFrom(lay: Layout, v: Value, offsetV: Value | undefined): PyTuple {
  const data = bufferOf(v);
  let off = offsetV === undefined ? 0 : Number(index(offsetV));
  if (off < 0) {
    if (off + data.length < 0) throw err(`offset ${off} out of range for ${data.length}-byte buffer`);
    off += data.length;
  }
  if (data.length - off < lay.size) {
    if (off > data.length) throw err(`offset ${off} out of range for ${data.length}-byte buffer`);
    throw err(`unpack_from requires a buffer of at least ${lay.size + off} bytes for unpacking ${lay.size} bytes at offset ${off} (actual buffer size is ${data.length})`);
  }
  return unpackAt(lay, data, off);
}

function packIntoBuffer(lay: Layout, buf: Value, offsetV: Value, vals: Value[]): void {
  if (!(buf instanceof PyByteArray)) throw typeError(`argument must be read-write bytes-like object, not ${typeOf(buf).name}`);
  const data = buf.view();
  if (vals.length !== lay.nvalues) throw err(`pack expected ${lay.nvalues} items for packing (got ${vals.length})`);
  let off = Number(index(offsetV));
  if (off < 0) {
    if (off + data.length < 0) throw err(`offset ${off} out of range for ${data.length}-byte buffer`);
    off += data.length;
  }
  if (data.length - off < lay.size) {
    if (off > data.length) throw err(`offset ${off} out of range for ${data.length}-byte buffer`);
    throw err(`pack_into requires a buffer of at least ${lay.size + off} bytes for packing ${lay.size} bytes at offset ${off} (actual buffer size is ${data.length})`);
  }
  packInto(lay, data, off, vals);
}

function iterUnpack(lay: Layout, v: Value): Value {
  const data = bufferOf(v);
  if (lay.size === 0) throw err('cannot iteratively unpack with a struct of length 0');
  if (data.length % lay.size !== 0) throw err(`iterative unpacking requires a buffer of a multiple of ${lay.size} bytes`);
  const out: Value[] = [];
  for (let off = 0; off < data.length; off += lay.size) out.push(unpackAt(lay, data, off));
  return new ArrayIterator(out);
}

// --- Struct ---------------------------------------------------------------------------------------

export const structType = builtinType('Struct', objectType, TF_BASETYPE);
structType.moduleName = '_struct';

class PyStruct extends PyObject {
  lay: Layout | null = null;
}

function lay(s: Value): Layout {
  const l = (s as PyStruct).lay;
  if (l === null) throw err('Struct not initialized');
  return l;
}

function initStructType(): void {
  const S = structType;
  S.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args) => new PyStruct(args[0] as PyType))));
  methodRaw(S, '__init__', (args, kw) => {
    const self = args[0] as PyStruct;
    let f = args[1];
    if (kw && kw.length) {
      if (kw.length === 1 && kw[0] === 'format' && args.length === 2) f = args[1];
      else throw typeError(`Struct() got an unexpected keyword argument '${kw[0]}'`);
    }
    if (f === undefined) throw typeError("Struct() missing required argument 'format' (pos 1)");
    self.lay = parse(formatArg(f));
    return None;
  });
  getset(S, 'format', (s: PyStruct) => lay(s).format);
  getset(S, 'size', (s: PyStruct) => lay(s).size);
  methodRaw(S, 'pack', (args) => new PyBytes(pack(lay(args[0]!), args.slice(1))));
  methodRaw(S, 'pack_into', (args) => {
    if (args.length < 3) throw typeError(`pack_into expected buffer argument`);
    packIntoBuffer(lay(args[0]!), args[1]!, args[2]!, args.slice(3));
    return None;
  });
  method(S, 'unpack', 1, 1, (s, b) => unpack(lay(s), b!));
  methodRaw(S, 'unpack_from', (args, kw) => {
    const { buffer, offset } = bufOffset('unpack_from', args.slice(1), kw);
    return unpackFrom(lay(args[0]!), buffer, offset);
  });
  method(S, 'iter_unpack', 1, 1, (s, b) => iterUnpack(lay(s), b!));
  method(S, '__sizeof__', 0, 0, (s: PyStruct) => 48 + lay(s).items.length * 24);
}

function bufOffset(name: string, args: Value[], kw: readonly string[] | null): { buffer: Value; offset: Value | undefined } {
  const n = kw?.length ?? 0;
  const pos = args.slice(0, args.length - n);
  let buffer = pos[0];
  let offset = pos[1];
  for (let i = 0; i < n; i++) {
    const k = kw![i]!;
    const v = args[pos.length + i]!;
    if (k === 'buffer') buffer = v;
    else if (k === 'offset') offset = v;
    else throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
  }
  if (buffer === undefined) throw typeError(`${name}() missing required argument 'buffer' (pos 1)`);
  return { buffer, offset };
}

function layoutOf(f: Value): Layout {
  if (f instanceof PyStruct) return lay(f);
  return parse(formatArg(f));
}

export function initStruct(m: PyModule): void {
  initStructType();
  m.ns.setStr('error', structError);
  m.ns.setStr('Struct', structType);
  def(m, 'calcsize', (args) => layoutOf(args[0] ?? None).size);
  def(m, 'pack', (args) => {
    if (args.length < 1) throw typeError('pack expected at least 1 argument, got 0');
    return new PyBytes(pack(layoutOf(args[0]!), args.slice(1)));
  });
  def(m, 'pack_into', (args) => {
    if (args.length < 3) throw typeError(`pack_into expected at least 3 arguments, got ${args.length}`);
    packIntoBuffer(layoutOf(args[0]!), args[1]!, args[2]!, args.slice(3));
    return None;
  });
  def(m, 'unpack', (args) => {
    if (args.length !== 2) throw typeError(`unpack expected 2 arguments, got ${args.length}`);
    return unpack(layoutOf(args[0]!), args[1]!);
  });
  def(m, 'unpack_from', (args, kw) => {
    const { buffer, offset } = bufOffset('unpack_from', args.slice(1), kw);
    return unpackFrom(layoutOf(args[0]!), buffer, offset);
  });
  def(m, 'iter_unpack', (args) => iterUnpack(layoutOf(args[0]!), args[1]!));
  def(m, '_clearcache', () => {
    layoutCache.clear();
    return None;
  });
}
