// _sre: the regular expression engine behind `re` (Modules/_sre/sre.c and sre_lib.h, 3.11).
// re/_compiler.py (run on the VM) compiles a pattern to SRE code; this executes that code.
// The matcher keeps CPython's explicit context stack, so deep repetitions never recurse on
// the JavaScript stack; each "DO_JUMP" pushes a context and each continuation is a label.

import { OverflowError } from '../exceptions.js';
import { PyObject, type Value } from '../object.js';
import type { PyModule } from '../module.js';
import { builtinType, None, objectType, PyType, typeOf } from '../type.js';
import { PyList } from '../list.js';
import { PyTuple, tuple } from '../tuple.js';
import { PyDict } from '../dict.js';
import { PyBytes, PyByteArray, bytesOf } from '../bytes.js';
import { getset, method, methodRaw, PyBuiltin, classMethod } from '../function.js';
import { indexError, newExc, typeError, valueError, RuntimeError, RecursionError, StopIteration } from '../exceptions.js';
import { call, getAttr, hashOf, index, indexClamped, isCallable, repr, strValue, toArray } from '../abstract.js';
import { intValue } from '../numeric.js';
import { def } from './util.js';
import { importAbs } from '../import.js';
import { PyIter } from '../iter.js';
import { strJoin } from '../str-methods.js';
import { genericAlias } from '../alias.js';
import { bindKw } from '../number-methods.js';
import { PyMappingProxy } from '../object-methods.js';
import { isSpaceCp } from '../str-methods.js';

const MAGIC = 20220615;
const MAXREPEAT = 4294967295;
const MAXGROUPS = 1073741823;

// opcodes
const FAILURE = 0, SUCCESS = 1, ANY = 2, ANY_ALL = 3, ASSERT = 4, ASSERT_NOT = 5, AT = 6, BRANCH = 7, CATEGORY = 8, CHARSET = 9,
  BIGCHARSET = 10, GROUPREF = 11, GROUPREF_EXISTS = 12, IN = 13, INFO = 14, JUMP = 15, LITERAL = 16, MARK = 17, MAX_UNTIL = 18,
  MIN_UNTIL = 19, NOT_LITERAL = 20, NEGATE = 21, RANGE = 22, REPEAT = 23, REPEAT_ONE = 24, SUBPATTERN = 25, MIN_REPEAT_ONE = 26,
  ATOMIC_GROUP = 27, POSSESSIVE_REPEAT = 28, POSSESSIVE_REPEAT_ONE = 29, GROUPREF_IGNORE = 30, IN_IGNORE = 31,
  LITERAL_IGNORE = 32, NOT_LITERAL_IGNORE = 33, GROUPREF_LOC_IGNORE = 34, IN_LOC_IGNORE = 35, LITERAL_LOC_IGNORE = 36,
  NOT_LITERAL_LOC_IGNORE = 37, GROUPREF_UNI_IGNORE = 38, IN_UNI_IGNORE = 39, LITERAL_UNI_IGNORE = 40,
  NOT_LITERAL_UNI_IGNORE = 41, RANGE_UNI_IGNORE = 42;
void SUBPATTERN;

const AT_BEGINNING = 0, AT_BEGINNING_LINE = 1, AT_BEGINNING_STRING = 2, AT_BOUNDARY = 3, AT_NON_BOUNDARY = 4, AT_END = 5,
  AT_END_LINE = 6, AT_END_STRING = 7, AT_LOC_BOUNDARY = 8, AT_LOC_NON_BOUNDARY = 9, AT_UNI_BOUNDARY = 10,
  AT_UNI_NON_BOUNDARY = 11;

const INFO_PREFIX = 1, INFO_LITERAL = 2, INFO_CHARSET = 4;
const FLAG_IGNORECASE = 2, FLAG_LOCALE = 4, FLAG_MULTILINE = 8, FLAG_DOTALL = 16, FLAG_UNICODE = 32, FLAG_VERBOSE = 64, FLAG_DEBUG = 128, FLAG_ASCII = 256;

// --- character predicates --------------------------------------------------------------------

const isDigitA = (c: number): boolean => c >= 48 && c <= 57;
const isSpaceA = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isAlnumA = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordA = (c: number): boolean => c < 128 && (isAlnumA(c) || c === 95);
const isLinebreak = (c: number): boolean => c === 10;

const uniCache = new Map<number, number>();
const U_DECIMAL = 1, U_ALNUM = 2, U_SPACE = 4, U_LINEBREAK = 8;
function uniFlags(c: number): number {
  let f = uniCache.get(c);
  if (f !== undefined) return f;
  const ch = String.fromCodePoint(c);
  f = 0;
  if (/\p{Nd}/u.test(ch)) f |= U_DECIMAL;
  if (/[\p{L}\p{N}]/u.test(ch)) f |= U_ALNUM;
  if (isSpaceCp(c)) f |= U_SPACE;
  if (c === 10 || c === 11 || c === 12 || c === 13 || c === 0x1c || c === 0x1d || c === 0x1e || c === 0x85 || c === 0x2028 || c === 0x2029) f |= U_LINEBREAK;
  uniCache.set(c, f);
  return f;
}
const isWordU = (c: number): boolean => (c < 128 ? isWordA(c) : (uniFlags(c) & U_ALNUM) !== 0) || c === 95;

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

const lowerCache = new Map<number, number>();
export function lowerUnicode(c: number): number {
  if (c < 128) return lowerAscii(c);
  let r = lowerCache.get(c);
  if (r === undefined) {
    const s = String.fromCodePoint(c).toLowerCase();
    const cps = [...s];
    r = cps.length === 1 || c === 0x130 ? cps[0]!.codePointAt(0)! : c;
    lowerCache.set(c, r);
  }
  return r;
}

const upperCache = new Map<number, number>();
export function upperUnicode(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  let r = upperCache.get(c);
  if (r === undefined) {
    const s = String.fromCodePoint(c).toUpperCase();
    const cps = [...s];
    r = cps.length === 1 ? cps[0]!.codePointAt(0)! : c;
    upperCache.set(c, r);
  }
  return r;
}

function category(code: number, c: number): boolean {
  switch (code) {
    case 0:
      return isDigitA(c);
    case 1:
      return !isDigitA(c);
    case 2:
      return isSpaceA(c);
    case 3:
      return !isSpaceA(c);
    case 4:
      return isWordA(c);
    case 5:
      return !isWordA(c);
    case 6:
      return isLinebreak(c);
    case 7:
      return !isLinebreak(c);
    case 8:
      return isWordA(c);
    case 9:
      return !isWordA(c);
    case 10:
      return c < 128 ? isDigitA(c) : (uniFlags(c) & U_DECIMAL) !== 0;
    case 11:
      return !(c < 128 ? isDigitA(c) : (uniFlags(c) & U_DECIMAL) !== 0);
    case 12:
      return c < 128 ? isSpaceA(c) || (c >= 0x1c && c <= 0x1f) : (uniFlags(c) & U_SPACE) !== 0;
    case 13:
      return !(c < 128 ? isSpaceA(c) || (c >= 0x1c && c <= 0x1f) : (uniFlags(c) & U_SPACE) !== 0);
    case 14:
      return isWordU(c);
    case 15:
      return !isWordU(c);
    case 16:
      return (uniFlags(c) & U_LINEBREAK) !== 0;
    case 17:
      return (uniFlags(c) & U_LINEBREAK) === 0;
  }
  return false;
}

