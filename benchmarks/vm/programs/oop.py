"""Object-oriented method calls: a small shape hierarchy and an account ledger. Classes with
__init__, instance and class attributes, properties (with a setter), inheritance and super(),
overridden and inherited methods, __slots__, operator methods (__add__, __eq__, __hash__,
__lt__), staticmethod/classmethod, isinstance. Size: rounds."""
import sys

DEFAULT_SIZE = 40_000


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Shape:
    count = 0

    def __init__(self, name, origin):
        self.name = name
        self.origin = origin
        Shape.count += 1

    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return self.name + ":" + str(round(self.area(), 3))

    def moved(self, d):
        self.origin = self.origin + d
        return self

    @property
    def weight(self):
        return self.area() * self.density()

    def density(self):
        return 1

    def __lt__(self, other):
        return self.area() < other.area()


class Rect(Shape):
    def __init__(self, origin, w, h):
        super().__init__("rect", origin)
        self._w = w
        self._h = h

    @property
    def width(self):
        return self._w

    @width.setter
    def width(self, value):
        if value < 0:
            raise ValueError("negative width")
        self._w = value

    def area(self):
        return self._w * self._h

    def perimeter(self):
        return 2 * (self._w + self._h)


class Square(Rect):
    def __init__(self, origin, side):
        super().__init__(origin, side, side)
        self.name = "square"

    def density(self):
        return 2


class Circle(Shape):
    PI = 3.14159

    def __init__(self, origin, r):
        Shape.__init__(self, "circle", origin)
        self.r = r

    def area(self):
        return self.PI * self.r * self.r

    def perimeter(self):
        return 2 * self.PI * self.r

    @classmethod
    def unit(cls, origin):
        return cls(origin, 1)

    @staticmethod
    def scale(r, k):
        return r * k


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self.history.append(-amount)
        return True


class SavingsAccount(Account):
    def __init__(self, owner, rate):
        super().__init__(owner)
        self.rate = rate

    def add_interest(self):
        self.deposit(self.balance * self.rate // 100)

    def withdraw(self, amount):
        if len(self.history) % 7 == 0:
            return False
        return super().withdraw(amount)


def shapes_round(i):
    origin = Vec(i % 7, i % 5)
    shapes = [Rect(origin, i % 9 + 1, i % 4 + 1), Square(origin, i % 6 + 1), Circle(origin, i % 3 + 1),
              Circle.unit(origin)]
    total = 0.0
    step = Vec(1, -1)
    for s in shapes:
        s.moved(step).moved(step * 2)
        total += s.area() + s.perimeter() + s.weight
        if isinstance(s, Rect):
            s.width = s.width + 1
            total += s.area()
        total += s.origin.dot(step)
    shapes.sort()
    return total, shapes[0].describe()


def main(rounds):
    total = 0.0
    names = {}
    seen = set()
    for i in range(rounds):
        t, d = shapes_round(i)
        total += t
        names[d] = names.get(d, 0) + 1
        seen.add(Vec(i % 13, i % 11) - Vec(1, 1))
    accounts = [SavingsAccount("a%d" % k, k % 5 + 1) if k % 2 else Account("a%d" % k) for k in range(50)]
    ok = 0
    for i in range(rounds):
        acc = accounts[i % 50]
        acc.deposit(i % 97)
        if acc.withdraw(i % 31):
            ok += 1
        if i % 10 == 0 and isinstance(acc, SavingsAccount):
            acc.add_interest()
    print("%.3f" % total)
    print(sorted(names.items())[:5])
    print(len(seen), Shape.count, ok, sum(a.balance for a in accounts))


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
