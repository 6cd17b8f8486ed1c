// marshal.loads for everything CPython 3.11's r_object() reads, with its error messages.
// Interning is not kept (a JS string has no such state); shared objects come back as the same JS
// object, so a tuple referenced twice is one PyTuple.

import { PyCode } from '../bytecode/code.js';
import { PY_ELLIPSIS, PyBytes, PyComplex, PyFrozenSet, PyTuple, type PyConstant } from '../values/index.js';
import { parseFloatText } from './float-text.js';
import { hashKey } from './equality.js';
import { MAX_MARSHAL_STACK_DEPTH, MarshalError, PY_STOPITERATION, PyDict, PyList, PySet, T, type MarshalValue } from './types.js';
import { decodeUtf8Surrogatepass } from './utf8.js';

/** Reads one object from the start of `data`; bytes after it are ignored, as marshal.loads does. */
export function loads(data: Uint8Array): MarshalValue {
  return loadsAt(data, 0).value;
}

/** Reads one object at `offset`, returning it with the offset just past it. */
export function loadsAt(data: Uint8Array, offset: number): { value: MarshalValue; end: number } {
  const r = new Reader(data, offset);
  const value = r.readObject();
  if (value === NULL) throw new MarshalError('TypeError', 'NULL object in marshal data for object');
  return { value, end: r.pos };
}

const NULL: unique symbol = Symbol('NULL');
/** Placeholder for an object whose reference slot is reserved while its parts are read. */
const RESERVED: unique symbol = Symbol('reserved');

class Reader {
  pos: number;
  private depth = 0;
  private readonly refs: (MarshalValue | typeof RESERVED)[] = [];
  private readonly view: DataView;

