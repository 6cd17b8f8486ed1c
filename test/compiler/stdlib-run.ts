// The compiler against CPython on the whole stdlib (or a part of it): every file compiled by
// pyc and by python3, code objects compared field by field (compare.ts). Prints the counts, a
// histogram of the first differing field and the first mismatches; writes every result as JSON.
//   node dist/test/compiler/stdlib-run.js [--dir D] [--filter S] [--step N [--offset K]] [--jobs N] [--out FILE] [--show N]
// --dir: every .py file under D instead of the stdlib (e.g. site-packages).
// On the whole stdlib (no --dir, --filter or --step) the counts are checked against the ratchet
// (test/conformance/ratchet.json); --update raises it.
import { writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { findPythonFiles } from '../../src/cli/files.js';
import { stdlibFiles } from '../conformance/corpus.js';
import { checkRatchet, readRatchet, writeRatchet } from '../conformance/ratchet.js';
import type { CheckResult } from './differential.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = opt('--dir');
let files = dir ? findPythonFiles([dir]).map((f) => f.path) : stdlibFiles();
const filter = opt('--filter');
if (filter) files = files.filter((f) => f.includes(filter));
const step = Number(opt('--step') ?? 1);
const offset = Number(opt('--offset') ?? 0);
files = files.filter((_, i) => i % step === offset % step);
const jobs = Number(opt('--jobs') ?? 2);
const out = opt('--out') ?? '/tmp/pyc-stdlib-compile.json';
const show = Number(opt('--show') ?? 10);

const started = Date.now();
const results: CheckResult[] = [];
let next = 0;
await Promise.all(
  Array.from({ length: Math.min(jobs, files.length) }, () => new Promise<void>((resolve, reject) => {
    const w = new Worker(new URL('./stdlib-worker.js', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 8192 } });
    const feed = (): void => {
      if (next < files.length) w.postMessage({ file: files[next++] });
      else {
        w.postMessage({ done: true });
        resolve();
      }
    };
    w.on('message', (m: { ready?: boolean; result?: CheckResult }) => {
      if (m.result) {
        results.push(m.result);
        if (process.stderr.isTTY) process.stderr.write(`\r${results.length}/${files.length}`);
      }
      feed();
    });
    w.on('error', reject);
  })),
);
if (process.stderr.isTTY) process.stderr.write('\n');
results.sort((a, b) => (a.path < b.path ? -1 : 1));
writeFileSync(out, JSON.stringify(results, null, 1));

const counts: Record<string, number> = {};
const histogram: Record<string, number> = {};
for (const r of results) {
  counts[r.verdict] = (counts[r.verdict] ?? 0) + 1;
  if (r.fields) histogram[r.fields[0]!] = (histogram[r.fields[0]!] ?? 0) + 1;
}
for (const verdict of ['internal-error', 'differs', 'pyc-rejects', 'pyc-accepts', 'error-differs']) {
  for (const r of results.filter((x) => x.verdict === verdict).slice(0, show)) console.log(`--- ${r.verdict}: ${r.path}\n${r.detail ?? ''}`);
}
const compiled = results.filter((r) => r.verdict === 'identical' || r.verdict === 'differs').length;
console.log(`\nstdlib compile: ${counts['identical'] ?? 0}/${results.length} code-identical, ${compiled} compiled by both, in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log('verdicts:', JSON.stringify(counts));
console.log('first differing field:', JSON.stringify(Object.fromEntries(Object.entries(histogram).sort((a, b) => b[1] - a[1]))));
console.log(`results: ${out}`);

if (!dir && !filter && step === 1) {
  const measured = {
    'compile.stdlib.codeIdentical': counts['identical'] ?? 0,
    'compile.stdlib.outcomeIdentical': (counts['identical'] ?? 0) + (counts['error-identical'] ?? 0),
    'compile.stdlib.internalErrorsAbsent': results.length - (counts['internal-error'] ?? 0),
  };
  if (args.includes('--update')) writeRatchet(measured);
  const failures = checkRatchet(readRatchet(), measured);
  for (const f of failures) console.log(`RATCHET: ${f}`);
  if (failures.length > 0) process.exitCode = 1;
}
