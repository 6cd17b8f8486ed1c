// The exception hierarchy of CPython 3.11 (Objects/exceptions.c) and the helpers the VM uses to
// raise them. Python exceptions travel through JavaScript as thrown PyBaseException objects
// (not Error objects: no JavaScript stack is captured).

import { PyObject, type Value } from './object.js';
import { None, PyType, TF_BASETYPE, objectType, typeType } from './type.js';
import type { PyTraceback } from './traceback.js';

export class PyBaseException extends PyObject {
  args: Value[];
  traceback: PyTraceback | null = null;
  context: PyBaseException | null = null;
  cause: PyBaseException | null = null;
  suppressContext = false;
  /** Per-class fields exposed as attributes (StopIteration.value, SystemExit.code, ...). */
  fields: Map<string, Value> | null = null;

  constructor(cls: PyType, args: Value[]) {
    super(cls);
    this.args = args;
  }

  field(name: string): Value {
    return this.fields?.get(name) ?? None;
  }

  setField(name: string, v: Value): void {
    (this.fields ??= new Map()).set(name, v);
  }
}

function excType(name: string, base: PyType | PyType[]): PyType {
  const bases = Array.isArray(base) ? base : [base];
  const t = new PyType(name, bases, typeType, TF_BASETYPE);
  t.hasDict = true;
  t.ownLayout = name === 'BaseException';
  return t;
}

export const BaseException = excType('BaseException', objectType);
export const BaseExceptionGroup = excType('BaseExceptionGroup', BaseException);
export const GeneratorExit = excType('GeneratorExit', BaseException);
export const KeyboardInterrupt = excType('KeyboardInterrupt', BaseException);
export const SystemExit = excType('SystemExit', BaseException);
export const Exception = excType('Exception', BaseException);
export const ArithmeticError = excType('ArithmeticError', Exception);
export const FloatingPointError = excType('FloatingPointError', ArithmeticError);
export const OverflowError = excType('OverflowError', ArithmeticError);
export const ZeroDivisionError = excType('ZeroDivisionError', ArithmeticError);
export const AssertionError = excType('AssertionError', Exception);
export const AttributeError = excType('AttributeError', Exception);
export const BufferError = excType('BufferError', Exception);
export const EOFError = excType('EOFError', Exception);
export const ExceptionGroup = excType('ExceptionGroup', [BaseExceptionGroup, Exception]);
export const ImportError = excType('ImportError', Exception);
export const ModuleNotFoundError = excType('ModuleNotFoundError', ImportError);
export const LookupError = excType('LookupError', Exception);
export const IndexError = excType('IndexError', LookupError);
export const KeyError = excType('KeyError', LookupError);
export const MemoryError = excType('MemoryError', Exception);
export const NameError = excType('NameError', Exception);
export const UnboundLocalError = excType('UnboundLocalError', NameError);
export const OSError = excType('OSError', Exception);
export const BlockingIOError = excType('BlockingIOError', OSError);
export const ChildProcessError = excType('ChildProcessError', OSError);
export const ConnectionError = excType('ConnectionError', OSError);
export const BrokenPipeError = excType('BrokenPipeError', ConnectionError);
export const ConnectionAbortedError = excType('ConnectionAbortedError', ConnectionError);
export const ConnectionRefusedError = excType('ConnectionRefusedError', ConnectionError);
export const ConnectionResetError = excType('ConnectionResetError', ConnectionError);
export const FileExistsError = excType('FileExistsError', OSError);
export const FileNotFoundError = excType('FileNotFoundError', OSError);
export const InterruptedError = excType('InterruptedError', OSError);
export const IsADirectoryError = excType('IsADirectoryError', OSError);
export const NotADirectoryError = excType('NotADirectoryError', OSError);
export const PermissionError = excType('PermissionError', OSError);
export const ProcessLookupError = excType('ProcessLookupError', OSError);
export const TimeoutError = excType('TimeoutError', OSError);
export const ReferenceError = excType('ReferenceError', Exception);
export const RuntimeError = excType('RuntimeError', Exception);
export const NotImplementedError = excType('NotImplementedError', RuntimeError);
export const RecursionError = excType('RecursionError', RuntimeError);
export const StopAsyncIteration = excType('StopAsyncIteration', Exception);
export const StopIteration = excType('StopIteration', Exception);
export const SyntaxError = excType('SyntaxError', Exception);
export const IndentationError = excType('IndentationError', SyntaxError);
export const TabError = excType('TabError', IndentationError);
export const SystemError = excType('SystemError', Exception);
export const TypeError = excType('TypeError', Exception);
export const ValueError = excType('ValueError', Exception);
export const UnicodeError = excType('UnicodeError', ValueError);
export const UnicodeDecodeError = excType('UnicodeDecodeError', UnicodeError);
export const UnicodeEncodeError = excType('UnicodeEncodeError', UnicodeError);
export const UnicodeTranslateError = excType('UnicodeTranslateError', UnicodeError);
export const Warning = excType('Warning', Exception);
export const BytesWarning = excType('BytesWarning', Warning);
export const DeprecationWarning = excType('DeprecationWarning', Warning);
export const EncodingWarning = excType('EncodingWarning', Warning);
export const FutureWarning = excType('FutureWarning', Warning);
export const ImportWarning = excType('ImportWarning', Warning);
export const PendingDeprecationWarning = excType('PendingDeprecationWarning', Warning);
export const ResourceWarning = excType('ResourceWarning', Warning);
export const RuntimeWarning = excType('RuntimeWarning', Warning);
export const SyntaxWarning = excType('SyntaxWarning', Warning);
export const UnicodeWarning = excType('UnicodeWarning', Warning);
export const UserWarning = excType('UserWarning', Warning);

