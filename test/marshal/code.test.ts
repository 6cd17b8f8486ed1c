// Code objects from small sources, each compiled by CPython in a fresh process: marshal
// round-trips them byte for byte (each snippet exercises one sharing rule of identity.ts), and
// the derived co_varnames / co_cellvars / co_freevars / co_nlocals agree with CPython.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PyCode } from '../../src/bytecode/code.js';
import { dumps, loads } from '../../src/marshal/index.js';
import { PyTuple } from '../../src/values/index.js';
import { hex } from './helpers.js';
import { PYTHON, pool } from './python.js';
import { execFile } from 'node:child_process';

const SNIPPETS: Record<string, string> = {
  empty: '',
  docstring: '"""doc"""\n',
  constants: "x = (1000, 1000, 2.5, -0.0, 1j, b'', b'x', b'xy', 'a', '', 'é', 'Ā', 'a b', ())\ny = 1000, 'a b'\n",
  names: 'import os\nfrom a import *\nfrom b import c as d\ncafé = 1\nx = "café"\nprint(x, "*", ".")\n',
  functions: 'def f(a, b=2, *c, d, **e):\n    return a + b\ndef g(a, b=2, *c, d, **e):\n    return a + b\n',
  closures: 'def outer(a):\n    b = 1\n    def inner(c):\n        nonlocal b\n        return a + b + c\n    return inner\n',
  cell_arg: 'def f(x, y):\n    def g():\n        return x\n    return g, y\n',
  classes: 'class A:\n    "doc"\n    def m(self):\n        return super().m()\n    class B:\n        pass\n',
  same_class_twice: 'def f(c):\n    if c:\n        class X: pass\n    else:\n        class X: pass\n    return X\n',
  lambdas: 'f = lambda: 0\ng = lambda: 0\nclass C:\n    h = lambda self: (lambda: self)\n',
  comprehensions: 'a = [x for x in y]\nb = {x for x in y}\nc = {x: 1 for x in y}\nd = (x for x in y)\n',
  frozenset_merged: "def f(a): return a in {'xq', 'yq'}, 1\ndef g(a): return a in {'xq', 'yq'}, 2\n",
  frozenset_identifiers: "def f(a): return a in {'xq', 'yq'}, 1\ndef g(a): return a in {'xq', 'yq'}, xq\n",
  frozenset_singletons: "def f(a): return a in {'x', 'y'}, 1\ndef g(a): return a in {'x', 'y'}, 2\n",
  frozenset_ints: 'def f(a): return a in {1000, 2000}, 1\ndef g(a): return a in {1000, 2000}, 2\n',
  set_displays: "def f(): return {1000, 2000, 3000}, {'p', 'q', 'r'}, ['a b', 'c d', 'e f']\n",
  exceptions: 'try:\n    pass\nexcept E as e:\n    raise\nfinally:\n    x = 1\n',
  async_code: 'async def f():\n    async with a as b:\n        await b\n    async for x in y:\n        yield x\n',
  fstrings: "x = 1\ns = f'{x!r:>{x}} and {x}'\n",
  kwnames: 'f(a=1, b=2)\ng(a=1, b=2)\n',
  long_strings: `s = '${'a'.repeat(300)}'\nt = '${'a b'.repeat(100)}'\nu = '${'é'.repeat(100)}'\n`,
};

const PROGRAM = `
import marshal, sys, json
src = sys.stdin.read()
code = compile(src, 'snippet.py', 'exec')
def info(c):
    out = [[list(c.co_varnames), list(c.co_cellvars), list(c.co_freevars), c.co_nlocals]]
    for k in c.co_consts:
        if isinstance(k, type(c)): out += info(k)
    return out
print(json.dumps({'hex': marshal.dumps(code).hex(), 'info': info(code)}))`;

function compileInFreshProcess(src: string): Promise<{ hex: string; info: [string[], string[], string[], number][] }> {
  return new Promise((resolve, reject) => {
    const child = execFile(PYTHON, ['-c', PROGRAM], { env: { ...process.env, PYTHONHASHSEED: '0' } }, (err, stdout) =>
      err ? reject(err) : resolve(JSON.parse(stdout)),
    );
    child.stdin!.end(src);
  });
}

function codes(c: PyCode): PyCode[] {
  const out = [c];
  for (const k of c.co_consts) if (k instanceof PyCode) out.push(...codes(k));
  return out;
}

test('code objects round-trip and derive localsplus views as CPython does', async () => {
  const names = Object.keys(SNIPPETS);
  const results = await pool(names, 2, (n) => compileInFreshProcess(SNIPPETS[n]!));
  names.forEach((name, i) => {
    const r = results[i]!;
    const code = loads(Buffer.from(r.hex, 'hex'));
    assert.ok(code instanceof PyCode, name);
    assert.equal(hex(dumps(code)), r.hex, `${name}: dumps(loads(marshal.dumps(code)))`);
    const got = codes(code).map((c) => [c.co_varnames, c.co_cellvars, c.co_freevars, c.co_nlocals]);
    assert.deepEqual(got, r.info, `${name}: derived names`);
  });
});

test('a code object built in JS marshals like the one CPython built', async () => {
  const r = await compileInFreshProcess('def f(a):\n    return a\n');
  const loaded = loads(Buffer.from(r.hex, 'hex')) as PyCode;
  const f = loaded.co_consts[0] as PyCode;
  // Rebuild from plain fields: no object shared with what loads produced.
  const copy = (c: PyCode): PyCode =>
    new PyCode({
      ...c,
      co_code: c.co_code.slice(),
      co_consts: c.co_consts.map((k) => (k instanceof PyCode ? copy(k) : k instanceof PyTuple ? new PyTuple([...k.items]) : k)),
      co_names: [...c.co_names],
      co_localsplusnames: [...c.co_localsplusnames],
      co_localspluskinds: c.co_localspluskinds.slice(),
      co_linetable: c.co_linetable.slice(),
      co_exceptiontable: c.co_exceptiontable.slice(),
    });
  assert.equal(hex(dumps(copy(loaded))), r.hex);
  assert.equal(f.co_qualname, 'f');
});
