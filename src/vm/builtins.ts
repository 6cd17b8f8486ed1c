// The builtins module (Python/bltinmodule.c).

import { BUILTIN_DOCS } from './builtin-docs.js';
import type { Value } from './object.js';
import { PyObject } from './object.js';
import { boolType, Ellipsis, intType, None, NotImplemented, objectType, PyType, strType, typeOf, typeType } from './type.js';
import { PyModule } from './module.js';
import { PyDict, dictType, idOf } from './dict.js';
import { PyList, listType } from './list.js';
import { PyTuple, tupleType, tuple } from './tuple.js';
import { setType, frozensetType } from './set.js';
import { floatType, PyFloat } from './float.js';
import { complexType } from './complex.js';
import { rangeType } from './range.js';
import { sliceType } from './slice.js';
import { bytesType, bytearrayType, PyBytes } from './bytes.js';
import { classmethodType, propertyType, staticmethodType, PyBuiltin, PyFunction, noKw, PyCell } from './function.js';
import { enumerateType, filterType, mapType, reversedType, zipType, CallableIterator } from './iter.js';
import { superType, buildClass } from './class.js';
import {
  ALL_EXCEPTIONS, EOFError, isExcInstance, newExc, StopIteration, SystemExit, typeError, valueError, AttributeError, overflowError,
  StopAsyncIteration, RuntimeError,
} from './exceptions.js';
import {
  call, callMethod, callSpecial, lenBig, compareBool, getAttr, getAttrOpt, getIter, hashOf, index, isCallable, isinstance, issubclass, iterNext, len,
  lookupSpecial, repr, reprObj, setAttr, str, strValue, toArray, truthy, binaryOp, GT, LT, isIterator, delAttr,
} from './abstract.js';
import { NB } from './opcodes.js';
import { sortValues } from './list-methods.js';
import { memoryviewType } from './bytes-methods.js';
import { formatValue, asciiObj } from './format.js';
import { intValue, divmodNumbers } from './numeric.js';
import { intToString, big, intAbs, intSign } from './int.js';
import { dirOf } from './describe.js';
import { TS } from './thread.js';
import { frameLocals } from './misc-methods.js';
import { PyTextIO, openFile } from './io.js';
import { astToPy, pyToAst } from './modules/ast.js';
import { getAstTools, importAbs } from './import.js';
import { bufferData } from './bytes.js';
import { SyntaxError as SyntaxErrorT } from './exceptions.js';
import { cpLen } from './str.js';
import { importModuleLevel, sourceCompiler, setOriginalImport } from './import.js';
import { codeInfo, CodeInfo } from './code-info.js';
import { Frame } from './frame.js';
import { runNew } from './eval.js';
import { bindKw } from './number-methods.js';
import { PyGenerator, GEN_ASYNC, genSend } from './generator.js';
import { asyncIterNext } from './generator.js';

export interface BuiltinsEnv {
  sysDict: () => PyDict;
}

function fn(d: PyDict, name: string, f: (args: Value[], kw: readonly string[] | null) => Value): PyBuiltin {
  const b = new PyBuiltin(name, f);
  d.setStr(name, b);
  return b;
}

function nargs(name: string, args: Value[], kw: readonly string[] | null, min: number, max: number): void {
  noKw(name, kw);
  const n = args.length;
  if (n < min || n > max) {
    if (min === max) {
      // METH_NOARGS, METH_O, else Argument Clinic's _PyArg_CheckPositional
      if (min === 0) throw typeError(`${name}() takes no arguments (${n} given)`);
      if (min === 1) throw typeError(`${name}() takes exactly one argument (${n} given)`);
      throw typeError(`${name} expected ${min} arguments, got ${n}`);
    }
    if (n < min) throw typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
    throw typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
  }
}

export function currentGlobals(): PyDict {
  const f = TS.frame;
  if (f === null) throw newExc(RuntimeError, 'no current frame');
  return f.globals;
}

export function stdStream(sys: PyDict, name: string): Value {
  const v = sys.getStr(name);
  if (v === undefined || v === None) throw newExc(RuntimeError, `lost sys.${name}`);
  return v;
}

