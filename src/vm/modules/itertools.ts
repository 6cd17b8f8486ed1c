// itertools (Modules/itertoolsmodule.c): every iterator as a native PyIter subclass.

import type { Value } from '../object.js';
import type { PyModule } from '../module.js';
import { builtinType, None, objectType, PyType, TF_BASETYPE, typeOf } from '../type.js';
import { PyIter } from '../iter.js';
import { tuple, PyTuple } from '../tuple.js';
import { method, PyBuiltin, PyStaticMethod, classMethod } from '../function.js';
import { typeError, valueError, newExc, StopIteration } from '../exceptions.js';
import { binaryOp, call, getIter, iterNext, repr, toArray, truthy, pyEq, index } from '../abstract.js';
import { intValue } from '../numeric.js';
import { intAdd, type Int } from '../int.js';
import { NB } from '../opcodes.js';
import { PyFloat } from '../float.js';
import { bindKw } from '../number-methods.js';

function itType(name: string): PyType {
  const t = builtinType(name, objectType, TF_BASETYPE);
  t.moduleName = 'itertools';
  method(t, '__iter__', 0, 0, (self) => self);
  method(t, '__next__', 0, 0, (self: PyIter) => {
    const v = self.next();
    if (v === undefined) throw newExc(StopIteration);
    return v;
  });
  return t;
}

function ctor(t: PyType, make: (args: Value[], kw: readonly string[] | null, cls: PyType) => Value): void {
  t.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => make(args.slice(1), kw, args[0] as PyType))));
}

function noKw(name: string, kw: readonly string[] | null): void {
  if (kw && kw.length) throw typeError(`${name}() takes no keyword arguments`);
}

class FnIter extends PyIter {
  constructor(cls: PyType, readonly fn: () => Value | undefined, readonly reprFn?: () => string) {
    super(cls);
  }
  next(): Value | undefined {
    return this.fn();
  }
}

