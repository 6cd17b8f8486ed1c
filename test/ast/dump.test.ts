// Differential tests of dump and repr against CPython 3.11, needing no parser: CPython parses,
// tools/export-ast-json.py ships the trees and CPython's dumps, pyc rebuilds the trees with the
// generated constructors and must print the same bytes.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

import * as ast from '../../generated/ast.js';
import { dump } from '../../src/ast/dump.js';
import { isPrintable, repr } from '../../src/ast/repr.js';
import { PyStrCodePoints, PyTuple } from '../../src/values/index.js';
import {
  PYTHON,
  REPO_ROOT,
  decodeConstant,
  decodeTree,
  exportFiles,
  exportJsonLines,
  exportText,
  firstDifference,
  listStdlib,
} from './cpython-export.js';

interface ConstantRecord {
  value: unknown;
  repr: string;
  dump: string;
  dump_kind: string;
  dump_singleton: string;
}

const pos = [1, 0, 1, 1] as const;

test('repr and dump of tricky constants match CPython', () => {
  const records = exportJsonLines(['--constants']) as ConstantRecord[];
  assert.ok(records.length > 90);
  let codePointStrs = 0;
  for (const rec of records) {
    const value = decodeConstant(rec.value);
    // Strs whose surrogate code points a JS string would read as one character.
    if (value instanceof PyStrCodePoints) codePointStrs++;
    assert.equal(repr(value), rec.repr, `repr of ${rec.repr}`);
    assert.equal(dump(ast.Constant(value, null, ...pos), { includeAttributes: true }), rec.dump);
    assert.equal(dump(ast.Constant(value, 'u', ...pos)), rec.dump_kind);
    assert.equal(dump(ast.MatchSingleton(value, ...pos), { indent: 1 }), rec.dump_singleton);
  }
  assert.equal(codePointStrs, 2);
});

test('repr of pseudo-random floats matches CPython', () => {
  const records = exportJsonLines(['--random-floats', '20000']) as { value: unknown; repr: string }[];
  for (const rec of records) assert.equal(repr(decodeConstant(rec.value)), rec.repr);
});

test('repr of tuples', () => {
  assert.equal(repr(new PyTuple([])), '()');
  assert.equal(repr(new PyTuple([1n])), '(1,)');
  assert.equal(repr(new PyTuple([1n, 'a', null, new PyTuple([])])), "(1, 'a', None, ())");
});

test('isPrintable agrees with str.isprintable on ASCII and around the table edges', () => {
  const cps = [0, 0x1f, 0x20, 0x7e, 0x7f, 0x80, 0xa0, 0xa1, 0xad, 0x377, 0x378, 0xd7ff, 0xd800, 0xe000, 0xfffd, 0xffff, 0x10000, 0x1fae8, 0x10ffff];
  const want = JSON.parse(execFileSync(PYTHON, ['-c', `import json; print(json.dumps([chr(c).isprintable() for c in ${JSON.stringify(cps)}]))`], { encoding: 'utf8' })) as boolean[];
  assert.deepEqual(cps.map(isPrintable), want);
});

test('src/ast/unicode-printable.ts is what the exporter generates', () => {
  assert.equal(readFileSync(join(REPO_ROOT, 'src/ast/unicode-printable.ts'), 'utf8'), exportText(['--printable-table']));
});

test('generated/ast.ts is current with grammar/Python.asdl', async () => {
  const gen = (await import(pathToFileURL(join(REPO_ROOT, 'tools/gen-ast.mjs')).href)) as {
    generateAst(opts: { check: boolean }): boolean;
  };
  assert.ok(gen.generateAst({ check: true }), 'run node tools/gen-ast.mjs');
});

test('grammar/Python.asdl matches the ast module of python3', () => {
  const out = execFileSync(PYTHON, [join(REPO_ROOT, 'tools/check-asdl.py')], { encoding: 'utf8' });
  assert.equal(out, '');
});