function minMax(name: string, args: Value[], kw: readonly string[] | null, op: number): Value {
  const nkw = kw?.length ?? 0;
  const pos = args.slice(0, args.length - nkw);
  let key: Value = None;
  let dflt: Value | undefined;
  kw?.forEach((k, i) => {
    const v = args[pos.length + i]!;
    if (k === 'key') key = v;
    else if (k === 'default') dflt = v;
    else throw typeError(`'${k}' is an invalid keyword argument for ${name}()`);
  });
  if (pos.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  let items: Value[];
  if (pos.length === 1) items = toArray(pos[0]!);
  else {
    if (dflt !== undefined) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    items = pos;
  }
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    throw valueError(`${name}() arg is an empty sequence`);
  }
  let best = items[0]!;
  let bestKey = key === None ? best : call(key, [best]);
  for (let i = 1; i < items.length; i++) {
    const x = items[i]!;
    const k = key === None ? x : call(key, [x]);
    if (compareBool(k, bestKey, op)) {
      best = x;
      bestKey = k;
    }
  }
  return best;
}

function sum(args: Value[], kw: readonly string[] | null): Value {
  const p = bindKw('sum', args, kw, ['iterable'], { start: 0 }, ['start'], true);
  let acc = p['start']!;
  if (strValue(acc) !== undefined) throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (acc instanceof PyBytes) throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  const it = getIter(p['iterable']!);
  // int fast path, then float fast path (with Neumaier-free plain summation as CPython does)
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return acc;
    if (typeof acc === 'number' && typeof x === 'number') {
      const r = acc + x;
      if (Number.isSafeInteger(r)) {
        acc = r;
        continue;
      }
    }
    if (acc instanceof PyFloat && acc.cls === floatType && (x instanceof PyFloat || typeof x === 'number') && (!(x instanceof PyFloat) || x.cls === floatType)) {
      acc = new PyFloat(acc.v + (x instanceof PyFloat ? x.v : x));
      continue;
    }
    acc = binaryOp(NB.ADD, acc, x);
  }
}

function roundBuiltin(args: Value[], kw: readonly string[] | null): Value {
  const p = bindKw('round', args, kw, ['number'], { ndigits: None }, ['ndigits'], true);
  const x = p['number']!;
  const nd = p['ndigits']!;
  const r = lookupSpecial(x, '__round__');
  if (r === undefined) throw typeError(`type ${typeOf(x).name} doesn't define __round__ method`);
  return nd === None ? call(r, []) : call(r, [nd]);
}

function intPrefixed(x: Value, radix: number, prefix: string): string {
  const i = index(x);
  const s = big(intAbs(i)).toString(radix);
  return (intSign(i) < 0 ? '-' : '') + prefix + s;
}

export function printTo(sys: PyDict, args: Value[], kw: readonly string[] | null): Value {
  const nkw = kw?.length ?? 0;
  const n = args.length - nkw;
  let sep: Value = None;
  let end: Value = None;
  let file: Value = None;
  let flush: Value = false;
  for (let i = 0; i < nkw; i++) {
    const k = kw![i]!;
    const v = args[n + i]!;
    if (k === 'sep') sep = v;
    else if (k === 'end') end = v;
    else if (k === 'file') file = v;
    else if (k === 'flush') flush = v;
    else throw typeError(`'${k}' is an invalid keyword argument for print()`);
  }
  const sepS = sep === None ? ' ' : strValue(sep);
  if (sepS === undefined) throw typeError(`sep must be None or a string, not ${typeOf(sep).name}`);
  const endS = end === None ? '\n' : strValue(end);
  if (endS === undefined) throw typeError(`end must be None or a string, not ${typeOf(end).name}`);
  if (file === None) {
    file = sys.getStr('stdout') ?? None;
    if (file === None) return None;
  }
  if (file instanceof PyTextIO && !file.cls.isHeap()) {
    let out = '';
    for (let i = 0; i < n; i++) {
      if (i > 0) out += sepS;
      out += str(args[i]!);
    }
    file.writeText(out + endS);
    if (truthy(flush)) file.flush();
    return None;
  }
  const write = getAttr(file, 'write');
  for (let i = 0; i < n; i++) {
    if (i > 0) call(write, [sepS]);
    call(write, [str(args[i]!)]);
  }
  call(write, [endS]);
  if (truthy(flush)) call(getAttr(file, 'flush'), []);
  return None;
}

