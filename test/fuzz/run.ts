// `npm run fuzz`: mutated stdlib snippets through pyc and CPython; prints the figures, the
// shrunk JS errors and hangs, and the smallest disagreeing inputs.
//   --runs N        cases (default 10000)
//   --seed S        seed (default 1; `random` picks one and prints it)
//   --workers N     worker threads for pyc (default: all cores)
//   --timeout S     seconds after which a case counts as a hang (default 10)
//   --stack-mb N    stack of the worker threads pyc runs on (default ~1 MB, Node's main thread;
//                   the `pyc` command parses on a 16 MB one)
//   --show N        smallest examples printed per kind of disagreement (default 3)
//   --grep TEXT     only show examples where either verdict contains TEXT
//   --no-shrink     do not shrink JS errors and hangs
//   --slice         run the fixed slice `npm test` runs (seed and runs of SLICE)
//   --update        with --slice: raise the ratchet (fuzz.slice.*) to today's counts
// Exit status 1 when there are JS errors or hangs (or, with --slice, when a ratchet count dropped).
import { cpus } from 'node:os';
import { checkRatchet, readRatchet, writeRatchet } from '../conformance/ratchet.js';
import { runCampaign, SLICE, sliceRatchetCounts } from './campaign.js';
import { formatExamples, formatFigures, formatMissedMessages, formatShrunk } from './report.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const slice = args.includes('--slice');
const seedArg = option('--seed');
const seed = slice ? SLICE.seed : seedArg === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(seedArg ?? 1);
const runs = slice ? SLICE.runs : Number(option('--runs') ?? 10_000);

const summary = await runCampaign({
  seed,
  runs,
  workers: Number(option('--workers') ?? cpus().length),
  timeoutMs: Number(option('--timeout') ?? 10) * 1000,
  stackSizeMb: option('--stack-mb') !== undefined ? Number(option('--stack-mb')) : undefined,
  shrinkSeconds: args.includes('--no-shrink') ? 0 : 60,
  onProgress: (done, total) => {
    if (process.stderr.isTTY && (done % 50 === 0 || done === total)) process.stderr.write(`\r${done}/${total} cases`);
  },
});
if (process.stderr.isTTY) process.stderr.write('\n');

console.log(await formatExamples(summary, Number(option('--show') ?? 3), option('--grep')));
console.log(formatMissedMessages(summary, 25));
console.log(formatShrunk(summary));
console.log('');
console.log(formatFigures(summary));

if (summary.jsErrors > 0 || summary.hangs > 0) process.exitCode = 1;
if (slice) {
  const measured = sliceRatchetCounts(summary);
  if (args.includes('--update')) writeRatchet(measured);
  const failures = checkRatchet(readRatchet(), measured);
  for (const f of failures) console.log(`RATCHET: ${f}`);
  if (failures.length > 0) process.exitCode = 1;
}
