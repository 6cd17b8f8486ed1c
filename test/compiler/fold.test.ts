// Constant folding (ast_opt.c) against CPython on generated expressions: operators on ints
// (small and past 2**53), floats, complex numbers, strs, bytes, tuples and bools, with the size
// limits that stop folding, subscripts, unary operators and `%`-formatting. Each batch is one
// module of `xN = EXPR` lines; a differing batch is narrowed to its first differing line.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { check } from './differential.js';
import { CodeOracle } from './oracle.js';

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rnd = random(Number(process.env['PYC_FOLD_SEED'] ?? 311));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));

const ATOMS = [
  () => String(int(0, 20)),
  () => String(int(0, 2 ** 31)),
  () => '9' .repeat(int(15, 45)),
  () => `${int(0, 100)}.${int(0, 99)}`,
  () => `${int(1, 9)}e${int(-320, 320)}`,
  () => pick(['0.0', '-0.0', '1e308', '0.1', '2.5', '1e-7', '3.0']),
  () => `${int(0, 9)}j`,
  () => `${int(0, 9)}.5j`,
  () => pick(["'a'", "'xyz'", "''", "'é'", "'\\U0001f600'", "'ab' * 3", "'%s'"]),
  () => pick(["b'a'", "b''", "b'xyz'"]),
  () => pick(['True', 'False', 'None', '...']),
  () => pick(['(1, 2)', '()', "('a',)", '(1, (2, 3))']),
  () => pick(['x', 'y']),
];
// `**` only on ints: float powers are where glibc's pow (within 0.52 ulp) and pyc's correctly
// rounded one (float-pow.ts) may differ in the last place, for results at or near a midpoint.
const BINOPS = ['+', '-', '*', '/', '//', '%', '<<', '>>', '&', '|', '^', '@'];
const UNOPS = ['-', '+', '~', 'not '];

function expr(depth: number): string {
  const k = rnd();
  if (depth <= 0 || k < 0.3) return pick(ATOMS)();
  if (k < 0.75) return `(${expr(depth - 1)} ${pick(BINOPS)} ${expr(depth - 1)})`;
  if (k < 0.8) return `(${pick(UNOPS)}${expr(depth - 1)})`;
  if (k < 0.85) return `(${pick(['2', '3', '10', '-7', '12345', 'True', '0', 'x'])} ** ${int(-5, 40)})`;
  if (k < 0.92) return `(${expr(depth - 1)})[${pick(['0', '1', '-1', '5', 'True', '0.0'])}]`;
  if (k < 0.96) return `(${expr(depth - 1)}, ${expr(depth - 1)})`;
  return `('%s %r' % (${expr(depth - 1)}, ${expr(depth - 1)}))`;
}

const oracle = new CodeOracle();
after(() => oracle.close());

const BATCHES = Number(process.env['PYC_FOLD_BATCHES'] ?? 6);
const PER_BATCH = 60;

for (let b = 0; b < BATCHES; b++) {
  const lines = Array.from({ length: PER_BATCH }, (_, i) => `x${i} = ${expr(3)}\n`);
  test(`constant folding as CPython's, batch ${b}`, async () => {
    const r = await check(oracle, `fold${b}.py`, lines.join(''), false);
    if (r.verdict === 'identical' || r.verdict === 'error-identical') return;
    for (const line of lines) {
      const one = await check(oracle, 'fold.py', line, false);
      if (one.verdict !== 'identical' && one.verdict !== 'error-identical') assert.fail(`${line.trim()}\n${one.verdict}: ${one.detail ?? ''}`);
    }
    assert.fail(`${r.verdict}: ${r.detail ?? ''}`);
  });
}
