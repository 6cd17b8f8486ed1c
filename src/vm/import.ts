// The import system: IMPORT_NAME / IMPORT_FROM / IMPORT_STAR with importlib's semantics
// (Lib/importlib/_bootstrap.py): sys.modules, parents before children, relative imports,
// fromlist handling, packages with __path__. Modules come from the native registry (sys,
// math, ...) or from sys.path directories: `.py` compiled by pyc's compiler when one is
// registered, else the `.pyc` python3 left in `__pycache__/` (or a sourceless `.pyc`).

import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolvePath } from './cwd.js';
import { dirname, join } from 'node:path';
import { PyObject, type Value } from './object.js';
import { None, typeOf } from './type.js';
import { PyDict } from './dict.js';
import { PyList } from './list.js';
import { PyModule, moduleType } from './module.js';
import type { Frame } from './frame.js';
import {
  ImportError, isExcInstance, ModuleNotFoundError, newExc, PyBaseException, AttributeError, typeError, valueError, KeyError,
} from './exceptions.js';
import { call, getAttr, getAttrOpt, setAttr, setItem, strValue, toArray, str } from './abstract.js';
import { codeInfo, type CodeInfo } from './code-info.js';
import { Frame as FrameClass } from './frame.js';
import { runNew } from './eval.js';
import { readPyc } from '../pyc/index.js';
import { parseHeader } from '../pyc/header.js';
import type { PyCode } from '../bytecode/code.js';

export type NativeModuleInit = (m: PyModule) => void;

const nativeModules = new Map<string, NativeModuleInit>();

export function registerNativeModule(name: string, init: NativeModuleInit): void {
  nativeModules.set(name, init);
}

export function nativeModuleNames(): string[] {
  return [...nativeModules.keys()].sort();
}

/** A source compiler (pyc's compiler, once available): (source bytes, filename) -> code. */
export type SourceCompiler = (source: Uint8Array, filename: string, mode: 'exec' | 'eval' | 'single', fromStr?: boolean) => PyCode;

let compiler: SourceCompiler | null = null;

/**
 * pyc's parser and its compiler of ASTs, for compile(..., PyCF_ONLY_AST) (ast.parse) and
 * compile() of an AST object. The tree is pyc's AST (generated/ast.ts), opaque to the VM.
 */
export interface AstTools {
  parse(source: Uint8Array, filename: string, mode: 'exec' | 'eval' | 'single' | 'func_type', fromStr?: boolean): unknown;
  compile(tree: unknown, filename: string, optimize: number): PyCode;
}

let astTools: AstTools | null = null;

export function setAstTools(t: AstTools | null): void {
  astTools = t;
}

export function getAstTools(): AstTools | null {
  return astTools;
}

export function setSourceCompiler(c: SourceCompiler | null): void {
  compiler = c;
}

export function sourceCompiler(): SourceCompiler | null {
  return compiler;
}

export interface ImportState {
  modules: PyDict;
  path: PyList;
  builtins: PyModule;
  stdlibResolver: () => string | null;
}

let state: ImportState | null = null;

export function initImport(s: ImportState): void {
  state = s;
}

function st(): ImportState {
  if (state === null) throw new Error('import system not initialised');
  return state;
}

function notFound(name: string): PyBaseException {
  const e = newExc(ModuleNotFoundError, `No module named '${name}'`);
  e.setField('name', name);
  return e;
}

