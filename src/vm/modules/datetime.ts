// _datetime: CPython's Lib/datetime.py classes, executed in a namespace of their own, adjusted by
// DATETIME_SHIM to the C module's behaviour (messages, argument checks), and presented as the C
// types are: tp_name 'datetime.date' in messages, immutable, frames hidden from tracebacks.

import type { Value } from '../object.js';
import { PyModule } from '../module.js';
import { None, PyType, TF_HEAPTYPE, TF_IMMUTABLE, typeOf } from '../type.js';
import { PyBuiltin } from '../function.js';
import { ModuleNotFoundError, newExc } from '../exceptions.js';
import { codeForFile, execModule, locateModule, sourceCompiler, importAbs } from '../import.js';
import { codeInfo, hideCode } from '../code-info.js';
import { PyDict } from '../dict.js';
import { DATETIME_SHIM } from './datetime-shim.js';
import { DECIMAL_SHIM } from './decimal-shim.js';
import { strValue, toArray } from '../abstract.js';

function notAvailable(): never {
  const e = newExc(ModuleNotFoundError, "No module named '_datetime'");
  e.setField('name', '_datetime');
  throw e;
}

/** A class of a pure-Python module made to look like a static (C) type of module `module`. */
export function asStaticType(t: Value | undefined, name: string, module = 'datetime'): PyType {
  if (!(t instanceof PyType)) throw newExc(ModuleNotFoundError, `pyc: cannot find class ${name}`);
  t.flags &= ~TF_HEAPTYPE;
  t.flags |= TF_IMMUTABLE;
  t.ownLayout = false;
  t.qualname = name;
  t.moduleName = module;
  t.invalidate();
  return t;
}

/**
 * Runs the standard library's pure-Python `pyModule` (found on sys.path) in a namespace of its
 * own, then `shim` there; every frame of both is hidden from tracebacks. The module named
 * `blocked` reads as absent meanwhile (the pure module's own `from _x import *` fails).
 */
export function runHiddenStdlib(pyModule: string, shim: string, blocked: string, label: string): PyDict {
  const comp = sourceCompiler();
  const found = locateModule(pyModule, null);
  if (comp === null || found === null) {
    const e = newExc(ModuleNotFoundError, `No module named '${blocked}'`);
    e.setField('name', blocked);
    throw e;
  }
  const sys = importAbs('sys') as PyModule;
  const modules = sys.ns.getStr('modules') as PyDict;
  const { code } = codeForFile(found.file, pyModule);
  hideCode(code);
  const inner = new PyModule(pyModule);
  inner.ns.setStr('__file__', found.file);
  inner.ns.setStr('__package__', '');
  inner.ns.setStr('__spec__', None);
  const self = modules.getStr(blocked);
  modules.setStr(blocked, None);
  try {
    execModule(code, inner);
  } finally {
    if (self !== undefined) modules.setStr(blocked, self);
    else modules.delete(blocked);
  }
  const ns = inner.ns;
  ns.setStr('_pyc_tpname', new PyBuiltin('_pyc_tpname', (args) => typeOf(args[0]!).name));
  const shimCode = codeInfo(comp(new Uint8Array(Buffer.from(shim, 'utf8')), label, 'exec'));
  hideCode(shimCode);
  execModule(shimCode, inner);
  return ns;
}

export function initDatetime(m: PyModule): void {
  const ns = runHiddenStdlib('datetime', DATETIME_SHIM, '_datetime', '<_datetime>');
  for (const name of ['date', 'datetime', 'time', 'timedelta', 'tzinfo', 'timezone']) {
    m.ns.setStr(name, asStaticType(ns.getStr(name), name));
  }
  asStaticType(ns.getStr('_IsoCalendarDate'), 'IsoCalendarDate');
  for (const name of ['MINYEAR', 'MAXYEAR', 'UTC']) m.ns.setStr(name, ns.getStr(name)!);
  m.ns.setStr('datetime_CAPI', None);
  m.ns.setStr('__doc__', 'Fast implementation of the datetime type.');
}

export function initDecimal(m: PyModule): void {
  const ns = runHiddenStdlib('_pydecimal', DECIMAL_SHIM, '_decimal', '<_decimal>');
  asStaticType(ns.getStr('Decimal'), 'Decimal', 'decimal');
  asStaticType(ns.getStr('Context'), 'Context', 'decimal');
  asStaticType(ns.getStr('_ContextManager'), 'ContextManager', 'decimal');
  const all = ns.getStr('__all__');
  for (const name of all === undefined ? [] : toArray(all)) {
    const n = strValue(name)!;
    const v = ns.getStr(n);
    if (v !== undefined) m.ns.setStr(n, v);
  }
  for (const name of ['__doc__', '__version__', '__libmpdec_version__']) m.ns.setStr(name, ns.getStr(name) ?? None);
}
