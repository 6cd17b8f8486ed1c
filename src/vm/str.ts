// str: Python strings are sequences of code points; pyc keeps them as JavaScript strings and
// counts code points wherever Python would (len, indexing, slicing, iteration). Strings
// without astral characters (the common case) take the plain UTF-16 paths.

import { PyObject } from './object.js';
import { strType, type PyType } from './type.js';

/** An instance of a subclass of str; plain strs are never boxed. */
export class PyStrObj extends PyObject {
  v: string;
  constructor(v: string, cls: PyType = strType) {
    super(cls);
    this.v = v;
  }
}

const cpCache = new Map<string, number[] | null>();

function scan(s: string): number[] | null {
  let astral = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        astral = true;
        break;
      }
    }
  }
  if (!astral) return null;
  const cps: number[] = [];
  for (const ch of s) cps.push(ch.codePointAt(0)!);
  return cps;
}

/** The code points of `s` when it has astral characters, else null (UTF-16 indexing works). */
export function astralCodePoints(s: string): number[] | null {
  if (s.length < 2) return null;
  if (s.length < 16) return scan(s);
  const hit = cpCache.get(s);
  if (hit !== undefined) return hit;
  const r = scan(s);
  if (cpCache.size > 2000) cpCache.clear();
  cpCache.set(s, r);
  return r;
}

export function cpLen(s: string): number {
  const cps = astralCodePoints(s);
  return cps ? cps.length : s.length;
}

/** The code point at index i (0 <= i < cpLen) as a one-character str. */
export function cpAt(s: string, i: number): string {
  const cps = astralCodePoints(s);
  return cps ? String.fromCodePoint(cps[i]!) : s[i]!;
}

/** s[start:stop:step] with already-clamped indices and the result length. */
export function cpSlice(s: string, start: number, stop: number, step: number, len: number): string {
  const cps = astralCodePoints(s);
  if (!cps) {
    if (step === 1) return s.slice(start, stop);
    let out = '';
    for (let i = 0, j = start; i < len; i++, j += step) out += s[j];
    return out;
  }
  if (step === 1) return String.fromCodePoint(...cps.slice(start, stop));
  const out: number[] = [];
  for (let i = 0, j = start; i < len; i++, j += step) out.push(cps[j]!);
  return String.fromCodePoint(...out);
}

/** The one-character strings of s, in order. */
export function cpChars(s: string): string[] {
  const cps = astralCodePoints(s);
  if (!cps) return s.split('');
  return cps.map((c) => String.fromCodePoint(c));
}

/** Code point index -> UTF-16 index. */
export function cpToUnit(s: string, i: number): number {
  const cps = astralCodePoints(s);
  if (!cps) return i;
  let u = 0;
  for (let k = 0; k < i && k < cps.length; k++) u += cps[k]! > 0xffff ? 2 : 1;
  return u;
}

/** UTF-16 index -> code point index. */
export function unitToCp(s: string, u: number): number {
  if (!astralCodePoints(s)) return u;
  let i = 0;
  for (let k = 0; k < u; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < s.length) {
      const d = s.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) k++;
    }
    i++;
  }
  return i;
}
