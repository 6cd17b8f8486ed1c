// Developer tool: run every snippet of snippets.ts and print the verdicts (FILTER=name part).
import { check } from './differential.js';
import { CodeOracle } from './oracle.js';
import { SNIPPETS } from './snippets.js';

const oracle = new CodeOracle();
const filter = process.argv[2];
const counts: Record<string, number> = {};
try {
  for (const [name, src] of Object.entries(SNIPPETS)) {
    if (filter && !name.includes(filter)) continue;
    const r = await check(oracle, `${name}.py`, src, !!filter);
    counts[r.verdict] = (counts[r.verdict] ?? 0) + 1;
    if (r.verdict !== 'identical') console.log(`--- ${r.verdict}: ${name}\n${r.detail ?? ''}`);
  }
} finally {
  oracle.close();
}
console.log(JSON.stringify(counts));
