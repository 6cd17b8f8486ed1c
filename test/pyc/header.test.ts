// .pyc headers, source hashes and cache paths against CPython's importlib.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  cacheFromSource,
  makeHeader,
  packHeader,
  parseHeader,
  PycError,
  sourceFromCache,
  sourceHash,
} from '../../src/pyc/index.js';
import { hex } from '../marshal/helpers.js';
import { pythonJson } from '../marshal/python.js';
import { stdlibDir } from '../marshal/corpus.js';

function inputs(): Uint8Array[] {
  const out: Uint8Array[] = [];
  // Every tail length around the 8-byte blocks, with all byte values represented.
  for (let n = 0; n <= 40; n++) out.push(Uint8Array.from({ length: n }, (_, i) => (i * 37 + n * 11) & 0xff));
  out.push(new TextEncoder().encode('print("hello")\n'), new Uint8Array(255).fill(0xff), new Uint8Array(256));
  let seed = 12345;
  for (let k = 0; k < 20; k++) {
    const n = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 5000;
    out.push(Uint8Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff));
  }
  out.push(readFileSync(join(stdlibDir(), 'pydoc_data', 'topics.py')));
  return out;
}

test('sourceHash equals importlib.util.source_hash', () => {
  const data = inputs();
  const expected = pythonJson<string[]>(
    `import json, sys, importlib.util
print(json.dumps([importlib.util.source_hash(bytes.fromhex(h)).hex() for h in json.load(sys.stdin)]))`,
    data.map(hex),
  );
  data.forEach((d, i) => assert.equal(hex(sourceHash(d)), expected[i], `input ${i} (${d.length} bytes)`));
});

const PATHS = [
  'foo.py', 'a/b.py', '/abs/dir/mod.py', 'foo', '.bashrc', 'x.tar.py', 'dir.d/file', 'a//b.py', '/', 'pkg/__init__.py',
  'é/ü.py', 'a/b/c.pyw', './rel.py', '../up.py', 'trailing/',
];

test('cacheFromSource equals importlib.util.cache_from_source', () => {
  const cases: [string, string | number, string | null][] = [];
  for (const p of PATHS) for (const opt of ['', 1, 2, 'x9']) for (const prefix of [null, '/tmp/pfx', 'rel/pfx/']) cases.push([p, opt, prefix]);
  const expected = pythonJson<string[]>(
    `import json, sys, os, importlib.util
out = []
for path, opt, prefix in json.load(sys.stdin):
    sys.pycache_prefix = prefix
    out.append(importlib.util.cache_from_source(path, optimization=opt))
print(json.dumps(out))`,
    cases,
  );
  cases.forEach(([p, opt, prefix], i) => {
    assert.equal(cacheFromSource(p, { optimization: opt, pycachePrefix: prefix }), expected[i], JSON.stringify(cases[i]));
  });
  assert.throws(() => cacheFromSource('a.py', { optimization: 'no-dash' }), RangeError);
});

test('sourceFromCache equals importlib.util.source_from_cache', () => {
  const cases: [string, string | null][] = [
    ['__pycache__/foo.cpython-311.pyc', null], ['a/b/__pycache__/c.cpython-311.opt-1.pyc', null],
    ['/x/__pycache__/m.cpython-311.opt-2.pyc', null], ['a/foo.cpython-311.pyc', null],
    ['__pycache__/foo.pyc', null], ['__pycache__/a.b.c.d.pyc', null], ['__pycache__/foo.cpython-311.nopt.pyc', null],
    ['__pycache__/foo.cpython-311.opt-.pyc', null], ['/tmp/pfx/abs/dir/mod.cpython-311.pyc', '/tmp/pfx'],
    ['/elsewhere/__pycache__/mod.cpython-311.pyc', '/tmp/pfx/'],
  ];
  const expected = pythonJson<string[]>(
    `import json, sys, importlib.util
out = []
for path, prefix in json.load(sys.stdin):
    sys.pycache_prefix = prefix
    try:
        out.append(importlib.util.source_from_cache(path))
    except ValueError as e:
        out.append('ValueError')
print(json.dumps(out))`,
    cases,
  );
  cases.forEach(([p, prefix], i) => {
    let got: string;
    try {
      got = sourceFromCache(p, { pycachePrefix: prefix });
    } catch (e) {
      assert.ok(e instanceof RangeError);
      got = 'ValueError';
    }
    assert.equal(got, expected[i], p);
  });
});

test('headers pack as py_compile writes them and parse back', () => {
  const src = new TextEncoder().encode('x = 1\n');
  const expected = pythonJson<string[]>(
    `import json, sys, importlib._bootstrap_external as b
src = b'x = 1\\n'
import importlib.util
h = importlib.util.source_hash(src)
print(json.dumps([
    bytes(b._code_to_timestamp_pyc(compile('', '', 'exec'), 1700000000.9, 6)[:16]).hex(),
    bytes(b._code_to_timestamp_pyc(compile('', '', 'exec'), 2**32 + 5, 2**32 + 6)[:16]).hex(),
    bytes(b._code_to_hash_pyc(compile('', '', 'exec'), h, True)[:16]).hex(),
    bytes(b._code_to_hash_pyc(compile('', '', 'exec'), h, False)[:16]).hex(),
]))`,
    null,
  );
  const ts = makeHeader('timestamp', { mtime: 1700000000.9, size: 6 });
  assert.equal(hex(packHeader(ts)), expected[0]);
  assert.equal(hex(packHeader(makeHeader('timestamp', { mtime: 2 ** 32 + 5, size: 2 ** 32 + 6 }))), expected[1]);
  const checked = makeHeader('checked-hash', { mtime: 0, size: 6, bytes: src });
  assert.equal(hex(packHeader(checked)), expected[2]);
  assert.equal(hex(packHeader(makeHeader('unchecked-hash', { mtime: 0, size: 6, bytes: src }))), expected[3]);
  for (const h of [ts, checked]) assert.deepEqual(parseHeader(packHeader(h)), h);
});

test('parseHeader refuses what importlib refuses, with its messages', () => {
  const bad = ['', 'a70d0d', '420d0d0a' + '00'.repeat(12), 'a70d0d0a0000', 'a70d0d0a04000000' + '00'.repeat(8), 'a70d0d0aff000000' + '00'.repeat(8)];
  const expected = pythonJson<string[]>(
    `import json, sys, importlib._bootstrap_external as b
out = []
for h in json.load(sys.stdin):
    try:
        out.append('ok %d' % b._classify_pyc(bytes.fromhex(h), 'mod', {}))
    except (ImportError, EOFError) as e:
        out.append(type(e).__name__ + ': ' + str(e))
print(json.dumps(out))`,
    bad,
  );
  bad.forEach((h, i) => {
    let got = 'ok';
    try {
      parseHeader(Buffer.from(h, 'hex'), 'mod');
    } catch (e) {
      assert.ok(e instanceof PycError);
      got = `${e.pyType}: ${e.message}`;
    }
    assert.equal(got, expected[i], h);
  });
});
