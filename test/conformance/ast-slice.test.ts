// `npm test`'s share of the AST conformance run: a fixed, spread-out slice of the stdlib
// compared with python3 live. Its count is in the ratchet; the whole corpus is
// `npm run conformance`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runAstComparison } from './ast-run.js';
import { stdlibSlice } from './corpus.js';
import { checkRatchet, readRatchet } from './ratchet.js';

const SLICE_STEP = 25;

test(`AST identical to CPython on every ${SLICE_STEP}th stdlib file`, async () => {
  const files = stdlibSlice(SLICE_STEP);
  const summary = await runAstComparison(files);
  const bad = summary.comparisons.filter((c) => c.verdict !== 'identical');
  for (const b of bad) console.log(`${b.verdict}: ${b.file}\n${b.detail ?? ''}`);
  console.log(`AST slice: ${summary.counts.identical}/${summary.total} identical`);
  assert.equal(summary.counts['internal-error'], 0, 'pyc threw a JavaScript error');
  assert.deepEqual(checkRatchet(readRatchet(), { 'ast.stdlibSlice.identical': summary.counts.identical }), []);
});
