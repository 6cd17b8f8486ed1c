// The dis oracle client: one long-lived python3 running test/dis/dis-oracle.py (see there),
// which writes CPython's .pyc for a file and answers with CPython's dis text of it.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from '../conformance/ast-oracle.js';

export type DisAnswer = { pycDis: string; srcDis: string } | { error: { type: string; msg: string } };

/** The PYTHONHASHSEED both sides use, so that frozenset constants print in one order. */
export const HASH_SEED = '0';

export class DisOracle {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: ((a: DisAnswer) => void)[] = [];

  constructor() {
    this.child = spawn('python3', [join(projectRoot, 'test', 'dis', 'dis-oracle.py')], {
      env: { ...process.env, PYTHONHASHSEED: HASH_SEED },
    });
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      const a = JSON.parse(line) as { pyc_dis?: string; src_dis?: string; error?: { type: string; msg: string } };
      // A `hashes` answer is passed on as it is (see addressHashes).
      this.waiting.shift()!(a.error ? { error: a.error } : a.pyc_dis === undefined ? (a as unknown as DisAnswer) : { pycDis: a.pyc_dis, srcDis: a.src_dis! });
    });
    this.child.stderr.on('data', (d: Buffer) => process.stderr.write(d));
  }

  /** hash(None) and hash(...) of the oracle process, which order frozensets that hold them. */
  addressHashes(): Promise<{ noneHash: bigint; ellipsisHash: bigint }> {
    return new Promise((resolve) => {
      this.waiting.push((a) => {
        const h = a as unknown as { none: string; ellipsis: string };
        resolve({ noneHash: BigInt(h.none), ellipsisHash: BigInt(h.ellipsis) });
      });
      this.child.stdin.write(JSON.stringify({ hashes: true }) + '\n');
    });
  }

  /** CPython compiles `path` (or `source` under that name), writes its .pyc to `pyc`, and disassembles. */
  ask(path: string, pyc: string, source?: string): Promise<DisAnswer> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.child.stdin.write(JSON.stringify(source === undefined ? { path, pyc } : { path, pyc, source }) + '\n');
    });
  }

  close(): void {
    this.child.stdin.end();
  }
}

/** Code object addresses differ from run to run (and pyc makes its own up): compare without them. */
export function normalizeAddresses(text: string): string {
  return text.replace(/ at 0x[0-9a-f]+/g, ' at 0xADDR');
}

/** The first line where two texts differ, for messages. */
export function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}:\n  cpython: ${JSON.stringify(a[i])}\n  pyc:     ${JSON.stringify(b[i])}`;
  }
  return 'no difference';
}
