s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 in s)
s.add(10); s.add(-1); s.discard(99); s.remove(3); print(s)
a = {1, 2, 3, 4}; b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([7, 8]), a.intersection(b, {4}), a.difference({1}), a.symmetric_difference(b))
print(a <= {1, 2, 3, 4, 5}, a < a, a >= {1}, a.isdisjoint({9}), {1, 2}.issubset([1, 2, 3]))
print(set('hello'), sorted(set('mississippi')), set(), frozenset([3, 1, 2]))
print({x % 5 for x in range(20)}, set(range(0, 40, 7)), {100, 200, 300, 1000000})
fs = frozenset({1, 2}); print(fs | {3}, type(fs | {3}).__name__, {fs: 'value'}[frozenset([2, 1])])
u = set(); u.update([1, 2], (3,), {4}); print(u, u.pop(), u)
print({1, 2} == {2, 1}, {1} != {1, 2}, set([1, 2, 3]) == frozenset([1, 2, 3]))
words = {'apple', 'banana', 'cherry'}
print(sorted(words), len(words))
print(set([-5, -1, 0, 7, 12, 1 << 40, 33, 64]), {0.5, 1.5, 2.0})
t = {i * 37 % 101 for i in range(30)}; print(t)
t2 = set(range(20)); t2 -= {1, 5, 7}; t2 &= set(range(0, 20, 2)) | {1}; print(t2)
