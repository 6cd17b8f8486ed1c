// Runs the AST comparison over a list of files on a pool of worker threads.
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Comparison, Verdict } from './ast-oracle.js';

export interface AstSummary {
  total: number;
  counts: Record<Verdict, number>;
  comparisons: Comparison[];
}

export async function runAstComparison(files: string[], workers = cpus().length, onProgress?: (n: number) => void, parser?: 'ohm' | 'generated'): Promise<AstSummary> {
  // Deal files round-robin so that big files (sorted neighbours) spread across workers.
  const shares: string[][] = Array.from({ length: Math.max(1, Math.min(workers, files.length)) }, () => []);
  files.forEach((f, i) => shares[i % shares.length]!.push(f));
  const parts = await Promise.all(shares.map((share) => new Promise<Comparison[]>((resolveShare, reject) => {
    const w = new Worker(new URL('./ast-worker.js', import.meta.url), { workerData: { files: share, parser }, resourceLimits: { maxOldGenerationSizeMb: 8192, stackSizeMb: 256 } });
    w.on('message', (m: { progress?: number; results?: Comparison[] }) => {
      if (m.progress && onProgress) onProgress(m.progress);
      if (m.results) resolveShare(m.results);
    });
    w.on('error', reject);
  })));
  const comparisons = parts.flat().sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const counts: Record<Verdict, number> = { 'identical': 0, 'ast-differs': 0, 'error-differs': 0, 'pyc-rejects': 0, 'pyc-accepts': 0, 'internal-error': 0 };
  for (const c of comparisons) counts[c.verdict]++;
  return { total: comparisons.length, counts, comparisons };
}
