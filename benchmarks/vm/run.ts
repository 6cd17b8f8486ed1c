// `npm run bench` / `benchmarks/run` / `node dist/benchmarks/vm/run.js`: the VM's speed as a
// ratio to CPython's. Every program of benchmarks/vm/programs/ runs as `python3 PROG SIZE` and
// as `node bin/pyc.js run --backend B PROG SIZE` for each backend B (default vm and wasm), in
// one run, interleaved: each round runs python3 and every backend once, the order reversed
// every other round, so that a busy spell of the shared machine falls on both sides. Each child
// is measured from outside (benchmarks/child-usage.ts: wall time, and CPU time = user + system
// of all its threads), and every backend's stdout and exit status are checked against
// python3's. Start-up is measured the same way on benchmarks/vm/startup.py (`pass`), and the
// ratios are given both in total and with each side's start-up subtracted. A backend that
// `pyc run` refuses (today: wasm) is reported as not available, as a column of "n/a".
//
//   --programs LIST    comma-separated program names (default: all, in name order)
//   --repeat N         rounds per program (default 3); the table shows the best of them
//   --startup-repeat N rounds of the start-up program (default 2 x repeat)
//   --stat min|median  which of the N samples the table shows (default min: best-of-N)
//   --size-scale F     multiply every program's default size by F (sizes are linear in work)
//   --size NAME=N      one program's size (repeatable; wins over --size-scale)
//   --backends LIST    pyc run backends to compare with python3 (default vm,wasm)
//   --python CMD       the CPython to compare with (default $PYC_PYTHON or python3)
//   --json FILE        all samples and figures as JSON
//   --cpu-prof DIR     after the timed rounds, one more (untimed) run of each program on each
//                      backend under node --cpu-prof (DIR/PROGRAM/), summarized after the table
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { runMeasured, type ChildUsage } from '../child-usage.js';
import { summarizeProfile } from './profile.js';
import { listBenchPrograms, programsDir, projectRoot, scaledSize, startupProgram, type BenchProgram } from './programs.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const optionAll = (name: string): string[] => args.flatMap((a, i) => (a === name && i + 1 < args.length ? [args[i + 1]!] : []));

const repeat = Math.max(1, Number(option('--repeat') ?? 3));
const startupRepeat = Math.max(1, Number(option('--startup-repeat') ?? 2 * repeat));
const stat = option('--stat') ?? 'min';
if (stat !== 'min' && stat !== 'median') throw new Error(`--stat: min or median, not ${stat}`);
const sizeScale = Number(option('--size-scale') ?? 1);
const python = option('--python') ?? process.env['PYC_PYTHON'] ?? 'python3';
const backends = (option('--backends') ?? 'vm,wasm').split(',').filter(Boolean);
const sizeOverrides = new Map(
  optionAll('--size').map((s) => {
    const [name, n] = s.split('=');
    if (!name || !n || !Number.isFinite(Number(n))) throw new Error(`--size NAME=N, not ${s}`);
    return [name, Number(n)] as const;
  }),
);

const all = listBenchPrograms();
const wanted = option('--programs')?.split(',').filter(Boolean);
for (const w of wanted ?? []) if (!all.some((p) => p.name === w)) throw new Error(`no program ${w} (have: ${all.map((p) => p.name).join(', ')})`);
const programs = wanted ? all.filter((p) => wanted.includes(p.name)) : all;
for (const name of sizeOverrides.keys()) if (!programs.some((p) => p.name === name)) throw new Error(`--size: no program ${name} in this run`);
const sizeOf = (p: BenchProgram): number => sizeOverrides.get(p.name) ?? scaledSize(p, sizeScale);

const pycJs = join(projectRoot, 'bin', 'pyc.js');
const cpuProfDir = option('--cpu-prof');
const env = { ...process.env };
const load = (): number[] => loadavg().map((x) => Math.round(x * 100) / 100);

type Side = 'python3' | string;
interface Sample {
  wall: number;
  cpu: number;
  user: number;
  system: number;
  maxRssKb: number;
  status: number | null;
}

function runSide(side: Side, file: string, argv: string[]): ChildUsage {
  if (side === 'python3') return runMeasured(python, [file, ...argv], { env, cwd: programsDir, python });
  return runMeasured(process.execPath, [pycJs, 'run', '--backend', side, file, ...argv], { env, cwd: programsDir, python });
}

