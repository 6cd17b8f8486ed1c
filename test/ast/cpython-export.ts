// Talks to tools/export-ast-json.py: lists the stdlib, streams CPython's trees and dumps, and
// rebuilds pyc nodes from the JSON with the generated constructors. Shared by dump.test.ts
// and the whole-stdlib script dump-stdlib.ts; the encoding is described in the exporter.

import { execFileSync, spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

import { NODE_CONSTRUCTORS, NODE_SPECS } from '../../generated/ast.js';
import type { AST, FieldSpec, NodeType } from '../../generated/ast.js';
import { PY_ELLIPSIS, PyBytes, PyComplex, pyStr } from '../../src/values/index.js';
import type { PyScalar } from '../../src/values/index.js';

// This file runs from dist/test/ast/ once compiled.
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const EXPORTER = join(REPO_ROOT, 'tools/export-ast-json.py');
export const PYTHON = process.env.PYTHON ?? 'python3';

export type FileRecord =
  | { file: string; tree: unknown; dump: string; dump_indent: string; error?: undefined }
  | { file: string; error: string };

/** Runs the exporter with `args` and returns its stdout lines as parsed JSON (small outputs only). */
export function exportJsonLines(args: string[]): unknown[] {
  const out = execFileSync(PYTHON, [EXPORTER, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return out.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as unknown);
}

export function exportText(args: string[]): string {
  return execFileSync(PYTHON, [EXPORTER, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
}

export function listStdlib(): string[] {
  return exportText(['--list-stdlib']).split('\n').filter((l) => l !== '');
}

/** Streams one record per path, in order, from one python3 process. */
export async function* exportFiles(paths: readonly string[]): AsyncGenerator<FileRecord> {
  const child = spawn(PYTHON, [EXPORTER, '--files-from', '-'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((done) => child.on('close', done));
  child.stdin.end(paths.map((p) => p + '\n').join(''));
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  for await (const line of lines) if (line !== '') yield JSON.parse(line) as FileRecord;
  const code = await exited;
  if (code !== 0) throw new Error(`${EXPORTER} exited with ${code}`);
}

export function decodeConstant(enc: unknown): PyScalar {
  if (enc === null || typeof enc === 'boolean' || typeof enc === 'string') return enc;
  const o = enc as { i?: string; f?: string; c?: [string, string]; b?: string; e?: number; u?: number[] };
  if (o.i !== undefined) return BigInt(o.i);
  if (o.f !== undefined) return decodeHexFloat(o.f);
  if (o.c !== undefined) return new PyComplex(decodeHexFloat(o.c[0]), decodeHexFloat(o.c[1]));
  if (o.b !== undefined) return new PyBytes(Uint8Array.from(o.b.match(/../g) ?? [], (h) => parseInt(h, 16)));
  if (o.e !== undefined) return PY_ELLIPSIS;
  // A str whose surrogate code points JSON would read as one character: a PyStrCodePoints.
  if (o.u !== undefined) return pyStr(o.u);
  throw new Error(`bad constant encoding ${JSON.stringify(enc)}`);
}

/** Inverse of Python's float.hex(), built from the bits so no rounding can creep in. */
export function decodeHexFloat(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan') return NaN;
  const m = /^(-?)0x([01])\.([0-9a-f]+)p([+-]\d+)$/.exec(s);
  if (!m) throw new Error(`bad float.hex ${s}`);
  const frac = BigInt('0x' + m[3]!.padEnd(13, '0'));
  // float.hex writes normal numbers as 0x1.xxx and subnormals (and zero) as 0x0.xxxp-1022.
  const biased = m[2] === '1' ? BigInt(Number(m[4]) + 1023) : 0n;
  const bits = (m[1] === '-' ? 1n << 63n : 0n) | (biased << 52n) | frac;
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
}

/**
 * Formerly stood in for the strs the value model could not hold; every str is representable
 * now (PyStrCodePoints), so this substitutes nothing. Kept for callers not yet updated.
 * @deprecated pass nothing to decodeTree instead.
 */
export class Substitutions {
  readonly size = 0;

  restore(dumpText: string): string {
    return dumpText;
  }
}

/**
 * Rebuilds a node from its positional encoding through NODE_CONSTRUCTORS, so the constructors
 * are exercised too.
 */
export function decodeTree(enc: unknown, _subs?: Substitutions): AST {
  const [type, ...values] = enc as [NodeType, ...unknown[]];
  const spec = NODE_SPECS[type];
  if (spec === undefined) throw new Error(`unknown node type ${String(type)}`);
  const fields = [...spec.fields, ...spec.attributes];
  if (values.length !== fields.length) throw new Error(`${type}: ${values.length} values for ${fields.length} fields`);
  return NODE_CONSTRUCTORS[type](...fields.map((f, i) => decodeField(values[i], f)));
}

function decodeField(value: unknown, field: FieldSpec): unknown {
  if (field.seq) return (value as unknown[]).map((v) => (v === null ? null : decodeItem(v, field.type)));
  return value === null ? null : decodeItem(value, field.type);
}

function decodeItem(value: unknown, type: string): unknown {
  switch (type) {
    case 'identifier':
    case 'string':
    case 'int':
      return value;
    case 'constant':
      return decodeConstant(value);
    default:
      return decodeTree(value);
  }
}

/** Where two strings first differ, with a little context, for failure messages. */
export function firstDifference(got: string, want: string): string {
  let i = 0;
  while (i < got.length && i < want.length && got[i] === want[i]) i++;
  const from = Math.max(0, i - 60);
  return `at offset ${i}:\n  pyc:     ${JSON.stringify(got.slice(from, i + 60))}\n  CPython: ${JSON.stringify(want.slice(from, i + 60))}`;
}