  constructor(private readonly data: Uint8Array, offset: number) {
    this.pos = offset;
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  private need(n: number): void {
    if (this.pos + n > this.data.length) throw new MarshalError('EOFError', 'marshal data too short');
  }

  private byte(): number {
    this.need(1);
    return this.data[this.pos++]!;
  }

  private int32(): number {
    this.need(4);
    const v = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }

  private take(n: number): Uint8Array {
    this.need(n);
    // A plain copy: never a view into the caller's buffer, never a Buffer.
    const out = new Uint8Array(this.data.subarray(this.pos, this.pos + n));
    this.pos += n;
    return out;
  }

  private float64(): number {
    this.need(8);
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  private size(what: string): number {
    const n = this.int32();
    if (n < 0) throw new MarshalError('ValueError', `bad marshal data (${what} size out of range)`);
    return n;
  }

  private latin1(n: number): string {
    const b = this.take(n);
    let s = '';
    for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
    return s;
  }

  private floatText(): number {
    const n = this.byte();
    return parseFloatText(this.latin1(n));
  }

  private keep<V extends MarshalValue>(v: V, flag: boolean): V {
    if (flag) this.refs.push(v);
    return v;
  }

  private reserve(flag: boolean): number {
    if (!flag) return -1;
    this.refs.push(RESERVED);
    return this.refs.length - 1;
  }

  private fill<V extends MarshalValue>(v: V, index: number): V {
    if (index >= 0) this.refs[index] = v;
    return v;
  }

  /** An object that must not be NULL, as a container's item or a code object's field. */
  private item(container: string): MarshalValue {
    const v = this.readObject();
    if (v === NULL) throw new MarshalError('TypeError', `NULL object in marshal data for ${container}`);
    return v;
  }

  readObject(): MarshalValue | typeof NULL {
    if (this.pos >= this.data.length) throw new MarshalError('EOFError', 'EOF read where object expected');
    const code = this.data[this.pos++]!;
    if (++this.depth > MAX_MARSHAL_STACK_DEPTH) {
      this.depth--;
      throw new MarshalError('ValueError', 'recursion limit exceeded');
    }
    const flag = (code & 0x80) !== 0;
    const v = this.readBody(code & 0x7f, flag);
    this.depth--;
    return v;
  }

  private readBody(type: number, flag: boolean): MarshalValue | typeof NULL {
    switch (type) {
      case T.NULL:
        return NULL;
      case T.NONE:
        return null;
      case T.STOPITER:
        return PY_STOPITERATION;
      case T.ELLIPSIS:
        return PY_ELLIPSIS;
      case T.FALSE:
        return false;
      case T.TRUE:
        return true;
      case T.INT:
        return this.keep(BigInt(this.int32()), flag);
      case T.INT64: {
        this.need(8);
        const v = this.view.getBigInt64(this.pos, true);
        this.pos += 8;
        return this.keep(v, flag);
      }
      case T.LONG:
        return this.keep(this.readLong(), flag);
      case T.FLOAT:
        return this.keep(this.floatText(), flag);
      case T.BINARY_FLOAT:
        return this.keep(this.float64(), flag);
      case T.COMPLEX: {
        const re = this.floatText();
        return this.keep(new PyComplex(re, this.floatText()), flag);
      }
      case T.BINARY_COMPLEX: {
        const re = this.float64();
        return this.keep(new PyComplex(re, this.float64()), flag);
      }
      case T.STRING: {
        const n = this.size('bytes object');
        return this.keep(new PyBytes(this.take(n)), flag);
      }
      case T.ASCII_INTERNED:
      case T.ASCII:
        return this.keep(this.latin1(this.size('string')), flag);
      case T.SHORT_ASCII_INTERNED:
      case T.SHORT_ASCII:
        return this.keep(this.latin1(this.byte()), flag);
      case T.INTERNED:
      case T.UNICODE: {
        const n = this.size('string');
        return this.keep(decodeUtf8Surrogatepass(this.take(n)), flag);
      }
      case T.SMALL_TUPLE:
      case T.TUPLE: {
        const n = type === T.SMALL_TUPLE ? this.byte() : this.size('tuple');
        const items: MarshalValue[] = [];
        // Marshal data may nest lists in tuples; the constant model types only what .pyc files hold.
        const tuple = this.keep(new PyTuple(items as PyConstant[]), flag);
        for (let i = 0; i < n; i++) items.push(this.item('tuple'));
        return tuple;
      }
      case T.LIST: {
        const n = this.size('list');
        const list = this.keep(new PyList(), flag);
        for (let i = 0; i < n; i++) list.items.push(this.item('list'));
        return list;
      }
      case T.DICT: {
        const dict = this.keep(new PyDict(), flag);
        const index = new Map<string, number>();
        for (;;) {
          const k = this.readObject();
          if (k === NULL) break;
          const v = this.readObject();
          if (v === NULL) break;
          // PyDict_SetItem: an equal key keeps its place and takes the new value.
          const hk = hashKey(k);
          const at = index.get(hk);
          if (at === undefined) {
            index.set(hk, dict.entries.length);
            dict.entries.push([k, v]);
          } else dict.entries[at]![1] = v;
        }
        return dict;
      }
      case T.SET:
      case T.FROZENSET: {
        const n = this.size('set');
        const items: MarshalValue[] = [];
        const seen = new Set<string>();
        // A frozenset is registered only once complete (r_ref_reserve), a set at once.
        const set = type === T.SET ? this.keep(new PySet(items), flag) : null;
        const index = type === T.SET ? -1 : this.reserve(flag);
        for (let i = 0; i < n; i++) {
          const v = this.item('set');
          const hk = hashKey(v);
          if (!seen.has(hk)) {
            seen.add(hk);
            items.push(v);
          }
        }
        return set ?? this.fill(new PyFrozenSet(items as PyConstant[]), index);
      }
      case T.CODE:
        return this.readCode(flag);
      case T.REF: {
        const n = this.int32();
        const v = n >= 0 && n < this.refs.length ? this.refs[n] : RESERVED;
        if (v === RESERVED) throw new MarshalError('ValueError', 'bad marshal data (invalid reference)');
        return v!;
      }
      default:
        throw new MarshalError('ValueError', 'bad marshal data (unknown type code)');
    }
  }

  private readLong(): bigint {
    const n = this.int32();
    if (n < -0x7fffffff || n > 0x7fffffff) throw new MarshalError('ValueError', 'bad marshal data (long size out of range)');
    const count = Math.abs(n);
    this.need(count * 2);
    let v = 0n;
    let last = 0;
    for (let i = 0; i < count; i++) {
      const d = this.view.getUint16(this.pos + 2 * i, true);
      if (d > 0x7fff) throw new MarshalError('ValueError', 'bad marshal data (digit out of range in long)');
      last = d;
      v |= BigInt(d) << BigInt(15 * i);
    }
    this.pos += count * 2;
    if (count > 0 && last === 0) throw new MarshalError('ValueError', 'bad marshal data (unnormalized long data)');
    return n < 0 ? -v : v;
  }

  private readCode(flag: boolean): PyCode {
    const index = this.reserve(flag);
    const co_argcount = this.int32();
    const co_posonlyargcount = this.int32();
    const co_kwonlyargcount = this.int32();
    const co_stacksize = this.int32();
    const co_flags = this.int32();
    const co_code = this.field('bytes', 'co_code');
    const co_consts = this.field('tuple', 'co_consts') as PyConstant[];
    const co_names = this.field('strs', 'co_names');
    const co_localsplusnames = this.field('strs', 'co_localsplusnames');
    const co_localspluskinds = this.field('bytes', 'co_localspluskinds');
    const co_filename = this.field('str', 'co_filename');
    const co_name = this.field('str', 'co_name');
    const co_qualname = this.field('str', 'co_qualname');
    const co_firstlineno = this.int32();
    const co_linetable = this.field('bytes', 'co_linetable');
    const co_exceptiontable = this.field('bytes', 'co_exceptiontable');
    if (co_localsplusnames.length !== co_localspluskinds.length) {
      throw new MarshalError('ValueError', 'code: co_localsplusnames and co_localspluskinds differ in length');
    }
    const co = new PyCode({
      co_argcount, co_posonlyargcount, co_kwonlyargcount, co_stacksize, co_flags, co_code,
      co_consts, co_names, co_localsplusnames, co_localspluskinds, co_filename, co_name,
      co_qualname, co_firstlineno, co_linetable, co_exceptiontable,
    });
    return this.fill(co, index);
  }

  private field(kind: 'bytes', name: string): Uint8Array;
  private field(kind: 'tuple', name: string): MarshalValue[];
  private field(kind: 'strs', name: string): string[];
  private field(kind: 'str', name: string): string;
  private field(kind: 'bytes' | 'tuple' | 'strs' | 'str', name: string): unknown {
    const v = this.item('code object');
    const bad = (): never => {
      throw new MarshalError('TypeError', `code: ${name} has the wrong type`);
    };
    switch (kind) {
      case 'bytes':
        return v instanceof PyBytes ? v.data : bad();
      case 'str':
        return typeof v === 'string' ? v : bad();
      case 'tuple':
        return v instanceof PyTuple ? v.items : bad();
      case 'strs':
        if (!(v instanceof PyTuple) || !v.items.every((s) => typeof s === 'string')) bad();
        return (v as PyTuple).items;
    }
  }
}
