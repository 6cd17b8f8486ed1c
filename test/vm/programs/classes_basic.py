class Animal:
    kind = 'animal'
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f'{self.name} makes a sound'
    def __repr__(self):
        return f'{type(self).__name__}({self.name!r})'
    @classmethod
    def create(cls, name):
        return cls(name)
    @staticmethod
    def helper(x):
        return x * 2
    @property
    def upper(self):
        return self.name.upper()

class Dog(Animal):
    kind = 'dog'
    def speak(self):
        return super().speak() + ' (woof)'

d = Dog('Rex'); a = Animal.create('Generic')
print(d, a, d.speak(), a.speak(), Dog.helper(4), d.upper, Animal.count)
print(isinstance(d, Animal), issubclass(Dog, Animal), type(d) is Dog, Dog.__mro__, Dog.__name__, Dog.__qualname__)
print(d.kind, a.kind, Dog.__bases__, hasattr(d, 'name'), getattr(d, 'missing', 'dflt'))
d.age = 3; print(d.__dict__, vars(a))
setattr(a, 'x', 1); delattr(a, 'x'); print(hasattr(a, 'x'))

class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
p = Point(1, 2) + Point(3, 4)
print(p, p == Point(4, 6), {Point(1, 1), Point(1, 1)}, sorted([Point(2, 1), Point(1, 5)]), Point(0, 0) != Point(0, 1))
try:
    p.z = 1
except AttributeError as e:
    print('AttributeError:', e)

class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError('too cold')
        self._c = v
t = Temp(); t.c = 25; print(t.c)
try:
    t.c = -300
except ValueError as e:
    print('ValueError', e)

class Vector:
    def __init__(self, *c): self.c = list(c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __iter__(self): return iter(self.c)
    def __contains__(self, v): return v in self.c
    def __bool__(self): return bool(self.c)
    def __mul__(self, k): return Vector(*[x * k for x in self.c])
    __rmul__ = __mul__
    def __neg__(self): return Vector(*[-x for x in self.c])
    def __str__(self): return 'V' + str(tuple(self.c))
    def __call__(self, i): return self.c[i] * 100
v = Vector(1, 2, 3)
print(len(v), v[1], list(v), 2 in v, bool(Vector()), str(v * 2), str(3 * v), str(-v), v(2), v[-1], v[0:2])

class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Child(Base, tag='child'): pass
print(Child.tag, Base.__subclasses__())

class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B' + super().who()
class C(A):
    def who(self): return 'C' + super().who()
class D(B, C):
    def who(self): return 'D' + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['added'] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class WithMeta(metaclass=Meta): pass
print(WithMeta.added, type(WithMeta).__name__)
class Dyn:
    def __getattr__(self, name): return f'dyn_{name}'
print(Dyn().anything, Dyn().other)
print(type('Made', (object,), {'x': 5})().x)
