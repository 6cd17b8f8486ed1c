a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = 'hello'
x, *mid, y = range(6)
print(first, rest, init, last, x, mid, y)
(p, q), r = [1, 2], 3
print(p, q, r)
def swap(t):
    return t[1], t[0]
print(swap((1, 2)), [*range(3), *'ab'], {**{'a': 1}, 'b': 2}, (*[1, 2],))
for i, (c, n) in enumerate(zip('xy', [7, 8])):
    print(i, c, n)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
print(*[1, 2, 3], sep='-')
print(*'abc')
