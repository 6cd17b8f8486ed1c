// Source bytes against CPython 3.11's `ast.parse(bytes)` (what py_compile and `pyc ast` do):
// BOMs, PEP 263 declarations on line 1 or 2, declared encodings that fail, and UTF-8 sources
// holding bytes that are not UTF-8, which CPython accepts in comments and rejects where it
// decodes them (names, string literals), each with CPython's message and position. The UTF-8
// codec pieces of src/tokenize/utf8.ts are checked against Python's codec on their own first.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';

import { dump } from '../../src/ast/dump.js';
import { PySyntaxError } from '../../src/diagnostics/syntax-error.js';
import { parseBytes } from '../../src/parse/parser.js';
import { decodeSource } from '../../src/tokenize/decode.js';
import { decodeUtf8SurrogateEscape, firstUtf8Error, replaceDecodedLength, utf8ErrorMessage } from '../../src/tokenize/utf8.js';
import { Random } from '../literals/support/random.js';
import { cases } from '../literals/support/scale.js';

const PYTHON = process.env.PYTHON ?? 'python3';

function python<T>(script: string, input: unknown): T {
  const out = execFileSync(PYTHON, ['-c', script], { input: JSON.stringify(input), maxBuffer: 1 << 30 });
  return JSON.parse(out.toString('utf8')) as T;
}

const bytesOf = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'latin1'));
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const show = (b: Uint8Array): string => JSON.stringify(Buffer.from(b).toString('latin1'));

// ------------------------------------------------------------------ the UTF-8 codec
const CODEC = String.raw`
import json, sys
out = []
for h in json.load(sys.stdin):
    b = bytes.fromhex(h)
    try:
        b.decode('utf-8'); err = None
    except UnicodeDecodeError as e:
        err = str(e)
    out.append({'escaped': [ord(c) for c in b.decode('utf-8', 'surrogateescape')],
                'replaced': len(b.decode('utf-8', 'replace')), 'error': err})
print(json.dumps(out))`;

/** Byte strings that probe every branch of the decoder: leads, continuations, overlongs, surrogates, ends. */
function codecSamples(): Uint8Array[] {
  const interesting = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef,
    0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xf7, 0xf8, 0xfe, 0xff];
  const out: Uint8Array[] = [];
  for (const a of interesting) {
    out.push(Uint8Array.of(a));
    for (const b of interesting) {
      out.push(Uint8Array.of(a, b));
      if (a >= 0xe0 && a <= 0xf4) for (const c of [0x41, 0x80, 0x9f, 0xbf, 0xc3]) out.push(Uint8Array.of(a, b, c), Uint8Array.of(a, b, c, 0x80), Uint8Array.of(0x78, a, b, c, 0xbf, 0x79));
    }
  }
  const r = new Random(3120);
  for (let i = 0; i < 2000; i++) out.push(Uint8Array.from({ length: r.int(1, 12) }, () => r.pick(interesting.concat([r.int(0, 255)]))));
  return out;
}

test('the UTF-8 codec pieces match Python: errors, "replace" lengths, "surrogateescape" text', () => {
  const samples = codecSamples();
  const want = python<{ escaped: number[]; replaced: number; error: string | null }[]>(CODEC, samples.map(hex));
  samples.forEach((b, i) => {
    const w = want[i]!;
    const err = firstUtf8Error(b);
    assert.equal(err === null ? null : utf8ErrorMessage(b, err), w.error, `error of ${hex(b)}`);
    assert.equal(replaceDecodedLength(b), w.replaced, `replace length of ${hex(b)}`);
    const { text, escaped } = decodeUtf8SurrogateEscape(b);
    assert.deepEqual(Array.from(text, (c) => c.codePointAt(0)), w.escaped, `surrogateescape of ${hex(b)}`);
    assert.equal(escaped, w.error !== null);
  });
});

// ------------------------------------------------------------------ whole sources
type Outcome = { dump: string } | { error: [string, string, number | null, number | null, number | null, number | null] };

const PARSE = String.raw`
import ast, json, sys, warnings
warnings.simplefilter('ignore')
out = []
for h in json.load(sys.stdin):
    try:
        out.append({'dump': ast.dump(ast.parse(bytes.fromhex(h), '<test>'), include_attributes=True)})
    except SyntaxError as e:
        out.append({'error': [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]})
    except Exception as e:
        out.append({'error': [type(e).__name__, str(e), None, None, None, None]})
print(json.dumps(out))`;

function pyc(b: Uint8Array): Outcome {
  try {
    return { dump: dump(parseBytes(b, '<test>'), { includeAttributes: true }) };
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return { error: [e.type, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset] };
  }
}

