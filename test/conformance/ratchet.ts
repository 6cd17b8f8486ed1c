// The conformance ratchet: committed pass counts (test/conformance/ratchet.json) that a run
// may raise but never lower.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './ast-oracle.js';

const RATCHET_FILE = join(projectRoot, 'test', 'conformance', 'ratchet.json');

export type Counts = Record<string, number>;

export function readRatchet(): Counts {
  try {
    return JSON.parse(readFileSync(RATCHET_FILE, 'utf8')) as Counts;
  } catch {
    return {};
  }
}

/** Raises the recorded counts to `measured` where it is higher; keeps the others. */
export function writeRatchet(measured: Counts): void {
  const current = readRatchet();
  for (const [k, v] of Object.entries(measured)) current[k] = Math.max(current[k] ?? 0, v);
  const sorted = Object.fromEntries(Object.entries(current).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(RATCHET_FILE, JSON.stringify(sorted, null, 2) + '\n');
}

/** The counts that dropped below the ratchet, as messages. */
export function checkRatchet(recorded: Counts, measured: Counts): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(measured)) {
    const floor = recorded[k];
    if (floor !== undefined && v < floor) out.push(`${k} dropped to ${v} (ratchet ${floor})`);
  }
  return out;
}
