// Text and binary streams: sys.stdout / stderr / stdin, open() for files, io.StringIO and
// io.BytesIO. Output to the process's descriptors goes through fs.writeSync; stdout is
// buffered (as CPython's is when not a terminal) and flushed at exit, before input(), and
// when it grows large.

import { PyMemoryView } from './bytes-methods.js';
import { closeSync, openSync, readSync, writeSync, fstatSync, readFileSync } from 'node:fs';
import { PyObject, type Value } from './object.js';
import { builtinType, None, PyType, typeOf, typeType, TF_HEAPTYPE } from './type.js';
import { PyBytes, PyByteArray, bytesOf, bufferData } from './bytes.js';
import { PyList } from './list.js';
import { getset, method, methodRaw, PyBuiltin, PyStaticMethod, classMethod } from './function.js';
import { newExc, OSError, typeError, valueError, FileNotFoundError, IsADirectoryError, PermissionError, FileExistsError, ValueError, StopIteration } from './exceptions.js';
import { indexClamped, repr, str, strValue, toArray, callMethod, getAttrOpt } from './abstract.js';
import { encodeStr, decodeBytes, normalizeEncoding } from './codecs.js';
import { bindKw } from './number-methods.js';
import { intValue } from './numeric.js';
import { cpLen } from './str.js';
import { ArrayIterator } from './iter.js';
import { PyTuple, tuple } from './tuple.js';

export const iobaseType = builtinType('_IOBase');
iobaseType.moduleName = '_io';
export const textIOWrapperType = builtinType('TextIOWrapper', iobaseType);
textIOWrapperType.moduleName = '_io';
export const bufferedType = builtinType('BufferedWriter', iobaseType);
bufferedType.moduleName = '_io';
export const bufferedReaderType = builtinType('BufferedReader', iobaseType);
bufferedReaderType.moduleName = '_io';
export const stringIOType = builtinType('StringIO', iobaseType);
stringIOType.moduleName = '_io';
export const bytesIOType = builtinType('BytesIO', iobaseType);
bytesIOType.moduleName = '_io';
export const unsupportedOperation = new PyType('UnsupportedOperation', [OSError, ValueError], typeType, 2);
unsupportedOperation.moduleName = 'io';
unsupportedOperation.flags |= TF_HEAPTYPE;
unsupportedOperation.ns.set('__module__', 'io');
unsupportedOperation.hasDict = true;


/** A file descriptor sink/source with Python's buffering. */
class FdChannel {
  buf: string[] = [];
  size = 0;
  constructor(readonly fd: number, readonly lineBuffered: boolean) {}
  write(s: string): void {
    this.buf.push(s);
    this.size += s.length;
    if (this.lineBuffered ? s.includes('\n') : this.size > 1 << 16) this.flush();
  }
  flush(): void {
    if (this.buf.length === 0) return;
    const data = Buffer.from(this.buf.join(''), 'utf8');
    this.buf = [];
    this.size = 0;
    writeAll(this.fd, data);
  }
}

/** Where descriptor output goes; tests capture it in memory. */
let fdWriter: ((fd: number, data: Uint8Array) => void) | null = null;

export function setFdWriter(w: ((fd: number, data: Uint8Array) => void) | null): void {
  fdWriter = w;
}

/** Where stdin comes from; tests provide it in memory. */
let stdinSource: Uint8Array | null = null;

