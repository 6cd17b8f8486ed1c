// unicodedata (Modules/unicodedata.c) for Unicode 14.0.0, as CPython 3.11's: properties from
// src/vm/data/unicodedata.txt (src/vm/data/gen-unicodedata.py), names from
// generated/unicode-names.txt (tools/gen-unicode-names.py), normalization by JavaScript's
// String.prototype.normalize. Both tables are read on first use.

import { lookupUnicodeName } from '../../parse/literals/unicode-names.js';
import { readFileSync } from 'node:fs';
import { PyObject, type Value } from '../object.js';
import type { PyModule } from '../module.js';
import { builtinType, None, objectType, PyType } from '../type.js';
import { PyFloat } from '../float.js';
import { method, getset } from '../function.js';
import { newExc, typeError, valueError, KeyError } from '../exceptions.js';
import { strValue } from '../abstract.js';
import { typeOf } from '../type.js';
import { cpChars } from '../str.js';
import { def } from './util.js';

const up = (n: number): string => '../'.repeat(n);
// This module runs from src/vm/modules/ (sources) or dist/src/vm/modules/ (built).
const PROPS_CANDIDATES = [3, 4].map((n) => new URL(up(n) + 'src/vm/data/unicodedata.txt', import.meta.url));
const NAMES_CANDIDATES = [3, 4].map((n) => new URL(up(n) + 'generated/unicode-names.txt', import.meta.url));

function readFirst(urls: URL[], what: string): string {
  for (const u of urls) {
    try {
      return readFileSync(u, 'utf8');
    } catch {
      // next layout
    }
  }
  throw new Error(`unicodedata: cannot find ${what}`);
}

interface Props {
  starts: Int32Array;
  cat: string[];
  bidi: string[];
  ccc: Int32Array;
  eaw: string[];
  mirrored: Uint8Array;
  decomp: Map<number, string>;
  numeric: Map<number, [number | null, number | null, string]>;
  version: string;
}

let props: Props | null = null;

function loadProps(): Props {
  const text = readFirst(PROPS_CANDIDATES, 'src/vm/data/unicodedata.txt');
  const starts: number[] = [];
  const cat: string[] = [];
  const bidi: string[] = [];
  const ccc: number[] = [];
  const eaw: string[] = [];
  const mir: number[] = [];
  const decomp = new Map<number, string>();
  const numeric = new Map<number, [number | null, number | null, string]>();
  let version = '14.0.0';
  let section = '';
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('@')) {
      if (line.startsWith('@version ')) version = line.slice(9);
      else section = line;
      continue;
    }
    const sp = line.indexOf(' ');
    const cp = parseInt(line.slice(0, sp), 16);
    const rest = line.slice(sp + 1);
    if (section === '@props') {
      const f = rest.split(' ');
      starts.push(cp);
      cat.push(f[0]!);
      bidi.push(f[1] === '-' ? '' : f[1]!);
      ccc.push(Number(f[2]));
      eaw.push(f[3]!);
      mir.push(Number(f[4]));
    } else if (section === '@decomposition') decomp.set(cp, rest);
    else if (section === '@numeric') {
      const f = rest.split(' ');
      numeric.set(cp, [f[0] === '-' ? null : Number(f[0]), f[1] === '-' ? null : Number(f[1]), f[2]!]);
    }
  }
  return { starts: Int32Array.from(starts), cat, bidi, ccc: Int32Array.from(ccc), eaw, mirrored: Uint8Array.from(mir), decomp, numeric, version };
}

function P(): Props {
  return (props ??= loadProps());
}

/** [decimal, digit, numeric] of a code point (the str.isdecimal/isdigit/isnumeric data), or undefined. */
export function numericProps(cp: number): [number | null, number | null, string] | undefined {
  return P().numeric.get(cp);
}

