// _socket and select over in-memory endpoints. pyc has no network: socketpair() gives two
// connected endpoints with byte buffers (all asyncio's event loop needs for its self-pipe), and
// select.select() reports them ready; connect/bind/getaddrinfo fail as on a host without network.

import { PyObject, type Value } from '../object.js';
import type { PyModule } from '../module.js';
import { builtinType, None, objectType, PyType, TF_BASETYPE, TF_HEAPTYPE, typeOf, typeType } from '../type.js';
import { PyList } from '../list.js';
import { tuple } from '../tuple.js';
import { PyBytes, PyByteArray, bytesOf } from '../bytes.js';
import { PyFloat } from '../float.js';
import { getset, method, methodRaw, PyBuiltin, PyStaticMethod } from '../function.js';
import { newExc, typeError, valueError, OSError, BlockingIOError, BrokenPipeError, TimeoutError, PyBaseException } from '../exceptions.js';
import { callMethod, toArray } from '../abstract.js';
import { intValue } from '../numeric.js';
import { PyMemoryView } from '../bytes-methods.js';
import { asFloatArg } from '../number-methods.js';
import { def } from './util.js';

interface Endpoint {
  fd: number;
  buf: Uint8Array[];
  peer: Endpoint | null;
  closed: boolean;
  /** No more data will arrive (peer closed or shut down its writing side). */
  eof: boolean;
}

const endpoints = new Map<number, Endpoint>();
let nextFd = 1000;

function newEndpoint(): Endpoint {
  const e: Endpoint = { fd: nextFd++, buf: [], peer: null, closed: false, eof: false };
  endpoints.set(e.fd, e);
  return e;
}

function closeEndpoint(e: Endpoint): void {
  if (e.closed) return;
  e.closed = true;
  endpoints.delete(e.fd);
  if (e.peer) e.peer.eof = true;
}

function readable(e: Endpoint): boolean {
  return e.buf.length > 0 || e.eof || e.closed;
}

export const socketType = builtinType('socket', objectType, TF_BASETYPE);
socketType.moduleName = '_socket';

class PySocket extends PyObject {
  ep: Endpoint | null = null;
  family = 2;
  type = 1;
  proto = 0;
  timeout: number | null = null;
}

function heapExc(name: string, module: string, base: PyType): PyType {
  const t = new PyType(name, [base], typeType, TF_BASETYPE);
  t.flags |= TF_HEAPTYPE;
  t.moduleName = module;
  t.ns.set('__module__', module);
  t.hasDict = true;
  return t;
}

export const gaierror = heapExc('gaierror', 'socket', OSError);
export const herror = heapExc('herror', 'socket', OSError);

function osErr(t: PyType, errno: number, msg: string): PyBaseException {
  return newExc(t, errno, msg);
}

function noNetwork(): PyBaseException {
  return osErr(OSError, 101, 'Network is unreachable');
}

function sock(v: Value): PySocket {
  return v as PySocket;
}

function liveEp(s: PySocket): Endpoint {
  if (s.ep === null || s.ep.closed) throw osErr(OSError, 9, 'Bad file descriptor');
  return s.ep;
}

function dataOf(v: Value): Uint8Array {
  if (v instanceof PyBytes || v instanceof PyByteArray) return bytesOf(v);
  if (v instanceof PyMemoryView) return v.data();
  throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
}

function send(s: PySocket, data: Uint8Array): number {
  const ep = liveEp(s);
  const peer = ep.peer;
  if (peer === null) throw osErr(OSError, 107, 'Transport endpoint is not connected');
  if (peer.closed || ep.eof && false) throw osErr(BrokenPipeError, 32, 'Broken pipe');
  if (data.length) peer.buf.push(data.slice());
  return data.length;
}

