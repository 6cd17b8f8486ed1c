// _io: the layered I/O stack of Modules/_io, in TypeScript.
//
//   _IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase   generic methods over the Python protocol
//   FileIO                                               raw descriptor I/O (positions tracked here,
//                                                        since Node has no lseek)
//   BufferedReader / BufferedWriter / BufferedRandom / BufferedRWPair
//   TextIOWrapper                                        incremental decoding, universal newlines,
//                                                        tell/seek cookies (byte positions)
//   BytesIO, StringIO
//
// Output to descriptors 1 and 2 goes through an in-process channel (flushed when stdout/stderr
// are flushed, before stderr output, at exit), so tests can capture it and printing stays cheap.

import { closeSync, openSync, readSync, writeSync, fstatSync, ftruncateSync, constants as fsc } from 'node:fs';
import { isatty as ttyIsatty } from 'node:tty';
import { PyObject, type Value } from './object.js';
import { builtinType, None, PyType, typeOf, typeType, TF_HEAPTYPE, TF_BASETYPE, Ellipsis } from './type.js';
import { PyBytes, PyByteArray, bufferData } from './bytes.js';
import { PyMemoryView } from './bytes-methods.js';
import { PyList } from './list.js';
import { getset, method, methodRaw, PyBuiltin, PyStaticMethod } from './function.js';
import {
  newExc, OSError, typeError, valueError, ValueError, StopIteration, LookupError, isExcInstance, NotImplementedError,
} from './exceptions.js';
import { PyDict } from './dict.js';
import { indexClamped, repr, strValue, toArray, callMethod, getAttrOpt, getAttr, setAttr, truthy, call, iterNext, getIter, index } from './abstract.js';
import { encodeStr, decodeBytes, normalizeEncoding } from './codecs.js';
import { bindKw } from './number-methods.js';
import { intValue } from './numeric.js';
import { cpLen, cpToUnit } from './str.js';
import { oserror, oserrorNamed } from './oserror.js';
import { importAbs } from './import.js';
import { resolvePath } from './cwd.js';
import { isVirtualFd, vread, vwrite, vclose, setChildOutputSink } from './vproc.js';
import { tuple } from './tuple.js';

export const DEFAULT_BUFFER_SIZE = 8192;

function ioType(name: string, base: PyType, dict = true): PyType {
  const t = builtinType(name, base, TF_BASETYPE);
  t.moduleName = '_io';
  t.hasDict = dict;
  return t;
}

export const iobaseType = builtinType('_IOBase');
iobaseType.moduleName = '_io';
iobaseType.hasDict = true;
export const rawiobaseType = ioType('_RawIOBase', iobaseType);
export const bufferediobaseType = ioType('_BufferedIOBase', iobaseType);
export const textiobaseType = ioType('_TextIOBase', iobaseType);
// the abstract bases keep object's layout: Python subclasses are plain instances
for (const t of [iobaseType, rawiobaseType, bufferediobaseType, textiobaseType]) t.ownLayout = false;
export const fileIOType = ioType('FileIO', rawiobaseType);
export const bufferedReaderType = ioType('BufferedReader', bufferediobaseType);
export const bufferedWriterType = ioType('BufferedWriter', bufferediobaseType);
export const bufferedRandomType = ioType('BufferedRandom', bufferediobaseType);
export const bufferedRWPairType = ioType('BufferedRWPair', bufferediobaseType);
export const textIOWrapperType = ioType('TextIOWrapper', textiobaseType);
export const stringIOType = ioType('StringIO', textiobaseType);
export const bytesIOType = ioType('BytesIO', bufferediobaseType);
export const newlineDecoderType = ioType('IncrementalNewlineDecoder', builtinType('object'), false);
/** Kept for older imports: the writer type. */
export const bufferedType = bufferedWriterType;
export const unsupportedOperation = new PyType('UnsupportedOperation', [OSError, ValueError], typeType, 2);
unsupportedOperation.flags |= TF_HEAPTYPE;
unsupportedOperation.moduleName = 'io';
unsupportedOperation.ns.set('__module__', 'io');
unsupportedOperation.hasDict = true;

function unsupported(msg: string): never {
  throw newExc(unsupportedOperation, msg);
}

// --- descriptors: positions and the standard output channels ----------------------------------

/** Known file offsets of descriptors (Node reads and writes at explicit positions). */
export const fdPositions = new Map<number, number>();
/** Descriptors opened with O_APPEND. */
export const fdAppend = new Set<number>();

/** A buffered sink for descriptor 1 or 2. */
class FdChannel {
  chunks: Uint8Array[] = [];
  size = 0;
  constructor(readonly fd: number, public lineBuffered: boolean) {}
  write(b: Uint8Array): void {
    if (this.fd === 2) channels.get(1)?.flush();
    this.chunks.push(b);
    this.size += b.length;
    if (this.fd === 2 || this.size > 1 << 16 || (this.lineBuffered && b.includes(10))) this.flush();
  }
  flush(): void {
    if (this.chunks.length === 0) return;
    const data = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    this.chunks = [];
    this.size = 0;
    writeAll(this.fd, data);
  }
}

const channels = new Map<number, FdChannel>();

function channel(fd: number): FdChannel {
  let c = channels.get(fd);
  if (c === undefined) {
    c = new FdChannel(fd, isatty(fd));
    channels.set(fd, c);
  }
  return c;
}

/** Writes still held for descriptors 1 and 2 go out (before os.write, at exit, ...). */
setChildOutputSink((fd, data) => channel(fd).write(data));

export function flushFdChannels(): void {
  syncPendingWrites();
  channels.get(1)?.flush();
  channels.get(2)?.flush();
}

/** Where descriptor output goes; tests capture it in memory. */
let fdWriter: ((fd: number, data: Uint8Array) => void) | null = null;

export function setFdWriter(w: ((fd: number, data: Uint8Array) => void) | null): void {
  fdWriter = w;
  channels.clear();
}

/** Where stdin comes from; tests provide it in memory. */
let stdinSource: Uint8Array | null = null;
let stdinPos = 0;

export function setStdinSource(data: Uint8Array | null): void {
  stdinSource = data;
  stdinPos = 0;
}

export function writeAll(fd: number, data: Uint8Array): void {
  if (fdWriter !== null) {
    fdWriter(fd, data);
    return;
  }
  let off = 0;
  while (off < data.length) {
    try {
      off += writeSync(fd, data, off, data.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EPIPE') return;
      throw e;
    }
  }
}

function isatty(fd: number): boolean {
  if (fdWriter !== null && (fd === 1 || fd === 2)) return false;
  if (stdinSource !== null && fd === 0) return false;
  try {
    return ttyIsatty(fd);
  } catch {
    return false;
  }
}

/** read(2) on a descriptor: at the tracked position if any, else the current offset. */
export function fdRead(fd: number, n: number): Uint8Array {
  syncPendingWrites();
  if (isVirtualFd(fd)) return vread(fd, n);
  if (fd === 0 && stdinSource !== null) {
    const end = Math.min(stdinSource.length, stdinPos + n);
    const r = stdinSource.slice(stdinPos, end);
    stdinPos = end;
    return r;
  }
  const b = Buffer.allocUnsafe(Math.max(0, Math.min(n, 1 << 30)));
  const pos = fdPositions.get(fd);
  for (;;) {
    try {
      const k = readSync(fd, b, 0, b.length, pos ?? null);
      if (pos !== undefined) fdPositions.set(fd, pos + k);
      return new Uint8Array(b.buffer, b.byteOffset, k);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') return new Uint8Array(0);
      throw oserror(e);
    }
  }
}

/** write(2) on a descriptor (appending descriptors write at the end). */
export function fdWrite(fd: number, d: Uint8Array, append = false): number {
  if (isVirtualFd(fd)) {
    try {
      return vwrite(fd, d);
    } catch (e) {
      throw oserror(e);
    }
  }
  if (fd === 1 || fd === 2) {
    if (!fdPositions.has(fd)) {
      channel(fd).write(d.slice());
      return d.length;
    }
  }
  const pos = fdPositions.get(fd);
  try {
    if (append || pos === undefined || fdAppend.has(fd)) {
      let off = 0;
      while (off < d.length) off += writeSync(fd, d, off, d.length - off, null);
      if (pos !== undefined) fdPositions.set(fd, fstatSync(fd).size);
    } else {
      let off = 0;
      while (off < d.length) off += writeSync(fd, d, off, d.length - off, pos + off);
      fdPositions.set(fd, pos + d.length);
    }
  } catch (e) {
    throw oserror(e);
  }
  return d.length;
}

/** lseek(2) for tracked descriptors. */
export function fdSeek(fd: number, pos: number, whence: number): number {
  const cur = fdPositions.get(fd);
  if (cur === undefined) throw oserrorNamed('ESPIPE');
  let np: number;
  if (whence === 0) np = pos;
  else if (whence === 1) np = cur + pos;
  else if (whence === 2) {
    try {
      np = fstatSync(fd).size + pos;
    } catch (e) {
      throw oserror(e);
    }
  } else throw oserrorNamed('EINVAL');
  if (np < 0) throw oserrorNamed('EINVAL');
  fdPositions.set(fd, np);
  return np;
}

/** Starts tracking a descriptor's offset if it is a regular file. */
export function trackFd(fd: number, pos = 0): void {
  try {
    const st = fstatSync(fd);
    if (st.isFile() || st.isBlockDevice()) fdPositions.set(fd, pos);
  } catch {
    // not a valid descriptor: reads and writes report it
  }
}

// --- pending writes ------------------------------------------------------------------------------

/**
 * Streams holding written data not yet passed to the OS. CPython flushes a file when its last
 * reference goes (`open(p, 'w').write(s)` leaves nothing behind); pyc has no reference counts, so
 * pending writes go out whenever the process observes the file system (open, stat, read, exit).
 */
const dirtyText = new Set<PyTextIO>();
const dirtyBuffered = new Set<PyBuffered>();

export function syncPendingWrites(): void {
  if (dirtyText.size === 0 && dirtyBuffered.size === 0) return;
  for (const t of [...dirtyText]) {
    try {
      t.flushPending();
    } catch {
      // reported when the program flushes or closes the stream itself
    }
  }
  dirtyText.clear();
  for (const b of [...dirtyBuffered]) {
    try {
      if (b.raw !== null && !b.rawClosed()) b.flushWrites();
    } catch {
      // as above
    }
  }
  dirtyBuffered.clear();
}

// --- small helpers --------------------------------------------------------------------------------

function sizeArg(v: Value | undefined): number {
  if (v === undefined || v === None) return -1;
  const i = intValue(v);
  if (i === undefined) {
    const x = callMethod(v, '__index__', []);
    return Number(intValue(x)!);
  }
  return Number(i);
}

function isClosed(self: Value): boolean {
  return truthy(getAttr(self, 'closed'));
}

function checkClosedGeneric(self: Value): void {
  if (isClosed(self)) throw valueError('I/O operation on closed file.');
}

function bytesLike(v: Value): Uint8Array {
  const d = bufferData(v);
  if (d === null) throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
  return d;
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function newInstanceOf<T extends PyObject>(t: PyType, make: (cls: PyType) => T): void {
  t.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) throw typeError(`${t.name}.__new__(X): X is not a type object`);
    return make(cls);
  })));
}

// --- FileIO ---------------------------------------------------------------------------------------