/** exec/eval's code argument: a code object, or source compiled by pyc's compiler. */
function codeArg(src: Value, mode: 'exec' | 'eval', fname: string): CodeInfo {
  if (src instanceof CodeInfo) return src;
  let text: string | undefined = strValue(src);
  if (text === undefined && src instanceof PyBytes) text = Buffer.from(src.data).toString('utf8');
  if (text === undefined) throw typeError(`${fname}() arg 1 must be a string, bytes or code object`);
  const comp = sourceCompiler();
  if (comp === null) throw newExc(RuntimeError, `pyc: ${fname}() of source text needs pyc's compiler, which is not available yet`);
  if (src instanceof PyBytes) {
    // bytes are decoded as a file is (a coding cookie counts); eval skips leading spaces and tabs
    let k = 0;
    while (mode === 'eval' && k < src.data.length && (src.data[k] === 0x20 || src.data[k] === 0x09)) k++;
    return codeInfo(comp(src.data.subarray(k), '<string>', mode, false));
  }
  if (mode === 'eval') text = text.replace(/^[ \t]+/, '');
  return codeInfo(comp(Buffer.from(text, 'utf8'), '<string>', mode, true));
}

function execCode(code: CodeInfo, globals: Value, locals: Value, fname: string, closure: PyCell[] | null = null): Value {
  let g: PyDict;
  let l: Value;
  if (globals === None) {
    const f = TS.frame!;
    g = f.globals;
    l = locals === None ? frameLocals(f) : locals;
  } else {
    if (!(globals instanceof PyDict)) throw typeError(`${fname}() globals must be a dict, not ${typeOf(globals).name}`);
    g = globals;
    l = locals === None ? globals : locals;
  }
  let b = g.getStr('__builtins__');
  if (b === undefined) {
    b = TS.frame?.builtins ?? builtinsModuleRef!.ns; // PyEval_GetBuiltins(): the caller's builtins dict
    g.setStr('__builtins__', b);
  }
  const bd = b instanceof PyModule ? b.ns : b instanceof PyDict ? b : builtinsModuleRef!.ns;
  let func: PyFunction | null = null;
  if (closure !== null) {
    // PyEval_EvalCodeEx with a closure runs the code through a function object
    func = new PyFunction(code, g, bd);
    func.closure = closure;
  }
  const f = new Frame(code, func, g, bd, l as PyDict);
  return runNew(f);
}

let builtinsModuleRef: PyModule | null = null;

