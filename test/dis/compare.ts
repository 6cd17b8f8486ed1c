// One file of the dis conformance comparison: CPython writes the .pyc and disassembles it; pyc
// disassembles the same .pyc (and, optionally, its own compilation of the source), and the texts
// are compared with code object addresses left out.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileSource } from '../../src/cli/compile-source.js';
import { disassemble, hashSecretFromSeed, type HashSecret } from '../../src/dis/index.js';
import { readPyc } from '../../src/pyc/index.js';
import { DisOracle, HASH_SEED, firstDifference, normalizeAddresses } from './oracle.js';

export type Verdict = 'same' | 'different' | 'failed';

export interface DisComparison {
  file: string;
  /** CPython rejects the file: nothing to compare. */
  rejected?: boolean;
  /** `pyc dis FILE.pyc` vs `dis.dis(marshal.loads(data[16:]))`. */
  pyc?: Verdict;
  /** `pyc dis FILE.py` vs `python3 -m dis FILE.py` (only when asked: it runs pyc's compiler). */
  src?: Verdict;
  /** The first difference (or the error) of each comparison that did not match. */
  detail?: string;
}

/** The hash keys the oracle process uses: its PYTHONHASHSEED, and its hash(None) and hash(...). */
export async function oracleHashes(oracle: DisOracle): Promise<HashSecret> {
  return { ...hashSecretFromSeed(Number(HASH_SEED)), ...(await oracle.addressHashes()) };
}

export async function compareFile(oracle: DisOracle, secret: HashSecret, file: string, tmp: string, n: number, withSource: boolean, source?: string): Promise<DisComparison> {
  const pycPath = join(tmp, `f${n}.pyc`);
  const answer = await oracle.ask(file, pycPath, source);
  if ('error' in answer) return { file, rejected: true, detail: `${answer.error.type}: ${answer.error.msg}` };
  const out: DisComparison = { file };
  const details: string[] = [];
  try {
    const mine = disassemble(readPyc(pycPath).code, { origin: 'marshal', hashSecret: secret });
    out.pyc = normalizeAddresses(mine) === normalizeAddresses(answer.pycDis) ? 'same' : 'different';
    if (out.pyc === 'different') details.push('.pyc: ' + firstDifference(normalizeAddresses(answer.pycDis), normalizeAddresses(mine)));
  } catch (e) {
    out.pyc = 'failed';
    details.push(`.pyc: ${(e as Error).stack ?? e}`);
  }
  if (withSource) {
    const bytes = source === undefined ? readFileSync(file) : Buffer.from(source);
    const compiled = compileSource(bytes, file);
    if (!compiled.ok) {
      out.src = 'failed';
      details.push(`.py: ${compiled.error.type}: ${compiled.error.msg}`);
    } else {
      const mine = disassemble(compiled.code, { origin: 'compiler', hashSecret: secret });
      out.src = normalizeAddresses(mine) === normalizeAddresses(answer.srcDis) ? 'same' : 'different';
      if (out.src === 'different') details.push('.py: ' + firstDifference(normalizeAddresses(answer.srcDis), normalizeAddresses(mine)));
    }
  }
  if (details.length > 0) out.detail = details.join('\n');
  return out;
}
