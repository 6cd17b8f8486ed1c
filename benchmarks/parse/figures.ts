// What `npm run bench:parse` measures of one parser, shared by the driver (run.ts) and the child
// process that times a JavaScript parser (worker.ts).

/** The figures of one parser over one list of files, as a child process reports them. */
export interface Figures {
  /** `python3`, `generated`, `ohm`, `pyright`, `tree-sitter` or `lezer`. */
  parser: string;
  /** What was run: package and version, entry point. */
  invoked: string;
  files: number;
  /** Lines as countLines counts them (the same for every parser). */
  lines: number;
  bytes: number;
  passes: number;
  /** Seconds of each timed pass: wall clock, and CPU time of the process (robust to a busy machine). */
  seconds: number[];
  cpuSeconds: number[];
  /** Peak resident set size of the process after the timed passes, in KB. */
  maxrssKb: number;
  /** Resident set size after loading the files and the parser, before parsing, in KB (JS parsers). */
  rssBeforeKb?: number;
  /** Files parsed in the untimed warm-up pass (JS parsers: all of them unless it was cut short). */
  warmUpFiles?: number;
  /** Peak V8 heap in use, sampled after each file, in bytes (JS parsers). */
  peakHeapBytes?: number;
  /** Files for which the parser gave no tree at all (JS parsers; should be 0; pyc: it raised something other than a SyntaxError). */
  noTree?: number;
  /** Files whose tree has errors (peers: error nodes or diagnostics; pyc: it raised). */
  errorFiles?: number;
  /** The first few of them. */
  errorExamples?: string[];
  /** pyc only, with --phases: one more pass timing decoding + layout pre-pass and ast.dump apart. */
  phases?: { layoutSeconds: number; dumpSeconds: number; parseSeconds: number };
}

/** A parser that could not be run (not installed, or its child process failed). */
export interface Skipped {
  parser: string;
  skipped: string;
}

/** Lines of a file: its newlines, plus one for a last line without one (tools/bench-parse.py counts alike). */
export function countLines(b: Uint8Array): number {
  let n = 0;
  for (const c of b) if (c === 10) n++;
  return b.length > 0 && b[b.length - 1] !== 10 ? n + 1 : n;
}

/** N items spread evenly over the list (for the sorted file list: the same N files on every machine with this stdlib). */
export function sampleFiles<T>(items: T[], n: number | undefined): T[] {
  if (n === undefined || n >= items.length) return items;
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);
}

/**
 * The warm-up pass parses at least this many files, spread over the list, and then the others
 * until its time is up (so the JIT has seen the parser).
 */
export const WARM_UP_FILES = 40;