/** SRE(charset): is `ch` in the set starting at code[p]? */
function inCharset(code: Uint32Array, p: number, ch: number): boolean {
  let ok = true;
  for (;;) {
    switch (code[p++]) {
      case FAILURE:
        return !ok;
      case LITERAL:
        if (ch === code[p]) return ok;
        p++;
        break;
      case CATEGORY:
        if (category(code[p]!, ch)) return ok;
        p++;
        break;
      case CHARSET:
        if (ch < 256 && (code[p + (ch >> 5)]! & (1 << (ch & 31))) !== 0) return ok;
        p += 8;
        break;
      case RANGE:
        if (code[p]! <= ch && ch <= code[p + 1]!) return ok;
        p += 2;
        break;
      case RANGE_UNI_IGNORE: {
        if (code[p]! <= ch && ch <= code[p + 1]!) return ok;
        const uch = upperUnicode(ch);
        if (code[p]! <= uch && uch <= code[p + 1]!) return ok;
        p += 2;
        break;
      }
      case NEGATE:
        ok = !ok;
        break;
      case BIGCHARSET: {
        const count = code[p++]!;
        let block = -1;
        if (ch < 0x10000) {
          // 256 block indices packed as bytes into 64 words
          const w = code[p + (ch >> 10)]!;
          block = (w >>> (((ch >> 8) & 3) * 8)) & 0xff;
        }
        p += 64;
        if (block >= 0) {
          const bit = block * 256 + (ch & 255);
          if ((code[p + (bit >> 5)]! & (1 << (bit & 31))) !== 0) return ok;
        }
        p += count * 8;
        break;
      }
      default:
        return false;
    }
  }
}

// --- the matcher -------------------------------------------------------------------------------

interface Repeat {
  count: number;
  pc: number;
  prev: Repeat | null;
  lastPtr: number;
}

class State {
  s: Int32Array;
  beginning = 0;
  start: number;
  end: number;
  ptr: number;
  pos: number;
  endpos: number;
  marks: number[] = [];
  lastmark = -1;
  lastindex = -1;
  repeat: Repeat | null = null;
  matchAll = false;
  mustAdvance = false;
  markStack: number[][] = [];
  steps = 0;
  constructor(s: Int32Array, pos: number, endpos: number) {
    this.s = s;
    const n = s.length;
    if (pos < 0) pos = 0;
    else if (pos > n) pos = n;
    if (endpos < 0) endpos = 0;
    else if (endpos > n) endpos = n;
    this.pos = pos;
    this.endpos = endpos;
    this.start = pos;
    this.end = endpos;
    this.ptr = pos;
  }
  reset(): void {
    this.lastmark = -1;
    this.lastindex = -1;
    this.repeat = null;
    this.marks = [];
  }
}

interface Ctx {
  pc: number;
  ptr: number;
  toplevel: boolean;
  resume: number;
  count: number;
  chr: number;
  rep: Repeat | null;
  lastmark: number;
  lastindex: number;
  savedLastPtr: number;
  bpc: number;
  repeatOfTail: Repeat | null;
  parent: Ctx | null;
}

function newCtx(parent: Ctx | null, toplevel: boolean): Ctx {
  return { pc: 0, ptr: 0, toplevel, resume: 0, count: 0, chr: 0, rep: null, lastmark: -1, lastindex: -1, savedLastPtr: -1, bpc: 0, repeatOfTail: null, parent };
}

// continuation labels
const R_ENTER = 0;
const R_BRANCH = 1;
const R_BRANCH_TRY = 2;
const R_REPEAT_ONE_1 = 3;
const R_REPEAT_ONE_1_TRY = 4;
const R_REPEAT_ONE_2 = 5;
const R_REPEAT_ONE_2_TRY = 6;
const R_MIN_REPEAT_ONE = 7;
const R_MIN_REPEAT_ONE_TRY = 8;
const R_REPEAT = 9;
const R_MAX_UNTIL_1 = 10;
const R_MAX_UNTIL_2 = 11;
const R_MAX_UNTIL_3 = 12;
const R_MIN_UNTIL_1 = 13;
const R_MIN_UNTIL_2 = 14;
const R_MIN_UNTIL_3 = 15;
const R_POSS_1 = 16;
const R_POSS_1_TRY = 17;
const R_POSS_2 = 18;
const R_POSS_2_TRY = 19;
const R_ATOMIC = 20;
const R_ASSERT = 21;
const R_ASSERT_NOT = 22;
const R_DISPATCH = 23;

function markPush(st: State, lastmark: number): void {
  if (lastmark >= 0) st.markStack.push(st.marks.slice(0, lastmark + 1));
}
function markPop(st: State, lastmark: number, discard: boolean): void {
  if (lastmark >= 0) {
    const m = discard ? st.markStack.pop()! : st.markStack[st.markStack.length - 1]!;
    for (let i = 0; i <= lastmark; i++) st.marks[i] = m[i] ?? -1;
  }
}
function markDiscard(st: State, lastmark: number): void {
  if (lastmark >= 0) st.markStack.pop();
}

/** SRE(count): how many times the single-character item at code[p] matches from state.ptr. */
function count(st: State, code: Uint32Array, p: number, maxcount: number): number {
  const s = st.s;
  let ptr = st.ptr;
  let end = st.end;
  if (maxcount < end - ptr && maxcount !== MAXREPEAT) end = ptr + maxcount;
  switch (code[p]) {
    case IN:
      while (ptr < end && inCharset(code, p + 2, s[ptr]!)) ptr++;
      break;
    case ANY:
      while (ptr < end && !isLinebreak(s[ptr]!)) ptr++;
      break;
    case ANY_ALL:
      ptr = end;
      break;
    case LITERAL: {
      const c = code[p + 1]!;
      while (ptr < end && s[ptr] === c) ptr++;
      break;
    }
    case LITERAL_IGNORE: {
      const c = code[p + 1]!;
      while (ptr < end && lowerAscii(s[ptr]!) === c) ptr++;
      break;
    }
    case LITERAL_UNI_IGNORE: {
      const c = code[p + 1]!;
      while (ptr < end && lowerUnicode(s[ptr]!) === c) ptr++;
      break;
    }
    case LITERAL_LOC_IGNORE: {
      const c = code[p + 1]!;
      while (ptr < end && charLocIgnore(c, s[ptr]!)) ptr++;
      break;
    }
    case NOT_LITERAL: {
      const c = code[p + 1]!;
      while (ptr < end && s[ptr] !== c) ptr++;
      break;
    }
    case NOT_LITERAL_IGNORE: {
      const c = code[p + 1]!;
      while (ptr < end && lowerAscii(s[ptr]!) !== c) ptr++;
      break;
    }
    case NOT_LITERAL_UNI_IGNORE: {
      const c = code[p + 1]!;
      while (ptr < end && lowerUnicode(s[ptr]!) !== c) ptr++;
      break;
    }
    case NOT_LITERAL_LOC_IGNORE: {
      const c = code[p + 1]!;
      while (ptr < end && !charLocIgnore(c, s[ptr]!)) ptr++;
      break;
    }
    default: {
      // repeated single-character pattern
      const start = st.ptr;
      while (st.ptr < end) {
        const r = match(st, code, p, false);
        if (r === 0) break;
      }
      return st.ptr - start;
    }
  }
  return ptr - st.ptr;
}

function charLocIgnore(pattern: number, ch: number): boolean {
  return ch === pattern || lowerAscii(ch) === pattern || upperUnicode(ch) === pattern;
}

