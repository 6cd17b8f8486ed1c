// npm test: the per-opcode suite (test/vm/opcodes/, see suite.ts). For every opcode CPython 3.11's
// compiler emits (dis.opmap, live, minus suite.ts's EXCLUDED), some snippet must exercise it
// (by python3's own `dis` of the snippets), and every snippet must print what python3 prints,
// on python3's .pyc and on pyc's compilation; stderr and exit status of each file must agree.
// One subtest per opcode, over the snippets that exercise it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runOpcodeSuite } from './opcodes/suite.js';

/**
 * Snippets ("file:snippet") that still fail, with the cause. The test checks that exactly these
 * fail, so that a fix (remove the entry) or a regression both show.
 */
const KNOWN_FAILURES: Record<string, string> = {
};

test('VM opcodes agree with python3, snippet by snippet', { timeout: 180_000 }, async (t) => {
  const suite = await runOpcodeSuite();
  const failing = new Set(suite.snippets.filter((s) => !s.pyc || !s.source).map((s) => `${s.file}:${s.name}`));
  const byKey = new Map(suite.snippets.map((s) => [`${s.file}:${s.name}`, s]));

  await t.test('every opcode the compiler emits is exercised by a snippet', () => {
    const uncovered = suite.opcodes.filter((o) => (suite.coverage.get(o) ?? []).length === 0);
    assert.deepEqual(uncovered, []);
  });
  await t.test('each file: same stderr and exit status', () => {
    assert.deepEqual(suite.fileDiffs, []);
  });
  for (const op of suite.opcodes) {
    const users = suite.coverage.get(op) ?? [];
    await t.test(op, () => {
      const bad = users.filter((k) => failing.has(k) && !(k in KNOWN_FAILURES));
      for (const k of bad) t.diagnostic(`${k}: ${byKey.get(k)?.diff ?? ''}`);
      assert.ok(users.length > 0, `no snippet exercises ${op}`);
      assert.deepEqual(bad, [], `${op}: snippets failing`);
    });
  }
  await t.test('exactly the known failures fail', () => {
    const fixed = Object.keys(KNOWN_FAILURES).filter((k) => !failing.has(k));
    const unknown = [...failing].filter((k) => !(k in KNOWN_FAILURES));
    for (const k of unknown) t.diagnostic(`FAIL ${k}: ${byKey.get(k)?.diff ?? ''}`);
    for (const k of fixed) t.diagnostic(`now passing (remove from KNOWN_FAILURES): ${k}`);
    assert.deepEqual({ unknown, fixed }, { unknown: [], fixed: [] });
  });
  const covered = suite.opcodes.filter((o) => (suite.coverage.get(o) ?? []).length > 0).length;
  const passing = suite.snippets.length - failing.size;
  t.diagnostic(`opcodes covered ${covered}/${suite.opcodes.length}, snippets passing ${passing}/${suite.snippets.length}`);
  console.log(`opcodes covered ${covered}/${suite.opcodes.length}, snippets passing ${passing}/${suite.snippets.length}`);
});