export class PyFileIO extends PyObject {
  fd = -1;
  readable = false;
  writable = false;
  appending = false;
  created = false;
  closefd = true;
  constructor(cls: PyType = fileIOType) {
    super(cls);
  }
  get closed(): boolean {
    return this.fd < 0;
  }
  check(): void {
    if (this.fd < 0) throw valueError('I/O operation on closed file');
  }
  modeString(): string {
    if (this.created) return this.readable ? 'xb+' : 'xb';
    if (this.appending) return this.readable ? 'ab+' : 'ab';
    if (this.readable) return this.writable ? 'rb+' : 'rb';
    return 'wb';
  }
  read(n: number): Uint8Array {
    this.check();
    if (!this.readable) unsupported('File not open for reading');
    if (n < 0) return this.readall();
    return fdRead(this.fd, n);
  }
  readall(): Uint8Array {
    this.check();
    if (!this.readable) unsupported('File not open for reading');
    const parts: Uint8Array[] = [];
    let size = DEFAULT_BUFFER_SIZE;
    const pos = fdPositions.get(this.fd);
    if (pos !== undefined) {
      try {
        size = Math.max(size, fstatSync(this.fd).size - pos + 1);
      } catch {
        // keep the default
      }
    }
    for (;;) {
      const b = fdRead(this.fd, size);
      if (b.length === 0) break;
      parts.push(b);
      if (size < 1 << 24) size *= 2;
    }
    return parts.length === 0 ? new Uint8Array(0) : concat(parts);
  }
  write(d: Uint8Array): number {
    this.check();
    if (!this.writable) unsupported('File not open for writing');
    return fdWrite(this.fd, d, this.appending);
  }
  seek(pos: number, whence: number): number {
    this.check();
    return fdSeek(this.fd, pos, whence);
  }
  tell(): number {
    this.check();
    const p = fdPositions.get(this.fd);
    if (p === undefined) throw oserrorNamed('ESPIPE');
    return p;
  }
  seekable(): boolean {
    this.check();
    return fdPositions.has(this.fd);
  }
  flushChannel(): void {
    channels.get(this.fd)?.flush();
  }
  close(): void {
    if (this.fd < 0) return;
    const fd = this.fd;
    this.fd = -1;
    channels.get(fd)?.flush();
    if (this.closefd) {
      fdPositions.delete(fd);
      fdAppend.delete(fd);
      if (isVirtualFd(fd)) {
        vclose(fd);
        return;
      }
      try {
        closeSync(fd);
      } catch (e) {
        throw oserror(e);
      }
    }
  }
}

function openFlags(mode: string): { flags: number; readable: boolean; writable: boolean; appending: boolean; created: boolean } {
  let rwa = 0;
  let plus = false;
  let readable = false;
  let writable = false;
  let appending = false;
  let created = false;
  let flags = 0;
  const bad = (): never => {
    throw valueError('Must have exactly one of create/read/write/append mode and at most one plus');
  };
  for (const c of mode) {
    switch (c) {
      case 'x':
        if (rwa) bad();
        rwa = 1;
        created = writable = true;
        flags |= fsc.O_EXCL | fsc.O_CREAT;
        break;
      case 'r':
        if (rwa) bad();
        rwa = 1;
        readable = true;
        break;
      case 'w':
        if (rwa) bad();
        rwa = 1;
        writable = true;
        flags |= fsc.O_CREAT | fsc.O_TRUNC;
        break;
      case 'a':
        if (rwa) bad();
        rwa = 1;
        writable = appending = true;
        flags |= fsc.O_APPEND | fsc.O_CREAT;
        break;
      case 'b':
        break;
      case '+':
        if (plus) bad();
        readable = writable = plus = true;
        break;
      default:
        throw valueError(`invalid mode: ${mode}`);
    }
  }
  if (!rwa) bad();
  flags |= readable && writable ? fsc.O_RDWR : readable ? fsc.O_RDONLY : fsc.O_WRONLY;
  return { flags, readable, writable, appending, created };
}

