// npm test: the program suite, checked against the ratchet (test/conformance/ratchet.json).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPrograms } from './programs.js';
import { checkRatchet, readRatchet } from '../conformance/ratchet.js';

test('VM programs agree with python3', { timeout: 240_000 }, async (t) => {
  const results = await runPrograms();
  const pyc = results.filter((r) => r.pyc).length;
  const source = results.filter((r) => r.source).length;
  for (const r of results) {
    if (!r.pyc) t.diagnostic(`${r.name} (python3's .pyc): ${r.pycDiff}`);
    if (!r.source) t.diagnostic(`${r.name} (pyc's compiler): ${r.sourceDiff}`);
  }
  t.diagnostic(`passing: ${pyc}/${results.length} on python3's .pyc, ${source}/${results.length} on pyc's compilation`);
  const dropped = checkRatchet(readRatchet(), { 'vm.programs.passing': pyc, 'vm.programs.compiledByPyc.passing': source });
  assert.deepEqual(dropped, []);
});
