// Sources that exercise every part of dis's output: argument kinds, jump directions, EXTENDED_ARG,
// the exception table, nested code objects, wide line and offset columns, frozenset order.

const many = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join('\n');

export const DIS_SNIPPETS: Record<string, string> = {
  basics: 'import os, sys as s\nfrom a.b import c as d\nx = 1 + 2 * y\nx += 3\nx //= 2\nx @= m\nprint(x, end="")\ndel x\n',
  calls: 'f(a, b=1, *c, **d)\ng(1, key=2)\nobj.method(3)\nlen(z)\n',
  compare: 'a < b <= c\na is not b\na not in b\nif a == b or c != d and e >= f: pass\n',
  formats: 'f"{a}{b!r}{c!s:>{w}}{d!a}{e:x}{f=}"\n',
  functions: 'def f(a, b=1, *c, d, e=2, **g) -> int:\n    return a\nasync def h(x: int = 3):\n    await x\n    async for i in x: pass\n    async with x as y: pass\nlam = lambda q, *, r=1: q + r\n',
  closures: 'def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    class K:\n        y = x\n        def m(self): return __class__\n    return inner, K\n',
  loops: 'for i in range(10):\n    if i % 2: continue\n    while i:\n        i -= 1\n        if i == 3: break\n    else:\n        pass\nelse:\n    done()\n',
  exceptions: 'try:\n    a()\nexcept (ValueError, TypeError) as e:\n    b(e)\nexcept OSError:\n    pass\nelse:\n    c()\nfinally:\n    d()\ntry:\n    a()\nexcept* OSError as eg:\n    raise\nwith open(p) as f, g() as h:\n    f.read()\n',
  comprehensions: 'a = [x for x in y if x]\nb = {x: y for x, y in z}\nc = {x for x in y}\nd = (x async for x in y)\ndef gen():\n    yield 1\n    yield from g()\n',
  match: 'match p:\n    case [1, 2, *rest]: pass\n    case {"k": v, **kw}: pass\n    case Point(x=0, y=0) | None: pass\n    case str() as s if s: pass\n    case _: pass\n',
  frozensets: 'x in {"a", "b", "c", "GET", "POST", "PUT", "DELETE"}\ny in {1, 9, 17, 2, -1, 2**61, 1.5, 1e300, -0.0, 1j, b"x", (1, "a"), None, ...}\n',
  // Under PYTHONHASHSEED=0 these two sets are ordered differently when CPython fills them a third
  // time, which it does when one of their strs is already interned, e.g. as an identifier.
  frozensetsInterned: 'zq14 = 1\nz in {' + many(14, (i) => `"zq${14 + i}"`).replace(/\n/g, ', ') + '}\n',
  frozensetsNotInterned: 'z in {' + many(14, (i) => `"zq${70 + i}"`).replace(/\n/g, ', ') + '}\n',
  constants: 'a = (1, 2.5, -0.0, 1e16, 1e-5, 3j, "é\\n\\x00\'", b"\\xff\'\\"", None, True, ..., (1,))\nb = 10**30\nc = "\\ud800"\n',
  annotations: 'from __future__ import annotations\nx: list[int] = []\ndef f(a: "A") -> B: pass\n',
  globals: 'def f():\n    global g\n    g = len\n    return g(h)\n',
  extendedArgs: many(300, (i) => `v${i} = ${i}`) + '\n',
  longJump: 'if x:\n' + many(200, (i) => `    y${i % 7} = z${i % 5}(${i})`) + '\nelse:\n    pass\nwhile x:\n' + many(150, (i) => `    q${i % 3} = w(${i})`) + '\n',
  wideLines: '\n'.repeat(1200) + 'def f():\n    return 1\n',
  wideOffsets: many(2600, (i) => `x${i % 50} = ${i % 90}`) + '\n',
  noLines: 'def f():\n    try:\n        pass\n    finally:\n        return 1\n',
};
