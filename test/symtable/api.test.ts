// The parts of the symbol table API that python3's `symtable` module does not show: the
// node-to-block lookup the compiler uses, block locations, comprehension details, annotation
// blocks, mangling and future features. (Everything it does show is compared in cases.test.ts.)

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';

import * as ast from '../../generated/ast.js';
import { PySyntaxError } from '../../src/diagnostics/syntax-error.js';
import { parseModule } from '../../src/parse/parser.js';
import {
  CELL,
  CO_FUTURE_ANNOTATIONS,
  CompileRecursionError,
  CO_FUTURE_BARRY_AS_BDFL,
  DEF_LOCAL,
  FREE,
  GLOBAL_IMPLICIT,
  LOCAL,
  USE,
  buildSymtable,
  describeFlags,
  futureFeatures,
  mangle,
  type SymtableEntry,
} from '../../src/symtable/index.js';

const build = (src: string) => buildSymtable(parseModule(src, 't.py'), 't.py');

function nodesOf<K extends ast.NodeType>(root: ast.AST, ...types: K[]): ast.NodeOf<K>[] {
  return [...ast.walk(root)].filter((n): n is ast.NodeOf<K> => (types as string[]).includes(n._type));
}

test('lookup finds the block of every scope node, and only those', () => {
  const mod = parseModule(
    ['@d(lambda: 0)', 'def f(a=[x for x in y]):', '    class C:', '        g = {k: v for k, v in z}', '        h = {s for s in t}', '    return (i for i in j)', 'async def co(): pass'].join('\n'),
    't.py',
  );
  const st = buildSymtable(mod, 't.py');
  assert.equal(st.lookup(mod), st.top);
  const scopeNodes = nodesOf(mod, 'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Lambda', 'ListComp', 'SetComp', 'DictComp', 'GeneratorExp');
  assert.equal(scopeNodes.length, 8);
  for (const node of scopeNodes) assert.equal(st.lookup(node).node, node);
  // Defaults are visited before decorators, as in symtable.c.
  assert.deepEqual([...st.entries()].map((e) => e.name), ['top', 'listcomp', 'lambda', 'f', 'C', 'dictcomp', 'setcomp', 'genexpr', 'co']);
  assert.throws(() => st.lookup(nodesOf(mod, 'Call')[0]!), /unknown symbol table entry/);
});