export function setStdinSource(data: Uint8Array | null): void {
  stdinSource = data;
  stdinBuf = data === null ? null : Buffer.from(data);
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

/** A text stream: a standard stream over a descriptor, or an open text file. */
export class PyTextIO extends PyObject {
  name: Value;
  mode: string;
  encoding: string;
  errors: string;
  closed = false;
  fd: number;
  out: FdChannel | null;
  /** Read side: whole decoded content, and position (in UTF-16 units). */
  text: string | null = null;
  pos = 0;
  stdin = false;
  ownsFd: boolean;
  lineBuffering: boolean;
  binary: PyBinaryIO | null = null;
  constructor(fd: number, name: Value, mode: string, encoding: string, errors: string, lineBuffered: boolean, ownsFd: boolean) {
    super(textIOWrapperType);
    this.fd = fd;
    this.name = name;
    this.mode = mode;
    this.encoding = encoding;
    this.errors = errors;
    this.lineBuffering = lineBuffered;
    this.out = mode.includes('r') && !mode.includes('+') ? null : new FdChannel(fd, lineBuffered);
    this.ownsFd = ownsFd;
  }
  write(s: string): void {
    if (this.closed) throw valueError('I/O operation on closed file.');
    if (this.out === null) throw newExc(unsupportedOperation, 'not writable');
    if (this.encoding !== 'utf-8') {
      // validate encodability (e.g. ascii), then pass the text through as UTF-8 bytes
      encodeStr(s, this.encoding, this.errors);
    }
    this.out.write(s);
  }
  flush(): void {
    this.out?.flush();
  }
  private loadText(): string {
    if (this.text === null) {
      if (this.closed) throw valueError('I/O operation on closed file.');
      const data = this.stdin ? readAllStdin() : readFileSync(this.fd);
      this.text = decodeBytes(new Uint8Array(data), this.encoding, this.errors).replace(/\r\n?/g, '\n');
    }
    return this.text;
  }
  read(n: number): string {
    if (this.closed) throw valueError('I/O operation on closed file.');
    if (this.out !== null && !this.mode.includes('+')) throw newExc(unsupportedOperation, 'not readable');
    const t = this.loadText();
    const r = n < 0 ? t.slice(this.pos) : t.slice(this.pos, this.pos + n);
    this.pos += r.length;
    return r;
  }
  readline(limit = -1): string {
    if (this.closed) throw valueError('I/O operation on closed file.');
    if (this.stdin && this.text === null) return readStdinLine();
    const t = this.loadText();
    let end = t.indexOf('\n', this.pos);
    end = end < 0 ? t.length : end + 1;
    if (limit >= 0 && end - this.pos > limit) end = this.pos + limit;
    const r = t.slice(this.pos, end);
    this.pos = end;
    return r;
  }
  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    if (this.ownsFd) closeSync(this.fd);
  }
}

/** A binary stream over a file descriptor (open(..., 'rb'/'wb'), sys.stdout.buffer). */
export class PyBinaryIO extends PyObject {
  name: Value;
  mode: string;
  fd: number;
  closed = false;
  data: Uint8Array | null = null;
  pos = 0;
  ownsFd: boolean;
  text: PyTextIO | null = null;
  constructor(fd: number, name: Value, mode: string, ownsFd: boolean, reader: boolean) {
    super(reader ? bufferedReaderType : bufferedType);
    this.fd = fd;
    this.name = name;
    this.mode = mode;
    this.ownsFd = ownsFd;
  }
  write(b: Uint8Array): number {
    if (this.closed) throw valueError('write to closed file');
    this.text?.flush();
    writeAll(this.fd, b);
    return b.length;
  }
  read(n: number): Uint8Array {
    if (this.closed) throw valueError('read of closed file');
    if (this.data === null) this.data = this.fd === 0 ? readAllStdin() : new Uint8Array(readFileSync(this.fd));
    const end = n < 0 ? this.data.length : Math.min(this.data.length, this.pos + n);
    const r = this.data.subarray(this.pos, end);
    this.pos = end;
    return r;
  }
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.ownsFd) closeSync(this.fd);
  }
}

let stdinBuf: Buffer | null = null;
let stdinPos = 0;

