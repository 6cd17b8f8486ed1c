// `npm run bench`: parse throughput of pyc and of CPython's ast.parse on the same stdlib files,
// measured in one run and printed side by side.
//   --sample N        a deterministic, evenly spread subset of N files (default: every file;
//                     the Ohm parser needs minutes for all of them)
//   --min-seconds S   repeat whole passes until S seconds have gone by (default 3; at least one
//                     pass; the warm-up pass is not counted)
//   --only pyc|python measure one side only (e.g. under `node --cpu-prof`)
//   --phases          also time pyc's stages apart: decoding + layout pre-pass, and ast.dump
//   --json FILE       also write the figures as JSON
// Files CPython rejects are left out on both sides. Timings are of parsing only: all files are
// read into memory first. pyc runs in this process on one core; python3 in a child process.
// Both wall-clock and CPU-time rates are printed: on a busy machine the CPU-time ones are the
// fairer comparison (pyc's include V8's GC and compiler threads).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from '../../src/ast/dump.js';
import { parseBytes, PySyntaxError } from '../../src/parse/parser.js';
import { decodeSource } from '../../src/tokenize/decode.js';
import { layout } from '../../src/tokenize/layout.js';
import { projectRoot } from '../../test/conformance/ast-oracle.js';
import { stdlibFiles } from '../../test/conformance/corpus.js';

interface SideFigures {
  files: number;
  lines: number;
  bytes: number;
  passes: number;
  /** Seconds of each timed pass: wall clock, and CPU time of the process (robust to a busy machine). */
  seconds: number[];
  cpuSeconds: number[];
  /** Peak resident set size of the process, in KB. */
  maxrssKb: number;
}

interface PycFigures extends SideFigures {
  /** Peak V8 heap in use, sampled after each file, in bytes. */
  peakHeapBytes: number;
  /** Resident set size after loading the files and before parsing, in KB. */
  rssBeforeKb: number;
  phases?: { layoutSeconds: number; dumpSeconds: number; parseSeconds: number };
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const only = option('--only');
const minSeconds = Number(option('--min-seconds') ?? 3);

/** N items spread evenly over the list (for the sorted file list: the same N files on every machine with this stdlib). */
export function sampleFiles<T>(items: T[], n: number | undefined): T[] {
  if (n === undefined || n >= items.length) return items;
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);
}

function countLines(b: Uint8Array): number {
  let n = 0;
  for (const c of b) if (c === 10) n++;
  return b.length > 0 && b[b.length - 1] !== 10 ? n + 1 : n;
}

function runPython(files: string[]): SideFigures & { rejected: string[] } {
  const r = spawnSync('python3', [join(projectRoot, 'tools', 'bench-parse.py'), String(minSeconds)], {
    input: files.join('\n') + '\n', maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`tools/bench-parse.py failed: ${r.stderr.toString()}`);
  const o = JSON.parse(r.stdout.toString()) as { files: number; lines: number; bytes: number; passes: number; seconds: number[]; cpu_seconds: number[]; maxrss_kb: number; rejected: string[] };
  return { files: o.files, lines: o.lines, bytes: o.bytes, passes: o.passes, seconds: o.seconds, cpuSeconds: o.cpu_seconds, maxrssKb: o.maxrss_kb, rejected: o.rejected };
}

function runPyc(files: string[]): PycFigures {
  const sources = files.map((f) => new Uint8Array(readFileSync(f)));
  const rssBeforeKb = Math.round(process.memoryUsage().rss / 1024);
  // Warm-up: a pass over up to 40 files (spread out), untimed, so the JIT has seen the parser.
  for (const s of sampleFiles(sources, Math.min(40, sources.length))) parseBytes(s, '<warm-up>');
  let peakHeapBytes = 0;
  const rejected = new Set<number>();
  const seconds: number[] = [];
  const cpuSeconds: number[] = [];
  const started = performance.now();
  while (seconds.length === 0 || (performance.now() - started) / 1000 < minSeconds) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    sources.forEach((s, i) => {
      try {
        parseBytes(s, files[i]!);
      } catch (e) {
        // Only with --only pyc are there files CPython rejects here; they are timed, not counted.
        if (!(e instanceof PySyntaxError)) throw e;
        rejected.add(i);
      }
      const heap = process.memoryUsage().heapUsed;
      if (heap > peakHeapBytes) peakHeapBytes = heap;
    });
    // (memoryUsage costs ~µs per file: noise next to milliseconds of parsing.)
    seconds.push((performance.now() - t0) / 1000);
    const c = process.cpuUsage(c0);
    cpuSeconds.push((c.user + c.system) / 1e6);
  }
  const accepted = sources.filter((_, i) => !rejected.has(i));
  const figures: PycFigures = {
    files: accepted.length,
    lines: accepted.reduce((n, s) => n + countLines(s), 0),
    bytes: accepted.reduce((n, s) => n + s.length, 0),
    passes: seconds.length,
    seconds,
    cpuSeconds,
    maxrssKb: process.resourceUsage().maxRSS,
    peakHeapBytes,
    rssBeforeKb,
  };
  if (args.includes('--phases')) {
    let layoutSeconds = 0, dumpSeconds = 0, parseSeconds = 0;
    sources.forEach((s, i) => {
      if (rejected.has(i)) return;
      const t0 = performance.now();
      layout(decodeSource(s).text);
      const t1 = performance.now();
      const tree = parseBytes(s, files[i]!);
      const t2 = performance.now();
      dump(tree, { includeAttributes: true });
      const t3 = performance.now();
      layoutSeconds += (t1 - t0) / 1000;
      parseSeconds += (t2 - t1) / 1000;
      dumpSeconds += (t3 - t2) / 1000;
    });
    figures.phases = { layoutSeconds, dumpSeconds, parseSeconds };
  }
  return figures;
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const int = (x: number): string => Math.round(x).toLocaleString('en-US');
const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);

