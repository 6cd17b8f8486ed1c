// str case operations with CPython's algorithms (Objects/unicodeobject.c do_upper/do_lower/
// do_title/do_capitalize/do_swapcase/do_casefold, final sigma, islower/isupper/istitle) over
// CPython's Unicode data: JavaScript's where it agrees, case-tables.ts where it does not.

import { FLAG_EXC, FOLD_EXC, LOWER_EXC, TITLE_EXC, UPPER_EXC } from './case-tables.js';

const F_LOWER = 1;
const F_UPPER = 2;
const F_TITLE = 4;

function flags(cp: number, ch: string): number {
  const e = FLAG_EXC[cp];
  if (e !== undefined) return e;
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a ? F_LOWER : cp >= 0x41 && cp <= 0x5a ? F_UPPER : 0;
  return (/\p{Lowercase}/u.test(ch) ? F_LOWER : 0) | (/\p{Uppercase}/u.test(ch) ? F_UPPER : 0) | (/\p{Lt}/u.test(ch) ? F_TITLE : 0);
}

export const isLowerCp = (cp: number, ch: string): boolean => (flags(cp, ch) & F_LOWER) !== 0;
export const isUpperCp = (cp: number, ch: string): boolean => (flags(cp, ch) & F_UPPER) !== 0;
export const isTitleCp = (cp: number, ch: string): boolean => (flags(cp, ch) & F_TITLE) !== 0;
export const isCasedCp = (cp: number, ch: string): boolean => flags(cp, ch) !== 0;
const isCaseIgnorable = (ch: string): boolean => /\p{Case_Ignorable}/u.test(ch);

const lowerFull = (cp: number, ch: string): string => LOWER_EXC[cp] ?? (cp < 0x80 ? ch.toLowerCase() : ch.toLowerCase());
const upperFull = (cp: number, ch: string): string => UPPER_EXC[cp] ?? ch.toUpperCase();
const titleFull = (cp: number, ch: string): string => TITLE_EXC[cp] ?? upperFull(cp, ch);
const foldFull = (cp: number, ch: string): string => FOLD_EXC[cp] ?? lowerFull(cp, ch);

/** lower_ucs4: the lowercase of chars[i], with U+03A3's Final_Sigma context. */
function lowerAt(chars: string[], i: number): string {
  const ch = chars[i]!;
  const cp = ch.codePointAt(0)!;
  if (cp !== 0x3a3) return lowerFull(cp, ch);
  let j = i - 1;
  while (j >= 0 && isCaseIgnorable(chars[j]!)) j--;
  let finalSigma = j >= 0 && isCasedCp(chars[j]!.codePointAt(0)!, chars[j]!);
  if (finalSigma && i + 1 < chars.length) {
    j = i + 1;
    while (j < chars.length && isCaseIgnorable(chars[j]!)) j++;
    finalSigma = j === chars.length || !isCasedCp(chars[j]!.codePointAt(0)!, chars[j]!);
  }
  return finalSigma ? 'ς' : 'σ';
}

const ASCII = /^[\x00-\x7f]*$/;

export function strLower(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  const chars = [...s];
  let out = '';
  for (let i = 0; i < chars.length; i++) out += lowerAt(chars, i);
  return out;
}

export function strUpper(s: string): string {
  if (ASCII.test(s)) return s.toUpperCase();
  let out = '';
  for (const ch of s) out += upperFull(ch.codePointAt(0)!, ch);
  return out;
}

export function strCasefold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  let out = '';
  for (const ch of s) out += foldFull(ch.codePointAt(0)!, ch);
  return out;
}

export function strTitle(s: string): string {
  const chars = [...s];
  let out = '';
  let prevCased = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const cp = ch.codePointAt(0)!;
    out += prevCased ? lowerAt(chars, i) : titleFull(cp, ch);
    prevCased = isCasedCp(cp, ch);
  }
  return out;
}

export function strCapitalize(s: string): string {
  const chars = [...s];
  if (chars.length === 0) return '';
  let out = titleFull(chars[0]!.codePointAt(0)!, chars[0]!);
  for (let i = 1; i < chars.length; i++) out += lowerAt(chars, i);
  return out;
}

export function strSwapcase(s: string): string {
  const chars = [...s];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const cp = ch.codePointAt(0)!;
    out += isUpperCp(cp, ch) ? lowerAt(chars, i) : isLowerCp(cp, ch) ? upperFull(cp, ch) : ch;
  }
  return out;
}

export function strIsLower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const f = flags(ch.codePointAt(0)!, ch);
    if (f & (F_UPPER | F_TITLE)) return false;
    if (f & F_LOWER) cased = true;
  }
  return cased;
}

export function strIsUpper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const f = flags(ch.codePointAt(0)!, ch);
    if (f & (F_LOWER | F_TITLE)) return false;
    if (f & F_UPPER) cased = true;
  }
  return cased;
}

export function strIsTitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const ch of s) {
    const f = flags(ch.codePointAt(0)!, ch);
    if (f & (F_UPPER | F_TITLE)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (f & F_LOWER) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}