/**
 * Outcomes pyc does not reproduce, recognised by CPython's: a UnicodeDecodeError that is not a
 * SyntaxError (the parser failed before the name that is not UTF-8, and CPython's search of the
 * rest of the source for tokenizer errors lets the codec's exception escape); pyc reports the
 * parser's SyntaxError instead.
 */
function unreproducible(want: Outcome): boolean {
  return 'error' in want && want.error[0] === 'UnicodeDecodeError';
}

function compareSources(sources: Uint8Array[]): { mismatches: string[]; errors: number; skipped: number } {
  const want = python<Outcome[]>(PARSE, sources.map(hex));
  const mismatches: string[] = [];
  let errors = 0;
  let skipped = 0;
  sources.forEach((b, i) => {
    const w = want[i]!;
    if ('error' in w) errors++;
    if (unreproducible(w)) {
      skipped++;
      return;
    }
    const got = JSON.stringify(pyc(b));
    if (got !== JSON.stringify(w)) mismatches.push(`${show(b)}\n  pyc:    ${got.slice(0, 400)}\n  python: ${JSON.stringify(w).slice(0, 400)}`);
  });
  return { mismatches, errors, skipped };
}

/** Written in latin-1: each character is one byte. */
const HAND_WRITTEN = [
  // bytes that are not UTF-8, without a declaration: comments accept them
  '# \xf6\n', 'x = 1 # \xf6\n', '# \xe2\x82\n# \xff\xfe\nx = 1\n', '\xef\xbb\xbf# \xf6\n', '# coding: utf-8\n# \xf6\n',
  // string literals decode them: raw bodies whole, bodies with escapes run by run
  "'\xf6'\n", "x = '\xf6'\n", 'print("b\xf6se")\n', "r'\xf6'\n", "u'\xf6'\n", "b'\xf6'\n", "'''\n\xf6'''\n", "'a\\\xf6'\n",
  "'\\n\xc3\xa9\xf6'\n", "'\xc3'\n", "'\xed\xa0\x80'\n", "'\xe2\x82'\n", "'\xf0\x9f\x98'\n", "'\xe2\x82\xf6' + 1\n", "print('\xe4')\nx=1\n",
  "'a' '\xf6'\n", "'\xf6' 'a'\n", "'\\N{\xf6}'\n", "'\\x\xf6'\n", "'\\x' '\xf6'\n", "'\xf6' '\\x'\n", "f'\xf6'\n", "f'{x}\xf6'\n", "rf'{x}\xf6'\n",
  "f'{x:\xf6}'\n", 'x = "a" \\\n "\xf6"\n', '"\xf6" $\n', "'\xf6' ? \n", '"\xf6" (\n', '1 +\n"\xf6"\n',
  // names decode them: "(unicode error)" where the tokenizer stands
  '\xf6\n', 'x\xf6 = 1\n', 'x = \xf6\n', '\xf6abc = 1\n', '\xe2\x82\xac\xf6 = 1\n', 'a\xe2\x82\xac\xf6 = 1\n', '(\xf6)\n', 'x = (1,\n\xf6\n',
  'def f(\xf6): pass\n', 'x.\xf6\n', 'import \xf6\n', 'x = 1 \xf6 2\n', '\xc0\x80 = 1\n', '\xed\xa0\x80 = 1\n', '\xf4\x90\x80\x80 = 1\n',
  '\xf0\x9f\x98 = 1\n', 'x\xe2\x82 = 1\n', '\xe2\x82 $\n', '(\xe2\x82\n', '1\xf6\n', '0x1\xf6\n', '1.5\xf6\n', '\xf6\\\n', 'f"{\xf6}"\n',
  'f"{x}{y:{\xf6}}"\n', 'x = f"{a + \xf6}"\n', '\xef\xbb\xbf\xf6\n', '# coding: utf_8\n\xf6\n', '\xef\xbb\xbfx = "\xe2\x82\xf6" + +\n',
  // tokenizer errors count the line decoded with "replace"; parser errors count bytes
  '"\xe2\x82" 1_a\n', '"\xf6" 1_a\n', '\xef\xbb\xbf"\xe2\x82" 1_a\n', 'x = "\xe2\x82" \\ x\n', "'''\xf6\n", "'\xf6\n", '\\\xf6\n',
  'if 1:\n  x\n \xf6\n', 'if 1:\n  x\n \xc3\xa9 = 1\n', '\xc3\xa9 = 1 \\ x\n', '\xef\xbb\xbf\xc3\xa9 = 1 \\ x\n', '\xc3\xa9 = 1 + \\',
  "'\xc3\xa9' +\n", "'\xc3\xa9' 1 2\n", "\xef\xbb\xbf'\xc3\xa9' 1 2\n", "# coding: latin-1\n'\xe9' 1 2\n",
  // a number followed by a non-ASCII name character ends there
  '1\xc3\xa9\n', '0x1\xc3\xa9\n', '1j\xc3\xa9\n', '1\xe2\x82\xac\n',
  // declarations: line 1, line 2 after a comment or blank line, not after code; BOMs
  '# coding: latin-1\nx = "\xe9\xff"\n', '#!/usr/bin/python\n# -*- coding: latin-1 -*-\nx = "\xe9"\n', '\n# coding: latin-1\nx = "\xe9"\n',
  '  \n# coding: latin-1\nx = "\xe9"\n', 'x = 1\n# coding: latin-1\nx = "\xe9"\n', '# coding: latin-1\r\nx = "\xe9"\r\n', '\x0c# coding: latin-1\nx="\xe9"\n',
  '# vim: set fileencoding=latin-1 :\nx="\xe9"\n', '# coding=latin-1\nx="\xe9"\n', '#coding:latin1\nx="\xe9"\n', '# coding: latin-1\n# coding: ascii\nx="\xe9"\n',
  '# coding: latin-1\n\xe9 = 1\n', '# coding: latin-1\nx = "\x80\x9f\xff"\n', '# coding: ISO-8859-1\nx = "\x85"\n', '# coding: l1\nx = "\x85"\n',
  '# coding: cp1252\nx = "\x80\x9f\xff"\n', '# coding: cp1252\nx = "\x80\x81"\n', '#!python\n# coding: windows-1252\n\n\nx = "\x8d"\n',
  '# coding: ascii\nx = 1\n', '# coding: ascii\nx = "\xc3\xa9"\n', '# coding: ascii\n# \xc3\xa9\n', '# coding: us-ascii\nx = "\x80"\n',
  '# coding: utf8\nx = "\xf6"\n', '# coding: UTF-8\nx = "\xf6"\n', '# coding: utf-8-sig\nx = 1\n', '# coding: u8\nx = "\xc3\xa9\xe2\x82"\n',
  '# coding: bogus\n', '\n# coding: bogus\n', '# coding: cp-1252\n', '# coding: latin-1\nx = "\xe9" +\n', '# coding: iso_8859_15\nx="\xa4"\n',
  '# coding: koi8-r\nx = "\xc1"\n', '# coding: euc-jp\nx = "\xa4\xa2"\n', '# coding: shift_jis\nx = "\x82\xa0"\n',
  '# coding: cp1250\nx = "\x81"\n', '# coding: cp1253\nx = "\xaa\x81"\n', '# coding: latin9\nx = "\xa4"\n', '# coding: cp1252\n\x80 = 1\n',
  '# coding: shift_jis\nx = "\x82 "\n', '# coding: shift_jis\nx = "\x80"\n', '# coding: euc-jp\nx = "\xa4A"\n', '# coding: gbk\nx = "\x810"\n',
  '\xef\xbb\xbf# coding: latin-1\nx = 1\n', '\xef\xbb\xbf# coding: utf-8\nx = 1\n', '\xef\xbb\xbf# coding: utf_8\nx = 1\n', '\xef\xbb\xbf# coding: utf8\nx = 1\n',
  '\xef\xbb\xbf\n# coding: latin-1\nx = 1\n', '\xef\xbb\xbfx = "\xf6"\n', '\xef\xbb\xbfx = "\xc3\xa9"\n',
];

