// lookupUnicodeName against CPython's `\N{...}`: every character name of Unicode 14.0
// (algorithmic ones included), every alias, and a set of near-misses that must fail
// exactly where CPython's fail (case rules, named sequences, ranges).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { lookupUnicodeName } from '../../src/parse/literals/index.js';
import { PYTHON, runPython } from './support/oracle.js';
import { Random } from './support/random.js';

const GENERATOR = join(fileURLToPath(import.meta.url), '../../../../tools/gen-unicode-names.py');

test('every name and alias resolves to its character', () => {
  const { names, aliases } = runPython<{ names: [number, string][]; aliases: [number, string][] }>(
    `import unicodedata, importlib.util
spec = importlib.util.spec_from_file_location('gen', data)
gen = importlib.util.module_from_spec(spec); spec.loader.exec_module(gen)
names = [(cp, unicodedata.name(chr(cp))) for cp in range(0x110000) if unicodedata.name(chr(cp), None)]
result = {'names': names, 'aliases': gen.alias_names()}`,
    GENERATOR,
  );
  const wrong = [...names, ...aliases].filter(([cp, name]) => lookupUnicodeName(name) !== cp);
  assert.deepEqual(wrong.slice(0, 10), []);
  assert.ok(names.length > 138000 && aliases.length > 400);
  console.log(`unicode names: ${names.length} names and ${aliases.length} aliases resolved`);
});

test('near-miss names fail or succeed exactly as in CPython', () => {
  const r = new Random(14);
  const base = ['LATIN SMALL LETTER A', 'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE HIH', 'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-2A6DF',
    'CJK COMPATIBILITY IDEOGRAPH-F900', 'NUSHU CHARACTER-1B170', 'KHITAN SMALL SCRIPT CHARACTER-18B00', 'BYTE ORDER MARK', 'NULL', 'KEYCAP DIGIT ZERO',
    'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'TANGUT IDEOGRAPH-17000', 'EGYPTIAN HIEROGLYPH A001', 'SPACE', 'LINE FEED', 'LF', 'EM DASH'];
  const mutate = (name: string): string => {
    switch (r.int(0, 7)) {
      case 0: return name.toLowerCase();
      case 1: return name.replace(/[A-Z]/, (c) => c.toLowerCase());
      case 2: return name.slice(0, r.int(0, name.length));
      case 3: return name + r.pick([' ', 'A', '0', '-', 'G']);
      case 4: return ' ' + name;
      case 5: return name.replace(' ', '  ');
      case 6: return name.replace(/[0-9A-F]{4,5}$/, (h) => r.pick(['0' + h, h.toLowerCase(), h.slice(1), (parseInt(h, 16) + r.int(-2, 2)).toString(16).toUpperCase()]));
      default: return 'HANGUL SYLLABLE ' + r.pick(['', 'G', 'GG', 'GGA', 'A', 'AA', 'GAG', 'GAGG', 'GAGS', 'YAE', 'WAEH', 'HIH', 'IEUNG', 'NGA', 'SSYEOLT', 'gA']) + r.pick(['', 'G', 'A']);
    }
  };
  const cases = [...base];
  for (let i = 0; i < 3000; i++) cases.push(mutate(r.pick(base)));
  const expected = runPython<(number | null)[]>(
    `result = []
for n in data:
    try: result.append(ord(eval("'\\\\N{%s}'" % n)))
    except SyntaxError: result.append(None)`,
    cases,
  );
  const wrong = cases.filter((n, i) => (lookupUnicodeName(n) ?? null) !== expected[i]).map((n) => JSON.stringify(n));
  assert.deepEqual(wrong.slice(0, 10), []);
  console.log(`unicode names: ${cases.length} near-miss names compared`);
});

test('generated/unicode-names.txt is what tools/gen-unicode-names.py writes now', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyc-names-'));
  try {
    const fresh = join(dir, 'unicode-names.txt');
    execFileSync(PYTHON, [GENERATOR, fresh], { stdio: 'ignore' });
    const committed = join(GENERATOR, '../../generated/unicode-names.txt');
    assert.ok(readFileSync(fresh).equals(readFileSync(committed)), 'stale: run python3 tools/gen-unicode-names.py');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
