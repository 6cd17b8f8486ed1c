def gen():
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("cleanup")

g = gen()
print(next(g), g.send(5), g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration:
    print("done")

g2 = gen(); next(g2); g2.close(); print("closed", g2.gi_frame)

def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset": n = 0
        else: n += 1
c = counter(); print([next(c), next(c), c.send("reset"), next(c)])

def inner():
    r = yield "i1"
    yield f"i2:{r}"
    return "inner-done"
def outer():
    res = yield from inner()
    yield res
    yield from range(2)
o = outer(); print(next(o), o.send("S"), next(o), list(o))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)), sum(x for x in range(100) if x % 7 == 0))
gexp = (i * i for i in range(3)); print(gexp.__name__, list(gexp), list(gexp))
def stopper():
    yield 1
    return 99
try:
    s = stopper(); next(s); next(s)
except StopIteration as e:
    print("value", e.value)
def bad():
    yield 1
    raise StopIteration("x")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def g3():
    yield 1
it = g3(); print(it.gi_running, next(it), list(it), it.gi_frame)
