// The hand-written cases of cases.ts, each compared with python3: the symbol table (raw flags
// and scopes of every symbol in every block), the code objects compile() derives from it, or
// the error with its position.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { parseModule } from '../../src/parse/parser.js';
import { ERROR_CASES, SCOPE_CASES, type Case } from './cases.js';
import { compareRecords, cpythonCaseRecords, cpythonDoctestSnippets, pycRecord } from './oracle.js';

function compareCases(title: string, cases: readonly Case[], expectErrors: boolean | null): void {
  const expected = cpythonCaseRecords(cases);
  describe(title, () => {
    cases.forEach((c, i) => {
      test(c.name, () => {
        const want = expected[i]!;
        assert.equal(want.parse_error, undefined, `CPython cannot parse this case: ${JSON.stringify(want.parse_error)}`);
        if (expectErrors !== null) assert.equal(want.error !== undefined, expectErrors, `CPython ${want.error ? 'rejects' : 'accepts'} this case`);
        const got = pycRecord(c.name, () => parseModule(c.source, c.name));
        const comparison = compareRecords(got, want);
        assert.equal(comparison.verdict, 'identical', comparison.detail);
      });
    });
  });
}

compareCases('symbol tables identical to CPython', SCOPE_CASES, false);
compareCases('symtable errors identical to CPython', ERROR_CASES, null);

/** CPython test files whose doctest examples exercise scoping and its errors. */
const DOCTEST_FILES = ['test_syntax.py', 'test_generators.py', 'test_genexps.py', 'test_listcomps.py', 'test_setcomps.py', 'test_unpack_ex.py', 'test_descrtut.py'];

test('symbol tables identical to CPython on the doctest examples of its own tests', () => {
  const snippets = cpythonDoctestSnippets(DOCTEST_FILES);
  const expected = cpythonCaseRecords(snippets);
  let compared = 0;
  const bad: string[] = [];
  snippets.forEach((c, i) => {
    const want = expected[i]!;
    if (want.parse_error) return;
    compared++;
    const comparison = compareRecords(pycRecord(c.name, () => parseModule(c.source, c.name)), want);
    if (comparison.verdict !== 'identical') bad.push(`${comparison.verdict}: ${c.name}\n${JSON.stringify(c.source)}\n${comparison.detail ?? ''}`);
  });
  assert.ok(compared > 450, `only ${compared} snippets`);
  assert.deepEqual(bad, []);
});

test('the error cases cover every message of symtable.c and future.c', () => {
  const messages = cpythonCaseRecords(ERROR_CASES, false).flatMap((r) => (r.error ? [r.error.msg.replace(/'[^']*'/g, "'_'")] : []));
  const distinct = new Set(messages);
  // 25 messages: 22 of symtable.c (the 'yield' one in 4 variants, the annotation one in 3) and 3 of future.c.
  assert.ok(distinct.size >= 25, `only ${distinct.size} distinct messages: ${[...distinct].join(' | ')}`);
});
