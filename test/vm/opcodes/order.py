# Evaluation order and big operands across opcodes: STORE_SUBSCR/STORE_ATTR operand order,
# BUILD_MAP key/value order, CALL argument order, COPY/SWAP of augmented assignment,
# EXTENDED_ARG on BUILD_TUPLE/UNPACK_SEQUENCE/LOAD_FAST with hundreds of operands
from _runner import run, show


def log(tag, value=None):
    print('eval', tag)
    return value if value is not None else tag


def t_store_order():
    d = {}
    log('container', d)[log('key')] = log('value')
    class O:
        pass
    o = O()
    log('obj', o).attr = log('attr value')
    a = b = log('chained')
    print(d, o.attr, a, b)
    x, log('c', d)[log('k2')] = log('v1'), log('v2')
    print(d)


def t_augassign_order():
    class L(list):
        def __getitem__(self, i):
            print('getitem', i)
            return super().__getitem__(i)
        def __setitem__(self, i, v):
            print('setitem', i, v)
            super().__setitem__(i, v)
    l = L([1, 2])
    log('target', l)[log('index', 1)] += log('increment', 10)
    print(l)
    class A:
        def __getattribute__(self, n):
            print('getattr', n)
            return object.__getattribute__(self, n)
        def __setattr__(self, n, v):
            print('setattr', n, v)
            object.__setattr__(self, n, v)
    a = A()
    a.x = 1
    a.x += 1
    print(a.x)


def t_display_order():
    print({log('k1'): log('v1'), log('k2'): log('v2')})
    print([log('l1'), *log('star', [0]), log('l2')])
    print(log('f', lambda *a, **k: (a, k))(log('a1'), log('a2'), kw=log('kw'), **log('kwargs', {'z': 1})))
    print(log('left', 1) + log('right', 2), log('l', 1) < log('m', 2) < log('r', 0) < log('never', 9))


def t_many_operands():
    ns = {}
    n = 300
    src = ('def f():\n'
           + ''.join(f'    v{i} = {i}\n' for i in range(n))
           + '    t = (' + ', '.join(f'v{i}' for i in range(n)) + ',)\n'
           + '    (' + ', '.join(f'w{i}' for i in range(n)) + ',) = t\n'
           + '    return t[-1], w299, len({' + ', '.join(f'v{i}' for i in range(n)) + '}), [' + ', '.join(f'v{i}' for i in range(n)) + '][-2]\n')
    exec(compile(src, '<many>', 'exec'), ns)
    print(ns['f']())
    big = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30)
    print(len(big), big[-1])


def t_chained_comparison_short_circuit():
    print(log('a', 1) > log('b', 2) > log('never c', 3))
    print(log('x', 1) == log('y', 1) != log('z', 2))
    class C:
        def __lt__(self, o): return 'truthy'
    print(C() < C() < C())


def t_global_builtins_namespace():
    g = {'__builtins__': {'len': lambda x: 'fake len', 'print': print}}
    exec(compile('print(len([1, 2]))', '<g>', 'exec'), g)
    show(exec, compile('print(abs(-1))', '<g>', 'exec'), g)
    g2 = {}
    exec(compile('x = len("ab")', '<g>', 'exec'), g2)
    print(g2['x'], type(g2['__builtins__']).__name__)


def t_class_cell():
    class A:
        def who(self): return __class__.__name__
        def sup(self): return super().__repr__()[:3]
        def nested(self):
            def inner():
                return __class__
            return inner()
    print(A().who(), A().sup(), A().nested() is A)
    class B:
        def f(self):
            return super().f()
    show(lambda: B().f())
    def outside():
        super()
    show(outside)
    class M(type):
        def __new__(m, name, bases, ns):
            cls = super().__new__(m, name, bases, ns)
            print('__classcell__ in ns:', '__classcell__' in ns)
            return cls
    class D(metaclass=M):
        def f(self): return __class__
    print(D().f() is D)


def t_nonlocal_in_class():
    def f():
        x = 1
        class C:
            nonlocal x
            x = 2
            y = x
        return x, C.y, hasattr(C, 'x')
    print(f())


run(globals())
