// Developer tool: compare pyc's code objects with CPython's for files or a snippet, with a dis of
// both sides where the bytecode differs.
//   node dist/test/compiler/check.js FILE...
//   node dist/test/compiler/check.js -c 'SOURCE'
import { check } from './differential.js';
import { CodeOracle } from './oracle.js';

const args = process.argv.slice(2);
const oracle = new CodeOracle();
try {
  const jobs: [string, string | undefined][] = args[0] === '-c' ? [['<snippet>', args[1]!.replace(/\\n/g, '\n')]] : args.map((a) => [a, undefined]);
  for (const [path, source] of jobs) {
    const r = await check(oracle, path, source);
    console.log(`${r.verdict}: ${path}`);
    if (r.detail) console.log(r.detail);
  }
} finally {
  oracle.close();
}
