// Runs sources through the stub parser and through python3, and lists where they differ.

import { PySyntaxError } from '../../../src/diagnostics/syntax-error.js';
import { encodeNode, stableJson } from './canonical.js';
import { pythonOutcomes } from './oracle.js';
import { parseWithStub } from './stub-parser.js';

export interface Comparison {
  compared: number;
  errors: number;
  mismatches: string[];
}

function ours(source: string): unknown {
  try {
    return { tree: encodeNode(parseWithStub(source)) };
  } catch (e) {
    if (e instanceof PySyntaxError) return { error: e.info() };
    return { crash: String(e instanceof Error ? e.stack : e) };
  }
}

/** Compares trees (with positions) or SyntaxError fields for every source. */
export function compareWithPython(sources: readonly string[]): Comparison {
  const expected = pythonOutcomes(sources);
  const mismatches: string[] = [];
  let errors = 0;
  sources.forEach((source, i) => {
    const want = stableJson(expected[i]);
    const got = stableJson(ours(source));
    if (expected[i]!.error) errors++;
    if (got !== want) mismatches.push(`${JSON.stringify(source)}\n  pyc:    ${got}\n  python: ${want}`);
  });
  return { compared: sources.length, errors, mismatches };
}
