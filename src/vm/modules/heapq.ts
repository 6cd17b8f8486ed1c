// _heapq and _bisect (Modules/_heapqmodule.c, Modules/_bisectmodule.c): the C versions heapq.py
// and bisect.py import over their pure-Python code, with their argument checks and messages.

import type { Value } from '../object.js';
import type { PyModule } from '../module.js';
import { None } from '../type.js';
import { PyList } from '../list.js';
import { indexError, typeError, valueError, newExc, RuntimeError } from '../exceptions.js';
import { call, callMethod, getItem, lenBig, richCompare, truthy, LT, index as indexOf } from '../abstract.js';
import { intValue } from '../numeric.js';
import { def } from './util.js';

function lt(a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return truthy(richCompare(a, b, LT));
}

function heapList(v: Value, fname: string, single = false): PyList {
  if (!(v instanceof PyList)) throw typeError(`${fname}() argument${single ? '' : ' 1'} must be list, not ${typeName(v)}`);
  return v;
}

function typeName(v: Value): string {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return 'int';
    case 'boolean':
      return 'bool';
    case 'string':
      return 'str';
    default:
      return v.cls.name;
  }
}

/** A comparison may run Python code that resizes the list. */
function checkSize(heap: PyList, n: number): void {
  if (heap.items.length !== n) throw newExc(RuntimeError, 'list changed size during iteration');
}

function siftdown(heap: PyList, startpos: number, pos: number, max: boolean): void {
  const items = heap.items;
  const size = items.length;
  const newitem = items[pos]!;
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap.items[parentpos]!;
    const c = max ? lt(parent, newitem) : lt(newitem, parent);
    checkSize(heap, size);
    if (!c) break;
    heap.items[pos] = heap.items[parentpos]!;
    heap.items[parentpos] = newitem;
    pos = parentpos;
  }
  void items;
}

function siftup(heap: PyList, pos: number, max: boolean): void {
  const endpos = heap.items.length;
  const startpos = pos;
  let childpos = 2 * pos + 1;
  while (childpos < endpos) {
    const rightpos = childpos + 1;
    if (rightpos < endpos) {
      const a = heap.items[childpos]!;
      const b = heap.items[rightpos]!;
      const c = max ? lt(b, a) : lt(a, b);
      checkSize(heap, endpos);
      if (!c) childpos = rightpos;
    }
    const tmp = heap.items[childpos]!;
    heap.items[childpos] = heap.items[pos]!;
    heap.items[pos] = tmp;
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  siftdown(heap, startpos, pos, max);
}

function args2(name: string, args: Value[], kw: readonly string[] | null, n: number): void {
  if (kw && kw.length) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length !== n) throw typeError(n === 1 ? `${name}() takes exactly one argument (${args.length} given)` : `${name} expected ${n} arguments, got ${args.length}`);
}

export function initHeapq(m: PyModule): void {
  m.ns.setStr('__about__', 'Heap queues');
  def(m, 'heappush', (args, kw) => {
    args2('heappush', args, kw, 2);
    const heap = heapList(args[0]!, 'heappush');
    heap.items.push(args[1]!);
    siftdown(heap, 0, heap.items.length - 1, false);
    return None;
  });
  const pop = (name: string, max: boolean) => (args: Value[], kw: readonly string[] | null): Value => {
    args2(name, args, kw, 1);
    const heap = heapList(args[0]!, name, true);
    if (heap.items.length === 0) throw indexError('index out of range');
    const last = heap.items.pop()!;
    if (heap.items.length === 0) return last;
    const ret = heap.items[0]!;
    heap.items[0] = last;
    siftup(heap, 0, max);
    return ret;
  };
  def(m, 'heappop', pop('heappop', false));
  def(m, '_heappop_max', pop('_heappop_max', true));
  const replace = (name: string, max: boolean) => (args: Value[], kw: readonly string[] | null): Value => {
    args2(name, args, kw, 2);
    const heap = heapList(args[0]!, name);
    if (heap.items.length === 0) throw indexError('index out of range');
    const ret = heap.items[0]!;
    heap.items[0] = args[1]!;
    siftup(heap, 0, max);
    return ret;
  };
  def(m, 'heapreplace', replace('heapreplace', false));
  def(m, '_heapreplace_max', replace('_heapreplace_max', true));
  def(m, 'heappushpop', (args, kw) => {
    args2('heappushpop', args, kw, 2);
    const heap = heapList(args[0]!, 'heappushpop');
    const item = args[1]!;
    if (heap.items.length === 0) return item;
    const top = heap.items[0]!;
    const c = lt(top, item);
    if (heap.items.length === 0) throw indexError('index out of range');
    if (!c) return item;
    const ret = heap.items[0]!;
    heap.items[0] = item;
    siftup(heap, 0, false);
    return ret;
  });
  const heapify = (name: string, max: boolean) => (args: Value[], kw: readonly string[] | null): Value => {
    args2(name, args, kw, 1);
    const heap = heapList(args[0]!, name, true);
    for (let i = (heap.items.length >> 1) - 1; i >= 0; i--) siftup(heap, i, max);
    return None;
  };
  def(m, 'heapify', heapify('heapify', false));
  def(m, '_heapify_max', heapify('_heapify_max', true));
}

