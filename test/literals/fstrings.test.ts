// f-strings and implicit concatenation against CPython 3.11: JoinedStr trees with every
// position, and the f-string errors with their message and location.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { compareWithPython } from './support/compare.js';
import { Random } from './support/random.js';
import { cases } from './support/scale.js';

/** Hand-written cases: each quirk of 3.11's string_parser.c found while porting it. */
export const FSTRING_CASES: string[] = [
  // shapes
  "f''", "'' f''", "f'a'", "f'{x}'", "f'a{x}b'", "f'{x}{y}'", "f'{{}}'", "f'{{x}}'", "f'a{{b{c}d}}e'", "f'{x!r}'", "f'{x!s}'", "f'{x!a}'",
  "f'{x:>10}'", "f'{x:}'", "f'{x!r:}'", "f'{x:{w}}'", "f'{x:>{w}.{p}f}'", "f'{x:a{w}b}'", "f'a{x:a{w}b}c'", "f'{x!r:{y}x}'", "f'{x:{y}}' 'tail'",
  "f'{x=}'", "f'{x = }'", "f'{x=!s}'", "f'{x=:>4}'", "f'{x = !s:>4}'", "f'{x=!r:^20}'", "f'{ x = }'", "f'{x=}{y=}'", "f'{3!=4}'", "f'{3!=4!r}'",
  "f'{a<b}'", "f'{a>b}'", "f'{a<=b}'", "f'{a>=b}'", "f'{a==b}'", "f'{a==b=}'", "f'{a:b:c}'", "f'{a:{b}c{d}}'",
  // expressions
  "f'{a, b}'", "f'{a,}'", "f'{(a, b)}'", "f'{ x }'", "f'{\tx}'", "f'{x.y.z}'", "f'{f(x, y=1)}'", "f'{a[1]}'", "f'{d[\"k\"]}'", "f'{ {\"a\": 1}[\"a\"] }'",
  "f'{[1, 2]}'", "f'{-x}'", "f'{x + y * 2}'", "f'{1}'", "f'{1.5}'", "f'{3j}'", "f'{True}'", "f'{None}'", "f'{\"a\" \"b\"}'",
  // nested strings and f-strings
  "f'{\"a\"}'", "f\"{'a'}\"", "f'''{\"a\"}'''", "f'{f\"{x}\"}'", "f'{f\"{x!r:>{w}}\"}'", "f'''{f\"\"\"{x}\"\"\"}'''", "f'{\"\"\"a\"\"\"}'",
  // positions: concatenation, multi-line, non-ASCII
  "'a' f'{x}' 'b' f'{y}'", "u'a' f'{x}'", "u'' f'{x:a{y}}'", "f'{x}' u'a'", "x = f'{y}'", "é = f'{y}'", "f'é{x}'", "f'€{x}€{y:€{z}}'", "f'{x}' f'é{y}'",
  "x = f'''ab\ncd{e}'''", "f'''{\n  e}'''", "f'''{\ne}'''", "f'''a\n{b}\n{c:{d}}'''", "(1,\n f'a' f'''b\n{x}''' f'{y}')", "f'''{x\n+\ny}'''",
  "f'''{\"\"\"a\nb\"\"\".x + y}'''", "f'''{f\"\"\"{x}\n\"\"\"}'''", "f'''{f\"\"\"{x}\n\"\"\" + f\"\"\"{y}\"\"\"}'''",
  "f'''{f\"\"\"{x}\"\"\" + f\"\"\"{y}\n{z}\"\"\"}'''", "f'''{f'{x}' + f\"\"\"\n{y}\"\"\"}'''", "x = (f'{a}'\n     f'{b}')",
  "f'''{\n\n  a}'''", "f'''x{  \n a}'''", "f'''\n{a:{b}\n}'''",
  // escapes in literal parts
  "f'\\n{x}\\t'", "f'\\{6}'", "f'\\N{DIGIT ONE}{x}'", "f'\\N{LEFT CURLY BRACKET}{x}\\N{RIGHT CURLY BRACKET}'", "rf'\\n{x}'", "fr'\\{x}'", "Rf'{x}\\N'",
  "f'\\x41{x}\\u00e9'", "f'{x}\\\n{y}'", "f'\\\\{x}'", "f'\\{{x}}'",
  // errors
  "f'{}'", "f'{ }'", "x = f'{}' + 1", "f'{ }'  # c", "f'{x!z}'", "f'{x'", "f'}'", "f'{#}'", "f'{\\n}'", "f'{a)}'", "f'{x!}'", "f'{x=!}'",
  "f'{x:'", "f'{x!r'", "f'{ !r}'", "f'{=}'", "f'{:}'", "f'{x}}'", "f'{a[}'", "f'{a(]}'", "f'{\"a}'", "f'{a!r=}'", "f'{a!rr}'", "f'{a=b}'",
  "f'{a:{{b}}'", "f'{a:}}'", "f'{x:{y:{z}}}'", "f'{a = b}'", "f'{(}'", "f'{)}'", "f'{a\"}'", "f'{x!'", "f'{x='", "f'{x:{y'", "f'{x:{'",
  "f'{a b}'", "f'{a b}' 'x'", "(f'{a b}'\n)", "f'''\n{a b}'''", "f'''\n  {a b}'''", "f'''{\n\na b}'''", "f'{é b}'", "f'{a+é b}'", "é=f'{a b}'",
  "xx=f'''{a +\nb c}'''", "f'{a $ b}'", "f'{a.}'", "f'{ a b }'", "f'{\t a b }'", "f'{x!r:{a b}}'", "f'{x:{a b}}'", "f'a{{b{x y}'",
  "x = (1,\n  f'''ab\ncd{e f}''')", "x = (1,\n  f'''ab\ncd{\ne f}''')", "f'{f\"{}\"}'", "f'{f\"{a b}\"}'", "f'{a€}'", "f'{a €}'", "f'''{a\n€}'''",
  "'a' f'{}'", "f'{x}' f'{}'", "f'{x}' b'y'", "b'y' f'{x}'", "f'\\x'", "f'{x}\\x'", "f'é{x}\\x'", "f'\\N{nope}{x}'", "f'\\N{x'", "f'\\N}'",
  "f'{x' + 'y}'", "f'{\"\"\"x}'", "f'{(' + 'x'",
  // multi-line string tokens at the start of an error or node, bytes inside fields
  "x = f'''{\"\"\"a\nb\"\"\" c}'''", "f'''{(\n\"\"\"b\nc\"\"\" d)}'''", "f'''{\"\"\"a\nb\"\"\" + f\"{x y}\"}'''", "f'{b\"é\"}'", "x = f'{a:{b\"é\"}}'",
  "rf'\\N{x}'", "f'{x}' rb'y'",
  // errors raised two parsers deep keep the columns of the innermost, on file lines
  "f'{f\"{a€}\"}'", "f'''\n{f\"{a€}\"}'''", "x = f'''{\nf\"{x y}\"}'''", "f'''\n  {f\"{x y}\"}'''", "f'{f\"{f'{x}'}\"}'",
  // more nesting
  "f'{x:{y!r}}'", "f'{x:{y=}}'", "f'{x:{y:>3}}'", "f'{f\"{x:{y}}\"}'", "f'{x!r:{\"a\"}}'",
];

