import sys, traceback
def f(n):
    if n == 0:
        raise ValueError("bottom")
    return f(n - 1)
try:
    f(3)
except ValueError as e:
    tb = e.__traceback__
    depth = 0
    while tb:
        depth += 1
        tb = tb.tb_next
    print("depth", depth, type(e).__name__, e.args)
    print("".join(traceback.format_exception_only(type(e), e)), end="")
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
def cleanup():
    try:
        return "try"
    finally:
        print("finally runs")
print(cleanup())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
try:
    raise KeyError("k")
except (TypeError, KeyError) as e:
    print("caught", repr(e), str(e))
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise MyErr(7, "custom")
except MyErr as e:
    print(e, e.code, repr(e), isinstance(e, Exception))
print(sys.exc_info())
try:
    raise TypeError("x")
except TypeError:
    print(sys.exc_info()[0].__name__, sys.exception().args if hasattr(sys, "exception") else "")
e = ValueError("a", "b"); print(e.args, str(e), repr(e), str(ValueError()), repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
print(issubclass(ZeroDivisionError, ArithmeticError), ZeroDivisionError.__mro__[1:3], OSError(2, "No such file").errno, str(OSError(2, "No such file", "x.txt")))
print(repr(FileNotFoundError(2, "nf")), type(OSError(2, "x")).__name__, StopIteration(5).value, SystemExit(3).code)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    {}["x"]
except LookupError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(e, e.name, e.obj)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    import nonexistent_mod
except ImportError as e:
    print(type(e).__name__, e, e.name)
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("gen closed")
        raise
g = gen(); next(g); g.close()
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert", e)
print(traceback.format_exc().strip().splitlines()[-1] if False else "ok")
