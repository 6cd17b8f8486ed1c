// `node dist/benchmarks/build/run.js`: `pyc build -j 2` against `python3 -m compileall -j 2 -f -q`
// on one temporary copy of the stdlib, in one run, and the figures side by side.
//   --sample N    copy only N files spread evenly over the stdlib (default: all of it, as
//                 compileall sees it: every .py outside site-packages)
//   --jobs J      worker count for both sides (default 2)
//   --keep        keep the temporary copy
//   --json FILE   also write the figures as JSON
//   --pyc-arg A   one more argument for `pyc build` (repeatable), e.g. --pyc-arg --parser=generated
// pyc runs first, then compileall, both with -f over the same tree, so neither skips a file. The
// figures: wall time of each (process start to exit), their ratio, pyc's peak RSS (main thread
// and workers: one process) and compileall's (main process and largest worker), files built and
// failed, and how many of pyc's .pyc files are byte-identical to the ones compileall wrote over
// them (compileall's one long-lived process marshals a few files differently from a fresh one:
// see the design notes). CPU time (user + system, all threads / worker processes) is given too,
// with its ratio: on a busy machine it compares more fairly than wall time. The load average
// before and after each side is printed, to judge how busy the machine was.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cacheFromSource } from '../../src/pyc/index.js';
import { projectRoot } from '../../test/conformance/ast-oracle.js';
import { stdlibFiles, stdlibRoot } from '../../test/conformance/corpus.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const jobs = option('--jobs') ?? '2';
const pycArgs = args.flatMap((a, i) => (a === '--pyc-arg' ? [args[i + 1]!] : []));
const sample = option('--sample') !== undefined ? Number(option('--sample')) : undefined;

function sampleFiles<T>(items: T[], n: number | undefined): T[] {
  if (n === undefined || n >= items.length) return items;
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);
}

const root = stdlibRoot();
const sources = sampleFiles(stdlibFiles(), sample);
const work = mkdtempSync(join(tmpdir(), 'pyc-bench-build-'));
const copy = join(work, 'Lib');
for (const f of sources) {
  const to = join(copy, relative(root, f));
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(f, to);
}
const copied = sources.map((f) => join(copy, relative(root, f)));
const lines = copied.reduce((n, f) => n + readFileSync(f).toString('latin1').split('\n').length, 0);
console.log(`${copied.length} files, ${lines} lines, copied to ${copy}`);

/** Digest of every .pyc the build should have written (missing ones are left out). */
function pycDigests(): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of copied) {
    const p = cacheFromSource(f);
    if (existsSync(p)) out.set(p, createHash('sha1').update(readFileSync(p)).digest('hex'));
  }
  return out;
}

function timed(cmd: string, argv: string[], env: NodeJS.ProcessEnv): { seconds: number; status: number | null; stdout: string; stderr: string } {
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { seconds: (performance.now() - t0) / 1000, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const env = { ...process.env };
delete env['SOURCE_DATE_EPOCH'];
delete env['PYTHONPYCACHEPREFIX'];

// pyc: --jsonl to count outcomes; -q keeps warnings and errors out of the timing.
const load = (): string => loadavg().map((x) => x.toFixed(1)).join(' ');
const rssFile = join(work, 'pyc-maxrss');
const preload = pathToFileURL(join(projectRoot, 'dist', 'benchmarks', 'build', 'maxrss-preload.js')).href;
const loadBeforePyc = load();
console.log(`pyc build -j ${jobs} ${pycArgs.join(' ')}... (load average ${loadBeforePyc})`);
const p = timed(process.execPath, ['--import', preload, join(projectRoot, 'bin', 'pyc.js'), 'build', '--jsonl', '-q', '-f', '-j', jobs, ...pycArgs, copy], { ...env, PYC_BENCH_MAXRSS_FILE: rssFile });
const loadAfterPyc = load();
const records = p.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { file: string; ok?: boolean; error?: { type: string; msg: string } });
const pycFailed = records.filter((r) => !r.ok);
const pycUsage = existsSync(rssFile) ? (JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRssKb: number; userSeconds: number; systemSeconds: number }) : null;
const pycMaxRssKb = pycUsage?.maxRssKb ?? null;
const pycCpuSeconds = pycUsage ? pycUsage.userSeconds + pycUsage.systemSeconds : null;
const pycDigest = pycDigests();

