class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vector({self.x}, {self.y})"
    def __add__(self, o): return Vector(self.x + o.x, self.y + o.y) if isinstance(o, Vector) else NotImplemented
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __neg__(self): return Vector(-self.x, -self.y)
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __iter__(self): yield self.x; yield self.y
    def __contains__(self, v): return v in (self.x, self.y)
    def __lt__(self, o): return abs(self) < abs(o)
print(Vector(1, 2) + Vector(3, 4), 3 * Vector(1, 1), sum([Vector(1, 1), Vector(2, 2)]), abs(Vector(3, 4)), -Vector(1, 2), bool(Vector(0, 0)))
print(Vector(1, 2)[1], len(Vector(0, 0)), list(Vector(5, 6)), 5 in Vector(5, 6), sorted([Vector(3, 4), Vector(1, 1)]), {Vector(1, 1): "a"}[Vector(1, 1)])
try:
    Vector(1, 2) + 5
except TypeError as e:
    print(e)
class Meta(type):
    def __prepare__(name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}
    def __new__(mcls, name, bases, ns, **kw):
        ns["order"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta, flag=True):
    b = 2
    a = 1
print(WithMeta.injected, WithMeta.order, type(WithMeta).__name__)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.__bases__, issubclass(D, A))
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
s1, s2 = Singleton(1), Singleton(2); print(s1 is s2, s1.v)
class Callable:
    def __init__(self): self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return a, k
c = Callable(); print(c(1, x=2), c.calls, callable(c))
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, et, ev, tb): print("exit", et.__name__ if et else None); return et is KeyError
with Ctx():
    raise KeyError("suppressed")
print("after with")
class Attrs:
    def __init__(self): self.__dict__["data"] = {}
    def __getattr__(self, n): return self.data.get(n, f"<{n}>")
    def __setattr__(self, n, v): self.data[n] = v
    def __delattr__(self, n): del self.data[n]
at = Attrs(); at.q = 1; print(at.q, at.zz, at.data); del at.q; print(at.q)
class Base:
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry[key or cls.__name__] = cls
class P1(Base, key="one"): pass
class P2(Base): pass
print(sorted(Base.registry), P1.__qualname__, P2.__module__, Base.__subclasses__())
print(repr(object.__new__(A))[:10], A.__dict__["who"].__name__, vars(P1), type(A.who), type(A().who))
