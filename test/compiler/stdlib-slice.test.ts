// `npm test`'s share of the compiler conformance run: a fixed slice of the stdlib compiled by
// pyc and by python3, code objects compared field by field. Its count is in the ratchet; the
// whole stdlib is `node dist/test/compiler/stdlib-run.js`.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { stdlibSlice } from '../conformance/corpus.js';
import { checkRatchet, readRatchet } from '../conformance/ratchet.js';
import { check } from './differential.js';
import { CodeOracle } from './oracle.js';

const SLICE_STEP = 100;
const oracle = new CodeOracle();
after(() => oracle.close());

test(`code objects identical to CPython on every ${SLICE_STEP}th stdlib file`, async () => {
  const files = stdlibSlice(SLICE_STEP);
  let identical = 0;
  let internal = 0;
  for (const file of files) {
    const r = await check(oracle, file, undefined, false);
    if (r.verdict === 'identical' || r.verdict === 'error-identical') identical++;
    else console.log(`${r.verdict}: ${file}\n${r.detail ?? ''}`);
    if (r.verdict === 'internal-error') internal++;
  }
  console.log(`compiler slice: ${identical}/${files.length} identical`);
  assert.equal(internal, 0, 'pyc threw a JavaScript error');
  assert.deepEqual(checkRatchet(readRatchet(), { 'compile.stdlibSlice.identical': identical }), []);
});
