import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f'calling {fn.__name__}{args}')
        r = fn(*args, **kwargs)
        print(f'{fn.__name__} returned {r}')
        return r
    return wrapper
@trace
def add(a, b):
    """Add two numbers."""
    return a + b
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('bob'))
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v): self.v = v
print(Config(1).v, Config(2).v, Config(1) is Config(3))
def stack1(f):
    return lambda: '1(' + f() + ')'
def stack2(f):
    return lambda: '2(' + f() + ')'
@stack1
@stack2
def base():
    return 'base'
print(base())
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)
class Counter:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@Counter
def square(x): return x * x
square(2); square(3); print(square.calls, square(4))
def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
REG = {}
@register(REG)
def alpha(): pass
@register(REG)
def beta(): pass
print(sorted(REG))
print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.partial(pow, 2)(10))
