# LOAD_FAST, STORE_FAST, DELETE_FAST, LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL, LOAD_NAME,
# STORE_NAME, DELETE_NAME, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, MAKE_CELL,
# COPY_FREE_VARS, LOAD_CLASSDEREF
from _runner import run, show

# module level: STORE_NAME / LOAD_NAME / DELETE_NAME
mod_x = 1
mod_y = mod_x + 1
print('module', mod_x, mod_y)
del mod_y
try:
    print(mod_y)
except NameError as e:
    print('NameError', e)
try:
    del mod_y
except NameError as e:
    print('NameError', e)
print(len('builtin via LOAD_NAME'))


def t_fast():
    a = 1
    b = a + 1
    del a
    print(b)
    try:
        print(a)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    def g():
        del c
        c = 1
    show(g)
    def h(p):
        del p
        return p
    show(h, 1)


def t_fast_unbound_branch():
    def f(flag):
        if flag:
            v = 'set'
        return v
    print(f(True))
    show(f, False)


g_value = 'global'


def t_global_load_store_delete():
    global g_new, g_value
    print(g_value, len('x'))
    g_new = 5
    g_value = 'changed'
    print(globals()['g_new'], g_value)
    del g_new
    print('g_new' in globals())
    try:
        del g_new
    except NameError as e:
        print('NameError:', e)
    show(lambda: undefined_name_xyz)
    show(lambda: g_new)


def t_global_builtins_shadow():
    import builtins
    builtins.only_in_builtins_q = 'from builtins'
    print(only_in_builtins_q)
    globals()['only_in_builtins_q'] = 'from globals'
    print(only_in_builtins_q)
    del globals()['only_in_builtins_q']
    del builtins.only_in_builtins_q
    show(lambda: only_in_builtins_q)


def t_deref_closure():
    x = 1
    def inner():
        return x
    x = 2
    print(inner())
    def counter():
        n = 0
        def inc():
            nonlocal n
            n += 1
            return n
        return inc
    c = counter()
    c(); c()
    print(c(), c.__closure__[0].cell_contents)


def t_make_cell_argument():
    # an argument captured by a closure is turned into a cell (MAKE_CELL), then COPY_FREE_VARS
    def outer(a, b=2):
        def inner():
            return a + b
        return inner
    print(outer(1)(), outer(10, 20)())
    def lam(n):
        return [lambda: n * i for i in range(3)]
    print([f() for f in lam(2)])


def t_deref_unbound_and_delete():
    def f():
        def g():
            return y
        show(g)
        y = 1
        print(g())
        del y
        show(g)
        try:
            print(y)
        except NameError as e:
            print(type(e).__name__, e)
        try:
            del y
        except NameError as e:
            print(type(e).__name__, e)
    f()


def t_load_classderef():
    def outer():
        x = 'outer x'
        y = 'outer y'
        class C:
            y = 'class y'
            a = x          # free variable in a class body: LOAD_CLASSDEREF
            b = y          # the class namespace wins
            def m(self):
                return x
        return C
    C = outer()
    print(C.a, C.b, C().m())
    def outer2():
        class D:
            try:
                v = z
            except NameError as e:
                v = str(e)
        z = 1
        return D
    print(outer2().v)
    def outer3():
        q = 'cell'
        class E:
            locals()['q'] = 'from class locals'
            got = q
        del q
        return E
    print(outer3().got)


def t_class_body_names():
    class C:
        a = 1
        b = a + 1
        del a
        try:
            a
        except NameError as e:
            err = str(e)
        l = len('abc')
    print(C.b, C.err, C.l, hasattr(C, 'a'))


def t_exec_names():
    ns = {}
    exec('p = 1\nq = p + 1\ndel p\nr = len("ab")', ns)
    print(ns['q'], ns['r'], 'p' in ns)
    show(exec, 'del nope', {})
    show(exec, 'nope', {})