test('constructors reject missing required fields as CPython does', () => {
  const x = ast.Name('x', ast.Load, ...pos);
  const missing = null as unknown as ast.expr;
  assert.throws(() => ast.BinOp(x, ast.Add, missing, ...pos), { name: 'ValueError', message: "field 'right' is required for BinOp" });
  assert.throws(() => ast.Constant(undefined as unknown as null, null, ...pos), { message: "field 'value' is required for Constant" });
  assert.equal(ast.Constant(null, null, ...pos).value, null);
  assert.doesNotThrow(() => ast.Return(null, ...pos));
  assert.throws(() => ast.keyword(null, missing, ...pos), { message: "field 'value' is required for keyword" });
  assert.equal(ast.arguments_([], [], null, [], [], null, []).vararg, null);
  assert.ok(Object.isFrozen(ast.Load));
  assert.equal(ast.NODE_CONSTRUCTORS.Load(), ast.Load);
});

function sourceRecord(src: string): { tree: unknown; dump: string; dump_indent: string } {
  return exportJsonLines(['--source', src])[0] as { tree: unknown; dump: string; dump_indent: string };
}

test('walk visits nodes in the order of ast.walk', () => {
  const src = 'def f(a, *, b, c=1):\n    return {**a, b: [c + -d for d in e if d]}\n';
  const py = 'import ast, json, sys; print(json.dumps([type(n).__name__ for n in ast.walk(ast.parse(sys.argv[1]))]))';
  const want = JSON.parse(execFileSync(PYTHON, ['-c', py, src], { encoding: 'utf8' })) as string[];
  const tree = decodeTree(sourceRecord(src).tree);
  assert.deepEqual([...ast.walk(tree)].map((n) => n._type), want);
});

test('dump options follow ast.dump', () => {
  const src = 'import a.b as c\nf(1, *x, k=[], **{None: ...})\nmatch p:\n case {1: _, **r} if r: pass\n';
  const tree = decodeTree(sourceRecord(src).tree);
  const py = (args: string): string =>
    execFileSync(PYTHON, ['-c', `import ast, sys; print(ast.dump(ast.parse(sys.argv[1]), ${args}), end='')`, src], { encoding: 'utf8' });
  assert.equal(dump(tree), py(''));
  assert.equal(dump(tree, { annotateFields: false }), py('annotate_fields=False'));
  assert.equal(dump(tree, { annotateFields: false, includeAttributes: true, indent: 3 }), py('False, True, indent=3'));
  assert.equal(dump(tree, { indent: 0 }), py('indent=0'));
  assert.equal(dump(tree, { indent: -3 }), py('indent=-3'));
  assert.equal(dump(tree, { indent: '\t' }), py("indent='\\t'"));
  assert.equal(dump(tree, { indent: '' }), py("indent=''"));
  assert.throws(() => dump([] as unknown as ast.AST), { name: 'TypeError', message: "expected AST, got 'list'" });
});

// A fixed slice of the stdlib: every 12th file, plus files dense in the constructs dump has
// to get right (patterns, f-strings, odd literals, non-ASCII identifiers).
const EXTRA = new Set([
  'test_patma.py', 'test_fstring.py', 'test_grammar.py', 'test_string_literals.py', 'test_unicode_identifiers.py',
  'test_float.py', 'test_complex.py', 'test_bytes.py', 'test_ast.py', 'test_codecs.py', 'test_unparse.py',
]);

test('dump of a slice of the stdlib matches CPython', async () => {
  const all = listStdlib();
  const slice = all.filter((p, i) => i % 12 === 0 || (EXTRA.has(basename(p)) && /\/test\/[^/]+$/.test(p)));
  let identical = 0;
  let compared = 0;
  let codePointStrs = 0;
  const failures: string[] = [];
  for await (const rec of exportFiles(slice)) {
    if (rec.error !== undefined) continue;
    compared++;
    // test_codecs.py holds strs such as '\ud800\udfff', which only PyStrCodePoints can hold.
    if (rec.tree !== undefined && JSON.stringify(rec.tree).includes('{"u":')) codePointStrs++;
    const tree = decodeTree(rec.tree);
    const flat = dump(tree, { includeAttributes: true });
    const indented = dump(tree, { indent: 2 });
    if (flat === rec.dump && indented === rec.dump_indent) identical++;
    else if (failures.length < 3) failures.push(`${rec.file}: ${flat !== rec.dump ? firstDifference(flat, rec.dump) : firstDifference(indented, rec.dump_indent)}`);
  }
  assert.deepEqual(failures, []);
  assert.ok(compared > 150, `only ${compared} files compared`);
  assert.ok(codePointStrs >= 1);
  assert.equal(identical, compared);
});
