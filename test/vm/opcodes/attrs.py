# LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD
from _runner import run, show


def t_load_attr():
    import math
    class C:
        cls_attr = 'class'
        def __init__(self): self.x = 1
        @property
        def p(self): return 'prop'
    c = C()
    print(c.x, c.cls_attr, c.p, math.pi, (1).real, 'abc'.upper.__name__, C.__name__, type(c).__name__)


def t_load_attr_errors():
    class C:
        __slots__ = ('a',)
    c = C()
    show(lambda: c.a)
    show(lambda: c.missing)
    show(lambda: (1).nope)
    show(lambda: None.x)
    show(lambda: C.nope)
    import math
    show(lambda: math.nope)
    class P:
        @property
        def bad(self): raise ValueError('in property')
    show(lambda: P().bad)


def t_getattr_dunder():
    class G:
        def __getattr__(self, name): return 'dyn ' + name
    class GA:
        def __getattribute__(self, name):
            if name == 'boom': raise AttributeError('custom')
            return 'ga ' + name
    print(G().foo, GA().bar)
    show(lambda: GA().boom)
    class Both:
        def __getattribute__(self, name): raise AttributeError(name)
        def __getattr__(self, name): return 'fallback ' + name
    print(Both().z)


def t_descriptors():
    class D:
        def __get__(self, obj, typ): return ('get', obj is None, typ.__name__)
    class ND:
        def __get__(self, obj, typ): return 'non-data'
    class DD:
        def __get__(self, obj, typ): return 'data'
        def __set__(self, obj, v): print('DD.set', v)
        def __delete__(self, obj): print('DD.delete')
    class C:
        d = D()
        nd = ND()
        dd = DD()
    c = C()
    print(c.d, C.d)
    c.__dict__['nd'] = 'instance wins'
    c.__dict__['dd'] = 'instance loses'
    print(c.nd, c.dd)
    c.dd = 5
    del c.dd
    class S:
        @staticmethod
        def s(): return 'static'
        @classmethod
        def k(cls): return 'classmethod ' + cls.__name__
    print(S.s(), S().s(), S.k(), S().k())


def t_store_attr():
    class C:
        pass
    c = C()
    c.a = 1
    C.b = 2
    print(c.a, c.b, vars(c))
    class Slots:
        __slots__ = ('x',)
    s = Slots()
    s.x = 5
    print(s.x)
    def e1(): s.y = 1
    def e2(): (1).real = 2
    def e3(): 'abc'.upper = None
    def e4(): object().x = 1
    def e5(): int.x = 1
    class RO:
        @property
        def p(self): return 1
    def e6(): RO().p = 2
    class SA:
        def __setattr__(self, k, v): print('setattr', k, v)
    SA().q = 9
    for fn in (e1, e2, e3, e4, e5, e6):
        show(fn)


def t_delete_attr():
    class C:
        pass
    c = C()
    c.a = 1
    del c.a
    print(hasattr(c, 'a'))
    def e1(): del c.a
    def e2(): del c.__class__
    class RO:
        @property
        def p(self): return 1
    def e3(): del RO().p
    def e4(): del (1).real
    class DA:
        def __delattr__(self, k): print('delattr', k)
    del DA().zz
    for fn in (e1, e2, e3, e4):
        show(fn)


def t_load_method():
    l = []
    l.append(1)
    l.extend([2, 3])
    print(l, 'a,b'.split(','), {'k': 1}.get('k'), l.__len__())
    class C:
        def m(self, x): return ('m', x)
        @staticmethod
        def s(x): return ('s', x)
        @classmethod
        def c(cls, x): return ('c', cls.__name__, x)
    o = C()
    o.f = lambda x: ('instance attr', x)
    print(o.m(1), o.s(2), o.c(3), o.f(4), C.s(5), C.c(6))
    import math
    print(math.floor(2.5))
    show(lambda: l.nope())
    show(lambda: o.m())
    show(lambda: C.m(1))
    show(lambda: 'x'.join(1))
    show(lambda: o.m(1, 2))


def t_super():
    class A:
        def f(self): return 'A.f'
        @classmethod
        def c(cls): return 'A.c ' + cls.__name__
    class B(A):
        def f(self): return 'B.f+' + super().f()
        @classmethod
        def c(cls): return 'B.c+' + super().c()
        def g(self): return super(B, self).f()
    print(B().f(), B.c(), B().g())
    class E(A):
        def nope(self): return super().nope()
    show(E().nope)


def t_class_attribute_edges():
    class A:
        def __init_subclass__(cls): pass
    def f():
        class B(A, x=1): pass
    show(f)
    def g():
        class B(object, x=1): pass
    show(g)
    class SN:
        def __set_name__(self, owner, name): raise ValueError('set_name boom')
    def h():
        class C:
            attr = SN()
    show(h)
    class S:
        __slots__ = ('a', '__dict__')
    s = S(); s.a = 1; s.b = 2
    print(s.a, s.b, S.a)
    def sl():
        class T:
            __slots__ = ('a', 'a')
    show(sl)
    def sl2():
        class T(int):
            __slots__ = ('a',)
    show(sl2)
    class GetattrRaises:
        def __getattribute__(self, n): raise KeyError(n)
    show(lambda: GetattrRaises().x)
    show(lambda: hasattr(GetattrRaises(), 'x'))
    show(lambda: getattr(GetattrRaises(), 'x', 'default'))
    class Meta(type):
        def meth(cls): return 'meta meth ' + cls.__name__
        @property
        def prop(cls): return 'meta prop'
    class WithMeta(metaclass=Meta): pass
    print(WithMeta.meth(), WithMeta.prop)
    show(lambda: WithMeta().meth())
    class Dyn:
        pass
    Dyn.method = lambda self: 'added later'
    print(Dyn().method())
    d = Dyn()
    d.__class__ = type('Other', (), {'method': lambda self: 'other'})
    print(d.method(), type(d).__name__)
    show(lambda: setattr(d, '__class__', int))
    show(lambda: setattr(d, '__dict__', 5))
    d.__dict__ = {'z': 1}
    print(d.z)
    class Prop:
        x = property(lambda self: 'get', lambda self, v: print('set', v), lambda self: print('del'))
    p = Prop(); p.x = 1; del p.x; print(p.x)
    show(lambda: Prop.x.__get__(None, Prop) is Prop.x)
    class Cls:
        def m(self): pass
    print(Cls.m.__qualname__, Cls().m.__func__ is Cls.m, Cls().m == Cls().m, Cls().m is Cls().m)
    show(lambda: object.__getattribute__(1, 'real'))
    show(lambda: type.__getattribute__(int, 'nope'))
    import types
    mod = types.ModuleType('m')
    show(lambda: mod.nope)
    mod.__getattr__ = lambda n: 'modgetattr ' + n
    print(mod.anything)
    show(lambda: delattr(mod, 'nope'))
    class Frozen:
        __slots__ = ()
    show(lambda: setattr(Frozen(), 'x', 1))
    show(lambda: Frozen().__dict__)
    print(getattr(Frozen, '__slots__'))
    show(lambda: type.__dict__['__dict__'].__get__(5))
    class X:
        def __eq__(self, o): return True
    print(X.__hash__)
    show(hash, X())
    class StaticHolder:
        sm = staticmethod(len)
        cm = classmethod(lambda c: c.__name__)
    print(StaticHolder.sm('ab'), StaticHolder().cm())


run(globals())
