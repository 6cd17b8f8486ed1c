// Fuzz cases: a piece of a stdlib file (one top-level statement, or a window of lines) with a
// few mutations applied. A case is a plain record of numbers that fast-check generates and
// shrinks (fewer mutations, earlier files, shorter windows); `materialize` turns it into the
// bytes pyc and CPython are given. Nothing here depends on pyc's own tokenizer, so a bug there
// cannot bias which inputs are made.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { stdlibFiles } from '../conformance/corpus.js';

/** What a mutation does; weights below say how often each is picked. */
export type MutationOp =
  | 'deleteChar' | 'duplicateChar' | 'swapChars' | 'replaceChar'
  | 'deleteToken' | 'duplicateToken' | 'swapTokens' | 'replaceToken'
  | 'insertAtChar' | 'insertAtToken'
  | 'indentLine' | 'dedentLine' | 'deleteLine' | 'duplicateLine' | 'swapLines'
  | 'nonAscii' | 'lineEnds' | 'truncate' | 'deepNest' | 'repeatPrefix'
  | 'insertByte' | 'prependHeader';

const WEIGHTS: Record<MutationOp, number> = {
  deleteChar: 6, duplicateChar: 4, swapChars: 4, replaceChar: 3,
  deleteToken: 6, duplicateToken: 5, swapTokens: 5, replaceToken: 5,
  insertAtChar: 6, insertAtToken: 8,
  indentLine: 5, dedentLine: 3, deleteLine: 3, duplicateLine: 2, swapLines: 2,
  nonAscii: 5, lineEnds: 2, truncate: 2, deepNest: 1, repeatPrefix: 1,
  insertByte: 1, prependHeader: 1,
};

/** Text the insert and replace mutations put in: punctuation, quotes, keywords, prefixes. */
export const PIECES: readonly string[] = [
  '(', ')', '[', ']', '{', '}', ':', ',', ';', '.', '\\', '\\\n', '#', '@', '=', ':=', '->', '*', '**',
  '"', "'", '"""', "'''", 'f"', "f'", 'b"', "rb'", 'u"', 'fr"', 'f"{', '{x!r}', '{x=}', '{x:>{w}}', '\\N{', '\\x', '\\u12',
  'if', 'else', 'elif', 'for', 'in', 'not', 'is', 'and', 'or', 'lambda', 'lambda:', 'yield', 'await', 'async',
  'def', 'class', 'return', 'import', 'from', 'as', 'with', 'try', 'except', 'except*', 'finally', 'while',
  'pass', 'break', 'continue', 'global', 'nonlocal', 'del', 'assert', 'raise', 'match', 'case', '_', 'print',
  'None', 'True', 'False', '...', '0', '1_', '0x', '0o8', '1e', '1j', '09', '0b2', '1.e5', '1if',
  ' ', '\t', '\f', '\n', '\r\n', '\r', '\0', '\u00a0',
  '+', '-', '~', '<', '>', '==', '!=', '!', '$', '?', '`', '+=', '<<=', '//', '%', '^', '|', '&',
];

/** Characters outside ASCII: letters CPython accepts (some only after NFKC), and ones it rejects. */
export const NON_ASCII: readonly string[] = [
  'é', 'ß', 'µ', 'ª', 'ﬁ', 'ℌ', 'Ⅸ', 'Ａ', 'ｆ', '＿', '𝔘', '𝒳', '٣', '𝟘', '·', 'ᵢ', '\u0301', // identifier-ish
  '€', '£', '—', '“', '”', '«', '\u00a0', '\u200b', '\u2028', '\ufeff', '\u{1F600}', '\u{10FFFF}', '\u0085',
  '\u{E000}', '\u{E001}', '\u{E002}', '\u{E003}', // the layout's marker characters
];

const INDENTS = [' ', '  ', '    ', '\t', '\f', ' \t', '\t ', '        ', '\f    '];
const PREFIX_REPEATS = ['(', '[', '{', 'not ', '-', '~', 'await ', 'lambda:', '*', 'x.', 'x[', '"', 'if 1:\n', ' ', '\\\n'];
const HEADERS = ['\ufeff', '# -*- coding: latin-1 -*-\n', '# coding: utf-8\n', '# coding: bogus\n', '#!/usr/bin/python\n# vim: set fileencoding=cp1252 :\n', '\ufeff# coding: latin-1\n'];
const BYTES = [0x00, 0xff, 0x80, 0xc3, 0xe2, 0xed, 0xf4, 0x0c, 0x1b];

