// One child process of `npm run bench:parse`: times one JavaScript parser (parsers.ts) over the files
// named on stdin, so that its peak memory is its own, and prints its Figures as one JSON line
// (or {parser, skipped} when the parser is not installed).
//   node dist/benchmarks/parse/worker.js PARSER MIN_SECONDS WARM_UP_SECONDS [--phases] < file-list
// As tools/bench-parse.py does for python3: all files are read into memory first; one untimed
// warm-up pass over all of them (the first WARM_UP_FILES spread over the list first, so that a
// pass cut short after WARM_UP_SECONDS still saw a bit of everything: only the Ohm backend is
// that slow); then whole passes until MIN_SECONDS have gone by (at least one). Each parse starts
// from the file's bytes. Trees are checked (made? errors?) in the first timed pass when that is
// free (pyc raises), otherwise in one more untimed pass after the timing and after peak memory
// is read.
import { readFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { countLines, sampleFiles, WARM_UP_FILES, type Figures, type Skipped } from './figures.js';
import { jsParserNames, loadParser, NotInstalled, type BenchParser, type JsParserName } from './parsers.js';

const [name, minSecondsArg, warmUpSecondsArg] = process.argv.slice(2);
if (!jsParserNames.includes(name as JsParserName)) throw new Error(`usage: worker.js ${jsParserNames.join('|')} MIN_SECONDS WARM_UP_SECONDS [--phases] < file-list`);
const minSeconds = Number(minSecondsArg ?? 3);
const warmUpSeconds = Number(warmUpSecondsArg ?? 30);

/** The warm-up's order: WARM_UP_FILES spread over the list, then the others. */
function warmUpOrder(n: number): number[] {
  const first = sampleFiles([...Array(n).keys()], Math.min(WARM_UP_FILES, n));
  const seen = new Set(first);
  return [...first, ...[...Array(n).keys()].filter((i) => !seen.has(i))];
}

async function measure(parser: BenchParser, files: string[], sources: Uint8Array[]): Promise<Figures> {
  const rssBeforeKb = Math.round(process.memoryUsage.rss() / 1024);
  const warmUpStarted = performance.now();
  let warmUpFiles = 0;
  for (const i of warmUpOrder(sources.length)) {
    if (warmUpFiles >= WARM_UP_FILES && (performance.now() - warmUpStarted) / 1000 >= warmUpSeconds) break;
    const r = parser.parse(sources[i]!, files[i]!);
    parser.release?.(r); // (not release?.(parse()): `?.` would skip the parse too)
    warmUpFiles++;
  }
  let peakHeapBytes = 0;
  let noTree = 0;
  const errorFiles: string[] = [];
  const check = (result: unknown, i: number): void => {
    const c = parser.check(result);
    if (!c.tree) noTree++;
    if (c.errors) errorFiles.push(files[i]!);
  };
  const seconds: number[] = [];
  const cpuSeconds: number[] = [];
  const started = performance.now();
  while (seconds.length === 0 || (performance.now() - started) / 1000 < minSeconds) {
    const checking = seconds.length === 0 && parser.checkedWhileTimed;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (let i = 0; i < sources.length; i++) {
      const r = parser.parse(sources[i]!, files[i]!);
      if (checking) check(r, i);
      parser.release?.(r);
      // (~1 µs a file: noise next to parsing it.)
      const heap = getHeapStatistics().used_heap_size;
      if (heap > peakHeapBytes) peakHeapBytes = heap;
    }
    seconds.push((performance.now() - t0) / 1000);
    const c = process.cpuUsage(c0);
    cpuSeconds.push((c.user + c.system) / 1e6);
  }
  const maxrssKb = process.resourceUsage().maxRSS;
  if (!parser.checkedWhileTimed) {
    for (let i = 0; i < sources.length; i++) {
      const r = parser.parse(sources[i]!, files[i]!);
      check(r, i);
      parser.release?.(r);
    }
  }
  const figures: Figures = {
    parser: name!,
    invoked: parser.invoked,
    files: sources.length,
    lines: sources.reduce((n, s) => n + countLines(s), 0),
    bytes: sources.reduce((n, s) => n + s.length, 0),
    passes: seconds.length,
    seconds,
    cpuSeconds,
    maxrssKb,
    rssBeforeKb,
    warmUpFiles,
    peakHeapBytes,
    noTree,
    errorFiles: errorFiles.length,
    errorExamples: errorFiles.slice(0, 5),
  };
  if (process.argv.includes('--phases') && parser.phases) figures.phases = parser.phases(sources, files);
  return figures;
}

async function main(): Promise<Figures | Skipped> {
  const files = readFileSync(0, 'utf8').split('\n').filter((f) => f !== '');
  const sources = files.map((f) => new Uint8Array(readFileSync(f)));
  let parser: BenchParser;
  try {
    parser = await loadParser(name as JsParserName);
  } catch (e) {
    if (e instanceof NotInstalled) return { parser: name!, skipped: e.message };
    throw e;
  }
  return measure(parser, files, sources);
}

process.stdout.write(JSON.stringify(await main()) + '\n');