function fileIOInit(self: PyFileIO, file: Value, mode: string, closefd: boolean, opener: Value): void {
  syncPendingWrites();
  if (self.fd >= 0) {
    if (self.closefd) self.close();
    else self.fd = -1;
  }
  if (typeof file === 'number' && !Number.isInteger(file)) throw typeError('integer argument expected, got float');
  if (file instanceof PyObject && typeOf(file).name === 'float') throw typeError('integer argument expected, got float');
  const m = openFlags(mode);
  let fd = -1;
  const fi = typeof file === 'boolean' ? undefined : intValue(file);
  if (fi !== undefined) {
    fd = Number(fi);
    if (fd < 0) throw valueError('negative file descriptor');
  }
  if (fd < 0) {
    if (!closefd) throw valueError('Cannot use closefd=False with file name');
    let path: string;
    const s = strValue(file);
    if (s !== undefined) path = s;
    else if (file instanceof PyBytes) path = Buffer.from(file.data).toString('utf8');
    else {
      const fsp = getAttrOpt(typeOf(file), '__fspath__');
      if (fsp === undefined) throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(file).name}`);
      const r = call(fsp, [file]);
      const rs = strValue(r);
      if (rs !== undefined) path = rs;
      else if (r instanceof PyBytes) path = Buffer.from(r.data).toString('utf8');
      else throw typeError(`expected ${typeOf(file).name}.__fspath__() to return str or bytes, not ${typeOf(r).name}`);
    }
    if (path.includes('\0')) throw valueError('embedded null byte');
    if (opener !== None) {
      const r = call(opener, [file, m.flags]);
      const ri = intValue(r);
      if (ri === undefined) throw typeError('expected integer from opener');
      fd = Number(ri);
      if (fd < 0) throw valueError(`opener returned ${fd}`);
    } else {
      try {
        fd = openSync(resolvePath(path), m.flags, 0o666);
      } catch (e) {
        throw oserror(e, file);
      }
    }
    try {
      if (fstatSync(fd).isDirectory()) {
        closeSync(fd);
        throw oserror(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }), file);
      }
    } catch (e) {
      if (isExcInstance(e, OSError)) throw e;
    }
    if (!fdPositions.has(fd)) trackFd(fd, 0);
  } else if (!fdPositions.has(fd) && fd > 2) {
    trackFd(fd, 0);
  }
  self.fd = fd;
  self.readable = m.readable;
  self.writable = m.writable;
  self.appending = m.appending;
  self.created = m.created;
  self.closefd = closefd;
  (self.dict ??= newDict()).setStr('name', file);
  if (m.appending && fdPositions.has(fd)) {
    try {
      fdPositions.set(fd, fstatSync(fd).size);
    } catch {
      // leave it
    }
  }
}

function newDict(): PyDict {
  return new PyDict();
}

// --- Buffered -------------------------------------------------------------------------------------

const R = 1;
const W = 2;

export class PyBuffered extends PyObject {
  raw: Value | null = null;
  native: PyFileIO | null = null;
  kind = 0;
  bufferSize = DEFAULT_BUFFER_SIZE;
  rbuf: Uint8Array = new Uint8Array(0);
  rpos = 0;
  wbuf: Uint8Array[] = [];
  wlen = 0;
  ok = false;
  detached = false;
  constructor(cls: PyType) {
    super(cls);
  }
  attached(): Value {
    if (this.raw === null) {
      if (this.detached) throw valueError('raw stream has been detached');
      throw valueError('I/O operation on uninitialized object');
    }
    return this.raw;
  }
  rawClosed(): boolean {
    const raw = this.attached();
    if (this.native !== null) return this.native.closed;
    return isClosed(raw);
  }
  checkClosed(what: string): void {
    if (this.rawClosed()) {
      if (what === 'read' && this.rpos < this.rbuf.length) return;
      throw valueError(`${what} of closed file`);
    }
  }
  get avail(): number {
    return this.rbuf.length - this.rpos;
  }
  takeBuffered(n: number): Uint8Array {
    const k = Math.min(n, this.avail);
    const r = this.rbuf.subarray(this.rpos, this.rpos + k);
    this.rpos += k;
    return r;
  }
  /** One raw read of up to n bytes; null when the raw stream would block (None). */
  rawRead(n: number): Uint8Array | null {
    if (this.native !== null) return this.native.read(n);
    const b = new PyByteArray(new Uint8Array(n));
    const r = callMethod(this.raw!, 'readinto', [new PyMemoryView(b)]);
    if (r === None) return null;
    const k = Number(intValue(r) ?? -1);
    if (k < 0 || k > n) throw newExc(OSError, `raw readinto() returned invalid length ${k} (should have been between 0 and ${n})`);
    return b.data.slice(0, k);
  }
  rawReadAll(): Uint8Array | null {
    if (this.native !== null) return this.native.readall();
    const ra = getAttrOpt(this.raw!, 'readall');
    if (ra !== undefined) {
      const r = call(ra, []);
      if (r === None) return null;
      return bytesLike(r);
    }
    const parts: Uint8Array[] = [];
    for (;;) {
      const r = callMethod(this.raw!, 'read', [DEFAULT_BUFFER_SIZE]);
      if (r === None) return parts.length ? concat(parts) : null;
      const d = bytesLike(r);
      if (d.length === 0) break;
      parts.push(d.slice());
    }
    return concat(parts.length ? parts : [new Uint8Array(0)]);
  }
  rawWrite(d: Uint8Array): void {
    if (this.native !== null) {
      this.native.write(d);
      return;
    }
    let off = 0;
    while (off < d.length) {
      const r = callMethod(this.raw!, 'write', [new PyBytes(d.slice(off))]);
      if (r === None) throw newExc(OSError, 'write could not complete without blocking');
      const k = Number(intValue(r) ?? -1);
      if (k < 0 || k > d.length - off) throw newExc(OSError, `raw write() returned invalid length ${k} (should have been between 0 and ${d.length - off})`);
      off += k;
    }
  }
  rawSeek(pos: number, whence: number): number {
    if (this.native !== null) return this.native.seek(pos, whence);
    const r = callMethod(this.raw!, 'seek', [pos, whence]);
    const k = Number(intValue(r) ?? -1);
    if (k < 0) throw newExc(OSError, `Raw stream returned invalid position ${k}`);
    return k;
  }
  rawTell(): number {
    if (this.native !== null) return this.native.tell();
    const r = callMethod(this.raw!, 'tell', []);
    const k = Number(intValue(r) ?? -1);
    if (k < 0) throw newExc(OSError, `Raw stream returned invalid position ${k}`);
    return k;
  }
  flushWrites(): void {
    dirtyBuffered.delete(this);
    if (this.wlen === 0) return;
    const data = concat(this.wbuf);
    this.wbuf = [];
    this.wlen = 0;
    this.rawWrite(data);
  }
  /** Drops read-ahead, moving the raw position back to the logical one. */
  dropReadAhead(): void {
    const n = this.avail;
    this.rbuf = new Uint8Array(0);
    this.rpos = 0;
    if (n > 0) this.rawSeek(-n, 1);
  }
  fill(n: number): boolean | null {
    const d = this.rawRead(Math.max(n, this.bufferSize));
    if (d === null) return null;
    if (d.length === 0) return false;
    const rest = this.rbuf.subarray(this.rpos);
    this.rbuf = rest.length ? concat([rest, d]) : d;
    this.rpos = 0;
    return true;
  }
  read(n: number): Value {
    this.checkClosed('read');
    if (n < -1) throw valueError('read length must be non-negative or -1');
    if (this.kind & W) this.flushWrites();
    if (n < 0) {
      const head = this.takeBuffered(this.avail);
      const rest = this.rawReadAll();
      if (rest === null) return head.length ? new PyBytes(head.slice()) : None;
      return new PyBytes(head.length ? concat([head, rest]) : rest.slice());
    }
    if (n <= this.avail) return new PyBytes(this.takeBuffered(n).slice());
    const parts: Uint8Array[] = [this.takeBuffered(this.avail).slice()];
    let got = parts[0]!.length;
    while (got < n) {
      const want = n - got;
      const d = this.rawRead(want >= this.bufferSize ? want : this.bufferSize);
      if (d === null) {
        if (got === 0) return None;
        break;
      }
      if (d.length === 0) break;
      if (d.length > want) {
        parts.push(d.slice(0, want));
        this.rbuf = d;
        this.rpos = want;
        got = n;
      } else {
        parts.push(d);
        got += d.length;
      }
    }
    return new PyBytes(concat(parts));
  }
  read1(n: number): Value {
    this.checkClosed('read');
    if (n < 0) n = this.bufferSize;
    if (this.kind & W) this.flushWrites();
    if (n === 0) return new PyBytes(new Uint8Array(0));
    if (this.avail > 0) return new PyBytes(this.takeBuffered(n).slice());
    const d = this.rawRead(Math.max(n, this.bufferSize));
    if (d === null) return None;
    if (d.length > n) {
      this.rbuf = d;
      this.rpos = n;
      return new PyBytes(d.slice(0, n));
    }
    return new PyBytes(d);
  }
  peek(): Uint8Array {
    this.checkClosed('peek');
    if (this.kind & W) this.flushWrites();
    if (this.avail === 0) this.fill(this.bufferSize);
    return this.rbuf.slice(this.rpos);
  }
  readline(limit: number): Uint8Array {
    this.checkClosed('readline');
    if (this.kind & W) this.flushWrites();
    let scanFrom = this.rpos;
    for (;;) {
      const nl = this.rbuf.indexOf(10, scanFrom);
      if (nl >= 0 && (limit < 0 || nl + 1 - this.rpos <= limit)) return this.takeBuffered(nl + 1 - this.rpos).slice();
      if (limit >= 0 && this.avail >= limit) return this.takeBuffered(limit).slice();
      scanFrom = this.rbuf.length;
      const before = this.rpos;
      const more = this.fill(this.bufferSize);
      scanFrom -= before;
      if (!more) return this.takeBuffered(limit < 0 ? this.avail : limit).slice();
    }
  }
  write(d: Uint8Array): number {
    if (this.rawClosed()) throw valueError('write to closed file');
    if ((this.kind & R) && this.avail > 0) this.dropReadAhead();
    else if (this.kind & R) {
      this.rbuf = new Uint8Array(0);
      this.rpos = 0;
    }
    this.wbuf.push(d.slice());
    this.wlen += d.length;
    if (this.wlen > this.bufferSize) this.flushWrites();
    else if (this.native === null || this.native.fd > 2) dirtyBuffered.add(this);
    return d.length;
  }
  flush(): void {
    if (this.kind & W) {
      if (this.rawClosed()) throw valueError('flush of closed file');
      this.flushWrites();
    } else this.checkClosed('flush');
    this.native?.flushChannel();
  }
  seek(pos: number, whence: number): number {
    if (whence < 0 || whence > 2) throw valueError(`whence value ${whence} unsupported`);
    this.checkClosed('seek');
    if (this.kind & W) this.flushWrites();
    if (whence === 1) pos -= this.avail;
    this.rbuf = new Uint8Array(0);
    this.rpos = 0;
    return this.rawSeek(pos, whence);
  }
  tell(): number {
    const p = this.rawTell() - this.avail + this.wlen;
    return p < 0 ? 0 : p;
  }
  truncate(pos: Value): Value {
    this.checkClosed('truncate');
    if (this.kind & W) this.flushWrites();
    if (this.kind & R && this.avail > 0) this.dropReadAhead();
    const p = pos === None ? this.tell() : pos;
    const r = callMethod(this.raw!, 'truncate', [p]);
    return r;
  }
  close(): void {
    const raw = this.attached();
    if (this.rawClosed()) return;
    let err: unknown = null;
    try {
      if (this.kind & W) this.flushWrites();
    } catch (e) {
      err = e;
    }
    this.rbuf = new Uint8Array(0);
    this.rpos = 0;
    try {
      if (this.native !== null) this.native.close();
      else callMethod(raw, 'close', []);
    } catch (e) {
      if (err === null) err = e;
    }
    if (err !== null) throw err;
  }
}

function bufferedInit(self: PyBuffered, raw: Value, size: Value): void {
  const kind = self.cls.mro.includes(bufferedRandomType) ? R | W : self.cls.mro.includes(bufferedWriterType) ? W : R;
  const bs = size === None ? DEFAULT_BUFFER_SIZE : Number(intValue(size) ?? DEFAULT_BUFFER_SIZE);
  if (kind & R && !truthy(callMethod(raw, 'readable', []))) unsupported('File or stream is not readable.');
  if (kind & W && !truthy(callMethod(raw, 'writable', []))) unsupported('File or stream is not writable.');
  if (kind === (R | W) && !truthy(callMethod(raw, 'seekable', []))) unsupported('File or stream is not seekable.');
  if (bs <= 0) throw valueError('buffer size must be strictly positive');
  self.kind = kind;
  self.raw = raw;
  self.native = raw instanceof PyFileIO && !raw.cls.isHeap() ? raw : null;
  self.bufferSize = bs;
  self.rbuf = new Uint8Array(0);
  self.rpos = 0;
  self.wbuf = [];
  self.wlen = 0;
  self.ok = true;
  self.detached = false;
}

function rawRepr(self: Value, tname: string): string {
  let nm: Value | undefined;
  try {
    nm = getAttrOpt(self, 'name');
  } catch (e) {
    if (!isExcInstance(e, ValueError)) throw e;
  }
  return nm === undefined ? `<${tname}>` : `<${tname} name=${repr(nm)}>`;
}

// --- BufferedRWPair -------------------------------------------------------------------------------

export class PyRWPair extends PyObject {
  reader: PyBuffered | null = null;
  writer: PyBuffered | null = null;
  constructor(cls: PyType) {
    super(cls);
  }
  r(): PyBuffered {
    if (this.reader === null) throw valueError('I/O operation on uninitialized object');
    return this.reader;
  }
  w(): PyBuffered {
    if (this.writer === null) throw valueError('I/O operation on uninitialized object');
    return this.writer;
  }
}

// --- text codecs for TextIOWrapper ----------------------------------------------------------------

interface TextDecoderState {
  decode(b: Uint8Array, final: boolean): string;
  reset(): void;
  /** Bytes received but not yet decoded. */
  held(): number;
}

interface TextEncoderState {
  encode(s: string): Uint8Array;
  /** Bytes of `s` in the middle of a stream (no BOM), for tell(). */
  byteLength(s: string): number;
  reset(): void;
}

const NATIVE_CODECS = new Set(['utf-8', 'utf-8-sig', 'ascii', 'latin-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']);

function nativeCodec(encoding: string): string | null {
  try {
    const n = normalizeEncoding(encoding);
    return NATIVE_CODECS.has(n) ? n : null;
  } catch {
    return null;
  }
}

/** Bytes kept back at the end of a chunk: an incomplete UTF-8 sequence, or odd UTF-16/32 units. */
export function incompleteTail(b: Uint8Array, enc: string): number {
  if (enc === 'utf-8' || enc === 'utf-8-sig') {
    const n = b.length;
    for (let k = 1; k <= 3 && k <= n; k++) {
      const c = b[n - k]!;
      if ((c & 0xc0) === 0x80) continue;
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
      return need > k ? k : 0;
    }
    return 0;
  }
  if (enc.startsWith('utf-16')) {
    let r = b.length % 2;
    // a high surrogate at the end waits for its partner
    const n = b.length - r;
    if (n >= 2) {
      const le = enc !== 'utf-16-be';
      const u = le ? b[n - 2]! | (b[n - 1]! << 8) : (b[n - 2]! << 8) | b[n - 1]!;
      if (u >= 0xd800 && u <= 0xdbff) r += 2;
    }
    return r;
  }
  if (enc.startsWith('utf-32')) return b.length % 4;
  return 0;
}

function nativeDecoder(enc: string, errors: string): TextDecoderState {
  let pending = new Uint8Array(0);
  let first = true;
  let streamEnc = enc;
  return {
    decode(b: Uint8Array, final: boolean): string {
      let data = pending.length ? concat([pending, b]) : b;
      if (first) {
        if (enc === 'utf-16' || enc === 'utf-32' || enc === 'utf-8-sig') {
          const need = enc === 'utf-32' ? 4 : enc === 'utf-16' ? 2 : 3;
          if (data.length < need && !final) {
            pending = data.slice();
            return '';
          }
          if (enc === 'utf-8-sig') {
            if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) data = data.subarray(3);
            streamEnc = 'utf-8';
          } else if (enc === 'utf-16') {
            if (data[0] === 0xfe && data[1] === 0xff) {
              streamEnc = 'utf-16-be';
              data = data.subarray(2);
            } else {
              streamEnc = 'utf-16-le';
              if (data[0] === 0xff && data[1] === 0xfe) data = data.subarray(2);
            }
          } else {
            if (data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff) {
              streamEnc = 'utf-32-be';
              data = data.subarray(4);
            } else {
              streamEnc = 'utf-32-le';
              if (data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0) data = data.subarray(4);
            }
          }
        }
        first = false;
      }
      const keep = final ? 0 : incompleteTail(data, streamEnc);
      pending = keep ? data.slice(data.length - keep) : new Uint8Array(0);
      const body = keep ? data.subarray(0, data.length - keep) : data;
      return body.length ? decodeBytes(body, streamEnc, errors) : '';
    },
    reset(): void {
      pending = new Uint8Array(0);
      first = true;
      streamEnc = enc;
    },
    held(): number {
      return pending.length;
    },
  };
}

function nativeEncoder(enc: string, errors: string): TextEncoderState {
  let first = true;
  const mid = enc === 'utf-16' ? 'utf-16-le' : enc === 'utf-32' ? 'utf-32-le' : enc === 'utf-8-sig' ? 'utf-8' : enc;
  const fastUtf8 = (enc === 'utf-8' || mid === 'utf-8') && errors === 'strict';
  const enc1 = (s: string, e: string): Uint8Array => {
    if (fastUtf8 && e === 'utf-8' && !/[\ud800-\udfff]/.test(s)) return Buffer.from(s, 'utf8');
    return encodeStr(s, e, errors);
  };
  return {
    encode(s: string): Uint8Array {
      if (first) {
        first = false;
        return enc1(s, enc);
      }
      return enc1(s, mid);
    },
    byteLength(s: string): number {
      if (mid === 'utf-8' && !/[\ud800-\udfff]/.test(s)) return Buffer.byteLength(s, 'utf8');
      if (mid === 'latin-1' || mid === 'ascii') return s.length;
      return encodeStr(s, mid, errors).length;
    },
    reset(): void {
      first = true;
    },
  };
}

function codecsModule(): Value {
  return importAbs('codecs');
}

function pyDecoder(encoding: string, errors: string): TextDecoderState {
  const factory = callMethod(codecsModule(), 'getincrementaldecoder', [encoding]);
  const dec = call(factory, [errors]);
  return {
    decode(b: Uint8Array, final: boolean): string {
      const r = callMethod(dec, 'decode', [new PyBytes(b.slice()), final]);
      const s = strValue(r);
      if (s === undefined) throw typeError(`decoder should return a string result, not '${typeOf(r).name}'`);
      return s;
    },
    reset(): void {
      callMethod(dec, 'reset', []);
    },
    held(): number {
      try {
        const st = toArray(callMethod(dec, 'getstate', []));
        const d = bufferData(st[0]!);
        return d === null ? 0 : d.length;
      } catch {
        return 0;
      }
    },
  };
}

function pyEncoder(encoding: string, errors: string): TextEncoderState {
  const factory = callMethod(codecsModule(), 'getincrementalencoder', [encoding]);
  const enc = call(factory, [errors]);
  return {
    encode(s: string): Uint8Array {
      const r = callMethod(enc, 'encode', [s]);
      if (!(r instanceof PyBytes)) throw typeError(`encoder should return a bytes object, not '${typeOf(r).name}'`);
      return r.data;
    },
    byteLength(s: string): number {
      const r = callMethod(codecsModule(), 'encode', [s, encoding, errors]);
      return bytesLike(r).length;
    },
    reset(): void {
      callMethod(enc, 'reset', []);
    },
  };
}

/** codecs.lookup(encoding).name, raising LookupError for unknown encodings. */
function checkEncoding(encoding: string): void {
  if (nativeCodec(encoding) !== null) return;
  const info = callMethod(codecsModule(), 'lookup', [encoding]);
  const isText = getAttrOpt(info, '_is_text_encoding');
  if (isText !== undefined && !truthy(isText)) {
    throw newExc(LookupError, `'${encoding}' is not a text encoding; use codecs.open() to handle arbitrary codecs`);
  }
}

// --- TextIOWrapper --------------------------------------------------------------------------------

/** A text stream over a binary buffer (open() in text mode, sys.stdout, ...). */
export class PyTextIO extends PyObject {
  buffer: Value | null = null;
  nativeBuf: PyBuffered | null = null;
  encoding = 'utf-8';
  errors = 'strict';
  newline: string | null = null;
  readUniversal = true;
  readTranslate = true;
  writeNl: string | null = null;
  lineBuffering = false;
  writeThrough = false;
  chunkSize = 8192;
  hasRead = false;
  hasWrite = false;
  seekableFlag = false;
  detached = false;
  ok = false;
  decoder: TextDecoderState | null = null;
  encoder: TextEncoderState | null = null;
  /** Pending output: strings (UTF-8 fast path) or encoded bytes. */
  pending: Uint8Array[] = [];
  pendingCount = 0;
  /** Decoded input not yet consumed: decoded[dpos:] (after newline translation). */
  decoded = '';
  dpos = 0;
  /** Positions in `decoded` where a '\r\n' was translated to '\n' (for tell()). */
  collapsed: number[] = [];
  pendingCR = false;
  seenNl = 0;
  /** sys.stdin / stdout / stderr (their buffering follows CPython's exactly). */
  isStd = false;
  /** A write-through standard stream: its raw FileIO and the descriptor's channel. */
  direct: PyFileIO | null = null;
  /** Bytes the decoder holds back (for tell()). */
  heldBytes = 0;
  constructor(cls: PyType = textIOWrapperType) {
    super(cls);
  }

  attached(): Value {
    if (this.buffer === null) {
      if (this.detached) throw valueError('underlying buffer has been detached');
      throw valueError('I/O operation on uninitialized object');
    }
    return this.buffer;
  }
  get closed(): boolean {
    const b = this.attached();
    if (this.nativeBuf !== null) return this.nativeBuf.rawClosed();
    return isClosed(b);
  }
  checkClosed(): void {
    if (this.closed) throw valueError('I/O operation on closed file.');
  }

  // writing
  write(s: string): number {
    this.writeText(s);
    return cpLen(s);
  }
  /** write() without its result (print's path). */
  writeText(s: string): void {
    const direct = this.direct;
    if (direct !== null && direct.fd >= 0 && this.encoder !== null && !fdPositions.has(direct.fd)) {
      // a standard stream written through to its descriptor (PYTHONUNBUFFERED)
      const ch = channel(direct.fd);
      ch.write(this.encoder.encode(s));
      if (this.lineBuffering && (s.includes('\n') || s.includes('\r'))) ch.flush();
      return;
    }
    this.checkClosed();
    if (!this.hasWrite) unsupported('not writable');
    const haslf = s.includes('\n');
    let text = s;
    if (haslf && this.writeNl !== null && this.writeNl !== '\n') text = s.replaceAll('\n', this.writeNl);
    const needflush = this.lineBuffering && (haslf || text.includes('\r'));
    if (this.decoded.length || this.pendingCR || this.heldBytes) this.resetRead();
    this.pending.push(this.encoder!.encode(text));
    this.pendingCount += text.length;
    if (this.pendingCount > this.chunkSize || needflush || this.writeThrough) this.flushPending();
    else if (!this.isStd) dirtyText.add(this);
    if (needflush) this.flushBuffer();
  }
  flushPending(): void {
    dirtyText.delete(this);
    if (this.pending.length === 0) return;
    const data = concat(this.pending);
    this.pending = [];
    this.pendingCount = 0;
    if (this.nativeBuf !== null) this.nativeBuf.write(data);
    else callMethod(this.buffer!, 'write', [new PyBytes(data)]);
  }
  flushBuffer(): void {
    if (this.nativeBuf !== null) this.nativeBuf.flush();
    else callMethod(this.buffer!, 'flush', []);
  }
  flush(): void {
    this.attached();
    this.checkClosed();
    this.flushPending();
    this.flushBuffer();
  }

  // reading
  resetRead(): void {
    this.decoded = '';
    this.dpos = 0;
    this.collapsed = [];
    this.pendingCR = false;
    this.heldBytes = 0;
    this.decoder?.reset();
  }
  checkReadable(): void {
    this.checkClosed();
    if (!this.hasRead) unsupported('not readable');
  }
  private bufRead(n: number): Uint8Array | null {
    if (this.nativeBuf !== null) {
      const r = this.nativeBuf.read1(n);
      return r === None ? null : (r as PyBytes).data;
    }
    const b = this.buffer!;
    const r = getAttrOpt(b, 'read1') !== undefined ? callMethod(b, 'read1', [n]) : callMethod(b, 'read', [n]);
    if (r === None) return null;
    if (!(r instanceof PyBytes || r instanceof PyByteArray || r instanceof PyMemoryView)) {
      throw typeError(`underlying read1() should have returned a bytes-like object, not '${typeOf(r).name}'`);
    }
    return bytesLike(r);
  }
  private bufReadAll(): Uint8Array {
    if (this.nativeBuf !== null) {
      const r = this.nativeBuf.read(-1);
      return r === None ? new Uint8Array(0) : (r as PyBytes).data;
    }
    const r = callMethod(this.buffer!, 'read', []);
    if (r === None) return new Uint8Array(0);
    return bytesLike(r);
  }
  /** Newline handling of freshly decoded text; appends to `decoded`. */
  private addDecoded(text: string, final: boolean): void {
    if (this.pendingCR) {
      text = '\r' + text;
      this.pendingCR = false;
    }
    if (!final && this.newline !== '\n' && text.endsWith('\r')) {
      text = text.slice(0, -1);
      this.pendingCR = true;
    }
    if (this.readUniversal && text.includes('\r')) {
      if (text.includes('\r\n')) this.seenNl |= 4;
      if (/\r(?!\n)/.test(text)) this.seenNl |= 1;
    }
    if (this.readUniversal && text.includes('\n') && /(^|[^\r])\n/.test(text)) this.seenNl |= 2;
    if (this.dpos > 0 && this.dpos >= this.decoded.length) {
      this.decoded = '';
      this.dpos = 0;
      this.collapsed = [];
    }
    if (this.readTranslate && text.includes('\r')) {
      // keep the unconsumed text only
      if (this.dpos > 0) this.compact();
      let out = '';
      let last = 0;
      const base = this.decoded.length;
      for (let i = 0; i < text.length; i++) {
        if (text.charCodeAt(i) !== 13) continue;
        out += text.slice(last, i) + '\n';
        if (text.charCodeAt(i + 1) === 10) {
          this.collapsed.push(base + out.length - 1);
          i++;
        }
        last = i + 1;
      }
      text = out + text.slice(last);
    }
    this.decoded += text;
  }
  private compact(): void {
    if (this.dpos === 0) return;
    const d = this.dpos;
    this.decoded = this.decoded.slice(d);
    this.collapsed = this.collapsed.filter((p) => p >= d).map((p) => p - d);
    this.dpos = 0;
  }
  /** Reads and decodes one chunk: 0 at end of file, 1 with more text, 2 when the buffer would block. */
  readChunk(size = this.chunkSize): number {
    const b = this.bufRead(size);
    if (b === null) return 2;
    const final = b.length === 0;
    const text = this.decoder!.decode(b, final);
    this.heldBytes = this.decoder!.held();
    if (this.dpos > 1 << 16) this.compact();
    this.addDecoded(text, final);
    return final ? 0 : 1;
  }
  private encodedLen(text: string): number {
    return this.encoder!.byteLength(text);
  }
  take(units: number): string {
    const r = this.decoded.slice(this.dpos, this.dpos + units);
    this.dpos += r.length;
    if (this.dpos >= this.decoded.length && this.decoded.length > 0) {
      this.decoded = '';
      this.dpos = 0;
      this.collapsed = [];
    }
    return r;
  }
  read(n: number): string {
    this.attached();
    this.checkReadable();
    this.flushPending();
    if (n < 0) {
      const rest = this.bufReadAll();
      const text = this.decoder!.decode(rest, true);
      this.addDecoded(text, true);
      const r = this.decoded.slice(this.dpos);
      this.decoded = '';
      this.dpos = 0;
      this.collapsed = [];
      this.heldBytes = 0;
      return r;
    }
    for (;;) {
      const avail = this.decoded.length - this.dpos;
      if (avail >= 2 * n || (avail >= n && cpLen(this.decoded.slice(this.dpos, this.dpos + 2 * n)) >= n)) break;
      if (this.readChunk() !== 1) break;
    }
    const seg = this.decoded.slice(this.dpos, this.dpos + n * 2);
    return this.take(cpToUnit(seg, n));
  }
  readline(limit = -1): string {
    this.attached();
    this.checkReadable();
    this.flushPending();
    let from = this.dpos;
    for (;;) {
      const d = this.decoded;
      let end = -1;
      if (this.readTranslate || this.newline === '\n') {
        const i = d.indexOf('\n', from);
        if (i >= 0) end = i + 1;
      } else if (this.readUniversal) {
        for (let i = from; i < d.length; i++) {
          const c = d.charCodeAt(i);
          if (c === 10) {
            end = i + 1;
            break;
          }
          if (c === 13) {
            end = d.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
            break;
          }
        }
      } else {
        const i = d.indexOf(this.newline!, from);
        if (i >= 0) end = i + this.newline!.length;
      }
      if (end >= 0) {
        if (limit >= 0 && cpLen(d.slice(this.dpos, end)) > limit) return this.take(cpToUnit(d.slice(this.dpos), limit));
        return this.take(end - this.dpos);
      }
      if (limit >= 0 && cpLen(d.slice(this.dpos)) >= limit) return this.take(cpToUnit(d.slice(this.dpos), limit));
      const scanned = d.length - this.dpos;
      if (this.readChunk() !== 1) return this.take(this.decoded.length - this.dpos);
      from = this.dpos + scanned;
    }
  }
  tell(): number {
    this.attached();
    this.checkClosed();
    if (!this.seekableFlag) unsupported('underlying stream is not seekable');
    this.flush();
    const pos = Number(intValue(this.nativeBuf !== null ? this.nativeBuf.tell() : callMethod(this.buffer!, 'tell', []))!);
    if (this.decoder === null) return pos;
    const rest = this.decoded.slice(this.dpos);
    let back = this.heldBytes + (this.pendingCR ? this.encodedLen('\r') : 0);
    if (rest.length) {
      back += this.encodedLen(rest);
      for (const p of this.collapsed) if (p >= this.dpos) back++;
    }
    return pos - back;
  }
  seek(cookie: Value, whence: number): Value {
    this.attached();
    this.checkClosed();
    if (!this.seekableFlag) unsupported('underlying stream is not seekable');
    const buf = this.buffer!;
    const isZero = (v: Value): boolean => {
      const c = intValue(v);
      return c !== undefined && Number(c) === 0;
    };
    if (whence === 1) {
      if (!isZero(cookie)) unsupported("can't do nonzero cur-relative seeks");
      cookie = this.tell();
      whence = 0;
    } else if (whence === 2) {
      if (!isZero(cookie)) unsupported("can't do nonzero end-relative seeks");
      this.flush();
      this.resetRead();
      this.encoder?.reset();
      const r = this.nativeBuf !== null ? this.nativeBuf.seek(0, 2) : callMethod(buf, 'seek', [0, 2]);
      return r;
    } else if (whence !== 0) {
      throw valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    }
    const c = intValue(cookie);
    if (c === undefined) throw typeError(`an integer is required`);
    if (c < 0) throw valueError(`negative seek position ${repr(cookie)}`);
    this.flush();
    this.resetRead();
    if (this.nativeBuf !== null) this.nativeBuf.seek(Number(c), 0);
    else callMethod(buf, 'seek', [cookie]);
    if (c !== 0 && c !== 0n) this.encoder?.reset();
    return cookie;
  }
  close(): void {
    const b = this.attached();
    if (this.closed) return;
    let err: unknown = null;
    try {
      this.flush();
    } catch (e) {
      err = e;
    }
    try {
      if (this.nativeBuf !== null) this.nativeBuf.close();
      else callMethod(b, 'close', []);
    } catch (e) {
      if (err === null) err = e;
    }
    if (err !== null) throw err;
  }
  newlinesValue(): Value {
    if (!this.readUniversal || this.decoder === null) return None;
    const kinds: string[] = [];
    if (this.seenNl & 1) kinds.push('\r');
    if (this.seenNl & 2) kinds.push('\n');
    if (this.seenNl & 4) kinds.push('\r\n');
    if (kinds.length === 0) return None;
    if (kinds.length === 1) return kinds[0]!;
    return tuple(kinds);
  }
}

function setNewline(self: PyTextIO, nl: Value): void {
  let newline: string | null = null;
  if (nl !== None) {
    const s = strValue(nl);
    if (s === undefined) throw typeError(`TextIOWrapper() argument 'newline' must be str or None, not ${typeOf(nl).name}`);
    if (!['', '\n', '\r', '\r\n'].includes(s)) throw valueError(`illegal newline value: ${repr(nl)}`);
    newline = s;
  }
  self.newline = newline;
  self.readUniversal = newline === null || newline === '';
  self.readTranslate = newline === null;
  self.writeNl = newline === null ? '\n' : newline === '' ? null : newline;
}

function setCodec(self: PyTextIO, encoding: string, errors: string): void {
  const native = nativeCodec(encoding);
  if (native === null) checkEncoding(encoding);
  self.encoding = encoding;
  self.errors = errors;
  self.decoder = self.hasRead ? (native !== null ? nativeDecoder(native, errors) : pyDecoder(encoding, errors)) : null;
  self.encoder = native !== null ? nativeEncoder(native, errors) : pyEncoder(encoding, errors);
}

function textInit(self: PyTextIO, buffer: Value, encodingV: Value, errorsV: Value, newlineV: Value, lineBuffering: Value, writeThrough: Value): void {
  self.ok = false;
  self.detached = false;
  let encoding: string;
  if (encodingV === None || encodingV === 'locale') encoding = 'UTF-8';
  else {
    const e = strValue(encodingV);
    if (e === undefined) throw typeError(`TextIOWrapper() argument 'encoding' must be str or None, not ${typeOf(encodingV).name}`);
    if (e.includes('\0')) throw valueError('embedded null character');
    encoding = e;
  }
  let errors = 'strict';
  if (errorsV !== None) {
    const e = strValue(errorsV);
    if (e === undefined) throw typeError(`TextIOWrapper() argument 'errors' must be str or None, not ${typeOf(errorsV).name}`);
    errors = e;
  }
  setNewline(self, newlineV);
  self.buffer = buffer;
  self.nativeBuf = buffer instanceof PyBuffered && !buffer.cls.isHeap() ? buffer : null;
  self.hasRead = truthy(callMethod(buffer, 'readable', []));
  self.hasWrite = truthy(callMethod(buffer, 'writable', []));
  self.seekableFlag = truthy(callMethod(buffer, 'seekable', []));
  self.lineBuffering = truthy(lineBuffering);
  self.writeThrough = truthy(writeThrough);
  self.pending = [];
  self.pendingCount = 0;
  self.resetRead();
  self.seenNl = 0;
  setCodec(self, encoding, errors);
  // a BOM is written only at the start of a stream
  if (self.seekableFlag && self.hasWrite) {
    try {
      const pos = self.nativeBuf !== null ? self.nativeBuf.tell() : Number(intValue(callMethod(buffer, 'tell', [])) ?? 0);
      if (pos !== 0) self.encoder!.encode('');
    } catch {
      // unknown position: keep the BOM
    }
  }
  self.ok = true;
}

// --- StringIO / BytesIO ---------------------------------------------------------------------------

export class PyStringIO extends PyObject {
  value = '';
  pos = 0;
  closed = false;
  newline: string | null = '\n';
  seenNl = 0;
  constructor(cls: PyType = stringIOType) {
    super(cls);
  }
  check(): void {
    if (this.closed) throw valueError('I/O operation on closed file.');
  }
}

export class PyBytesIO extends PyObject {
  value: Uint8Array = new Uint8Array(0);
  len = 0;
  pos = 0;
  closed = false;
  exports = 0;
  constructor(cls: PyType = bytesIOType) {
    super(cls);
  }
  check(): void {
    if (this.closed) throw valueError('I/O operation on closed file.');
  }
  write(d: Uint8Array): number {
    this.check();
    const need = this.pos + d.length;
    if (need > this.value.length) {
      const nv = new Uint8Array(Math.max(need, this.value.length * 2, 16));
      nv.set(this.value.subarray(0, this.len));
      this.value = nv;
    }
    if (this.pos > this.len) this.value.fill(0, this.len, this.pos);
    this.value.set(d, this.pos);
    this.pos = need;
    if (need > this.len) this.len = need;
    return d.length;
  }
  read(k: number): Uint8Array {
    this.check();
    const end = k < 0 ? this.len : Math.min(this.len, this.pos + k);
    if (this.pos >= end) return new Uint8Array(0);
    const r = this.value.slice(this.pos, end);
    this.pos = end;
    return r;
  }
  readline(k: number): Uint8Array {
    this.check();
    if (this.pos >= this.len) return new Uint8Array(0);
    const v = this.value.subarray(0, this.len);
    let end = v.indexOf(10, this.pos);
    end = end < 0 ? this.len : end + 1;
    if (k >= 0 && end - this.pos > k) end = this.pos + k;
    const r = v.slice(this.pos, end);
    this.pos = end;
    return r;
  }
}

// --- open() ---------------------------------------------------------------------------------------

export function openFile(args: Value[], kw: readonly string[] | null): Value {
  const p = bindKw('open', args, kw, ['file'], { mode: 'r', buffering: -1, encoding: None, errors: None, newline: None, closefd: true, opener: None }, ['mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'], true);
  const file = p['file']!;
  const modeV = p['mode']!;
  const mode = strValue(modeV);
  if (mode === undefined) throw typeError(`open() argument 'mode' must be str, not ${typeOf(modeV).name}`);
  const bufV = p['buffering']!;
  const bi = intValue(bufV);
  if (bi === undefined) throw typeError(`'${typeOf(bufV).name}' object cannot be interpreted as an integer`);
  let buffering = Number(bi);
  const encoding = p['encoding']!;
  const errors = p['errors']!;
  const newline = p['newline']!;
  if (encoding !== None && strValue(encoding) === undefined) throw typeError(`open() argument 'encoding' must be str or None, not ${typeOf(encoding).name}`);
  if (errors !== None && strValue(errors) === undefined) throw typeError(`open() argument 'errors' must be str or None, not ${typeOf(errors).name}`);
  if (newline !== None && strValue(newline) === undefined) throw typeError(`open() argument 'newline' must be str or None, not ${typeOf(newline).name}`);
  let path = file;
  if (typeof file !== 'number' && typeof file !== 'bigint' && typeof file !== 'boolean' && strValue(file) === undefined && !(file instanceof PyBytes)) {
    const fsp = getAttrOpt(typeOf(file), '__fspath__');
    if (fsp !== undefined) path = call(fsp, [file]);
    else if (intValue(file) === undefined && !(typeOf(file).name === 'float')) throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(file).name}`);
  }
  let creating = false;
  let reading = false;
  let writing = false;
  let appending = false;
  let updating = false;
  let text = false;
  let binary = false;
  const seen = new Set<string>();
  for (const c of mode) {
    if (!'xrwa+tb'.includes(c) || seen.has(c)) throw valueError(`invalid mode: '${mode}'`);
    seen.add(c);
    if (c === 'x') creating = true;
    else if (c === 'r') reading = true;
    else if (c === 'w') writing = true;
    else if (c === 'a') appending = true;
    else if (c === '+') updating = true;
    else if (c === 't') text = true;
    else binary = true;
  }
  if (text && binary) throw valueError("can't have text and binary mode at once");
  if (Number(creating) + Number(reading) + Number(writing) + Number(appending) > 1) throw valueError('must have exactly one of create/read/write/append mode');
  if (!(creating || reading || writing || appending)) throw valueError('Must have exactly one of create/read/write/append mode and at most one plus');
  if (binary && encoding !== None) throw valueError("binary mode doesn't take an encoding argument");
  if (binary && errors !== None) throw valueError("binary mode doesn't take an errors argument");
  if (binary && newline !== None) throw valueError("binary mode doesn't take a newline argument");
  const rawmode = (creating ? 'x' : reading ? 'r' : writing ? 'w' : 'a') + (updating ? '+' : '');
  const raw = new PyFileIO(fileIOType);
  fileIOInit(raw, path, rawmode, truthy(p['closefd']!), p['opener']!);
  try {
    let lineBuffering = false;
    const tty = isatty(raw.fd);
    if (buffering === 1 || (buffering < 0 && tty)) {
      buffering = -1;
      lineBuffering = true;
    }
    if (buffering < 0) buffering = DEFAULT_BUFFER_SIZE;
    if (buffering === 0) {
      if (binary) return raw;
      throw valueError("can't have unbuffered text I/O");
    }
    const btype = updating ? bufferedRandomType : creating || writing || appending ? bufferedWriterType : bufferedReaderType;
    const buf = new PyBuffered(btype);
    bufferedInit(buf, raw, buffering);
    if (binary) return buf;
    const t = new PyTextIO(textIOWrapperType);
    textInit(t, buf, encoding, errors, newline, lineBuffering, false);
    (t.dict ??= newDict()).setStr('mode', mode);
    return t;
  } catch (e) {
    try {
      raw.close();
    } catch {
      // the first error wins
    }
    throw e;
  }
}