function recv(s: PySocket, n: number, peek = false): Uint8Array {
  const ep = liveEp(s);
  if (n < 0) throw valueError('negative buffersize in recv');
  if (ep.buf.length === 0) {
    if (ep.eof || ep.peer === null) return new Uint8Array(0);
    if (s.timeout === null) throw osErr(BlockingIOError, 11, 'Resource temporarily unavailable (pyc: a blocking recv would never return)');
    if (s.timeout === 0) throw osErr(BlockingIOError, 11, 'Resource temporarily unavailable');
    throw newExc(TimeoutError, 'timed out');
  }
  const out: number[] = [];
  let i = 0;
  while (out.length < n && i < ep.buf.length) {
    const chunk = ep.buf[i]!;
    const take = Math.min(n - out.length, chunk.length);
    for (let j = 0; j < take; j++) out.push(chunk[j]!);
    if (!peek) {
      if (take === chunk.length) ep.buf.splice(i, 1);
      else {
        ep.buf[i] = chunk.subarray(take);
        i++;
      }
    } else i++;
  }
  return Uint8Array.from(out);
}

function initSocketType(): void {
  const S = socketType;
  S.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args) => new PySocket(args[0] as PyType))));
  methodRaw(S, '__init__', (args, kw) => {
    const self = sock(args[0]);
    const names = ['family', 'type', 'proto', 'fileno'];
    const vals: (Value | undefined)[] = [];
    const nkw = kw?.length ?? 0;
    const npos = args.length - 1 - nkw;
    for (let i = 0; i < npos; i++) vals[i] = args[1 + i];
    for (let i = 0; i < nkw; i++) {
      const k = names.indexOf(kw![i]!);
      if (k < 0) throw typeError(`socket() got an unexpected keyword argument '${kw![i]}'`);
      vals[k] = args[1 + npos + i];
    }
    const num = (v: Value | undefined, d: number): number => (v === undefined || v === None ? d : Number(intValue(v) ?? d));
    self.family = num(vals[0], -1);
    self.type = num(vals[1], -1);
    self.proto = num(vals[2], -1);
    const fileno = vals[3];
    if (fileno !== undefined && fileno !== None) {
      const fd = Number(intValue(fileno) ?? -1);
      const ep = endpoints.get(fd);
      if (ep === undefined) throw osErr(OSError, 9, 'Bad file descriptor');
      self.ep = ep;
      if (self.family === -1) self.family = 1;
      if (self.type === -1) self.type = 1;
      if (self.proto === -1) self.proto = 0;
    } else {
      if (self.family === -1) self.family = 2;
      if (self.type === -1) self.type = 1;
      if (self.proto === -1) self.proto = 0;
      self.ep = newEndpoint();
    }
    self.timeout = defaultTimeout;
    return None;
  });
  getset(S, 'family', (s: PySocket) => s.family);
  getset(S, 'type', (s: PySocket) => s.type & ~(2048 | 524288));
  getset(S, 'proto', (s: PySocket) => s.proto);
  getset(S, 'timeout', (s: PySocket) => (s.timeout === null ? None : new PyFloat(s.timeout)));
  method(S, 'fileno', 0, 0, (s: PySocket) => (s.ep === null || s.ep.closed ? -1 : s.ep.fd));
  method(S, 'close', 0, 0, (s: PySocket) => {
    if (s.ep !== null) closeEndpoint(s.ep);
    s.ep = null;
    return None;
  });
  method(S, 'detach', 0, 0, (s: PySocket) => {
    const fd = s.ep === null ? -1 : s.ep.fd;
    s.ep = null;
    return fd;
  });
  method(S, 'setblocking', 1, 1, (s: PySocket, f) => {
    s.timeout = f === false || f === 0 ? 0 : null;
    return None;
  });
  method(S, 'getblocking', 0, 0, (s: PySocket) => s.timeout !== 0);
  method(S, 'settimeout', 1, 1, (s: PySocket, t) => {
    if (t === None) s.timeout = null;
    else {
      const x = asFloatArg(t!);
      if (x < 0) throw valueError('Timeout value out of range');
      s.timeout = x;
    }
    return None;
  });
  method(S, 'gettimeout', 0, 0, (s: PySocket) => (s.timeout === null ? None : new PyFloat(s.timeout)));
  method(S, 'send', 1, 2, (s: PySocket, d) => send(s, dataOf(d!)));
  method(S, 'sendall', 1, 2, (s: PySocket, d) => (send(s, dataOf(d!)), None));
  method(S, 'recv', 1, 2, (s: PySocket, n, flags) => new PyBytes(recv(s, Number(intValue(n!) ?? 0), flags !== undefined && (Number(intValue(flags)) & 2) !== 0)));
  method(S, 'recv_into', 1, 3, (s: PySocket, b, n) => {
    if (!(b instanceof PyByteArray)) throw typeError('recv_into() argument must be read-write bytes-like object');
    const target = b.view();
    const want = n === undefined || intValue(n) === 0n || intValue(n) === 0 ? target.length : Number(intValue(n!));
    const got = recv(s, want);
    target.set(got);
    return got.length;
  });
  method(S, 'shutdown', 1, 1, (s: PySocket, how) => {
    const ep = liveEp(s);
    const h = Number(intValue(how!) ?? 2);
    if ((h === 1 || h === 2) && ep.peer) ep.peer.eof = true;
    if (h === 0 || h === 2) ep.eof = true;
    return None;
  });
  method(S, 'setsockopt', 3, 4, () => None);
  method(S, 'getsockopt', 2, 3, () => 0);
  method(S, 'getsockname', 0, 0, (s: PySocket) => (s.family === 1 ? '' : tuple(['0.0.0.0', 0])));
  method(S, 'getpeername', 0, 0, (s: PySocket) => {
    if (s.ep?.peer == null) throw osErr(OSError, 107, 'Transport endpoint is not connected');
    return s.family === 1 ? '' : tuple(['0.0.0.0', 0]);
  });
  for (const n of ['bind', 'connect', 'connect_ex', 'listen', 'accept', '_accept', 'sendto', 'recvfrom']) {
    methodRaw(S, n, () => {
      throw noNetwork();
    });
  }
  method(S, '__repr__', 0, 0, (s: PySocket) => `<socket object, fd=${s.ep?.fd ?? -1}, family=${s.family}, type=${s.type}, proto=${s.proto}>`);
}

