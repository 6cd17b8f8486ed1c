// pyc's code objects for the small programs of snippets.ts (and the compile errors of
// ERROR_SNIPPETS) must be identical to CPython's, field by field.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { check } from './differential.js';
import { CodeOracle } from './oracle.js';
import { ERROR_SNIPPETS, SNIPPETS } from './snippets.js';

const oracle = new CodeOracle();
after(() => oracle.close());

for (const [name, src] of Object.entries(SNIPPETS)) {
  test(`code identical: ${name}`, async () => {
    const r = await check(oracle, `${name}.py`, src);
    assert.equal(r.verdict, 'identical', r.detail);
  });
}

for (const [name, src] of Object.entries(ERROR_SNIPPETS)) {
  test(`compile error identical: ${name}`, async () => {
    const r = await check(oracle, `${name}.py`, src);
    assert.equal(r.verdict, 'error-identical', r.detail);
  });
}