/** The standard streams, as CPython's create_stdio makes them. */
export function makeStdStream(fd: number, name: string, write: boolean, errors: string): PyTextIO {
  const raw = new PyFileIO(fileIOType);
  raw.fd = fd;
  raw.readable = !write;
  raw.writable = write;
  raw.closefd = false;
  (raw.dict ??= newDict()).setStr('name', name);
  const unbuffered = !!process.env['PYTHONUNBUFFERED'];
  const tty = isatty(fd);
  let buffer: Value = raw;
  let native: PyBuffered | null = null;
  if (!(unbuffered && write)) {
    native = new PyBuffered(write ? bufferedWriterType : bufferedReaderType);
    bufferedInit(native, raw, DEFAULT_BUFFER_SIZE);
    buffer = native;
  }
  const t = new PyTextIO(textIOWrapperType);
  if (native === null) {
    // unbuffered binary layer: TextIOWrapper writes through to FileIO
    const shim = new PyBuffered(bufferedWriterType);
    bufferedInit(shim, raw, 1);
    shim.bufferSize = 0;
    textInit(t, raw, 'utf-8', errors, '\n', false, true);
    t.nativeBuf = shim;
    t.writeThrough = true;
    t.direct = raw;
  } else {
    textInit(t, buffer, 'utf-8', errors, '\n', tty || fd === 2, false);
  }
  t.isStd = true;
  if (fd === 2) t.lineBuffering = true;
  if (fd === 1 && tty) t.lineBuffering = true;
  (t.dict ??= newDict()).setStr('mode', write ? 'w' : 'r');
  return t;
}

