// A fuzz campaign: `runs` cases from a seed, pyc's verdicts on a worker pool (with a hang
// watchdog), CPython's in batches alongside, compared case by case; then the JS errors and
// hangs are shrunk with fast-check (replaying the failing run by its path), and the smallest
// inputs of each kind of disagreement are kept for the report.
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { fuzzCaseArb, materialize, SnippetPool, type FuzzCase } from './cases.js';
import { runPycPool } from './pool.js';
import { compareVerdicts, cpythonVerdicts, pycVerdict, type Agreement, type Verdict } from './verdicts.js';

/** The fixed slice `npm test` runs (and `npm run fuzz -- --slice` reproduces). */
export const SLICE = { seed: 3_110_007, runs: 300 } as const;

/** The slice's counts kept in the conformance ratchet (test/conformance/ratchet.json). */
export function sliceRatchetCounts(s: Pick<CampaignSummary, 'sameClass' | 'exact'>): Record<string, number> {
  return { 'fuzz.slice.verdictEqual': s.sameClass, 'fuzz.slice.exactEqual': s.exact };
}

export interface CampaignOptions {
  seed: number;
  runs: number;
  workers: number;
  /** An input pyc has not answered after this long is a hang. */
  timeoutMs: number;
  /** The stack of pyc's worker threads, in MB (default ~1, as Node's main thread). */
  stackSizeMb?: number;
  /** Inputs per python3 process. */
  batchSize?: number;
  /** Inputs pyc took longer than this on are counted as slow (not a failure). */
  slowMs?: number;
  /** Seconds of shrinking per JS error or hang; 0 turns shrinking off. */
  shrinkSeconds?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface CaseResult {
  index: number;
  fuzzCase: FuzzCase;
  bytes: Uint8Array;
  pyc: Verdict;
  cpython: Verdict;
  agreement: Agreement;
  ms: number;
}

export interface Shrunk {
  index: number;
  kind: 'js-error' | 'hang';
  bytes: Uint8Array;
  verdict: Verdict;
  /** How to replay the original failure: fc.check(property, { seed, path }). */
  seed: number;
  path: string;
}

export interface CampaignSummary {
  seed: number;
  cases: number;
  jsErrors: number;
  hangs: number;
  slow: number;
  sameClass: number;
  exact: number;
  /** Cases CPython accepted (the rest it rejected). */
  cpythonValid: number;
  categories: Record<Agreement['category'], number>;
  seconds: number;
  maxMs: number;
  totalPycMs: number;
  results: CaseResult[];
  shrunk: Shrunk[];
}

export async function runCampaign(options: CampaignOptions): Promise<CampaignSummary> {
  const started = performance.now();
  const pool = new SnippetPool();
  const cases = fc.sample(fuzzCaseArb, { seed: options.seed, numRuns: options.runs });
  const inputs = cases.map((c) => materialize(pool, c));

  // CPython in batches, one process at a time, while the workers run pyc.
  const batchSize = options.batchSize ?? 500;
  const cpythonDone = (async () => {
    const out: Verdict[] = [];
    for (let from = 0; from < inputs.length; from += batchSize) out.push(...(await cpythonVerdicts(inputs.slice(from, from + batchSize))));
    return out;
  })();
  cpythonDone.catch(() => {}); // awaited below; this only keeps an early failure from being "unhandled"

  let done = 0;
  const pyc = await runPycPool(inputs, {
    workers: options.workers,
    timeoutMs: options.timeoutMs,
    stackSizeMb: options.stackSizeMb,
    onResult: () => options.onProgress?.(++done, inputs.length),
  });
  const cpython = await cpythonDone;

  const categories: Record<Agreement['category'], number> = {
    'exact': 0, 'ast-differs': 0, 'msg-or-offset-differs': 0, 'type-or-line-differs': 0,
    'pyc-accepts': 0, 'pyc-rejects': 0, 'js-error': 0, 'hang': 0,
  };
  const results: CaseResult[] = [];
  let sameClass = 0, exact = 0, slow = 0, maxMs = 0, totalPycMs = 0, cpythonValid = 0;
  const slowMs = options.slowMs ?? 2000;
  for (let i = 0; i < inputs.length; i++) {
    const agreement = compareVerdicts(pyc.verdicts[i]!, cpython[i]!);
    categories[agreement.category]++;
    if (agreement.sameClass) sameClass++;
    if (agreement.exact) exact++;
    if (cpython[i]!.kind === 'valid') cpythonValid++;
    const ms = pyc.ms[i]!;
    if (ms > slowMs) slow++;
    maxMs = Math.max(maxMs, ms);
    totalPycMs += ms;
    results.push({ index: i, fuzzCase: cases[i]!, bytes: inputs[i]!, pyc: pyc.verdicts[i]!, cpython: cpython[i]!, agreement, ms });
  }

  const shrunk: Shrunk[] = [];
  const shrinkSeconds = options.shrinkSeconds ?? 60;
  if (shrinkSeconds > 0) {
    // One shrink per distinct failure (by error name and message start), at most 8.
    const seen = new Set<string>();
    for (const r of results) {
      if (r.pyc.kind !== 'js-error' && r.pyc.kind !== 'hang') continue;
      const key = r.pyc.kind === 'hang' ? 'hang' : `${r.pyc.name}:${r.pyc.message.slice(0, 40)}`;
      if (seen.has(key) || seen.size >= 8) continue;
      seen.add(key);
      shrunk.push(shrinkFailure(pool, options.seed, r, options.timeoutMs, shrinkSeconds));
    }
  }

  return {
    seed: options.seed, cases: inputs.length,
    jsErrors: categories['js-error'], hangs: categories.hang, slow, sameClass, exact, cpythonValid, categories,
    seconds: (performance.now() - started) / 1000, maxMs, totalPycMs, results, shrunk,
  };
}

/** pyc's verdict in a child process, or a hang when it takes longer than `timeoutMs`. */
export function pycVerdictIsolated(bytes: Uint8Array, timeoutMs: number): Verdict {
  const r = spawnSync(process.execPath, [new URL('./one.js', import.meta.url).pathname], { input: bytes, timeout: timeoutMs, maxBuffer: 1 << 26 });
  if (r.error || r.signal) return { kind: 'hang', seconds: timeoutMs / 1000 };
  if (r.status !== 0) return { kind: 'js-error', name: 'ProcessCrash', message: r.stderr.toString().slice(-300), stack: '' };
  return JSON.parse(r.stdout.toString()) as Verdict;
}

/**
 * Shrinks a JS error or hang: first fast-check, with the property "pyc gives no JS error (or
 * answers in time)" replayed at the failing run's path, so that it shrinks that case and no
 * other; then the bytes themselves, by deleting chunks while the failure stays. JS errors are
 * checked in this thread (the main thread's stack, as the `pyc` command has); hangs and
 * worker crashes in a child process with a time limit.
 */
function shrinkFailure(pool: SnippetPool, seed: number, r: CaseResult, timeoutMs: number, seconds: number): Shrunk {
  const deadline = performance.now() + seconds * 1000;
  const kind = r.pyc.kind as 'js-error' | 'hang';
  const name = r.pyc.kind === 'js-error' ? r.pyc.name : '';
  const fails = (v: Verdict): boolean => v.kind === kind && (kind === 'hang' || (v.kind === 'js-error' && v.name === name));
  // A child process needs ~0.5 s to start and load the grammar before its timer means anything.
  const verdictOf = (bytes: Uint8Array): Verdict => (kind === 'hang' || name === 'WorkerCrash' ? pycVerdictIsolated(bytes, timeoutMs + 1500) : pycVerdict(bytes));
  let best: { bytes: Uint8Array; verdict: Verdict } = { bytes: r.bytes, verdict: r.pyc };
  const path = String(r.index);
  const details = fc.check(fc.property(fuzzCaseArb, (c) => {
    const bytes = materialize(pool, c);
    const v = verdictOf(bytes);
    if (!fails(v)) return true;
    best = { bytes, verdict: v };
    return false;
  }), { seed, path, numRuns: 1, interruptAfterTimeLimit: seconds * 500, markInterruptAsFailure: false });
  if (details.counterexample) {
    const bytes = materialize(pool, details.counterexample[0]);
    if (bytes.length !== best.bytes.length) best = { bytes, verdict: verdictOf(bytes) };
  }
  // Then delete chunks of bytes, halving the chunk size, while the failure stays.
  let bytes = best.bytes;
  for (let size = bytes.length >> 1; size >= 1 && performance.now() < deadline; size >>= 1) {
    for (let at = 0; at + size <= bytes.length && performance.now() < deadline;) {
      const candidate = new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + size)]);
      const v = verdictOf(candidate);
      if (fails(v)) {
        bytes = candidate;
        best = { bytes, verdict: v };
      } else {
        at += size;
      }
    }
  }
  return { index: r.index, kind, bytes: best.bytes, verdict: best.verdict, seed, path };
}
