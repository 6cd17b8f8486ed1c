// Module specs and loaders, as importlib's (_frozen_importlib.ModuleSpec, BuiltinImporter,
// _frozen_importlib_external.PathFinder / SourceFileLoader): modules get a __spec__ and a
// __loader__, and sys.meta_path holds finders, so importlib.import_module, importlib.util.find_spec,
// pkgutil, runpy and inspect's loader.get_source work on pyc's import system.

import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { PyObject, type Value } from './object.js';
import { builtinType, None, objectType, PyType, TF_BASETYPE, typeOf } from './type.js';
import { PyDict } from './dict.js';
import { PyList } from './list.js';
import { PyBytes } from './bytes.js';
import { classMethod, getset, method, methodRaw, PyBuiltin, PyStaticMethod } from './function.js';
import { newExc, ImportError, OSError } from './exceptions.js';
import { getAttrOpt, pyEq, repr, setAttr, strValue, toArray, truthy } from './abstract.js';
import { PyModule } from './module.js';
import { bindKw } from './number-methods.js';
import { decodeBytes } from './codecs.js';
import { objectId } from './dict.js';

export const moduleSpecType = builtinType('ModuleSpec', objectType, TF_BASETYPE);
moduleSpecType.moduleName = '_frozen_importlib';
moduleSpecType.hasDict = true;
export const builtinImporterType = builtinType('BuiltinImporter', objectType, TF_BASETYPE);
builtinImporterType.moduleName = '_frozen_importlib';
export const pathFinderType = builtinType('PathFinder', objectType, TF_BASETYPE);
pathFinderType.moduleName = '_frozen_importlib_external';
export const sourceLoaderType = builtinType('SourceFileLoader', objectType, TF_BASETYPE);
sourceLoaderType.moduleName = '_frozen_importlib_external';
sourceLoaderType.hasDict = true;
export const sourcelessLoaderType = builtinType('SourcelessFileLoader', objectType, TF_BASETYPE);
sourcelessLoaderType.moduleName = '_frozen_importlib_external';
sourcelessLoaderType.hasDict = true;

class PySpecObj extends PyObject {
  constructor(cls: PyType) {
    super(cls);
    this.dict = new PyDict();
  }
}

/** importlib._bootstrap.ModuleSpec(name, loader, *, origin=None, loader_state=None, is_package=None). */
export function newSpec(name: string, loader: Value, origin: Value, isPackage: boolean, locations: string[] | null = null, cached: Value = None): PyObject {
  const s = new PySpecObj(moduleSpecType);
  const d = s.dict!;
  d.setStr('name', name);
  d.setStr('loader', loader);
  d.setStr('origin', origin);
  d.setStr('loader_state', None);
  d.setStr('submodule_search_locations', isPackage ? new PyList(locations ?? []) : None);
  d.setStr('_uninitialized_submodules', new PyList([]));
  d.setStr('_set_fileattr', origin !== None && origin !== 'built-in' && origin !== 'frozen');
  d.setStr('_cached', cached);
  return s;
}

import { codeForFile, execModule, importAbs, isNativeModule, locateModule, setSpecFactories } from './import.js';

interface ImportHooks {
  /** The native module initializer for `name`, if there is one. */
  isNative(name: string): boolean;
  /** Creates (and initializes) a native module. */
  createNative(name: string): PyModule;
  /** The file of a module on `path` (or sys.path). */
  locate(name: string, path: Value[] | null): { file: string; pkgDir: string | null } | null;
  /** Runs a module file's code in `m`. */
  execFile(file: string, name: string, m: PyModule): void;
  /** The code object of a module file. */
  codeOf(file: string, name: string): Value;
}

const hooks: ImportHooks = {
  isNative: (name) => isNativeModule(name),
  createNative: (name) => importAbs(name) as PyModule,
  locate: (name, path) => locateModule(name, path),
  execFile: (file, name, m) => execModule(codeForFile(file, name).code, m),
  codeOf: (file, name) => codeForFile(file, name).code,
};