// --- methods --------------------------------------------------------------------------------------

const CLOSED_ATTR = '__IOBase_closed';

function iobaseClosed(self: Value): boolean {
  if (typeof self !== 'object' || self.dict === null) return false;
  const v = self.dict.getStr(CLOSED_ATTR);
  return v !== undefined && truthy(v);
}

/** Per-interpreter state (tests run several interpreters in one process). */
export function resetIOState(): void {
  dirtyText.clear();
  dirtyBuffered.clear();
}

export function initIO(): void {
  initIOBase();
  initFileIO();
  initBuffered();
  initRWPair();
  initText();
  initStringIO();
  initBytesIO();
}

function initIOBase(): void {
  const B = iobaseType;
  getset(B, 'closed', (self: Value) => iobaseClosed(self));
  getset(B, '__dict__', (self: PyObject) => (self.dict ??= newDict()));
  methodRaw(B, 'close', (args) => {
    const self = args[0]!;
    if (iobaseClosed(self)) return None;
    try {
      callMethod(self, 'flush', []);
    } finally {
      setAttr(self, CLOSED_ATTR, true);
    }
    return None;
  });
  method(B, 'flush', 0, 0, (self: Value) => {
    if (isClosed(self)) throw valueError('I/O operation on closed file.');
    return None;
  });
  method(B, 'seek', 0, 2, () => unsupported('seek'));
  method(B, 'tell', 0, 0, (self: Value) => callMethod(self, 'seek', [0, 1]));
  method(B, 'truncate', 0, 1, () => unsupported('truncate'));
  method(B, 'fileno', 0, 0, () => unsupported('fileno'));
  method(B, 'isatty', 0, 0, (self: Value) => {
    checkClosedGeneric(self);
    return false;
  });
  for (const n of ['readable', 'writable', 'seekable']) method(B, n, 0, 0, () => false);
  method(B, '_checkClosed', 0, 1, (self: Value) => {
    checkClosedGeneric(self);
    return None;
  });
  method(B, '_checkReadable', 0, 1, (self: Value) => {
    if (!truthy(callMethod(self, 'readable', []))) unsupported('File or stream is not readable.');
    return None;
  });
  method(B, '_checkWritable', 0, 1, (self: Value) => {
    if (!truthy(callMethod(self, 'writable', []))) unsupported('File or stream is not writable.');
    return None;
  });
  method(B, '_checkSeekable', 0, 1, (self: Value) => {
    if (!truthy(callMethod(self, 'seekable', []))) unsupported('File or stream is not seekable.');
    return None;
  });
  method(B, '__enter__', 0, 0, (self: Value) => {
    checkClosedGeneric(self);
    return self;
  });
  methodRaw(B, '__exit__', (args) => callMethod(args[0]!, 'close', []));
  method(B, '__iter__', 0, 0, (self: Value) => {
    checkClosedGeneric(self);
    return self;
  });
  method(B, '__next__', 0, 0, (self: Value) => {
    const line = callMethod(self, 'readline', []);
    if ((typeof line === 'string' && line === '') || (line instanceof PyBytes && line.data.length === 0) || (line instanceof PyByteArray && line.length === 0)) {
      throw newExc(StopIteration);
    }
    return line;
  });
  method(B, 'readline', 0, 1, (self: Value, sizeV) => {
    const limit = sizeArg(sizeV);
    const out: number[] = [];
    const peek = getAttrOpt(self, 'peek');
    while (limit < 0 || out.length < limit) {
      let n = 1;
      if (peek !== undefined) {
        const ahead = call(peek, [1]);
        const d = bufferData(ahead);
        if (d !== null && d.length) {
          const nl = d.indexOf(10);
          n = nl >= 0 ? nl + 1 : d.length;
          if (limit >= 0) n = Math.min(n, limit - out.length);
        }
      }
      const b = callMethod(self, 'read', [n]);
      if (b === None) break;
      const d = bufferData(b);
      if (d === null) throw newExc(OSError, `read() should have returned a bytes object, not '${typeOf(b).name}'`);
      if (d.length === 0) break;
      for (const x of d) out.push(x);
      if (out[out.length - 1] === 10) break;
    }
    return new PyBytes(Uint8Array.from(out));
  });
  method(B, 'readlines', 0, 1, (self: Value, hintV) => {
    const hint = sizeArg(hintV);
    const out: Value[] = [];
    let total = 0;
    const it = getIter(self);
    for (;;) {
      const line = iterNext(it);
      if (line === undefined) break;
      out.push(line);
      if (hint > 0) {
        total += Number(intValue(callMethod(line, '__len__', [])) ?? 0);
        if (total >= hint) break;
      }
    }
    return new PyList(out);
  });
  method(B, 'writelines', 1, 1, (self: Value, lines) => {
    checkClosedGeneric(self);
    const it = getIter(lines!);
    for (;;) {
      const l = iterNext(it);
      if (l === undefined) break;
      callMethod(self, 'write', [l]);
    }
    return None;
  });
  method(B, '__del__', 0, 0, () => None);

  const RB = rawiobaseType;
  method(RB, 'read', 0, 1, (self: Value, sizeV) => {
    const n = sizeArg(sizeV);
    if (n < 0) return callMethod(self, 'readall', []);
    const b = new PyByteArray(new Uint8Array(n));
    const r = callMethod(self, 'readinto', [b]);
    if (r === None) return None;
    const k = Number(intValue(r) ?? 0);
    if (k < 0 || k > n) throw valueError(`readinto returned ${k} outside buffer size ${n}`);
    return new PyBytes(b.data.slice(0, k));
  });
  method(RB, 'readall', 0, 0, (self: Value) => {
    const parts: Uint8Array[] = [];
    for (;;) {
      const r = callMethod(self, 'read', [DEFAULT_BUFFER_SIZE]);
      if (r === None) {
        if (parts.length === 0) return None;
        break;
      }
      const d = bufferData(r);
      if (d === null) throw typeError('read() should return bytes');
      if (d.length === 0) break;
      parts.push(d.slice());
    }
    return new PyBytes(parts.length ? concat(parts) : new Uint8Array(0));
  });
  method(RB, 'readinto', 1, 1, () => {
    throw newExc(NotImplementedError);
  });
  method(RB, 'write', 1, 1, () => {
    throw newExc(NotImplementedError);
  });

  const BB = bufferediobaseType;
  for (const n of ['read', 'read1']) method(BB, n, 0, 1, () => unsupported(n));
  method(BB, 'write', 1, 1, () => unsupported('write'));
  method(BB, 'detach', 0, 0, () => unsupported('detach'));
  const readintoGeneric = (name: string) => (self: Value, b?: Value): Value => {
    const target = bufferData(b!);
    if (target === null) throw typeError(`readinto() argument must be read-write bytes-like object, not ${typeOf(b!).name}`);
    const r = callMethod(self, name, [target.length]);
    const d = bufferData(r);
    if (d === null) throw typeError(`${name}() should return bytes`);
    target.set(d.subarray(0, target.length));
    return d.length;
  };
  method(BB, 'readinto', 1, 1, readintoGeneric('read'));
  method(BB, 'readinto1', 1, 1, readintoGeneric('read1'));

  const TB = textiobaseType;
  for (const n of ['read', 'readline']) method(TB, n, 0, 1, () => unsupported(n));
  method(TB, 'write', 1, 1, () => unsupported('write'));
  method(TB, 'detach', 0, 0, () => unsupported('detach'));
  for (const n of ['encoding', 'newlines', 'errors']) getset(TB, n, () => None);
}


