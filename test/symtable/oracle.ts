// Differential testing of src/symtable against CPython 3.11: both sides are turned into the same
// record, {table, shapes} or an error, and compared.
//
//   table   the block tree with every symbol's raw flags word (scope bits included), as
//           python3's `symtable._table` exposes it (tools/cpython-symtable.py);
//   shapes  the code objects `compile()` makes (name, first line, flags, cellvars, freevars,
//           parameters): everything compile.c derives from the symbol table, which covers what
//           `_table` does not show (generator, coroutine, nested, varargs, needs_class_closure).

import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import type * as ast from '../../generated/ast.js';
import { PySyntaxError } from '../../src/diagnostics/syntax-error.js';
import { CompileRecursionError, buildSymtable, type SymbolTable, type SymtableEntry } from '../../src/symtable/index.js';

// This file runs from dist/test/symtable/ once compiled.
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const ORACLE = join(REPO_ROOT, 'tools', 'cpython-symtable.py');

export interface BlockDump {
  type: string;
  name: string;
  lineno: number;
  nested: boolean;
  varnames: string[];
  symbols: Record<string, number>;
  children: BlockDump[];
}

export interface CodeShape {
  name: string;
  firstlineno: number;
  flags: number;
  cellvars: string[];
  freevars: string[];
  params: string[];
}

export interface ErrorFields {
  type: string;
  msg: string;
  lineno?: number | null;
  offset?: number | null;
  end_lineno?: number | null;
  end_offset?: number | null;
}

export interface SymtableRecord {
  file: string;
  table?: BlockDump;
  shapes?: CodeShape[];
  error?: ErrorFields;
  parse_error?: ErrorFields;
  compile_error?: ErrorFields;
  /** CPython's AST in tools/export-ast-json.py's encoding (with `trees`). */
  tree?: unknown;
}

// ---- CPython's side

