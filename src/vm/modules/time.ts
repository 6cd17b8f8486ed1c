// time (a subset): time, perf_counter, monotonic, process_time, sleep, time_ns, perf_counter_ns.

import type { PyModule } from '../module.js';
import { None } from '../type.js';
import { PyFloat } from '../float.js';
import { def } from './util.js';
import { asFloatArg } from '../number-methods.js';
import { valueError } from '../exceptions.js';

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
  m.ns.setStr('timezone', 0);
  m.ns.setStr('altzone', 0);
  m.ns.setStr('daylight', 0);
}