test('f-strings and concatenations match CPython 3.11 (trees and errors)', () => {
  const { compared, errors, mismatches } = compareWithPython(FSTRING_CASES);
  console.log(`f-strings: ${compared} hand-written sources compared (${errors} errors)`);
  assert.deepEqual(mismatches, []);
});

// Generated f-strings: literal text (escapes, non-ASCII, doubled braces), replacement fields
// with conversions, `=`, nested format specs and nested strings, over single- and
// triple-quoted, raw and plain tokens, concatenated with plain strings.

const r = new Random(Number(process.env.PYC_LITERALS_SEED ?? 311));

/** Quotes an expression inside this token may still use (3.11 cannot reuse the token's). */
function innerQuotes(quote: string, available: string[]): string[] {
  return available.filter((q) => !q.includes(quote[0]!) && (quote.length === 3 || q.length === 1));
}

function expression(quotes: string[], depth: number, multiline: boolean): string {
  const atom = (): string => {
    const k = r.int(0, 9);
    if (k <= 2) return r.pick(['a', 'b', 'x', 'é', 'value', 'True', 'None']);
    if (k === 3) return r.pick(['1', '2.5', '3j', '0x1f', '1_000']);
    if (k === 4 && quotes.length > 0) {
      const q = r.pick(quotes);
      return r.pick(['', 'r', 'b', 'u']) + q + r.pick(['s', 'é', ' ', '{x}', 'a\tb']) + q;
    }
    if (k === 5 && quotes.length > 0 && depth < 1) {
      const q = r.pick(quotes);
      return r.pick(['f', 'rf', 'F']) + q + fstringBody(q, innerQuotes(q, quotes), depth + 1, false, false) + q;
    }
    if (k === 6) return '(' + expression(quotes, depth, multiline) + ')';
    if (k === 7) return '[' + atom() + ', ' + atom() + ']';
    if (k === 8 && quotes.length > 0) {
      const q = r.pick(quotes);
      return '{' + q + 'k' + q + ': 1}';
    }
    return 'a';
  };
  const primary = (): string => {
    let e = atom();
    // "1.y" would be a tokenizer error ("invalid decimal literal"), not an attribute.
    while (!/^[0-9]/.test(e) && r.chance(0.25)) e += r.pick(['.y', '(x, k=1)', '()', '[0]']);
    return e;
  };
  const nl = (): string => (multiline && r.chance(0.2) ? '\n' : ' ');
  let e = primary();
  if (r.chance(0.3)) e += nl() + r.pick(['+', '-', '*', '!=', '==', '<', '>=', '%']) + nl() + primary();
  if (r.chance(0.1)) e = e + ', ' + primary();
  return e;
}

