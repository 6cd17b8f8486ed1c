x = "global"
def outer():
    x = "enclosing"
    def inner():
        nonlocal x
        x = "modified"
        return x
    r = inner()
    return x, r
print(outer(), x)
counter = 0
def incr():
    global counter
    counter += 1
    return counter
print(incr(), incr(), counter)
def make_counters():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i * 10)
    late = [lambda: i for i in range(3)]
    return [f() for f in fs], [f() for f in late]
print(make_counters())
def gen_closure():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
a = gen_closure(); a(5); print(a(10), a.__closure__[0].cell_contents, a.__code__.co_freevars)
class C:
    y = 1
    vals = [y for _ in range(2)] if False else None
    def m(self):
        return y if False else C.y
print(C().m(), C.vals)
def shadow():
    try:
        print(undefined_local)
    except NameError as e:
        print("NameError:", e)
    def f():
        print(z)
        z = 1
    try:
        f()
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
shadow()
def deep():
    v = 1
    def l1():
        def l2():
            def l3():
                return v + 1
            return l3()
        return l2()
    return l1()
print(deep(), (lambda: (lambda: x)())())
exec("w = 5\nprint('exec sees', x)")
print(w, eval("x + '!'"), [x for x in range(2)], x)
def kw_only(a, /, b, *, c=3, **rest):
    return a, b, c, rest
print(kw_only(1, 2), kw_only(1, b=5, c=6, d=7))
try:
    kw_only(a=1, b=2)
except TypeError as e:
    print(e)
def varargs(*args, **kwargs):
    return args, sorted(kwargs.items())
print(varargs(1, *[2, 3], x=1, **{"y": 2}))
print(globals()["counter"], "incr" in dir(), locals() is globals())
del x
try:
    print(x)
except NameError as e:
    print(e)