function initFileIO(): void {
  const F = fileIOType;
  newInstanceOf(F, (cls) => new PyFileIO(cls));
  methodRaw(F, '__init__', (args, kw) => {
    const self = args[0] as PyFileIO;
    const p = bindKw('FileIO', args.slice(1), kw, ['file'], { mode: 'r', closefd: true, opener: None }, ['mode', 'closefd', 'opener'], true);
    const mode = strValue(p['mode']!);
    if (mode === undefined) throw typeError(`FileIO() argument 'mode' must be str, not ${typeOf(p['mode']!).name}`);
    fileIOInit(self, p['file']!, mode, truthy(p['closefd']!), p['opener']!);
    return None;
  });
  method(F, 'read', 0, 1, (self: PyFileIO, n) => new PyBytes(self.read(sizeArg(n))));
  method(F, 'readall', 0, 0, (self: PyFileIO) => new PyBytes(self.readall()));
  method(F, 'readinto', 1, 1, (self: PyFileIO, b) => {
    const target = bufferData(b!);
    if (target === null) throw typeError(`readinto() argument must be read-write bytes-like object, not ${typeOf(b!).name}`);
    const d = self.read(target.length);
    target.set(d);
    return d.length;
  });
  method(F, 'write', 1, 1, (self: PyFileIO, b) => {
    self.check();
    return self.write(bytesLike(b!));
  });
  method(F, 'seek', 1, 2, (self: PyFileIO, pos, whence) => {
    if (typeof pos === 'number' && !Number.isInteger(pos)) throw typeError('an integer is required');
    return self.seek(Number(index(pos!)), whence === undefined ? 0 : Number(index(whence)));
  });
  method(F, 'tell', 0, 0, (self: PyFileIO) => self.tell());
  method(F, 'truncate', 0, 1, (self: PyFileIO, size) => {
    self.check();
    if (!self.writable) unsupported('File not open for writing');
    const n = size === undefined || size === None ? self.tell() : Number(index(size));
    try {
      ftruncateSync(self.fd, n);
    } catch (e) {
      throw oserror(e);
    }
    return n;
  });
  method(F, 'close', 0, 0, (self: PyFileIO) => {
    self.close();
    return None;
  });
  method(F, 'fileno', 0, 0, (self: PyFileIO) => {
    self.check();
    return self.fd;
  });
  method(F, 'isatty', 0, 0, (self: PyFileIO) => {
    self.check();
    return isatty(self.fd);
  });
  method(F, 'readable', 0, 0, (self: PyFileIO) => {
    self.check();
    return self.readable;
  });
  method(F, 'writable', 0, 0, (self: PyFileIO) => {
    self.check();
    return self.writable;
  });
  method(F, 'seekable', 0, 0, (self: PyFileIO) => self.seekable());
  method(F, 'flush', 0, 0, (self: PyFileIO) => {
    self.check();
    self.flushChannel();
    return None;
  });
  method(F, '__repr__', 0, 0, (self: PyFileIO) => {
    const tn = self.cls.isHeap() ? `${self.cls.ns.get('__module__') ?? ''}.${self.cls.name}` : '_io.FileIO';
    if (self.closed) return `<${tn} [closed]>`;
    const nm = self.dict?.getStr('name');
    const closefd = self.closefd ? 'True' : 'False';
    return nm === undefined ? `<${tn} fd=${self.fd} mode='${self.modeString()}' closefd=${closefd}>` : `<${tn} name=${repr(nm)} mode='${self.modeString()}' closefd=${closefd}>`;
  });
  method(F, '__getstate__', 0, 0, (self: PyFileIO) => {
    throw typeError(`cannot pickle '${self.cls.name}' instances`);
  });
  getset(F, 'closed', (self: PyFileIO) => self.closed);
  getset(F, 'closefd', (self: PyFileIO) => self.closefd);
  getset(F, 'mode', (self: PyFileIO) => self.modeString());
  getset(F, '_blksize', () => DEFAULT_BUFFER_SIZE);
}

function initBuffered(): void {
  for (const T of [bufferedReaderType, bufferedWriterType, bufferedRandomType]) {
    const kind = T === bufferedReaderType ? R : T === bufferedWriterType ? W : R | W;
    const tname = `_io.${T.qualname}`;
    newInstanceOf(T, (cls) => new PyBuffered(cls));
    methodRaw(T, '__init__', (args, kw) => {
      const self = args[0] as PyBuffered;
      const p = bindKw(T.qualname, args.slice(1), kw, ['raw'], { buffer_size: DEFAULT_BUFFER_SIZE }, ['buffer_size'], true);
      bufferedInit(self, p['raw']!, p['buffer_size']!);
      return None;
    });
    if (kind & R) {
      method(T, 'read', 0, 1, (self: PyBuffered, n) => self.read(sizeArg(n)));
      method(T, 'read1', 0, 1, (self: PyBuffered, n) => self.read1(sizeArg(n)));
      method(T, 'peek', 0, 1, (self: PyBuffered) => new PyBytes(self.peek()));
      method(T, 'readline', 0, 1, (self: PyBuffered, n) => new PyBytes(self.readline(sizeArg(n))));
      for (const nm of ['readinto', 'readinto1']) {
        method(T, nm, 1, 1, (self: PyBuffered, b) => {
          const target = bufferData(b!);
          if (target === null) throw typeError(`${nm}() argument must be read-write bytes-like object, not ${typeOf(b!).name}`);
          const r = nm === 'readinto' ? self.read(target.length) : self.read1(target.length);
          if (r === None) return None;
          const d = (r as PyBytes).data;
          target.set(d);
          return d.length;
        });
      }
      method(T, '__next__', 0, 0, (self: PyBuffered) => {
        const l = self.readline(-1);
        if (l.length === 0) throw newExc(StopIteration);
        return new PyBytes(l);
      });
    }
    if (kind & W) {
      method(T, 'write', 1, 1, (self: PyBuffered, b) => {
        self.attached();
        return self.write(bytesLike(b!));
      });
    }
    method(T, 'flush', 0, 0, (self: PyBuffered) => {
      self.attached();
      self.flush();
      return None;
    });
    method(T, 'seek', 1, 2, (self: PyBuffered, pos, whence) => {
      self.attached();
      if (typeof pos === 'number' && !Number.isInteger(pos)) throw typeError("'float' object cannot be interpreted as an integer");
      return self.seek(Number(index(pos!)), whence === undefined ? 0 : Number(index(whence)));
    });
    method(T, 'tell', 0, 0, (self: PyBuffered) => {
      self.attached();
      return self.tell();
    });
    method(T, 'truncate', 0, 1, (self: PyBuffered, pos) => {
      self.attached();
      return self.truncate(pos ?? None);
    });
    method(T, 'close', 0, 0, (self: PyBuffered) => {
      self.close();
      return None;
    });
    method(T, 'detach', 0, 0, (self: PyBuffered) => {
      const raw = self.attached();
      self.flush();
      self.raw = null;
      self.native = null;
      self.detached = true;
      return raw;
    });
    for (const nm of ['fileno', 'isatty', 'readable', 'writable', 'seekable']) {
      method(T, nm, 0, 0, (self: PyBuffered) => {
        const raw = self.attached();
        if (nm === 'readable' && !(kind & R)) return false;
        if (nm === 'writable' && !(kind & W)) return false;
        return callMethod(raw, nm, []);
      });
    }
    method(T, '__repr__', 0, 0, (self: PyBuffered) => rawRepr(self, self.cls.isHeap() ? `${self.cls.ns.get('__module__') ?? ''}.${self.cls.name}` : tname));
    method(T, '__getstate__', 0, 0, (self: PyBuffered) => {
      throw typeError(`cannot pickle '${self.cls.name}' instances`);
    });
    getset(T, 'raw', (self: PyBuffered) => self.attached());
    getset(T, 'closed', (self: PyBuffered) => self.rawClosed());
    getset(T, 'name', (self: PyBuffered) => getAttr(self.attached(), 'name'));
    getset(T, 'mode', (self: PyBuffered) => getAttr(self.attached(), 'mode'));
  }
}

