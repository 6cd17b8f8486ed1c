// _codecs: the codec registry and the builtin codecs' functions (Modules/_codecsmodule.c).

import type { Value } from '../object.js';
import type { PyModule } from '../module.js';
import { None } from '../type.js';
import { PyBytes, PyByteArray, bytesOf, bufferData } from '../bytes.js';
import { tuple, PyTuple } from '../tuple.js';
import { PyDict } from '../dict.js';
import { def as defRaw } from './util.js';
import type { NativeFn } from '../function.js';

/** Every _codecs function takes at least one argument; a missing one is a TypeError, not a crash. */
function def(m: PyModule, name: string, fn: NativeFn): void {
  defRaw(m, name, (args, kw) => {
    const npos = args.length - (kw?.length ?? 0);
    if (npos < 1 && !(kw && kw.length)) throw typeError(`${name}() takes at least 1 argument (0 given)`);
    return fn(args, kw);
  });
}
import { call, strValue, typeOf, lookupErr } from './codecs-support.js';
import { encodeStr, decodeBytes, normalizeEncoding, encErr, decodeError, errorHandlers, decodeUtf7, decodeUnicodeEscape } from '../codecs.js';
import { getItem, callMethod, getAttr, toArray, isCallable } from '../abstract.js';
import { importAbs } from '../import.js';
import { incompleteTail } from '../io.js';
import { truthy } from '../abstract.js';
import { bindKw } from '../number-methods.js';
import { intValue } from '../numeric.js';
import { isExcInstance } from '../exceptions.js';
import { typeError, newExc, LookupError } from '../exceptions.js';
import { cpLen } from '../str.js';

