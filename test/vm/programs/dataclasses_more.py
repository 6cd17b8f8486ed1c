from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, FrozenInstanceError, make_dataclass, KW_ONLY
from typing import List, ClassVar, Optional
@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(2, 1), asdict(p), astuple(p))
print(replace(p, y=5), [f.name for f in fields(p)], Point.__init__.__doc__ if False else '', Point.__match_args__)
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = 'z'
print(sorted([V(2), V(1, 'b'), V(1, 'a')]), hash(V(1)) == hash(V(1)), V(1) < V(2))
try:
    V(1).a = 3
except FrozenInstanceError as e:
    print('frozen', e)
@dataclass
class C:
    x: int
    y: InitVar[int] = 1
    z: int = field(init=False, repr=False, default=0)
    def __post_init__(self, y):
        self.z = self.x + y
c = C(3, 4); print(c, c.z)
@dataclass
class D(Point):
    w: float = 1.5
print(D(1, 2, ['a'], 3.0))
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
print(K2(1, b=2))
try:
    K(1)
except TypeError as e:
    print(e)
M = make_dataclass('M', [('a', int), ('b', str, field(default='q'))], namespace={'f': lambda self: self.a * 2})
print(M(1), M(2).f())
@dataclass(slots=True)
class S:
    a: int
    b: int = 3
s = S(1); print(s, S.__slots__, hasattr(s, '__dict__'))
@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(e)
@dataclass
class Node:
    val: int
    children: 'list[Node]' = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))
print(match_test := None)
match p:
    case Point(x, y):
        print('matched', x, y)
import dataclasses
print(dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point), dataclasses.is_dataclass(1))
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash((1,)))
