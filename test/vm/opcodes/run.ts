// node dist/test/vm/opcodes/run.js [-v] [FILE-SUBSTRING...]
// Runs the per-opcode suite and prints failures, uncovered opcodes, the summary line; -v adds
// the opcode -> snippets report.

import { coverageReport, runOpcodeSuite } from './suite.js';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const names = args.filter((a) => !a.startsWith('-'));
const t0 = Date.now();
const suite = await runOpcodeSuite(names.length ? (f) => names.some((n) => f.includes(n)) : undefined);
for (const d of suite.fileDiffs) console.log(`FILE ${d}`);
for (const s of suite.snippets) if (!s.pyc || !s.source) console.log(`FAIL ${s.file}:${s.name}\n  ${s.diff}`);
if (verbose) for (const l of coverageReport(suite)) console.log(l);
const uncovered = suite.opcodes.filter((o) => (suite.coverage.get(o) ?? []).length === 0);
if (uncovered.length) console.log(`uncovered: ${uncovered.join(' ')}`);
const passing = suite.snippets.filter((s) => s.pyc && s.source).length;
console.log(`opcodes covered ${suite.opcodes.length - uncovered.length}/${suite.opcodes.length}, snippets passing ${passing}/${suite.snippets.length} (${((Date.now() - t0) / 1000).toFixed(1)} s: python3 ${suite.seconds.python.toFixed(1)} s, VM ${suite.seconds.vm.toFixed(1)} s)`);