export function initCodecs(m: PyModule): void {
  const searchers: Value[] = [];
  const cache = new Map<string, Value>();
  def(m, 'register', (args) => {
    searchers.push(args[0]!);
    return None;
  });
  def(m, 'unregister', (args) => {
    const i = searchers.indexOf(args[0]!);
    if (i >= 0) searchers.splice(i, 1);
    cache.clear();
    return None;
  });
  def(m, 'lookup', (args) => {
    const enc = strValue(args[0]!);
    if (enc === undefined) throw typeError(`lookup() argument must be str, not ${typeOf(args[0]!).name}`);
    const key = enc.toLowerCase().replace(/ /g, '_');
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    // the registry starts with the encodings package's search function (_PyCodecRegistry_Init)
    if (searchers.length === 0) importAbs('encodings');
    for (const s of searchers) {
      const r = call(s, [key]);
      if (r !== None) {
        if (!(r instanceof PyTuple) || r.items.length !== 4) throw typeError('codec search functions must return 4-tuples');
        cache.set(key, r);
        return r;
      }
    }
    throw newExc(LookupError, `unknown encoding: ${enc}`);
  });
  def(m, '_forget_codec', (args) => {
    cache.delete(strValue(args[0]!) ?? '');
    return None;
  });
  const enc = (name: string) => (args: Value[]): Value => {
    const s = strValue(args[0]!);
    if (s === undefined) throw typeError(`${name}() argument 1 must be str, not ${typeOf(args[0]!).name}`);
    const errors = args.length > 1 && args[1] !== None ? strValue(args[1]!)! : 'strict';
    return tuple([new PyBytes(encodeStr(s, name, errors)), cpLen(s)]);
  };
  const dec = (name: string) => (args: Value[]): Value => {
    const b = args[0];
    const data = bufferData(b);
    if (data === null) throw typeError(`a bytes-like object is required, not '${typeOf(b ?? None).name}'`);
    const errors = args.length > 1 && args[1] !== None ? strValue(args[1]!)! : 'strict';
    const final = args.length > 2 ? truthy(args[2]!) : false;
    // an incremental decoder leaves an incomplete character at the end for the next call
    const keep = final || !/^utf/.test(name) ? 0 : incompleteTail(data, name);
    const body = keep ? data.subarray(0, data.length - keep) : data;
    return tuple([decodeBytes(body, name, errors), body.length]);
  };
  for (const [py, codec] of [['utf_8', 'utf-8'], ['ascii', 'ascii'], ['latin_1', 'latin-1'], ['utf_16', 'utf-16'], ['utf_16_le', 'utf-16-le'], ['utf_16_be', 'utf-16-be'], ['utf_32', 'utf-32'], ['utf_32_le', 'utf-32-le'], ['utf_32_be', 'utf-32-be']] as const) {
    def(m, `${py}_encode`, enc(codec));
    def(m, `${py}_decode`, dec(codec));
  }
  // codecs.encode / codecs.decode: any codec of the registry (rot13, hex, base64, ...)
  const viaRegistry = (fname: 'encode' | 'decode') => (args: Value[], kw: readonly string[] | null): Value => {
    const p = bindKw(fname, args, kw, ['obj'], { encoding: 'utf-8', errors: 'strict' }, ['encoding', 'errors'], true);
    const obj = p['obj']!;
    const enc = strValue(p['encoding']!);
    if (enc === undefined) throw typeError(`${fname}() argument 'encoding' must be str, not ${typeOf(p['encoding']!).name}`);
    const errors = strValue(p['errors']!) ?? 'strict';
    let native: string | null = null;
    try {
      native = normalizeEncoding(enc);
    } catch {
      native = null;
    }
    if (native !== null) {
      if (fname === 'encode' && strValue(obj) !== undefined) return new PyBytes(encodeStr(strValue(obj)!, native, errors));
      const data = bufferData(obj);
      if (fname === 'decode' && data !== null) return decodeBytes(data, native, errors);
    }
    const info = callMethod(importAbs('codecs'), 'lookup', [enc]);
    const r = toArray(call(getAttr(info, fname), [obj, errors]));
    if (r.length !== 2) throw typeError(`${fname}er must return a tuple (object, integer)`);
    return r[0]!;
  };
  def(m, 'encode', viaRegistry('encode'));
  def(m, 'decode', viaRegistry('decode'));
  def(m, 'register_error', (args) => {
    const name = strValue(args[0]!);
    if (name === undefined) throw typeError(`register_error() argument 1 must be str, not ${typeOf(args[0]!).name}`);
    if (!isCallable(args[1]!)) throw typeError('handler must be callable');
    errorHandlers.set(name, args[1]!);
    return None;
  });
  def(m, 'lookup_error', (args) => {
    const name = strValue(args[0]!);
    if (name === undefined) throw typeError(`lookup_error() argument must be str, not ${typeOf(args[0]!).name}`);
    const h = errorHandlers.get(name);
    if (h !== undefined) return h;
    return lookupErr(name);
  });
  const errArg = (args: Value[], i: number): string => (args.length > i && args[i] !== None ? strValue(args[i]!) ?? 'strict' : 'strict');
  const dataArg = (v: Value | undefined): Uint8Array => {
    const sv = v === undefined ? undefined : strValue(v);
    if (sv !== undefined) return new Uint8Array(Buffer.from(sv, 'utf8'));
    const d = v === undefined ? null : bufferData(v);
    if (d === null) throw typeError(`a bytes-like object is required, not '${typeOf(v ?? None).name}'`);
    return d;
  };
  def(m, 'utf_7_encode', enc('utf-7'));
  def(m, 'utf_7_decode', (args) => {
    const [out, used] = decodeUtf7(dataArg(args[0]), errArg(args, 1), args.length > 2 ? truthy(args[2]!) : false);
    return tuple([out, used]);
  });
  for (const [py, raw] of [['unicode_escape', false], ['raw_unicode_escape', true]] as const) {
    def(m, `${py}_encode`, enc(raw ? 'raw-unicode-escape' : 'unicode-escape'));
    def(m, `${py}_decode`, (args) => {
      const [out, used] = decodeUnicodeEscape(dataArg(args[0]), errArg(args, 1), args.length > 2 ? truthy(args[2]!) : true, raw);
      return tuple([out, used]);
    });
  }
  def(m, 'charmap_build', (args) => {
    const d = new PyDict();
    [...(strValue(args[0]!) ?? '')].forEach((c, i) => d.set(c.codePointAt(0)!, i));
    return d;
  });
  def(m, 'charmap_decode', (args) => {
    const data = bufferData(args[0]!);
    if (data === null) throw typeError(`a bytes-like object is required, not '${typeOf(args[0]!).name}'`);
    const errors = args.length > 1 && args[1] !== None ? strValue(args[1]!)! : 'strict';
    const mapping = args.length > 2 ? args[2]! : None;
    if (mapping === None) return tuple([decodeBytes(data, 'latin-1', errors), data.length]);
    const table = strValue(mapping);
    let out = '';
    for (let i = 0; i < data.length; i++) {
      const b = data[i]!;
      let ch: string | undefined;
      if (table !== undefined) {
        ch = b < table.length ? table[b] : undefined;
        if (ch === '\ufffe') ch = undefined;
      } else {
        let v: Value | undefined;
        try {
          v = getItem(mapping, b);
        } catch (e) {
          if (!isExcInstance(e, LookupError)) throw e;
        }
        if (v !== undefined && v !== None) {
          const vs = strValue(v);
          if (vs !== undefined) ch = vs === '\ufffe' ? undefined : vs;
          else {
            const vi = intValue(v);
            if (vi === undefined) throw typeError('character mapping must return integer, None or str');
            ch = String.fromCodePoint(Number(vi));
          }
        }
      }
      out += ch !== undefined ? ch : decodeError(data, i, i + 1, 'character maps to <undefined>', errors, 'charmap');
    }
    return tuple([out, data.length]);
  });
  def(m, 'charmap_encode', (args) => {
    const s = strValue(args[0]!);
    if (s === undefined) throw typeError(`charmap_encode() argument 1 must be str, not ${typeOf(args[0]!).name}`);
    const errors = args.length > 1 && args[1] !== None ? strValue(args[1]!)! : 'strict';
    const mapping = args.length > 2 ? args[2]! : None;
    if (mapping === None) return tuple([new PyBytes(encodeStr(s, 'latin-1', errors)), cpLen(s)]);
    const cps = [...s];
    const lookup = (c: number): number[] | null => {
      let v: Value | undefined;
      try {
        v = getItem(mapping, c);
      } catch (e) {
        if (!isExcInstance(e, LookupError)) throw e;
        return null;
      }
      if (v === None) return null;
      const vi = intValue(v);
      if (vi !== undefined) {
        const n = Number(vi);
        if (n < 0 || n > 255) throw typeError('character mapping must be in range(256)');
        return [n];
      }
      const vb = bufferData(v);
      if (vb !== null) return [...vb];
      throw typeError('character mapping must return integer, bytes or None, not ' + typeOf(v).name);
    };
    const out: number[] = [];
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i]!.codePointAt(0)!;
      const r = lookup(c);
      if (r !== null) {
        out.push(...r);
        continue;
      }
      let j = i + 1;
      while (j < cps.length && lookup(cps[j]!.codePointAt(0)!) === null) j++;
      let repl: string;
      switch (errors) {
        case 'ignore':
          repl = '';
          break;
        case 'replace':
          repl = '?'.repeat(j - i);
          break;
        case 'xmlcharrefreplace':
          repl = cps.slice(i, j).map((x) => `&#${x.codePointAt(0)!};`).join('');
          break;
        case 'backslashreplace':
          repl = cps.slice(i, j).map((x) => {
            const n = x.codePointAt(0)!;
            return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : n <= 0xffff ? `\\u${n.toString(16).padStart(4, '0')}` : `\\U${n.toString(16).padStart(8, '0')}`;
          }).join('');
          break;
        default:
          throw encErr('charmap', s, i, j, 'character maps to <undefined>');
      }
      for (const x of repl) {
        const r2 = lookup(x.codePointAt(0)!);
        if (r2 === null) throw encErr('charmap', s, i, j, 'character maps to <undefined>');
        out.push(...r2);
      }
      i = j - 1;
    }
    return tuple([new PyBytes(Uint8Array.from(out)), cps.length]);
  });
  def(m, 'escape_encode', (args) => tuple([args[0]!, bytesOf(args[0] as PyBytes).length]));
  def(m, 'escape_decode', (args) => tuple([args[0]!, 0]));
  // raw_unicode_escape (pickle protocol 0): latin-1, with \uXXXX / \UXXXXXXXX for the rest
  def(m, 'raw_unicode_escape_encode', (args) => {
    const s = strValue(args[0]!);
    if (s === undefined) throw typeError(`raw_unicode_escape_encode() argument 1 must be str, not ${typeOf(args[0]!).name}`);
    const out: number[] = [];
    let n = 0;
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      n++;
      if (c < 0x100) out.push(c);
      else for (const b of (c < 0x10000 ? `\\u${c.toString(16).padStart(4, '0')}` : `\\U${c.toString(16).padStart(8, '0')}`)) out.push(b.charCodeAt(0));
    }
    return tuple([new PyBytes(Uint8Array.from(out)), n]);
  });
  def(m, 'raw_unicode_escape_decode', (args) => {
    const data = bufferData(args[0]!);
    if (data === null) throw typeError(`a bytes-like object is required, not '${typeOf(args[0] ?? None).name}'`);
    const errors = args.length > 1 && args[1] !== None ? strValue(args[1]!)! : 'strict';
    let out = '';
    for (let i = 0; i < data.length;) {
      if (data[i] !== 0x5c) {
        out += String.fromCharCode(data[i++]!);
        continue;
      }
      // \u escapes count only after an odd number of backslashes
      const bs = i;
      while (i < data.length && data[i] === 0x5c) out += '\\', i++;
      if (((i - bs) & 1) === 0 || i >= data.length || (data[i] !== 0x75 && data[i] !== 0x55)) continue;
      out = out.slice(0, -1);
      const count = data[i] === 0x75 ? 4 : 8;
      const start = i - 1;
      i++;
      let c = 0;
      let k = 0;
      for (; k < count && i < data.length; k++, i++) {
        const d = parseInt(String.fromCharCode(data[i]!), 16);
        if (Number.isNaN(d)) break;
        c = c * 16 + d;
      }
      if (k < count) out += decodeError(data, start, i, count === 4 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape', errors, 'rawunicodeescape');
      else if (c > 0x10ffff) out += decodeError(data, start, i, '\\Uxxxxxxxx out of range', errors, 'rawunicodeescape');
      else out += String.fromCodePoint(c);
    }
    return tuple([out, data.length]);
  });
}