export interface Mutation {
  op: MutationOp;
  /** Where: a character, token or line index, reduced modulo the current count. */
  at: number;
  /** Which: an index into the op's table, a distance, or a count. */
  arg: number;
}

export interface FuzzCase {
  /** Index into the stdlib file list, modulo its length. */
  file: number;
  /** 'statement': one top-level statement; 'window': `lines` lines from a line, dedented. */
  mode: 'statement' | 'window';
  at: number;
  lines: number;
  mutations: Mutation[];
}

const weightedOps: MutationOp[] = (Object.entries(WEIGHTS) as [MutationOp, number][]).flatMap(([op, w]) => Array<MutationOp>(w).fill(op));

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom(...weightedOps),
  at: fc.nat(),
  arg: fc.nat(),
});

export const fuzzCaseArb: fc.Arbitrary<FuzzCase> = fc.record({
  file: fc.nat(),
  mode: fc.constantFrom('window', 'statement'),
  at: fc.nat(),
  lines: fc.integer({ min: 1, max: 40 }),
  mutations: fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
});

// ------------------------------------------------------------------------------ the snippets

interface SourceFile {
  lines: string[];
  /** Line indices where a top-level statement begins (decorators and else/except joined). */
  statementStarts: number[];
  /** Line indices where a logical line begins, at any indentation. */
  logicalStarts: number[];
}

/** The stdlib files as text, read lazily and cached (a file that is not UTF-8 reads as `pass`). */
export class SnippetPool {
  readonly files: string[];
  private readonly cache = new Map<number, SourceFile>();

  constructor(files: string[] = stdlibFiles()) {
    this.files = files;
  }

  private source(index: number): SourceFile {
    let sf = this.cache.get(index);
    if (!sf) {
      let text = '';
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(this.files[index]!));
      } catch {
        text = 'pass\n';
      }
      text = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
      const lines = text.split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      sf = { lines, ...scanStarts(lines) };
      if (this.cache.size > 64) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(index, sf);
    }
    return sf;
  }

  /**
   * The unmutated text of a case: a top-level statement (at most 60 lines), or a window of
   * whole logical lines from a logical line at any depth, up to `lines` lines or until the
   * indentation drops below the first line's, dedented.
   */
  snippet(c: FuzzCase): string {
    const sf = this.source(c.file % this.files.length);
    const n = sf.lines.length;
    if (n === 0) return '';
    let from: number;
    let to: number;
    if (c.mode === 'statement' && sf.statementStarts.length > 0) {
      const k = c.at % sf.statementStarts.length;
      from = sf.statementStarts[k]!;
      to = Math.min(k + 1 < sf.statementStarts.length ? sf.statementStarts[k + 1]! : n, from + 60);
    } else if (sf.logicalStarts.length > 0) {
      const starts = sf.logicalStarts;
      let k = c.at % starts.length;
      from = starts[k]!;
      const base = indentation(sf.lines[from]!);
      to = n;
      for (k++; k < starts.length; k++) {
        const line = starts[k]!;
        if (line - from > c.lines || indentation(sf.lines[line]!).length < base.length) {
          to = line;
          break;
        }
      }
      to = Math.min(to, from + 60);
    } else {
      from = c.at % n;
      to = Math.min(n, from + c.lines);
    }
    return dedent(sf.lines.slice(from, to)).join('\n') + '\n';
  }
}

const COMPOUND_CONTINUATION = /^(elif|else|except|finally)\b/;

const indentation = (line: string): string => /^[ \t\f]*/.exec(line)![0];

/**
 * Where logical lines and top-level statements start, found by a rough scan of brackets,
 * strings, comments and backslashes (good enough to pick inputs; exactness is not needed).
 */
