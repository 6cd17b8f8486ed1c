// "Did you mean" suggestions for NameError and AttributeError (Python/suggestions.c, 3.11).

import type { Value } from './object.js';
import { PyBaseException, excIs, AttributeError, NameError } from './exceptions.js';
import { dirOf } from './describe.js';
import { strValue } from './abstract.js';
import { None } from './type.js';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

function levenshtein(a0: Uint8Array, b0: Uint8Array, maxCost: number): number {
  let a = a0;
  let b = b0;
  let as = 0;
  let ae = a.length;
  let bs = 0;
  let be = b.length;
  while (as < ae && bs < be && a[as] === b[bs]) {
    as++;
    bs++;
  }
  while (as < ae && bs < be && a[ae - 1] === b[be - 1]) {
    ae--;
    be--;
  }
  let aSize = ae - as;
  let bSize = be - bs;
  if (aSize === 0 || bSize === 0) return (aSize + bSize) * MOVE_COST;
  if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return maxCost + 1;
  a = a.subarray(as, ae);
  b = b.subarray(bs, be);
  if (bSize < aSize) {
    [a, b] = [b, a];
    [aSize, bSize] = [bSize, aSize];
  }
  if ((bSize - aSize) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer = new Array<number>(aSize);
  let tmp = MOVE_COST;
  for (let i = 0; i < aSize; i++) {
    buffer[i] = tmp;
    tmp += MOVE_COST;
  }
  let result = 0;
  for (let bi = 0; bi < bSize; bi++) {
    const code = b[bi]!;
    let distance = (result = bi * MOVE_COST);
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < aSize; i++) {
      const substitute = distance + substitutionCost(code, a[i]!);
      distance = buffer[i]!;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

function calculate(dir: string[], name: string): string | null {
  if (dir.length >= MAX_CANDIDATE_ITEMS) return null;
  let bestDist = Number.MAX_SAFE_INTEGER;
  let best: string | null = null;
  const nameB = Buffer.from(name, 'utf8');
  for (const item of dir) {
    if (item === name) continue;
    const itemB = Buffer.from(item, 'utf8');
    let maxDist = Math.floor(((nameB.length + itemB.length + 3) * MOVE_COST) / 6);
    maxDist = Math.min(maxDist, bestDist - 1);
    const d = levenshtein(nameB, itemB, maxDist);
    if (d > maxDist) continue;
    if (best === null || d < bestDist) {
      best = item;
      bestDist = d;
    }
  }
  return best;
}

export function offerSuggestions(exc: PyBaseException): string | null {
  // suggestions.c checks the exact types (UnboundLocalError gets none)
  if (exc.cls === AttributeError) {
    const name = exc.field('name');
    const obj = exc.fields?.get('obj');
    if (typeof name !== 'string' || obj === undefined) return null;
    const dir = dirOf(obj as Value).map((x) => strValue(x) ?? '');
    return calculate(dir, name);
  }
  if (exc.cls === NameError) {
    const name = exc.field('name');
    if (typeof name !== 'string' || exc.traceback === null) return null;
    let tb = exc.traceback;
    while (tb.next !== null) tb = tb.next;
    const frame = tb.frame;
    const varnames = frame.info.code.co_varnames;
    let s = calculate(varnames, name);
    if (s !== null) return s;
    s = calculate(frame.globals.keysArray().map((k) => strValue(k) ?? ''), name);
    if (s !== null) return s;
    return calculate(frame.builtins.keysArray().map((k) => strValue(k) ?? ''), name);
  }
  return null;
}

export { None };