/** Index of the run holding `cp`. */
function run(cp: number): number {
  const s = P().starts;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// --- names ------------------------------------------------------------------------------------------

interface Names {
  byCp: Map<number, string>;
  cjk: [number, number][];
  hex: [string, number, number][];
  jamoL: string[];
  jamoV: string[];
  jamoT: string[];
}

let names: Names | null = null;

function loadNames(): Names {
  const t: Names = { byCp: new Map(), cjk: [], hex: [], jamoL: [], jamoV: [], jamoT: [] };
  const ranges = (fields: string[]): [number, number][] => fields.map((r) => {
    const [a, b] = r.split('-');
    return [parseInt(a!, 16), parseInt(b!, 16)];
  });
  let section = '';
  let cp = -1;
  let prev = '';
  for (const line of readFirst(NAMES_CANDIDATES, 'generated/unicode-names.txt').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('@') && (section !== '@names' || line === '@aliases')) {
      const space = line.indexOf(' ');
      const key = space < 0 ? line : line.slice(0, space);
      const value = space < 0 ? '' : line.slice(space + 1);
      if (key === '@cjk') t.cjk = ranges(value.split(' '));
      else if (key === '@hangul-l') t.jamoL = value.split('|');
      else if (key === '@hangul-v') t.jamoV = value.split('|');
      else if (key === '@hangul-t') t.jamoT = value.split('|');
      else if (key === '@hex') {
        const fields = value.split(' ');
        const isRange = (f: string): boolean => /^[0-9A-F]+-[0-9A-F]+$/.test(f);
        const prefix = fields.filter((f) => !isRange(f)).join(' ');
        for (const [a, b] of ranges(fields.filter(isRange))) t.hex.push([prefix, a, b]);
      } else section = key;
      continue;
    }
    if (section === '@names') {
      let i = 0;
      if (line[0] === '+') {
        i = line.indexOf(',');
        cp += parseInt(line.slice(1, i), 16);
        i++;
      } else cp += 1;
      const name = prev.slice(0, line.charCodeAt(i) - 0x30) + line.slice(i + 1);
      t.byCp.set(cp, name);
      prev = name;
    }
  }
  return t;
}

function N(): Names {
  return (names ??= loadNames());
}

const S_BASE = 0xac00;
const S_COUNT = 11172;

/** The Unicode name of a code point (unicodedata.name), or undefined. */
export function unicodeName(cp: number): string | undefined {
  return nameOf(cp);
}

function nameOf(cp: number): string | undefined {
  const t = N();
  if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
    const s = cp - S_BASE;
    const l = Math.floor(s / (21 * 28));
    const v = Math.floor((s % (21 * 28)) / 28);
    const tt = s % 28;
    return 'HANGUL SYLLABLE ' + t.jamoL[l]! + t.jamoV[v]! + t.jamoT[tt]!;
  }
  if (t.cjk.some(([a, b]) => cp >= a && cp <= b)) return 'CJK UNIFIED IDEOGRAPH-' + cp.toString(16).toUpperCase().padStart(4, '0');
  for (const [prefix, a, b] of t.hex) if (cp >= a && cp <= b) return prefix + cp.toString(16).toUpperCase().padStart(4, '0');
  return t.byCp.get(cp);
}

// --- the module -------------------------------------------------------------------------------------

function charArg(fname: string, v: Value | undefined): number {
  const s = v === undefined ? undefined : strValue(v);
  if (s === undefined) throw typeError(`${fname}() argument must be a unicode character, not ${v === undefined ? 'NoneType' : typeOf(v).name}`);
  const chars = cpChars(s);
  if (chars.length !== 1) throw typeError(`${fname}() argument must be a unicode character, not str`);
  return chars[0]!.codePointAt(0)!;
}

function formArg(fname: string, v: Value | undefined): 'NFC' | 'NFD' | 'NFKC' | 'NFKD' {
  const s = v === undefined ? undefined : strValue(v);
  if (s === undefined) throw typeError(`${fname}() argument 1 must be str, not ${v === undefined ? 'NoneType' : typeOf(v).name}`);
  if (s !== 'NFC' && s !== 'NFD' && s !== 'NFKC' && s !== 'NFKD') throw valueError('invalid normalization form');
  return s;
}

