// parseNumber against CPython on generated NUMBER tokens: every int, float and imaginary
// spelling, long digit strings and extreme exponents (correct rounding, overflow to inf,
// underflow to 0), and the 4300-digit limit of 3.11.7.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { parseNumber } from '../../src/parse/literals/index.js';
import { PySyntaxError } from '../../src/diagnostics/syntax-error.js';
import { runPython } from './support/oracle.js';
import { encodeValue, stableJson } from './support/canonical.js';
import { Random } from './support/random.js';
import { cases } from './support/scale.js';

const r = new Random(Number(process.env.PYC_LITERALS_SEED ?? 3110));

/** Digits with single underscores sprinkled between them, as Python allows. */
function underscored(digits: string): string {
  if (!r.chance(0.3)) return digits;
  let out = digits[0]!;
  for (let i = 1; i < digits.length; i++) out += (r.chance(0.2) ? '_' : '') + digits[i];
  return out;
}

function digitCount(): number {
  const k = r.next();
  return k < 0.6 ? r.int(1, 20) : k < 0.9 ? r.int(15, 40) : r.int(40, 900);
}

function decimalInt(): string {
  if (r.chance(0.05)) return underscored('0'.repeat(r.int(1, 5)));
  return underscored(r.digits(1, '123456789') + r.digits(digitCount() - 1));
}

function radixInt(): string {
  const [prefix, alphabet] = r.pick([
    ['0x', '0123456789abcdefABCDEF'],
    ['0X', '0123456789abcdef'],
    ['0o', '01234567'],
    ['0O', '01234567'],
    ['0b', '01'],
    ['0B', '01'],
  ] as const);
  return prefix + (r.chance(0.2) ? '_' : '') + underscored(r.digits(r.int(1, r.chance(0.2) ? 300 : 30), alphabet));
}

function exponent(): string {
  const k = r.next();
  const size = k < 0.5 ? r.int(0, 30) : k < 0.8 ? r.int(280, 330) : k < 0.95 ? r.int(0, 400) : r.int(400, 100000);
  return r.pick(['e', 'E']) + r.pick(['', '+', '-']) + underscored(String(size));
}

function float(): string {
  const int = (): string => (r.chance(0.1) ? '0'.repeat(r.int(1, 3)) : '') + r.digits(digitCount());
  switch (r.int(0, 4)) {
    case 0:
      return underscored(int()) + '.' + underscored(r.digits(digitCount())) + (r.chance(0.5) ? exponent() : '');
    case 1:
      return underscored(int()) + '.' + (r.chance(0.5) ? exponent() : '');
    case 2:
      return '.' + underscored(r.digits(digitCount())) + (r.chance(0.5) ? exponent() : '');
    case 3:
      return underscored(int()) + exponent();
    default:
      // Halfway and near-halfway cases around powers of two and subnormals.
      return r.pick(['9007199254740993', '9007199254740992.5', '4.9406564584124654e-324', '2.4703282292062327e-324',
        '2.4703282292062328e-324', '2.2250738585072011e-308', '2.2250738585072012e-308', '1.7976931348623157e308',
        '1.7976931348623158e308', '1.7976931348623159e308', '0.1', '0.30000000000000004', '123456789012345678901234567890e-10',
        '1' + '0'.repeat(400) + 'e-400', '0.' + '0'.repeat(330) + '1', '7.0e-10', '1e22', '1e23', '8.41e21'])!;
  }
}

function imaginary(): string {
  const base = r.chance(0.5) ? float() : r.chance(0.2) ? underscored('0' + r.digits(r.int(0, 5))) : decimalInt();
  return base + r.pick(['j', 'J']);
}

function generate(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const k = r.next();
    out.push(k < 0.25 ? decimalInt() : k < 0.4 ? radixInt() : k < 0.85 ? float() : imaginary());
  }
  return out;
}

test('parseNumber agrees with ast.literal_eval on generated tokens', () => {
  const tokens = generate(cases(6000));
  const expected = runPython<unknown[]>('result = [enc_value(ast.literal_eval(t)) for t in data]', tokens);
  const mismatches: string[] = [];
  tokens.forEach((t, i) => {
    const got = stableJson(encodeValue(parseNumber(t)));
    if (got !== stableJson(expected[i])) mismatches.push(`${t}: got ${got}, python ${stableJson(expected[i])}`);
  });
  assert.deepEqual(mismatches.slice(0, 10), []);
  console.log(`numbers: ${tokens.length} tokens compared`);
});

test('decimal ints over 4300 digits are refused as CPython 3.11.7 refuses them', () => {
  const sources = ['1'.repeat(4300), '9'.repeat(4301), '1_'.repeat(4300) + '1', '0'.repeat(5000), '7'.repeat(4301) + 'j', '0x' + 'f'.repeat(5000)];
  const expected = runPython<{ error?: unknown }[]>(
    `result = []
for s in data:
    try:
        compile('x = ' + s, 'f', 'exec'); result.append({})
    except SyntaxError as e:
        result.append({'error': enc_error(e)})`,
    sources,
  );
  sources.forEach((s, i) => {
    let error: unknown;
    try {
      parseNumber(s, 1);
    } catch (e) {
      assert.ok(e instanceof PySyntaxError);
      error = e.info();
    }
    assert.deepEqual(error, expected[i]!.error, s.slice(0, 20));
  });
});
