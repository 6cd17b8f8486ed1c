"""Float math on objects: make points from sin/cos, normalize them, take the component-wise
maximum (math module calls, float attribute arithmetic, object allocation). Size: points."""
import sys
from math import cos, sin, sqrt

DEFAULT_SIZE = 200_000


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    nxt = points[0]
    for p in points[1:]:
        nxt = nxt.maximize(p)
    return nxt


def main(n):
    for _ in range(3):
        points = [Point(i) for i in range(n)]
        for p in points:
            p.normalize()
        m = maximize(points)
    print("%.9f %.9f %.9f" % (m.x, m.y, m.z))


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
