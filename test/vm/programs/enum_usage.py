from enum import Enum, IntEnum, Flag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

class Level(IntEnum):
    LOW = 10
    HIGH = 20

print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1))
print(Perm.R | Perm.W, Perm.R in (Perm.R | Perm.X), Perm(7), ~Perm.R)
print(Level.LOW < Level.HIGH, Level.HIGH + 1, Level(10), sorted([Level.HIGH, Level.LOW]))
for c in Color:
    print(c.name.lower(), c.value * 10)
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Shape(Enum):
    CIRCLE = "c"
    SQUARE = "s"
    def describe(self):
        return f"{self.name}:{self.value}"
print(Shape.CIRCLE.describe(), {Shape.SQUARE: 1})
