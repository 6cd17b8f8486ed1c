// `npm test`'s share of the stdlib symbol table comparison (the whole run is stdlib-run.ts):
// a fixed slice on CPython's ASTs (fast, symbol table only), and a smaller one through pyc's
// own parser (the real pipeline).

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { stdlibSlice } from '../conformance/corpus.js';
import { compareFiles, summarize, type AstSource } from './stdlib-compare.js';

function checkSlice(step: number, astSource: AstSource): void {
  const summary = summarize(compareFiles(stdlibSlice(step), astSource));
  const bad = summary.comparisons.filter((c) => c.verdict !== 'identical' && c.verdict !== 'cpython-parse-fails');
  for (const b of bad.slice(0, 10)) console.log(`${b.verdict}: ${b.file}\n${b.detail ?? ''}`);
  console.log(`symtable slice (${astSource} AST, every ${step}th file): ${summary.counts.identical}/${summary.total} identical`);
  assert.deepEqual(bad.map((b) => `${b.verdict}: ${b.file}`), []);
}

test('symbol tables identical to CPython on every 8th stdlib file (CPython ASTs)', () => checkSlice(8, 'cpython'));

test('symbol tables identical to CPython on every 180th stdlib file (pyc parser)', () => checkSlice(180, 'pyc'));