function initRWPair(): void {
  const T = bufferedRWPairType;
  newInstanceOf(T, (cls) => new PyRWPair(cls));
  methodRaw(T, '__init__', (args, kw) => {
    const self = args[0] as PyRWPair;
    const p = bindKw('BufferedRWPair', args.slice(1), kw, ['reader', 'writer'], { buffer_size: DEFAULT_BUFFER_SIZE }, ['buffer_size'], true);
    const r = new PyBuffered(bufferedReaderType);
    bufferedInit(r, p['reader']!, p['buffer_size']!);
    const w = new PyBuffered(bufferedWriterType);
    bufferedInit(w, p['writer']!, p['buffer_size']!);
    self.reader = r;
    self.writer = w;
    return None;
  });
  method(T, 'read', 0, 1, (self: PyRWPair, n) => self.r().read(sizeArg(n)));
  method(T, 'read1', 0, 1, (self: PyRWPair, n) => self.r().read1(sizeArg(n)));
  method(T, 'peek', 0, 1, (self: PyRWPair) => new PyBytes(self.r().peek()));
  method(T, 'readline', 0, 1, (self: PyRWPair, n) => new PyBytes(self.r().readline(sizeArg(n))));
  method(T, 'write', 1, 1, (self: PyRWPair, b) => self.w().write(bytesLike(b!)));
  method(T, 'flush', 0, 0, (self: PyRWPair) => {
    self.w().flush();
    return None;
  });
  method(T, 'readable', 0, 0, (self: PyRWPair) => callMethod(self.r().attached(), 'readable', []));
  method(T, 'writable', 0, 0, (self: PyRWPair) => callMethod(self.w().attached(), 'writable', []));
  method(T, 'isatty', 0, 0, (self: PyRWPair) => truthy(callMethod(self.w().attached(), 'isatty', [])) || truthy(callMethod(self.r().attached(), 'isatty', [])));
  method(T, 'close', 0, 0, (self: PyRWPair) => {
    try {
      self.w().close();
    } finally {
      self.r().close();
    }
    return None;
  });
  getset(T, 'closed', (self: PyRWPair) => self.w().rawClosed());
}

function textSelf(v: Value): PyTextIO {
  const t = v as PyTextIO;
  t.attached();
  return t;
}

function initText(): void {
  const T = textIOWrapperType;
  newInstanceOf(T, (cls) => new PyTextIO(cls));
  methodRaw(T, '__init__', (args, kw) => {
    const self = args[0] as PyTextIO;
    const p = bindKw('TextIOWrapper', args.slice(1), kw, ['buffer'], { encoding: None, errors: None, newline: None, line_buffering: false, write_through: false }, ['encoding', 'errors', 'newline', 'line_buffering', 'write_through'], true);
    textInit(self, p['buffer']!, p['encoding']!, p['errors']!, p['newline']!, p['line_buffering']!, p['write_through']!);
    return None;
  });
  method(T, 'write', 1, 1, (self: PyTextIO, s) => {
    textSelf(self);
    const t = strValue(s!);
    if (t === undefined) throw typeError(`write() argument must be str, not ${typeOf(s!).name}`);
    return self.write(t);
  });
  method(T, 'flush', 0, 0, (self: PyTextIO) => {
    textSelf(self).flush();
    return None;
  });
  method(T, 'read', 0, 1, (self: PyTextIO, n) => textSelf(self).read(sizeArg(n)));
  method(T, 'readline', 0, 1, (self: PyTextIO, n) => {
    textSelf(self);
    if (n !== undefined && n !== None && intValue(n) === undefined) throw typeError(`'${typeOf(n).name}' object cannot be interpreted as an integer`);
    return self.readline(sizeArg(n));
  });
  method(T, '__next__', 0, 0, (self: PyTextIO) => {
    const l = textSelf(self).readline();
    if (l === '') throw newExc(StopIteration);
    return l;
  });
  method(T, 'close', 0, 0, (self: PyTextIO) => {
    textSelf(self).close();
    return None;
  });
  method(T, 'tell', 0, 0, (self: PyTextIO) => textSelf(self).tell());
  method(T, 'seek', 1, 2, (self: PyTextIO, cookie, whence) => textSelf(self).seek(cookie!, whence === undefined ? 0 : Number(index(whence))));
  method(T, 'truncate', 0, 1, (self: PyTextIO, pos) => {
    textSelf(self).flush();
    return callMethod(self.buffer!, 'truncate', [pos ?? None]);
  });
  method(T, 'detach', 0, 0, (self: PyTextIO) => {
    const b = textSelf(self).buffer!;
    self.flush();
    self.buffer = null;
    self.nativeBuf = null;
    self.detached = true;
    return b;
  });
  for (const nm of ['fileno', 'isatty', 'seekable', 'readable', 'writable']) {
    method(T, nm, 0, 0, (self: PyTextIO) => callMethod(textSelf(self).buffer!, nm, []));
  }
  method(T, '__repr__', 0, 0, (self: PyTextIO) => {
    const tn = self.cls.isHeap() ? `${self.cls.ns.get('__module__') ?? ''}.${self.cls.name}` : '_io.TextIOWrapper';
    let out = `<${tn}`;
    let nm: Value | undefined;
    try {
      nm = getAttrOpt(self, 'name');
    } catch (e) {
      if (!isExcInstance(e, ValueError)) throw e;
    }
    if (nm !== undefined) out += ` name=${repr(nm)}`;
    const md = getAttrOpt(self, 'mode');
    if (md !== undefined) out += ` mode=${repr(md)}`;
    return `${out} encoding=${repr(self.encoding)}>`;
  });
  methodRaw(T, 'reconfigure', (args, kw) => {
    const self = textSelf(args[0]!);
    const p = bindKw('reconfigure', args.slice(1), kw, [], { encoding: None, errors: None, newline: Ellipsis, line_buffering: None, write_through: None }, ['encoding', 'errors', 'newline', 'line_buffering', 'write_through']);
    if (args.length - (kw?.length ?? 0) > 1) throw typeError('reconfigure() takes no positional arguments');
    self.flush();
    if (p['encoding'] !== None || p['errors'] !== None) {
      const enc = p['encoding'] === None ? self.encoding : strValue(p['encoding']!)!;
      const err = p['errors'] === None ? (p['encoding'] === None ? self.errors : 'strict') : strValue(p['errors']!)!;
      setCodec(self, enc, err);
    }
    if (p['newline'] !== Ellipsis) setNewline(self, p['newline']!);
    if (p['line_buffering'] !== None) self.lineBuffering = truthy(p['line_buffering']!);
    if (p['write_through'] !== None) self.writeThrough = truthy(p['write_through']!);
    return None;
  });
  getset(T, 'closed', (self: PyTextIO) => textSelf(self).closed);
  getset(T, 'name', (self: PyTextIO) => getAttr(textSelf(self).buffer!, 'name'));
  getset(T, 'encoding', (self: PyTextIO) => self.encoding);
  getset(T, 'errors', (self: PyTextIO) => self.errors);
  getset(T, 'line_buffering', (self: PyTextIO) => self.lineBuffering);
  getset(T, 'write_through', (self: PyTextIO) => self.writeThrough);
  getset(T, 'newlines', (self: PyTextIO) => self.newlinesValue());
  getset(T, 'buffer', (self: PyTextIO) => textSelf(self).buffer!);
  getset(T, '_CHUNK_SIZE', (self: PyTextIO) => self.chunkSize, (self: PyTextIO, v) => {
    if (v === null) throw typeError('cannot delete attribute');
    const n = Number(index(v));
    if (n <= 0) throw valueError('a strictly positive integer is required');
    self.chunkSize = n;
  });
}


function initStringIO(): void {
  const S = stringIOType;
  newInstanceOf(S, (cls) => new PyStringIO(cls));
  methodRaw(S, '__init__', (args, kw) => {
    const self = args[0] as PyStringIO;
    const p = bindKw('StringIO', args.slice(1), kw, [], { initial_value: '', newline: '\n' }, ['initial_value', 'newline'], true);
    const nl = p['newline']!;
    if (nl !== None) {
      const s = strValue(nl);
      if (s === undefined) throw typeError(`newline must be str or None, not ${typeOf(nl).name}`);
      if (!['', '\n', '\r', '\r\n'].includes(s)) throw valueError(`illegal newline value: ${repr(nl)}`);
      self.newline = s;
    } else self.newline = null;
    const iv = p['initial_value']!;
    self.value = '';
    self.pos = 0;
    self.closed = false;
    if (iv !== None) {
      const t = strValue(iv);
      if (t === undefined) throw typeError(`initial_value must be str or None, not ${typeOf(iv).name}`);
      self.value = stringIOTranslate(self, t);
    }
    return None;
  });
  method(S, 'write', 1, 1, (self: PyStringIO, s) => {
    self.check();
    const t0 = strValue(s!);
    if (t0 === undefined) throw typeError(`string argument expected, got '${typeOf(s!).name}'`);
    const t = stringIOTranslate(self, t0);
    if (self.pos > self.value.length) self.value += '\0'.repeat(self.pos - self.value.length);
    self.value = self.value.slice(0, self.pos) + t + self.value.slice(self.pos + t.length);
    self.pos += t.length;
    return cpLen(t0);
  });
  method(S, 'getvalue', 0, 0, (self: PyStringIO) => {
    self.check();
    return self.value;
  });
  method(S, 'read', 0, 1, (self: PyStringIO, n) => {
    self.check();
    const k = sizeArg(n);
    if (self.pos >= self.value.length) return '';
    const rest = self.value.slice(self.pos);
    const r = k < 0 ? rest : rest.slice(0, cpToUnit(rest, k));
    self.pos += r.length;
    return r;
  });
  const readline = (self: PyStringIO, k: number): string => {
    self.check();
    if (self.pos >= self.value.length) return '';
    const v = self.value;
    let end = -1;
    if (self.newline === null || self.newline === '\n') {
      const i = v.indexOf('\n', self.pos);
      end = i < 0 ? v.length : i + 1;
    } else if (self.newline === '') {
      end = v.length;
      for (let i = self.pos; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if (c === 10) {
          end = i + 1;
          break;
        }
        if (c === 13) {
          end = v.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
          break;
        }
      }
    } else {
      const i = v.indexOf(self.newline, self.pos);
      end = i < 0 ? v.length : i + self.newline.length;
    }
    let r = v.slice(self.pos, end);
    if (k >= 0 && cpLen(r) > k) r = r.slice(0, cpToUnit(r, k));
    self.pos += r.length;
    return r;
  };
  method(S, 'readline', 0, 1, (self: PyStringIO, n) => readline(self, sizeArg(n)));
  method(S, '__next__', 0, 0, (self: PyStringIO) => {
    const l = S.isHeap() ? (callMethod(self, 'readline', []) as string) : readline(self, -1);
    if (l === '') throw newExc(StopIteration);
    return l;
  });
  method(S, 'seek', 1, 2, (self: PyStringIO, p, whence) => {
    self.check();
    const w = whence === undefined ? 0 : Number(index(whence));
    const k = Number(index(p!));
    if (w < 0 || w > 2) throw valueError(`Invalid whence (${w}, should be 0, 1 or 2)`);
    if (k < 0 && w === 0) throw valueError(`Negative seek position ${k}`);
    if (w !== 0 && k !== 0) throw newExc(OSError, "Can't do nonzero cur-relative seeks");
    if (w === 0) self.pos = cpToUnitBeyond(self.value, k);
    else if (w === 2) self.pos = self.value.length;
    return unitToCpPos(self.value, self.pos);
  });
  method(S, 'tell', 0, 0, (self: PyStringIO) => {
    self.check();
    return unitToCpPos(self.value, self.pos);
  });
  method(S, 'truncate', 0, 1, (self: PyStringIO, n) => {
    self.check();
    const k = n === undefined || n === None ? unitToCpPos(self.value, self.pos) : Number(index(n));
    if (k < 0) throw valueError(`Negative size value ${k}`);
    const u = cpToUnitBeyond(self.value, k);
    if (u < self.value.length) self.value = self.value.slice(0, u);
    return k;
  });
  method(S, 'close', 0, 0, (self: PyStringIO) => {
    self.closed = true;
    return None;
  });
  for (const nm of ['readable', 'writable', 'seekable']) {
    method(S, nm, 0, 0, (self: PyStringIO) => {
      self.check();
      return true;
    });
  }
  method(S, '__getstate__', 0, 0, (self: PyStringIO) => {
    self.check();
    return tuple([self.value, self.newline ?? None, unitToCpPos(self.value, self.pos), self.dict ?? None]);
  });
  method(S, '__setstate__', 1, 1, (self: PyStringIO, st) => {
    const a = toArray(st!);
    self.value = strValue(a[0]!) ?? '';
    self.newline = a[1] === None ? null : strValue(a[1]!) ?? '\n';
    self.pos = cpToUnitBeyond(self.value, Number(index(a[2]!)));
    if (a[3] !== None && a[3] !== undefined) {
      const d = a[3] as PyDict;
      self.dict ??= newDict();
      for (const [k, v] of d.entriesArray()) self.dict.set(k, v);
    }
    return None;
  });
  getset(S, 'closed', (self: PyStringIO) => self.closed);
  getset(S, 'newlines', (self: PyStringIO) => {
    if (self.newline !== null) return None;
    const kinds: string[] = [];
    if (self.seenNl & 1) kinds.push('\r');
    if (self.seenNl & 2) kinds.push('\n');
    if (self.seenNl & 4) kinds.push('\r\n');
    return kinds.length === 0 ? None : kinds.length === 1 ? kinds[0]! : tuple(kinds);
  });
  getset(S, 'line_buffering', () => false);
}