function bounds(fname: string, a: Value, loV: Value, hiV: Value): [number | bigint, number | bigint] {
  const lo = indexOf(loV);
  if (lo < 0) throw valueError('lo must be non-negative');
  const hi = hiV === None ? lenBig(a) : indexOf(hiV);
  void fname;
  return [lo, hi];
}

function bisect(a: Value, x: Value, loIn: number | bigint, hiIn: number | bigint, key: Value, right: boolean): Value {
  if (typeof loIn === 'bigint' || typeof hiIn === 'bigint' || hiIn > Number.MAX_SAFE_INTEGER) {
    // indices beyond 2**53 (a range up to sys.maxsize)
    let lo = BigInt(loIn);
    let hi = BigInt(hiIn);
    const norm = (n: bigint): Value => (n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n);
    while (lo < hi) {
      const mid = (lo + hi) / 2n;
      let item = getItem(a, norm(mid));
      if (key !== None) item = call(key, [item]);
      if (right ? lt(x, item) : lt(item, x)) {
        if (right) hi = mid;
        else lo = mid + 1n;
      } else if (right) lo = mid + 1n;
      else hi = mid;
    }
    return norm(lo);
  }
  let lo = loIn;
  let hi = hiIn;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let item = a instanceof PyList && !a.cls.isHeap() ? a.items[mid]! : getItem(a, mid);
    if (key !== None) item = call(key, [item]);
    if (right ? lt(x, item) : lt(item, x)) {
      if (right) hi = mid;
      else lo = mid + 1;
    } else if (right) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** (a, x, lo=0, hi=None, *, key=None) */
function bindArgs(name: string, args: Value[], kw: readonly string[] | null): Record<string, Value | undefined> {
  const npos = args.length - (kw?.length ?? 0);
  if (npos > 4) throw typeError(`${name}() takes at most 4 positional arguments (${npos} given)`);
  const names = ['a', 'x', 'lo', 'hi'];
  const out: Record<string, Value | undefined> = { lo: 0, hi: None, key: None };
  for (let i = 0; i < npos; i++) out[names[i]!] = args[i]!;
  for (let i = 0; i < (kw?.length ?? 0); i++) {
    const k = kw![i]!;
    if (!['a', 'x', 'lo', 'hi', 'key'].includes(k)) throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
    if (names.indexOf(k) >= 0 && names.indexOf(k) < npos) throw typeError(`argument for ${name}() given by name ('${k}') and position (${names.indexOf(k) + 1})`);
    out[k] = args[npos + i]!;
  }
  for (const [i, k] of ['a', 'x'].entries()) if (out[k] === undefined) throw typeError(`${name}() missing required argument '${k}' (pos ${i + 1})`);
  return out;
}

export function initBisect(m: PyModule): void {
  for (const right of [false, true]) {
    const name = right ? 'bisect_right' : 'bisect_left';
    def(m, name, (args, kw) => {
      const p = bindArgs(name, args, kw);
      const [l, h] = bounds(name, p['a']!, p['lo']!, p['hi']!);
      return bisect(p['a']!, p['x']!, l, h, p['key']!, right);
    });
    const iname = right ? 'insort_right' : 'insort_left';
    def(m, iname, (args, kw) => {
      const p = bindArgs(iname, args, kw);
      const [l, h] = bounds(iname, p['a']!, p['lo']!, p['hi']!);
      const a = p['a']!;
      const x = p['x']!;
      const keyed = p['key'] === None ? x : call(p['key']!, [x]);
      const i = bisect(a, keyed, l, h, p['key']!, right);
      if (a instanceof PyList && !a.cls.isHeap()) a.items.splice(i as number, 0, x);
      else callMethod(a, 'insert', [i, x]);
      return None;
    });
  }
  void intValue;
}