// Only these add fields to BaseException's instance layout (Objects/exceptions.c); the others
// can be mixed freely as bases (class E(ValueError, KeyError)).
for (const t of [BaseExceptionGroup, StopIteration, SystemExit, ImportError, OSError, SyntaxError, UnicodeError, AttributeError, NameError]) {
  t.ownLayout = true;
}

/** Every builtin exception type, in the order `builtins` lists them. */
export const ALL_EXCEPTIONS: PyType[] = [
  BaseException, BaseExceptionGroup, GeneratorExit, KeyboardInterrupt, SystemExit, Exception, ArithmeticError,
  FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError, BufferError, EOFError,
  ExceptionGroup, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError,
  UnboundLocalError, OSError, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError,
  ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError,
  InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError,
  ReferenceError, RuntimeError, NotImplementedError, RecursionError, StopAsyncIteration, StopIteration,
  SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError,
  UnicodeEncodeError, UnicodeTranslateError, Warning, BytesWarning, DeprecationWarning, EncodingWarning,
  FutureWarning, ImportWarning, PendingDeprecationWarning, ResourceWarning, RuntimeWarning, SyntaxWarning,
  UnicodeWarning, UserWarning,
];

/** A new exception instance of a builtin exception type (no __init__ call, as C code does). */
export function newExc(t: PyType, ...args: Value[]): PyBaseException {
  const e = new PyBaseException(t, args);
  // Exceptions with attributes (SystemExit.code, OSError.errno, ...) get them from their args,
  // as when C code raises them through the type.
  if (fieldInit !== null && hasArgFields(t)) fieldInit(e, args);
  return e;
}

let fieldInit: ((e: PyBaseException, args: Value[]) => void) | null = null;
export function setExcFieldInit(f: (e: PyBaseException, args: Value[]) => void): void {
  fieldInit = f;
}

const argFieldsCache = new WeakMap<PyType, boolean>();
function hasArgFields(t: PyType): boolean {
  let r = argFieldsCache.get(t);
  if (r === undefined) {
    r = [SystemExit, OSError, StopIteration, ImportError, SyntaxError, UnicodeError].some((b) => t.mro.includes(b));
    argFieldsCache.set(t, r);
  }
  return r;
}

// Shorthands for `throw typeError(...)`: they return the exception so `throw` stays visible
// to TypeScript's control-flow analysis.
export const typeError = (msg: string): PyBaseException => newExc(TypeError, msg);
export const valueError = (msg: string): PyBaseException => newExc(ValueError, msg);
export const indexError = (msg: string): PyBaseException => newExc(IndexError, msg);
export const overflowError = (msg: string): PyBaseException => newExc(OverflowError, msg);
export const zeroDivisionError = (msg: string): PyBaseException => newExc(ZeroDivisionError, msg);
export const runtimeError = (msg: string): PyBaseException => newExc(RuntimeError, msg);
export const notImplementedError = (msg: string): PyBaseException => newExc(NotImplementedError, msg);

export function keyError(key: Value): PyBaseException {
  return newExc(KeyError, key);
}

export function attributeError(msg: string, name: string, obj: Value | null): PyBaseException {
  const e = newExc(AttributeError, msg);
  e.setField('name', name);
  e.setField('obj', obj ?? None);
  return e;
}

export function nameError(name: string): PyBaseException {
  const e = newExc(NameError, `name '${name}' is not defined`);
  e.setField('name', name);
  return e;
}

export function stopIteration(value: Value): PyBaseException {
  const e = value === None ? newExc(StopIteration) : newExc(StopIteration, value);
  e.setField('value', value);
  return e;
}

/** Whether an exception object is an instance of exception type t (no narrowing). */
export function excIs(e: PyBaseException, t: PyType): boolean {
  return isExcInstance(e, t);
}

export function isExcInstance(e: unknown, t: PyType): e is PyBaseException {
  if (!(e instanceof PyBaseException)) return false;
  const mro = e.cls.mro;
  for (let i = 0; i < mro.length; i++) if (mro[i] === t) return true;
  return false;
}

/** _PyErr_SetObject's chaining of `exc` to `cur`, breaking a cycle through `exc`. */
export function chainTo(exc: PyBaseException, cur: PyBaseException): void {
  let o = cur;
  let slow = o;
  let toggle = false;
  for (;;) {
    const c = o.context;
    if (c === null) break;
    if (c === exc) {
      o.context = null;
      break;
    }
    o = c;
    if (o === slow) break;
    if (toggle) slow = slow.context!;
    toggle = !toggle;
  }
  exc.context = cur;
}
