import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.__members__.keys(), Color.RED in Color, isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color['X']
except KeyError as e:
    print('KE', e)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm(6), Perm.RWX, list(Perm.RWX), Perm.R in Perm.RWX, ~Perm.R, bool(Perm(0)), Perm(0))
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, IP.A | 4, repr(IP.A | 4), IP.A + 1, int(IP.B))
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO > Num.ONE, sorted([Num.TWO, Num.ONE]), f'{Num.ONE}', str(Num.ONE), format(Num.TWO, '>5'), Num(2))
class A(Enum):
    X = auto()
    Y = auto()
print(list(A), A.X.value)
class S(StrEnum):
    a = auto()
    b = 'bee'
print(S.a, S.b, S.a == 'a', S.b.upper(), repr(S.b))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.67300E-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.surface_gravity, Planet.EARTH.value)
class Shape(Enum):
    SQUARE = 2
    def describe(self):
        return f'{self.name} {self.value}'
    @classmethod
    def default(cls):
        return cls.SQUARE
print(Shape.default().describe())
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
An2 = Enum('An2', [('X', 10), ('Y', 20)])
print(An2.Y, An2(10))
class Ord(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    A = auto()
print(Ord.A.value)
match Color.GREEN:
    case Color.RED: print('r')
    case Color.GREEN: print('g')
print({Color.RED: 1}[Color.CRIMSON], hash(Color.RED) == hash(Color.RED), Color.RED == 1)
class Mixed(str, Enum):
    A = 'a'
print(Mixed.A, Mixed.A == 'a', repr(Mixed.A), f'{Mixed.A}')
print(enum.Enum.__members__ if False else '', Color.__name__, type(Color), Color._member_map_.keys() if hasattr(Color, '_member_map_') else '')
print(Perm.R.name, (Perm.R | Perm.W).name, Perm._missing_ if False else '')
class Week(Flag):
    MON = auto(); TUE = auto(); WED = auto()
print(Week.MON | Week.WED, list(Week), Week(3))
print(dir(Color)[:5])
