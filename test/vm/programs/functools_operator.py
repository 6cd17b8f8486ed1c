import functools
import operator

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
print(functools.reduce(operator.mul, range(1, 11)), functools.reduce(lambda a, b: a + b, [], 0))
p = functools.partial(int, base=2)
print(p("1011"), p.func, p.keywords)
def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        return f(*a, **k)
    return w
@deco
def hello(name):
    "greets"
    return "hi " + name
print(hello("x"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
print(operator.itemgetter(1, 0)([10, 20]), operator.attrgetter("real")(3 + 4j), operator.methodcaller("upper")("q"))
print(operator.add(2, 3), operator.neg(4), operator.contains([1], 1), operator.getitem({"k": 1}, "k"), operator.index(7))
@functools.total_ordering
class N:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(N(1) <= N(2), N(3) >= N(2), N(1) > N(1))
@functools.singledispatch
def kind(x): return "object"
@kind.register
def _(x: int): return "int"
@kind.register(list)
def _(x): return "list"
print(kind(1), kind([]), kind("s"), kind(True))
class C:
    @functools.cached_property
    def val(self):
        print("computing")
        return 42
c = C(); print(c.val, c.val)
