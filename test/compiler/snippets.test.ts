// pyc's code objects for the small programs of snippets.ts (and the compile errors of
// ERROR_SNIPPETS) must be identical to CPython's, field by field.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import * as ast from '../../generated/ast.js';
import { compile, compileModule } from '../../src/compiler/index.js';
import { parseModule, parseText } from '../../src/parse/parser.js';
import { firstDifference } from './compare.js';
import { check } from './differential.js';
import { CodeOracle } from './oracle.js';
import { ERROR_SNIPPETS, MODE_SNIPPETS, OPTIMIZE_SNIPPETS, SNIPPETS } from './snippets.js';

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

for (const { name, mode, source } of MODE_SNIPPETS) {
  test(`code identical in mode '${mode}': ${name}`, async () => {
    const theirs = await oracle.compile(`${name}.py`, source, mode);
    assert.ok('code' in theirs, 'CPython compiles it');
    const mod = mode === 'eval' ? (parseText(source, `${name}.py`, 'Eval') as ast.mod) : ast.Interactive(parseModule(source, `${name}.py`).body);
    const d = firstDifference(compile(mod, `${name}.py`), theirs.code);
    assert.equal(d, null, d ? `${d.path}: ${d.fields.join(', ')}` : '');
  });
}

for (const [name, src] of Object.entries(OPTIMIZE_SNIPPETS)) {
  for (const optimize of [1, 2]) {
    test(`code identical with optimize=${optimize}: ${name}`, async () => {
      const theirs = await oracle.compile(`${name}.py`, src, 'exec', optimize);
      assert.ok('code' in theirs, 'CPython compiles it');
      const d = firstDifference(compileModule(parseModule(src, `${name}.py`), `${name}.py`, { optimize }), theirs.code);
      assert.equal(d, null, d ? `${d.path}: ${d.fields.join(', ')}` : '');
    });
  }
}