function readAllStdin(): Uint8Array {
  if (stdinSource !== null) {
    const rest = stdinBuf ? stdinBuf.subarray(stdinPos) : Buffer.alloc(0);
    stdinPos = stdinBuf ? stdinBuf.length : 0;
    return new Uint8Array(rest);
  }
  const chunks: Buffer[] = [];
  if (stdinBuf) chunks.push(stdinBuf.subarray(stdinPos));
  stdinBuf = Buffer.alloc(0);
  stdinPos = 0;
  const b = Buffer.alloc(65536);
  for (;;) {
    let n = 0;
    try {
      n = readSync(0, b, 0, b.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(b.subarray(0, n)));
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** One line from stdin ('' at EOF), reading the descriptor synchronously as needed. */
export function readStdinLine(): string {
  stdinBuf ??= Buffer.alloc(0);
  for (;;) {
    const nl = stdinBuf.indexOf(10, stdinPos);
    if (nl >= 0) {
      const line = stdinBuf.subarray(stdinPos, nl + 1).toString('utf8');
      stdinPos = nl + 1;
      return line;
    }
    const b = Buffer.alloc(65536);
    let n = 0;
    if (stdinSource !== null) {
      const rest = stdinBuf.subarray(stdinPos).toString('utf8');
      stdinPos = stdinBuf.length;
      return rest;
    }
    try {
      n = readSync(0, b, 0, b.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') n = 0;
      else throw e;
    }
    if (n === 0) {
      const rest = stdinBuf.subarray(stdinPos).toString('utf8');
      stdinPos = stdinBuf.length;
      return rest;
    }
    stdinBuf = Buffer.concat([stdinBuf.subarray(stdinPos), b.subarray(0, n)]);
    stdinPos = 0;
  }
}

// --- StringIO / BytesIO -------------------------------------------------------------------------

export class PyStringIO extends PyObject {
  value = '';
  pos = 0;
  closed = false;
  constructor(cls: PyType = stringIOType) {
    super(cls);
  }
}

export class PyBytesIO extends PyObject {
  value: Uint8Array = new Uint8Array(0);
  len = 0;
  pos = 0;
  closed = false;
  constructor(cls: PyType = bytesIOType) {
    super(cls);
  }
}

function checkOpen(o: { closed: boolean }): void {
  if (o.closed) throw valueError('I/O operation on closed file.');
}

// --- open() -------------------------------------------------------------------------------------

function osErrorFor(e: NodeJS.ErrnoException, path: Value): never {
  const map: Record<string, [number, string, PyType]> = {
    ENOENT: [2, 'No such file or directory', FileNotFoundError],
    EISDIR: [21, 'Is a directory', IsADirectoryError],
    EACCES: [13, 'Permission denied', PermissionError],
    EEXIST: [17, 'File exists', FileExistsError],
  };
  const m = map[e.code ?? ''];
  if (m) {
    const ex = newExc(m[2], m[0], m[1], path);
    ex.args = [m[0], m[1]];
    ex.setField('errno', m[0]);
    ex.setField('strerror', m[1]);
    ex.setField('filename', path);
    throw ex;
  }
  throw newExc(OSError, e.message);
}

export function openFile(args: Value[], kw: readonly string[] | null): Value {
  const p = bindKw('open', args, kw, ['file'], { mode: 'r', buffering: -1, encoding: None, errors: None, newline: None, closefd: true, opener: None }, ['mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'], true);
  const file = p['file']!;
  const mode = strValue(p['mode']!);
  if (mode === undefined) throw typeError(`open() argument 'mode' must be str, not ${typeOf(p['mode']!).name}`);
  if (!/^[rwxab+tU]*$/.test(mode) || mode.length === 0) throw valueError(`invalid mode: '${mode}'`);
  const binary = mode.includes('b');
  if (binary && mode.includes('t')) throw valueError("can't have text and binary mode at once");
  const modes = [...mode].filter((c) => 'rwxa'.includes(c));
  if (modes.length !== 1) throw valueError('must have exactly one of create/read/write/append mode');
  if (binary && p['encoding'] !== None) throw valueError("binary mode doesn't take an encoding argument");
  let fd: number;
  let ownsFd = true;
  const fi = intValue(file);
  if (fi !== undefined) {
    fd = Number(fi);
    ownsFd = p['closefd'] === true;
  } else {
    const path = strValue(file) ?? (file instanceof PyBytes ? Buffer.from(file.data).toString('utf8') : undefined);
    if (path === undefined) throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(file).name}`);
    const flag = modes[0] === 'r' ? (mode.includes('+') ? 'r+' : 'r') : modes[0] === 'w' ? (mode.includes('+') ? 'w+' : 'w') : modes[0] === 'a' ? (mode.includes('+') ? 'a+' : 'a') : mode.includes('+') ? 'wx+' : 'wx';
    try {
      fd = openSync(path, flag, 0o666);
      if (fstatSync(fd).isDirectory()) {
        closeSync(fd);
        throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      }
    } catch (e) {
      osErrorFor(e as NodeJS.ErrnoException, file);
    }
  }
  if (binary) {
    const b = new PyBinaryIO(fd, file, mode, ownsFd, modes[0] === 'r');
    return b;
  }
  const enc = p['encoding'] === None ? 'utf-8' : normalizeEncoding(strValue(p['encoding']!)!);
  const errors = p['errors'] === None ? 'strict' : strValue(p['errors']!)!;
  const t = new PyTextIO(fd, file, mode, enc, errors, false, ownsFd);
  return t;
}

// --- methods --------------------------------------------------------------------------------------

export function initIO(): void {
  const T = textIOWrapperType;
  method(T, 'write', 1, 1, (self: PyTextIO, s) => {
    const t = strValue(s!);
    if (t === undefined) throw typeError(`write() argument must be str, not ${typeOf(s!).name}`);
    self.write(t);
    return cpLen(t);
  });
  method(T, 'writelines', 1, 1, (self: PyTextIO, lines) => {
    for (const l of toArray(lines!)) {
      const t = strValue(l);
      if (t === undefined) throw typeError(`write() argument must be str, not ${typeOf(l).name}`);
      self.write(t);
    }
    return None;
  });
  method(T, 'flush', 0, 0, (self: PyTextIO) => {
    if (self.closed) throw valueError('I/O operation on closed file.');
    self.flush();
    return None;
  });
  method(T, 'read', 0, 1, (self: PyTextIO, n) => self.read(n === undefined || n === None ? -1 : indexClamped(n)));
  method(T, 'readline', 0, 1, (self: PyTextIO, n) => self.readline(n === undefined || n === None ? -1 : indexClamped(n)));
  method(T, 'readlines', 0, 1, (self: PyTextIO) => {
    const out: Value[] = [];
    for (;;) {
      const l = self.readline();
      if (l === '') break;
      out.push(l);
    }
    return new PyList(out);
  });
  method(T, '__iter__', 0, 0, (self: PyTextIO) => {
    checkOpen(self);
    return self;
  });
  method(T, '__next__', 0, 0, (self: PyTextIO) => {
    const l = self.readline();
    if (l === '') throw newExc(StopIteration);
    return l;
  });
  method(T, 'close', 0, 0, (self: PyTextIO) => {
    self.close();
    return None;
  });
  method(T, '__enter__', 0, 0, (self: PyTextIO) => {
    checkOpen(self);
    return self;
  });
  method(T, '__exit__', 0, 3, (self: PyTextIO) => {
    self.close();
    return None;
  });
  method(T, 'fileno', 0, 0, (self: PyTextIO) => self.fd);
  method(T, 'isatty', 0, 0, (self: PyTextIO) => {
    try {
      return require_tty(self.fd);
    } catch {
      return false;
    }
  });
  method(T, 'readable', 0, 0, (self: PyTextIO) => self.out === null || self.mode.includes('+'));
  method(T, 'writable', 0, 0, (self: PyTextIO) => self.out !== null);
  method(T, 'seekable', 0, 0, () => false);
  method(T, 'tell', 0, 0, (self: PyTextIO) => self.pos);
  method(T, '__repr__', 0, 0, (self: PyTextIO) => `<_io.TextIOWrapper name=${repr(self.name)} mode=${repr(self.mode)} encoding=${repr(self.encoding)}>`);
  getset(T, 'closed', (self: PyTextIO) => self.closed);
  getset(T, 'name', (self: PyTextIO) => self.name);
  getset(T, 'mode', (self: PyTextIO) => self.mode);
  getset(T, 'encoding', (self: PyTextIO) => self.encoding);
  getset(T, 'errors', (self: PyTextIO) => self.errors);
  getset(T, 'line_buffering', (self: PyTextIO) => self.lineBuffering);
  getset(T, 'newlines', () => None);
  getset(T, 'buffer', (self: PyTextIO) => {
    if (!self.binary) {
      self.binary = new PyBinaryIO(self.fd, self.name, self.mode.replace('t', '') + 'b', false, self.out === null);
      self.binary.text = self;
    }
    return self.binary;
  });
  methodRaw(T, 'reconfigure', () => None);

  for (const B of [bufferedType, bufferedReaderType]) {
    method(B, 'write', 1, 1, (self: PyBinaryIO, b) => {
      const data = bufferData(b);
      if (data === null) throw typeError(`a bytes-like object is required, not '${typeOf(b!).name}'`);
      return self.write(data);
    });
    method(B, 'read', 0, 1, (self: PyBinaryIO, n) => new PyBytes(self.read(n === undefined || n === None ? -1 : indexClamped(n))));
    method(B, 'readline', 0, 1, (self: PyBinaryIO) => {
      const all = self.data ?? (self.read(0), self.data!);
      let end = all.indexOf(10, self.pos);
      end = end < 0 ? all.length : end + 1;
      const r = all.subarray(self.pos, end);
      self.pos = end;
      return new PyBytes(new Uint8Array(r));
    });
    method(B, 'flush', 0, 0, () => None);
    method(B, 'close', 0, 0, (self: PyBinaryIO) => {
      self.close();
      return None;
    });
    method(B, '__enter__', 0, 0, (self: PyBinaryIO) => self);
    method(B, '__exit__', 0, 3, (self: PyBinaryIO) => {
      self.close();
      return None;
    });
    method(B, 'fileno', 0, 0, (self: PyBinaryIO) => self.fd);
    getset(B, 'closed', (self: PyBinaryIO) => self.closed);
    getset(B, 'name', (self: PyBinaryIO) => self.name);
    getset(B, 'mode', (self: PyBinaryIO) => self.mode);
  }

  // --- StringIO ---
  const S = stringIOType;
  S.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args) => new PyStringIO(args[0] as PyType))));
  methodRaw(S, '__init__', (args, kw) => {
    const self = args[0] as PyStringIO;
    const p = bindKw('StringIO', args.slice(1), kw, [], { initial_value: '', newline: '\n' }, ['initial_value', 'newline'], true);
    const iv = p['initial_value']!;
    self.value = iv === None ? '' : strValue(iv) ?? (() => {
      throw typeError(`initial_value must be str or None, not ${typeOf(iv).name}`);
    })();
    self.pos = 0;
    return None;
  });
  method(S, 'write', 1, 1, (self: PyStringIO, s) => {
    checkOpen(self);
    const t = strValue(s!);
    if (t === undefined) throw typeError(`string argument expected, got '${typeOf(s!).name}'`);
    if (self.pos > self.value.length) self.value += '\0'.repeat(self.pos - self.value.length);
    self.value = self.value.slice(0, self.pos) + t + self.value.slice(self.pos + t.length);
    self.pos += t.length;
    return cpLen(t);
  });
  method(S, 'writelines', 1, 1, (self: PyStringIO, lines) => {
    for (const l of toArray(lines!)) callMethod(self, 'write', [l]);
    return None;
  });
  method(S, 'getvalue', 0, 0, (self: PyStringIO) => {
    checkOpen(self);
    return self.value;
  });
  method(S, 'read', 0, 1, (self: PyStringIO, n) => {
    checkOpen(self);
    const k = n === undefined || n === None ? -1 : indexClamped(n);
    const r = k < 0 ? self.value.slice(self.pos) : self.value.slice(self.pos, self.pos + k);
    self.pos += r.length;
    return r;
  });
  method(S, 'readline', 0, 1, (self: PyStringIO, n) => {
    checkOpen(self);
    let end = self.value.indexOf('\n', self.pos);
    end = end < 0 ? self.value.length : end + 1;
    const k = n === undefined || n === None ? -1 : indexClamped(n);
    if (k >= 0 && end - self.pos > k) end = self.pos + k;
    const r = self.value.slice(self.pos, end);
    self.pos = end;
    return r;
  });
  method(S, 'readlines', 0, 1, (self: PyStringIO) => {
    const out: Value[] = [];
    for (;;) {
      const l = callMethod(self, 'readline', []) as string;
      if (l === '') break;
      out.push(l);
    }
    return new PyList(out);
  });
  method(S, '__iter__', 0, 0, (self: PyStringIO) => self);
  method(S, '__next__', 0, 0, (self: PyStringIO) => {
    const l = callMethod(self, 'readline', []) as string;
    if (l === '') throw newExc(StopIteration);
    return l;
  });
  method(S, 'seek', 1, 2, (self: PyStringIO, p, whence) => {
    const w = whence === undefined ? 0 : Number(intValue(whence));
    const k = indexClamped(p!);
    if (w === 0) {
      if (k < 0) throw valueError(`Negative seek position ${k}`);
      self.pos = k;
    } else if (w === 2) self.pos = self.value.length;
    return self.pos;
  });
  method(S, 'tell', 0, 0, (self: PyStringIO) => self.pos);
  method(S, 'truncate', 0, 1, (self: PyStringIO, n) => {
    const k = n === undefined || n === None ? self.pos : indexClamped(n);
    self.value = self.value.slice(0, k);
    return k;
  });
  method(S, 'close', 0, 0, (self: PyStringIO) => {
    self.closed = true;
    return None;
  });
  method(S, 'flush', 0, 0, () => None);
  method(S, 'readable', 0, 0, () => true);
  method(S, 'writable', 0, 0, () => true);
  method(S, 'seekable', 0, 0, () => true);
  method(S, 'isatty', 0, 0, () => false);
  method(S, '__enter__', 0, 0, (self: PyStringIO) => self);
  method(S, '__exit__', 0, 3, (self: PyStringIO) => {
    self.closed = true;
    return None;
  });
  getset(S, 'closed', (self: PyStringIO) => self.closed);
  getset(S, 'newlines', () => None);
  getset(S, 'encoding', () => None);

  // --- BytesIO ---
  const BI = bytesIOType;
  BI.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args) => new PyBytesIO(args[0] as PyType))));
  methodRaw(BI, '__init__', (args, kw) => {
    const self = args[0] as PyBytesIO;
    const p = bindKw('BytesIO', args.slice(1), kw, [], { initial_bytes: None }, ['initial_bytes'], true);
    const iv = p['initial_bytes']!;
    if (iv !== None) {
      const data = bufferData(iv);
      if (data === null) throw typeError(`a bytes-like object is required, not '${typeOf(iv).name}'`);
      self.value = new Uint8Array(data);
      self.len = self.value.length;
    }
    return None;
  });
  method(BI, 'write', 1, 1, (self: PyBytesIO, b) => {
    checkOpen(self);
    const d = bufferData(b);
    if (d === null) throw typeError(`a bytes-like object is required, not '${typeOf(b!).name}'`);
    const need = self.pos + d.length;
    if (need > self.value.length) {
      const nv = new Uint8Array(Math.max(need, self.value.length * 2));
      nv.set(self.value.subarray(0, self.len));
      self.value = nv;
    }
    self.value.set(d, self.pos);
    self.pos = need;
    if (need > self.len) self.len = need;
    return d.length;
  });
  method(BI, 'getvalue', 0, 0, (self: PyBytesIO) => new PyBytes(self.value.slice(0, self.len)));
  // A view of the current contents (shares memory with the buffer as long as it is not resized).
  method(BI, 'getbuffer', 0, 0, (self: PyBytesIO) => {
    checkOpen(self);
    return new PyMemoryView(new PyByteArray(self.value.subarray(0, self.len)));
  });
  method(BI, 'read', 0, 1, (self: PyBytesIO, n) => {
    checkOpen(self);
    const k = n === undefined || n === None ? -1 : indexClamped(n);
    const end = k < 0 ? self.len : Math.min(self.len, self.pos + k);
    const r = self.value.slice(self.pos, end);
    self.pos = Math.max(self.pos, end);
    return new PyBytes(r);
  });
  method(BI, 'readline', 0, 1, (self: PyBytesIO) => {
    const v = self.value.subarray(0, self.len);
    let end = v.indexOf(10, self.pos);
    end = end < 0 ? self.len : end + 1;
    const r = v.slice(self.pos, end);
    self.pos = end;
    return new PyBytes(r);
  });
  method(BI, 'seek', 1, 2, (self: PyBytesIO, p, whence) => {
    const w = whence === undefined ? 0 : Number(intValue(whence));
    const k = indexClamped(p!);
    self.pos = w === 0 ? k : w === 1 ? self.pos + k : self.len + k;
    return self.pos;
  });
  method(BI, 'tell', 0, 0, (self: PyBytesIO) => self.pos);
  method(BI, 'close', 0, 0, (self: PyBytesIO) => {
    self.closed = true;
    return None;
  });
  method(BI, '__enter__', 0, 0, (self: PyBytesIO) => self);
  method(BI, '__exit__', 0, 3, (self: PyBytesIO) => {
    self.closed = true;
    return None;
  });
  getset(BI, 'closed', (self: PyBytesIO) => self.closed);
  void PyTuple;
  void tuple;
  void ArrayIterator;
  void classMethod;
  void getAttrOpt;
  void str;
}


function require_tty(fd: number): boolean {
  // tty.isatty without importing node:tty at load time
  return process.stdout.isTTY === true && fd === 1;
}