const sample = (u: ChildUsage): Sample => ({ wall: u.wallSeconds, cpu: u.cpuSeconds, user: u.userSeconds, system: u.systemSeconds, maxRssKb: u.maxRssKb, status: u.status });

function pick(xs: number[]): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  if (stat === 'min') return s[0]!;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Geometric mean; n/a (NaN) when there is none or any ratio is n/a (e.g. a net time <= 0). */
const geomean = (xs: number[]): number => {
  if (xs.length === 0 || xs.some((x) => !(Number.isFinite(x) && x > 0))) return NaN;
  return Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
};

/** The first line where two outputs differ, for the report. */
function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}: python3 ${JSON.stringify(a[i] ?? '<end>')}, got ${JSON.stringify(b[i] ?? '<end>')}`;
  }
  return 'same stdout, other exit status';
}

const pythonVersion = spawnSync(python, ['-c', 'import sys; print(sys.version.split()[0])'], { encoding: 'utf8' }).stdout.trim();
const started = new Date();
const loadBefore = load();
console.log(`VM benchmark, ${started.toISOString()}: python3 ${pythonVersion}, node ${process.version}, ${cpus().length} CPUs, load average ${loadBefore.join(' ')}`);
console.log(`${programs.length} programs, ${repeat} rounds each (${stat} of them shown), size scale ${sizeScale}; backends: ${backends.join(', ')}`);

// Which backends `pyc run` accepts: a backend is benchmarked when the start-up program runs
// under it with python3's output and status; otherwise its column says why not.
interface BackendState {
  name: string;
  available: boolean;
  reason?: string;
}
const backendStates: BackendState[] = backends.map((name) => {
  const u = runSide(name, startupProgram, []);
  if (u.status === 0 && u.stdout === '') return { name, available: true };
  const why = (u.stderr.trim().split('\n').pop() ?? '').trim() || `exit status ${u.status}`;
  return { name, available: false, reason: `pyc run --backend ${name}: ${why}` };
});
for (const b of backendStates) if (!b.available) console.log(`${b.name}: not available (${b.reason})`);
const live = backendStates.filter((b) => b.available).map((b) => b.name);
const sides: Side[] = ['python3', ...live];

/** Runs `rounds` interleaved rounds of every side on one program. */
function rounds(file: string, argv: string[], n: number): { samples: Map<Side, Sample[]>; outputs: Map<Side, ChildUsage[]> } {
  const samples = new Map<Side, Sample[]>(sides.map((s) => [s, []]));
  const outputs = new Map<Side, ChildUsage[]>(sides.map((s) => [s, []]));
  for (let r = 0; r < n; r++) {
    const order = r % 2 === 0 ? sides : [...sides].reverse();
    for (const side of order) {
      const u = runSide(side, file, argv);
      samples.get(side)!.push(sample(u));
      outputs.get(side)!.push(u);
    }
  }
  return { samples, outputs };
}

// Start-up: `pass`.
const startup = rounds(startupProgram, [], startupRepeat);
const startupCpu = new Map(sides.map((s) => [s, pick(startup.samples.get(s)!.map((x) => x.cpu))]));
const startupWall = new Map(sides.map((s) => [s, pick(startup.samples.get(s)!.map((x) => x.wall))]));
console.log(`start-up (${startupRepeat} rounds, ${stat}): ${sides.map((s) => `${s} ${startupCpu.get(s)!.toFixed(3)} s CPU, ${startupWall.get(s)!.toFixed(3)} s wall`).join('; ')}`);

interface BackendFigures {
  cpu: number;
  wall: number;
  maxRssKb: number;
  cpuRatio: number;
  wallRatio: number;
  netCpuRatio: number;
  netWallRatio: number;
  outputMatches: boolean;
  mismatch?: string;
  samples: Sample[];
}
interface ProgramFigures {
  name: string;
  size: number;
  python3: { cpu: number; wall: number; maxRssKb: number; samples: Sample[]; consistent: boolean };
  backends: Record<string, BackendFigures>;
}

const results: ProgramFigures[] = [];
for (const p of programs) {
  const size = sizeOf(p);
  const { samples, outputs } = rounds(p.path, [String(size)], repeat);
  const pyRuns = outputs.get('python3')!;
  const ref = pyRuns[0]!;
  const consistent = pyRuns.every((u) => u.stdout === ref.stdout && u.status === ref.status);
  const pyCpu = pick(samples.get('python3')!.map((x) => x.cpu));
  const pyWall = pick(samples.get('python3')!.map((x) => x.wall));
  const fig: ProgramFigures = {
    name: p.name,
    size,
    python3: { cpu: pyCpu, wall: pyWall, maxRssKb: Math.max(...samples.get('python3')!.map((x) => x.maxRssKb)), samples: samples.get('python3')!, consistent },
    backends: {},
  };
  if (ref.status !== 0) console.log(`  ${p.name}: python3 exited with ${ref.status}: ${ref.stderr.trim().split('\n').pop()}`);
  if (!consistent) console.log(`  ${p.name}: python3's output differs between its own runs (the program is not deterministic)`);
  for (const b of live) {
    const runs = outputs.get(b)!;
    const bad = runs.find((u) => u.stdout !== ref.stdout || u.status !== ref.status);
    const cpu = pick(samples.get(b)!.map((x) => x.cpu));
    const wall = pick(samples.get(b)!.map((x) => x.wall));
    fig.backends[b] = {
      cpu,
      wall,
      maxRssKb: Math.max(...samples.get(b)!.map((x) => x.maxRssKb)),
      cpuRatio: cpu / pyCpu,
      wallRatio: wall / pyWall,
      netCpuRatio: net(cpu - startupCpu.get(b)!, pyCpu - startupCpu.get('python3')!),
      netWallRatio: net(wall - startupWall.get(b)!, pyWall - startupWall.get('python3')!),
      outputMatches: !bad,
      mismatch: bad ? `${firstDifference(ref.stdout, bad.stdout)}${bad.status !== ref.status ? `; exit status ${bad.status}, python3 ${ref.status}` : ''}${bad.stderr ? `; stderr: ${bad.stderr.trim().split('\n').slice(-1)[0]}` : ''}` : undefined,
      samples: samples.get(b)!,
    };
  }
  results.push(fig);
  if (cpuProfDir) {
    for (const b of live) {
      const dir = join(cpuProfDir, live.length > 1 ? `${p.name}-${b}` : p.name);
      mkdirSync(dir, { recursive: true });
      spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, pycJs, 'run', '--backend', b, p.path, String(size)], { cwd: programsDir, env, stdio: 'ignore' });
    }
  }
  console.log(
    `  ${p.name} (size ${size}): python3 ${pyCpu.toFixed(3)} s CPU; ` +
      live.map((b) => `${b} ${fig.backends[b]!.cpu.toFixed(3)} s CPU, ${fig.backends[b]!.cpuRatio.toFixed(2)}x the time${fig.backends[b]!.outputMatches ? '' : ' (OUTPUT DIFFERS)'}`).join('; '),
  );
}

