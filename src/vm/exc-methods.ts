// The methods of the exception types (Objects/exceptions.c): construction, args, str/repr,
// the chaining attributes, notes, and the per-class fields (StopIteration.value,
// SystemExit.code, OSError.errno, ImportError.name, SyntaxError.lineno, ExceptionGroup, ...).

import type { Value } from './object.js';
import { None, PyType, typeOf, isSubtype } from './type.js';
import { PyTuple, tuple, EMPTY_TUPLE } from './tuple.js';
import { PyList } from './list.js';
import { PyDict } from './dict.js';
import { getset, method, methodRaw, PyBuiltin, PyStaticMethod, classMethod } from './function.js';
import {
  ALL_EXCEPTIONS, AttributeError, BaseException, BaseExceptionGroup, ExceptionGroup, ImportError, KeyError, NameError, OSError,
  PyBaseException, StopIteration, SyntaxError, SystemExit, typeError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
  UnicodeTranslateError, valueError, Exception, FileNotFoundError, FileExistsError, PermissionError, IsADirectoryError,
  NotADirectoryError, InterruptedError, BlockingIOError, ChildProcessError, ConnectionRefusedError, ConnectionResetError,
  ConnectionAbortedError, BrokenPipeError, ProcessLookupError, TimeoutError, isExcInstance, newExc, excIs,
  setExcFieldInit,
} from './exceptions.js';
import { call, callMethod, isinstance, repr, str, strValue, toArray, truthy, getAttrOpt, setAttr, recursionError } from './abstract.js';
import { TS } from './thread.js';
import { genericAlias } from './alias.js';
import { PyTraceback } from './traceback.js';
import { intValue } from './numeric.js';

function excOf(v: Value): PyBaseException {
  if (!(v instanceof PyBaseException)) throw typeError(`descriptor requires a 'BaseException' object but received '${typeOf(v).name}'`);
  return v;
}

const ERRNO_CLASS: Record<number, PyType> = {
  2: FileNotFoundError, 17: FileExistsError, 13: PermissionError, 1: PermissionError, 21: IsADirectoryError,
  20: NotADirectoryError, 4: InterruptedError, 11: BlockingIOError, 115: BlockingIOError, 114: BlockingIOError,
  10: ChildProcessError, 111: ConnectionRefusedError, 104: ConnectionResetError, 103: ConnectionAbortedError,
  32: BrokenPipeError, 3: ProcessLookupError, 110: TimeoutError,
};

/** newExc's field initialisation (the C code path: the type's __init__ on the args). */
export function installExcFieldInit(): void {
  setExcFieldInit((e, args) => initFields(e, args, null, []));
}