function scanStarts(lines: string[]): { statementStarts: number[]; logicalStarts: number[] } {
  const statementStarts: number[] = [];
  const logicalStarts: number[] = [];
  let depth = 0;
  let inTriple: string | null = null;
  let continued = false;
  let previousDecorator = false;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    if (inTriple === null && depth === 0 && !continued && /^[ \t\f]*[^\s#]/.test(line)) {
      logicalStarts.push(li);
      if (/^[^\s#]/.test(line)) {
        if (!previousDecorator && !COMPOUND_CONTINUATION.test(line)) statementStarts.push(li);
        previousDecorator = line.startsWith('@');
      }
    }
    continued = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (inTriple !== null) {
        if (ch === '\\') i++;
        else if (line.startsWith(inTriple, i)) { i += 2; inTriple = null; }
        continue;
      }
      if (ch === '#') break;
      if (ch === '\\') { if (i === line.length - 1) continued = true; i++; continue; }
      if (ch === '"' || ch === "'") {
        const q3 = ch.repeat(3);
        if (line.startsWith(q3, i)) { inTriple = q3; i += 2; continue; }
        for (i++; i < line.length && line[i] !== ch; i++) if (line[i] === '\\') i++;
        continue;
      }
      if ('([{'.includes(ch)) depth++;
      else if (')]}'.includes(ch)) depth = Math.max(0, depth - 1);
    }
  }
  return { statementStarts, logicalStarts };
}

/** textwrap.dedent: strips the whitespace prefix common to all non-blank lines. */
function dedent(lines: string[]): string[] {
  let prefix: string | null = null;
  for (const l of lines) {
    if (l.trim() === '') continue;
    const ws = /^[ \t]*/.exec(l)![0];
    if (prefix === null) prefix = ws;
    else {
      let k = 0;
      while (k < prefix.length && k < ws.length && prefix[k] === ws[k]) k++;
      prefix = prefix.slice(0, k);
    }
    if (prefix === '') break;
  }
  if (!prefix) return lines;
  return lines.map((l) => (l.startsWith(prefix!) ? l.slice(prefix!.length) : l.trimStart()));
}

// ------------------------------------------------------------------------------ mutations

const TOKEN_RE = /[\p{L}\p{N}_\u0080-\uffff]+|\d[\w.]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\*\*=?|\/\/=?|<<=?|>>=?|->|:=|\.\.\.|[-+*/%&|^@<>=!]=|\S/gu;

function tokens(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(TOKEN_RE)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10 && i + 1 < text.length) out.push(i + 1);
  return out;
}

/** A character boundary (never between the halves of a surrogate pair). */
function charIndex(text: string, at: number): number {
  let i = at % (text.length + 1);
  if (i > 0 && i < text.length && /[\udc00-\udfff]/.test(text[i]!) && /[\ud800-\udbff]/.test(text[i - 1]!)) i--;
  return i;
}

function charLength(text: string, i: number): number {
  const c = text.codePointAt(i);
  return c !== undefined && c > 0xffff ? 2 : 1;
}

const pick = <T>(table: readonly T[], arg: number): T => table[arg % table.length]!;

function splice(text: string, from: number, to: number, insert: string): string {
  return text.slice(0, from) + insert + text.slice(to);
}

