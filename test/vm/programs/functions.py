def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, d=7))
print(f(*[1, 2], *(3,), c=0, **{'z': 1}))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = make_counter(); c(); c(); print(c(10))
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
closures = [lambda: i for i in range(3)]
print([cl() for cl in closures])
G = 'global'
def read_global():
    return G
def write_global():
    global G
    G = 'changed'
write_global(); print(read_global())
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(20), rec(30))
def defaults(a, lst=[]):
    lst.append(a)
    return lst
print(defaults(1), defaults(2))
def annotated(x: int, y: str = 'a') -> bool:
    """Doc string here."""
    return True
print(annotated.__name__, annotated.__doc__, annotated.__annotations__, annotated.__defaults__)
def outer():
    x = 1
    def middle():
        def inner():
            return x + 1
        return inner()
    return middle()
print(outer())
print((lambda *a, **k: (a, k))(1, 2, x=3))
def gen_args(*args):
    return sum(args)
print(gen_args(*range(10)), gen_args())
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5), (lambda: None)())
def kwonly(*, key=None):
    return key
print(kwonly(), kwonly(key='k'))
def apply(fn, *a, **k):
    return fn(*a, **k)
print(apply(max, 3, 7, 2), apply(sorted, [3, 1, 2], reverse=True))
