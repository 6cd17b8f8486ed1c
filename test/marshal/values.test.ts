// Differential tests of marshal against CPython: for each value, pyc's dumps must produce the
// bytes of `marshal.dumps(v)` and loads must read CPython's bytes back to the same value.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumps, loads, MarshalError, PY_STOPITERATION, PyDict, PyList, PySet, type MarshalValue } from '../../src/marshal/index.js';
import { PY_ELLIPSIS, PyBytes, PyComplex, PyFrozenSet, PyTuple, pyStr, type PyStr } from '../../src/values/index.js';
import { hex, sameValue, toPython } from './helpers.js';
import { pythonJson } from './python.js';

const t = (...items: MarshalValue[]): PyTuple => new PyTuple(items as never[]);
const b = (...bytes: number[]): PyBytes => new PyBytes(Uint8Array.from(bytes));
const big = (e: number): bigint => 2n ** BigInt(e);
/** A str of these code points; surrogates that pair up give a PyStrCodePoints. */
const cps = (...codePoints: number[]): PyStr => pyStr(codePoints);

const VALUES: MarshalValue[] = [
  null, true, false, PY_ELLIPSIS, PY_STOPITERATION,
  // ints: small-int cache edges, TYPE_INT edges, 15-bit digit edges, big ones
  0n, 1n, -1n, -5n, -6n, 256n, 257n, 1000n, -1000n,
  big(31) - 1n, -big(31), big(31), -big(31) - 1n, big(15) - 1n, big(15), big(30) - 1n, big(30),
  big(45), big(45) - 1n, big(60), -big(60), big(63), -big(63), big(64) + 1n, 10n ** 100n, -(10n ** 100n),
  // floats
  0, -0, 1.5, -2.5, 2, 1e300, -1e-300, 5e-324, Number.MAX_VALUE, Infinity, -Infinity, NaN, 1 / 3, 1e16, 0.1,
  // complex
  new PyComplex(0, 1), new PyComplex(1, 2), new PyComplex(-0, -0), new PyComplex(Infinity, NaN), new PyComplex(1.5, -0),
  // str: every representation marshal chooses
  '', 'a', 'Z', '_', '*', '.', ' ', '\n', '\x7f', 'abc', 'a_b9', 'hello world', 'é', 'ÿ', 'Ā', 'café', '日本語',
  '\ud800', '\udfff', 'x\udc80y', '😀', 'a😀b', '\u0000', 'a'.repeat(255), 'a'.repeat(256), ' '.repeat(255),
  ' '.repeat(256), 'é'.repeat(300), 'x y'.repeat(100),
  // strs whose surrogate code points a JS string would read as one character
  cps(0xd834, 0xdd1e), cps(0x78, 0xd800, 0xdc00, 0x79), cps(0xdbff, 0xdfff, 0xdbff, 0xdfff), cps(0xd800, 0xd800, 0xdc00),
  cps(0xd83d, 0xde00, 0x1f600), t(cps(0xd834, 0xdd1e), cps(0xd834, 0xdd1e), '\u{1d11e}'),
  new PyFrozenSet([cps(0xd834, 0xdd1e), '\u{1d11e}', 'a']), new PyDict([[cps(0xd834, 0xdd1e), 1n], ['\u{1d11e}', 2n]]),
  // bytes
  b(), b(0x78), b(0, 255), b(...Array.from({ length: 1000 }, (_, i) => i & 0xff)),
  // tuples: empty, small, large, nested, with shared constants
  t(), t(1n), t(t(1n, 2n), t(3n, t(4n))), new PyTuple(Array.from({ length: 300 }, (_, i) => BigInt(i))),
  new PyTuple(Array.from({ length: 255 }, () => null)), new PyTuple(Array.from({ length: 256 }, () => null)),
  t(1000n, 1000n), t('a b', 'a b'), t('ab', 'ab'), t(1.5, 1.5), t(-0, 0), t(NaN, NaN), t(b(1, 2), b(1, 2)),
  t(t(1000n, 'x y'), t(1000n, 'x y')), t(new PyComplex(1, 2), new PyComplex(1, 2)), t(1n, 1, true, 1000n, 1000),
  t('é', 'é', 'Ā', 'Ā'), t('', '', b(), b()), t(PY_ELLIPSIS, null, true, false),
  // sets are written sorted by each item's own marshal bytes, whatever order they are given in
  new PyFrozenSet([]), new PyFrozenSet([1n]), new PyFrozenSet(['ab']), new PyFrozenSet([3n, 1n, 2n]),
  new PyFrozenSet(['b', 'a', 'c', 'ab', 'a b']), new PyFrozenSet([1000n, 'a b', 2.5, b(1), -1n, null]),
  new PyFrozenSet([t(1n, 2n), t(1n), t()]), new PySet([300n, 200n, 'x']), t(1000n, new PyFrozenSet([2000n, 1000n])),
  new PyFrozenSet(Array.from({ length: 40 }, (_, i) => `name${(i * 7) % 40}`)),
  // containers marshal supports beyond .pyc contents
  new PyList([]), new PyList([1n, 'a b', new PyList([])]), new PyDict([]), new PyDict([['a', 1n], ['b', new PyList([2n])]]),
  new PySet([]), new PySet([1n, 2n]), t(new PyList([1n]), new PyList([1n])),
];

