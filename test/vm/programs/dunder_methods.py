import functools
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))
vs = [Version('1.10'), Version('1.2'), Version('1.2.1'), Version('0.9')]
print(sorted(vs), max(vs), Version('1.0') <= Version('1.0'), Version('2.0') >= Version('1.9'), Version('1.0') > Version('1.1'))
class Money:
    def __init__(self, c): self.c = c
    def __add__(self, o):
        if isinstance(o, Money): return Money(self.c + o.c)
        if isinstance(o, int): return Money(self.c + o)
        return NotImplemented
    def __radd__(self, o): return self.__add__(o)
    def __sub__(self, o): return Money(self.c - o.c)
    def __mul__(self, k): return Money(self.c * k)
    def __rmul__(self, k): return Money(self.c * k)
    def __truediv__(self, k): return Money(self.c // k)
    def __neg__(self): return Money(-self.c)
    def __abs__(self): return Money(abs(self.c))
    def __bool__(self): return self.c != 0
    def __eq__(self, o): return isinstance(o, Money) and self.c == o.c
    def __repr__(self): return f'${self.c / 100:.2f}'
    def __format__(self, spec): return f'<{self.c:{spec}}>'
    def __iadd__(self, o):
        self.c += o.c
        return self
m = Money(150)
print(m + Money(50), 5 + m, m * 2, 3 * m, m / 2, -m, abs(Money(-7)), bool(Money(0)), sum([Money(1), Money(2)], Money(0)))
m += Money(1); print(m, f'{m:>8}', format(m, '04'))
print(m == Money(151), m != Money(151), m == 151)
class Grid:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d.get(k, '.')
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __len__(self): return len(self.d)
    def __contains__(self, k): return k in self.d
    def __iter__(self): return iter(sorted(self.d))
g = Grid(); g[1, 2] = 'x'; g[0, 0] = 'y'
print(g[1, 2], g[5, 5], len(g), (0, 0) in g, list(g))
del g[0, 0]; print(len(g), list(g))
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], 'abc'[Idx()], bin(Idx()), range(10)[Idx()])
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
class Attr:
    def __init__(self): self.__dict__['store'] = {}
    def __getattr__(self, n): return self.store.get(n, f'no {n}')
    def __setattr__(self, n, v): self.store[n] = v
    def __delattr__(self, n): del self.store[n]
a = Attr(); a.color = 'red'
print(a.color, a.size); del a.color; print(a.color)
class Rev:
    def __init__(self, d): self.d = d
    def __reversed__(self): return iter(self.d[::-1])
print(list(reversed(Rev([1, 2, 3]))))
class Str:
    def __str__(self): return 'STR'
    def __repr__(self): return 'REPR'
print(Str(), [Str()], str(Str()), repr(Str()), f'{Str()} {Str()!r}')
class Hashless:
    def __eq__(self, o): return True
try:
    {Hashless()}
except TypeError as e:
    print(e)
