from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List, Optional

@dataclass
class Point:
    x: int
    y: int = 0

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int
    patch: int = 0

@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    owner: Optional[str] = None
    count: int = field(default=0, repr=False)

p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1))
print(asdict(p), astuple(p), replace(p, y=5))
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), hash(Version(1, 2)) == hash(Version(1, 2)))
try:
    vs[0].major = 3
except Exception as e:
    print(type(e).__name__, e)
inv = Inventory()
inv.items.append("apple")
print(inv, Inventory(), [f.name for f in fields(Inventory)])

@dataclass
class Child(Point):
    z: int = 9
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
c = Child(1, -2)
print(c, c.norm1())