interface PyResult {
  hex?: string;
  error?: string;
}

const DUMP = `
import json, marshal, sys
out = []
for expr, version in json.load(sys.stdin):
    try:
        v = eval(expr)
        out.append({'hex': marshal.dumps(v, version).hex()})
    except Exception as e:
        out.append({'error': type(e).__name__ + ': ' + str(e)})
print(json.dumps(out))`;

function pythonDumps(cases: [string, number][]): PyResult[] {
  return pythonJson<PyResult[]>(DUMP, cases);
}

test('dumps matches marshal.dumps and loads reads it back, version 4', () => {
  const results = pythonDumps(VALUES.map((v) => [toPython(v), 4]));
  let matched = 0;
  VALUES.forEach((v, i) => {
    const r = results[i]!;
    const label = toPython(v).slice(0, 80);
    assert.ok(r.hex !== undefined, `${label}: ${r.error}`);
    const py = Buffer.from(r.hex, 'hex');
    const back = loads(py);
    assert.ok(sameValue(back, v), `loads(marshal.dumps(${label}))`);
    assert.equal(hex(dumps(back)), r.hex, `dumps(loads(...)) of ${label}`);
    assert.equal(hex(dumps(v)), r.hex, `dumps(${label})`);
    matched++;
  });
  assert.equal(matched, VALUES.length);
});

test('dumps matches marshal.dumps for versions 0 to 3', () => {
  const cases: [MarshalValue, number][] = [];
  for (const version of [0, 1, 2, 3]) {
    for (const v of VALUES) if (v !== PY_STOPITERATION) cases.push([v, version]);
  }
  const results = pythonDumps(cases.map(([v, version]) => [toPython(v), version]));
  cases.forEach(([v, version], i) => {
    const r = results[i]!;
    const label = `${toPython(v).slice(0, 60)} (version ${version})`;
    assert.ok(r.hex !== undefined, `${label}: ${r.error}`);
    assert.equal(hex(dumps(v, { version })), r.hex, label);
    assert.ok(sameValue(loads(Buffer.from(r.hex, 'hex')), v), `loads of ${label}`);
  });
});

test('float text of versions 0 and 1 rounds like repr-free %.17g', () => {
  // Exact ties at the 17th digit round half to even in CPython's dtoa.
  const floats = [1000000000000000.25, 0.1, 1e22, 1.7976931348623157e308, 5e-324, 123456789012345680, 1e-5, 2.5e-5, 0.3];
  const results = pythonDumps(floats.map((x) => [toPython(x), 1]));
  floats.forEach((x, i) => assert.equal(hex(dumps(x, { version: 1 })), results[i]!.hex, String(x)));
});

test('sharedRoot: false matches marshal.dumps of a temporary', () => {
  const r = pythonJson<string[]>(
    `import json, marshal, sys
print(json.dumps([marshal.dumps(eval(e)).hex() if False else marshal.dumps(tuple(eval(e))).hex() for e in json.load(sys.stdin)]))`,
    ['[1000, 2000]', "['a b']"],
  );
  assert.equal(hex(dumps(t(1000n, 2000n), { sharedRoot: false })), r[0]);
  assert.equal(hex(dumps(t('a b'), { sharedRoot: false })), r[1]);
});

const BAD: string[] = [
  '', '69 01', '3f', '72 00 00 00 00', '6c 01 00 00 00 00 80', '6c 01 00 00 00 00 00', '28 01 00 00 00 30',
  '29 01 30', '30', '5b 01 00 00 00 30', '3c 01 00 00 00 30', '73 ff ff ff ff', '75 02 00 00 00 ff fe',
  'be 01 00 00 00 72 00 00 00 00', '7b 5b 00 00 00 00 4e 30', '66 03 61 62 63', '67 00', '28 ff ff ff ff',
  'e3' + ' 00'.repeat(20),
];

test('loads rejects bad data with CPython exception types and messages', () => {
  const expected = pythonJson<string[]>(
    `import json, marshal, sys
out = []
for h in json.load(sys.stdin):
    try:
        marshal.loads(bytes.fromhex(h)); out.append('ok')
    except Exception as e:
        out.append(type(e).__name__ + ': ' + str(e))
print(json.dumps(out))`,
    BAD,
  );
  BAD.forEach((h, i) => {
    let got = 'ok';
    try {
      loads(Buffer.from(h.replace(/ /g, ''), 'hex'));
    } catch (e) {
      assert.ok(e instanceof MarshalError, String(e));
      got = `${e.pyType}: ${e.message}`;
    }
    if (h.startsWith('e3')) assert.equal(got.split(':')[0], expected[i]!.split(':')[0], h);
    else assert.equal(got, expected[i], h);
  });
});

test('loads accepts self-referencing tuples and reads shared objects once', () => {
  // (t,) where t refers to itself: CPython registers a tuple before reading its items.
  const v = loads(Buffer.from('a9017200000000', 'hex'));
  assert.ok(v instanceof PyTuple && v.items[0] === v);
  const shared = loads(Buffer.from('29 02 a9 01 e9 e8 03 00 00 72 00 00 00 00'.replace(/ /g, ''), 'hex'));
  assert.ok(shared instanceof PyTuple && shared.items[0] === shared.items[1]);
});