class PyUCD extends PyObject {
  constructor(cls: PyType, readonly version: string) {
    super(cls);
  }
}

export function initUnicodedata(m: PyModule): void {
  const ucdType = builtinType('UCD', objectType, 0);
  ucdType.moduleName = 'unicodedata';
  const fns: Record<string, (args: Value[]) => Value> = {
    category: (args) => P().cat[run(charArg('category', args[0]))]!,
    bidirectional: (args) => P().bidi[run(charArg('bidirectional', args[0]))]!,
    combining: (args) => P().ccc[run(charArg('combining', args[0]))]!,
    east_asian_width: (args) => P().eaw[run(charArg('east_asian_width', args[0]))]!,
    mirrored: (args) => P().mirrored[run(charArg('mirrored', args[0]))]!,
    decomposition: (args) => P().decomp.get(charArg('decomposition', args[0])) ?? '',
    decimal: (args) => {
      const v = P().numeric.get(charArg('decimal', args[0]));
      if (v === undefined || v[0] === null) {
        if (args.length > 1) return args[1]!;
        throw valueError('not a decimal');
      }
      return v[0];
    },
    digit: (args) => {
      const v = P().numeric.get(charArg('digit', args[0]));
      if (v === undefined || v[1] === null) {
        if (args.length > 1) return args[1]!;
        throw valueError('not a digit');
      }
      return v[1];
    },
    numeric: (args) => {
      const v = P().numeric.get(charArg('numeric', args[0]));
      if (v === undefined) {
        if (args.length > 1) return args[1]!;
        throw valueError('not a numeric character');
      }
      return new PyFloat(Number(v[2]));
    },
    name: (args) => {
      const n = nameOf(charArg('name', args[0]));
      if (n === undefined) {
        if (args.length > 1) return args[1]!;
        throw valueError('no such name');
      }
      return n;
    },
    lookup: (args) => {
      const s = args[0] === undefined ? undefined : strValue(args[0]);
      if (s === undefined) throw typeError(`lookup() argument must be str, not ${args[0] === undefined ? 'NoneType' : typeOf(args[0]).name}`);
      // The lookup of `\N{...}` escapes: the same _getcode (named sequences aside).
      const cp = lookupUnicodeName(s);
      if (cp === undefined) throw newExc(KeyError, `undefined character name '${s}'`);
      return String.fromCodePoint(cp);
    },
    normalize: (args) => {
      const form = formArg('normalize', args[0]);
      const s = args[1] === undefined ? undefined : strValue(args[1]);
      if (s === undefined) throw typeError(`normalize() argument 2 must be str, not ${args[1] === undefined ? 'NoneType' : typeOf(args[1]).name}`);
      return s.normalize(form);
    },
    is_normalized: (args) => {
      const form = formArg('is_normalized', args[0]);
      const s = args[1] === undefined ? undefined : strValue(args[1]);
      if (s === undefined) throw typeError(`is_normalized() argument 2 must be str, not ${args[1] === undefined ? 'NoneType' : typeOf(args[1]).name}`);
      return s.normalize(form) === s;
    },
  };
  for (const [name, f] of Object.entries(fns)) {
    def(m, name, (args, kw) => {
      if (kw && kw.length) throw typeError(`${name}() takes no keyword arguments`);
      return f(args);
    });
    method(ucdType, name, 0, 2, (_self: PyUCD, ...args: Value[]) => f(args.filter((a) => a !== undefined)));
  }
  getset(ucdType, 'unidata_version', (self: PyUCD) => self.version);
  m.ns.setStr('UCD', ucdType);
  m.ns.setStr('unidata_version', '14.0.0');
  // idna / stringprep ask the 3.2.0 database; pyc answers from 14.0.0 (they agree on what those use)
  m.ns.setStr('ucd_3_2_0', new PyUCD(ucdType, '3.2.0'));
  m.ns.setStr('__doc__', 'This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters. The data in\nthis database is based on the UnicodeData.txt file version\n14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\nThe module uses the same names and symbols as defined by the\nUnicodeData File Format 14.0.0.');
  void None;
}