export function initItertools(m: PyModule): void {
  const reg = (t: PyType): void => m.ns.setStr(t.shortName, t);

  const countT = itType('count');
  ctor(countT, (args, kw, cls) => {
    const p = bindKw('count', args, kw, [], { start: 0, step: 1 }, ['start', 'step'], true);
    let cur = p['start']!;
    const step = p['step']!;
    const isNum = (v: Value): boolean => intValue(v) !== undefined || v instanceof PyFloat || typeOf(v).lookup('__add__') !== undefined;
    if (!isNum(cur) || !isNum(step)) throw typeError('a number is required');
    const it = new FnIter(cls, () => {
      const v = cur;
      cur = typeof cur === 'number' && typeof step === 'number' && Number.isSafeInteger(cur + step) ? cur + step : binaryOp(NB.ADD, cur, step);
      return v;
    });
    (it as unknown as { r: () => string }).r = () => (step === 1 ? `count(${repr(cur)})` : `count(${repr(cur)}, ${repr(step)})`);
    return it;
  });
  method(countT, '__repr__', 0, 0, (self) => (self as unknown as { r: () => string }).r());
  reg(countT);

  const cycleT = itType('cycle');
  ctor(cycleT, (args, kw, cls) => {
    noKw('cycle', kw);
    if (args.length !== 1) throw typeError(`cycle expected 1 argument, got ${args.length}`);
    const it = getIter(args[0]!);
    const saved: Value[] = [];
    let exhausted = false;
    let i = 0;
    return new FnIter(cls, () => {
      if (!exhausted) {
        const v = iterNext(it);
        if (v !== undefined) {
          saved.push(v);
          return v;
        }
        exhausted = true;
      }
      if (saved.length === 0) return undefined;
      const v = saved[i]!;
      i = (i + 1) % saved.length;
      return v;
    });
  });
  reg(cycleT);

  const repeatT = itType('repeat');
  ctor(repeatT, (args, kw, cls) => {
    const p = bindKw('repeat', args, kw, ['object'], {}, ['times'], true);
    const obj = p['object']!;
    let times = p['times'] === undefined ? -1 : Math.max(0, Number(index(p['times']!)));
    const it = new FnIter(cls, () => {
      if (times === 0) return undefined;
      if (times > 0) times--;
      return obj;
    });
    (it as unknown as { r: () => string }).r = () => (times < 0 ? `repeat(${repr(obj)})` : `repeat(${repr(obj)}, ${times})`);
    return it;
  });
  method(repeatT, '__repr__', 0, 0, (self) => (self as unknown as { r: () => string }).r());
  method(repeatT, '__length_hint__', 0, 0, () => 0);
  reg(repeatT);

  const accT = itType('accumulate');
  ctor(accT, (args, kw, cls) => {
    const p = bindKw('accumulate', args, kw, ['iterable'], { func: None }, ['func', 'initial'], true);
    const it = getIter(p['iterable']!);
    const fn = p['func']!;
    let total: Value | undefined = p['initial'] === undefined || p['initial'] === None ? undefined : p['initial'];
    let first = p['initial'] !== undefined && p['initial'] !== None;
    return new FnIter(cls, () => {
      if (first) {
        first = false;
        return total;
      }
      const v = iterNext(it);
      if (v === undefined) return undefined;
      total = total === undefined ? v : fn === None ? binaryOp(NB.ADD, total, v) : call(fn, [total, v]);
      return total;
    });
  });
  reg(accT);

  const chainT = itType('chain');
  ctor(chainT, (args, kw, cls) => {
    noKw('chain', kw);
    return chainOf(cls, getIter(tuple(args)));
  });
  classMethod(chainT, 'from_iterable', (args) => chainOf(chainT, getIter(args[1]!)));
  reg(chainT);

  const compressT = itType('compress');
  ctor(compressT, (args, kw, cls) => {
    const p = bindKw('compress', args, kw, ['data', 'selectors'], {}, [], true);
    const d = getIter(p['data']!);
    const s = getIter(p['selectors']!);
    return new FnIter(cls, () => {
      for (;;) {
        const v = iterNext(d);
        if (v === undefined) return undefined;
        const sel = iterNext(s);
        if (sel === undefined) return undefined;
        if (truthy(sel)) return v;
      }
    });
  });
  reg(compressT);

  const dropT = itType('dropwhile');
  ctor(dropT, (args, kw, cls) => {
    noKw('dropwhile', kw);
    const [pred, src] = args;
    const it = getIter(src!);
    let dropping = true;
    return new FnIter(cls, () => {
      for (;;) {
        const v = iterNext(it);
        if (v === undefined) return undefined;
        if (dropping && truthy(call(pred!, [v]))) continue;
        dropping = false;
        return v;
      }
    });
  });
  reg(dropT);

  const takeT = itType('takewhile');
  ctor(takeT, (args, kw, cls) => {
    noKw('takewhile', kw);
    const [pred, src] = args;
    const it = getIter(src!);
    let done = false;
    return new FnIter(cls, () => {
      if (done) return undefined;
      const v = iterNext(it);
      if (v === undefined) return undefined;
      if (truthy(call(pred!, [v]))) return v;
      done = true;
      return undefined;
    });
  });
  reg(takeT);

  const ffT = itType('filterfalse');
  ctor(ffT, (args, kw, cls) => {
    noKw('filterfalse', kw);
    const [pred, src] = args;
    const it = getIter(src!);
    return new FnIter(cls, () => {
      for (;;) {
        const v = iterNext(it);
        if (v === undefined) return undefined;
        if (!truthy(pred === None ? v : call(pred!, [v]))) return v;
      }
    });
  });
  reg(ffT);

  const grouperT = itType('_grouper');
  const groupbyT = itType('groupby');
  ctor(groupbyT, (args, kw, cls) => {
    const p = bindKw('groupby', args, kw, ['iterable'], { key: None }, ['key'], true);
    const it = getIter(p['iterable']!);
    const keyfn = p['key']!;
    const st: { tgtkey?: Value; currkey?: Value; currvalue?: Value; id: object; done: boolean } = { id: {}, done: false };
    const advance = (): boolean => {
      const v = iterNext(it);
      if (v === undefined) {
        st.done = true;
        return false;
      }
      st.currvalue = v;
      st.currkey = keyfn === None ? v : call(keyfn, [v]);
      return true;
    };
    return new FnIter(cls, () => {
      st.id = {};
      if (st.done) return undefined;
      if (st.currkey === undefined) {
        if (!advance()) return undefined;
      } else if (st.tgtkey !== undefined) {
        while (pyEq(st.tgtkey, st.currkey)) {
          if (!advance()) return undefined;
        }
      }
      st.tgtkey = st.currkey;
      const myId = st.id;
      const tgt = st.currkey!;
      const grouper = new FnIter(grouperT, () => {
        if (st.id !== myId || st.done) return undefined;
        if (st.currvalue === undefined) {
          if (!advance()) return undefined;
        }
        if (!pyEq(tgt, st.currkey!)) return undefined;
        const r = st.currvalue!;
        st.currvalue = undefined;
        return r;
      });
      return tuple([tgt, grouper]);
    });
  });
  reg(groupbyT);

  const isliceT = itType('islice');
  ctor(isliceT, (args, kw, cls) => {
    noKw('islice', kw);
    if (args.length < 2 || args.length > 4) throw typeError(`islice expected at most 4 arguments, got ${args.length}`);
    const it = getIter(args[0]!);
    const num = (v: Value | undefined, what: string, dflt: number): number => {
      if (v === undefined || v === None) return dflt;
      const i = intValue(v);
      if (i === undefined || i < 0) throw valueError(`${what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.`);
      return Number(i);
    };
    let start: number;
    let stop: number;
    let step = 1;
    if (args.length === 2) {
      start = 0;
      stop = num(args[1], 'Stop', Infinity);
    } else {
      start = num(args[1], 'Indices', 0);
      stop = num(args[2], 'Stop', Infinity);
      if (args.length === 4) {
        step = num(args[3], 'Step', 1);
        if (step === 0) throw valueError('Step for islice() must be a positive integer or None.');
      }
    }
    let pos = 0;
    let nextWanted = start;
    return new FnIter(cls, () => {
      if (nextWanted >= stop) {
        // consume up to stop as CPython does
        while (pos < stop) {
          if (iterNext(it) === undefined) break;
          pos++;
        }
        return undefined;
      }
      while (pos < nextWanted) {
        if (iterNext(it) === undefined) {
          nextWanted = stop;
          return undefined;
        }
        pos++;
      }
      const v = iterNext(it);
      if (v === undefined) {
        nextWanted = stop;
        return undefined;
      }
      pos++;
      nextWanted += step;
      return v;
    });
  });
  reg(isliceT);

  const pairT = itType('pairwise');
  ctor(pairT, (args, kw, cls) => {
    noKw('pairwise', kw);
    const it = getIter(args[0]!);
    let prev: Value | undefined;
    return new FnIter(cls, () => {
      if (prev === undefined) {
        prev = iterNext(it);
        if (prev === undefined) return undefined;
      }
      const v = iterNext(it);
      if (v === undefined) return undefined;
      const r = tuple([prev, v]);
      prev = v;
      return r;
    });
  });
  reg(pairT);

  const starmapT = itType('starmap');
  ctor(starmapT, (args, kw, cls) => {
    noKw('starmap', kw);
    const [fn, src] = args;
    const it = getIter(src!);
    return new FnIter(cls, () => {
      const v = iterNext(it);
      if (v === undefined) return undefined;
      return call(fn!, toArray(v));
    });
  });
  reg(starmapT);

  const zlT = itType('zip_longest');
  ctor(zlT, (args, kw, cls) => {
    let fill: Value = None;
    const nkw = kw?.length ?? 0;
    kw?.forEach((k, i) => {
      if (k !== 'fillvalue') throw typeError(`zip_longest() got an unexpected keyword argument '${k}'`);
      fill = args[args.length - nkw + i]!;
    });
    const its: (Value | null)[] = args.slice(0, args.length - nkw).map(getIter);
    let active = its.length;
    return new FnIter(cls, () => {
      if (active === 0 || its.length === 0) return undefined;
      const out: Value[] = [];
      for (let i = 0; i < its.length; i++) {
        const it = its[i];
        if (it === null) {
          out.push(fill);
          continue;
        }
        const v = iterNext(it!);
        if (v === undefined) {
          its[i] = null;
          active--;
          if (active === 0) return undefined;
          out.push(fill);
        } else out.push(v);
      }
      return tuple(out);
    });
  });
  reg(zlT);

  const productT = itType('product');
  ctor(productT, (args, kw, cls) => {
    let repeat = 1;
    const nkw = kw?.length ?? 0;
    kw?.forEach((k, i) => {
      if (k !== 'repeat') throw typeError(`product() got an unexpected keyword argument '${k}'`);
      repeat = Number(index(args[args.length - nkw + i]!));
    });
    const pools0 = args.slice(0, args.length - nkw).map(toArray);
    const pools: Value[][] = [];
    for (let r = 0; r < repeat; r++) pools.push(...pools0);
    const n = pools.length;
    const idx = new Array<number>(n).fill(0);
    let first = true;
    let done = pools.some((p) => p.length === 0);
    return new FnIter(cls, () => {
      if (done) return undefined;
      if (first) {
        first = false;
        return tuple(idx.map((k, i) => pools[i]![k]!));
      }
      let i = n - 1;
      for (; i >= 0; i--) {
        idx[i]!++;
        if (idx[i]! < pools[i]!.length) break;
        idx[i] = 0;
      }
      if (i < 0) {
        done = true;
        return undefined;
      }
      return tuple(idx.map((k, j) => pools[j]![k]!));
    });
  });
  reg(productT);

  const permT = itType('permutations');
  ctor(permT, (args, kw, cls) => {
    const p = bindKw('permutations', args, kw, ['iterable'], { r: None }, ['r'], true);
    const pool = toArray(p['iterable']!);
    const n = pool.length;
    const r = p['r'] === None ? n : Number(index(p['r']!));
    if (r < 0) throw valueError('r must be non-negative');
    const indices = Array.from({ length: n }, (_, i) => i);
    const cycles = Array.from({ length: r }, (_, i) => n - i);
    let first = true;
    let done = r > n;
    return new FnIter(cls, () => {
      if (done) return undefined;
      if (first) {
        first = false;
        return tuple(indices.slice(0, r).map((i) => pool[i]!));
      }
      for (let i = r - 1; i >= 0; i--) {
        cycles[i]!--;
        if (cycles[i] === 0) {
          const x = indices[i]!;
          indices.splice(i, 1);
          indices.push(x);
          cycles[i] = n - i;
        } else {
          const j = cycles[i]!;
          [indices[i], indices[n - j]] = [indices[n - j]!, indices[i]!];
          return tuple(indices.slice(0, r).map((k) => pool[k]!));
        }
      }
      done = true;
      return undefined;
    });
  });
  reg(permT);

  const combT = itType('combinations');
  ctor(combT, (args, kw, cls) => {
    const p = bindKw('combinations', args, kw, ['iterable', 'r'], {}, [], true);
    const pool = toArray(p['iterable']!);
    const n = pool.length;
    const r = Number(index(p['r']!));
    if (r < 0) throw valueError('r must be non-negative');
    const indices = Array.from({ length: r }, (_, i) => i);
    let first = true;
    let done = r > n;
    return new FnIter(cls, () => {
      if (done) return undefined;
      if (first) {
        first = false;
        return tuple(indices.map((i) => pool[i]!));
      }
      let i = r - 1;
      for (; i >= 0; i--) if (indices[i] !== i + n - r) break;
      if (i < 0) {
        done = true;
        return undefined;
      }
      indices[i]!++;
      for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1]! + 1;
      return tuple(indices.map((k) => pool[k]!));
    });
  });
  reg(combT);

  const cwrT = itType('combinations_with_replacement');
  ctor(cwrT, (args, kw, cls) => {
    const p = bindKw('combinations_with_replacement', args, kw, ['iterable', 'r'], {}, [], true);
    const pool = toArray(p['iterable']!);
    const n = pool.length;
    const r = Number(index(p['r']!));
    if (r < 0) throw valueError('r must be non-negative');
    const indices = new Array<number>(r).fill(0);
    let first = true;
    let done = n === 0 && r > 0;
    return new FnIter(cls, () => {
      if (done) return undefined;
      if (first) {
        first = false;
        return tuple(indices.map((i) => pool[i]!));
      }
      let i = r - 1;
      for (; i >= 0; i--) if (indices[i] !== n - 1) break;
      if (i < 0) {
        done = true;
        return undefined;
      }
      const v = indices[i]! + 1;
      for (let j = i; j < r; j++) indices[j] = v;
      return tuple(indices.map((k) => pool[k]!));
    });
  });
  reg(cwrT);

  const teeT = itType('_tee');
  m.ns.setStr('tee', new PyBuiltin('tee', (args) => {
    const it = getIter(args[0]!);
    const n = args.length > 1 ? Number(index(args[1]!)) : 2;
    if (n < 0) throw valueError('n must be >= 0');
    const buf: Value[] = [];
    let base = 0;
    const pos = new Array<number>(n).fill(0);
    const iters: Value[] = [];
    for (let k = 0; k < n; k++) {
      iters.push(new FnIter(teeT, () => {
        const i = pos[k]!;
        if (i - base < buf.length) {
          pos[k]!++;
          return buf[i - base];
        }
        const v = iterNext(it);
        if (v === undefined) return undefined;
        buf.push(v);
        pos[k]!++;
        const min = Math.min(...pos);
        if (min > base) {
          buf.splice(0, min - base);
          base = min;
        }
        return v;
      }));
    }
    return tuple(iters);
  }, m));
  void PyTuple;
  void intAdd;
}

function chainOf(cls: PyType, sources: Value): PyIter {
  let cur: Value | null = null;
  return new FnIter(cls, () => {
    for (;;) {
      if (cur === null) {
        const nextSrc = iterNext(sources);
        if (nextSrc === undefined) return undefined;
        cur = getIter(nextSrc);
      }
      const v = iterNext(cur);
      if (v !== undefined) return v;
      cur = null;
    }
  });
}

export type { Int };