test('hand-written sources decode, parse and fail as in CPython 3.11', () => {
  const { mismatches } = compareSources(HAND_WRITTEN.map(bytesOf));
  assert.deepEqual(mismatches, []);
});

// ------------------------------------------------------------------ generated sources
const r = new Random(Number(process.env.PYC_LITERALS_SEED ?? 263));

const BAD_BYTES = ['\x80', '\xbf', '\xc0', '\xc1\x80', '\xc3', '\xe2\x82', '\xe0\x80\x80', '\xed\xa0\x80', '\xf0\x9f\x98', '\xf4\x90\x80\x80',
  '\xf5', '\xfe\xff', '\xf6', '\xe9', '\x85', '\x8d'];
const GOOD_CHARS = ['\xc3\xa9', '\xe2\x82\xac', '\xf0\x9f\x98\x80', '\xe4\xb8\xad'];
const ASCII_TEXT = ['a', 'x', ' ', '1', '_'];
const HEADERS = ['', '', '', '\xef\xbb\xbf', '# coding: utf-8\n', '#!python\n# -*- coding: latin-1 -*-\n', '# coding: cp1252\n', '# coding: ascii\n',
  '# coding: utf8\n', '\n# coding: latin-1\n', 'x = 0\n# coding: latin-1\n', '\xef\xbb\xbf# coding: utf-8\n'];
