// Self time by function and by source file of a V8 CPU profile of `pyc run` (the VM runs on the
// CLI's worker thread, whose profile is the larger of the two files node writes per process).
//   node dist/benchmarks/vm/profile.js FILE.cpuprofile|DIR [N]
// DIR: the largest .cpuprofile in it. `node dist/benchmarks/vm/run.js --cpu-prof DIR` makes one
// profile per program (DIR/PROGRAM/) and prints these summaries after its table.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The worker thread's profile in DIR (the largest file), or FILE itself. */
export function profileFile(path: string): string {
  if (!statSync(path).isDirectory()) return path;
  const files = readdirSync(path)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(path, f))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  if (files.length === 0) throw new Error(`no .cpuprofile in ${path}`);
  return files[0]!;
}

const fileOf = (f: CallFrame): string => f.url.replace(/^.*\/(dist|node_modules)\//, '') || (f.functionName.startsWith('(') ? f.functionName : '(native)');

/** The `n` costliest functions and source files by self time, as lines of text. */
export function summarizeProfile(path: string, n = 15): string[] {
  const p = JSON.parse(readFileSync(profileFile(path), 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((x) => [x.id, x.callFrame]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  let total = 0;
  const fns = new Map<string, number>();
  const files = new Map<string, number>();
  for (const [id, us] of self) {
    const f = byId.get(id)!;
    total += us;
    const file = fileOf(f);
    const key = `${f.functionName || '(anonymous)'}  ${file}${f.url ? `:${f.lineNumber + 1}` : ''}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
    files.set(file, (files.get(file) ?? 0) + us);
  }
  const pct = (us: number): string => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
  const out = [`self time ${(total / 1e6).toFixed(2)} s; costliest functions:`];
  for (const [k, us] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, n)) out.push(`  ${pct(us)}  ${k}`);
  out.push('by file:');
  for (const [k, us] of [...files].sort((a, b) => b[1] - a[1]).slice(0, Math.min(n, 10))) out.push(`  ${pct(us)}  ${k}`);
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [path, n] = process.argv.slice(2);
  if (!path) {
    console.error('usage: node dist/benchmarks/vm/profile.js FILE.cpuprofile|DIR [N]');
    process.exit(2);
  }
  for (const line of summarizeProfile(path, n ? Number(n) : 15)) console.log(line);
}
