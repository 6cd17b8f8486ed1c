# CALL, PRECALL, KW_NAMES, CALL_FUNCTION_EX, MAKE_FUNCTION (defaults, kw-defaults, annotations,
# closure), LOAD_BUILD_CLASS
from _runner import run, show


def t_call_positional_keyword():
    def f(a, b=2, *args, c, d=4, **kw):
        return (a, b, args, c, d, kw)
    print(f(1, c=3))
    print(f(1, 2, 3, 4, c=5, e=6))
    print(f(a=1, c=2, d=3, z=0))
    print(divmod(7, 2), sorted([3, 1], reverse=True), int('ff', base=16), dict(a=1), print('p', end='!\n', sep='-'))


def t_call_errors():
    def f(a, b, /, c, *, d):
        pass
    show(lambda: f(1, 2, 3))
    show(lambda: f(1))
    show(lambda: f(1, 2, 3, 4, d=5))
    show(lambda: f(1, b=2, c=3, d=4))
    show(lambda: f(1, 2, 3, d=4, e=5))
    show(lambda: f(1, 2, 3, c=3, d=4))
    def g():
        pass
    show(lambda: g(1))
    show(lambda: g(x=1))
    def h(a, b=1):
        pass
    show(lambda: h())
    show(lambda: h(1, 2, 3))
    show(lambda: 5())
    show(lambda: None(1, k=2))
    show(lambda: len())
    show(lambda: len(1, 2))
    show(lambda: len(obj=1))
    show(lambda: [].append(1, 2))
    show(lambda: {}.get())
    show(lambda: int(x=1))
    class C:
        def m(self): pass
    show(lambda: C().m(1))
    show(lambda: C.m())
    show(lambda: C(1))
    show(lambda: object(1))


def t_call_callables():
    class C:
        def __init__(self, x): self.x = x
        def __call__(self, y): return self.x + y
    c = C(1)
    print(c(2), C.__call__(c, 3), type(c)(5).x)
    import functools
    p = functools.partial(lambda a, b: a - b, 10)
    print(p(3), p(b=4))
    print((lambda *a, **k: (a, k))(1, x=2))
    bm = [1, 2].count
    print(bm(1), str.upper('q'), type('x'), type('T', (), {'a': 1}).a)


def t_kw_names():
    def f(*args, **kwargs): return args, kwargs
    print(f(1, a=2), f(b=1, a=2), f(x=None))
    print(dict(one=1, two=2), 'x'.center(5, '*'), sorted(['b', 'A'], key=str.lower))
    show(lambda: f(**{'a': 1}, a=2))


def t_call_function_ex():
    def f(*args, **kwargs): return args, kwargs
    a, k = (1, 2), {'x': 3}
    print(f(*a), f(*a, **k), f(**k), f(0, *a, 4, *[5]), f(*'ab'), f(*range(2), y=1, **k))
    print(f(*(i for i in range(3))), f(*{'q': 1}))
    print(max(*[3, 9, 2]), print(*['a', 'b'], sep='+'))
    class C:
        def m(self, *a): return a
    print(C().m(*a))


def t_call_function_ex_errors():
    def f(*args, **kwargs): return args, kwargs
    def g(a): return a
    show(lambda: f(*5))
    show(lambda: f(*None))
    show(lambda: f(**5))
    show(lambda: f(**[1]))
    show(lambda: f(**{'a': 1}, **{'a': 2}))
    show(lambda: f(a=1, **{'a': 2}))
    show(lambda: g(*[1, 2]))
    show(lambda: g(**{'b': 1}))
    show(lambda: g(*[], **{}))
    show(lambda: len(*5))
    show(lambda: max(**None))
    class Bad:
        def __iter__(self): raise RuntimeError('iter failed')
    show(lambda: f(*Bad()))
    class M:
        def keys(self): return [1]
        def __getitem__(self, k): return k
    show(lambda: f(**M()))


def t_make_function_defaults():
    def f(a, b=[], *, c={'k': 1}, d=lambda: 'dflt'):
        b.append(a)
        return b, c, d()
    print(f(1), f(2))
    print(f.__defaults__, sorted(f.__kwdefaults__))
    def g(x: int, y: 'str' = 'q', *args: float, z: list = None, **kw: dict) -> bool:
        pass
    print(g.__annotations__)
    def h(): pass
    print(h.__defaults__, h.__kwdefaults__, h.__annotations__, h.__name__, h.__qualname__)


