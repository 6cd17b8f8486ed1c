// Printing a fuzz campaign: the figures, the shrunk JS errors and hangs, the smallest inputs
// of each kind of disagreement, and which CPython messages pyc most often misses.
import type { CampaignSummary, CaseResult } from './campaign.js';
import { cpythonDumpsOrErrors, describeVerdict, pycDumpOrError } from './verdicts.js';

const pct = (n: number, of: number): string => `${((100 * n) / Math.max(of, 1)).toFixed(2)}%`;

/** An input as a Python bytes literal, so that it can be pasted into a test or python3 -c. */
export function showBytes(bytes: Uint8Array): string {
  let out = "b'";
  for (const b of bytes) {
    if (b === 0x27) out += "\\'";
    else if (b === 0x5c) out += '\\\\';
    else if (b === 0x0a) out += '\\n';
    else if (b === 0x09) out += '\\t';
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return out + "'";
}

export function formatFigures(s: CampaignSummary): string {
  const lines = [
    `fuzz: ${s.cases} cases (seed ${s.seed}) in ${s.seconds.toFixed(1)} s; pyc ${(s.totalPycMs / 1000).toFixed(1)} s of work, slowest case ${(s.maxMs / 1000).toFixed(2)} s, ${s.slow} slow (> 2 s)`,
    `  CPython accepted ${s.cpythonValid}, rejected ${s.cases - s.cpythonValid}`,
    `  JS errors:           ${s.jsErrors}`,
    `  hangs:               ${s.hangs}`,
    `  verdict-class equal: ${s.sameClass} (${pct(s.sameClass, s.cases)})   [both valid, or same error type and line]`,
    `  exact equal:         ${s.exact} (${pct(s.exact, s.cases)})   [same AST, or same type, msg, lineno, offset]`,
    `  by kind: ${Object.entries(s.categories).map(([k, v]) => `${k} ${v}`).join(', ')}`,
  ];
  return lines.join('\n');
}

export function formatShrunk(s: CampaignSummary): string {
  if (s.shrunk.length === 0) return '';
  const out = ['', 'JS errors and hangs, shrunk:'];
  for (const f of s.shrunk) {
    out.push(`--- ${f.kind} (case ${f.index}; replay: fc.check(property, { seed: ${f.seed}, path: '${f.path}' }))`);
    out.push(`input: ${showBytes(f.bytes)}`);
    out.push(describeVerdict(f.verdict).split('\n').slice(0, 4).join('\n'));
  }
  return out.join('\n');
}

/** The `perKind` smallest inputs of each kind of disagreement, with both verdicts. */
export async function formatExamples(s: CampaignSummary, perKind: number, grep?: string): Promise<string> {
  const byKind = new Map<string, CaseResult[]>();
  for (const r of s.results) {
    if (r.agreement.exact) continue;
    if (grep && !describeVerdict(r.cpython).includes(grep) && !describeVerdict(r.pyc).includes(grep)) continue;
    const list = byKind.get(r.agreement.category) ?? [];
    list.push(r);
    byKind.set(r.agreement.category, list);
  }
  const out: string[] = [];
  for (const [kind, list] of [...byKind].sort()) {
    list.sort((a, b) => a.bytes.length - b.bytes.length || a.index - b.index);
    const shown = list.slice(0, perKind);
    out.push('', `${kind}: ${list.length} (smallest ${shown.length})`);
    const full = kind === 'ast-differs' ? await cpythonDumpsOrErrors(shown.map((r) => r.bytes)) : [];
    shown.forEach((r, k) => {
      out.push(`  case ${r.index}: ${showBytes(r.bytes)}`);
      if (kind === 'ast-differs') {
        out.push(indent(firstDifference(pycDumpOrError(r.bytes), full[k]!), 4));
      } else {
        out.push(`    pyc:     ${describeVerdict(r.pyc).split('\n').join('\n             ')}`);
        out.push(`    cpython: ${describeVerdict(r.cpython)}`);
      }
    });
  }
  return out.join('\n');
}

/** Which CPython error messages pyc most often does not reproduce exactly. */
export function formatMissedMessages(s: CampaignSummary, top: number): string {
  const counts = new Map<string, number>();
  for (const r of s.results) {
    if (r.agreement.exact || r.cpython.kind !== 'error') continue;
    const msg = r.cpython.error.msg.replace(/\d+/g, 'N').replace(/'[^']*'/g, "'…'");
    const key = `${r.cpython.error.type}: ${msg}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const rows = [...counts].sort((a, b) => b[1] - a[1]).slice(0, top);
  if (rows.length === 0) return '';
  return ['', 'CPython errors pyc does not reproduce exactly, most frequent first:', ...rows.map(([k, n]) => `  ${String(n).padStart(5)}  ${k}`)].join('\n');
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 60);
  return `pyc:     ...${a.slice(from, i + 60)}\ncpython: ...${b.slice(from, i + 60)}`;
}

function indent(text: string, n: number): string {
  return text.split('\n').map((l) => ' '.repeat(n) + l).join('\n');
}
