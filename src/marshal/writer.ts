// marshal.dumps for version 0..4, byte-identical to CPython 3.11's w_object() given the object
// graph modelled in identity.ts.
//
// The value is walked twice in the same order. The first walk counts how often each identity
// occurs (without descending into repeats, just as the real writer emits a bare TYPE_REF for
// them); the second writes, flagging an identity that is shared with the caller or occurs more
// than once, and replacing its later occurrences by references.

import { CO_OPTIMIZED, PyCode } from '../bytecode/code.js';
import { PY_ELLIPSIS, PyBytes, PyComplex, PyFrozenSet, PyStrCodePoints, PyTuple } from '../values/index.js';
import { formatG17 } from './float-text.js';
import {
  bytesIdentity,
  isSingletonStr,
  objectIdentity,
  PROCESS_INTERNED_SINGLETONS,
  SEPARATELY_INTERNED_SINGLETONS,
  STATIC_CODE_NAMES,
  strIdentity,
  strInterned,
  type BytesRole,
  type Identity,
  type StrRole,
} from './identity.js';
import { FLAG_REF, MARSHAL_VERSION, MAX_MARSHAL_STACK_DEPTH, MarshalError, PY_STOPITERATION, PyDict, PyList, PySet, T, type MarshalValue } from './types.js';
import { allNameChars, encodeCodePointsUtf8Surrogatepass, encodeUtf8Surrogatepass, isAscii } from './utf8.js';

export interface DumpOptions {
  /** Marshal format version, 0..4 (default 4, as `marshal.dumps` and .pyc files use). */
  version?: number;
  /**
   * Whether the caller holds the root object too, as with `marshal.dumps(v)` on a variable or
   * py_compile's `marshal.dumps(code)`; CPython then flags it. False matches
   * `marshal.dumps(compile(...))`, where the root's only holder is the call. Default true.
   */
  sharedRoot?: boolean;
}

export function dumps(value: MarshalValue, options: DumpOptions = {}): Uint8Array {
  const version = options.version ?? MARSHAL_VERSION;
  const sharedRoot = options.sharedRoot ?? true;
  // Set items are written sorted by their own marshal bytes, which depend on whether each item
  // is shared: a first count fixes that, so the two walks below visit items in one order.
  const pre = new Writer(version, sharedRoot, null, null);
  pre.writeRoot(value);
  const counter = pre.sawSet ? new Writer(version, sharedRoot, null, pre.counts) : pre;
  if (counter !== pre) counter.writeRoot(value);
  if (version < 3 && !pre.sawSet) return counter.result();
  const writer = new Writer(version, sharedRoot, counter, pre.counts);
  writer.writeRoot(value);
  return writer.result();
}

function collectIdentifiers(root: MarshalValue): Set<string> {
  const out = new Set<string>();
  const seen = new Set<object>();
  const visit = (v: MarshalValue): void => {
    if (v instanceof PyCode) {
      if (seen.has(v)) return;
      seen.add(v);
      for (const s of v.co_names) out.add(s);
      for (const s of v.co_localsplusnames) out.add(s);
      if (!STATIC_CODE_NAMES.has(v.co_name)) out.add(v.co_name);
      v.co_consts.forEach(visit);
    } else if (v instanceof PyTuple) {
      (v.items as MarshalValue[]).forEach(visit);
    }
  };
  visit(root);
  return out;
}


class Writer {
  private buf = new Uint8Array(1024);
  private len = 0;
  private depth = 0;
  private readonly view = new DataView(new ArrayBuffer(8));

  // First walk: identities in visit order, and how often each occurred.
  readonly visited: Identity[] = [];
  readonly counts = new Map<unknown, number>();
  /** Singleton strs some code object uses as a name: the compiler interned the shared object. */
  readonly internedSingletons = new Set<string>();
  /** Names the parser interned for the whole unit: every code object's names and co_name. */
  private identifiers = new Set<string>();
  private codeSerial = -1;
  private readonly classQualnames = new Set<string>();
  private nextCodeSerial = 0;
  // Second walk.
  private cursor = 0;
  private readonly refIndex = new Map<unknown, number>();

  /** Whether a set or frozenset of two or more items occurred. */
  sawSet = false;