def t_make_function_closure():
    def adder(n):
        def add(x, y=n):
            return x + n + y
        return add
    print(adder(1)(10), adder(2)(10, 0))
    def outer():
        v = 'v'
        def mid():
            def inner():
                return v
            return inner
        return mid()()
    print(outer())
    print(adder(1).__closure__ is not None, adder.__closure__)


def t_load_build_class():
    class A:
        pass
    class B(A, metaclass=type):
        x = 1
    print(B.__mro__ == (B, A, object), B.x, B.__qualname__)
    class Meta(type):
        def __new__(mcls, name, bases, ns, **kw):
            ns['kw'] = kw
            return super().__new__(mcls, name, bases, ns)
        @classmethod
        def __prepare__(mcls, name, bases, **kw):
            print('prepare', name, kw)
            return {'prepared': True}
    class C(metaclass=Meta, flag=1):
        pass
    print(C.kw, C.prepared)
    show(lambda: type('X', (5,), {}))
    def bad_base():
        class D(5):
            pass
    show(bad_base)
    def bad_meta():
        class E(int, str):
            pass
    show(bad_meta)
    class Init:
        def __init_subclass__(cls, **kw):
            print('init_subclass', cls.__name__, kw)
    class Sub(Init, tag='t'):
        pass
    bases = (A,)
    class F(*bases, **{'metaclass': type}):
        pass
    print(F.__bases__)


def t_class_and_call_errors():
    class M1(type): pass
    class M2(type): pass
    class A(metaclass=M1): pass
    class B(metaclass=M2): pass
    def conflict():
        class C(A, B): pass
    show(conflict)
    def mro_err():
        class X: pass
        class Y(X): pass
        class Z(X, Y): pass
    show(mro_err)
    def dup_base():
        class X: pass
        class Z(X, X): pass
    show(dup_base)
    def slots_conflict():
        class S:
            __slots__ = ('a',)
            a = 1
    show(slots_conflict)
    class D:
        def __set_name__(self, owner, name): print('set_name', owner.__name__, name)
    class E:
        d = D()
    def kwonly(*, a): pass
    show(kwonly, 1)
    show(kwonly)
    def posonly(a, /): pass
    show(posonly, a=1)
    def many(a, b, c): pass
    show(many, 1)
    show(many)
    def defaults(a, b=1, *, c, d=2): pass
    show(defaults)
    show(defaults, 1, 2, 3)
    show(lambda: (lambda x: x)(1, 2))
    show(lambda: (lambda: 0)(y=2))
    def varkw(**kw): return kw
    show(varkw, 1)
    show(lambda: varkw(**{'a': 1}, a=2))
    class Init:
        def __init__(self): return 5
    show(Init)
    class New:
        def __new__(cls): return 5
        def __init__(self): print('never')
    show(New)
    show(lambda: object.__new__(int))
    show(lambda: type('N', (), {})(1))
    show(lambda: type())
    show(lambda: type('a', 1, {}))
    class Callable:
        __call__ = 5
    show(Callable())
    show(lambda: abs(x=1))
    show(lambda: sorted([1], cmp=1))
    show(lambda: {}.fromkeys())
    show(lambda: str.join())
    show(lambda: str.join(1, 2))
    show(lambda: list.append([], 1, 2))
    show(lambda: dict(1))
    show(lambda: dict([1]))
    show(lambda: dict([(1, 2, 3)]))
    show(lambda: int('x'))
    show(lambda: int('5', 1))
    show(lambda: float('x'))
    show(lambda: complex('x'))
    show(lambda: max())
    show(lambda: max([]))
    show(lambda: min(1))
    show(lambda: sum(['a'], 'b'))
    show(lambda: iter(5))
    show(lambda: next(5))
    show(lambda: getattr(1, 2))
    show(lambda: setattr(1, 'x', 2))
    show(lambda: hash([]))
    show(lambda: isinstance(1, 1))
    show(lambda: issubclass(1, int))
    show(lambda: chr(-1))
    show(lambda: ord('ab'))
    show(lambda: round(1.5, 'x'))
    show(lambda: divmod(1, 0))
    show(lambda: print(sep=1))
    show(lambda: super(int, 'x'))
    show(lambda: vars(1))
    show(lambda: format(1, 'x', 3))
    show(lambda: slice())
    show(lambda: range(1.5))
    show(lambda: enumerate())
    show(lambda: zip(1))
    show(lambda: map(1))


