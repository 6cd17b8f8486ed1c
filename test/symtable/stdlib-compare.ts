// The symbol table comparison over a list of stdlib files, with the module ASTs coming either
// from pyc's parser (the real pipeline) or from CPython's (shipped by the oracle in
// tools/export-ast-json.py's encoding), which isolates the symbol table from parser
// differences and is much faster.

import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';

import type * as ast from '../../generated/ast.js';
import { parseBytes } from '../../src/parse/parser.js';
import { Substitutions, decodeTree } from '../ast/cpython-export.js';
import { compareRecords, cpythonFileRecords, pycRecord, type Comparison, type SymtableRecord, type Verdict } from './oracle.js';

export type AstSource = 'pyc' | 'cpython';

/** Compares `files` in this thread; `onProgress` is called with the number of files done since the last call. */
export function compareFiles(files: readonly string[], astSource: AstSource, onProgress?: (n: number) => void): Comparison[] {
  const expected = cpythonFileRecords(files, { trees: astSource === 'cpython' });
  const out: Comparison[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const want = expected[i]!;
    expected[i] = undefined as never; // let the trees go as we pass
    out.push(compareRecords(astSource === 'pyc' ? pycParsedRecord(file) : pycRecordFromCpythonAst(want), want));
    if (onProgress && (i & 7) === 7) onProgress(8);
  }
  if (onProgress) onProgress(files.length & 7);
  return out;
}

function pycParsedRecord(file: string): SymtableRecord {
  return pycRecord(file, () => parseBytes(readFileSync(file), file));
}

function pycRecordFromCpythonAst(cpython: SymtableRecord): SymtableRecord {
  if (cpython.tree === undefined) return { file: cpython.file, parse_error: cpython.parse_error ?? { type: 'SyntaxError', msg: 'no tree' } };
  // Strs that JavaScript cannot hold only occur in constants: placeholders do for a symbol table.
  return pycRecord(cpython.file, () => decodeTree(cpython.tree, new Substitutions()) as ast.Module);
}

export interface StdlibSummary {
  /** Files CPython parses (the ones whose symbol table, or symtable error, is compared). */
  total: number;
  counts: Record<Verdict, number>;
  comparisons: Comparison[];
}

/** Runs the comparison on `workers` threads (files dealt round-robin) and sums it up. */
export async function runStdlibComparison(files: readonly string[], astSource: AstSource, workers = Math.min(2, cpus().length), onProgress?: (n: number) => void): Promise<StdlibSummary> {
  const shares: string[][] = Array.from({ length: Math.max(1, Math.min(workers, files.length)) }, () => []);
  files.forEach((f, i) => shares[i % shares.length]!.push(f));
  const parts = await Promise.all(
    shares.map(
      (share) =>
        new Promise<Comparison[]>((resolveShare, reject) => {
          const w = new Worker(new URL('./stdlib-worker.js', import.meta.url), {
            workerData: { files: share, astSource },
            resourceLimits: { maxOldGenerationSizeMb: 8192 },
          });
          w.on('message', (m: { progress?: number; results?: Comparison[] }) => {
            if (m.progress && onProgress) onProgress(m.progress);
            if (m.results) resolveShare(m.results);
          });
          w.on('error', reject);
        }),
    ),
  );
  return summarize(parts.flat());
}

export function summarize(all: Comparison[]): StdlibSummary {
  const comparisons = [...all].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const counts: Record<Verdict, number> = {
    'identical': 0,
    'table-differs': 0,
    'shapes-differ': 0,
    'error-differs': 0,
    'pyc-rejects': 0,
    'pyc-accepts': 0,
    'pyc-parse-fails': 0,
    'internal-error': 0,
    'cpython-parse-fails': 0,
  };
  for (const c of comparisons) counts[c.verdict]++;
  return { total: comparisons.length - counts['cpython-parse-fails'], counts, comparisons };
}
