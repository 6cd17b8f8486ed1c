// The dis conformance run over the stdlib (script mode; `npm test` runs a slice):
//   node dist/test/dis/stdlib-run.js [--sample N] [--source] [--show K] [--json FILE]
// For each file, CPython writes its .pyc and prints `dis.dis(marshal.loads(data[16:]))`; pyc
// disassembles the same .pyc, and the texts must be identical (code object addresses aside).
// --source also compiles the file with pyc's compiler and compares `pyc dis FILE.py` with
// `python3 -m dis FILE.py` (slow: it runs pyc's parser and compiler on every file).
// --sample N takes N files spread evenly over the sorted list (default: every file).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stdlibFiles } from '../conformance/corpus.js';
import { compareFile, oracleHashes, type DisComparison } from './compare.js';
import { DisOracle } from './oracle.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const sample = option('--sample') !== undefined ? Number(option('--sample')) : undefined;
const withSource = args.includes('--source');
const show = Number(option('--show') ?? 5);

/** N files spread evenly over the sorted list: the same N on every machine with this stdlib. */
function sampleFiles<T>(items: T[], n: number | undefined): T[] {
  if (n === undefined || n >= items.length) return items;
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);
}

const files = sampleFiles(stdlibFiles(), sample);
const tmp = mkdtempSync(join(tmpdir(), 'pyc-dis-'));
const oracle = new DisOracle();
const results: DisComparison[] = [];
const started = Date.now();
try {
  const secret = await oracleHashes(oracle);
  for (let i = 0; i < files.length; i++) {
    results.push(await compareFile(oracle, secret, files[i]!, tmp, i, withSource));
    if ((i + 1) % 100 === 0) process.stderr.write(`${i + 1}/${files.length} files, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }
} finally {
  oracle.close();
  rmSync(tmp, { recursive: true, force: true });
}

const compared = results.filter((r) => !r.rejected);
const count = (key: 'pyc' | 'src', v: string): number => compared.filter((r) => r[key] === v).length;
console.log(`files: ${results.length} (${results.length - compared.length} rejected by CPython)`);
console.log(`dis of .pyc: identical ${count('pyc', 'same')}/${compared.length}, different ${count('pyc', 'different')}, failed ${count('pyc', 'failed')}`);
if (withSource) console.log(`dis of .py:  identical ${count('src', 'same')}/${compared.length}, different ${count('src', 'different')}, compile failed ${count('src', 'failed')}`);
for (const r of compared.filter((x) => x.detail).slice(0, show)) console.log(`\n${r.file}\n${r.detail}`);
const jsonPath = option('--json');
if (jsonPath) writeFileSync(jsonPath, JSON.stringify(results, null, 1));
process.exitCode = count('pyc', 'same') === compared.length ? 0 : 1;
