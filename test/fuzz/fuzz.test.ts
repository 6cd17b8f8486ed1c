// `npm test`'s share of the fuzzing: a fixed-seed slice of mutated stdlib snippets. pyc must
// never throw anything but a SyntaxError nor hang; how often its verdict equals CPython's is
// kept in the ratchet (raise it with `npm run fuzz -- --slice --update`). The full campaign is
// `npm run fuzz`.
import assert from 'node:assert/strict';
import { cpus } from 'node:os';
import { test } from 'node:test';
import { checkRatchet, readRatchet } from '../conformance/ratchet.js';
import { runCampaign, SLICE, sliceRatchetCounts } from './campaign.js';
import { formatFigures, formatShrunk } from './report.js';

test(`fuzz slice: ${SLICE.runs} mutated stdlib snippets, no JS error or hang, verdicts in the ratchet`, async () => {
  const summary = await runCampaign({ ...SLICE, workers: Math.min(2, cpus().length), timeoutMs: 20_000, shrinkSeconds: 20 });
  console.log(formatFigures(summary));
  const shrunk = formatShrunk(summary);
  if (shrunk) console.log(shrunk);
  assert.equal(summary.jsErrors, 0, `pyc threw a JavaScript error on ${summary.jsErrors} inputs${shrunk}`);
  assert.equal(summary.hangs, 0, `pyc hung on ${summary.hangs} inputs${shrunk}`);
  assert.deepEqual(checkRatchet(readRatchet(), sliceRatchetCounts(summary)), []);
});
