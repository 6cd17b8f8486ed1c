// STRING tokens against CPython 3.11: generated tokens with every prefix, quote style and
// escape (including lone surrogates, octal escapes over 0o377, \N names and aliases, line
// continuations, unknown escapes), implicit concatenation, and every decoding error with its
// message and position. Each case is a one-line statement parsed by the stub parser.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { compareWithPython } from './support/compare.js';
import { Random } from './support/random.js';
import { cases } from './support/scale.js';

const r = new Random(Number(process.env.PYC_LITERALS_SEED ?? 2023));

const STR_PREFIXES = ['', '', '', 'r', 'u', 'R', 'U'];
const BYTES_PREFIXES = ['b', 'B', 'br', 'rb', 'Br', 'bR', 'RB', 'rB'];
const QUOTES = ["'", '"', "'''", '"""'];

const TEXT = ['a', 'Z', ' ', '0', '{', '}', '#', 'é', '€', '😀', '中', '\u0300', '\u00a0', 'x y'];
const COMMON_ESCAPES = ['\\n', '\\t', '\\\\', "\\'", '\\"', '\\a', '\\b', '\\f', '\\v', '\\r', '\\0', '\\7', '\\12', '\\123', '\\1234',
  '\\8', '\\9', '\\q', '\\ ', '\\{', '\\x41', '\\xff', '\\xFf', '\\x0a'];
const STR_ESCAPES = ['\\777', '\\400', '\\u1234', '\\uD800', '\\udfff', '\\ud83d\\ude00', '\\U0001F600', '\\U0010FFFF', '\\U00000041',
  '\\N{LATIN SMALL LETTER A}', '\\N{latin small letter a}', '\\N{bom}', '\\N{HANGUL SYLLABLE GAG}', '\\N{CJK UNIFIED IDEOGRAPH-4E00}',
  '\\N{EM DASH}', '\\N{NULL}', '\\N{CJK COMPATIBILITY IDEOGRAPH-f900}', '\\é', '\\😀', '\\u00e9'];
const STR_ERRORS = ['\\x', '\\x4', '\\xg1', '\\u12', '\\u12g4', '\\U1234567', '\\U00110000', '\\Ufffffffff', '\\N', '\\Nx', '\\N{', '\\N{}',
  '\\N{NOT A NAME}', '\\N{é}', '\\N{KEYCAP DIGIT ZERO}', '\\N{HANGUL SYLLABLE ga}'];
const BYTES_ERRORS = ['\\N', '\\x', '\\x4', '\\xg1', 'é'];

function body(quote: string, raw: boolean, bytes: boolean, errors: boolean): string {
  let out = '';
  const n = r.int(0, 8);
  for (let i = 0; i < n; i++) {
    let piece: string;
    const k = r.next();
    if (k < 0.35) piece = bytes ? r.pick(TEXT.filter((t) => /^[\x00-\x7f]*$/.test(t))) : r.pick(TEXT);
    else if (k < 0.6) piece = r.pick(COMMON_ESCAPES);
    else if (k < 0.85) piece = bytes ? r.pick(COMMON_ESCAPES) : r.pick(STR_ESCAPES);
    else if (k < 0.93) piece = quote.length === 3 ? r.pick(['\n', '\\\n', "'", '"']) : r.pick(["'", '"', '\\\n']);
    else piece = errors ? r.pick(bytes ? BYTES_ERRORS : STR_ERRORS) : 'q';
    // A closing quote inside the body would end the token early; keep it escaped.
    if (piece.includes(quote[0]!) && !piece.startsWith('\\')) piece = '\\' + quote[0];
    out += piece;
  }
  // A body ending in the quote character (or an odd backslash) would not close properly.
  if (out.endsWith(quote[0]!) || /(^|[^\\])(\\\\)*\\$/.test(out)) out += 'z';
  return out;
}

function token(bytes: boolean, errors: boolean): string {
  const prefix = r.pick(bytes ? BYTES_PREFIXES : STR_PREFIXES);
  const quote = r.pick(QUOTES);
  return prefix + quote + body(quote, /r/i.test(prefix), bytes, errors) + quote;
}

function statement(errors: boolean): string {
  const bytes = r.chance(0.3);
  const tokens = [token(bytes, errors)];
  while (r.chance(0.3)) tokens.push(token(errors && r.chance(0.1) ? !bytes : bytes, errors));
  const lead = r.pick(['', '', 'x = ', 'é = ', 'x = (1,\n  ']);
  // Tokens without a prefix need a space before them, or their quotes would merge.
  const joined = tokens.reduce((s, t) => s + (/^['"]/.test(t) ? r.pick([' ', '  ']) : r.pick(['', ' '])) + t);
  return lead + joined + (lead.endsWith('\n  ') ? ')' : '');
}

test('string tokens decode exactly as in CPython 3.11', () => {
  const sources: string[] = [];
  for (let i = 0; i < cases(4000); i++) sources.push(statement(false));
  const { compared, mismatches } = compareWithPython(sources);
  console.log(`strings: ${compared} valid sources compared`);
  assert.deepEqual(mismatches.slice(0, 5), []);
});

test('string errors match CPython 3.11 (message and position)', () => {
  const sources: string[] = [];
  for (let i = 0; i < cases(3000); i++) sources.push(statement(true));
  const { compared, errors, mismatches } = compareWithPython(sources);
  console.log(`strings: ${compared} sources with bad escapes compared, ${errors} of them errors`);
  assert.deepEqual(mismatches.slice(0, 5), []);
});

// A high surrogate code point directly followed by a low one is two code points in Python; a
// JS string would read them as one astral character, so these must come out as PyStrCodePoints.
const SURROGATE_PAIR_CASES = [
  "'\\ud834\\udd1e'", "'\\uD834\\uDD1E'", "'x\\ud800\\udc00y'", "'\\U0000d834\\U0000dd1e'", "'\\ud834\\U0000dd1e'",
  "'\\ud834\\ud834\\udd1e'", "'\\udd1e\\ud834'", "'\\ud834\\U0001d11e'", "'\\U0001d11e\\udd1e'", "'\\ud834' '\\udd1e'",
  "'\\ud834' u'\\udd1e' '\\ud834'", "'\\ud834' '' '\\udd1e'", "'\\ud834' f'\\udd1e'", "f'\\ud834' '\\udd1e'",
  "f'\\ud834{x}\\udd1e\\ud834' '\\udd1e'", "f'{x:\\ud834\\udd1e}'", "f'\\ud834\\udd1e{x}'", "'\\ud834\\N{EM DASH}\\udd1e'",
  "'\\ud834\\\n\\udd1e'", "'''\\ud834\\udd1e'''", "'\\ud834' r'\\udd1e'", "'𝄞\\ud834\\udd1e𝄞'", "'\\udbff\\udfff' * 2",
];

test('surrogate code points stay separate code points, as in CPython 3.11', () => {
  const { mismatches } = compareWithPython(SURROGATE_PAIR_CASES);
  assert.deepEqual(mismatches, []);
});
