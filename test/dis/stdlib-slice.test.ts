// `npm test`'s share of the dis conformance run (the whole stdlib: `node
// dist/test/dis/stdlib-run.js`): every 179th stdlib file. CPython writes the .pyc; pyc's
// disassembly of it must equal `dis.dis(marshal.loads(data[16:]))`, and, for the files under 400
// lines (pyc's parser is slow), `pyc dis FILE.py` must equal `python3 -m dis FILE.py`.
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { stdlibSlice } from '../conformance/corpus.js';
import { compareFile, oracleHashes } from './compare.js';
import { DisOracle } from './oracle.js';

const SLICE_STEP = 179;
const SOURCE_MAX_LINES = 400;
const oracle = new DisOracle();
const tmp = mkdtempSync(join(tmpdir(), 'pyc-dis-slice-'));
after(() => {
  oracle.close();
  rmSync(tmp, { recursive: true, force: true });
});

test(`dis identical to CPython's on every ${SLICE_STEP}th stdlib file`, async () => {
  const secret = await oracleHashes(oracle);
  const files = stdlibSlice(SLICE_STEP);
  const problems: string[] = [];
  let sources = 0;
  for (const [i, file] of files.entries()) {
    const small = readFileSync(file, 'utf8').split('\n').length <= SOURCE_MAX_LINES;
    const r = await compareFile(oracle, secret, file, tmp, i, small);
    if (r.rejected) continue;
    if (small) sources++;
    if (r.pyc !== 'same' || (small && r.src !== 'same')) problems.push(`${file}\n${r.detail}`);
  }
  assert.ok(files.length >= 10 && sources >= 5, `slice too small: ${files.length} files, ${sources} compiled from source`);
  assert.deepEqual(problems, []);
});
