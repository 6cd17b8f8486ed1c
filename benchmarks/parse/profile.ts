// Summarizes a V8 CPU profile of pyc's parser: self time by part of the pipeline (Ohm's
// matcher, our semantic actions, the layout pre-pass, ast.dump, GC...) and the costliest
// functions. Make a profile with
//   node dist/benchmarks/parse/run.js --parsers ohm --sample 100 --min-seconds 0 --cpu-prof /tmp/prof
// then: node dist/benchmarks/parse/profile.js /tmp/prof/ohm.cpuprofile
import { readFileSync } from 'node:fs';

interface CallFrame { functionName: string; url: string; lineNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** Which part of pyc (or of the platform) a function belongs to. */
export function partOf(frame: CallFrame): string {
  const u = frame.url;
  if (/\/node_modules\/ohm-js\/src\/(Semantics|nodes|Node)\.js/.test(u)) return 'ohm-js: semantics dispatch (CST wrappers, children, operation calls)';
  if (u.includes('/node_modules/ohm-js/')) return 'ohm-js: matching (rule application, memo tables, CST nodes)';
  if (u.includes('/src/parse/literals/')) return 'pyc: literal decoding (src/parse/literals)';
  if (/\/src\/parse\/(actions|helpers|context|token-end|fstring-host)\.js/.test(u)) return 'pyc: semantic actions (src/parse/actions, helpers, context, token-end)';
  if (u.includes('/src/parse/')) return 'pyc: parser driver and errors (src/parse/parser, errors)';
  if (u.includes('/src/tokenize/positions')) return 'pyc: position mapping (src/tokenize/positions)';
  if (u.includes('/src/tokenize/')) return 'pyc: decoding and layout pre-pass (src/tokenize)';
  if (u.includes('/generated/ast.js')) return 'pyc: AST constructors (generated/ast)';
  if (u.includes('/src/ast/')) return 'pyc: ast.dump and repr (src/ast)';
  if (u.includes('/benchmarks/') || u.includes('/test/')) return 'benchmark harness';
  if (frame.functionName === '(garbage collector)') return 'V8: garbage collector';
  if (frame.functionName === '(program)' || frame.functionName === '(idle)' || frame.functionName === '(root)') return 'V8: program, idle';
  if (u.startsWith('node:') || u === '') return 'node / V8 builtins';
  return 'other';
}

const keyOf = (frame: CallFrame): string => {
  const file = frame.url.replace(/^.*\/(node_modules|dist)\//, '');
  return `${frame.functionName || '(anonymous)'}  ${file}${file ? `:${frame.lineNumber + 1}` : ''}`;
};

export function summarize(profile: Profile): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
  const parts = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const frame = byId.get(id)!.callFrame;
    const part = partOf(frame);
    parts.set(part, (parts.get(part) ?? 0) + ms);
    const key = keyOf(frame);
    functions.set(key, (functions.get(key) ?? 0) + ms);
  }
  // Inclusive time: each sample counts once for every distinct function on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const frame = byId.get(n)!.callFrame;
      if (!/\/(src|generated|ohm-js\/src)\//.test(frame.url)) continue;
      const key = keyOf(frame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
  }
  const pct = (ms: number): string => `${((100 * ms) / total).toFixed(1).padStart(5)}%`;
  const out = [`self time ${(total / 1000).toFixed(1)} s, by part:`];
  for (const [part, ms] of [...parts].sort((a, b) => b[1] - a[1])) out.push(`  ${pct(ms)}  ${part}`);
  out.push('', 'costliest functions (self time):');
  for (const [fn, ms] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, 25)) out.push(`  ${pct(ms)}  ${fn}`);
  out.push('', 'pyc and ohm-js functions by inclusive time (V8 files GC samples apart, under the root):');
  for (const [fn, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 30)) out.push(`  ${pct(ms)}  ${fn}`);
  return out.join('\n');
}

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('usage: node dist/benchmarks/parse/profile.js PROFILE.cpuprofile');
  process.exitCode = 2;
}
for (const p of paths) console.log(summarize(JSON.parse(readFileSync(p, 'utf8')) as Profile));