  constructor(
    readonly version: number,
    private readonly sharedRoot: boolean,
    /** The counting walk when this is the writing walk; null when this walk counts. */
    private readonly counted: Writer | null,
    /** Occurrence counts that decide the order of set items; null in the first walk. */
    private readonly sortCounts: Map<unknown, number> | null,
  ) {}

  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }

  writeRoot(v: MarshalValue): void {
    this.identifiers = collectIdentifiers(v);
    this.writeObject(v, this.sharedRoot);
  }

  // ---- reference handling (w_ref) ----

  /** Returns the flag to OR into the type byte, or -1 when a reference was written instead. */
  private ref(ident: Identity | null, held: boolean): number {
    if (this.version < 3 || ident === null) return 0;
    if (held) ident = { id: ident.id, always: true };
    if (this.counted === null) {
      this.visited.push(ident);
      const n = this.counts.get(ident.id);
      this.counts.set(ident.id, (n ?? 0) + 1);
      return n === undefined ? 0 : -1;
    }
    const planned = this.counted.visited[this.cursor++]!;
    const index = this.refIndex.get(planned.id);
    if (index !== undefined) {
      this.byte(T.REF);
      this.int32(index);
      return -1;
    }
    if (planned.always || this.counted.counts.get(planned.id)! > 1) {
      this.refIndex.set(planned.id, this.refIndex.size);
      return FLAG_REF;
    }
    return 0;
  }

  private enter(): void {
    if (++this.depth > MAX_MARSHAL_STACK_DEPTH) {
      throw new MarshalError('ValueError', 'object too deeply nested to marshal');
    }
  }

  // ---- objects ----

  private writeObject(v: MarshalValue, held = false): void {
    if (typeof v === 'string') return this.writeStr(v, 'const', held);
    if (v instanceof PyBytes) return this.writeBytes(v.data, 'const', held);
    this.enter();
    if (v === null) this.byte(T.NONE);
    else if (v === true) this.byte(T.TRUE);
    else if (v === false) this.byte(T.FALSE);
    else if (v === PY_ELLIPSIS) this.byte(T.ELLIPSIS);
    else if (v === PY_STOPITERATION) this.byte(T.STOPITER);
    else {
      let ident = objectIdentity(v, held);
      if (v instanceof PyFrozenSet && ident !== null && this.recreatedPerCode(v)) {
        ident = { id: `${String(ident.id)}#${this.codeSerial}`, always: ident.always };
      }
      const flag = this.ref(ident, held);
      if (flag >= 0) this.writeComplexObject(v, flag);
    }
    this.depth--;
  }

  private writeComplexObject(v: Exclude<MarshalValue, string | PyBytes>, flag: number): void {
    if (typeof v === 'bigint') {
      if (v >= -0x80000000n && v <= 0x7fffffffn) {
        this.byte(T.INT | flag);
        this.int32(Number(v));
      } else this.writeLong(v, flag);
    } else if (typeof v === 'number') {
      if (this.version > 1) {
        this.byte(T.BINARY_FLOAT | flag);
        this.float64(v);
      } else {
        this.byte(T.FLOAT | flag);
        this.shortText(formatG17(v));
      }
    } else if (v instanceof PyComplex) {
      if (this.version > 1) {
        this.byte(T.BINARY_COMPLEX | flag);
        this.float64(v.real);
        this.float64(v.imag);
      } else {
        this.byte(T.COMPLEX | flag);
        this.shortText(formatG17(v.real));
        this.shortText(formatG17(v.imag));
      }
    } else if (v instanceof PyTuple) {
      this.writeTupleHeader(v.items.length, flag);
      for (const item of v.items as MarshalValue[]) this.writeObject(item);
    } else if (v instanceof PyList) {
      this.byte(T.LIST | flag);
      this.size(v.items.length);
      for (const item of v.items) this.writeObject(item);
    } else if (v instanceof PyDict) {
      this.byte(T.DICT | flag);
      for (const [k, val] of v.entries) {
        this.writeObject(k);
        this.writeObject(val);
      }
      this.enter();
      this.byte(T.NULL);
      this.depth--;
    } else if (v instanceof PySet || v instanceof PyFrozenSet) {
      this.byte((v instanceof PySet ? T.SET : T.FROZENSET) | flag);
      this.size(v.items.length);
      // The (dump, item) pairs CPython sorts hold every item a second time while it is written.
      for (const item of this.sortedSetItems(v.items as MarshalValue[])) this.writeObject(item, true);
    } else if (v instanceof PyCode) {
      this.writeCode(v, flag);
    } else if (v instanceof PyStrCodePoints) {
      // Never ASCII (it holds surrogates) and never interned: TYPE_UNICODE.
      const utf8 = encodeCodePointsUtf8Surrogatepass(v.codePoints);
      this.byte(T.UNICODE | flag);
      this.size(utf8.length);
      this.bytes(utf8);
    } else {
      throw new MarshalError('ValueError', 'unmarshallable object');
    }
  }

  /**
   * bpo-37596 (3.11): set items are written in the order of `sorted(s, key=marshal.dumps)`, so
   * .pyc files do not depend on hash randomization. Each key is the item marshalled alone, which
   * flags it when something besides the set holds it. Items nested inside an item are keyed as
   * if the item were all there is, which only matters for sets of tuples.
   */
  private sortedSetItems(items: MarshalValue[]): MarshalValue[] {
    if (items.length < 2) return items;
    this.sawSet = true;
    if (this.sortCounts === null) return items;
    const keyed = items.map((item): { item: MarshalValue; key: Buffer } => ({
      item,
      key: Buffer.from(dumps(item, { version: this.version, sharedRoot: this.sharedElsewhere(item) })),
    }));
    keyed.sort((a, b) => Buffer.compare(a.key, b.key));
    return keyed.map((k) => k.item);
  }

  private sharedElsewhere(item: MarshalValue): boolean {
    let ident: Identity | null;
    if (typeof item === 'string') ident = strIdentity(item, 'const');
    else if (item instanceof PyBytes) ident = bytesIdentity(item.data, 'const');
    else ident = objectIdentity(item, false);
    if (ident === null) return false;
    return ident.always || (this.sortCounts!.get(ident.id) ?? 0) > 1;
  }

  private writeTupleHeader(n: number, flag: number): void {
    if (this.version >= 4 && n < 256) {
      this.byte(T.SMALL_TUPLE | flag);
      this.byte(n);
    } else {
      this.byte(T.TUPLE | flag);
      this.size(n);
    }
  }

  /**
   * intern_string_constants() (Objects/codeobject.c) builds a new frozenset in each code object
   * whose frozenset constant holds a [A-Za-z0-9_] str that is not yet the interned object: when
   * an interned twin already exists, as for every identifier of the file (the parser interns
   * them first) and for the one-letter strs of SEPARATELY_INTERNED_SINGLETONS. Equal
   * frozensets of different code objects are then different objects.
   */
  private recreatedPerCode(v: PyFrozenSet): boolean {
    return (v.items as MarshalValue[]).some(
      (x) =>
        typeof x === 'string' &&
        allNameChars(x) &&
        (isSingletonStr(x) ? SEPARATELY_INTERNED_SINGLETONS.has(x) : this.identifiers.has(x)),
    );
  }

  private writeCode(co: PyCode, flag: number): void {
    const outer = this.codeSerial;
    this.codeSerial = this.nextCodeSerial++;
    // Decided before the nested code objects, in the order the compiler entered the scopes.
    const qualnameRole = this.qualnameRole(co);
    this.writeCodeFields(co, flag, qualnameRole);
    this.codeSerial = outer;
  }

  /**
   * compiler_set_qualname() reuses the name object for module-level definitions; a dotted name is
   * a fresh object. A class body also loads its qualname as the `__qualname__` constant, which
   * the const cache merges: the first class body of that qualname shares its object with the
   * constant, later ones (the same class defined twice) keep a fresh one.
   */
  private qualnameRole(co: PyCode): StrRole {
    const q = co.co_qualname;
    if (q === co.co_name) return 'co_name';
    if ((co.co_flags & CO_OPTIMIZED) !== 0 || !co.co_consts.includes(q) || this.classQualnames.has(q)) return 'fresh';
    this.classQualnames.add(q);
    return 'const';
  }

  private writeCodeFields(co: PyCode, flag: number, qualnameRole: StrRole): void {
    this.byte(T.CODE | flag);
    this.int32(co.co_argcount);
    this.int32(co.co_posonlyargcount);
    this.int32(co.co_kwonlyargcount);
    this.int32(co.co_stacksize);
    this.int32(co.co_flags);
    this.writeBytes(co.co_code, 'co_code');
    this.writeObject(new PyTuple(co.co_consts));
    this.writeStrTuple(co.co_names);
    this.writeStrTuple(co.co_localsplusnames);
    this.writeBytes(co.co_localspluskinds, 'kinds');
    this.writeStr(co.co_filename, 'filename');
    this.writeStr(co.co_name, 'co_name');
    this.writeStr(co.co_qualname, qualnameRole);
    this.int32(co.co_firstlineno);
    this.writeBytes(co.co_linetable, 'table');
    this.writeBytes(co.co_exceptiontable, 'table');
  }

  /** co_names / co_localsplusnames: merged like constant tuples, items are interned names. */
  private writeStrTuple(names: readonly string[]): void {
    this.enter();
    const tuple = new PyTuple(names);
    const flag = this.ref(objectIdentity(tuple, false), false);
    if (flag >= 0) {
      this.writeTupleHeader(names.length, flag);
      for (const s of names) this.writeStr(s, 'name');
    }
    this.depth--;
  }

  private writeBytes(data: Uint8Array, role: BytesRole, held = false): void {
    this.enter();
    const flag = this.ref(bytesIdentity(data, role), held);
    if (flag >= 0) {
      this.byte(T.STRING | flag);
      this.size(data.length);
      this.bytes(data);
    }
    this.depth--;
  }

  private writeStr(s: string, role: StrRole, held = false): void {
    this.enter();
    const singleton = isSingletonStr(s);
    if (this.counted === null && singleton && role !== 'const' && strInterned(s, role)) {
      this.internedSingletons.add(s);
    }
    const flag = this.ref(strIdentity(s, role), held);
    if (flag >= 0) {
      const interned = singleton
        ? allNameChars(s) || PROCESS_INTERNED_SINGLETONS.has(s) || (this.counted ?? this).internedSingletons.has(s)
        : strInterned(s, role);
      if (this.version >= 4 && isAscii(s)) {
        if (s.length < 256) {
          this.byte((interned ? T.SHORT_ASCII_INTERNED : T.SHORT_ASCII) | flag);
          this.byte(s.length);
        } else {
          this.byte((interned ? T.ASCII_INTERNED : T.ASCII) | flag);
          this.size(s.length);
        }
        for (let i = 0; i < s.length; i++) this.byte(s.charCodeAt(i));
      } else {
        const utf8 = encodeUtf8Surrogatepass(s);
        this.byte((this.version >= 3 && interned ? T.INTERNED : T.UNICODE) | flag);
        this.size(utf8.length);
        this.bytes(utf8);
      }
    }
    this.depth--;
  }

  private writeLong(v: bigint, flag: number): void {
    this.byte(T.LONG | flag);
    let mag = v < 0n ? -v : v;
    const digits: number[] = [];
    while (mag > 0n) {
      digits.push(Number(mag & 0x7fffn));
      mag >>= 15n;
    }
    if (digits.length > 0x7fffffff) throw new MarshalError('ValueError', 'unmarshallable object');
    this.int32(v < 0n ? -digits.length : digits.length);
    for (const d of digits) {
      this.byte(d & 0xff);
      this.byte(d >> 8);
    }
  }

  // ---- raw output ----

  private reserve(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  private byte(b: number): void {
    this.reserve(1);
    this.buf[this.len++] = b & 0xff;
  }

  private bytes(data: Uint8Array): void {
    this.reserve(data.length);
    this.buf.set(data, this.len);
    this.len += data.length;
  }

  private int32(x: number): void {
    this.reserve(4);
    this.buf[this.len++] = x & 0xff;
    this.buf[this.len++] = (x >> 8) & 0xff;
    this.buf[this.len++] = (x >> 16) & 0xff;
    this.buf[this.len++] = (x >> 24) & 0xff;
  }

  private size(n: number): void {
    if (n > 0x7fffffff) throw new MarshalError('ValueError', 'unmarshallable object');
    this.int32(n);
  }

  private float64(x: number): void {
    this.view.setFloat64(0, x, true);
    this.bytes(new Uint8Array(this.view.buffer));
  }

  private shortText(s: string): void {
    this.byte(s.length);
    for (let i = 0; i < s.length; i++) this.byte(s.charCodeAt(i));
  }
}
