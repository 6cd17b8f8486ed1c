// The AST checks that guard the compiler from an extension's mistakes (src/lab/validate.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as ast from '../../generated/ast.js';
import { parseModule } from '../../src/parse/parser.js';
import { validateAST } from '../../src/lab/validate.js';

const at = [1, 0, 1, 5] as const;
const name = (id: string, ctx: ast.expr_context = ast.Load) => ast.Name(id, ctx, ...at);

function problem(tree: unknown, type = 'mod'): string | null {
  const p = validateAST(tree, type);
  return p ? `${p.path}: ${p.message}` : null;
}

test('what the base grammar builds passes', () => {
  const tree = parseModule('import os\nfor a, *b in c: del d[0]\nx: int = (y := {**z, 1: 2})\nclass K:\n    def f(self, /, a, *, b, **k): return [i async for i in a if i]\n');
  assert.equal(problem(tree), null);
});

test('shapes: node kinds, lists, missing fields, constants', () => {
  const call = (args: unknown) => ast.Module([ast.Expr(ast.Call(name('f'), args as ast.expr[], [], ...at), ...at)], []);
  assert.equal(problem(call([name('x')])), null);
  assert.equal(problem(call(name('x'))), 'Call.args: expected a list of expr, got a Name node');
  assert.equal(problem(call(['x'])), 'Call.args[0]: expected an expr node, got the string "x"');
  assert.equal(problem(call([ast.Pass(...at)])), 'Call.args[0]: expected an expr node, got a Pass node');
  assert.equal(problem(ast.Module([{ ...ast.Pass(...at), lineno: undefined }] as never, [])), 'Pass.lineno: missing (undefined)');
  assert.equal(problem(ast.Module([ast.Expr(ast.Constant({} as never, null, ...at), ...at)], [])), 'Constant.value: expected a constant (null, boolean, bigint for int, number for float, string, ...), got an object');
  assert.equal(problem(name('x'), 'expr'), null);
});

test("CPython's rules: contexts, positions, empty bodies, names", () => {
  const loop = (target: ast.expr, body: ast.stmt[] = [ast.Pass(...at)]) => ast.Module([ast.For(target, name('r'), body, [], null, ...at)], []);
  assert.equal(problem(loop(name('i', ast.Store))), null);
  assert.equal(problem(loop(name('i'))), 'For.target: expression must have Store context but has Load instead (Name)');
  assert.equal(problem(loop(ast.Tuple([name('a', ast.Store), name('b')], ast.Store, ...at))), 'Tuple.elts[1]: expression must have Store context but has Load instead (Name)');
  assert.equal(problem(loop(name('i', ast.Store), [])), 'For.body: empty body on For');
  assert.equal(problem(ast.Module([ast.Pass(3, 0, 2, 4)], [])), 'Pass: AST node line range (3, 2) is not valid');
  assert.equal(problem(ast.Module([ast.Pass(2, 5, 2, 4)], [])), 'Pass: line 2, column 5-4 is not valid');
  assert.equal(problem(name('None'), 'expr'), "Name: identifier field can't represent 'None' constant");
});