/** Applies the class-specific __init__ behaviour to a new exception. */
function initFields(e: PyBaseException, args: Value[], kwnames: readonly string[] | null, kwvals: Value[]): void {
  const t = e.cls;
  if (isSubtype(t, StopIteration)) e.setField('value', args.length ? args[0]! : None);
  else if (isSubtype(t, SystemExit)) e.setField('code', args.length === 0 ? None : args.length === 1 ? args[0]! : tuple(args));
  else if (isSubtype(t, ImportError)) {
    e.setField('msg', args.length === 1 ? args[0]! : None);
    e.setField('name', None);
    e.setField('path', None);
    kwnames?.forEach((k, i) => {
      if (k === 'name' || k === 'path') e.setField(k, kwvals[i]!);
      else throw typeError(`'${k}' is an invalid keyword argument for ${t.name}()`);
    });
    return;
  } else if (isSubtype(t, AttributeError)) {
    kwnames?.forEach((k, i) => {
      if (k === 'name' || k === 'obj') e.setField(k, kwvals[i]!);
      else throw typeError(`'${k}' is an invalid keyword argument for ${t.name}()`);
    });
    return;
  } else if (isSubtype(t, NameError)) {
    kwnames?.forEach((k, i) => {
      if (k === 'name') e.setField(k, kwvals[i]!);
      else throw typeError(`'${k}' is an invalid keyword argument for ${t.name}()`);
    });
    return;
  } else if (isSubtype(t, OSError)) {
    if (args.length >= 2 && args.length <= 5) {
      e.setField('errno', args[0]!);
      e.setField('strerror', args[1]!);
      if (args.length >= 3) e.setField('filename', args[2]!);
      if (args.length >= 5) e.setField('filename2', args[4]!);
      if (args.length >= 3) e.args = [args[0]!, args[1]!];
    }
  } else if (isSubtype(t, SyntaxError)) {
    if (args.length >= 1) e.setField('msg', args[0]!);
    if (args.length === 2) {
      const info = toArray(args[1]!);
      if (info.length < 4) throw typeError(`function takes at least 4 arguments (${info.length} given)`);
      if (info.length > 6) throw typeError(`function takes at most 6 arguments (${info.length} given)`);
      if (info.length === 5) throw typeError('end_offset must be provided when end_lineno is provided');
      ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'].forEach((k, i) => {
        if (i < info.length) e.setField(k, info[i]!);
      });
    }
  } else if (isSubtype(t, UnicodeEncodeError) || isSubtype(t, UnicodeDecodeError)) {
    if (args.length === 5) ['encoding', 'object', 'start', 'end', 'reason'].forEach((k, i) => e.setField(k, args[i]!));
  } else if (isSubtype(t, UnicodeTranslateError)) {
    if (args.length === 4) ['object', 'start', 'end', 'reason'].forEach((k, i) => e.setField(k, args[i]!));
  }
  if (kwnames && kwnames.length && !t.isHeap()) throw typeError(`${t.name}() takes no keyword arguments`);
}