let defaultTimeout: number | null = null;

const CONSTANTS: Record<string, number> = {
  AF_UNSPEC: 0, AF_UNIX: 1, AF_INET: 2, AF_INET6: 10,
  SOCK_STREAM: 1, SOCK_DGRAM: 2, SOCK_RAW: 3, SOCK_SEQPACKET: 5, SOCK_NONBLOCK: 2048, SOCK_CLOEXEC: 524288,
  SOL_SOCKET: 1, SO_REUSEADDR: 2, SO_TYPE: 3, SO_ERROR: 4, SO_BROADCAST: 6, SO_SNDBUF: 7, SO_RCVBUF: 8, SO_KEEPALIVE: 9, SO_REUSEPORT: 15,
  SOL_TCP: 6, SOL_UDP: 17, IPPROTO_IP: 0, IPPROTO_TCP: 6, IPPROTO_UDP: 17, IPPROTO_IPV6: 41, IPV6_V6ONLY: 26, TCP_NODELAY: 1,
  SOMAXCONN: 4096, MSG_PEEK: 2, MSG_DONTWAIT: 64, MSG_WAITALL: 256, MSG_OOB: 1, SHUT_RD: 0, SHUT_WR: 1, SHUT_RDWR: 2,
  AI_PASSIVE: 1, AI_CANONNAME: 2, AI_NUMERICHOST: 4, AI_NUMERICSERV: 1024, NI_NUMERICHOST: 1, NI_NUMERICSERV: 2, NI_NAMEREQD: 8,
  NI_DGRAM: 16, NI_NOFQDN: 4, NI_MAXHOST: 1025, NI_MAXSERV: 32, EAI_NONAME: -2, INADDR_ANY: 0, INADDR_LOOPBACK: 0x7f000001,
};

