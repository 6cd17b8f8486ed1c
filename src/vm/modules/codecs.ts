// _codecs: the codec registry and the builtin codecs' functions (Modules/_codecsmodule.c).

import type { Value } from '../object.js';
import type { PyModule } from '../module.js';
import { None } from '../type.js';
import { PyBytes, PyByteArray, bytesOf, bufferData } from '../bytes.js';
import { tuple } from '../tuple.js';
import { PyDict } from '../dict.js';
import { def } from './util.js';
import { call, strValue, typeOf, lookupErr } from './codecs-support.js';
import { encodeStr, decodeBytes, normalizeEncoding } from '../codecs.js';
import { typeError, newExc, LookupError } from '../exceptions.js';
import { cpLen } from '../str.js';

export function initCodecs(m: PyModule): void {
  const searchers: Value[] = [];
  const cache = new Map<string, Value>();
  const errorHandlers = new PyDict();
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
    for (const s of searchers) {
      const r = call(s, [key]);
      if (r !== None) {
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
    return tuple([decodeBytes(data, name, errors), data.length]);
  };
  for (const [py, codec] of [['utf_8', 'utf-8'], ['ascii', 'ascii'], ['latin_1', 'latin-1'], ['utf_16', 'utf-16'], ['utf_16_le', 'utf-16-le'], ['utf_16_be', 'utf-16-be'], ['utf_32', 'utf-32'], ['utf_32_le', 'utf-32-le'], ['utf_32_be', 'utf-32-be']] as const) {
    def(m, `${py}_encode`, enc(codec));
    def(m, `${py}_decode`, dec(codec));
  }
  def(m, 'encode', (args) => {
    const s = strValue(args[0]!)!;
    const e = args.length > 1 ? strValue(args[1]!)! : 'utf-8';
    return new PyBytes(encodeStr(s, normalizeEncoding(e), args.length > 2 ? strValue(args[2]!)! : 'strict'));
  });
  def(m, 'decode', (args) => {
    const e = args.length > 1 ? strValue(args[1]!)! : 'utf-8';
    return decodeBytes(bytesOf(args[0] as PyBytes), normalizeEncoding(e), args.length > 2 ? strValue(args[2]!)! : 'strict');
  });
  def(m, 'register_error', (args) => {
    errorHandlers.set(args[0]!, args[1]!);
    return None;
  });
  def(m, 'lookup_error', (args) => {
    const h = errorHandlers.get(args[0]!);
    if (h !== undefined) return h;
    return lookupErr(strValue(args[0]!) ?? '');
  });
  def(m, 'charmap_build', (args) => {
    const d = new PyDict();
    [...(strValue(args[0]!) ?? '')].forEach((c, i) => d.set(c.codePointAt(0)!, i));
    return d;
  });
  def(m, 'escape_encode', (args) => tuple([args[0]!, bytesOf(args[0] as PyBytes).length]));
  def(m, 'escape_decode', (args) => tuple([args[0]!, 0]));
}