const loadBeforeCompileall = load();
console.log(`python3 -m compileall -j ${jobs} -f -q ... (load average ${loadBeforeCompileall})`);
const c = timed('python3', [join(projectRoot, 'benchmarks', 'build', 'compileall-measured.py'), '-j', jobs, '-f', '-q', copy], env);
const loadAfterCompileall = load();
const cpyRss = JSON.parse(c.stderr.trim().split('\n').pop() ?? '{}') as { self_maxrss_kb?: number; children_maxrss_kb?: number; cpu_seconds?: number };
const cpyDigest = pycDigests();

let identical = 0;
const notIdentical: string[] = [];
for (const [path, d] of pycDigest) {
  if (cpyDigest.get(path) === d) identical++;
  else notIdentical.push(relative(copy, path));
}

const figures = {
  files: copied.length,
  lines,
  jobs: Number(jobs),
  pycArgs,
  pyc: { seconds: p.seconds, cpuSeconds: pycCpuSeconds, status: p.status, built: records.length - pycFailed.length, failed: pycFailed.length, maxRssKb: pycMaxRssKb, loadAverage: [loadBeforePyc, loadAfterPyc] },
  compileall: { seconds: c.seconds, cpuSeconds: cpyRss.cpu_seconds ?? null, status: c.status, built: cpyDigest.size, maxRssKb: cpyRss.self_maxrss_kb ?? null, workerMaxRssKb: cpyRss.children_maxrss_kb ?? null, loadAverage: [loadBeforeCompileall, loadAfterCompileall] },
  wallRatio: p.seconds / c.seconds,
  cpuRatio: pycCpuSeconds !== null && cpyRss.cpu_seconds ? pycCpuSeconds / cpyRss.cpu_seconds : null,
  byteIdenticalToCompileall: identical,
  notByteIdentical: notIdentical,
};
const mb = (kb: number | null | undefined): string => (kb ? `${(kb / 1024).toFixed(0)} MB` : '?');
const cpu = (s: number | null | undefined): string => (s ? `${s.toFixed(1)} s CPU` : '? s CPU');
console.log(`\npyc build:          ${p.seconds.toFixed(1)} s wall, ${cpu(pycCpuSeconds)}, ${figures.pyc.built} built, ${pycFailed.length} failed, peak RSS ${mb(pycMaxRssKb)} (exit ${p.status}; load ${loadBeforePyc} -> ${loadAfterPyc})`);
console.log(`compileall:         ${c.seconds.toFixed(1)} s wall, ${cpu(cpyRss.cpu_seconds)}, ${cpyDigest.size} built, peak RSS ${mb(cpyRss.self_maxrss_kb)} main, ${mb(cpyRss.children_maxrss_kb)} largest worker (exit ${c.status}; load ${loadBeforeCompileall} -> ${loadAfterCompileall})`);
console.log(`wall-time ratio:    ${figures.wallRatio.toFixed(1)}x (pyc / compileall)`);
if (figures.cpuRatio !== null) console.log(`CPU-time ratio:     ${figures.cpuRatio.toFixed(1)}x (pyc / compileall)`);
console.log(`pyc throughput:     ${(lines / p.seconds).toFixed(0)} lines/s wall${pycCpuSeconds ? `, ${(lines / pycCpuSeconds).toFixed(0)} lines/s per CPU second` : ''}`);
console.log(`byte-identical:     ${identical}/${pycDigest.size} of pyc's .pyc files equal compileall's`);
for (const f of notIdentical.slice(0, 10)) console.log(`  differs: ${f}`);
for (const r of pycFailed.slice(0, 10)) console.log(`  failed: ${r.file}: ${r.error?.type}: ${r.error?.msg}`);
const jsonPath = option('--json');
if (jsonPath) writeFileSync(jsonPath, JSON.stringify(figures, null, 2) + '\n');
if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true });
