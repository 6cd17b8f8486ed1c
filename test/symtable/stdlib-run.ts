// The whole-stdlib symbol table comparison with CPython 3.11 (a script, not part of `npm test`):
//
//   node dist/test/symtable/stdlib-run.js [--cpython-ast] [--jobs N] [--filter S]
//
// Every stdlib .py file is parsed (by pyc's parser; with --cpython-ast, by CPython's, which
// isolates the symbol table and takes seconds instead of minutes), its symbol table built and
// compared with python3's: the table, the code objects compile() derives from it, or the error
// (msg and position). Prints identical/total over the files CPython parses, the verdict counts,
// and the first differences (SHOW=n, default 15).

import { stdlibFiles } from '../conformance/corpus.js';
import { runStdlibComparison } from './stdlib-compare.js';

const args = process.argv.slice(2);
const option = (name: string): string | null => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : null;
};
const astSource = args.includes('--cpython-ast') ? 'cpython' : 'pyc';
const jobs = Number(option('--jobs') ?? 2);
const filter = option('--filter');
let files = stdlibFiles();
if (filter) files = files.filter((f) => f.includes(filter));

const started = Date.now();
let done = 0;
const summary = await runStdlibComparison(files, astSource, jobs, (n) => {
  done += n;
  if (process.stderr.isTTY) process.stderr.write(`\r${done}/${files.length} files`);
});
if (process.stderr.isTTY) process.stderr.write('\n');
const seconds = (Date.now() - started) / 1000;

const show = Number(process.env['SHOW'] ?? 15);
const differences = summary.comparisons.filter((c) => c.verdict !== 'identical' && c.verdict !== 'cpython-parse-fails');
for (const d of differences.slice(0, show)) console.log(`--- ${d.verdict}: ${d.file}\n${d.detail ?? ''}`);
console.log(`\nstdlib symtable (${astSource} AST): ${summary.counts.identical}/${summary.total} identical in ${seconds.toFixed(1)} s (${summary.counts['cpython-parse-fails']} files CPython cannot parse left out)`);
const withErrors = summary.comparisons.filter((c) => c.cpythonError);
console.log(`${withErrors.length} of them raise a symtable/future error in CPython, ${withErrors.filter((c) => c.verdict === 'identical').length} identically in pyc`);
console.log(JSON.stringify(summary.counts));
if (differences.length > 0) process.exitCode = 1;