function field(quotes: string[], depth: number, multiline: boolean, spec: boolean): string {
  const pad = (): string => r.pick(['', '', '', ' ', '\t', ...(multiline ? ['\n', '\n  '] : [])]);
  let f = '{' + pad() + expression(quotes, depth, multiline) + pad();
  if (r.chance(0.15)) f += r.pick(['=', ' = ', '= ']);
  if (r.chance(0.3)) f += r.pick(['!r', '!s', '!a']);
  if (r.chance(0.35)) {
    f += ':';
    const parts = r.int(0, 3);
    for (let i = 0; i < parts; i++) f += r.chance(0.5) || spec ? r.pick(['>10', '.2f', 'x', '^', '€', '#']) : field(quotes, depth, false, true);
  }
  return f + '}';
}

function fstringBody(quote: string, quotes: string[], depth: number, raw: boolean, multiline: boolean): string {
  let out = '';
  const n = r.int(0, 5);
  for (let i = 0; i < n; i++) {
    const k = r.next();
    if (k < 0.4) out += field(quotes, depth, multiline, false);
    else if (k < 0.7) out += r.pick(['a', ' ', 'é', '😀', '{{', '}}', 'x=', '!r', ':', ...(multiline ? ['\n', 'b\n'] : [])]);
    else if (k < 0.9) out += raw ? r.pick(['\\d', '\\n']) : r.pick(['\\n', '\\t', '\\\\', '\\N{EM DASH}', '\\x41', '\\u00e9', '\\{', '\\N{LEFT CURLY BRACKET}']);
    else out += r.pick(['{}', '{ }', '{x!z}', '}', '{#}', '{a)}', '{x!}', '{(}', '{x:{y:{z}}}', '{=}', '{a!r=}', '{\\n}', '{a.}', '{a $}', '{é b}', '{f(a b)}']);
  }
  // The body must not end in a way that closes or escapes the token's quote early.
  if (out.endsWith('\\') || out.endsWith(quote[0]!)) out += 'z';
  return out;
}

function fstringToken(): string {
  const quote = r.pick(["'", '"', "'''", '"""']);
  const prefix = r.pick(['f', 'f', 'F', 'rf', 'fr', 'Rf', 'fR']);
  const quotes = innerQuotes(quote, ["'", '"', "'''", '"""']);
  return prefix + quote + fstringBody(quote, quotes, 0, /r/i.test(prefix), quote.length === 3) + quote;
}

function fstringStatement(): string {
  const tokens = [r.chance(0.15) ? r.pick(["u'u'", "'s'", '""', "U'x'"]) : fstringToken()];
  while (r.chance(0.25)) tokens.push(r.chance(0.7) ? fstringToken() : r.pick(["'tail'", "u'u'", "'é'", "''", "'\\x41'"]));
  const lead = r.pick(['', '', 'x = ', 'é = ', 'x = (1,\n  ']);
  return lead + tokens.join(' ') + (lead.endsWith('\n  ') ? ')' : '');
}

test('generated f-strings match CPython 3.11 (trees and errors)', () => {
  const sources: string[] = [];
  for (let i = 0; i < cases(4000); i++) sources.push(fstringStatement());
  const { compared, errors, mismatches } = compareWithPython(sources);
  console.log(`f-strings: ${compared} generated sources compared (${errors} errors)`);
  assert.deepEqual(mismatches.slice(0, 5), []);
});