def t_scoping_and_targets():
    # comprehension scoping
    x = 'outer'
    print([x for x in range(2)], x)
    class C:
        v = 5
        l = [v for _ in range(1)] if False else None
        try:
            l2 = [v for _ in range(1)]
        except NameError as e:
            err = str(e)
        first = [i for i in range(v)]
    print(C.err, C.first)
    print([(i, j) for i in range(3) if i for j in range(i)])
    print([y := 5, y ** 2], y)
    def walrus():
        data = [1, 2, 3]
        if any((hit := v) > 1 for v in data):
            return hit
    print(walrus())
    def gen_scope():
        n = 2
        return list(x * n for x in range(3))
    print(gen_scope())
    show(lambda: [i for i in 5])
    show(lambda: {k: v for k, v in [(1,)]})
    show(lambda: [a for a, in [(1, 2)]])
    # closures in loops
    fs = [lambda: i for i in range(3)]
    print([f() for f in fs])
    fs = [lambda i=i: i for i in range(3)]
    print([f() for f in fs])
    def counter():
        count = 0
        def inc():
            nonlocal count
            count += 1
            return count
        def get():
            return count
        return inc, get
    inc, get = counter()
    inc(); inc()
    print(get(), inc.__code__.co_freevars, counter.__code__.co_cellvars)
    def del_cell():
        v = 1
        def r(): return v
        del v
        return r
    show(del_cell())
    # star-args edge
    def f(a, *args, b=2, **kw): return a, args, b, kw
    print(f(*[1, 2], *(), **{}, b=3, **{'c': 4}))
    show(f)
    show(lambda: f(1, **{'a': 2}))
    show(lambda: f(1, *[2], a=3))
    print((lambda *, k=1: k)(), (lambda a, /, b: (a, b))(1, b=2))
    show(lambda: (lambda a, /: a)(a=1))
    show(lambda: (lambda *, k: k)())
    show(lambda: (lambda a, b, /, c, *, d, e: 0)())
    show(lambda: (lambda a, b=1, *, d, e=1: 0)(1))
    # unpacking assign targets
    a, (b, [c, *d]), *e = 1, (2, [3, 4, 5]), 6, 7
    print(a, b, c, d, e)
    [p, q] = (r := [8, 9])
    print(p, q, r)
    obj = type('O', (), {})()
    obj.x, obj.y = 'xy'
    lst = [0, 0]
    lst[0], lst[1] = lst[1] + 1, lst[0] + 2
    print(obj.x, obj.y, lst)
    i = 0
    ll = [10, 20]
    i, ll[i] = 1, 99
    print(i, ll)
    for (k, v), w in zip({'a': 1}.items(), 'z'):
        print(k, v, w)
    with open(__file__) as fh, open(__file__) as fh2:
        print(fh.readline() == fh2.readline())


def t_name_ops_custom_namespaces():
    # LOAD_NAME / STORE_NAME / DELETE_NAME / STORE_GLOBAL on dict subclasses and mappings (exec, eval)
    class Loud(dict):
        def __getitem__(self, k):
            print('getitem', k)
            return super().__getitem__(k)
        def __setitem__(self, k, v):
            print('setitem', k)
            super().__setitem__(k, v)
        def __delitem__(self, k):
            print('delitem', k)
            super().__delitem__(k)
        def __missing__(self, k):
            print('missing', k)
            raise KeyError(k)
    code = compile('a = 1\nb = a + 1\ndel a\nprint(b, len("x"))\ndef f(): return b\nprint(f())\n', '<l>', 'exec')
    exec(code, {}, Loud())
    show(exec, code, Loud())
    class Mapping:
        def __init__(self): self.d = {}
        def __getitem__(self, k):
            print('M.getitem', k)
            return self.d[k]
        def __setitem__(self, k, v):
            print('M.setitem', k)
            self.d[k] = v
        def __delitem__(self, k):
            print('M.delitem', k)
            del self.d[k]
    exec(compile('x = 5\nprint(x)\ndel x\ntry:\n    x\nexcept NameError as e:\n    print("NameError", e)\n', '<m>', 'exec'), {}, Mapping())
    show(exec, 'y = 1', {}, 5)
    show(exec, 'y = 1', [])
    show(eval, 'z', {}, {'z': 'from locals'})
    print(eval('len', {}, {}))
    show(eval, '__builtins__', {})
    class DefaultLocals(dict):
        def __missing__(self, k): return 'default ' + k
    print(eval('anything', {}, DefaultLocals()))
    exec(compile('class C:\n    attr = 1\nprint(C.attr)\n', '<c>', 'exec'), {}, Loud())
    ns = {}
    exec('global gx\ngx = 1\ndef g():\n    global gy\n    gy = 2\n    del gx\ng()\n', ns)
    print(sorted(k for k in ns if k != '__builtins__'))
    def loc():
        a = 1
        l = locals()
        l['a'] = 99
        exec('a = 2; b = 3')
        return a, 'b' in locals(), locals().get('b')
    print(loc())


run(globals())
