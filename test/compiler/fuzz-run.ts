// Compiler fuzzing: pieces of stdlib files (a statement, or a window of lines taken out of its
// function or loop) with a few mutations (test/fuzz/cases.ts), compiled by pyc and python3.
// Windows are good at reaching the compiler's own errors ('return' outside function, 'break'
// outside loop, ...); the verdicts of both sides are compared as in stdlib-run.ts.
//   node dist/test/compiler/fuzz-run.js [--runs N] [--seed S] [--mutations 0|1] [--show N] [--errors]
// (--errors: show differing error reports too; most come from the parser, not the compiler)
import fc from 'fast-check';
import { fuzzCaseArb, materialize, SnippetPool } from '../fuzz/cases.js';
import { check } from './differential.js';
import { CodeOracle } from './oracle.js';

const args = process.argv.slice(2);
const opt = (name: string, def: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : def;
};
const runs = Number(opt('--runs', '300'));
const seed = Number(opt('--seed', '311'));
const withMutations = opt('--mutations', '1') === '1';
const show = Number(opt('--show', '10'));

const pool = new SnippetPool();
const oracle = new CodeOracle();
const counts: Record<string, number> = {};
const shown: Record<string, number> = {};
try {
  const cases = fc.sample(fuzzCaseArb, { seed, numRuns: runs });
  for (const c of cases) {
    const bytes = materialize(pool, withMutations ? c : { ...c, mutations: [] });
    const source = new TextDecoder().decode(bytes);
    if (source.includes('\ufffd')) continue;
    const r = await check(oracle, 'fuzz.py', source, true);
    counts[r.verdict] = (counts[r.verdict] ?? 0) + 1;
    if (r.verdict !== 'identical' && r.verdict !== 'error-identical' && (r.verdict !== 'error-differs' || args.includes('--errors')) && (shown[r.verdict] = (shown[r.verdict] ?? 0) + 1) <= show) {
      console.log(`--- ${r.verdict}\n${source}\n${r.detail ?? ''}`);
    }
  }
} finally {
  oracle.close();
}
console.log(JSON.stringify(counts));