function excStr(e: PyBaseException): string {
  const t = e.cls;
  if (isSubtype(t, KeyError) && e.args.length === 1) return repr(e.args[0]!);
  if (isSubtype(t, ImportError)) {
    const m = e.field('msg');
    if (m !== None) return str(m);
  }
  if (isSubtype(t, OSError)) {
    const errno = e.field('errno');
    const strerror = e.field('strerror');
    const fn = e.field('filename');
    const fn2 = e.field('filename2');
    if (fn !== None) {
      if (fn2 !== None) return `[Errno ${str(errno)}] ${str(strerror)}: ${repr(fn)} -> ${repr(fn2)}`;
      return `[Errno ${str(errno)}] ${str(strerror)}: ${repr(fn)}`;
    }
    if (errno !== None && strerror !== None) return `[Errno ${str(errno)}] ${str(strerror)}`;
  }
  if (isSubtype(t, SyntaxError)) {
    const msg = e.field('msg') === None ? (e.args[0] ?? None) : e.field('msg');
    const fn = e.field('filename');
    const ln = e.field('lineno');
    let s = msg === None ? '' : str(msg);
    const base = strValue(fn) !== undefined ? str(fn).split('/').pop()! : undefined;
    if (base !== undefined && ln !== None) s += ` (${base}, line ${str(ln)})`;
    else if (base !== undefined) s += ` (${base})`;
    else if (ln !== None) s += ` (line ${str(ln)})`;
    return s;
  }
  if (isSubtype(t, UnicodeEncodeError) || isSubtype(t, UnicodeDecodeError) || isSubtype(t, UnicodeTranslateError)) {
    // UnicodeEncodeError_str & co.: computed from the current attributes
    const obj = e.fields?.get('object');
    if (obj === undefined || obj === None) return '';
    const reason = str(e.field('reason'));
    const start = Number(intValue(e.field('start')) ?? 0);
    const end = Number(intValue(e.field('end')) ?? 0);
    const charRepr = (c: number): string =>
      c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : c <= 0xffff ? `\\u${c.toString(16).padStart(4, '0')}` : `\\U${c.toString(16).padStart(8, '0')}`;
    if (isSubtype(t, UnicodeDecodeError)) {
      const enc = str(e.field('encoding'));
      const data = (obj as unknown as { data?: Uint8Array }).data;
      if (data && start >= 0 && start < data.length && end === start + 1) {
        return `'${enc}' codec can't decode byte 0x${data[start]!.toString(16).padStart(2, '0')} in position ${start}: ${reason}`;
      }
      return `'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
    }
    const text = strValue(obj) ?? '';
    const cps = [...text];
    const what = isSubtype(t, UnicodeEncodeError) ? `'${str(e.field('encoding'))}' codec can't encode` : "can't translate";
    if (start >= 0 && start < cps.length && end === start + 1) {
      return `${what} character '${charRepr(cps[start]!.codePointAt(0)!)}' in position ${start}: ${reason}`;
    }
    return `${what} characters in position ${start}-${end - 1}: ${reason}`;
  }
  if (isSubtype(t, BaseExceptionGroup)) {
    const msg = e.field('message');
    const excs = e.field('exceptions') as PyTuple;
    const n = excs.items.length;
    return `${str(msg)} (${n} sub-exception${n > 1 ? 's' : ''})`;
  }
  if (e.args.length === 0) return '';
  if (e.args.length === 1) return str(e.args[0]!);
  return str(tuple(e.args));
}

function egNew(cls: PyType, args: Value[], kw: readonly string[] | null): PyBaseException {
  if (kw && kw.length) throw typeError(`${cls.name}() takes no keyword arguments`);
  if (args.length !== 2) throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [msg, excsV] = args;
  if (strValue(msg!) === undefined) throw typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeOf(msg!).name}`);
  if (typeOf(excsV!).lookup('__getitem__') === undefined || excsV instanceof PyDict || typeof excsV === 'string') {
    throw typeError('second argument (exceptions) must be a sequence');
  }
  const excs = toArray(excsV!);
  if (excs.length === 0) throw valueError('second argument (exceptions) must be a non-empty sequence');
  let allExc = true;
  for (const [i, x] of excs.entries()) {
    if (!(x instanceof PyBaseException)) throw valueError(`Item ${i} of second argument (exceptions) is not an exception`);
    if (!isExcInstance(x, Exception)) allExc = false;
  }
  let t = cls;
  if (cls === BaseExceptionGroup) {
    if (allExc) t = ExceptionGroup;
  } else if (cls === ExceptionGroup) {
    if (!allExc) throw typeError('Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (!allExc && isSubtype(cls, Exception)) {
    throw typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const e = new PyBaseException(t, [msg!, tuple(excs)]);
  e.setField('message', msg!);
  e.setField('exceptions', tuple(excs));
  return e;
}

/** Matcher for split/subgroup: a type, a tuple of types, or a predicate. */
function egMatcher(m: Value): (e: Value) => boolean {
  if (m instanceof PyType || m instanceof PyTuple) return (e) => isinstance(e, m);
  return (e) => truthy(call(m, [e]));
}

function egDerive(eg: PyBaseException, excs: Value[]): PyBaseException {
  const d = callMethod(eg, 'derive', [new PyList(excs)]);
  if (!(d instanceof PyBaseException) || !excIs(d, BaseExceptionGroup)) throw typeError('derive must return an instance of BaseExceptionGroup');
  d.traceback = eg.traceback;
  d.context = eg.context;
  d.cause = eg.cause;
  d.suppressContext = eg.suppressContext;
  // exceptiongroup_subset: each part gets its own copy of a sequence of notes (no other notes)
  const notes = getAttrOpt(eg, '__notes__');
  if (notes !== undefined && isSequence(notes)) setAttr(d, '__notes__', new PyList(toArray(notes)));
  return d;
}

function isSequence(v: Value): boolean {
  return !(v instanceof PyDict) && typeOf(v).lookup('__getitem__') !== undefined;
}

function egSplit(eg: PyBaseException, match: (e: Value) => boolean, wantRest: boolean): [Value, Value] {
  // Py_EnterRecursiveCall(" in exceptiongroup_split_recursive")
  if (TS.depth >= TS.recursionLimit) throw recursionError('maximum recursion depth exceeded in exceptiongroup_split_recursive');
  TS.depth++;
  try {
    return egSplitInner(eg, match, wantRest);
  } finally {
    TS.depth--;
  }
}

function egSplitInner(eg: PyBaseException, match: (e: Value) => boolean, wantRest: boolean): [Value, Value] {
  if (match(eg)) return [eg, None];
  const excs = (eg.field('exceptions') as PyTuple).items;
  const m: Value[] = [];
  const r: Value[] = [];
  for (const x of excs) {
    if (x instanceof PyBaseException && excIs(x, BaseExceptionGroup)) {
      const [a, b] = egSplit(x, match, wantRest);
      if (a !== None) m.push(a);
      if (b !== None) r.push(b);
    } else if (match(x)) m.push(x);
    else r.push(x);
  }
  const mg = m.length ? egDerive(eg, m) : None;
  const rg = wantRest && r.length ? egDerive(eg, r) : None;
  return [mg, rg];
}

export function initExceptions(): void {
  installExcFieldInit();
  const B = BaseException;
  B.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    const cls = args[0] as PyType;
    const nkw = kw?.length ?? 0;
    const pos = args.slice(1, args.length - nkw);
    if (isSubtype(cls, BaseExceptionGroup)) return egNew(cls, pos, kw);
    let t = cls;
    if (cls === OSError && pos.length >= 2) {
      const errno = intValue(pos[0]!);
      if (errno !== undefined && ERRNO_CLASS[Number(errno)]) t = ERRNO_CLASS[Number(errno)]!;
    }
    const e = new PyBaseException(t, pos);
    if (t.hasDict && t.isHeap()) e.dict = new PyDict();
    initFields(e, pos, cls.isHeap() ? null : kw, args.slice(args.length - nkw));
    return e;
  })));
  methodRaw(B, '__init__', (args, kw) => {
    const e = excOf(args[0]!);
    const nkw = kw?.length ?? 0;
    const pos = args.slice(1, args.length - nkw);
    if (excIs(e, BaseExceptionGroup)) return None;
    e.args = pos;
    initFields(e, pos, kw, args.slice(args.length - nkw));
    return None;
  });
  method(B, '__str__', 0, 0, (self) => excStr(excOf(self)));
  method(B, '__repr__', 0, 0, (self) => {
    const e = excOf(self);
    const name = e.cls.name;
    if (excIs(e, BaseExceptionGroup)) return `${name}(${repr(e.field('message'))}, ${repr(new PyList((e.field('exceptions') as PyTuple).items))})`;
    if (e.args.length === 1) return `${name}(${repr(e.args[0]!)})`;
    return `${name}${repr(tuple(e.args))}`;
  });
  getset(B, 'args', (self) => tuple(excOf(self).args), (self, v) => {
    if (v === null) throw typeError('args may not be deleted');
    excOf(self).args = toArray(v);
  });
  getset(B, '__traceback__', (self) => excOf(self).traceback ?? None, (self, v) => {
    if (v === null) throw typeError('__traceback__ may not be deleted');
    if (v !== None && !(v instanceof PyTraceback)) throw typeError('__traceback__ must be a traceback or None');
    excOf(self).traceback = v === None ? null : (v as PyTraceback);
  });
  getset(B, '__context__', (self) => excOf(self).context ?? None, (self, v) => {
    if (v === null) throw typeError('__context__ may not be deleted');
    if (v !== None && !(v instanceof PyBaseException)) throw typeError('exception context must be None or derive from BaseException');
    excOf(self).context = v === None ? null : (v as PyBaseException);
  });
  getset(B, '__cause__', (self) => excOf(self).cause ?? None, (self, v) => {
    if (v === null) throw typeError('__cause__ may not be deleted');
    if (v !== None && !(v instanceof PyBaseException)) throw typeError('exception cause must be None or derive from BaseException');
    const e = excOf(self);
    e.cause = v === None ? null : (v as PyBaseException);
    e.suppressContext = true;
  });
  getset(B, '__suppress_context__', (self) => excOf(self).suppressContext, (self, v) => {
    excOf(self).suppressContext = truthy(v ?? false);
  });
  getset(B, '__dict__', (self) => (excOf(self).dict ??= new PyDict()), (self, v) => {
    if (!(v instanceof PyDict)) throw typeError('__dict__ must be set to a dictionary');
    excOf(self).dict = v;
  });
  method(B, 'with_traceback', 1, 1, (self, tb) => {
    const e = excOf(self);
    if (tb !== None && !(tb instanceof PyTraceback)) throw typeError('__traceback__ must be a traceback or None');
    e.traceback = tb === None ? null : (tb as PyTraceback);
    return e;
  });
  method(B, 'add_note', 1, 1, (self, note) => {
    const e = excOf(self);
    if (strValue(note!) === undefined) throw typeError(`note must be a str, not '${typeOf(note!).name}'`);
    const d = (e.dict ??= new PyDict());
    let notes = d.getStr('__notes__');
    if (notes === undefined) {
      notes = new PyList([]);
      d.setStr('__notes__', notes);
    }
    if (!(notes instanceof PyList)) throw typeError('Cannot add note: __notes__ is not a list');
    notes.items.push(note!);
    return None;
  });
  method(B, '__reduce__', 0, 0, (self) => {
    const e = excOf(self);
    return e.dict && e.dict.size ? tuple([e.cls, tuple(e.args), e.dict]) : tuple([e.cls, tuple(e.args)]);
  });
  method(B, '__setstate__', 1, 1, (self, state) => {
    const e = excOf(self);
    if (state !== None) {
      if (!(state instanceof PyDict)) throw typeError('state is not a dictionary');
      for (const [k, v] of state.entriesArray()) setAttr(e, str(k), v);
    }
    return None;
  });
  // OSError_reduce: the filename(s) go back into the args
  method(OSError, '__reduce__', 0, 0, (self) => {
    const e = excOf(self);
    let args: Value[] = e.args;
    const fn = e.field('filename');
    if (args.length === 2 && fn !== None) {
      const fn2 = e.field('filename2');
      args = fn2 !== None ? [args[0]!, args[1]!, fn, None, fn2] : [args[0]!, args[1]!, fn];
    }
    return e.dict && e.dict.size ? tuple([e.cls, tuple(args), e.dict]) : tuple([e.cls, tuple(args)]);
  });
  // ImportError_getstate: name and path travel in the state
  method(ImportError, '__reduce__', 0, 0, (self) => {
    const e = excOf(self);
    const name = e.field('name');
    const path = e.field('path');
    let state: PyDict | null = e.dict && e.dict.size ? e.dict : null;
    if (name !== None || path !== None) {
      const d = new PyDict();
      if (e.dict) for (const [k, v] of e.dict.entriesArray()) d.set(k, v);
      if (name !== None) d.setStr('name', name);
      if (path !== None) d.setStr('path', path);
      state = d;
    }
    return state ? tuple([e.cls, tuple(e.args), state]) : tuple([e.cls, tuple(e.args)]);
  });
  for (const t of ALL_EXCEPTIONS) {
    t.ns.set('__doc__', None);
    t.moduleName = 'builtins';
  }

  const field = (t: PyType, name: string, writable = true): void => {
    getset(t, name, (self) => excOf(self).field(name), writable ? (self, v) => excOf(self).setField(name, v ?? None) : null);
  };
  field(StopIteration, 'value');
  field(SystemExit, 'code');
  for (const n of ['msg', 'name', 'path']) field(ImportError, n);
  field(NameError, 'name');
  for (const n of ['name', 'obj']) field(AttributeError, n);
  for (const n of ['errno', 'strerror', 'filename', 'filename2']) field(OSError, n);
  for (const n of ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line']) field(SyntaxError, n);
  for (const n of ['encoding', 'object', 'start', 'end', 'reason']) field(UnicodeError, n);
  classMethod(BaseExceptionGroup, '__class_getitem__', (args) => genericAlias(args[0]!, args[1]!));
  field(BaseExceptionGroup, 'message', false);
  field(BaseExceptionGroup, 'exceptions', false);
  method(BaseExceptionGroup, 'derive', 1, 1, (self, excs) => {
    const e = excOf(self);
    return egNew(BaseExceptionGroup, [e.field('message'), excs!], null);
  });
  method(BaseExceptionGroup, 'split', 1, 1, (self, m) => tuple(egSplit(excOf(self), egMatcher(m!), true)));
  method(BaseExceptionGroup, 'subgroup', 1, 1, (self, m) => egSplit(excOf(self), egMatcher(m!), false)[0]);
  void EMPTY_TUPLE;
  void newExc;
  void getAttrOpt;
}
