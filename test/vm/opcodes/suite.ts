// The per-opcode suite: test/vm/opcodes/*.py hold small snippets (top-level functions t_*,
// run in order by lib/_runner.py, each under a "--- NAME" line), one file per opcode family.
// python3 says which opcodes each snippet exercises (_dis.py: `dis` of python3's own
// compilation, live); every file is run by python3 and by pyc's VM, on python3's .pyc and on
// pyc's compilation, as the program suite does (harness.ts), and compared snippet by snippet
// (the stdout section under its "--- NAME" line) and as a whole (stdout, stderr, exit status).

import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { compileAllWithPython, describeDiff, projectRoot, PYTHON, pycFor, runPython, runVmOnPyc, runVmOnSource, sameOutcome, stage, type Outcome } from '../harness.js';
import { pool } from '../programs.js';

export const opcodesDir = join(projectRoot, 'test', 'vm', 'opcodes');

/**
 * dis.opmap names that CPython 3.11's compiler never emits as an instruction, with the evidence
 * (_stdlib_opcodes.py): compiling every .py file under python3's Lib (13336 files, mode 'exec')
 * and collecting the `dis.get_instructions` names of all code objects leaves out exactly CACHE and
 * PRINT_EXPR. PRINT_EXPR is emitted in mode 'single' (the interactive prompt), which a snippet
 * reaches with compile(..., 'single') (module_level.py), so it stays in the list.
 */
export const EXCLUDED: Record<string, string> = {
  CACHE: "an inline cache entry after an instruction (co_code padding the adaptive interpreter specialises into), never executed as an instruction; dis.get_instructions hides it",
};

export interface SnippetResult {
  file: string;
  name: string;
  /** dis.opmap names python3 emits for it. */
  ops: string[];
  pyc: boolean;
  source: boolean;
  diff: string;
}

export interface OpcodeSuite {
  /** The opcodes the list requires: dis.opmap minus EXCLUDED. */
  opcodes: string[];
  /** Opcode -> snippets ("file:name") exercising it. */
  coverage: Map<string, string[]>;
  snippets: SnippetResult[];
  /** Whole-file differences (stderr or exit status), by file and path. */
  fileDiffs: string[];
  /** Seconds spent in python3 (dis, compileall, oracle runs) and in the VM. */
  seconds: { python: number; vm: number };
}

export function listOpcodeFiles(): string[] {
  return readdirSync(opcodesDir).filter((f) => f.endsWith('.py') && !f.startsWith('_')).sort().map((f) => join(opcodesDir, f));
}

interface DisResult {
  opmap: string[];
  files: Record<string, Record<string, string[]>>;
}

function disassemble(files: string[]): Promise<DisResult> {
  return new Promise((resolve, reject) => {
    execFile(PYTHON, [join(opcodesDir, '_dis.py'), ...files], { maxBuffer: 1 << 26, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) reject(new Error(`_dis.py failed: ${stderr || err.message}`));
      else resolve(JSON.parse(stdout) as DisResult);
    });
  });
}

/** stdout cut into snippet sections: "<module>" before the first "--- NAME" line. */
export function sections(stdout: string): Map<string, string> {
  const out = new Map<string, string>();
  let name = '<module>';
  let buf: string[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^--- (t_\w+)$/.exec(line);
    if (m) {
      out.set(name, buf.join('\n'));
      name = m[1]!;
      buf = [];
    } else buf.push(line);
  }
  out.set(name, buf.join('\n'));
  return out;
}

function sectionDiff(name: string, expected: Outcome, got: Outcome): string {
  const e = sections(expected.stdout).get(name);
  const g = sections(got.stdout).get(name);
  if (e === g) return '';
  return describeDiff({ stdout: e ?? '<missing>', stderr: '', status: 0 }, { stdout: g ?? '<missing>', stderr: '', status: 0 });
}

export async function runOpcodeSuite(filter?: (file: string) => boolean): Promise<OpcodeSuite> {
  const files = listOpcodeFiles().filter((f) => !filter || filter(basename(f)));
  const root = mkdtempSync(join(tmpdir(), 'pyc-opcodes-'));
  const lib = join(opcodesDir, 'lib');
  const staged = files.map((f) => stage(f, root, lib));
  const t0 = performance.now();
  const [dis] = await Promise.all([disassemble(files), compileAllWithPython(root)]);
  const expected = await pool(staged, 6, async (st) => {
    const pyc = pycFor(st);
    const [fromSource, fromPyc] = await Promise.all([runPython(st, ''), runPython(pyc, '')]);
    return { st, pyc, fromSource, fromPyc };
  });
  const t1 = performance.now();
  const opcodes = dis.opmap.filter((o) => !(o in EXCLUDED));
  const coverage = new Map<string, string[]>(opcodes.map((o) => [o, []]));
  const snippets: SnippetResult[] = [];
  const fileDiffs: string[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = basename(files[i]!);
    const { st, pyc, fromSource, fromPyc } = expected[i]!;
    const onPyc = runVmOnPyc(pyc, st, '');
    let onSource: Outcome;
    try {
      onSource = runVmOnSource(st, '');
    } catch (e) {
      onSource = { stdout: '', stderr: String(e), status: -1 };
    }
    for (const [path, exp, got] of [['python3 .pyc', fromPyc, onPyc], ['pyc compiler', fromSource, onSource]] as const) {
      if (exp.stderr !== got.stderr || exp.status !== got.status) {
        fileDiffs.push(`${file} [${path}]: ${describeDiff({ ...exp, stdout: '' }, { ...got, stdout: '' })}`);
      }
    }
    const names = [...sections(fromSource.stdout).keys()];
    const perSnippet = dis.files[files[i]!] ?? {};
    for (const name of Object.keys(perSnippet)) if (!names.includes(name)) names.push(name);
    for (const name of names) {
      const ops = perSnippet[name] ?? [];
      const a = sectionDiff(name, fromPyc, onPyc);
      const b = sectionDiff(name, fromSource, onSource);
      const missing = name !== '<module>' && !sections(fromSource.stdout).has(name) ? 'python3 did not run it' : '';
      snippets.push({
        file, name, ops, pyc: !a && !missing, source: !b && !missing,
        diff: [missing, a && `[python3 .pyc] ${a}`, b && `[pyc compiler] ${b}`].filter(Boolean).join('\n  '),
      });
      for (const o of ops) coverage.get(o)?.push(`${file}:${name}`);
    }
  }
  const seconds = { python: (t1 - t0) / 1000, vm: (performance.now() - t1) / 1000 };
  return { opcodes, coverage, snippets, fileDiffs, seconds };
}

/** One line per opcode: how many snippets exercise it and pass, with the failing ones. */
export function coverageReport(suite: OpcodeSuite): string[] {
  const byKey = new Map(suite.snippets.map((s) => [`${s.file}:${s.name}`, s]));
  return suite.opcodes.map((o) => {
    const list = suite.coverage.get(o) ?? [];
    const failing = list.filter((k) => { const s = byKey.get(k); return !s || !s.pyc || !s.source; });
    const own = list.filter((k) => !k.endsWith(':<module>'));
    return `${o.padEnd(28)} ${list.length - failing.length}/${list.length} snippets pass` +
      (own.length ? ` (e.g. ${own.slice(0, 3).join(', ')})` : '') + (failing.length ? `; failing: ${failing.join(', ')}` : '');
  });
}
