import sys
print(abs(-3), abs(-2.5), abs(3 + 4j), all([1, 2]), any([]), ascii("héllo\n"), bin(10), bool("x"), callable(len), callable(3))
print(chr(9731), divmod(17, 5), divmod(-17.5, 5), list(enumerate("xyz", start=10)), eval("1 + 2 * 3"), eval("x * 2", {"x": 21}))
ns = {}
exec("def f(a):\n    return a + 1\ny = f(41)", ns)
print(ns["y"], sorted(k for k in ns if not k.startswith("__")))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), format(3.14159, ".2f"), format(42, "08b"), frozenset("aab") == {"a", "b"})
class O:
    z = 1
o = O()
setattr(o, "w", 5); print(getattr(o, "w"), getattr(o, "nope", "default"), hasattr(o, "z"), hasattr(o, "q"), vars(o))
delattr(o, "w"); print(vars(o), hex(255), oct(8), ord("é"), pow(2, 10), pow(2, 10, 1000), pow(2.0, -1))
it = iter([1, 2, 3]); print(next(it), next(it), next(it), next(it, "done"))
calls = iter(lambda c=[0]: c.append(1) or len(c), 4); print(list(calls))
print(max([3, 1, 2]), max(3, 9, 4), max([], default="empty"), min("bca"), max(["aa", "b"], key=len), min([(1, "b"), (1, "a")]))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(range(10, 0, -3)), repr("x'y"), list(reversed(range(3))), round(7.5), round(8.5))
print(sorted([3, 1, 2], reverse=True), sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.1] * 3), slice(1, 10, 2), slice(3).indices(10))
T = type("T", (object,), {"hello": lambda self: "hi", "n": 3}); t = T(); print(T.__name__, t.hello(), t.n, type(t) is T, isinstance(t, T))
print(list(zip([1, 2], "ab", (True, False))), dict(zip("abc", range(3))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError", e)
print(isinstance(3, (str, int)), issubclass(bool, int), isinstance([], list | dict), type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(len(dir(o)) > 10, "z" in dir(o), callable(O), id(o) == id(o), hash("abc") == hash("abc"), hash(1) == hash(1.0), hash(-1))
print(int("ff", 16), float("1e3"), complex("1+2j"), str(b"x", "ascii"), bytes([65, 66]), bytearray(b"ab"), bytes(3), list(b"AB"), memoryview(b"xyz")[1])
print(object().__class__.__name__, type(type), type.__name__, isinstance(type, object), sys.getrecursionlimit(), sys.maxsize, sys.byteorder)
print(print.__name__, len.__doc__.splitlines()[0], abs.__module__ if hasattr(abs, "__module__") else "?", max.__qualname__)
g = {"a": 1}
print(eval("a + b", g, {"b": 2}), "b" in g, sorted(globals())[:3], (lambda: locals())(), (lambda q=1: locals())())
print(sys.version_info[:2], sys.version_info >= (3, 11), sys.platform, sys.implementation.name, type(sys.stdout).__name__, sys.argv[0].endswith(".py") or sys.argv[0].endswith(".pyc"))
print("%s|%r|%a" % ("é", "é", "é"), f"{'a'!a}", ascii(["ü", 1]))
print(*range(3), sep="-", end="!\n")
print("to stderr", file=sys.stderr)
sys.stdout.write("written\n")
print(sorted({3: "c", 1: "a"}.items()), list(map(str, [1, 2])), "".join(map(chr, range(97, 102))), divmod(2**70, 3**20))
