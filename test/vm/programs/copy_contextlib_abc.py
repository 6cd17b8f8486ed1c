import copy, contextlib, abc, io
orig = {"a": [1, 2, {"b": 3}], "t": (1, [2])}
sh = copy.copy(orig); dp = copy.deepcopy(orig)
orig["a"][2]["b"] = 99
print(sh["a"][2]["b"], dp["a"][2]["b"], sh["a"] is orig["a"], dp["t"] is orig["t"], dp["t"][1] is orig["t"][1])
class Node:
    def __init__(self, v): self.v, self.children = v, []
    def __copy__(self):
        n = Node(self.v); n.children = self.children; return n
root = Node(1); root.children.append(Node(2)); root.children.append(root)
d = copy.deepcopy(root); print(d.children[1] is d, d.children[0].v, copy.copy(root).children is root.children)
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
    print("not reached")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured!")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    for n in ["x", "y"]:
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
class Resource:
    def close(self): print("closed resource")
with contextlib.closing(Resource()):
    print("using resource")
@contextlib.contextmanager
def handler():
    try:
        yield
    except ValueError as e:
        print("handled", e)
with handler():
    raise ValueError("inner")
print(contextlib.nullcontext(5).__enter__())
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    def describe(self): return f"{type(self).__name__} area={self.area()}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).describe(), isinstance(Sq(1), Shape), Shape.__abstractmethods__)
try:
    Shape()
except TypeError as e:
    print(e)
class Duck:
    def area(self): return 0
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape))
from collections.abc import Iterable, Mapping, Sequence, Callable, Hashable
print(isinstance([], Iterable), isinstance({}, Mapping), isinstance("s", Sequence), isinstance(len, Callable), isinstance([], Hashable), issubclass(dict, Mapping))