let files = sampleFiles(stdlibFiles(), option('--sample') !== undefined ? Number(option('--sample')) : undefined);
let python: (SideFigures & { rejected: string[] }) | null = null;
if (only !== 'pyc') {
  python = runPython(files);
  const rejected = new Set(python.rejected);
  files = files.filter((f) => !rejected.has(f));
}
const pyc = only !== 'python' ? runPyc(files) : null;

const corpus = pyc ?? python!;
const rejectedNote = python && python.rejected.length > 0 ? ` (${python.rejected.length} files CPython rejects left out)` : '';
console.log(`parse benchmark: ${corpus.files} stdlib files, ${int(corpus.lines)} lines, ${mb(corpus.bytes)} MB${rejectedNote}`);
const rows: [string, string, string, string][] = [['', 'pyc (Ohm)', 'python3 ast.parse', 'ratio']];
const perSecond = (side: SideFigures | null, of: number, cpu = false): number => (side ? of / mean(cpu ? side.cpuSeconds : side.seconds) : NaN);
for (const cpu of [false, true]) {
  const pycLines = perSecond(pyc, corpus.lines, cpu);
  const pyLines = perSecond(python, corpus.lines, cpu);
  rows.push([cpu ? 'lines/s (CPU time)' : 'lines/s', pyc ? int(pycLines) : '-', python ? int(pyLines) : '-', pyc && python ? `python3 ${(pyLines / pycLines).toFixed(1)}x faster` : '']);
}
rows.push(['MB/s', pyc ? (perSecond(pyc, corpus.bytes) / 1e6).toFixed(3) : '-', python ? (perSecond(python, corpus.bytes) / 1e6).toFixed(2) : '-', '']);
rows.push(['s per pass', pyc ? `${mean(pyc.seconds).toFixed(2)} (${pyc.passes} passes)` : '-', python ? `${mean(python.seconds).toFixed(3)} (${python.passes} passes)` : '-', '']);
rows.push(['peak RSS (MB)', pyc ? `${mb(pyc.maxrssKb * 1024)} (${mb(pyc.rssBeforeKb * 1024)} before parsing)` : '-', python ? mb(python.maxrssKb * 1024) : '-', '']);
if (pyc) rows.push(['peak JS heap (MB)', mb(pyc.peakHeapBytes), '', '']);
const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join('   ').trimEnd());
if (pyc?.phases) {
  const p = pyc.phases;
  console.log(`pyc phases (one more pass): decoding + layout pre-pass ${p.layoutSeconds.toFixed(2)} s, whole parse ${p.parseSeconds.toFixed(2)} s `
    + `(layout ${((100 * p.layoutSeconds) / p.parseSeconds).toFixed(1)}% of it), ast.dump ${p.dumpSeconds.toFixed(2)} s`);
}
const jsonFile = option('--json');
if (jsonFile) writeFileSync(jsonFile, JSON.stringify({ pyc, python, lines: corpus.lines, bytes: corpus.bytes, files: corpus.files }, null, 2) + '\n');