function at(st: State, ptr: number, code: number): boolean {
  const s = st.s;
  switch (code) {
    case AT_BEGINNING:
    case AT_BEGINNING_STRING:
      return ptr === st.beginning;
    case AT_BEGINNING_LINE:
      return ptr === st.beginning || isLinebreak(s[ptr - 1]!);
    case AT_END:
      return (st.end - ptr === 1 && isLinebreak(s[ptr]!)) || ptr === st.end;
    case AT_END_LINE:
      return ptr === st.end || isLinebreak(s[ptr]!);
    case AT_END_STRING:
      return ptr === st.end;
    case AT_BOUNDARY:
    case AT_NON_BOUNDARY:
    case AT_LOC_BOUNDARY:
    case AT_LOC_NON_BOUNDARY:
    case AT_UNI_BOUNDARY:
    case AT_UNI_NON_BOUNDARY: {
      if (st.beginning === st.end) return false;
      const w = code === AT_UNI_BOUNDARY || code === AT_UNI_NON_BOUNDARY ? isWordU : isWordA;
      const thatp = ptr > st.beginning ? w(s[ptr - 1]!) : false;
      const thisp = ptr < st.end ? w(s[ptr]!) : false;
      return code === AT_BOUNDARY || code === AT_LOC_BOUNDARY || code === AT_UNI_BOUNDARY ? thisp !== thatp : thisp === thatp;
    }
  }
  return false;
}

