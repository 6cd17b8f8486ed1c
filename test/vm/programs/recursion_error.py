# repr() of deeply nested containers and self-recursive __repr__
import sys
sys.setrecursionlimit(300)
nested = []
for _ in range(5000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print(e)
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print(type(e).__name__)
print(repr([[[1], {2: (3,)}]]))
sys.setrecursionlimit(1000)

def f(n):
    return f(n + 1)
f(0)
