// The invalid-snippet corpus: pyc's SyntaxErrors against CPython's (recorded in
// test/errors/snippets.json by tools/gen-error-corpus.py). Counts go into the ratchet;
// no snippet may make pyc throw anything but a PySyntaxError.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkRatchet, readRatchet } from '../conformance/ratchet.js';
import { compare, describe, judgeSnippet, loadSnippets, type Match } from './corpus.js';

test('invalid snippets: errors identical to CPython 3.11', () => {
  const snippets = loadSnippets();
  const counts: Record<Match, number> = { identical: 0, 'identical-start': 0, different: 0, crash: 0 };
  const report: string[] = [];
  for (const s of snippets) {
    const verdict = judgeSnippet(s);
    const m = compare(s, verdict);
    counts[m]++;
    if (m !== 'identical') report.push(`${m}: ${describe(s, verdict)}`);
  }
  for (const line of report) console.log(line);
  const sameStart = counts.identical + counts['identical-start'];
  console.log(`snippets: ${counts.identical}/${snippets.length} identical (type, msg, lineno, offset, end_lineno, end_offset), `
    + `${sameStart}/${snippets.length} with the same (type, msg, lineno, offset), ${counts.crash} JavaScript errors`);
  assert.equal(counts.crash, 0, 'pyc threw something other than a SyntaxError');
  assert.deepEqual(checkRatchet(readRatchet(), {
    'errors.snippets.identical': counts.identical,
    'errors.snippets.identicalStart': sameStart,
  }), []);
});