/** SRE(match): 1 when the code at `pc0` matches at state.ptr (state.ptr then = match end). */
function match(st: State, code: Uint32Array, pc0: number, toplevel: boolean): number {
  const s = st.s;
  const end = st.end;
  let ctx: Ctx = newCtx(null, toplevel);
  let pc = pc0;
  let ptr = 0;
  let ret = 0;
  let label = R_ENTER;
  // DO_JUMP: suspend ctx at `resume`, start a child at `next`.
  for (;;) {
    if (++st.steps > 50_000_000) throw newExc(RuntimeError, 'pyc: regular expression too complex');
    let doExit = false;
    switch (label) {
      case R_ENTER:
        ptr = st.ptr;
        if (code[pc] === INFO) {
          if (code[pc + 3] && end - ptr < code[pc + 3]!) {
            ret = 0;
            doExit = true;
            break;
          }
          pc += code[pc + 1]! + 1;
        }
        label = R_DISPATCH;
        break;
      case R_BRANCH:
        if (ret) {
          if (st.repeat) markDiscard(st, ctx.lastmark);
          ret = 1;
          doExit = true;
          break;
        }
        if (st.repeat) markPop(st, ctx.lastmark, false);
        st.lastmark = ctx.lastmark;
        st.lastindex = ctx.lastindex;
        ctx.bpc += code[ctx.bpc]!;
        label = R_BRANCH_TRY;
        continue;
      case R_BRANCH_TRY: {
        let jumped = false;
        for (; code[ctx.bpc]; ctx.bpc += code[ctx.bpc]!) {
          const b = ctx.bpc;
          if (code[b + 1] === LITERAL && (ptr >= end || s[ptr] !== code[b + 2])) continue;
          if (code[b + 1] === IN && (ptr >= end || !inCharset(code, b + 3, s[ptr]!))) continue;
          st.ptr = ptr;
          ctx.pc = pc;
          ctx.ptr = ptr;
          ctx.resume = R_BRANCH;
          const child = newCtx(ctx, ctx.toplevel);
          ctx = child;
          pc = b + 1;
          label = R_ENTER;
          jumped = true;
          break;
        }
        if (jumped) break;
        if (st.repeat) markDiscard(st, ctx.lastmark);
        ret = 0;
        doExit = true;
        break;
      }
      case R_REPEAT_ONE_1:
        if (ret) {
          if (st.repeat) markDiscard(st, ctx.lastmark);
          ret = 1;
          doExit = true;
          break;
        }
        if (st.repeat) markPop(st, ctx.lastmark, false);
        st.lastmark = ctx.lastmark;
        st.lastindex = ctx.lastindex;
        ptr--;
        ctx.count--;
        label = R_REPEAT_ONE_1_TRY;
        continue;
      case R_REPEAT_ONE_1_TRY: {
        const min = code[pc + 1]!;
        while (ctx.count >= min && (ptr >= end || s[ptr] !== ctx.chr)) {
          ptr--;
          ctx.count--;
        }
        if (ctx.count < min) {
          if (st.repeat) markDiscard(st, ctx.lastmark);
          ret = 0;
          doExit = true;
          break;
        }
        st.ptr = ptr;
        ctx.pc = pc;
        ctx.ptr = ptr;
        ctx.resume = R_REPEAT_ONE_1;
        const child = newCtx(ctx, ctx.toplevel);
        pc = pc + code[pc]!;
        ctx = child;
        label = R_ENTER;
        break;
      }
      case R_REPEAT_ONE_2:
        if (ret) {
          if (st.repeat) markDiscard(st, ctx.lastmark);
          ret = 1;
          doExit = true;
          break;
        }
        if (st.repeat) markPop(st, ctx.lastmark, false);
        st.lastmark = ctx.lastmark;
        st.lastindex = ctx.lastindex;
        ptr--;
        ctx.count--;
        label = R_REPEAT_ONE_2_TRY;
        continue;
      case R_REPEAT_ONE_2_TRY: {
        if (ctx.count >= code[pc + 1]!) {
          st.ptr = ptr;
          ctx.pc = pc;
          ctx.ptr = ptr;
          ctx.resume = R_REPEAT_ONE_2;
          const child = newCtx(ctx, ctx.toplevel);
          pc = pc + code[pc]!;
          ctx = child;
          label = R_ENTER;
          break;
        }
        if (st.repeat) markDiscard(st, ctx.lastmark);
        ret = 0;
        doExit = true;
        break;
      }
      case R_MIN_REPEAT_ONE: {
        if (ret) {
          if (st.repeat) markDiscard(st, ctx.lastmark);
          ret = 1;
          doExit = true;
          break;
        }
        if (st.repeat) markPop(st, ctx.lastmark, false);
        st.lastmark = ctx.lastmark;
        st.lastindex = ctx.lastindex;
        st.ptr = ptr;
        const r = count(st, code, pc + 3, 1);
        if (r === 0) {
          if (st.repeat) markDiscard(st, ctx.lastmark);
          ret = 0;
          doExit = true;
          break;
        }
        ptr++;
        ctx.count++;
        label = R_MIN_REPEAT_ONE_TRY;
        continue;
      }
      case R_MIN_REPEAT_ONE_TRY: {
        if (code[pc + 2] === MAXREPEAT || ctx.count <= code[pc + 2]!) {
          st.ptr = ptr;
          ctx.pc = pc;
          ctx.ptr = ptr;
          ctx.resume = R_MIN_REPEAT_ONE;
          const child = newCtx(ctx, ctx.toplevel);
          pc = pc + code[pc]!;
          ctx = child;
          label = R_ENTER;
          break;
        }
        if (st.repeat) markDiscard(st, ctx.lastmark);
        ret = 0;
        doExit = true;
        break;
      }
      case R_REPEAT:
        st.repeat = ctx.rep!.prev;
        ret = ret ? 1 : 0;
        doExit = true;
        break;
      case R_MAX_UNTIL_1:
        if (ret) {
          ret = 1;
          doExit = true;
          break;
        }
        ctx.rep!.count = ctx.count - 1;
        st.ptr = ptr;
        ret = 0;
        doExit = true;
        break;
      case R_MAX_UNTIL_2:
        ctx.rep!.lastPtr = ctx.savedLastPtr;
        if (ret) {
          markDiscard(st, ctx.lastmark);
          ret = 1;
          doExit = true;
          break;
        }
        markPop(st, ctx.lastmark, true);
        st.lastmark = ctx.lastmark;
        st.lastindex = ctx.lastindex;
        ctx.rep!.count = ctx.count - 1;
        st.ptr = ptr;
        // cannot match more repeated items here; make sure the tail matches
        st.repeat = ctx.rep!.prev;
        ctx.pc = pc;
        ctx.ptr = ptr;
        ctx.resume = R_MAX_UNTIL_3;
        ctx = newCtx(ctx, ctx.toplevel);
        label = R_ENTER;
        break;
      case R_MAX_UNTIL_3:
        st.repeat = ctx.rep;
        if (ret) {
          ret = 1;
          doExit = true;
          break;
        }
        st.ptr = ptr;
        ret = 0;
        doExit = true;
        break;
      case R_MIN_UNTIL_1:
        if (ret) {
          ret = 1;
          doExit = true;
          break;
        }
        ctx.rep!.count = ctx.count - 1;
        st.ptr = ptr;
        ret = 0;
        doExit = true;
        break;
      case R_MIN_UNTIL_2: {
        const repeatOfTail = st.repeat;
        st.repeat = ctx.rep;
        if (ret) {
          if (repeatOfTail) markDiscard(st, ctx.lastmark);
          ret = 1;
          doExit = true;
          break;
        }
        if (repeatOfTail) markPop(st, ctx.lastmark, true);
        st.lastmark = ctx.lastmark;
        st.lastindex = ctx.lastindex;
        st.ptr = ptr;
        const rep = ctx.rep!;
        if ((ctx.count >= code[rep.pc + 2]! && code[rep.pc + 2] !== MAXREPEAT) || st.ptr === rep.lastPtr) {
          ret = 0;
          doExit = true;
          break;
        }
        rep.count = ctx.count;
        ctx.savedLastPtr = rep.lastPtr;
        rep.lastPtr = st.ptr;
        ctx.pc = pc;
        ctx.ptr = ptr;
        ctx.resume = R_MIN_UNTIL_3;
        const child = newCtx(ctx, ctx.toplevel);
        pc = rep.pc + 3;
        ctx = child;
        label = R_ENTER;
        break;
      }
      case R_MIN_UNTIL_3:
        ctx.rep!.lastPtr = ctx.savedLastPtr;
        if (ret) {
          ret = 1;
          doExit = true;
          break;
        }
        ctx.rep!.count = ctx.count - 1;
        st.ptr = ptr;
        ret = 0;
        doExit = true;
        break;
      case R_POSS_1:
        if (ret) ctx.count++;
        else {
          st.ptr = ptr;
          ret = 0;
          doExit = true;
          break;
        }
        label = R_POSS_1_TRY;
        continue;
      case R_POSS_1_TRY:
        if (ctx.count < code[pc + 1]!) {
          ctx.pc = pc;
          ctx.ptr = ptr;
          ctx.resume = R_POSS_1;
          const child = newCtx(ctx, false);
          pc = pc + 3;
          ctx = child;
          label = R_ENTER;
          break;
        }
        ptr = -1;
        label = R_POSS_2_TRY;
        continue;
      case R_POSS_2:
        if (ret) {
          markDiscard(st, ctx.lastmark);
          ctx.count++;
        } else {
          markPop(st, ctx.lastmark, true);
          st.lastmark = ctx.lastmark;
          st.lastindex = ctx.lastindex;
          st.ptr = ptr;
          pc += code[pc]! + 1;
          ptr = st.ptr;
          label = R_DISPATCH;
          continue;
        }
        label = R_POSS_2_TRY;
        continue;
      case R_POSS_2_TRY:
        if ((ctx.count < code[pc + 2]! || code[pc + 2] === MAXREPEAT) && st.ptr !== ptr) {
          ctx.lastmark = st.lastmark;
          ctx.lastindex = st.lastindex;
          markPush(st, ctx.lastmark);
          ptr = st.ptr;
          ctx.pc = pc;
          ctx.ptr = ptr;
          ctx.resume = R_POSS_2;
          const child = newCtx(ctx, false);
          pc = pc + 3;
          ctx = child;
          label = R_ENTER;
          break;
        }
        pc += code[pc]! + 1;
        ptr = st.ptr;
        label = R_DISPATCH;
        continue;
      case R_ATOMIC:
        if (ret === 0) {
          st.ptr = ptr;
          ret = 0;
          doExit = true;
          break;
        }
        pc += code[pc]!;
        ptr = st.ptr;
        label = R_DISPATCH;
        continue;
      case R_ASSERT:
        if (ret === 0) {
          doExit = true;
          break;
        }
        pc += code[pc]!;
        label = R_DISPATCH;
        continue;
      case R_ASSERT_NOT:
        if (ret) {
          if (st.repeat) markDiscard(st, ctx.lastmark);
          ret = 0;
          doExit = true;
          break;
        }
        if (st.repeat) markPop(st, ctx.lastmark, true);
        st.lastmark = ctx.lastmark;
        st.lastindex = ctx.lastindex;
        pc += code[pc]!;
        label = R_DISPATCH;
        continue;
    }
    if (!doExit && label === R_DISPATCH) {
      // --- straight-line dispatch ---
      dispatch: for (;;) {
        const op = code[pc++]!;
        switch (op) {
          case MARK: {
            const i = code[pc]!;
            if (i & 1) st.lastindex = (i >> 1) + 1;
            if (i > st.lastmark) {
              for (let j = st.lastmark + 1; j < i; j++) st.marks[j] = -1;
              st.lastmark = i;
            }
            st.marks[i] = ptr;
            pc++;
            continue;
          }
          case LITERAL:
            if (ptr >= end || s[ptr] !== code[pc]) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            pc++;
            ptr++;
            continue;
          case NOT_LITERAL:
            if (ptr >= end || s[ptr] === code[pc]) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            pc++;
            ptr++;
            continue;
          case SUCCESS:
            if (ctx.toplevel && ((st.matchAll && ptr !== st.end) || (st.mustAdvance && ptr === st.start))) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            st.ptr = ptr;
            ret = 1;
            doExit = true;
            break dispatch;
          case AT:
            if (!at(st, ptr, code[pc]!)) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            pc++;
            continue;
          case CATEGORY:
            if (ptr >= end || !category(code[pc]!, s[ptr]!)) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            pc++;
            ptr++;
            continue;
          case ANY:
            if (ptr >= end || isLinebreak(s[ptr]!)) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            ptr++;
            continue;
          case ANY_ALL:
            if (ptr >= end) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            ptr++;
            continue;
          case IN:
            if (ptr >= end || !inCharset(code, pc + 1, s[ptr]!)) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            pc += code[pc]!;
            ptr++;
            continue;
          case LITERAL_IGNORE:
            if (ptr >= end || lowerAscii(s[ptr]!) !== code[pc]) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            pc++;
            ptr++;
            continue;
          case LITERAL_UNI_IGNORE:
            if (ptr >= end || lowerUnicode(s[ptr]!) !== code[pc]) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            pc++;
            ptr++;
            continue;
          case LITERAL_LOC_IGNORE:
            if (ptr >= end || !charLocIgnore(code[pc]!, s[ptr]!)) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            pc++;
            ptr++;
            continue;
          case NOT_LITERAL_IGNORE:
            if (ptr >= end || lowerAscii(s[ptr]!) === code[pc]) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            pc++;
            ptr++;
            continue;
          case NOT_LITERAL_UNI_IGNORE:
            if (ptr >= end || lowerUnicode(s[ptr]!) === code[pc]) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            pc++;
            ptr++;
            continue;
          case NOT_LITERAL_LOC_IGNORE:
            if (ptr >= end || charLocIgnore(code[pc]!, s[ptr]!)) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            pc++;
            ptr++;
            continue;
          case IN_IGNORE:
            if (ptr >= end || !inCharset(code, pc + 1, lowerAscii(s[ptr]!))) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            pc += code[pc]!;
            ptr++;
            continue;
          case IN_UNI_IGNORE:
            if (ptr >= end || !inCharset(code, pc + 1, lowerUnicode(s[ptr]!))) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            pc += code[pc]!;
            ptr++;
            continue;
          case IN_LOC_IGNORE: {
            if (ptr >= end) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            const ch = s[ptr]!;
            const lo = lowerAscii(ch);
            const up = upperUnicode(ch);
            if (!inCharset(code, pc + 1, lo) && !(up !== lo && inCharset(code, pc + 1, up))) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            pc += code[pc]!;
            ptr++;
            continue;
          }
          case JUMP:
          case INFO:
            pc += code[pc]!;
            continue;
          case BRANCH:
            ctx.lastmark = st.lastmark;
            ctx.lastindex = st.lastindex;
            if (st.repeat) markPush(st, ctx.lastmark);
            ctx.bpc = pc;
            label = R_BRANCH_TRY;
            break dispatch;
          case REPEAT_ONE: {
            if (code[pc + 1]! > end - ptr) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            st.ptr = ptr;
            const n = count(st, code, pc + 3, code[pc + 2]!);
            ctx.count = n;
            ptr += n;
            if (n < code[pc + 1]!) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            const tail = pc + code[pc]!;
            if (code[tail] === SUCCESS && ptr === st.end && !(ctx.toplevel && st.mustAdvance && ptr === st.start)) {
              st.ptr = ptr;
              ret = 1;
              doExit = true;
              break dispatch;
            }
            ctx.lastmark = st.lastmark;
            ctx.lastindex = st.lastindex;
            if (st.repeat) markPush(st, ctx.lastmark);
            if (code[tail] === LITERAL) {
              ctx.chr = code[tail + 1]!;
              label = R_REPEAT_ONE_1_TRY;
            } else label = R_REPEAT_ONE_2_TRY;
            break dispatch;
          }
          case MIN_REPEAT_ONE: {
            if (code[pc + 1]! > end - ptr) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            st.ptr = ptr;
            if (code[pc + 1] === 0) ctx.count = 0;
            else {
              const n = count(st, code, pc + 3, code[pc + 1]!);
              if (n < code[pc + 1]!) {
                ret = 0;
                doExit = true;
                break dispatch;
              }
              ctx.count = n;
              ptr += n;
            }
            const tail = pc + code[pc]!;
            if (code[tail] === SUCCESS && !(ctx.toplevel && ((st.matchAll && ptr !== st.end) || (st.mustAdvance && ptr === st.start)))) {
              st.ptr = ptr;
              ret = 1;
              doExit = true;
              break dispatch;
            }
            ctx.lastmark = st.lastmark;
            ctx.lastindex = st.lastindex;
            if (st.repeat) markPush(st, ctx.lastmark);
            label = R_MIN_REPEAT_ONE_TRY;
            break dispatch;
          }
          case POSSESSIVE_REPEAT_ONE: {
            if (ptr + code[pc + 1]! > end) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            st.ptr = ptr;
            const n = count(st, code, pc + 3, code[pc + 2]!);
            ctx.count = n;
            ptr += n;
            if (n < code[pc + 1]!) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            pc += code[pc]!;
            if (code[pc] === SUCCESS && ptr === st.end && !(ctx.toplevel && st.mustAdvance && ptr === st.start)) {
              st.ptr = ptr;
              ret = 1;
              doExit = true;
              break dispatch;
            }
            continue;
          }
          case REPEAT: {
            const rep: Repeat = { count: -1, pc, prev: st.repeat, lastPtr: -1 };
            ctx.rep = rep;
            st.repeat = rep;
            st.ptr = ptr;
            ctx.pc = pc;
            ctx.ptr = ptr;
            ctx.resume = R_REPEAT;
            const child = newCtx(ctx, ctx.toplevel);
            pc = pc + code[pc]!;
            ctx = child;
            label = R_ENTER;
            break dispatch;
          }
          case MAX_UNTIL: {
            const rep = st.repeat;
            if (!rep) throw newExc(RuntimeError, 'internal error in regular expression engine');
            ctx.rep = rep;
            st.ptr = ptr;
            ctx.count = rep.count + 1;
            if (ctx.count < code[rep.pc + 1]!) {
              rep.count = ctx.count;
              ctx.pc = pc;
              ctx.ptr = ptr;
              ctx.resume = R_MAX_UNTIL_1;
              const child = newCtx(ctx, ctx.toplevel);
              pc = rep.pc + 3;
              ctx = child;
              label = R_ENTER;
              break dispatch;
            }
            if ((ctx.count < code[rep.pc + 2]! || code[rep.pc + 2] === MAXREPEAT) && st.ptr !== rep.lastPtr) {
              rep.count = ctx.count;
              ctx.lastmark = st.lastmark;
              ctx.lastindex = st.lastindex;
              markPush(st, ctx.lastmark);
              ctx.savedLastPtr = rep.lastPtr;
              rep.lastPtr = st.ptr;
              ctx.pc = pc;
              ctx.ptr = ptr;
              ctx.resume = R_MAX_UNTIL_2;
              const child = newCtx(ctx, ctx.toplevel);
              pc = rep.pc + 3;
              ctx = child;
              label = R_ENTER;
              break dispatch;
            }
            st.repeat = rep.prev;
            ctx.pc = pc;
            ctx.ptr = ptr;
            ctx.resume = R_MAX_UNTIL_3;
            ctx = newCtx(ctx, ctx.toplevel);
            label = R_ENTER;
            break dispatch;
          }
          case MIN_UNTIL: {
            const rep = st.repeat;
            if (!rep) throw newExc(RuntimeError, 'internal error in regular expression engine');
            ctx.rep = rep;
            st.ptr = ptr;
            ctx.count = rep.count + 1;
            if (ctx.count < code[rep.pc + 1]!) {
              rep.count = ctx.count;
              ctx.pc = pc;
              ctx.ptr = ptr;
              ctx.resume = R_MIN_UNTIL_1;
              const child = newCtx(ctx, ctx.toplevel);
              pc = rep.pc + 3;
              ctx = child;
              label = R_ENTER;
              break dispatch;
            }
            st.repeat = rep.prev;
            ctx.lastmark = st.lastmark;
            ctx.lastindex = st.lastindex;
            if (st.repeat) markPush(st, ctx.lastmark);
            ctx.pc = pc;
            ctx.ptr = ptr;
            ctx.resume = R_MIN_UNTIL_2;
            ctx = newCtx(ctx, ctx.toplevel);
            label = R_ENTER;
            break dispatch;
          }
          case POSSESSIVE_REPEAT:
            st.ptr = ptr;
            ctx.count = 0;
            label = R_POSS_1_TRY;
            break dispatch;
          case ATOMIC_GROUP: {
            st.ptr = ptr;
            ctx.pc = pc;
            ctx.ptr = ptr;
            ctx.resume = R_ATOMIC;
            const child = newCtx(ctx, false);
            pc = pc + 1;
            ctx = child;
            label = R_ENTER;
            break dispatch;
          }
          case GROUPREF:
          case GROUPREF_IGNORE:
          case GROUPREF_UNI_IGNORE:
          case GROUPREF_LOC_IGNORE: {
            const g = code[pc]! * 2;
            if (g >= st.lastmark) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            let p = st.marks[g] ?? -1;
            const e = st.marks[g + 1] ?? -1;
            if (p < 0 || e < 0 || e < p) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            const norm = op === GROUPREF ? (c: number) => c : op === GROUPREF_IGNORE || op === GROUPREF_LOC_IGNORE ? lowerAscii : lowerUnicode;
            let failed = false;
            while (p < e) {
              if (ptr >= end || norm(s[ptr]!) !== norm(s[p]!)) {
                failed = true;
                break;
              }
              p++;
              ptr++;
            }
            if (failed) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            pc++;
            continue;
          }
          case GROUPREF_EXISTS: {
            const g = code[pc]! * 2;
            if (g >= st.lastmark) {
              pc += code[pc + 1]!;
              continue;
            }
            const p = st.marks[g] ?? -1;
            const e = st.marks[g + 1] ?? -1;
            if (p < 0 || e < 0 || e < p) {
              pc += code[pc + 1]!;
              continue;
            }
            pc += 2;
            continue;
          }
          case ASSERT: {
            if (ptr - st.beginning < code[pc + 1]!) {
              ret = 0;
              doExit = true;
              break dispatch;
            }
            st.ptr = ptr - code[pc + 1]!;
            ctx.pc = pc;
            ctx.ptr = ptr;
            ctx.resume = R_ASSERT;
            const child = newCtx(ctx, false);
            pc = pc + 2;
            ctx = child;
            label = R_ENTER;
            break dispatch;
          }
          case ASSERT_NOT: {
            if (ptr - st.beginning >= code[pc + 1]!) {
              st.ptr = ptr - code[pc + 1]!;
              ctx.lastmark = st.lastmark;
              ctx.lastindex = st.lastindex;
              if (st.repeat) markPush(st, ctx.lastmark);
              ctx.pc = pc;
              ctx.ptr = ptr;
              ctx.resume = R_ASSERT_NOT;
              const child = newCtx(ctx, false);
              pc = pc + 2;
              ctx = child;
              label = R_ENTER;
              break dispatch;
            }
            pc += code[pc]!;
            continue;
          }
          case FAILURE:
            ret = 0;
            doExit = true;
            break dispatch;
          default:
            throw newExc(RuntimeError, 'internal error in regular expression engine');
        }
      }
    }
    if (!doExit) continue;
    // --- exit: return `ret` to the parent context, or to the caller ---
    const parent = ctx.parent;
    if (parent === null) return ret;
    ctx = parent;
    pc = ctx.pc;
    ptr = ctx.ptr;
    label = ctx.resume;
  }
}

