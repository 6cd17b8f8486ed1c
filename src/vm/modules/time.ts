// time (a subset): time, perf_counter, monotonic, process_time, sleep, time_ns, perf_counter_ns.

import type { PyModule } from '../module.js';
import type { Value } from '../object.js';
import { None, typeOf } from '../type.js';
import { PyTuple, tuple } from '../tuple.js';
import { structSeqType, structSeqNew, PyStructSeq } from '../structseq.js';
import { call, getAttr, strValue } from '../abstract.js';
import { intValue } from '../numeric.js';
import { importAbs } from '../import.js';
import { newNamespace } from '../namespace.js';
import { PyFloat } from '../float.js';
import { def } from './util.js';
import { asFloatArg } from '../number-methods.js';
import { index } from '../abstract.js';
import { overflowError } from '../exceptions.js';
import { oserrorFromCode } from '../oserror.js';
import { typeError, valueError } from '../exceptions.js';

export function initTime(m: PyModule): void {
  const start = process.hrtime.bigint();
  def(m, 'time', () => new PyFloat(Date.now() / 1000));
  def(m, 'time_ns', () => BigInt(Date.now()) * 1000000n);
  const perf = (): PyFloat => new PyFloat(Number(process.hrtime.bigint() - start) / 1e9);
  def(m, 'perf_counter', perf);
  def(m, 'monotonic', perf);
  def(m, 'process_time', () => new PyFloat(process.cpuUsage().user / 1e6));
  def(m, 'perf_counter_ns', () => { const n = process.hrtime.bigint() - start; return n <= 9007199254740991n ? Number(n) : n; });
  def(m, 'monotonic_ns', () => { const n = process.hrtime.bigint() - start; return n <= 9007199254740991n ? Number(n) : n; });
  def(m, 'sleep', (args) => {
    const s = asFloatArg(args[0]!);
    if (s < 0) throw valueError('sleep length must be non-negative');
    const end = Date.now() + s * 1000;
    const sab = new Int32Array(new SharedArrayBuffer(4));
    while (Date.now() < end) Atomics.wait(sab, 0, 0, Math.max(1, end - Date.now()));
    return None;
  });
  const off = -new Date(2000, 0, 1).getTimezoneOffset() * 60;
  const offJul = -new Date(2000, 6, 1).getTimezoneOffset() * 60;
  const zone = (d: Date): string => zoneName(d);
  m.ns.setStr('timezone', -Math.min(off, offJul) === 0 ? 0 : -Math.min(off, offJul));
  m.ns.setStr('altzone', -Math.max(off, offJul));
  m.ns.setStr('daylight', off !== offJul ? 1 : 0);
  m.ns.setStr('tzname', tuple([zone(new Date(2000, 0, 1)), zone(new Date(2000, 6, 1))]));
  m.ns.setStr('struct_time', structTimeType);
  const secsArg = (v: Value | undefined): number => {
    if (v === undefined || v === None) return Date.now() / 1000;
    // _PyTime_ObjectToTime_t: a float, else an integer (__index__)
    const x = v instanceof PyFloat ? v.v : Number(index(v));
    if (Number.isNaN(x)) throw valueError('Invalid value NaN (not a number)');
    if (!(Math.abs(x) < 2 ** 63)) throw overflowError('timestamp out of range for platform time_t');
    if (Math.abs(x) > 8.64e12) throw oserrorFromCode(75, 'Value too large for defined data type');
    return x;
  };
  def(m, 'gmtime', (args) => structTime(new Date(Math.floor(secsArg(args[0])) * 1000), true));
  def(m, 'localtime', (args) => structTime(new Date(Math.floor(secsArg(args[0])) * 1000), false));
  def(m, 'mktime', (args) => {
    const f = tmFields(args[0]!, 'mktime');
    const d = new Date(f[0]!, f[1]! - 1, f[2]!, f[3]!, f[4]!, f[5]!);
    return new PyFloat(d.getTime() / 1000);
  });
  const tmOrNow = (v: Value | undefined, who: string): number[] =>
    v === undefined ? tmFields(structTime(new Date(), false), who) : tmFields(v, who);
  def(m, 'strftime', (args) => {
    const fmt = strValue(args[0] ?? None);
    if (fmt === undefined) throw typeError(`strftime() argument 1 must be str, not ${typeOf(args[0] ?? None).name}`);
    const f = tmOrNow(args[1], 'strftime');
    return strftime(fmt, f, args[1]);
  });
  def(m, 'asctime', (args) => asctime(tmOrNow(args[0], 'asctime')));
  def(m, 'ctime', (args) => asctime(tmFields(structTime(new Date(Math.floor(secsArg(args[0])) * 1000), false), 'ctime')));
  def(m, 'strptime', (args) => {
    const mod = importAbs('_strptime');
    return call(getAttr(mod, '_strptime_time'), args);
  });
  def(m, 'get_clock_info', (args) => {
    const name = strValue(args[0] ?? None);
    const info: Record<string, [string, boolean, boolean, number]> = {
      time: ['clock_gettime(CLOCK_REALTIME)', false, true, 1e-9],
      monotonic: ['clock_gettime(CLOCK_MONOTONIC)', true, false, 1e-9],
      perf_counter: ['clock_gettime(CLOCK_MONOTONIC)', true, false, 1e-9],
      process_time: ['clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', true, false, 1e-9],
      thread_time: ['clock_gettime(CLOCK_THREAD_CPUTIME_ID)', true, false, 1e-9],
    };
    const i = name === undefined ? undefined : info[name];
    if (i === undefined) throw valueError('unknown clock');
    return newNamespace([['implementation', i[0]], ['monotonic', i[1]], ['adjustable', i[2]], ['resolution', new PyFloat(i[3])]]);
  });
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const structTimeType = structSeqType('struct_time', 'time',
  ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst', 'tm_zone', 'tm_gmtoff'], 9);

function zoneName(d: Date): string {
  const off = -d.getTimezoneOffset();
  if (off === 0) return 'UTC';
  try {
    const p = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(d).find((x) => x.type === 'timeZoneName');
    if (p) return p.value;
  } catch {
    // fall through
  }
  return 'UTC';
}

function structTime(d: Date, utc: boolean): Value {
  const y = utc ? d.getUTCFullYear() : d.getFullYear();
  const mo = utc ? d.getUTCMonth() : d.getMonth();
  const day = utc ? d.getUTCDate() : d.getDate();
  const wd = ((utc ? d.getUTCDay() : d.getDay()) + 6) % 7;
  const start = Date.UTC(y, 0, 1);
  const yday = Math.floor((Date.UTC(y, mo, day) - start) / 86400000) + 1;
  const gmtoff = utc ? 0 : -d.getTimezoneOffset() * 60;
  const jan = -new Date(y, 0, 1).getTimezoneOffset() * 60;
  const jul = -new Date(y, 6, 1).getTimezoneOffset() * 60;
  const isdst = utc || jan === jul ? 0 : gmtoff === Math.max(jan, jul) ? 1 : 0;
  return structSeqNew(structTimeType, [
    y, mo + 1, day, utc ? d.getUTCHours() : d.getHours(), utc ? d.getUTCMinutes() : d.getMinutes(), utc ? d.getUTCSeconds() : d.getSeconds(),
    wd, yday, isdst, utc ? 'UTC' : zoneName(d), gmtoff,
  ]);
}

function tmFields(v: Value, who: string): number[] {
  if (!(v instanceof PyTuple)) throw typeError(`Tuple or struct_time argument required`);
  if (v.items.length !== 9) throw typeError(`${who}(): illegal time tuple argument`);
  return v.items.map((x) => {
    const n = intValue(x);
    if (n === undefined) throw typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
    return Number(n);
  });
}

function asctime(f: number[]): string {
  const [y, mo, d, h, mi, s, wd] = f as [number, number, number, number, number, number, number];
  const p2 = (n: number): string => String(n).padStart(2, '0');
  return `${DAYS[wd]!.slice(0, 3)} ${MONTHS[mo - 1]!.slice(0, 3)} ${String(d).padStart(2, ' ')} ${p2(h)}:${p2(mi)}:${p2(s)} ${y}`;
}

/** C-locale strftime (glibc's directives). */
function strftime(fmt: string, f: number[], tv: Value | undefined): string {
  const [y, mo, d, h, mi, s, wd, yd] = f as [number, number, number, number, number, number, number, number];
  if (mo < 1 || mo > 12) throw valueError('month out of range');
  if (d < 1 || d > 31) throw valueError('day of month out of range');
  if (h < 0 || h > 23) throw valueError('hour out of range');
  if (mi < 0 || mi > 59) throw valueError('minute out of range');
  if (s < 0 || s > 61) throw valueError('seconds out of range');
  if (wd < 0 || wd > 6) throw valueError('day of week out of range');
  if (yd < 1 || yd > 366) throw valueError('day of year out of range');
  const pad = (n: number, w = 2, c = '0'): string => (n < 0 ? '-' + String(-n).padStart(w - 1, c) : String(n).padStart(w, c));
  const sunWd = (wd + 1) % 7;
  const isoWeek = (): [number, number] => {
    const date = new Date(Date.UTC(y, mo - 1, d));
    const dayNum = wd + 1;
    date.setUTCDate(date.getUTCDate() + 4 - dayNum);
    const iy = date.getUTCFullYear();
    const wk = Math.ceil(((date.getTime() - Date.UTC(iy, 0, 1)) / 86400000 + 1) / 7);
    return [iy, wk];
  };
  let zoneStr = 'UTC';
  let gmtoff = 0;
  if (tv instanceof PyStructSeq && tv.fields.length > 10) {
    const z = strValue(tv.fields[9]!);
    if (z !== undefined) zoneStr = z;
    const g = intValue(tv.fields[10]!);
    if (g !== undefined) gmtoff = Number(g);
  } else {
    const dt = new Date(y, mo - 1, d, h, mi, s);
    zoneStr = zoneName(dt);
    gmtoff = -dt.getTimezoneOffset() * 60;
  }
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (c !== '%' || i + 1 >= fmt.length) {
      out += c;
      continue;
    }
    const k = fmt[++i]!;
    switch (k) {
      case 'a': out += DAYS[wd]!.slice(0, 3); break;
      case 'A': out += DAYS[wd]!; break;
      case 'b': case 'h': out += MONTHS[mo - 1]!.slice(0, 3); break;
      case 'B': out += MONTHS[mo - 1]!; break;
      case 'c': out += asctime(f); break;
      case 'C': out += pad(Math.floor(y / 100)); break;
      case 'd': out += pad(d); break;
      case 'D': out += `${pad(mo)}/${pad(d)}/${pad(((y % 100) + 100) % 100)}`; break;
      case 'e': out += pad(d, 2, ' '); break;
      case 'F': out += `${y}-${pad(mo)}-${pad(d)}`; break;
      case 'G': out += String(isoWeek()[0]); break;
      case 'g': out += pad(isoWeek()[0] % 100); break;
      case 'H': out += pad(h); break;
      case 'I': out += pad(h % 12 === 0 ? 12 : h % 12); break;
      case 'j': out += pad(yd, 3); break;
      case 'm': out += pad(mo); break;
      case 'M': out += pad(mi); break;
      case 'n': out += '\n'; break;
      case 'p': out += h < 12 ? 'AM' : 'PM'; break;
      case 'r': out += `${pad(h % 12 === 0 ? 12 : h % 12)}:${pad(mi)}:${pad(s)} ${h < 12 ? 'AM' : 'PM'}`; break;
      case 'R': out += `${pad(h)}:${pad(mi)}`; break;
      case 'S': out += pad(s); break;
      case 't': out += '\t'; break;
      case 'T': case 'X': out += `${pad(h)}:${pad(mi)}:${pad(s)}`; break;
      case 'u': out += String(wd + 1); break;
      case 'U': out += pad(Math.floor((yd - 1 + 7 - sunWd) / 7)); break;
      case 'V': out += pad(isoWeek()[1]); break;
      case 'w': out += String(sunWd); break;
      case 'W': out += pad(Math.floor((yd - 1 + 7 - wd) / 7)); break;
      case 'x': out += `${pad(mo)}/${pad(d)}/${pad(((y % 100) + 100) % 100)}`; break;
      case 'y': out += pad(((y % 100) + 100) % 100); break;
      case 'Y': out += String(y); break;
      case 'z': {
        const a = Math.abs(gmtoff);
        out += `${gmtoff < 0 ? '-' : '+'}${pad(Math.floor(a / 3600))}${pad(Math.floor((a % 3600) / 60))}`;
        break;
      }
      case 'Z': out += zoneStr; break;
      case '%': out += '%'; break;
      default: out += '%' + k;
    }
  }
  return out;
}
