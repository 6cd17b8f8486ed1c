// `npm run conformance`: pyc against CPython on the whole stdlib (and the invalid-snippet
// corpus), printing counts and the first mismatches, and checking them against the ratchet.
//   --update   raise the ratchet to today's counts (never lowers them)
//   --filter S only files whose path contains S (no ratchet check)
//   --parser P ohm or generated (default: generated)
import { runAstComparison } from './ast-run.js';
import { stdlibFiles } from './corpus.js';
import { checkRatchet, readRatchet, writeRatchet } from './ratchet.js';

const args = process.argv.slice(2);
const filterIndex = args.indexOf('--filter');
const filter = filterIndex >= 0 ? args[filterIndex + 1]! : null;
const parserIndex = args.indexOf('--parser');
const parser = parserIndex >= 0 ? (args[parserIndex + 1] as 'ohm' | 'generated') : 'generated';
let files = stdlibFiles();
if (filter) files = files.filter((f) => f.includes(filter));

const started = Date.now();
let done = 0;
const summary = await runAstComparison(files, undefined, (n) => {
  done += n;
  if (process.stderr.isTTY) process.stderr.write(`\r${done}/${files.length} files`);
}, parser);
if (process.stderr.isTTY) process.stderr.write('\n');
const seconds = (Date.now() - started) / 1000;

const mismatches = summary.comparisons.filter((c) => c.verdict !== 'identical');
for (const m of mismatches.slice(0, Number(process.env['SHOW'] ?? 15))) {
  console.log(`--- ${m.verdict}: ${m.file}\n${m.detail ?? ''}`);
}
console.log(`\nstdlib AST conformance (${parser} parser): ${summary.counts.identical}/${summary.total} identical in ${seconds.toFixed(1)} s`);
console.log(JSON.stringify(summary.counts));

if (!filter) {
  // The default parser's counts are the ratchet's `ast.stdlib.*`; the Ohm reference has its own.
  const suffix = parser === 'generated' ? '' : `.${parser}`;
  const measured = { [`ast.stdlib.identical${suffix}`]: summary.counts.identical, [`ast.stdlib.internalErrorsAbsent${suffix}`]: summary.total - summary.counts['internal-error'] };
  if (args.includes('--update')) writeRatchet(measured);
  const failures = checkRatchet(readRatchet(), measured);
  for (const f of failures) console.log(`RATCHET: ${f}`);
  if (failures.length > 0) process.exitCode = 1;
}
