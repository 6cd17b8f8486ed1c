// A Python frame, kept explicit so that the eval loop never recurses on the JavaScript stack
// for a Python-to-Python call and a future compiled tier can rebuild or hand back one: the
// code, the fast locals and value stack in one array (`fast`, CPython's localsplus layout:
// locals, cells, free variables, then the stack), the stack pointer, the instruction index
// and the caller link. Frames are also Python `frame` objects (tracebacks, sys._getframe).

import { PyObject, type Value } from './object.js';
import { builtinType, objectType } from './type.js';
import type { CodeInfo } from './code-info.js';
import type { PyDict } from './dict.js';
import type { PyFunction } from './function.js';
import type { PyGenerator } from './generator.js';

export const frameType = builtinType('frame', objectType, 0);

export class Frame extends PyObject {
  info: CodeInfo;
  func: PyFunction | null;
  globals: PyDict;
  builtins: PyDict;
  /** The locals mapping of module, class and exec frames; null for function frames. */
  locals: PyDict | PyObject | null;
  /** localsplus followed by the value stack; `null` is an unbound local / NULL entry. */
  fast: (Value | null)[];
  /** Index in `fast` of the next free stack slot. */
  sp: number;
  /**
   * The instruction being executed (code units). For a frame waiting on a callee this is the
   * CALL / FOR_ITER / SEND that will receive the result; for a suspended generator, the
   * instruction to resume at.
   */
  pc: number;
  back: Frame | null = null;
  /** The generator or coroutine that owns this frame, if any. */
  gen: PyGenerator | null = null;
  /** Set when this frame runs `__init__` for a class call: the result delivered is this object. */
  initSelf: Value | null = null;
  /** Set once the frame has returned or raised out. */
  done = false;

  constructor(info: CodeInfo, func: PyFunction | null, globals: PyDict, builtins: PyDict, locals: PyDict | PyObject | null) {
    super(frameType);
    this.info = info;
    this.func = func;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    // a copy of a packed all-null array (new Array(n) would be holey, slower on every access)
    this.fast = info.emptyFast.slice();
    this.sp = info.nlocalsplus;
    this.pc = 0;
  }

  /** f_lineno. */
  get lineno(): number {
    return this.info.line(this.pc);
  }
}
