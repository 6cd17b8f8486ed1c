// The sys module.

import type { Value } from './object.js';
import { intDigitsLimit } from './int.js';
import { None, PyType, typeOf, builtinType, objectType } from './type.js';
import { PyModule } from './module.js';
import { PyDict } from './dict.js';
import { PyList } from './list.js';
import { PyTuple, tuple, tupleType } from './tuple.js';
import { PyFloat } from './float.js';
import { builtinFn, getset, method } from './function.js';
import { newExc, SystemExit, typeError, valueError, RecursionError } from './exceptions.js';
import { call, isCallable, getAttrOpt, index, repr, str, strValue, toArray } from './abstract.js';
import { TS, currentException } from './thread.js';
import { PyTextIO } from './io.js';
import { formatException } from './traceback.js';
import { nativeModuleNames } from './import.js';
import { intValue } from './numeric.js';
import { PyBaseException } from './exceptions.js';
import { structSeqType, structSeqNew } from './structseq.js';
import { newNamespace } from './namespace.js';

export interface SysOptions {
  argv: string[];
  path: string[];
  executable: string;
  stdlib: string | null;
}

/** A struct sequence instance of a fresh type (sys.version_info, sys.float_info, sys.flags). */
export function structSeq(name: string, module: string, fields: string[], values: Value[]): PyTuple {
  return structSeqNew(structSeqType(name, module, fields), values);
}

