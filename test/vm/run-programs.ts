// node dist/test/vm/run-programs.js [--update] [NAME-SUBSTRING...]
// Runs the VM program suite, prints each failure and the counts; --update raises the ratchet.

import { runPrograms } from './programs.js';
import { checkRatchet, readRatchet, writeRatchet } from '../conformance/ratchet.js';

const args = process.argv.slice(2);
const update = args.includes('--update');
const verbose = args.includes('-v');
const names = args.filter((a) => !a.startsWith('-'));
const results = await runPrograms(names.length ? (n) => names.some((s) => n.includes(s)) : undefined);
for (const r of results) {
  if (verbose || !r.pyc) if (!r.pyc) console.log(`FAIL ${r.name} [python3 .pyc]\n  ${r.pycDiff}`);
  if (!r.source) console.log(`FAIL ${r.name} [pyc compiler]\n  ${r.sourceDiff}`);
}
const pyc = results.filter((r) => r.pyc).length;
const source = results.filter((r) => r.source).length;
console.log(`passing: ${pyc}/${results.length} (python3 .pyc), ${source}/${results.length} (pyc compiler)`);
if (names.length === 0) {
  const measured = { 'vm.programs.passing': pyc, 'vm.programs.compiledByPyc.passing': source };
  const dropped = checkRatchet(readRatchet(), measured);
  for (const d of dropped) console.log(`ratchet: ${d}`);
  if (update) writeRatchet(measured);
  process.exitCode = dropped.length ? 1 : 0;
}