function runOracle(args: string[], input: string): SymtableRecord[] {
  const out = execFileSync('python3', [ORACLE, ...args], { input, maxBuffer: 1 << 30 });
  return out.toString('utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as SymtableRecord);
}

export function cpythonCaseRecords(cases: readonly { name: string; source: string }[], shapes = true): SymtableRecord[] {
  return runOracle([...(shapes ? ['--shapes'] : []), '--cases', '-'], cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
}

/** The doctest examples of CPython's own test files (Lib/test/NAME), as cases. */
export function cpythonDoctestSnippets(names: readonly string[]): { name: string; source: string }[] {
  const out = execFileSync('python3', [ORACLE, '--doctest-snippets', ...names], { maxBuffer: 1 << 30 });
  return out.toString('utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { name: string; source: string });
}

export function cpythonFileRecords(files: readonly string[], options: { shapes?: boolean; trees?: boolean } = {}): SymtableRecord[] {
  const flags = [...(options.shapes !== false ? ['--shapes'] : []), ...(options.trees ? ['--trees'] : [])];
  return runOracle([...flags, '--files-from', '-'], files.join('\n') + '\n');
}

// ---- pyc's side

/** pyc's record for a parsed module (`parse` throws PySyntaxError for source it rejects). */
export function pycRecord(file: string, parse: () => ast.Module): SymtableRecord {
  let mod: ast.Module;
  try {
    mod = parse();
  } catch (e) {
    return { file, parse_error: errorFields(e) };
  }
  try {
    const table = buildSymtable(mod, file);
    return { file, table: dumpBlock(table.top), shapes: predictShapes(table) };
  } catch (e) {
    return { file, error: errorFields(e) };
  }
}

function errorFields(e: unknown): ErrorFields {
  if (e instanceof PySyntaxError) return e.info();
  if (e instanceof CompileRecursionError) return { type: e.type, msg: e.msg };
  const err = e as Error;
  return { type: 'InternalError', msg: `${err.name}: ${err.message}\n${err.stack ?? ''}`.slice(0, 1500) };
}

export function dumpBlock(entry: SymtableEntry): BlockDump {
  return {
    type: entry.type,
    name: entry.name,
    lineno: entry.lineno,
    nested: entry.nested,
    varnames: [...entry.varnames],
    symbols: Object.fromEntries(entry.symbols),
    children: entry.children.map(dumpBlock),
  };
}

const CODE_NAMES: Record<string, string> = {
  Module: '<module>',
  Lambda: '<lambda>',
  GeneratorExp: '<genexpr>',
  ListComp: '<listcomp>',
  SetComp: '<setcomp>',
  DictComp: '<dictcomp>',
};

/** The code objects compile.c would make from this table, as `compute_code_flags` and `dictbytype` derive them. */
export function predictShapes(table: SymbolTable): CodeShape[] {
  const out: CodeShape[] = [];
  for (const entry of table.entries()) {
    const node = entry.node as ast.AST;
    let firstlineno = entry.lineno;
    if (node._type === 'Module') firstlineno = 1;
    else if ((node._type === 'FunctionDef' || node._type === 'AsyncFunctionDef' || node._type === 'ClassDef') && node.decorator_list.length > 0) {
      firstlineno = node.decorator_list[0]!.lineno;
    }
    out.push({
      name: CODE_NAMES[node._type] ?? entry.name,
      firstlineno,
      flags: codeFlags(entry),
      cellvars: codeCellvars(entry),
      freevars: entry.freevars(),
      params: [...entry.varnames],
    });
  }
  return out;
}

/** `co_cellvars`: cells that are parameters come first, in parameter order (the assembler's localsplus layout). */
function codeCellvars(entry: SymtableEntry): string[] {
  const cells = entry.cellvars();
  const params = entry.varnames.filter((name) => cells.includes(name));
  return [...params, ...cells.filter((name) => !params.includes(name))];
}

function codeFlags(entry: SymtableEntry): number {
  if (entry.type !== 'function') return 0;
  let flags = 0x1 | 0x2; // CO_OPTIMIZED | CO_NEWLOCALS
  if (entry.nested) flags |= 0x10;
  if (entry.generator && !entry.coroutine) flags |= 0x20;
  if (!entry.generator && entry.coroutine) flags |= 0x80;
  if (entry.generator && entry.coroutine) flags |= 0x200;
  if (entry.varargs) flags |= 0x4;
  if (entry.varkeywords) flags |= 0x8;
  return flags;
}

// ---- Comparison

export type Verdict =
  | 'identical'
  | 'table-differs'
  | 'shapes-differ'
  | 'error-differs'
  | 'pyc-rejects'
  | 'pyc-accepts'
  | 'pyc-parse-fails'
  | 'internal-error'
  | 'cpython-parse-fails';

export interface Comparison {
  file: string;
  verdict: Verdict;
  detail?: string;
  /** CPython raised an error building the symbol table (a symtable.c or future.c SyntaxError). */
  cpythonError?: true;
}

/** The table as canonical JSON: symbols sorted by name (CPython's dict order depends on set hashing). */
export function canonicalTable(block: BlockDump): string {
  const canon = (b: BlockDump): unknown => ({
    type: b.type,
    name: b.name,
    lineno: b.lineno,
    nested: b.nested,
    varnames: b.varnames,
    symbols: Object.entries(b.symbols).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
    children: b.children.map(canon),
  });
  return JSON.stringify(canon(block));
}

export function errorKey(e: ErrorFields | undefined): string {
  if (!e) return '';
  return JSON.stringify([e.type, e.msg, e.lineno ?? null, e.offset ?? null, e.end_lineno ?? null, e.end_offset ?? null]);
}

/** Every code object CPython made must be one pyc predicts (dead code may leave predicted ones unmade). */
function shapesMissing(pyc: readonly CodeShape[], cpython: readonly CodeShape[]): string[] {
  const pool = new Map<string, number>();
  for (const s of pyc) {
    const k = JSON.stringify(s);
    pool.set(k, (pool.get(k) ?? 0) + 1);
  }
  const missing: string[] = [];
  for (const s of cpython) {
    const k = JSON.stringify(s);
    const n = pool.get(k) ?? 0;
    if (n === 0) missing.push(k);
    else pool.set(k, n - 1);
  }
  return missing;
}

export function compareRecords(pyc: SymtableRecord, cpython: SymtableRecord): Comparison {
  const file = cpython.file;
  if (cpython.parse_error) return { file, verdict: 'cpython-parse-fails' };
  if (pyc.parse_error) return { file, verdict: 'pyc-parse-fails', detail: errorKey(pyc.parse_error) };
  if (pyc.error?.type === 'InternalError') return { file, verdict: 'internal-error', detail: pyc.error.msg };
  if (cpython.error) {
    const cpythonError = true;
    if (!pyc.error) return { file, verdict: 'pyc-accepts', detail: `cpython: ${errorKey(cpython.error)}`, cpythonError };
    if (errorKey(pyc.error) === errorKey(cpython.error)) return { file, verdict: 'identical', cpythonError };
    return { file, verdict: 'error-differs', detail: `pyc:     ${errorKey(pyc.error)}\ncpython: ${errorKey(cpython.error)}`, cpythonError };
  }
  if (!pyc.table) return { file, verdict: 'pyc-rejects', detail: errorKey(pyc.error) };
  const a = canonicalTable(pyc.table);
  const b = canonicalTable(cpython.table!);
  if (a !== b) return { file, verdict: 'table-differs', detail: firstDifference(a, b) };
  if (cpython.shapes) {
    const missing = shapesMissing(pyc.shapes ?? [], cpython.shapes);
    if (missing.length > 0) {
      return { file, verdict: 'shapes-differ', detail: `CPython code objects pyc does not predict:\n  ${missing.slice(0, 3).join('\n  ')}` };
    }
  }
  return { file, verdict: 'identical' };
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 120);
  return `pyc:     ...${a.slice(from, i + 80)}\ncpython: ...${b.slice(from, i + 80)}`;
}
