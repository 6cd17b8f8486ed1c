// Where `pyc build` spends its time: self time of a V8 CPU profile summed by pipeline stage
// (decoding and layout, parser, AST actions and literals, AST optimizer, symbol table, code
// generator, flow graph and assembler, marshal, .pyc writing, GC). Make a profile on one thread
// (-j 1 builds on one worker thread; --cpu-prof writes one profile per thread, give them all):
//   node dist/benchmarks/build/run.js --sample 300 --keep --jobs 1    # note the copy's path
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bin/pyc.js build -j 1 -f -q /tmp/pyc-bench-build-XXXX/Lib
//   node dist/benchmarks/build/profile.js /tmp/prof/*.cpuprofile
import { readFileSync } from 'node:fs';

interface CallFrame { functionName: string; url: string; lineNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const STAGES: [RegExp, string][] = [
  [/\/src\/tokenize\//, 'decoding and layout pre-pass (src/tokenize)'],
  [/\/generated\/python-parser\.js/, 'parser: generated recursive descent (generated/python-parser.js)'],
  [/\/node_modules\/ohm-js\//, 'parser: Ohm (node_modules/ohm-js)'],
  [/\/generated\/python\.ohm-bundle\.c?js/, 'parser: Ohm grammar bundle'],
  [/\/src\/parse\/literals\//, 'AST: literal decoding (src/parse/literals)'],
  [/\/src\/parse\//, 'AST: semantic actions, parser driver (src/parse)'],
  [/\/generated\/ast\.js/, 'AST: constructors (generated/ast)'],
  [/\/src\/compiler\/(ast-opt|const-eval|float-pow)\.js/, 'compiler: AST optimizer (src/compiler/ast-opt, const-eval)'],
  [/\/src\/symtable\//, 'symbol table (src/symtable)'],
  [/\/src\/compiler\//, 'compiler: code generator (src/compiler)'],
  [/\/src\/bytecode\//, 'flow graph, assembler (src/bytecode)'],
  [/\/src\/marshal\//, 'marshal (src/marshal)'],
  [/\/src\/(pyc|cli)\//, '.pyc files, CLI (src/pyc, src/cli)'],
  [/\/src\/(values|ast|diagnostics)\//, 'shared values, repr (src/values, src/ast)'],
];

function stageOf(frame: CallFrame): string {
  for (const [re, name] of STAGES) if (re.test(frame.url)) return name;
  if (frame.functionName === '(garbage collector)') return 'V8: garbage collector';
  if (['(program)', '(root)'].includes(frame.functionName)) return 'V8: program';
  if (frame.url.startsWith('node:') || frame.url === '') return 'node / V8 builtins';
  return 'other';
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node dist/benchmarks/build/profile.js PROFILE.cpuprofile...');
  process.exit(2);
}
const parts = new Map<string, number>();
const functions = new Map<string, number>();
let total = 0;
let idle = 0;
for (const f of files) {
  const profile = JSON.parse(readFileSync(f, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const frame = byId.get(id)!.callFrame;
    // The main thread waits for the build worker (-j 1 builds on one worker thread): idle time
    // is left out of the shares.
    if (frame.functionName === '(idle)') {
      idle += ms;
      return;
    }
    total += ms;
    const stage = stageOf(frame);
    parts.set(stage, (parts.get(stage) ?? 0) + ms);
    const key = `${frame.functionName || '(anonymous)'}  ${frame.url.replace(/^.*\/(node_modules|dist)\//, '')}:${frame.lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + ms);
  });
}
const pct = (ms: number): string => `${((100 * ms) / total).toFixed(1).padStart(5)}%`;
console.log(`self time by stage (${(total / 1000).toFixed(1)} s busy, all threads; ${(idle / 1000).toFixed(1)} s idle left out):`);
for (const [part, ms] of [...parts].sort((a, b) => b[1] - a[1])) console.log(`  ${pct(ms)}  ${(ms / 1000).toFixed(2).padStart(7)} s  ${part}`);
console.log('\ncostliest functions (self time):');
for (const [fn, ms] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${pct(ms)}  ${fn}`);