export function makeSys(opts: SysOptions, stdout: PyTextIO, stderr: PyTextIO, stdin: PyTextIO): PyModule {
  const m = new PyModule('sys', 'This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.');
  const d = m.ns;
  const f = (name: string, fn: (args: Value[], kw: readonly string[] | null) => Value): void => {
    d.setStr(name, builtinFn(name, fn, m));
  };
  d.setStr('argv', new PyList(opts.argv));
  d.setStr('orig_argv', new PyList(['python3', ...opts.argv]));
  d.setStr('path', new PyList(opts.path));
  d.setStr('modules', new PyDict());
  d.setStr('meta_path', new PyList([]));
  d.setStr('path_hooks', new PyList([]));
  d.setStr('path_importer_cache', new PyDict());
  d.setStr('stdout', stdout);
  d.setStr('stderr', stderr);
  d.setStr('stdin', stdin);
  d.setStr('__stdout__', stdout);
  d.setStr('__stderr__', stderr);
  d.setStr('__stdin__', stdin);
  d.setStr('maxsize', 2n ** 63n - 1n);
  d.setStr('maxunicode', 0x10ffff);
  d.setStr('byteorder', 'little');
  d.setStr('platform', 'linux');
  d.setStr('executable', opts.executable);
  d.setStr('_base_executable', opts.executable);
  const prefix = opts.stdlib ? opts.stdlib.replace(/\/lib\/python3\.11\/?$/, '') : '/usr';
  d.setStr('prefix', prefix);
  d.setStr('base_prefix', prefix);
  d.setStr('exec_prefix', prefix);
  d.setStr('base_exec_prefix', prefix);
  d.setStr('platlibdir', 'lib');
  d.setStr('pycache_prefix', None);
  d.setStr('version', '3.11.7 (pyc, a Python 3.11 compiler toolchain in TypeScript) [Node.js ' + process.versions.node + ']');
  d.setStr('api_version', 1013);
  d.setStr('hexversion', 0x030b07f0);
  d.setStr('copyright', 'Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.');
  d.setStr('abiflags', '');
  d.setStr('dont_write_bytecode', true);
  d.setStr('warnoptions', new PyList([]));
  d.setStr('_xoptions', new PyDict());
  d.setStr('_git', tuple(['CPython', '', '']));
  d.setStr('_framework', '');
  d.setStr('version_info', structSeq('version_info', 'sys', ['major', 'minor', 'micro', 'releaselevel', 'serial'], [3, 11, 7, 'final', 0]));
  const impl = newNamespace([
    ['name', 'cpython'],
    ['cache_tag', 'cpython-311'],
    ['version', d.getStr('version_info')!],
    ['hexversion', 0x030b07f0],
    ['_multiarch', 'x86_64-linux-gnu'],
  ]);
  d.setStr('implementation', impl);
  d.setStr('flags', structSeq('flags', 'sys', ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits'], [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false, 4300]));
  d.setStr('float_info', structSeq('float_info', 'sys', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'], [
    new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53, new PyFloat(Number.EPSILON), 2, 1,
  ]));
  d.setStr('int_info', structSeq('int_info', 'sys', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'], [30, 4, 4300, 640]));
  d.setStr('hash_info', structSeq('hash_info', 'sys', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'], [64, 2n ** 61n - 1n, 314159, 0, 1000003, 'siphash13', 64, 128, 0]));
  d.setStr('float_repr_style', 'short');
  d.setStr('builtin_module_names', tuple([...nativeModuleNames(), 'builtins', 'sys'].sort()));
  d.setStr('stdlib_module_names', tuple([]));
  f('exit', (args) => {
    const code = args.length ? args[0]! : None;
    const e = newExc(SystemExit, ...(code === None ? [] : [code]));
    e.setField('code', code);
    throw e;
  });
  f('getrecursionlimit', () => TS.recursionLimit);
  const hooksType = structSeqType('asyncgen_hooks', 'builtins', ['firstiter', 'finalizer']);
  f('get_asyncgen_hooks', () => structSeqNew(hooksType, [TS.asyncgenFirstiter, TS.asyncgenFinalizer]));
  f('set_asyncgen_hooks', (args, kw) => {
    const names = kw ?? [];
    const npos = args.length - names.length;
    const vals: Record<string, Value> = {};
    ['firstiter', 'finalizer'].forEach((n, i) => {
      if (i < npos) vals[n] = args[i]!;
    });
    names.forEach((n, i) => {
      if (n !== 'firstiter' && n !== 'finalizer') throw typeError(`set_asyncgen_hooks() got an unexpected keyword argument '${n}'`);
      vals[n] = args[npos + i]!;
    });
    for (const n of ['finalizer', 'firstiter']) {
      const v = vals[n];
      if (v !== undefined && v !== None && !isCallable(v)) throw typeError(`callable ${n} expected, got ${typeOf(v).name}`);
    }
    if (vals['finalizer'] !== undefined) TS.asyncgenFinalizer = vals['finalizer'];
    if (vals['firstiter'] !== undefined) TS.asyncgenFirstiter = vals['firstiter'];
    return None;
  });
  f('setrecursionlimit', (args) => {
    const n = Number(index(args[0]!));
    if (n < 1) throw valueError('recursion limit must be greater or equal than 1');
    if (n <= TS.depth) throw newExc(RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${TS.depth}: the limit is too low`);
    TS.recursionLimit = n;
    return None;
  });
  f('exc_info', () => {
    const e = currentException();
    if (e === None) return tuple([None, None, None]);
    return tuple([typeOf(e), e, (e as PyBaseException).traceback ?? None]);
  });
  f('exception', () => currentException());
  f('getsizeof', (args) => {
    const s = getAttrOpt(args[0]!, '__sizeof__');
    if (s === undefined) return 16;
    // PyGC_Head only for gc-tracked objects: an exact str is not one
    return (intValue(call(s, [])) as number) + (typeof args[0] === 'string' ? 0 : 16);
  });
  f('intern', (args) => {
    if (typeof args[0] !== 'string') throw typeError(`intern() argument must be str, not ${typeOf(args[0]!).name}`);
    return args[0]!;
  });
  f('_getframe', (args) => {
    let depth = args.length ? Number(index(args[0]!)) : 0;
    let fr = TS.frame;
    while (depth-- > 0 && fr) fr = fr.back;
    if (!fr) throw valueError('call stack is not deep enough');
    return fr;
  });
  f('getdefaultencoding', () => 'utf-8');
  f('getfilesystemencoding', () => 'utf-8');
  f('getfilesystemencodeerrors', () => 'surrogateescape');
  f('get_int_max_str_digits', () => intDigitsLimit.value);
  f('set_int_max_str_digits', (args) => {
    const v = args[0];
    const n = v === undefined ? undefined : intValue(v);
    if (n === undefined) throw typeError(`'${v === undefined ? 'NoneType' : typeOf(v).name}' object cannot be interpreted as an integer`);
    if (n !== 0 && n !== 0n && n < 640) throw valueError('maxdigits must be 0 or larger than 640');
    intDigitsLimit.value = Number(n);
    return None;
  });
  f('getrefcount', () => 2);
  // The VM reports no trace or profile events; the functions are kept for gettrace/getprofile.
  let traceFn: Value = None;
  let profileFn: Value = None;
  f('settrace', (args) => {
    if (args.length !== 1) throw typeError(`sys.settrace() takes exactly one argument (${args.length} given)`);
    traceFn = args[0]!;
    return None;
  });
  f('gettrace', () => traceFn);
  f('setprofile', (args) => {
    if (args.length !== 1) throw typeError(`sys.setprofile() takes exactly one argument (${args.length} given)`);
    profileFn = args[0]!;
    return None;
  });
  f('getprofile', () => profileFn);
  f('audit', () => None);
  f('addaudithook', () => None);
  f('is_finalizing', () => false);
  f('getswitchinterval', () => new PyFloat(0.005));
  f('setswitchinterval', () => None);
  f('call_tracing', (args) => call(args[0]!, toArray(args[1]!)));
  f('excepthook', (args) => {
    const [, value] = args;
    const err = d.getStr('stderr')!;
    const text = formatException(value!);
    if (err instanceof PyTextIO) err.write(text);
    else call(getAttrOpt(err, 'write')!, [text]);
    return None;
  });
  d.setStr('__excepthook__', d.getStr('excepthook')!);
  f('displayhook', (args) => {
    const v = args[0]!;
    if (v === None) return None;
    const out = d.getStr('stdout')!;
    const s = repr(v) + '\n';
    if (out instanceof PyTextIO) out.write(s);
    else call(getAttrOpt(out, 'write')!, [s]);
    const b = d.getStr('modules') as PyDict;
    const bm = b.getStr('builtins');
    if (bm instanceof PyModule) bm.ns.setStr('_', v);
    return None;
  });
  d.setStr('__displayhook__', d.getStr('displayhook')!);
  f('unraisablehook', () => None);
  d.setStr('__unraisablehook__', d.getStr('unraisablehook')!);
  f('breakpointhook', () => None);
  f('getallocatedblocks', () => 0);
  f('_clear_type_cache', () => None);
  void strValue;
  void str;
  return m;
}