// Suffixes that make the line fail before or after its undecodable bytes. (A backslash before
// a character and '$' are left out: they reach error paths with problems of their own.)
const SUFFIXES = ['', '', '', ' 1_a', ' +', ' 1 2', ')'];

function nonAscii(): string {
  return r.chance(0.6) ? r.pick(BAD_BYTES) : r.pick(GOOD_CHARS);
}

function stuff(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += r.chance(0.5) ? nonAscii() : r.pick(ASCII_TEXT);
  return s;
}

function stringToken(): string {
  const prefix = r.pick(['', '', 'r', 'u', 'b', 'f', 'rb', 'fr']);
  const quote = r.pick(["'", '"', "'''"]);
  let body = '';
  for (let n = r.int(0, 5); n > 0; n--) {
    const k = r.next();
    body += k < 0.5 ? nonAscii() : k < 0.7 ? r.pick(ASCII_TEXT) : k < 0.85 ? r.pick(['\\n', '\\x41', '\\N{EM DASH}', '\\']) : prefix.includes('f') ? '{x}' : 'q';
  }
  if (body.endsWith('\\')) body += 'z';
  return prefix + quote + body + quote;
}

function line(): string {
  switch (r.int(0, 5)) {
    case 0:
      return `x = 1  # ${stuff(r.int(1, 4))}`;
    case 1:
      return `${r.pick(['', 'x = ', 'y = (1,\n  '])}${stringToken()}${r.chance(0.3) ? ' ' + stringToken() : ''}`;
    case 2:
      return `${r.pick(['', 'a', 'x.'])}${stuff(r.int(1, 3))}${r.pick(['', ' = 1', '()'])}`;
    case 3:
      return `${r.pick(['1', '0x1', '1.5', 'x + 1'])}${nonAscii()}`;
    case 4:
      return `${r.pick(['if 1:\n    x\n', 'def f():\n  ', 'x = [\n'])}${stuff(r.int(1, 3))}`;
    default:
      return `${r.pick(['print', 'x = f'])}(${stringToken()})`;
  }
}

function source(): Uint8Array {
  let text = r.pick(HEADERS);
  for (let n = r.int(1, 3); n > 0; n--) text += line() + r.pick(SUFFIXES) + r.pick(['\n', '\n', '\r\n']);
  return bytesOf(text);
}

test('generated sources with bytes that are not UTF-8 match CPython 3.11', () => {
  const sources = Array.from({ length: cases(1500) }, source);
  const { mismatches, errors, skipped } = compareSources(sources);
  console.log(`decode: ${sources.length} generated sources compared, ${errors} errors, ${skipped} UnicodeDecodeErrors not reproduced, ${mismatches.length} mismatches`);
  if (process.env.PYC_SHOW_ALL) for (const m of mismatches) console.log(m);
  assert.deepEqual(mismatches.slice(0, 5), []);
});

test('decodeSource: text, encoding, and whether CPython\'s tokenizer knows the encoding', () => {
  const texts = python<(string | null)[]>(
    String.raw`
import json, sys
out = []
for h in json.load(sys.stdin):
    b = bytes.fromhex(h)
    enc = 'latin-1' if b'latin-1' in b else 'cp1252' if b'cp1252' in b else 'utf-8'
    try: out.append(b.decode(enc).replace('\r\n', '\n').lstrip('\ufeff'))
    except UnicodeDecodeError: out.append(None)
print(json.dumps(out))`,
    ['# coding: latin-1\nx = "\x80\xe9\xff"\r\n', '# coding: cp1252\nx = "\x80\x9f"\n', '\xef\xbb\xbfx = "\xc3\xa9"\n', 'x = "\xc3\xa9"\r\n'].map((s) => hex(bytesOf(s))),
  );
  const decoded = ['# coding: latin-1\nx = "\x80\xe9\xff"\r\n', '# coding: cp1252\nx = "\x80\x9f"\n', '\xef\xbb\xbfx = "\xc3\xa9"\n', 'x = "\xc3\xa9"\r\n'].map((s) =>
    decodeSource(bytesOf(s)),
  );
  assert.deepEqual(decoded.map((d) => d.text), texts);
  assert.deepEqual(decoded.map((d) => d.encoding), ['iso-8859-1', 'cp1252', 'utf-8', 'utf-8']);
  assert.deepEqual(decoded.map((d) => d.knowsEncoding), [true, true, true, false]);
  const escaped = decodeSource(bytesOf('# \xf6\xe2\x82\nx = 1\n'));
  assert.equal(escaped.text, '# \udcf6\udce2\udc82\nx = 1\n');
  assert.equal(escaped.hasUndecodableBytes, true);
});
