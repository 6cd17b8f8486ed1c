// `npm run conformance`: every stdlib-wide comparison with CPython, one after another, each
// checking its counts against the ratchet (test/conformance/ratchet.json):
//   AST (run.js), symbol tables, compiled code objects, `pyc dis` of .py files, and CPython's
//   own regression tests run on a stdlib built by pyc (cpython-tests.js).
// Arguments after `--` go to every step (e.g. `--update` raises the ratchet). `--only a,b` runs
// some steps (ast, symtable, compile, dis, cpython-tests).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set(args[onlyAt + 1]!.split(',')) : null;
const passOn = onlyAt >= 0 ? args.filter((_, i) => i !== onlyAt && i !== onlyAt + 1) : args;
const update = passOn.includes('--update') ? ['--update'] : [];

const steps: { name: string; script: string; args: string[] }[] = [
  { name: 'ast', script: 'conformance/run.js', args: passOn },
  { name: 'symtable', script: 'symtable/stdlib-run.js', args: update },
  { name: 'compile', script: 'compiler/stdlib-run.js', args: update },
  { name: 'dis', script: 'dis/stdlib-run.js', args: ['--source', '--sample', '300'] },
  { name: 'cpython-tests', script: 'conformance/cpython-tests.js', args: update },
];

const results: [string, number, number][] = [];
for (const step of steps) {
  if (only && !only.has(step.name)) continue;
  console.log(`\n=== ${step.name}: node dist/test/${step.script} ${step.args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(process.execPath, [join(dist, step.script), ...step.args], { stdio: 'inherit' });
  results.push([step.name, r.status ?? 1, (Date.now() - started) / 1000]);
}
console.log('\n=== conformance summary');
for (const [name, status, seconds] of results) console.log(`${status === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds.toFixed(0)} s)`);
process.exitCode = results.every(([, status]) => status === 0) ? 0 : 1;