export function initSocket(m: PyModule): void {
  initSocketType();
  m.ns.setStr('socket', socketType);
  m.ns.setStr('SocketType', socketType);
  for (const [k, v] of Object.entries(CONSTANTS)) m.ns.setStr(k, v);
  m.ns.setStr('has_ipv6', false);
  m.ns.setStr('error', OSError);
  m.ns.setStr('timeout', TimeoutError);
  m.ns.setStr('gaierror', gaierror);
  m.ns.setStr('herror', herror);
  def(m, 'socketpair', (args) => {
    const fam = args[0] === undefined || args[0] === None ? 1 : Number(intValue(args[0]) ?? 1);
    const typ = args[1] === undefined ? 1 : Number(intValue(args[1]) ?? 1);
    const a = newEndpoint();
    const b = newEndpoint();
    a.peer = b;
    b.peer = a;
    const mk = (ep: Endpoint): PySocket => {
      const s = new PySocket(socketType);
      s.ep = ep;
      s.family = fam;
      s.type = typ;
      s.proto = 0;
      s.timeout = defaultTimeout;
      return s;
    };
    return tuple([mk(a), mk(b)]);
  });
  def(m, 'gethostname', () => 'localhost');
  def(m, 'getdefaulttimeout', () => (defaultTimeout === null ? None : new PyFloat(defaultTimeout)));
  def(m, 'setdefaulttimeout', (args) => {
    defaultTimeout = args[0] === undefined || args[0] === None ? null : asFloatArg(args[0]);
    return None;
  });
  def(m, 'getaddrinfo', () => {
    throw osErr(gaierror, -3, 'Temporary failure in name resolution');
  });
  def(m, 'gethostbyname', () => {
    throw osErr(gaierror, -3, 'Temporary failure in name resolution');
  });
  def(m, 'getnameinfo', () => {
    throw osErr(gaierror, -3, 'Temporary failure in name resolution');
  });
  def(m, 'close', (args) => {
    const ep = endpoints.get(Number(intValue(args[0] ?? -1) ?? -1));
    if (ep) closeEndpoint(ep);
    return None;
  });
  def(m, 'dup', (args) => Number(intValue(args[0] ?? -1) ?? -1));
  const swap16 = (x: number): number => ((x & 0xff) << 8) | ((x >> 8) & 0xff);
  const swap32 = (x: number): number => (((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24)) >>> 0;
  def(m, 'htons', (args) => swap16(Number(intValue(args[0]!) ?? 0)));
  def(m, 'ntohs', (args) => swap16(Number(intValue(args[0]!) ?? 0)));
  def(m, 'htonl', (args) => swap32(Number(intValue(args[0]!) ?? 0)));
  def(m, 'ntohl', (args) => swap32(Number(intValue(args[0]!) ?? 0)));
}

// --- select -------------------------------------------------------------------------------------

function fdOf(v: Value): number {
  const n = intValue(v);
  if (n !== undefined) return Number(n);
  const f = callMethod(v, 'fileno', []);
  const k = intValue(f);
  if (k === undefined) throw typeError('fileno() returned a non-integer');
  return Number(k);
}

function sleepSeconds(s: number): void {
  if (!(s > 0)) return;
  const end = Date.now() + s * 1000;
  const sab = new Int32Array(new SharedArrayBuffer(4));
  while (Date.now() < end) Atomics.wait(sab, 0, 0, Math.max(1, end - Date.now()));
}

import { isVirtualFd, vreadable } from '../vproc.js';

export function initSelect(m: PyModule): void {
  m.ns.setStr('error', OSError);
  m.ns.setStr('PIPE_BUF', 4096);
  def(m, 'select', (args) => {
    if (args.length < 3 || args.length > 4) throw typeError(`select expected 3 to 4 arguments, got ${args.length}`);
    const [r, w, x] = args.slice(0, 3).map((a) => toArray(a!));
    let timeout: number | null = null;
    if (args[3] !== undefined && args[3] !== None) {
      timeout = asFloatArg(args[3]);
      if (timeout < 0) throw valueError('timeout must be non-negative');
    }
    const ready = (): [Value[], Value[], Value[]] => [
      r!.filter((o) => {
        const fd = fdOf(o);
        if (isVirtualFd(fd)) return vreadable(fd);
        const ep = endpoints.get(fd);
        return ep === undefined || readable(ep);
      }),
      w!.filter(() => true),
      x!.filter(() => false),
    ];
    let res = ready();
    if (res[0].length + res[1].length === 0) {
      // Nothing can become ready while we wait: honour the timeout as a sleep.
      sleepSeconds(timeout ?? 0);
      res = ready();
    }
    return tuple(res.map((a) => new PyList(a)));
  });
}