function stringIOTranslate(self: PyStringIO, t: string): string {
  if (self.newline === null) {
    if (t.includes('\r')) {
      if (t.includes('\r\n')) self.seenNl |= 4;
      if (/\r(?!\n)/.test(t)) self.seenNl |= 1;
      if (/(^|[^\r])\n/.test(t)) self.seenNl |= 2;
      return t.replace(/\r\n?/g, '\n');
    }
    if (t.includes('\n')) self.seenNl |= 2;
    return t;
  }
  if (self.newline === '\r' || self.newline === '\r\n') return t.replaceAll('\n', self.newline);
  return t;
}

function cpToUnitBeyond(s: string, k: number): number {
  const n = cpLen(s);
  if (k <= n) return cpToUnit(s, k);
  return s.length + (k - n);
}

function unitToCpPos(s: string, u: number): number {
  if (u <= s.length) return cpLen(s.slice(0, u));
  return cpLen(s) + (u - s.length);
}

function initBytesIO(): void {
  const BI = bytesIOType;
  newInstanceOf(BI, (cls) => new PyBytesIO(cls));
  methodRaw(BI, '__init__', (args, kw) => {
    const self = args[0] as PyBytesIO;
    const p = bindKw('BytesIO', args.slice(1), kw, [], { initial_bytes: None }, ['initial_bytes'], true);
    const iv = p['initial_bytes']!;
    self.value = new Uint8Array(0);
    self.len = 0;
    self.pos = 0;
    if (iv !== None) {
      const data = bytesLike(iv);
      self.value = new Uint8Array(data);
      self.len = self.value.length;
    }
    return None;
  });
  method(BI, 'write', 1, 1, (self: PyBytesIO, b) => {
    self.check();
    return self.write(bytesLike(b!));
  });
  method(BI, 'getvalue', 0, 0, (self: PyBytesIO) => {
    self.check();
    return new PyBytes(self.value.slice(0, self.len));
  });
  method(BI, 'getbuffer', 0, 0, (self: PyBytesIO) => {
    self.check();
    return new PyMemoryView(new PyByteArray(self.value.subarray(0, self.len)));
  });
  method(BI, 'read', 0, 1, (self: PyBytesIO, n) => new PyBytes(self.read(sizeArg(n))));
  method(BI, 'read1', 0, 1, (self: PyBytesIO, n) => new PyBytes(self.read(sizeArg(n))));
  method(BI, 'readline', 0, 1, (self: PyBytesIO, n) => new PyBytes(self.readline(sizeArg(n))));
  method(BI, 'readlines', 0, 1, (self: PyBytesIO, h) => {
    self.check();
    const hint = sizeArg(h);
    const out: Value[] = [];
    let total = 0;
    for (;;) {
      const l = self.readline(-1);
      if (l.length === 0) break;
      out.push(new PyBytes(l));
      total += l.length;
      if (hint > 0 && total >= hint) break;
    }
    return new PyList(out);
  });
  method(BI, '__next__', 0, 0, (self: PyBytesIO) => {
    const l = self.readline(-1);
    if (l.length === 0) throw newExc(StopIteration);
    return new PyBytes(l);
  });
  const readinto = (self: PyBytesIO, b?: Value): Value => {
    self.check();
    const target = bufferData(b!);
    if (target === null) throw typeError(`readinto() argument must be read-write bytes-like object, not ${typeOf(b!).name}`);
    const d = self.read(target.length);
    target.set(d);
    return d.length;
  };
  method(BI, 'readinto', 1, 1, readinto);
  method(BI, 'readinto1', 1, 1, readinto);
  method(BI, 'seek', 1, 2, (self: PyBytesIO, p, whence) => {
    self.check();
    const w = whence === undefined ? 0 : Number(index(whence));
    let k = Number(index(p!));
    if (w === 0) {
      if (k < 0) throw valueError(`negative seek value ${k}`);
    } else if (w === 1) {
      k = Math.max(0, self.pos + k);
    } else if (w === 2) {
      k = Math.max(0, self.len + k);
    } else throw valueError(`invalid whence (${w}, should be 0, 1 or 2)`);
    self.pos = k;
    return k;
  });
  method(BI, 'tell', 0, 0, (self: PyBytesIO) => {
    self.check();
    return self.pos;
  });
  method(BI, 'truncate', 0, 1, (self: PyBytesIO, n) => {
    self.check();
    const k = n === undefined || n === None ? self.pos : Number(index(n));
    if (k < 0) throw valueError(`negative size value ${k}`);
    if (k < self.len) self.len = k;
    return k;
  });
  method(BI, 'close', 0, 0, (self: PyBytesIO) => {
    self.closed = true;
    return None;
  });
  method(BI, 'flush', 0, 0, (self: PyBytesIO) => {
    self.check();
    return None;
  });
  for (const nm of ['readable', 'writable', 'seekable']) {
    method(BI, nm, 0, 0, (self: PyBytesIO) => {
      self.check();
      return true;
    });
  }
  method(BI, 'isatty', 0, 0, (self: PyBytesIO) => {
    self.check();
    return false;
  });
  method(BI, '__getstate__', 0, 0, (self: PyBytesIO) => {
    self.check();
    return tuple([new PyBytes(self.value.slice(0, self.len)), self.pos, self.dict ?? None]);
  });
  method(BI, '__setstate__', 1, 1, (self: PyBytesIO, st) => {
    const a = toArray(st!);
    const d = bytesLike(a[0]!);
    self.value = new Uint8Array(d);
    self.len = d.length;
    self.pos = Number(index(a[1]!));
    return None;
  });
  getset(BI, 'closed', (self: PyBytesIO) => self.closed);
}

// --- IncrementalNewlineDecoder ----------------------------------------------------------------------

class PyNewlineDecoder extends PyObject {
  decoder: Value = None;
  translate = false;
  pendingCR = false;
  seen = 0;
  constructor(cls: PyType) {
    super(cls);
  }
}

let newlineDecoderReady = false;

export function initNewlineDecoder(): void {
  if (newlineDecoderReady) return;
  newlineDecoderReady = true;
  const T = newlineDecoderType;
  newInstanceOf(T, (cls) => new PyNewlineDecoder(cls));
  methodRaw(T, '__init__', (args, kw) => {
    const self = args[0] as PyNewlineDecoder;
    const p = bindKw('IncrementalNewlineDecoder', args.slice(1), kw, ['decoder', 'translate'], { errors: 'strict' }, ['errors'], true);
    self.decoder = p['decoder']!;
    self.translate = truthy(p['translate']!);
    self.pendingCR = false;
    self.seen = 0;
    return None;
  });
  methodRaw(T, 'decode', (args, kw) => {
    const self = args[0] as PyNewlineDecoder;
    const p = bindKw('decode', args.slice(1), kw, ['input'], { final: false }, ['final'], true);
    const final = truthy(p['final']!);
    let out: Value = p['input']!;
    if (self.decoder !== None) out = callMethod(self.decoder, 'decode', [out, final]);
    let s = strValue(out);
    if (s === undefined) throw typeError(`decoder should return a string result, not '${typeOf(out).name}'`);
    if (self.pendingCR && (s.length || final)) {
      s = '\r' + s;
      self.pendingCR = false;
    }
    if (s.endsWith('\r') && !final) {
      s = s.slice(0, -1);
      self.pendingCR = true;
    }
    const crlf = (s.match(/\r\n/g) ?? []).length;
    const cr = (s.match(/\r/g) ?? []).length - crlf;
    const lf = (s.match(/\n/g) ?? []).length - crlf;
    if (cr) self.seen |= 1;
    if (lf) self.seen |= 2;
    if (crlf) self.seen |= 4;
    if (self.translate && (cr || crlf)) s = s.replace(/\r\n?/g, '\n');
    return s;
  });
  method(T, 'getstate', 0, 0, (self: PyNewlineDecoder) => {
    let buf: Value = new PyBytes(new Uint8Array(0));
    let flag = 0n;
    if (self.decoder !== None) {
      const st = toArray(callMethod(self.decoder, 'getstate', []));
      buf = st[0]!;
      flag = BigInt(intValue(st[1]!) ?? 0) << 1n;
    }
    if (self.pendingCR) flag |= 1n;
    const f = flag <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(flag) : flag;
    return tuple([buf, f]);
  });
  method(T, 'setstate', 1, 1, (self: PyNewlineDecoder, st) => {
    const a = toArray(st!);
    const flag = BigInt(intValue(a[1]!) ?? 0);
    self.pendingCR = (flag & 1n) === 1n;
    if (self.decoder !== None) callMethod(self.decoder, 'setstate', [tuple([a[0]!, Number(flag >> 1n)])]);
    return None;
  });
  method(T, 'reset', 0, 0, (self: PyNewlineDecoder) => {
    self.seen = 0;
    self.pendingCR = false;
    if (self.decoder !== None) callMethod(self.decoder, 'reset', []);
    return None;
  });
  getset(T, 'newlines', (self: PyNewlineDecoder) => {
    const kinds: string[] = [];
    if (self.seen & 1) kinds.push('\r');
    if (self.seen & 2) kinds.push('\n');
    if (self.seen & 4) kinds.push('\r\n');
    return kinds.length === 0 ? None : kinds.length === 1 ? kinds[0]! : tuple(kinds);
  });
}