def t_builtin_new_checks():
    # tp_new_wrapper: T.__new__(X) checks that X is a type and a subtype of T, and safe
    show(lambda: int.__new__(str))
    show(lambda: int.__new__(5))
    show(lambda: list.__new__(dict))
    show(lambda: tuple.__new__(int))
    show(lambda: dict.__new__(list))
    show(lambda: str.__new__(bool))
    show(lambda: float.__new__(object))
    class I(int): pass
    show(lambda: type(int.__new__(I, 5)).__name__)
    show(lambda: object.__new__(I))


def t_call_error_messages():
    # CALL / KW_NAMES / CALL_FUNCTION_EX binding errors of Python functions, methods, classes and builtins
    def f1(a, b, c=1, *, d, e, f=2): pass
    show(f1)
    show(f1, 1)
    show(f1, 1, 2, 3, 4)
    show(f1, 1, 2, 3, 4, 5)
    show(f1, 1, 2)
    show(f1, 1, 2, d=1)
    show(f1, 1, 2, d=1, e=2, g=3)
    show(f1, 1, 2, d=1, e=2, a=3)
    def f2(a, b, /, c): pass
    show(f2, a=1, b=2, c=3)
    show(f2, 1, b=2, c=3)
    def f3(*, a): pass
    show(f3, 1)
    show(f3, 1, 2)
    def f4(a=1): pass
    show(f4, 1, 2)
    show(f4, 1, 2, b=3)
    def f5(a, /, **kw): return a, kw
    show(f5, 1, a=2)
    def f6(): pass
    show(f6, 1, 2)
    show(f6, x=1, y=2)
    class C:
        def m(self, a): pass
        @classmethod
        def cm(cls, a): pass
        @staticmethod
        def sm(a): pass
    show(C().m)
    show(C().m, 1, 2)
    show(C.cm)
    show(C.sm)
    show(C.m)
    show(lambda: C().m(a=1, b=2))
    show(lambda: C.__init__())
    show(lambda: C(1))
    show(lambda: object.__init__(C(), 1))
    class D:
        def __init__(self, x): pass
    show(D)
    show(D, 1, 2)
    show(lambda: D(y=1))
    show(sorted, [3, 1], key=lambda x: -x)
    show(sorted, [3, 1], lambda x: x)
    show(sorted)
    show(print, 'x', file=None)
    show(print, 'x', flush=1, end='!\n')
    show(print, 'x', bogus=1)
    show(dict.fromkeys, 'ab', 0)
    show(int.from_bytes, b'\x01\x00', 'little')
    show(int.from_bytes, b'\x01', byteorder='big', signed=True)
    show(int.from_bytes)
    show('{}'.format, *range(3))
    show(str.split, 'a b', maxsplit=1)
    show('a b'.split, None, 1)
    show('a b'.split, sep=None, maxsplit=1, x=1)
    show(max, [], default=5)
    show(max, 1, 2, key=None)
    show(max, [1], [2], default=0)
    show(min, key=len)
    show(range, 1, 2, 3, 4)
    show(range)
    show(isinstance, 1)
    show(getattr, 1, 'x', 2, 3)
    show(pow, 1, 2, 3, 4)
    show(round, 1.5, ndigits=None)
    show(open)
    show(abs, 1, 2)
    show(len, [], [])


def t_builtin_arity_messages():
    # CALL of every builtin function with no argument and with too many
    import builtins
    for name in sorted(dir(builtins)):
        f = getattr(builtins, name)
        if type(f).__name__ != 'builtin_function_or_method' or name in ('input', 'breakpoint', 'help', 'exit', 'quit', 'print', '__build_class__', '__import__', 'open',
            'eval', 'exec', 'sum'): continue
        for args in ((), (1, 2, 3, 4, 5, 6)):
            try:
                f(*args)
            except TypeError as e:
                print(name, len(args), e)
            except Exception as e:
                print(name, len(args), type(e).__name__)


run(globals())
