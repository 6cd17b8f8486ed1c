import functools
from functools import reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key, singledispatch, cached_property, partialmethod
print(reduce(lambda a, b: a * b, range(1, 10)), reduce(lambda a, b: a + b, [], 7))
p = partial(int, base=2); print(p('1011'), p.func, p.args, p.keywords, repr(partial(max, 1, key=abs)))
pp = partial(p, '111'); print(pp())
@lru_cache(maxsize=2)
def f(n): print('computing', n); return n * n
f(1); f(2); f(1); f(3); f(2); print(f.cache_info()); f.cache_clear(); print(f.cache_info())
@cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@deco
def hello(x):
    'doc of hello'
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello(3))
@total_ordering
class N:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(N(1) <= N(2), N(3) >= N(2), N(1) > N(2))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@singledispatch
def show(x): return f'obj {x}'
@show.register
def _(x: int): return f'int {x}'
@show.register(list)
def _(x): return f'list {len(x)}'
print(show(1), show([1, 2]), show('s'), show(True))
class W:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return 42
w = W(); print(w.val, w.val, w.n)
class Cell:
    def set(self, v, mult): self.v = v * mult
    double = partialmethod(set, mult=2)
c = Cell(); c.double(4); print(c.v)
print(functools.reduce(max, [3, 9, 2]))
@lru_cache
def g(a, b=2): return a + b
print(g(1), g(1, b=2), g(a=1), g.cache_info())
print(list(functools.WRAPPER_ASSIGNMENTS))
class Acc:
    @functools.singledispatchmethod
    def add(self, x): return 'generic'
    @add.register
    def _(self, x: int): return 'int'
print(Acc().add(1), Acc().add('s'))