function loaderFor(name: string, file: string): PyObject {
  const l = new PySpecObj(file.endsWith('.pyc') ? sourcelessLoaderType : sourceLoaderType);
  l.dict!.setStr('name', name);
  l.dict!.setStr('path', file);
  return l;
}

/** The spec of a module loaded from a file by pyc's import system. */
export function fileSpec(name: string, file: string, pkgDir: string | null, cached: string | null): PyObject {
  return newSpec(name, loaderFor(name, file), file, pkgDir !== null, pkgDir !== null ? [pkgDir] : null, cached ?? None);
}

export function builtinSpec(name: string): PyObject {
  return newSpec(name, builtinImporterType, 'built-in', false);
}

function str1(v: Value | undefined): string {
  return v === undefined ? '' : strValue(v) ?? '';
}

export function initImportSpec(): void {
  setSpecFactories({ builtinSpec, builtinLoader: builtinImporterType, fileSpec });
  const S = moduleSpecType;
  S.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args) => new PySpecObj(args[0] as PyType))));
  methodRaw(S, '__init__', (args, kw) => {
    const self = args[0] as PySpecObj;
    const p = bindKw('ModuleSpec', args.slice(1), kw, ['name', 'loader'], { origin: None, loader_state: None, is_package: None }, ['origin', 'loader_state', 'is_package']);
    const d = self.dict!;
    d.setStr('name', p['name']!);
    d.setStr('loader', p['loader']!);
    d.setStr('origin', p['origin']!);
    d.setStr('loader_state', p['loader_state']!);
    d.setStr('submodule_search_locations', truthy(p['is_package']!) ? new PyList([]) : None);
    d.setStr('_uninitialized_submodules', new PyList([]));
    d.setStr('_set_fileattr', false);
    d.setStr('_cached', None);
    return None;
  });
  getset(S, 'parent', (self: PySpecObj) => {
    const name = str1(self.dict!.getStr('name'));
    if (self.dict!.getStr('submodule_search_locations') !== None) return name;
    return name.slice(0, Math.max(0, name.lastIndexOf('.')));
  });
  getset(S, 'has_location', (self: PySpecObj) => truthy(self.dict!.getStr('_set_fileattr') ?? false), (self: PySpecObj, v) => {
    self.dict!.setStr('_set_fileattr', v === null ? false : truthy(v));
  });
  getset(S, 'cached', (self: PySpecObj) => self.dict!.getStr('_cached') ?? None, (self: PySpecObj, v) => {
    self.dict!.setStr('_cached', v ?? None);
  });
  method(S, '__repr__', 0, 0, (self: PySpecObj) => {
    const d = self.dict!;
    const parts = [`name=${repr(d.getStr('name')!)}`, `loader=${repr(d.getStr('loader')!)}`];
    const origin = d.getStr('origin');
    if (origin !== undefined && origin !== None) parts.push(`origin=${repr(origin)}`);
    const locs = d.getStr('submodule_search_locations');
    if (locs !== undefined && locs !== None) parts.push(`submodule_search_locations=${repr(locs)}`);
    return `ModuleSpec(${parts.join(', ')})`;
  });
  method(S, '__eq__', 1, 1, (self: PySpecObj, o) => {
    if (!(o instanceof PySpecObj)) return false;
    const a = self.dict!;
    const b = o.dict!;
    return ['name', 'loader', 'origin', 'submodule_search_locations'].every((k) => pyEq(a.getStr(k) ?? None, b.getStr(k) ?? None)) && pyEq(getAttrOpt(self, 'cached') ?? None, getAttrOpt(o, 'cached') ?? None) && pyEq(getAttrOpt(self, 'has_location') ?? None, getAttrOpt(o, 'has_location') ?? None);
  });
  S.ns.set('__hash__', None);

  // --- BuiltinImporter ----------------------------------------------------------------------------
  const B = builtinImporterType;
  classMethod(B, 'find_spec', (args, kw) => {
    const p = bindKw('find_spec', args.slice(1), kw, ['fullname'], { path: None, target: None }, ['path', 'target'], true);
    const name = str1(p['fullname']);
    if (p['path'] !== None || !hooks.isNative(name)) return None;
    return builtinSpec(name);
  });
  classMethod(B, 'create_module', (args) => {
    const spec = args[1]!;
    const name = str1(getAttrOpt(spec, 'name'));
    if (!hooks.isNative(name)) {
      const e = newExc(ImportError, `no built-in module named ${name}`);
      e.setField('name', name);
      throw e;
    }
    return hooks.createNative(name);
  });
  classMethod(B, 'exec_module', () => None);
  classMethod(B, 'is_package', () => false);
  classMethod(B, 'get_code', () => None);
  classMethod(B, 'get_source', () => None);
  classMethod(B, 'load_module', (args) => hooks.createNative(str1(args[1])));
  B.ns.set('_ORIGIN', 'built-in');

  // --- PathFinder ---------------------------------------------------------------------------------
  const P = pathFinderType;
  classMethod(P, 'find_spec', (args, kw) => {
    const p = bindKw('find_spec', args.slice(1), kw, ['fullname'], { path: None, target: None }, ['path', 'target'], true);
    const name = str1(p['fullname']);
    const path = p['path'] === None ? null : toArray(p['path']!);
    const found = hooks.locate(name, path);
    if (found === null) return None;
    return fileSpec(name, found.file, found.pkgDir, null);
  });
  classMethod(P, 'invalidate_caches', () => None);
  classMethod(P, 'find_distributions', () => new PyList([]));

  // --- file loaders -------------------------------------------------------------------------------
  for (const L of [sourceLoaderType, sourcelessLoaderType]) {
    L.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args) => new PySpecObj(args[0] as PyType))));
    methodRaw(L, '__init__', (args) => {
      const self = args[0] as PySpecObj;
      self.dict!.setStr('name', args[1] ?? None);
      self.dict!.setStr('path', args[2] ?? None);
      return None;
    });
    const path = (self: PySpecObj): string => str1(self.dict!.getStr('path'));
    const name = (self: PySpecObj): string => str1(self.dict!.getStr('name'));
    method(L, 'create_module', 1, 1, () => None);
    method(L, 'exec_module', 1, 1, (self: PySpecObj, m) => {
      if (!(m instanceof PyModule)) throw newExc(ImportError, 'exec_module() needs a module');
      hooks.execFile(path(self), str1(m.ns.getStr('__name__')) || name(self), m);
      return None;
    });
    method(L, 'get_filename', 0, 1, (self: PySpecObj) => path(self));
    method(L, 'get_data', 1, 1, (_self: PySpecObj, p) => {
      try {
        return new PyBytes(new Uint8Array(readFileSync(str1(p))));
      } catch (e) {
        throw newExc(OSError, (e as Error).message);
      }
    });
    method(L, 'is_package', 0, 1, (self: PySpecObj) => basename(path(self)).replace(/\.pyc?$/, '') === '__init__');
    method(L, 'get_code', 0, 1, (self: PySpecObj) => hooks.codeOf(path(self), name(self)));
    method(L, 'get_source', 0, 1, (self: PySpecObj) => {
      const p = path(self);
      if (p.endsWith('.pyc')) return None;
      return decodeBytes(new Uint8Array(readFileSync(p)), 'utf-8', 'strict').replace(/\r\n?/g, '\n');
    });
    method(L, 'get_resource_reader', 0, 1, () => None);
    method(L, 'load_module', 0, 1, (self: PySpecObj) => {
      const m = new PyModule(name(self));
      hooks.execFile(path(self), name(self), m);
      return m;
    });
    method(L, '__repr__', 0, 0, (self: PySpecObj) => `<${L.name} object at 0x${objectId(self).toString(16)}>`);
    method(L, '__eq__', 1, 1, (self: PySpecObj, o) => o instanceof PySpecObj && o.cls === self.cls && path(self) === path(o) && name(self) === name(o));
    method(L, '__hash__', 0, 0, (self: PySpecObj) => objectId(self) >> 4);
  }
  void dirname;
  void setAttr;
  void typeOf;
}