test('block locations are those of their nodes; the module is at line 0', () => {
  const mod = parseModule('x = 1\nclass C:\n    def m(self):\n        return [y\n                for y in self]\n', 't.py');
  const st = buildSymtable(mod, 't.py');
  assert.deepEqual(st.top.location, { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  for (const node of nodesOf(mod, 'ClassDef', 'FunctionDef', 'ListComp')) {
    const e = st.lookup(node);
    assert.deepEqual([e.lineno, e.colOffset, e.endLineno, e.endColOffset], [node.lineno, node.col_offset, node.end_lineno, node.end_col_offset]);
  }
});

test('comprehensions: kind, implicit .0 parameter, generator flag, async propagation', () => {
  const st = build('async def f(xs):\n    a = [x async for x in xs]\n    b = {x for x in xs}\n    c = {x: x for x in xs}\n    d = (x async for x in xs)\n');
  const f = st.top.children[0]!;
  assert.deepEqual(f.children.map((c) => c.comprehension), ['list', 'set', 'dict', 'generator']);
  for (const c of f.children) {
    assert.deepEqual(c.varnames, ['.0']);
    assert.equal(c.generator, c.comprehension === 'generator');
    assert.equal(c.compIterExpr, 0);
    assert.equal(c.compIterTarget, false);
  }
  assert.deepEqual(f.children.map((c) => c.coroutine), [true, false, false, true]);
  assert.equal(f.coroutine, true);
  // An asynchronous list comprehension makes even a plain function a coroutine in the table
  // (the code generator then reports "asynchronous comprehension outside of an asynchronous function").
  const g = build('def g(xs):\n    return [x async for x in xs]\n').top.children[0]!;
  assert.equal(g.coroutine, true);
  const h = build('def h(xs):\n    return (x async for x in xs)\n').top.children[0]!;
  assert.equal(h.coroutine, false);
});

test('with future annotations, annotation blocks stay out of the tree and lookup', () => {
  const src = 'from __future__ import annotations\ndef f(a: A, *, b: B) -> R:\n    x: X = 1\nclass C:\n    y: Y\n';
  const mod = parseModule(src, 't.py');
  const st = buildSymtable(mod, 't.py');
  assert.equal(st.future.features & CO_FUTURE_ANNOTATIONS, CO_FUTURE_ANNOTATIONS);
  const f = nodesOf(mod, 'FunctionDef')[0]!;
  assert.equal(st.lookup(f).type, 'function');
  assert.deepEqual([...st.entries()].map((e) => e.type), ['module', 'function', 'class']);
  for (const name of ['A', 'B', 'R', 'X', 'Y']) for (const e of st.entries()) assert.equal(e.getSymbol(name), 0, `${name} in ${e.name}`);
  const annotation = nodesOf(mod, 'AnnAssign')[0]!.annotation;
  const block: SymtableEntry = st.lookup(annotation);
  assert.equal(block.type, 'annotation');
  assert.equal(block.name, '_annotation');
  assert.equal(block.getSymbol('X'), USE);
  // Without the future import the same names are uses in the enclosing blocks.
  const plain = build(src.replace('from __future__ import annotations\n', ''));
  assert.equal(plain.top.getScope('A'), GLOBAL_IMPLICIT);
  assert.equal(plain.top.children[0]!.getScope('X'), GLOBAL_IMPLICIT);
});

test('getScope, getSymbol, cellvars and freevars', () => {
  const st = build('def f(a, b):\n    c = 1\n    class K:\n        def m(self):\n            super()\n            return a, c\n    return K\n');
  const f = st.top.children[0]!;
  const k = f.children[0]!;
  const m = k.children[0]!;
  assert.equal(f.getScope('a'), CELL);
  assert.equal(f.getScope('b'), LOCAL);
  assert.equal(f.getScope('nope'), 0);
  assert.equal(f.getSymbol('nope'), 0);
  assert.deepEqual(f.cellvars(), ['a', 'c']);
  assert.deepEqual(k.cellvars(), ['__class__']);
  assert.equal(k.needsClassClosure, true);
  assert.deepEqual(k.freevars(), ['a', 'c']);
  assert.deepEqual(m.freevars(), ['__class__', 'a', 'c']);
  assert.equal(m.getScope('__class__'), FREE);
  assert.equal(describeFlags(f.getSymbol('c')), 'DEF_LOCAL CELL');
  assert.equal(f.getSymbol('c') & DEF_LOCAL, DEF_LOCAL);
  assert.ok(m.free && k.childFree && f.childFree && !st.top.free);
});

test('mangle follows _Py_Mangle', () => {
  assert.equal(mangle(null, '__x'), '__x');
  assert.equal(mangle('C', '__x'), '_C__x');
  assert.equal(mangle('__C', '__x'), '_C__x');
  assert.equal(mangle('___', '__x'), '__x');
  assert.equal(mangle('C', '__x__'), '__x__');
  assert.equal(mangle('C', '__'), '__');
  assert.equal(mangle('C', '_x'), '_x');
  assert.equal(mangle('C', '_'), '_');
  assert.equal(mangle('C', '__a.b'), '__a.b');
  assert.equal(mangle('Ω', '__ξ'), '_Ω__ξ');
});

test('future features: flags, line, and where they stop counting', () => {
  const f = (src: string) => futureFeatures(parseModule(src, 't.py'));
  assert.deepEqual(f(''), { features: 0, lineno: -1 });
  assert.deepEqual(f('"doc"\nfrom __future__ import annotations\nfrom __future__ import barry_as_FLUFL, division\n'), {
    features: CO_FUTURE_ANNOTATIONS | CO_FUTURE_BARRY_AS_BDFL,
    lineno: 3,
  });
  assert.deepEqual(f('import os\nfrom __future__ import annotations\n'), { features: 0, lineno: -1 });
  assert.throws(() => f('from __future__ import braces\n'), (e: unknown) => e instanceof PySyntaxError && e.msg === 'not a chance' && e.offset === 1 && e.end_offset === null);
});

test('eval and single inputs have a module block too', () => {
  const body = parseModule('[y for y in x]\n', 't.py').body[0]! as ast.Expr;
  const st = buildSymtable(ast.Expression(body.value), '<eval>');
  assert.deepEqual(st.top.children.map((c) => c.name), ['listcomp']);
  assert.equal(st.top.getScope('x'), GLOBAL_IMPLICIT);
  const single = buildSymtable(ast.Interactive([body]), '<single>');
  assert.equal(single.top.children.length, 1);
});

test('nesting deeper than the recursion limit raises RecursionError, as in CPython', () => {
  // `x = 1+1+...+1` with n additions, built directly (pyc's parser has limits of its own).
  const deep = (n: number): ast.Module => {
    let e: ast.expr = ast.Constant(1n, null, 1, 0, 1, 1);
    for (let i = 0; i < n; i++) e = ast.BinOp(e, ast.Add, ast.Constant(1n, null, 1, 0, 1, 1), 1, 0, 1, 1);
    return ast.Module([ast.Assign([ast.Name('x', ast.Store, 1, 0, 1, 1)], e, null, 1, 0, 1, 1)], []);
  };
  const outcome = (n: number, pythonFrames: number): string => {
    try {
      buildSymtable(deep(n), 's', undefined, { pythonFrames });
      return 'ok';
    } catch (e) {
      if (e instanceof CompileRecursionError) return e.msg;
      throw e;
    }
  };
  // CPython's exact threshold also depends on its process's history (a few levels): compare
  // clear cases with python3, and the boundary with CPython's formula, 3 * (1000 - frames).
  const sizes = [2900, 4000];
  const script = `import symtable\nfor n in ${JSON.stringify(sizes)}:\n    try:\n        symtable.symtable('x = ' + '1+' * n + '1', 's', 'exec'); print('ok')\n    except RecursionError as e:\n        print(e)\n`;
  const want = execFileSync('python3', ['-c', script], { encoding: 'utf8' }).trim().split('\n');
  assert.deepEqual(sizes.map((n) => outcome(n, 2)), want);
  assert.deepEqual(want, ['ok', 'maximum recursion depth exceeded during compilation']);
  // The statement, the n BinOps and the innermost Constant: n + 2 levels, on top of 3 per frame.
  assert.deepEqual([outcome(2992, 2), outcome(2993, 2), outcome(2998, 0), outcome(2999, 0)], ['ok', want[1], 'ok', want[1]]);
});