/** SRE(search). */
function search(st: State, code: Uint32Array): number {
  const s = st.s;
  let ptr = st.start;
  let end = st.end;
  if (ptr > end) return 0;
  let pc = 0;
  let flags = 0;
  let prefixLen = 0;
  let prefixSkip = 0;
  let prefix = -1;
  let overlap = -1;
  let charset = -1;
  if (code[0] === INFO) {
    flags = code[2]!;
    if (code[3] && end - ptr < code[3]!) return 0;
    if (code[3]! > 1) {
      end -= code[3]! - 1;
      if (end <= ptr) end = ptr;
    }
    if (flags & INFO_PREFIX) {
      prefixLen = code[5]!;
      prefixSkip = code[6]!;
      prefix = 7;
      overlap = prefix + prefixLen - 1;
    } else if (flags & INFO_CHARSET) charset = 5;
    pc = 1 + code[1]!;
  }
  if (prefixLen === 1) {
    const c = code[prefix]!;
    end = st.end;
    st.mustAdvance = false;
    while (ptr < end) {
      while (s[ptr] !== c) {
        if (++ptr >= end) return 0;
      }
      st.start = ptr;
      st.ptr = ptr + prefixSkip;
      if (flags & INFO_LITERAL) return 1;
      const status = match(st, code, pc + 2 * prefixSkip, false);
      if (status !== 0) return status;
      ++ptr;
      st.reset();
    }
    return 0;
  }
  if (prefixLen > 1) {
    end = st.end;
    if (prefixLen > end - ptr) return 0;
    while (ptr < end) {
      const c = code[prefix]!;
      while (s[ptr++] !== c) {
        if (ptr >= end) return 0;
      }
      if (ptr >= end) return 0;
      let i = 1;
      st.mustAdvance = false;
      do {
        if (s[ptr] === code[prefix + i]) {
          if (++i !== prefixLen) {
            if (++ptr >= end) return 0;
            continue;
          }
          st.start = ptr - (prefixLen - 1);
          st.ptr = ptr - (prefixLen - prefixSkip - 1);
          if (flags & INFO_LITERAL) return 1;
          const status = match(st, code, pc + 2 * prefixSkip, false);
          if (status !== 0) return status;
          if (++ptr >= end) return 0;
          st.reset();
        }
        i = code[overlap + i]!;
      } while (i !== 0);
    }
    return 0;
  }
  if (charset >= 0) {
    end = st.end;
    st.mustAdvance = false;
    for (;;) {
      while (ptr < end && !inCharset(code, charset, s[ptr]!)) ptr++;
      if (ptr >= end) return 0;
      st.start = ptr;
      st.ptr = ptr;
      const status = match(st, code, pc, false);
      if (status !== 0) return status;
      ptr++;
      st.reset();
    }
  }
  st.start = st.ptr = ptr;
  let status = match(st, code, pc, true);
  st.mustAdvance = false;
  if (status === 0 && code[pc] === AT && (code[pc + 1] === AT_BEGINNING || code[pc + 1] === AT_BEGINNING_STRING)) {
    st.start = st.ptr = end;
    return 0;
  }
  while (status === 0 && ptr < end) {
    ptr++;
    st.reset();
    st.start = st.ptr = ptr;
    status = match(st, code, pc, false);
  }
  return status;
}