/** importlib._bootstrap._resolve_name + _calc___package__. */
function resolveName(name: string, globals: PyDict, level: number): string {
  let pkg = globals.getStr('__package__');
  const spec = globals.getStr('__spec__');
  if (pkg === undefined || pkg === None) {
    if (spec !== undefined && spec !== None) pkg = getAttr(spec, 'parent');
    else {
      const n = globals.getStr('__name__');
      if (n === undefined) throw newExc(KeyError, "'__name__' not in globals");
      const ns = strValue(n)!;
      pkg = globals.getStr('__path__') !== undefined ? ns : ns.slice(0, Math.max(0, ns.lastIndexOf('.')));
    }
  }
  const p = strValue(pkg);
  if (p === undefined) throw typeError('package must be a string');
  if (p === '') throw newExc(ImportError, 'attempted relative import with no known parent package');
  const bits = p.split('.');
  if (bits.length < level) throw newExc(ImportError, 'attempted relative import beyond top-level package');
  const base = bits.slice(0, bits.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}


/** IMPORT_NAME. */
export function importName(name: string, fromlist: Value, level: number, frame: Frame): Value {
  const imp = frame.builtins.getStr('__import__');
  if (imp !== undefined && imp !== originalImport) {
    return call(imp, [name, frame.globals, frame.locals ?? None, fromlist, level]);
  }
  return importModuleLevel(name, frame.globals, fromlist, level);
}

let originalImport: Value | undefined;

/** The builtins.__import__ the VM installed (IMPORT_NAME bypasses it while it is in place). */
export function setOriginalImport(f: Value): void {
  originalImport = f;
}

/** PyImport_ImportModuleLevelObject. */
export function importModuleLevel(name: string, globals: PyDict | null, fromlist: Value, level: number): Value {
  if (level < 0) throw valueError('level must be >= 0');
  let absName: string;
  if (level > 0) {
    if (globals === null) throw newExc(KeyError, "'__name__' not in globals");
    absName = resolveName(name, globals, level);
  } else {
    if (name === '') throw valueError('Empty module name');
    absName = name;
  }
  const mod = importAbs(absName);
  const hasFrom = fromlist !== None && toArray(fromlist).length > 0;
  if (!hasFrom) {
    if (level === 0) {
      const front = name.split('.')[0]!;
      return front === name ? mod : importAbs(front);
    }
    if (!name) return mod;
    const front = name.split('.')[0]!;
    const cut = name.length - front.length;
    const key = absName.slice(0, absName.length - cut);
    const m = st().modules.getStr(key);
    if (m === undefined) throw newExc(KeyError, `'${key}' not in sys.modules as expected`);
    return m;
  }
  if (getAttrOpt(mod, '__path__') !== undefined) handleFromlist(mod, toArray(fromlist), false);
  return mod;
}

function handleFromlist(mod: Value, fromlist: Value[], recursive: boolean): void {
  const modName = strValue(getAttr(mod, '__name__'))!;
  for (const x of fromlist) {
    const xs = strValue(x);
    if (xs === undefined) {
      const where = recursive ? `${modName}.__all__` : "``from list''";
      throw typeError(`Item in ${where} must be str, not ${typeOf(x).name}`);
    }
    if (xs === '*') {
      if (!recursive) {
        const all = getAttrOpt(mod, '__all__');
        if (all !== undefined) handleFromlist(mod, toArray(all), true);
      }
      continue;
    }
    if (getAttrOpt(mod, xs) === undefined) {
      const sub = `${modName}.${xs}`;
      try {
        importAbs(sub);
      } catch (e) {
        if (isExcInstance(e, ModuleNotFoundError) && e.field('name') === sub && st().modules.getStr(sub) === undefined) continue;
        throw e;
      }
    }
  }
}

/** _gcd_import: the module named `absName`, importing parents first. */
export function importAbs(absName: string): Value {
  const s = st();
  const cached = s.modules.getStr(absName);
  if (cached !== undefined) {
    if (cached === None) throw notFound(absName);
    return cached;
  }
  const dot = absName.lastIndexOf('.');
  let path: Value[] | null = null;
  let parentMod: Value | null = null;
  if (dot >= 0) {
    const parent = absName.slice(0, dot);
    parentMod = importAbs(parent);
    const again = s.modules.getStr(absName);
    if (again !== undefined) return again;
    const pp = getAttrOpt(parentMod, '__path__');
    if (pp === undefined) {
      const e = newExc(ModuleNotFoundError, `No module named '${absName}'; '${parent}' is not a package`);
      e.setField('name', absName);
      throw e;
    }
    path = toArray(pp);
  }
  const mod = findAndLoad(absName, path);
  if (parentMod !== null) {
    try {
      setAttr(parentMod, absName.slice(dot + 1), mod);
    } catch {
      // ignore, as importlib does for read-only parents
    }
  }
  return mod;
}

function findAndLoad(absName: string, path: Value[] | null): Value {
  const s = st();
  const init = nativeModules.get(absName);
  if (init !== undefined && path === null) {
    const m = new PyModule(absName);
    m.ns.setStr('__spec__', specs !== null ? specs.builtinSpec(absName) : None);
    m.ns.setStr('__loader__', specs !== null ? specs.builtinLoader : None);
    s.modules.setStr(absName, m);
    try {
      init(m);
    } catch (e) {
      s.modules.delete(absName);
      throw e;
    }
    return s.modules.getStr(absName) ?? m;
  }
  const found = locateModule(absName, path);
  if (found !== null) return loadFile(absName, found.file, found.pkgDir);
  throw notFound(absName);
}

/** The file (and package directory) for a module on `path` (or sys.path), as FileFinder finds it. */
export function locateModule(absName: string, path: Value[] | null): { file: string; pkgDir: string | null } | null {
  const s = st();
  const dirs = path ?? toArray(s.path);
  const last = absName.slice(absName.lastIndexOf('.') + 1);
  for (const d of dirs) {
    const dir = strValue(d);
    if (dir === undefined) continue;
    const base = resolvePath(dir === '' ? '.' : dir);
    const pkgDir = join(base, last);
    const pkgInit = join(pkgDir, '__init__.py');
    if (isFile(pkgInit)) return { file: pkgInit, pkgDir };
    if (isFile(join(pkgDir, '__init__.pyc'))) return { file: join(pkgDir, '__init__.pyc'), pkgDir };
    const py = join(base, last + '.py');
    if (isFile(py)) return { file: py, pkgDir: null };
    const pycOnly = join(base, last + '.pyc');
    if (isFile(pycOnly)) return { file: pycOnly, pkgDir: null };
  }
  return null;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Whether a module's fresh __pycache__ .pyc (written by python3) is used instead of compiling its
 * source: yes for the standard library (fast start, and independent of compiler progress), no
 * for the program's own modules. PYC_COMPILE_STDLIB=1 compiles the standard library too.
 */
function useStdlibCache(file: string): boolean {
  if (process.env['PYC_COMPILE_STDLIB'] === '1') return false;
  const lib = st().stdlibResolver();
  return lib !== null && file.startsWith(lib + '/');
}

/** SourceLoader's timestamp check: the .pyc header records the source's mtime and size. */
function cacheIsFresh(pyc: string, source: string): boolean {
  try {
    const h = parseHeader(readFileSync(pyc).subarray(0, 16), pyc);
    if (h.mode !== 'timestamp') return h.mode === 'unchecked-hash';
    const stt = statSync(source);
    return h.mtime === Math.floor(stt.mtimeMs / 1000) % 2 ** 32 && h.sourceSize === stt.size % 2 ** 32;
  } catch {
    return false;
  }
}

/** The code object for a module file: compiled from source, or python3's cached .pyc. */
export function codeForFile(file: string, name: string): { code: CodeInfo; cached: string | null } {
  if (file.endsWith('.pyc')) return { code: codeInfo(readPyc(file).code), cached: file };
  const cached = join(dirname(file), '__pycache__', file.slice(dirname(file).length + 1).replace(/\.py$/, '') + '.cpython-311.pyc');
  if (compiler !== null && !(useStdlibCache(file) && cacheIsFresh(cached, file))) {
    return { code: codeInfo(compiler(readFileSync(file), file, 'exec')), cached: null };
  }
  if (existsSync(cached)) return { code: codeInfo(readPyc(cached).code), cached };
  const e = newExc(ImportError, `pyc cannot import '${name}': no compiler for ${file} yet, and no __pycache__ .pyc`);
  e.setField('name', name);
  throw e;
}


/** Creates, registers and executes a module from a file. */
function loadFile(absName: string, file: string, pkgDir: string | null): Value {
  const s = st();
  const { code, cached } = codeForFile(file, absName);
  const m = new PyModule(absName);
  const ns = m.ns;
  ns.setStr('__file__', file);
  ns.setStr('__cached__', cached ?? None);
  ns.setStr('__builtins__', s.builtins.ns); // as importlib's exec(code, module.__dict__): the dict
  const pkg = pkgDir !== null ? absName : absName.slice(0, Math.max(0, absName.lastIndexOf('.')));
  ns.setStr('__package__', pkg);
  if (pkgDir !== null) ns.setStr('__path__', new PyList([pkgDir]));
  const spec = specs !== null ? specs.fileSpec(absName, file, pkgDir, cached) : null;
  ns.setStr('__spec__', spec ?? None);
  ns.setStr('__loader__', spec?.dict?.getStr('loader') ?? None);
  s.modules.setStr(absName, m);
  spec?.dict?.setStr('_initializing', true);
  try {
    execModule(code, m);
  } catch (e) {
    s.modules.delete(absName);
    throw e;
  } finally {
    spec?.dict?.setStr('_initializing', false);
  }
  return s.modules.getStr(absName) ?? m;
}

/** Module specs and loaders (importspec.ts installs them; None before). */
export interface SpecFactories {
  builtinSpec(name: string): PyObject;
  builtinLoader: Value;
  fileSpec(name: string, file: string, pkgDir: string | null, cached: string | null): PyObject;
}

let specs: SpecFactories | null = null;

export function setSpecFactories(f: SpecFactories): void {
  specs = f;
}

export function isNativeModule(name: string): boolean {
  return nativeModules.has(name);
}

/** Runs a module's code with its dict as globals and locals. */
export function execModule(code: CodeInfo, m: PyModule): void {
  const ns = m.ns;
  let b = ns.getStr('__builtins__');
  if (b === undefined) {
    b = st().builtins;
    ns.setStr('__builtins__', b);
  }
  const bd = b instanceof PyModule ? b.ns : b instanceof PyDict ? b : st().builtins.ns;
  const f = new FrameClass(code, null, ns, bd, ns);
  runNew(f);
}

/** IMPORT_FROM. */
export function importFrom(mod: Value, name: string): Value {
  try {
    return getAttr(mod, name);
  } catch (e) {
    if (!isExcInstance(e, AttributeError)) throw e;
  }
  const pkgName = getAttrOpt(mod, '__name__');
  const pn = pkgName === undefined ? undefined : strValue(pkgName);
  if (pn !== undefined) {
    const sub = st().modules.getStr(`${pn}.${name}`);
    if (sub !== undefined) return sub;
  }
  const pkgStr = pn ?? '<unknown module name>';
  const file = mod instanceof PyModule ? mod.ns.getStr('__file__') : undefined;
  let msg: string;
  const spec = mod instanceof PyModule ? mod.ns.getStr('__spec__') : undefined;
  const initializing = spec !== undefined && spec !== None && getAttrOpt(spec, '_initializing') === true;
  if (initializing) {
    msg = `cannot import name '${name}' from partially initialized module '${pkgStr}' (most likely due to a circular import) (${file !== undefined ? str(file) : 'unknown location'})`;
  } else if (file !== undefined && file !== None) msg = `cannot import name '${name}' from '${pkgStr}' (${str(file)})`;
  else msg = `cannot import name '${name}' from '${pkgStr}' (unknown location)`;
  const e = newExc(ImportError, msg);
  e.setField('name', pkgStr);
  e.setField('name_from', name);
  e.setField('path', file ?? None);
  throw e;
}

/** IMPORT_STAR. */
export function importStar(mod: Value, frame: Frame): void {
  const loc = frame.locals;
  if (loc === null) throw newExc(ImportError, 'import * only allowed at module level');
  let names: Value[];
  const all = getAttrOpt(mod, '__all__');
  let skipPrivate = false;
  if (all !== undefined) names = toArray(all);
  else {
    const d = getAttrOpt(mod, '__dict__');
    if (d === undefined) throw newExc(ImportError, 'from-import-* object has no __dict__ and no __all__');
    names = d instanceof PyDict ? d.keysArray() : toArray(d);
    skipPrivate = true;
  }
  for (const n of names) {
    const ns = strValue(n);
    if (ns === undefined) {
      const modName = strValue(getAttrOpt(mod, '__name__') ?? '') ?? '?';
      throw typeError(`${skipPrivate ? `Key in ${modName}.__dict__` : `Item in ${modName}.__all__`} must be str, not ${typeOf(n).name}`);
    }
    if (skipPrivate && ns.startsWith('_')) continue;
    const v = getAttr(mod, ns);
    if (loc instanceof PyDict && !loc.cls.isHeap()) loc.setStr(ns, v);
    else setItem(loc, ns, v);
  }
}

export { PyObject, moduleType };
