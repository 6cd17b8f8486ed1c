// The compiler oracle: one long-lived python3 running tools/cpython-code.py, answering
// "compile this" with CPython's marshalled code object (read back with src/marshal) and
// "disassemble this" with dis output, for pyc's differential tests.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PyCode } from '../../src/bytecode/code.js';
import { dumps, loads } from '../../src/marshal/index.js';
import { projectRoot } from '../conformance/ast-oracle.js';

export interface OracleError {
  type: string;
  msg: string;
  lineno?: number | null;
  offset?: number | null;
  end_lineno?: number | null;
  end_offset?: number | null;
}

export type OracleResult = { code: PyCode } | { error: OracleError };

interface Answer {
  code?: string;
  error?: OracleError;
  dis?: string;
}

export class CodeOracle {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: ((a: Answer) => void)[] = [];

  constructor() {
    this.child = spawn('python3', [join(projectRoot, 'tools', 'cpython-code.py')], {
      env: { ...process.env, PYTHONHASHSEED: '0' },
    });
    createInterface({ input: this.child.stdout }).on('line', (line) => this.waiting.shift()!(JSON.parse(line) as Answer));
    this.child.stderr.on('data', (d: Buffer) => process.stderr.write(d));
  }

  private ask(req: object): Promise<Answer> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.child.stdin.write(JSON.stringify(req) + '\n');
    });
  }

  /** CPython's code object for a file (read by python3 itself) or for `source` under `path`. */
  async compile(path: string, source?: string, mode: 'exec' | 'eval' | 'single' = 'exec', optimize = 0): Promise<OracleResult> {
    const a = await this.ask(source === undefined ? { path, optimize } : { path, source, mode, optimize });
    if (a.error) return { error: a.error };
    const value = loads(Buffer.from(a.code!, 'hex'));
    if (!(value instanceof PyCode)) throw new Error('oracle: not a code object');
    return { code: value };
  }

  /** `dis.dis` of one code object (not its children). */
  async dis(code: PyCode): Promise<string> {
    const a = await this.ask({ dis: Buffer.from(dumps(code)).toString('hex') });
    return a.dis ?? `<dis failed: ${a.error?.msg}>`;
  }

  close(): void {
    this.child.stdin.end();
  }
}