// --- Python objects ----------------------------------------------------------------------------

const patternType = builtinType('Pattern', objectType, 0);
patternType.moduleName = 're';
const matchType = builtinType('Match', objectType, 0);
matchType.moduleName = 're';
const scannerType = builtinType('SRE_Scanner', objectType, 0);
scannerType.moduleName = '_sre';

class PyPattern extends PyObject {
  constructor(
    readonly pattern: Value,
    readonly flags: number,
    readonly code: Uint32Array,
    readonly groups: number,
    readonly groupindex: PyDict,
    readonly indexgroup: Value[],
    readonly isBytes: boolean,
  ) {
    super(patternType);
  }
}

class PyMatch extends PyObject {
  constructor(
    readonly pattern: PyPattern,
    readonly string: Value,
    readonly chars: Int32Array,
    readonly marks: number[],
    readonly pos: number,
    readonly endpos: number,
    readonly lastindex: number,
  ) {
    super(matchType);
  }
}

class PyScanner extends PyIter {
  state: State;
  done = false;
  constructor(readonly pattern: PyPattern, readonly string: Value, readonly chars: Int32Array, pos: number, endpos: number) {
    super(scannerType);
    this.state = new State(chars, pos, endpos);
  }
  next(): Value | undefined {
    const m = this.step(true);
    return m === None ? undefined : m;
  }
  step(searching: boolean): Value {
    if (this.done) return None;
    const st = this.state;
    st.reset();
    st.ptr = st.start;
    const status = searching ? search(st, this.pattern.code) : match(st, this.pattern.code, 0, true);
    const m = status ? newMatch(this.pattern, st, this.string) : None;
    if (status === 0) this.done = true;
    else {
      st.mustAdvance = st.ptr === st.start;
      st.start = st.ptr;
    }
    return m;
  }
}

function charsOf(p: PyPattern, v: Value): Int32Array {
  const s = strValue(v);
  if (s !== undefined) {
    if (p.isBytes) throw typeError('cannot use a bytes pattern on a string-like object');
    return Int32Array.from([...s].map((c) => c.codePointAt(0)!));
  }
  if (v instanceof PyBytes || v instanceof PyByteArray) {
    if (!p.isBytes) throw typeError('cannot use a string pattern on a bytes-like object');
    return Int32Array.from(bytesOf(v));
  }
  throw typeError(`expected string or bytes-like object, got '${typeOf(v).name}'`);
}

function sliceOf(string: Value, chars: Int32Array, a: number, b: number): Value {
  if (string instanceof PyBytes || string instanceof PyByteArray) return new PyBytes(Uint8Array.from(chars.subarray(a, b)));
  const s = strValue(string)!;
  if (s.length === chars.length) return s.slice(a, b);
  return String.fromCodePoint(...chars.subarray(a, b));
}

