// `npm run bench:parse`: parse throughput and peak memory of pyc's parser (both syntax backends), of
// CPython's ast.parse, and of three peers (pyright's parser, tree-sitter-python, @lezer/python),
// measured in one run on the same stdlib files and printed side by side.
//   --parsers LIST        which, in this order (default generated,ohm,python3,pyright,tree-sitter,lezer)
//   --sample N            a deterministic, evenly spread subset of N files for all (default: every file)
//   --ohm-sample N        the Ohm backend on an evenly spread N of the files only (it needs 10+
//                         minutes for all of them); its ratio is then against python3 on the same N
//   --generated-sample N  the same for the generated backend
//   --min-seconds S       repeat whole passes until S seconds have gone by (default 3; at least one
//                         pass; the warm-up is not counted)
//   --warm-up-seconds S   cut the JavaScript parsers' untimed warm-up pass short after S seconds
//                         (default 30, and at least 40 files: only the Ohm backend is that slow)
//   --phases              pyc: one more pass timing decoding + layout pre-pass and ast.dump apart
//   --cpu-prof DIR        run the JavaScript parsers' processes under node --cpu-prof (DIR/PARSER.cpuprofile)
//   --json FILE           also write the figures as JSON
// Each parser runs in a child process of its own (one at a time), so its peak RSS is its own:
// python3 in tools/bench-parse.py, the JavaScript ones in worker.ts. All read every file into
// memory first, make one untimed warm-up pass (cut short for slow JavaScript parsers), and time
// parsing only, from the file's bytes. Files CPython rejects are left out
// everywhere (python3 always runs first to find them). Wall-clock and CPU-time rates are both
// printed: on a busy machine the CPU-time ones are the fairer comparison (node's include V8's GC
// and compiler threads).
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stdlibFiles, stdlibRoot } from '../../test/conformance/corpus.js';
import { sampleFiles, type Figures, type Skipped } from './figures.js';
import type { JsParserName } from './parsers.js';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const numberOption = (name: string): number | undefined => {
  const v = option(name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new Error(`${name} wants a number of files, not ${v}`);
  return Number(v);
};
const allParsers = ['generated', 'ohm', 'python3', 'pyright', 'tree-sitter', 'lezer'];
const parsers = option('--parsers')?.split(',') ?? allParsers;
for (const p of parsers) if (!allParsers.includes(p)) throw new Error(`--parsers: unknown parser ${p} (known: ${allParsers.join(', ')})`);
const minSeconds = Number(option('--min-seconds') ?? 3);
const warmUpSeconds = Number(option('--warm-up-seconds') ?? 30);
const samples = new Map<string, number>();
for (const [parser, flag] of [['ohm', '--ohm-sample'], ['generated', '--generated-sample']] as const) {
  const n = numberOption(flag);
  if (n !== undefined) samples.set(parser, n);
}
const cpuProfDir = option('--cpu-prof');

const log = (message: string): void => void process.stderr.write(`bench: ${message}\n`);
const int = (x: number): string => Math.round(x).toLocaleString('en-US');
const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

interface PythonFigures extends Figures { rejected: string[] }

function runPython(files: string[], seconds: number): PythonFigures {
  const r = spawnSync('python3', [join(projectRoot, 'tools', 'bench-parse.py'), String(seconds)], {
    input: files.join('\n') + '\n', maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`tools/bench-parse.py failed: ${r.stderr.toString()}`);
  const o = JSON.parse(r.stdout.toString()) as { files: number; lines: number; bytes: number; passes: number; seconds: number[]; cpu_seconds: number[]; maxrss_kb: number; rejected: string[] };
  const version = execFileSync('python3', ['-c', 'import platform; print(platform.python_implementation(), platform.python_version())']).toString().trim();
  return {
    parser: 'python3', invoked: `${version}: ast.parse(bytes, filename) (tools/bench-parse.py)`,
    files: o.files, lines: o.lines, bytes: o.bytes, passes: o.passes, seconds: o.seconds, cpuSeconds: o.cpu_seconds, maxrssKb: o.maxrss_kb, rejected: o.rejected,
  };
}

function runWorker(parser: JsParserName, files: string[]): Figures | Skipped {
  const worker = join(dirname(fileURLToPath(import.meta.url)), 'worker.js');
  // Every JavaScript parser gets the young generation bin/pyc.js gives pyc's CLI (192 MB, i.e.
  // semi-spaces of 64 MB): parse trees are short-lived objects.
  const nodeArgs = ['--max-semi-space-size=64', ...(cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`, `--cpu-prof-name=${parser}.cpuprofile`] : [])];
  const r = spawnSync(process.execPath, [...nodeArgs, worker, parser, String(minSeconds), String(warmUpSeconds), ...(args.includes('--phases') ? ['--phases'] : [])], {
    input: files.join('\n') + '\n', maxBuffer: 1 << 26,
  });
  const lastLine = r.stdout.toString().trimEnd().split('\n').at(-1) ?? '';
  if (r.status !== 0 || !lastLine.startsWith('{')) {
    const why = (r.stderr.toString().trim().split('\n').at(-1) ?? '') || `exit status ${r.status}${r.signal ? `, ${r.signal}` : ''}`;
    return { parser, skipped: `its process failed: ${why}` };
  }
  return JSON.parse(lastLine) as Figures | Skipped;
}

const isSkipped = (f: Figures | Skipped): f is Skipped => 'skipped' in f;

// python3 first: it finds the files CPython rejects, which every parser then leaves out.
let files = sampleFiles(stdlibFiles(), numberOption('--sample'));
log(`python3 on ${int(files.length)} files${parsers.includes('python3') ? '' : ' (only to find the files CPython rejects)'}`);
const python = runPython(files, parsers.includes('python3') ? minSeconds : 0);
const rejected = new Set(python.rejected);
files = files.filter((f) => !rejected.has(f));

interface Row { figures: Figures | Skipped; label: string; reference?: Figures }
const rows: Row[] = [];
/** python3 on the sample a sampled parser ran on (by sample size), for like-for-like ratios. */
const pythonOnSample = new Map<number, Figures>();
for (const parser of parsers) {
  if (parser === 'python3') {
    rows.push({ figures: python, label: 'python3', reference: python });
    continue;
  }
  const n = samples.get(parser);
  const subset = n !== undefined ? sampleFiles(files, n) : files;
  const sampled = subset.length < files.length;
  log(`${parser} on ${int(subset.length)} files${sampled ? ' (a sample)' : ''}`);
  const t0 = performance.now();
  const figures = runWorker(parser as JsParserName, subset);
  log(isSkipped(figures) ? `${parser} skipped: ${figures.skipped}` : `${parser} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  let reference: Figures | undefined = parsers.includes('python3') ? python : undefined;
  if (reference && sampled) {
    if (!pythonOnSample.has(subset.length)) {
      log(`python3 on the same ${int(subset.length)} files`);
      pythonOnSample.set(subset.length, runPython(subset, minSeconds));
    }
    reference = pythonOnSample.get(subset.length);
  }
  rows.push({ figures, label: sampled ? `${parser} (sample)` : parser, reference });
}
// The python3 runs on samples go right after the python3 row.
const at = rows.findIndex((r) => r.figures === python);
rows.splice(at < 0 ? rows.length : at + 1, 0, ...[...pythonOnSample.values()].map((f) => ({ figures: f, label: `python3 (sample of ${int(f.files)})`, reference: f })));

console.log(`parse benchmark: ${int(files.length)} stdlib files, ${int(python.lines)} lines, ${mb(python.bytes)} MB`
  + `${rejected.size > 0 ? ` (${rejected.size} file${rejected.size === 1 ? '' : 's'} CPython rejects left out)` : ''}; rates by wall clock and by CPU time of each parser's process`);
const table: string[][] = [['parser', 'files', 'lines', 'lines/s wall', 'lines/s CPU', 'vs python3 wall', 'vs python3 CPU', 's/pass (passes)', 'peak RSS MB', '(before parsing)', 'peak JS heap MB', 'files with errors']];
for (const { figures: f, label, reference } of rows) {
  if (isSkipped(f)) {
    table.push([label, 'skipped', ...Array<string>(table[0]!.length - 2).fill('')]);
    continue;
  }
  const rate = (seconds: number[]): number => f.lines / mean(seconds);
  const ratio = (cpu: boolean): string => {
    if (!reference) return '';
    const x = rate(cpu ? f.cpuSeconds : f.seconds) / (reference.lines / mean(cpu ? reference.cpuSeconds : reference.seconds));
    return `${x >= 0.1 ? x.toFixed(2) : x.toPrecision(2)}x`;
  };
  table.push([
    label, int(f.files), int(f.lines), int(rate(f.seconds)), int(rate(f.cpuSeconds)), ratio(false), ratio(true),
    `${mean(f.seconds).toFixed(mean(f.seconds) < 10 ? 2 : 1)} (${f.passes})`,
    mb(f.maxrssKb * 1024), f.rssBeforeKb !== undefined ? `(${mb(f.rssBeforeKb * 1024)})` : '',
    f.peakHeapBytes !== undefined ? mb(f.peakHeapBytes) : '',
    f.errorFiles !== undefined ? int(f.errorFiles) + (f.noTree ? ` (${int(f.noTree)} no tree)` : '') : '',
  ]);
}
const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
for (const r of table) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd());

const notes: string[] = [];
for (const [parser, n] of samples) {
  const row = rows.find((r) => r.figures.parser === parser && !isSkipped(r.figures));
  if (row && !isSkipped(row.figures) && row.figures.files < files.length) {
    notes.push(`${parser}: on an evenly spread sample of ${int(n)} of the files (${int(row.figures.lines)} lines), not the whole corpus`
      + `${row.reference ? '; its ratios are against python3 on the same sample' : ''}.`);
  }
}
notes.push('files with errors: pyc: files it raised on (CPython accepts them all); peers (not exact Python 3.11 parsers):'
  + ' files whose tree has error nodes (tree-sitter, lezer) or syntax diagnostics (pyright). Peers are checked in an untimed pass after the timing.');
const stdlib = stdlibRoot();
for (const { figures: f, label } of rows) {
  if (isSkipped(f)) notes.push(`${label}: skipped: ${f.skipped}`);
  else if (f.parser === 'python3' && f !== python) continue;
  else {
    notes.push(`${label}: ${f.invoked}`);
    if (f.errorExamples?.length) notes.push(`  with errors: ${f.errorExamples.map((p) => relative(stdlib, p)).join(', ')}${f.errorFiles! > f.errorExamples.length ? ', ...' : ''}`);
    if (f.noTree) notes.push(`  made no tree for ${int(f.noTree)} files${f.invoked.startsWith('pyc') ? ' (raised something other than a SyntaxError)' : ''}`);
    if (f.warmUpFiles !== undefined && f.warmUpFiles < f.files) notes.push(`  warm-up cut short after ${int(f.warmUpFiles)} of the ${int(f.files)} files (--warm-up-seconds ${warmUpSeconds})`);
    if (f.phases) {
      const p = f.phases;
      notes.push(`  phases (one more pass): decoding + layout pre-pass ${p.layoutSeconds.toFixed(2)} s, whole parse ${p.parseSeconds.toFixed(2)} s `
        + `(layout ${((100 * p.layoutSeconds) / p.parseSeconds).toFixed(1)}% of it), ast.dump ${p.dumpSeconds.toFixed(2)} s`);
    }
    if (f.files === files.length && f.lines !== python.lines) notes.push(`  counted ${int(f.lines)} lines where python3 counted ${int(python.lines)}`);
  }
}
console.log(notes.map((n) => (n.startsWith(' ') ? n : `- ${n}`)).join('\n'));

const jsonFile = option('--json');
if (jsonFile) {
  writeFileSync(jsonFile, JSON.stringify({
    files: files.length, lines: python.lines, bytes: python.bytes, rejected: python.rejected,
    parsers: rows.map((r) => ({ ...r.figures, label: r.label, reference: r.reference && r.reference !== r.figures ? r.reference.parser + (r.reference === python ? '' : ` (sample of ${r.reference.files})`) : undefined })),
  }, null, 2) + '\n');
}