function mutateText(text: string, m: Mutation): string {
  switch (m.op) {
    case 'deleteChar': case 'duplicateChar': case 'swapChars': case 'replaceChar': {
      if (text.length === 0) return text;
      const i = charIndex(text, m.at) % text.length;
      const len = charLength(text, i);
      const ch = text.slice(i, i + len);
      if (m.op === 'deleteChar') return splice(text, i, i + len, '');
      if (m.op === 'duplicateChar') return splice(text, i, i, ch);
      if (m.op === 'replaceChar') return splice(text, i, i + len, pick(PIECES, m.arg));
      const nlen = i + len < text.length ? charLength(text, i + len) : 0;
      return splice(text, i, i + len + nlen, text.slice(i + len, i + len + nlen) + ch);
    }
    case 'deleteToken': case 'duplicateToken': case 'swapTokens': case 'replaceToken': case 'insertAtToken': {
      const ts = tokens(text);
      if (ts.length === 0) return text + pick(PIECES, m.arg);
      const k = m.at % ts.length;
      const [s, e] = ts[k]!;
      const tok = text.slice(s, e);
      switch (m.op) {
        case 'deleteToken': return splice(text, s, e, '');
        case 'duplicateToken': return splice(text, e, e, (m.arg & 1 ? ' ' : '') + tok);
        case 'replaceToken': return splice(text, s, e, pick(PIECES, m.arg));
        case 'insertAtToken': return splice(text, (m.arg >> 8) & 1 ? e : s, (m.arg >> 8) & 1 ? e : s, pick(PIECES, m.arg));
        default: {
          const k2 = (k + 1 + (m.arg % 5)) % ts.length;
          if (k2 === k) return text;
          const [a, b] = k < k2 ? [ts[k]!, ts[k2]!] : [ts[k2]!, ts[k]!];
          return text.slice(0, a[0]) + text.slice(b[0], b[1]) + text.slice(a[1], b[0]) + text.slice(a[0], a[1]) + text.slice(b[1]);
        }
      }
    }
    case 'insertAtChar': {
      const i = charIndex(text, m.at);
      return splice(text, i, i, pick(PIECES, m.arg));
    }
    case 'nonAscii': {
      const i = charIndex(text, m.at);
      const ch = pick(NON_ASCII, m.arg);
      // Half the time replace the character there, half the time insert.
      if ((m.arg >> 8) & 1 && i < text.length) return splice(text, i, i + charLength(text, i), ch);
      return splice(text, i, i, ch);
    }
    case 'indentLine': case 'dedentLine': case 'deleteLine': case 'duplicateLine': case 'swapLines': {
      const starts = lineStarts(text);
      const k = m.at % starts.length;
      const s = starts[k]!;
      const e = k + 1 < starts.length ? starts[k + 1]! : text.length;
      switch (m.op) {
        case 'indentLine': return splice(text, s, s, pick(INDENTS, m.arg));
        case 'dedentLine': {
          let w = s;
          while (w < e && (text[w] === ' ' || text[w] === '\t' || text[w] === '\f')) w++;
          return splice(text, s, Math.min(w, s + 1 + (m.arg % 8)), '');
        }
        case 'deleteLine': return splice(text, s, e, '');
        case 'duplicateLine': return splice(text, e, e, text.slice(s, e).endsWith('\n') ? text.slice(s, e) : '\n' + text.slice(s, e));
        default: {
          if (k + 1 >= starts.length) return text;
          const e2 = k + 2 < starts.length ? starts[k + 2]! : text.length;
          let second = text.slice(e, e2);
          if (!second.endsWith('\n')) second += '\n';
          return text.slice(0, s) + second + text.slice(s, e) + text.slice(e2);
        }
      }
    }
    case 'lineEnds': {
      const to = pick(['\r\n', '\r'], m.arg);
      if ((m.arg >> 4) & 1) return text.replace(/\n/g, to);
      const starts = lineStarts(text);
      const s = starts[m.at % starts.length]!;
      const nl = text.indexOf('\n', s);
      return nl < 0 ? text + to : splice(text, nl, nl + 1, to);
    }
    case 'truncate': {
      const i = charIndex(text, m.at);
      return text.slice(0, i);
    }
    case 'deepNest': {
      // Wrap a token in 90..289 brackets: around CPython's limit of 200 nested parentheses.
      const ts = tokens(text);
      const n = 90 + (m.arg % 200);
      const [open, close] = pick([['(', ')'], ['[', ']'], ['{', '}'], ['(', ',)'], ['[', ']']] as const, m.arg >> 8);
      if (ts.length === 0) return open.repeat(n) + '1' + close.repeat(n);
      const [s, e] = ts[m.at % ts.length]!;
      return text.slice(0, s) + open.repeat(n) + text.slice(s, e) + close.repeat(n) + text.slice(e);
    }
    case 'repeatPrefix': {
      // A prefix operator (or a line) many times over: deep recursion in a parser.
      const i = charIndex(text, m.at);
      const n = 20 + (m.arg % 600);
      return splice(text, i, i, pick(PREFIX_REPEATS, m.arg >> 10).repeat(n));
    }
    case 'insertByte': case 'prependHeader':
      return text; // byte-level, applied after the text mutations
  }
}

function mutateBytes(bytes: Uint8Array, m: Mutation): Uint8Array {
  if (m.op === 'insertByte') {
    const i = m.at % (bytes.length + 1);
    const out = new Uint8Array(bytes.length + 1);
    out.set(bytes.subarray(0, i), 0);
    out[i] = pick(BYTES, m.arg);
    out.set(bytes.subarray(i), i + 1);
    return out;
  }
  if (m.op === 'prependHeader') {
    const head = Buffer.from(pick(HEADERS, m.arg), 'utf8');
    return Buffer.concat([head, bytes]);
  }
  return bytes;
}

/** The bytes of a case: the snippet, mutated in order (text mutations, then byte mutations). */
export function materialize(pool: SnippetPool, c: FuzzCase): Uint8Array {
  let text = pool.snippet(c);
  for (const m of c.mutations) text = mutateText(text, m);
  let bytes: Uint8Array = Buffer.from(text, 'utf8');
  for (const m of c.mutations) bytes = mutateBytes(bytes, m);
  return new Uint8Array(bytes);
}