function newMatch(p: PyPattern, st: State, string: Value): PyMatch {
  const marks: number[] = [st.start, st.ptr];
  for (let i = 0, j = 0; i < p.groups; i++, j += 2) {
    if (j + 1 <= st.lastmark && (st.marks[j] ?? -1) >= 0 && (st.marks[j + 1] ?? -1) >= 0) {
      marks.push(st.marks[j]!, st.marks[j + 1]!);
    } else marks.push(-1, -1);
  }
  return new PyMatch(p, string, st.s, marks, st.pos, st.endpos, st.lastindex);
}

function posArgs(fname: string, args: Value[], kw: readonly string[] | null): [Value, number, number] {
  const b = bindKw(fname, args, kw, ['string'], { pos: 0, endpos: 9223372036854775807n }, ['pos', 'endpos'], true);
  // Py_ssize_t arguments: out of range is OverflowError (before the string is looked at)
  for (const k of ['pos', 'endpos']) {
    const v = intValue(b[k]!);
    if (v !== undefined && (v > 2n ** 63n - 1n || v < -(2n ** 63n))) throw newExc(OverflowError, 'Python int too large to convert to C ssize_t');
  }
  const pos = indexClamped(b['pos']!);
  const endpos = indexClamped(b['endpos']!);
  return [b['string']!, pos, endpos];
}

function groupIndex(m: PyMatch, g: Value): number {
  const i = intValue(g);
  if (i !== undefined) {
    if (i < 0 || i > m.pattern.groups) throw indexError('no such group');
    return Number(i);
  }
  const named = m.pattern.groupindex.get(g);
  if (named !== undefined) return Number(intValue(named));
  throw indexError('no such group');
}

function groupValue(m: PyMatch, i: number, dflt: Value): Value {
  const a = m.marks[2 * i]!;
  const b = m.marks[2 * i + 1]!;
  if (a < 0 || b < 0) return dflt;
  return sliceOf(m.string, m.chars, a, b);
}

function flagsRepr(flags: number, isBytes: boolean): string {
  const names: [string, number][] = [['re.IGNORECASE', FLAG_IGNORECASE], ['re.LOCALE', FLAG_LOCALE], ['re.MULTILINE', FLAG_MULTILINE], ['re.DOTALL', FLAG_DOTALL], ['re.UNICODE', FLAG_UNICODE], ['re.VERBOSE', FLAG_VERBOSE], ['re.DEBUG', FLAG_DEBUG], ['re.ASCII', FLAG_ASCII]];
  if (!isBytes && (flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) === FLAG_UNICODE) flags &= ~FLAG_UNICODE;
  const out: string[] = [];
  for (const [n, f] of names) {
    if (flags & f) {
      out.push(n);
      flags &= ~f;
    }
  }
  if (flags) out.push(`0x${flags.toString(16)}`);
  return out.join('|');
}

function subx(p: PyPattern, repl: Value, string: Value, count: number, wantN: boolean): Value {
  const chars = charsOf(p, string);
  let filter: Value = repl;
  let callable = isCallable(repl);
  if (!callable) {
    const rs = strValue(repl);
    const literal = rs !== undefined ? !rs.includes('\\') : repl instanceof PyBytes ? !bytesOf(repl).includes(92) : false;
    if (!literal) {
      const re = importAbs('re');
      filter = call(getAttr(re, '_subx'), [p, repl]);
      callable = isCallable(filter);
    }
  }
  const st = new State(chars, 0, chars.length);
  const parts: Value[] = [];
  let n = 0;
  let i = 0;
  while (!count || n < count) {
    st.reset();
    st.ptr = st.start;
    const status = search(st, p.code);
    if (status === 0) break;
    const b = st.start;
    const e = st.ptr;
    if (i < b) parts.push(sliceOf(string, chars, i, b));
    const item = callable ? call(filter, [newMatch(p, st, string)]) : filter;
    if (item !== None) parts.push(item);
    i = e;
    n++;
    st.mustAdvance = st.ptr === st.start;
    st.start = st.ptr;
  }
  if (i < st.endpos) parts.push(sliceOf(string, chars, i, st.endpos));
  let result: Value;
  if (p.isBytes) {
    const arrs = parts.map((x) => {
      if (!(x instanceof PyBytes || x instanceof PyByteArray)) throw typeError(`sequence item: expected a bytes-like object, ${typeOf(x).name} found`);
      return bytesOf(x);
    });
    result = new PyBytes(Uint8Array.from(arrs.flatMap((a) => Array.from(a))));
  } else result = strJoin('', new PyList(parts));
  return wantN ? tuple([result, n]) : result;
}

