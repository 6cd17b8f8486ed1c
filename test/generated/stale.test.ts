// generated/ must be exactly what `npm run generate` makes from grammar/: regenerate into a
// temporary directory and compare byte for byte.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../conformance/ast-oracle.js';

test('generated/ is up to date with grammar/ (run `npm run generate`)', async () => {
  const out = mkdtempSync(join(tmpdir(), 'pyc-generate-'));
  try {
    const generator = await import(join(projectRoot, 'tools', 'generate.mjs'));
    await generator.generateAll(out);
    const fresh = readdirSync(out).filter((f) => !f.startsWith('.')).sort();
    assert.ok(fresh.length >= 3, `generator wrote ${fresh.join(', ')}`);
    for (const file of fresh) {
      const committed = readFileSync(join(projectRoot, 'generated', file), 'utf8');
      assert.equal(committed, readFileSync(join(out, file), 'utf8'), `generated/${file} is stale`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