function net(a: number, b: number): number {
  return a > 0 && b > 0 ? a / b : NaN;
}

const loadAfter = load();
const f2 = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
const fx = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(2)}x` : 'n/a');
const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
const mb = (kb: number): string => (Number.isFinite(kb) ? (kb / 1024).toFixed(0) : 'n/a');
const startupRss = (side: Side): number => Math.max(...startup.samples.get(side)!.map((x) => x.maxRssKb));
const speed = (ratio: number): string => (Number.isFinite(ratio) && ratio > 0 ? `${(1 / ratio).toFixed(2)}x` : 'n/a');

// The table (Markdown): per backend, its times and its ratios to python3's; "time ratio" is
// backend time / python3 time (lower is better), "speed" is its inverse (x CPython's speed).
const head = ['program', 'size', 'python3 CPU s', 'python3 wall s', 'python3 peak RSS MB'];
for (const b of backendStates) {
  if (b.available) head.push(`${b.name} CPU s`, `${b.name} wall s`, `${b.name} peak RSS MB`, `${b.name}/python3 CPU`, `${b.name}/python3 wall`, `${b.name}/python3 CPU, start-up subtracted`, `${b.name} speed (x CPython, CPU)`);
  else head.push(b.name);
}
const rows: string[][] = [];
for (const r of results) {
  const row = [r.name, String(r.size), f3(r.python3.cpu), f3(r.python3.wall), mb(r.python3.maxRssKb)];
  for (const b of backendStates) {
    if (!b.available) {
      row.push('n/a');
      continue;
    }
    const x = r.backends[b.name]!;
    const mark = x.outputMatches ? '' : ' ✗ output differs';
    row.push(f3(x.cpu), f3(x.wall), mb(x.maxRssKb), f2(x.cpuRatio) + mark, f2(x.wallRatio) + mark, f2(x.netCpuRatio) + mark, speed(x.cpuRatio) + mark);
  }
  rows.push(row);
}
const summary: Record<string, { programs: number; cpuRatio: number; wallRatio: number; netCpuRatio: number; netWallRatio: number }> = {};
{
  const row = ['**geometric mean**', '', '', '', ''];
  for (const b of backendStates) {
    if (!b.available) {
      row.push('n/a');
      continue;
    }
    const ok = results.map((r) => r.backends[b.name]!).filter((x) => x.outputMatches);
    const g = {
      programs: ok.length,
      cpuRatio: geomean(ok.map((x) => x.cpuRatio)),
      wallRatio: geomean(ok.map((x) => x.wallRatio)),
      netCpuRatio: geomean(ok.map((x) => x.netCpuRatio)),
      netWallRatio: geomean(ok.map((x) => x.netWallRatio)),
    };
    summary[b.name] = g;
    const over = ok.length < results.length ? ` (${ok.length} of ${results.length} programs)` : '';
    row.push('', '', '', `**${f2(g.cpuRatio)}**${over}`, f2(g.wallRatio), f2(g.netCpuRatio), `**${speed(g.cpuRatio)}**`);
  }
  rows.push(row);
}
{
  const row = ['start-up (`pass`)', '', f3(startupCpu.get('python3')!), f3(startupWall.get('python3')!), mb(startupRss('python3'))];
  for (const b of backendStates) {
    if (!b.available) {
      row.push('n/a');
      continue;
    }
    const c = startupCpu.get(b.name)!;
    const w = startupWall.get(b.name)!;
    row.push(f3(c), f3(w), mb(startupRss(b.name)), f2(c / startupCpu.get('python3')!), f2(w / startupWall.get('python3')!), '', '');
  }
  rows.push(row);
}
console.log();
console.log(`| ${head.join(' | ')} |`);
console.log(`| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log();
for (const b of backendStates) {
  if (!b.available) {
    console.log(`${b.name}: n/a: ${b.reason}`);
    continue;
  }
  const g = summary[b.name]!;
  console.log(
    `${b.name}: geometric mean over ${g.programs} programs: ${fx(g.cpuRatio)} python3's CPU time (${speed(g.cpuRatio)} CPython's speed), ` +
      `${fx(g.wallRatio)} its wall time; start-up subtracted: ${fx(g.netCpuRatio)} CPU, ${fx(g.netWallRatio)} wall`,
  );
  for (const r of results) {
    const x = r.backends[b.name]!;
    if (!x.outputMatches) console.log(`  ${r.name}: ${b.name}'s output differs from python3's: ${x.mismatch}`);
  }
}
console.log(`load average: ${loadBefore.join(' ')} before, ${loadAfter.join(' ')} after; ${((Date.now() - started.getTime()) / 1000).toFixed(0)} s in all`);

