// CPython's own .pyc files, compiled by py_compile in a fresh process each: pyc's marshal must
// read every one and write it back byte for byte. A fixed slice of the stdlib runs here; the
// whole stdlib is `node dist/tools/marshal-stdlib-roundtrip.js`.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { compileFresh, roundTripPyc, stdlibDir } from './corpus.js';

// Chosen for variety: big and small modules, classes defined twice, frozenset constants, big
// ints, complex and float constants, non-ASCII strs, closures, async code, annotations.
const SLICE = [
  'abc.py', 'argparse.py', 'ast.py', 'asyncio/events.py', 'base64.py', 'bisect.py', 'calendar.py',
  'collections/__init__.py', 'colorsys.py', 'csv.py', 'dataclasses.py', 'decimal.py', 'difflib.py',
  'email/mime/audio.py', 'enum.py', 'fractions.py', 'functools.py', 'html/__init__.py', 'inspect.py',
  'json/decoder.py', 'keyword.py', 'locale.py', 'numbers.py', 'opcode.py', 'pathlib.py', 'pickle.py',
  'random.py', 're/_parser.py', 'shlex.py', 'statistics.py', 'string.py', 'textwrap.py', 'tokenize.py',
  'typing.py', 'unittest/mock.py', 'uuid.py', 'zipfile.py', 'test/test_signal.py', 'test/test_dictviews.py',
  'ctypes/test/test_bitfields.py', 'test/test_scope.py', 'test/test_grammar.py', 'test/test_patma.py',
];

test('stdlib .pyc files round-trip byte for byte (fixed slice)', async () => {
  const root = stdlibDir();
  const out = mkdtempSync(join(tmpdir(), 'pyc-marshal-slice-'));
  try {
    const compiled = await compileFresh(SLICE.map((f) => join(root, f)), root, out);
    let identical = 0;
    const failures: string[] = [];
    for (const c of compiled) {
      assert.ok(c.pyc, `CPython could not compile ${c.source}`);
      const r = roundTripPyc(c.pyc);
      if (r.identical) identical++;
      else failures.push(`${c.source}: ${r.detail}`);
    }
    assert.deepEqual(failures, []);
    assert.equal(identical, SLICE.length);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