export function initSre(m: PyModule): void {
  m.ns.setStr('MAGIC', MAGIC);
  m.ns.setStr('CODESIZE', 4);
  m.ns.setStr('MAXREPEAT', MAXREPEAT);
  m.ns.setStr('MAXGROUPS', MAXGROUPS);
  m.ns.setStr('copyright', ' SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ');
  def(m, 'getcodesize', () => 4);
  def(m, 'ascii_iscased', (args) => {
    const c = Number(index(args[0]!));
    return c < 128 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  });
  def(m, 'unicode_iscased', (args) => {
    const c = Number(index(args[0]!));
    return c !== lowerUnicode(c) || c !== upperUnicode(c);
  });
  def(m, 'ascii_tolower', (args) => lowerAscii(Number(index(args[0]!))));
  def(m, 'unicode_tolower', (args) => lowerUnicode(Number(index(args[0]!))));
  def(m, 'compile', (args) => {
    const [pattern, flags, code, groups, groupindex, indexgroup] = args;
    const codeArr = Uint32Array.from(toArray(code!).map((x) => Number(intValue(x)) >>> 0));
    const isBytes = pattern instanceof PyBytes || pattern instanceof PyByteArray;
    return new PyPattern(pattern!, Number(intValue(flags!)), codeArr, Number(intValue(groups!)), groupindex as PyDict, toArray(indexgroup!), isBytes);
  });

  const P = patternType;
  const doMatch = (p: PyPattern, args: Value[], kw: readonly string[] | null, mode: 'match' | 'fullmatch' | 'search'): Value => {
    const [string, pos, endpos] = posArgs(mode, args, kw);
    const chars = charsOf(p, string);
    const st = new State(chars, pos, endpos);
    let status: number;
    if (mode === 'search') status = search(st, p.code);
    else {
      st.matchAll = mode === 'fullmatch';
      status = match(st, p.code, 0, true);
    }
    return status ? newMatch(p, st, string) : None;
  };
  methodRaw(P, 'match', (args, kw) => doMatch(args[0] as PyPattern, args.slice(1), kw, 'match'));
  methodRaw(P, 'fullmatch', (args, kw) => doMatch(args[0] as PyPattern, args.slice(1), kw, 'fullmatch'));
  methodRaw(P, 'search', (args, kw) => doMatch(args[0] as PyPattern, args.slice(1), kw, 'search'));
  methodRaw(P, 'findall', (args, kw) => {
    const p = args[0] as PyPattern;
    const [string, pos, endpos] = posArgs('findall', args.slice(1), kw);
    const chars = charsOf(p, string);
    const st = new State(chars, pos, endpos);
    const out: Value[] = [];
    while (st.start <= st.end) {
      st.reset();
      st.ptr = st.start;
      const status = search(st, p.code);
      if (status === 0) break;
      const mm = newMatch(p, st, string);
      const empty = p.isBytes ? new PyBytes(new Uint8Array(0)) : '';
      if (p.groups === 0) out.push(sliceOf(string, chars, st.start, st.ptr));
      else if (p.groups === 1) out.push(groupValue(mm, 1, empty));
      else {
        const items: Value[] = [];
        for (let g = 1; g <= p.groups; g++) items.push(groupValue(mm, g, empty));
        out.push(tuple(items));
      }
      st.mustAdvance = st.ptr === st.start;
      st.start = st.ptr;
    }
    return new PyList(out);
  });
  methodRaw(P, 'finditer', (args, kw) => {
    const p = args[0] as PyPattern;
    const [string, pos, endpos] = posArgs('finditer', args.slice(1), kw);
    return new PyScanner(p, string, charsOf(p, string), pos, endpos);
  });
  methodRaw(P, 'scanner', (args, kw) => {
    const p = args[0] as PyPattern;
    const [string, pos, endpos] = posArgs('scanner', args.slice(1), kw);
    return new PyScanner(p, string, charsOf(p, string), pos, endpos);
  });
  methodRaw(P, 'split', (args, kw) => {
    const p = args[0] as PyPattern;
    const b = bindKw('split', args.slice(1), kw, ['string'], { maxsplit: 0 }, ['maxsplit'], true);
    const string = b['string']!;
    const maxsplit = indexClamped(b['maxsplit']!);
    const chars = charsOf(p, string);
    const st = new State(chars, 0, chars.length);
    const out: Value[] = [];
    let n = 0;
    let last = st.start;
    while (!maxsplit || n < maxsplit) {
      st.reset();
      st.ptr = st.start;
      const status = search(st, p.code);
      if (status === 0) break;
      out.push(sliceOf(string, chars, last, st.start));
      const mm = newMatch(p, st, string);
      for (let g = 1; g <= p.groups; g++) out.push(groupValue(mm, g, None));
      n++;
      st.mustAdvance = st.ptr === st.start;
      last = st.start = st.ptr;
    }
    out.push(sliceOf(string, chars, last, st.endpos));
    return new PyList(out);
  });
  methodRaw(P, 'sub', (args, kw) => {
    const b = bindKw('sub', args.slice(1), kw, ['repl', 'string'], { count: 0 }, ['count'], true);
    return subx(args[0] as PyPattern, b['repl']!, b['string']!, indexClamped(b['count']!), false);
  });
  methodRaw(P, 'subn', (args, kw) => {
    const b = bindKw('subn', args.slice(1), kw, ['repl', 'string'], { count: 0 }, ['count'], true);
    return subx(args[0] as PyPattern, b['repl']!, b['string']!, indexClamped(b['count']!), true);
  });
  method(P, '__repr__', 0, 0, (p: PyPattern) => {
    const f = flagsRepr(p.flags, p.isBytes);
    let pr = repr(p.pattern);
    if (pr.length > 200) pr = pr.slice(0, 200);
    return f ? `re.compile(${pr}, ${f})` : `re.compile(${pr})`;
  });
  method(P, '__eq__', 1, 1, (p: PyPattern, o) => o instanceof PyPattern && o.flags === p.flags && o.isBytes === p.isBytes && o.code.length === p.code.length && o.code.every((c, i) => c === p.code[i]) && hashOf(o.pattern) === hashOf(p.pattern));
  method(P, '__hash__', 0, 0, (p: PyPattern) => hashOf(tuple([p.pattern, p.flags])));
  method(P, '__copy__', 0, 0, (p: PyPattern) => p);
  method(P, '__deepcopy__', 1, 1, (p: PyPattern) => p);
  getset(P, 'pattern', (p: PyPattern) => p.pattern);
  getset(P, 'flags', (p: PyPattern) => p.flags);
  getset(P, 'groups', (p: PyPattern) => p.groups);
  getset(P, 'groupindex', (p: PyPattern) => new PyMappingProxy(p.groupindex));
  classMethod(P, '__class_getitem__', (args) => genericAlias(args[0]!, args[1]!));

  const M = matchType;
  method(M, 'group', 0, 99, (mm: PyMatch, ...gs) => {
    if (gs.length === 0) return groupValue(mm, 0, None);
    if (gs.length === 1) return groupValue(mm, groupIndex(mm, gs[0]!), None);
    return tuple(gs.map((g) => groupValue(mm, groupIndex(mm, g!), None)));
  });
  method(M, '__getitem__', 1, 1, (mm: PyMatch, g) => groupValue(mm, groupIndex(mm, g!), None));
  methodRaw(M, 'groups', (args, kw) => {
    const mm = args[0] as PyMatch;
    const b = bindKw('groups', args.slice(1), kw, [], { default: None }, ['default'], true);
    const out: Value[] = [];
    for (let g = 1; g <= mm.pattern.groups; g++) out.push(groupValue(mm, g, b['default']!));
    return tuple(out);
  });
  methodRaw(M, 'groupdict', (args, kw) => {
    const mm = args[0] as PyMatch;
    const b = bindKw('groupdict', args.slice(1), kw, [], { default: None }, ['default'], true);
    const d = new PyDict();
    for (const [name, gi] of mm.pattern.groupindex.entriesArray()) d.set(name, groupValue(mm, Number(intValue(gi)), b['default']!));
    return d;
  });
  method(M, 'start', 0, 1, (mm: PyMatch, g) => mm.marks[2 * (g === undefined ? 0 : groupIndex(mm, g))]!);
  method(M, 'end', 0, 1, (mm: PyMatch, g) => mm.marks[2 * (g === undefined ? 0 : groupIndex(mm, g)) + 1]!);
  method(M, 'span', 0, 1, (mm: PyMatch, g) => {
    const i = g === undefined ? 0 : groupIndex(mm, g);
    return tuple([mm.marks[2 * i]!, mm.marks[2 * i + 1]!]);
  });
  method(M, 'expand', 1, 1, (mm: PyMatch, template) => {
    const re = importAbs('re');
    return call(getAttr(re, '_expand'), [mm.pattern, mm, template!]);
  });
  method(M, '__repr__', 0, 0, (mm: PyMatch) => {
    let g0 = repr(groupValue(mm, 0, None));
    if (g0.length > 50) g0 = g0.slice(0, 50);
    return `<re.Match object; span=(${mm.marks[0]}, ${mm.marks[1]}), match=${g0}>`;
  });
  method(M, '__copy__', 0, 0, (mm: PyMatch) => mm);
  method(M, '__deepcopy__', 1, 1, (mm: PyMatch) => mm);
  getset(M, 'string', (mm: PyMatch) => mm.string);
  getset(M, 're', (mm: PyMatch) => mm.pattern);
  getset(M, 'pos', (mm: PyMatch) => mm.pos);
  getset(M, 'endpos', (mm: PyMatch) => mm.endpos);
  getset(M, 'lastindex', (mm: PyMatch) => (mm.lastindex >= 0 ? mm.lastindex : None));
  getset(M, 'lastgroup', (mm: PyMatch) => {
    if (mm.lastindex < 0) return None;
    const n = mm.pattern.indexgroup[mm.lastindex];
    return n === undefined ? None : n;
  });
  getset(M, 'regs', (mm: PyMatch) => {
    const out: Value[] = [];
    for (let i = 0; i <= mm.pattern.groups; i++) out.push(tuple([mm.marks[2 * i]!, mm.marks[2 * i + 1]!]));
    return tuple(out);
  });
  classMethod(M, '__class_getitem__', (args) => genericAlias(args[0]!, args[1]!));

  const S = scannerType;
  method(S, 'match', 0, 0, (sc: PyScanner) => sc.step(false));
  method(S, 'search', 0, 0, (sc: PyScanner) => sc.step(true));
  method(S, '__iter__', 0, 0, (sc: PyScanner) => sc);
  method(S, '__next__', 0, 0, (sc: PyScanner) => {
    const v = sc.next();
    if (v === undefined) throw newExc(StopIteration);
    return v;
  });
  getset(S, 'pattern', (sc: PyScanner) => sc.pattern);
  void PyBuiltin;
  void PyTuple;
  void RecursionError;
  void valueError;
}
