import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    def describe(self):
        return f'{type(self).__name__} with area {self.area():.2f}'
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
for s in [Circle(1), Square(3)]:
    print(s.describe())
try:
    Shape()
except TypeError as e:
    print(e)
class Base:
    def __init__(self):
        self.log = ['Base']
    def hello(self):
        return 'Base.hello'
class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append('Left')
    def hello(self):
        return 'Left>' + super().hello()
class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append('Right')
    def hello(self):
        return 'Right>' + super().hello()
class Both(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append('Both')
b = Both()
print(b.log, b.hello(), [c.__name__ for c in Both.mro()])
print(isinstance(b, (int, Left)), issubclass(Both, (str, Right)), isinstance(3, (float, int)))
class Explicit(Left):
    def hello(self):
        return super(Left, self).hello()
print(Explicit().hello())
class ClassAttr:
    shared = []
    def add(self, x): self.shared.append(x)
c1, c2 = ClassAttr(), ClassAttr(); c1.add(1); c2.add(2); print(ClassAttr.shared, c1.shared is c2.shared)
class Overrides:
    value = 'class'
o = Overrides(); o.value = 'instance'; print(o.value, Overrides.value); del o.value; print(o.value)
class A: pass
class B(A): pass
class C(B): pass
print(C.__mro__, C.__base__, B.__subclasses__(), type(C()).__name__)
try:
    class X(A, B): pass
except TypeError as e:
    print(e)
class Num(int):
    def __repr__(self): return f'Num({int(self)})'
n = Num(5)
print(n, n + 1, type(n + 1), isinstance(n, int), n * 2, Num('42'))
class MyList(list):
    def sum(self): return sum(self)
ml = MyList([1, 2, 3]); ml.append(4); print(ml, ml.sum(), len(ml), type(ml[1:]))
class MyDict(dict):
    def __missing__(self, k): return k * 2
md = MyDict(a=1); print(md['a'], md['zz'], md)
class MyStr(str):
    def shout(self): return self.upper() + '!'
print(MyStr('hey').shout(), MyStr('a') + 'b', len(MyStr('abc')))
