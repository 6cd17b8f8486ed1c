class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)

class Person:
    age = Typed(int)
    name = Typed(str)
    def __init__(self, name, age):
        self.name, self.age = name, age

p = Person("ann", 30)
print(p.name, p.age, Person.age.kind)
try:
    p.age = "old"
except TypeError as e:
    print(e)

class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        cls.tag = kw.get("tag", "none")
        return cls
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by_meta = True
        return inst
    def __repr__(cls):
        return f"<class {cls.__name__} via Registry>"

class Base(metaclass=Registry, tag="base"):
    pass
class Derived(Base, tag="derived"):
    def __init__(self, v=1): self.v = v
d = Derived(5)
print(Registry.classes, Base.tag, Derived.tag, d.v, d.created_by_meta, Derived, type(Derived).__name__)

class Lazy:
    def __getattr__(self, name):
        return f"lazy-{name}"
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
l = Lazy()
l.real = 1
print(l.real, l.foo, l.secret)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = Slotted()
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    print(s.b)
except AttributeError as e:
    print(e)

class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v): self._c = v
    @celsius.deleter
    def celsius(self): print("deleting"); self._c = None
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def conv(f): return (f - 32) * 5 / 9
t = Temp.make(); t.celsius = 25; print(t.celsius, Temp.conv(212)); del t.celsius; print(t.celsius)
print(type(Temp.__dict__["celsius"]).__name__, Temp.celsius.fget.__name__)

class InitSub:
    subs = []
    def __init_subclass__(cls, prefix="x", **kw):
        super().__init_subclass__(**kw)
        InitSub.subs.append(prefix + cls.__name__)
class A(InitSub): pass
class B(InitSub, prefix="y"): pass
print(InitSub.subs)
print(type("Dyn", (A,), {"k": 3})().k, isinstance(A(), InitSub), issubclass(B, (int, InitSub)))
