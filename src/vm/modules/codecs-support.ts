// Small helpers for _codecs: the builtin error handlers as Python callables
// (codecs.lookup_error('replace') etc., Python/codecs.c).
import type { Value } from '../object.js';
import { PyBuiltin } from '../function.js';
import { newExc, LookupError, typeError, isExcInstance, UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError, PyBaseException } from '../exceptions.js';
import { getAttr, strValue as sv } from '../abstract.js';
import { typeOf as tOf } from '../type.js';
import { tuple } from '../tuple.js';
import { PyBytes, bufferData } from '../bytes.js';
import { intValue } from '../numeric.js';
import { cpChars } from '../str.js';
import { unicodeName } from './unicodedata.js';
export { call, strValue } from '../abstract.js';
export { typeOf } from '../type.js';

type Kind = 'encode' | 'decode' | 'translate';

function kindOf(exc: Value): Kind | null {
  if (isExcInstance(exc, UnicodeEncodeError)) return 'encode';
  if (isExcInstance(exc, UnicodeDecodeError)) return 'decode';
  if (isExcInstance(exc, UnicodeTranslateError)) return 'translate';
  return null;
}

function cantHandle(exc: Value): never {
  throw typeError(`don't know how to handle ${tOf(exc).name} in error callback`);
}

function field(exc: Value, name: string): number {
  return Number(intValue(getAttr(exc, name)) ?? 0);
}

/** [start, end, the characters of object[start:end]] of an encode/translate error. */
function strPart(exc: Value): [number, number, string[]] {
  const start = field(exc, 'start');
  const end = field(exc, 'end');
  const obj = sv(getAttr(exc, 'object')) ?? '';
  return [start, end, cpChars(obj).slice(start, end)];
}

function hexEscape(c: number): string {
  if (c >= 0x10000) return '\\U' + c.toString(16).padStart(8, '0');
  if (c >= 0x100) return '\\u' + c.toString(16).padStart(4, '0');
  return '\\x' + c.toString(16).padStart(2, '0');
}

const IMPLS: Record<string, (exc: Value) => Value> = {
  strict(exc) {
    if (exc instanceof PyBaseException) throw exc;
    throw typeError('codec must pass exception instance');
  },
  ignore(exc) {
    if (kindOf(exc) === null) cantHandle(exc);
    return tuple(['', field(exc, 'end')]);
  },
  replace(exc) {
    const k = kindOf(exc);
    if (k === null) cantHandle(exc);
    const end = field(exc, 'end');
    if (k === 'decode') return tuple(['\ufffd', end]);
    const [, , chars] = strPart(exc);
    return tuple([(k === 'encode' ? '?' : '\ufffd').repeat(chars.length), end]);
  },
  xmlcharrefreplace(exc) {
    if (kindOf(exc) !== 'encode') cantHandle(exc);
    const [, end, chars] = strPart(exc);
    return tuple([chars.map((c) => `&#${c.codePointAt(0)!};`).join(''), end]);
  },
  backslashreplace(exc) {
    const k = kindOf(exc);
    if (k === null) cantHandle(exc);
    if (k === 'decode') {
      const start = field(exc, 'start');
      const end = field(exc, 'end');
      const data = bufferData(getAttr(exc, 'object')) ?? new Uint8Array();
      return tuple([Array.from(data.subarray(start, end), (b) => hexEscape(b)).join(''), end]);
    }
    const [, end, chars] = strPart(exc);
    return tuple([chars.map((c) => hexEscape(c.codePointAt(0)!)).join(''), end]);
  },
  namereplace(exc) {
    if (kindOf(exc) !== 'encode') cantHandle(exc);
    const [, end, chars] = strPart(exc);
    return tuple([chars.map((c) => {
      const cp = c.codePointAt(0)!;
      const n = unicodeName(cp);
      return n !== undefined ? `\\N{${n}}` : hexEscape(cp);
    }).join(''), end]);
  },
  surrogateescape(exc) {
    const k = kindOf(exc);
    if (k === 'decode') {
      const start = field(exc, 'start');
      const end = field(exc, 'end');
      const data = bufferData(getAttr(exc, 'object')) ?? new Uint8Array();
      let out = '';
      // at most 4 bytes, all >= 128, as PyCodec_SurrogateEscapeErrors
      for (let i = start; i < end && i < start + 4; i++) {
        const b = data[i]!;
        if (b < 128) throw exc as PyBaseException;
        out += String.fromCharCode(0xdc00 + b);
      }
      return tuple([out, start + out.length]);
    }
    if (k === 'encode') {
      const [, end, chars] = strPart(exc);
      const out: number[] = [];
      for (const c of chars) {
        const cp = c.codePointAt(0)!;
        if (cp < 0xdc80 || cp > 0xdcff) throw exc as PyBaseException;
        out.push(cp - 0xdc00);
      }
      return tuple([new PyBytes(Uint8Array.from(out)), end]);
    }
    cantHandle(exc);
  },
  surrogatepass(exc) {
    const k = kindOf(exc);
    if (k === null || k === 'translate') cantHandle(exc);
    const enc = (sv(getAttr(exc, 'encoding')) ?? '').toLowerCase().replace(/_/g, '-');
    if (k === 'encode' && (enc === 'utf-8' || enc === 'utf8')) {
      const [, end, chars] = strPart(exc);
      const out: number[] = [];
      for (const c of chars) {
        const cp = c.codePointAt(0)!;
        if (cp < 0xd800 || cp > 0xdfff) throw exc as PyBaseException;
        out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
      }
      return tuple([new PyBytes(Uint8Array.from(out)), end]);
    }
    if (k === 'decode' && (enc === 'utf-8' || enc === 'utf8')) {
      const start = field(exc, 'start');
      const data = bufferData(getAttr(exc, 'object')) ?? new Uint8Array();
      const [a, b, c] = [data[start], data[start + 1], data[start + 2]];
      if (a !== undefined && b !== undefined && c !== undefined && (a & 0xf0) === 0xe0 && (b & 0xc0) === 0x80 && (c & 0xc0) === 0x80) {
        const cp = ((a & 0x0f) << 12) | ((b & 0x3f) << 6) | (c & 0x3f);
        if (cp >= 0xd800 && cp <= 0xdfff) return tuple([String.fromCharCode(cp), start + 3]);
      }
      throw exc as PyBaseException;
    }
    throw exc as PyBaseException;
  },
};

const handlers = new Map<string, PyBuiltin>();
export function lookupErr(name: string): Value {
  const impl = IMPLS[name];
  if (impl === undefined) throw newExc(LookupError, `unknown error handler name '${name}'`);
  let h = handlers.get(name);
  if (!h) {
    h = new PyBuiltin(`${name}_errors`, (args) => {
      if (args.length !== 1) throw typeError(`${name}_errors() takes exactly one argument (${args.length} given)`);
      return impl(args[0]!);
    });
    handlers.set(name, h);
  }
  return h;
}
