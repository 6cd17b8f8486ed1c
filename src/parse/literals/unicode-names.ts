// Character names for `\N{...}`, looked up as CPython 3.11's unicodedata `_getcode` does for
// the unicode-escape codec: Hangul syllables and CJK unified ideographs are computed (their
// prefixes must be upper case), every other name and alias is matched ignoring ASCII case,
// and named sequences are refused. The table (generated/unicode-names.txt, written by
// tools/gen-unicode-names.py from python3's unicodedata) is read on the first `\N` escape
// only, so ordinary parsing never pays for it.

import { readFileSync } from 'node:fs';

const DATA_FILE = 'generated/unicode-names.txt';
// This module runs from src/parse/literals/ (sources) or dist/src/parse/literals/ (built).
const DATA_CANDIDATES = ['../../../', '../../../../'].map((up) => new URL(up + DATA_FILE, import.meta.url));

const HANGUL_PREFIX = 'HANGUL SYLLABLE ';
const CJK_PREFIX = 'CJK UNIFIED IDEOGRAPH-';
const S_BASE = 0xac00;

interface NameTable {
  names: Map<string, number>;
  cjk: [number, number][];
  jamoL: string[];
  jamoV: string[];
  jamoT: string[];
}

let table: NameTable | undefined;

/** The code point `\N{name}` stands for, or undefined where CPython reports "unknown Unicode character name". */
export function lookupUnicodeName(name: string): number | undefined {
  const t = (table ??= loadTable());
  if (name.startsWith(HANGUL_PREFIX)) return hangulSyllable(t, name.slice(HANGUL_PREFIX.length));
  if (name.startsWith(CJK_PREFIX)) return cjkIdeograph(t, name.slice(CJK_PREFIX.length));
  return t.names.get(asciiUpper(name));
}

function asciiUpper(s: string): string {
  return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
}

// _getcode's syllable parse: for each of the three jamo columns take the longest short name
// that matches (no backtracking), and succeed only if that consumed the whole name.
function hangulSyllable(t: NameTable, rest: string): number | undefined {
  let pos = 0;
  const column = (names: string[]): number => {
    let best = -1;
    let bestLen = -1;
    names.forEach((jamo, i) => {
      if (jamo.length > bestLen && rest.startsWith(jamo, pos)) {
        best = i;
        bestLen = jamo.length;
      }
    });
    if (bestLen > 0) pos += bestLen;
    return best;
  };
  const l = column(t.jamoL);
  const v = column(t.jamoV);
  const tt = column(t.jamoT);
  if (l < 0 || v < 0 || tt < 0 || pos !== rest.length) return undefined;
  return S_BASE + (l * t.jamoV.length + v) * t.jamoT.length + tt;
}

// Four or five upper-case hex digits naming a code point inside one of the ideograph blocks.
function cjkIdeograph(t: NameTable, hex: string): number | undefined {
  if (!/^[0-9A-F]{4,5}$/.test(hex)) return undefined;
  const cp = parseInt(hex, 16);
  return t.cjk.some(([first, last]) => cp >= first && cp <= last) ? cp : undefined;
}

function readData(): string {
  for (const url of DATA_CANDIDATES) {
    try {
      return readFileSync(url, 'utf8');
    } catch {
      // try the next layout
    }
  }
  throw new Error(`unicode-names: cannot find ${DATA_FILE} (run tools/gen-unicode-names.py)`);
}

function parseRanges(fields: string[]): [number, number][] {
  return fields.map((r) => {
    const [a, b] = r.split('-');
    return [parseInt(a!, 16), parseInt(b!, 16)];
  });
}

function loadTable(): NameTable {
  const t: NameTable = { names: new Map(), cjk: [], jamoL: [], jamoV: [], jamoT: [] };
  let section = '';
  let cp = -1;
  let prev = '';
  for (const line of readData().split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    // Inside @names a leading '@' is a shared-prefix length of 16, so only @aliases ends it.
    if (line.startsWith('@') && (section !== '@names' || line === '@aliases')) {
      const space = line.indexOf(' ');
      const key = space < 0 ? line : line.slice(0, space);
      const value = space < 0 ? '' : line.slice(space + 1);
      switch (key) {
        case '@cjk':
          t.cjk = parseRanges(value.split(' '));
          break;
        case '@hangul-l':
          t.jamoL = value.split('|');
          break;
        case '@hangul-v':
          t.jamoV = value.split('|');
          break;
        case '@hangul-t':
          t.jamoT = value.split('|');
          break;
        case '@hex': {
          // "@hex CJK COMPATIBILITY IDEOGRAPH- F900-FA6D ...": the prefix itself has spaces.
          const fields = value.split(' ');
          const prefix = fields.filter((f) => !/^[0-9A-F]+-[0-9A-F]+$/.test(f)).join(' ');
          for (const [first, last] of parseRanges(fields.filter((f) => /^[0-9A-F]+-[0-9A-F]+$/.test(f)))) {
            for (let c = first; c <= last; c++) t.names.set(prefix + c.toString(16).toUpperCase().padStart(4, '0'), c);
          }
          break;
        }
        default:
          section = key;
      }
      continue;
    }
    if (section === '@names') {
      let i = 0;
      if (line[0] === '+') {
        i = line.indexOf(',');
        cp += parseInt(line.slice(1, i), 16);
        i++;
      } else {
        cp += 1;
      }
      const name = prev.slice(0, line.charCodeAt(i) - 0x30) + line.slice(i + 1);
      t.names.set(name, cp);
      prev = name;
    } else if (section === '@aliases') {
      const space = line.indexOf(' ');
      t.names.set(line.slice(space + 1), parseInt(line.slice(0, space), 16));
    }
  }
  return t;
}
