// pyc's disassembler against CPython's dis, snippet by snippet: CPython compiles each snippet and
// writes its .pyc; `dis.dis(marshal.loads(data[16:]))` must equal pyc's disassembly of that .pyc,
// and `dis.dis(compile(...))` must equal pyc's disassembly of its own compilation.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { frozensetOrder, hashSecretFromSeed, lineRanges, parseExceptionTable, pyHash, unpackOpargs, type HashSecret } from '../../src/dis/index.js';
import { PyBytes, PyComplex, PyFrozenSet, PyTuple, type PyConstant } from '../../src/values/index.js';
import { compareFile, oracleHashes } from './compare.js';
import { DisOracle } from './oracle.js';
import { DIS_SNIPPETS } from './snippets.js';

const tmp = mkdtempSync(join(tmpdir(), 'pyc-dis-test-'));
const oracle = new DisOracle();
let secret: HashSecret;
before(async () => {
  secret = await oracleHashes(oracle);
});
after(() => {
  oracle.close();
  rmSync(tmp, { recursive: true, force: true });
});

let n = 0;
for (const [name, source] of Object.entries(DIS_SNIPPETS)) {
  test(`dis of ${name}: .pyc and .py input`, async () => {
    const r = await compareFile(oracle, secret, `${name}.py`, tmp, n++, true, source);
    assert.ok(!r.rejected, r.detail);
    assert.equal(r.pyc, 'same', r.detail);
    assert.equal(r.src, 'same', r.detail);
  });
}

test('hash() of constants equals CPython 3.11 under PYTHONHASHSEED', () => {
  const values: [string, PyConstant][] = [
    ["'abc'", 'abc'], ["''", ''], ["'é'", 'é'], ["'中文'", '中文'], ["'😀x'", '😀x'], ["'\\ud800'", '\ud800'],
    ["b'abc'", new PyBytes(Uint8Array.of(97, 98, 99))], ['-1', -1n], ['2**61', 2n ** 61n], ['-(2**70)', -(2n ** 70n)],
    ['1.5', 1.5], ['-0.0', -0], ['1e300', 1e300], ['5e-324', 5e-324], ["float('-inf')", -Infinity],
    ['True', true], ['(1, "a", ())', new PyTuple([1n, 'a', new PyTuple([])])], ['2+3j', new PyComplex(2, 3)], ['-1j', new PyComplex(-0, -1)],
    ['frozenset({1, "a"})', new PyFrozenSet([1n, 'a'])],
  ];
  for (const seed of [0, 1, 4242]) {
    const expected = execFileSync('python3', ['-c', `for v in [${values.map((v) => v[0]).join(', ')}]: print(hash(v))`], {
      encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: String(seed) },
    }).trim().split('\n');
    const s = hashSecretFromSeed(seed);
    values.forEach(([text, v], i) => assert.equal(String(pyHash(v, s)), expected[i], `hash(${text}) with seed ${seed}`));
  }
});

test('frozenset order equals CPython iteration order, across table growth', () => {
  const items: PyConstant[] = [...Array.from({ length: 40 }, (_, i) => BigInt(i * 37 - 300)), ...Array.from({ length: 30 }, (_, i) => `s${i * 7}`)];
  const expected = execFileSync('python3', ['-c', `import sys\nfor v in frozenset([int(a) if a.lstrip('-').isdigit() else a for a in sys.argv[1:]]): print(v)`, ...items.map(String)], {
    encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '7' },
  }).trim().split('\n');
  assert.deepEqual(frozensetOrder(items, hashSecretFromSeed(7))!.map(String), expected);
});

test('EXTENDED_ARG folds into the next argument and wraps as a C int', () => {
  const code = Uint8Array.of(144, 0xff, 144, 0xff, 144, 0xff, 144, 0xff, 100, 0xfe, 1, 0);
  const raw = unpackOpargs(code);
  assert.deepEqual(raw.map((r) => r.arg), [255, 65535, 16777215, -1, -2, null]);
});

test('location and exception tables: ranges, no-location entries, truncated entries', () => {
  // One-line form (+1 line) over 2 units, no-location over 1, long form (-1 line) over 1.
  const table = Uint8Array.of(0x80 | (11 << 3) | 1, 0, 4, 0x80 | (15 << 3) | 0, 0x80 | (14 << 3) | 0, 3, 0, 0, 0);
  assert.deepEqual(lineRanges(table, 10), [
    { start: 0, end: 4, line: 11 },
    { start: 4, end: 6, line: null },
    { start: 6, end: 8, line: 10 },
  ]);
  // start 1, length 2, target 70 (two groups), depth 1 + lasti; then half an entry.
  assert.deepEqual(parseExceptionTable(Uint8Array.of(0x81, 2, 0x41, 6, 3, 0x85)), [{ start: 2, end: 6, target: 140, depth: 1, lasti: true }]);
});