export function makeBuiltins(sysDict: () => PyDict): PyModule {
  const m = new PyModule('builtins', "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis represents `...' in slices.");
  builtinsModuleRef = m;
  const d = m.ns;
  const types: [string, PyType][] = [
    ['object', objectType], ['type', typeType], ['int', intType], ['bool', boolType], ['float', floatType], ['complex', complexType],
    ['str', strType], ['bytes', bytesType], ['bytearray', bytearrayType], ['list', listType], ['tuple', tupleType], ['dict', dictType],
    ['set', setType], ['frozenset', frozensetType], ['range', rangeType], ['slice', sliceType], ['property', propertyType],
    ['classmethod', classmethodType], ['staticmethod', staticmethodType], ['super', superType], ['enumerate', enumerateType],
    ['zip', zipType], ['map', mapType], ['filter', filterType], ['reversed', reversedType],
  ];
  for (const [n, t] of types) d.setStr(n, t);
  d.setStr('memoryview', memoryviewType);
  for (const e of ALL_EXCEPTIONS) d.setStr(e.name, e);
  d.setStr('EnvironmentError', d.getStr('OSError')!);
  d.setStr('IOError', d.getStr('OSError')!);
  d.setStr('None', None);
  d.setStr('Ellipsis', Ellipsis);
  d.setStr('NotImplemented', NotImplemented);
  d.setStr('True', true);
  d.setStr('False', false);
  d.setStr('__debug__', true);

  fn(d, '__build_class__', buildClass);
  const imp = fn(d, '__import__', (args, kw) => {
    const p = bindKw('__import__', args, kw, ['name'], { globals: None, locals: None, fromlist: tuple([]), level: 0 }, ['globals', 'locals', 'fromlist', 'level'], true);
    const name = strValue(p['name']!);
    if (name === undefined) throw typeError(`__import__() argument 1 must be str, not ${typeOf(p['name']!).name}`);
    const g = p['globals']!;
    return importModuleLevel(name, g instanceof PyDict ? g : null, p['fromlist']!, Number(intValue(p['level']!) ?? 0));
  });
  setOriginalImport(imp);
  fn(d, 'print', (args, kw) => printTo(sysDict(), args, kw));
  fn(d, 'len', (args, kw) => {
    nargs('len', args, kw, 1, 1);
    return lenBig(args[0]!);
  });
  fn(d, 'repr', (args, kw) => {
    nargs('repr', args, kw, 1, 1);
    return reprObj(args[0]!);
  });
  fn(d, 'ascii', (args, kw) => {
    nargs('ascii', args, kw, 1, 1);
    return asciiObj(args[0]!);
  });
  fn(d, 'format', (args, kw) => {
    nargs('format', args, kw, 1, 2);
    const spec = args.length > 1 ? strValue(args[1]!) : '';
    if (spec === undefined) throw typeError(`format() argument 2 must be str, not ${typeOf(args[1]!).name}`);
    return formatValue(args[0]!, spec);
  });
  fn(d, 'isinstance', (args, kw) => {
    nargs('isinstance', args, kw, 2, 2);
    return isinstance(args[0]!, args[1]!);
  });
  fn(d, 'issubclass', (args, kw) => {
    nargs('issubclass', args, kw, 2, 2);
    return issubclass(args[0]!, args[1]!);
  });
  fn(d, 'callable', (args, kw) => {
    nargs('callable', args, kw, 1, 1);
    return isCallable(args[0]!);
  });
  fn(d, 'abs', (args, kw) => {
    nargs('abs', args, kw, 1, 1);
    const x = args[0]!;
    if (typeof x === 'number') return Math.abs(x);
    const r = callSpecial(x, '__abs__', []);
    if (r === undefined) throw typeError(`bad operand type for abs(): '${typeOf(x).name}'`);
    return r;
  });
  fn(d, 'all', (args, kw) => {
    nargs('all', args, kw, 1, 1);
    const it = getIter(args[0]!);
    for (;;) {
      const x = iterNext(it);
      if (x === undefined) return true;
      if (!truthy(x)) return false;
    }
  });
  fn(d, 'any', (args, kw) => {
    nargs('any', args, kw, 1, 1);
    const it = getIter(args[0]!);
    for (;;) {
      const x = iterNext(it);
      if (x === undefined) return false;
      if (truthy(x)) return true;
    }
  });
  fn(d, 'bin', (args, kw) => {
    nargs('bin', args, kw, 1, 1);
    return intPrefixed(args[0]!, 2, '0b');
  });
  fn(d, 'oct', (args, kw) => {
    nargs('oct', args, kw, 1, 1);
    return intPrefixed(args[0]!, 8, '0o');
  });
  fn(d, 'hex', (args, kw) => {
    nargs('hex', args, kw, 1, 1);
    return intPrefixed(args[0]!, 16, '0x');
  });
  fn(d, 'chr', (args, kw) => {
    nargs('chr', args, kw, 1, 1);
    const i = intValue(args[0]!);
    if (i === undefined) {
      if (args[0] instanceof PyFloat) throw typeError(`'float' object cannot be interpreted as an integer`);
    }
    const n = i !== undefined ? i : index(args[0]!);
    if (n < 0 || n > 0x10ffff) throw valueError('chr() arg not in range(0x110000)');
    return String.fromCodePoint(Number(n));
  });
  fn(d, 'ord', (args, kw) => {
    nargs('ord', args, kw, 1, 1);
    const x = args[0]!;
    const s = strValue(x);
    if (s !== undefined) {
      const n = cpLen(s);
      if (n !== 1) throw typeError(`ord() expected a character, but string of length ${n} found`);
      return s.codePointAt(0)!;
    }
    if (x instanceof PyBytes || (x instanceof PyObject && x.cls === bytearrayType)) {
      const data = (x as unknown as { data: Uint8Array; length?: number }).data;
      const n = x instanceof PyBytes ? data.length : (x as unknown as { length: number }).length;
      if (n !== 1) throw typeError(`ord() expected a character, but string of length ${n} found`);
      return data[0]!;
    }
    throw typeError(`ord() expected string of length 1, but ${typeOf(x).name} found`);
  });
  fn(d, 'divmod', (args, kw) => {
    nargs('divmod', args, kw, 2, 2);
    const [a, b] = args as [Value, Value];
    if (!typeOf(a).isHeap() && !typeOf(b).isHeap()) {
      const r = divmodNumbers(a, b);
      if (r !== undefined) return r;
    }
    const r1 = callSpecial(a, '__divmod__', [b]);
    if (r1 !== undefined && r1 !== NotImplemented) return r1;
    const r2 = callSpecial(b, '__rdivmod__', [a]);
    if (r2 !== undefined && r2 !== NotImplemented) return r2;
    throw typeError(`unsupported operand type(s) for divmod(): '${typeOf(a).name}' and '${typeOf(b).name}'`);
  });
  fn(d, 'pow', (args, kw) => {
    const p = bindKw('pow', args, kw, ['base', 'exp'], { mod: None }, ['mod'], true);
    const [b, e, m] = [p['base']!, p['exp']!, p['mod']!];
    if (m === None) return binaryOp(NB.POWER, b, e);
    const r = callSpecial(b, '__pow__', [e, m]);
    if (r !== undefined && r !== NotImplemented) return r;
    throw typeError(`unsupported operand type(s) for ** or pow(): '${typeOf(b).name}', '${typeOf(e).name}', '${typeOf(m).name}'`);
  });
  fn(d, 'round', roundBuiltin);
  fn(d, 'sum', sum);
  fn(d, 'min', (args, kw) => minMax('min', args, kw, LT));
  fn(d, 'max', (args, kw) => minMax('max', args, kw, GT));
  fn(d, 'sorted', (args, kw) => {
    const nkw = kw?.length ?? 0;
    if (args.length - nkw !== 1) throw typeError(`sorted expected 1 argument, got ${args.length - nkw}`);
    let key: Value = None;
    let reverse = false;
    kw?.forEach((k, i) => {
      const v = args[1 + i]!;
      if (k === 'key') key = v;
      else if (k === 'reverse') reverse = truthy(v);
      else throw typeError(`'${k}' is an invalid keyword argument for sort()`);
    });
    const items = toArray(args[0]!);
    sortValues(items, key, reverse);
    return new PyList(items);
  });
  fn(d, 'hash', (args, kw) => {
    nargs('hash', args, kw, 1, 1);
    return hashOf(args[0]!);
  });
  fn(d, 'id', (args, kw) => {
    nargs('id', args, kw, 1, 1);
    return idOf(args[0]!);
  });
  fn(d, 'iter', (args, kw) => {
    nargs('iter', args, kw, 1, 2);
    if (args.length === 1) return getIter(args[0]!);
    if (!isCallable(args[0]!)) throw typeError('iter(v, w): v must be callable');
    return new CallableIterator(args[0]!, args[1]!);
  });
  fn(d, 'next', (args, kw) => {
    nargs('next', args, kw, 1, 2);
    const it = args[0]!;
    if (!isIterator(it)) throw typeError(`'${typeOf(it).name}' object is not an iterator`);
    if (args.length === 2) {
      const v = iterNext(it);
      return v === undefined ? args[1]! : v;
    }
    if (it instanceof PyGenerator) return genSend(it, None);
    if (typeOf(it).isHeap()) {
      const nx = lookupSpecial(it, '__next__');
      if (nx !== undefined) return call(nx, []);
    }
    const v = iterNext(it);
    if (v === undefined) throw newExc(StopIteration);
    return v;
  });
  fn(d, 'aiter', (args, kw) => {
    nargs('aiter', args, kw, 1, 1);
    const a = lookupSpecial(args[0]!, '__aiter__');
    if (a === undefined) throw typeError(`'${typeOf(args[0]!).name}' object is not an async iterable`);
    return call(a, []);
  });
  fn(d, 'anext', (args, kw) => {
    nargs('anext', args, kw, 1, 2);
    if (args.length === 2) throw typeError('anext() with a default is not supported by pyc yet');
    return asyncIterNext(args[0]!);
  });
  fn(d, 'getattr', (args, kw) => {
    nargs('getattr', args, kw, 2, 3);
    const name = strValue(args[1]!);
    if (name === undefined) throw typeError(`attribute name must be string, not '${typeOf(args[1]!).name}'`);
    if (args.length === 3) {
      const v = getAttrOpt(args[0]!, name);
      return v === undefined ? args[2]! : v;
    }
    return getAttr(args[0]!, name);
  });
  fn(d, 'setattr', (args, kw) => {
    nargs('setattr', args, kw, 3, 3);
    const name = strValue(args[1]!);
    if (name === undefined) throw typeError(`attribute name must be string, not '${typeOf(args[1]!).name}'`);
    setAttr(args[0]!, name, args[2]!);
    return None;
  });
  fn(d, 'delattr', (args, kw) => {
    nargs('delattr', args, kw, 2, 2);
    const name = strValue(args[1]!);
    if (name === undefined) throw typeError(`attribute name must be string, not '${typeOf(args[1]!).name}'`);
    delAttr(args[0]!, name);
    return None;
  });
  fn(d, 'hasattr', (args, kw) => {
    nargs('hasattr', args, kw, 2, 2);
    const name = strValue(args[1]!);
    if (name === undefined) throw typeError(`attribute name must be string, not '${typeOf(args[1]!).name}'`);
    return getAttrOpt(args[0]!, name) !== undefined;
  });
  fn(d, 'vars', (args, kw) => {
    nargs('vars', args, kw, 0, 1);
    if (args.length === 0) return frameLocals(TS.frame!);
    const v = getAttrOpt(args[0]!, '__dict__');
    if (v === undefined) throw typeError('vars() argument must have __dict__ attribute');
    return v;
  });
  fn(d, 'dir', (args, kw) => {
    nargs('dir', args, kw, 0, 1);
    if (args.length === 0) {
      const l = frameLocals(TS.frame!);
      return new PyList(toArray(l).sort((a, b) => (String(a) < String(b) ? -1 : 1)));
    }
    return new PyList(dirOf(args[0]!));
  });
  fn(d, 'globals', (args, kw) => {
    nargs('globals', args, kw, 0, 0);
    return currentGlobals();
  });
  fn(d, 'locals', (args, kw) => {
    nargs('locals', args, kw, 0, 0);
    return frameLocals(TS.frame!);
  });
  fn(d, 'input', (args, kw) => {
    nargs('input', args, kw, 0, 1);
    const sys = sysDict();
    const out = stdStream(sys, 'stdout');
    const err = sys.getStr('stderr');
    if (err instanceof PyTextIO) err.flush();
    if (args.length) {
      const prompt = str(args[0]!);
      if (out instanceof PyTextIO) out.write(prompt);
      else call(getAttr(out, 'write'), [prompt]);
    }
    if (out instanceof PyTextIO) out.flush();
    else {
      const fl = getAttrOpt(out, 'flush');
      if (fl !== undefined) call(fl, []);
    }
    const inp = stdStream(sys, 'stdin');
    let line: string;
    if (inp instanceof PyTextIO) line = inp.readline();
    else line = str(call(getAttr(inp, 'readline'), []));
    if (line === '') throw newExc(EOFError, 'EOF when reading a line');
    return line.endsWith('\n') ? line.slice(0, -1) : line;
  });
  fn(d, 'open', openFile);
  fn(d, 'exec', (args, kw) => {
    // closure is keyword-only
    let closure: Value = None;
    const ci = kw ? kw.indexOf('closure') : -1;
    if (ci >= 0) {
      const nkw = kw!.length;
      closure = args[args.length - nkw + ci]!;
      args = args.filter((_, i) => i !== args.length - nkw + ci);
      kw = kw!.filter((_, i) => i !== ci);
    }
    const p = bindKw('exec', args, kw, ['source'], { globals: None, locals: None }, ['globals', 'locals'], true);
    const source = p['source']!;
    let cells: PyCell[] | null = null;
    if (source instanceof CodeInfo) {
      const nfree = source.nlocalsplus - source.freeStart;
      if (nfree === 0) {
        if (closure !== None) throw typeError('cannot use a closure with this code object');
      } else {
        const ok = closure instanceof PyTuple && closure.cls === tupleType && closure.items.length === nfree && closure.items.every((c) => c instanceof PyCell);
        if (!ok) throw typeError(`code object requires a closure of exactly length ${nfree}`);
        cells = (closure as PyTuple).items as PyCell[];
      }
    } else if (closure !== None) throw typeError('closure can only be used when source is a code object');
    execCode(codeArg(source, 'exec', 'exec'), p['globals']!, p['locals']!, 'exec', cells);
    return None;
  });
  fn(d, 'eval', (args, kw) => {
    const p = bindKw('eval', args, kw, ['source'], { globals: None, locals: None }, ['globals', 'locals'], true);
    const source = p['source']!;
    if (source instanceof CodeInfo && source.nlocalsplus > source.freeStart) throw typeError('code object passed to eval() may not contain free variables');
    return execCode(codeArg(source, 'eval', 'eval'), p['globals']!, p['locals']!, 'eval');
  });
  fn(d, 'compile', (args, kw) => {
    const p = bindKw('compile', args, kw, ['source', 'filename', 'mode'], { flags: 0, dont_inherit: false, optimize: -1, _feature_version: -1 }, ['flags', 'dont_inherit', 'optimize', '_feature_version'], true);
    const source = p['source']!;
    const flags = Number(intValue(p['flags']!) ?? 0);
    const optimize = Number(intValue(p['optimize']!) ?? -1);
    const mode = strValue(p['mode']!);
    const fnameV = p['filename']!;
    const filename = strValue(fnameV) ?? (fnameV instanceof PyBytes ? Buffer.from(fnameV.data).toString('utf8') : str(callMethod(importAbs('os'), 'fspath', [fnameV])));
    if (mode !== 'exec' && mode !== 'eval' && mode !== 'single' && mode !== 'func_type') throw valueError("compile() mode must be 'exec', 'eval' or 'single'");
    if (mode === 'func_type' && !(flags & 0x400)) throw valueError('compile() mode \'func_type\' requires flag PyCF_ONLY_AST');
    const ast = importAbs('_ast') as PyModule;
    const astBase = ast.ns.getStr('AST');
    if (astBase !== undefined && isinstance(source, astBase)) {
      if (flags & 0x400) return source;
      const tools = getAstTools();
      if (tools === null) throw newExc(RuntimeError, "pyc: compile() of an AST needs pyc's compiler");
      const want = mode === 'exec' ? 'Module' : mode === 'eval' ? 'Expression' : mode === 'single' ? 'Interactive' : 'FunctionType';
      const tree = pyToAst(source, want);
      const got = (tree as { _type: string })._type;
      if (got !== want) throw typeError(`expected ${want} node, got ${typeOf(source).name}`);
      return codeInfo(tools.compile(tree, filename, optimize < 0 ? 0 : optimize));
    }
    const data = bufferData(source);
    const text = strValue(source);
    if (text === undefined && data === null) throw typeError('compile() arg 1 must be a string, bytes or AST object');
    const bytes = text !== undefined ? new Uint8Array(Buffer.from(text, 'utf8')) : data!;
    if (text !== undefined && text.includes('\0') || data !== null && data.includes(0)) throw newExc(SyntaxErrorT, 'source code string cannot contain null bytes');
    if (flags & 0x400) {
      const tools = getAstTools();
      if (tools === null) throw newExc(RuntimeError, "pyc: ast.parse needs pyc's parser");
      return astToPy(tools.parse(bytes, filename, mode, text !== undefined));
    }
    const comp = sourceCompiler();
    if (comp === null) throw newExc(RuntimeError, "pyc: compile() needs pyc's compiler, which is not available yet");
    if (mode === 'func_type') throw valueError('compile() mode \'func_type\' requires flag PyCF_ONLY_AST');
    return codeInfo(comp(bytes, filename, mode, text !== undefined));
  });
  fn(d, 'breakpoint', () => None);
  const quitter = (name: string): PyBuiltin =>
    fn(d, name, (args) => {
      const code = args.length ? args[0]! : None;
      const e = newExc(SystemExit, ...(code === None ? [] : [code]));
      e.setField('code', code);
      throw e;
    });
  quitter('exit');
  quitter('quit');
  void PyTuple;
  void PyFunction;
  void PyCell;
  void isExcInstance;
  void AttributeError;
  void overflowError;
  void intToString;
  void StopAsyncIteration;
  void GEN_ASYNC;
  // CPython's docstrings for the builtin types (exceptions included).
  for (const [k, v] of d.entriesArray()) {
    const name = typeof k === 'string' ? k : '';
    if (v instanceof PyType && !v.isHeap() && (v.ns.get('__doc__') ?? None) === None) {
      const doc = BUILTIN_DOCS['type:' + name];
      if (doc !== undefined) v.ns.set('__doc__', doc);
    }
  }
  return m;
}