if (cpuProfDir) {
  for (const r of results) {
    for (const b of live) {
      const dir = join(cpuProfDir, live.length > 1 ? `${r.name}-${b}` : r.name);
      console.log(`\n${r.name} on ${b} (${dir}):`);
      try {
        for (const line of summarizeProfile(dir, 12)) console.log(`  ${line}`);
      } catch (e) {
        console.log(`  no profile: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
}

const jsonPath = option('--json');
if (jsonPath) {
  const figures = {
    date: started.toISOString(),
    python: pythonVersion,
    node: process.version,
    cpus: cpus().length,
    loadAverage: { before: loadBefore, after: loadAfter },
    repeat,
    startupRepeat,
    stat,
    sizeScale,
    backends: backendStates,
    startup: Object.fromEntries(sides.map((s) => [s, { cpu: startupCpu.get(s), wall: startupWall.get(s), samples: startup.samples.get(s) }])),
    programs: results,
    geomean: summary,
  };
  writeFileSync(jsonPath, JSON.stringify(figures, null, 2) + '\n');
}
// A wrong output fails the run, and so does a VM that does not run at all (wasm may be n/a).
const failed = results.some((r) => Object.values(r.backends).some((x) => !x.outputMatches)) || backendStates.some((b) => b.name === 'vm' && !b.available);
process.exitCode = failed ? 1 : 0;
