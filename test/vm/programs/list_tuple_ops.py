l = [5, 3, 8, 1]
l.append(9); l.insert(0, 0); l.extend([7, 7]); print(l, l.index(8), l.count(7), len(l))
l.remove(7); print(l.pop(), l.pop(0), l); l.reverse(); print(l); l.sort(); print(l); l.sort(reverse=True); print(l)
print(l[1:3], l[::-1], l[-2:], l[:-2], l[::2], l[5:1:-1], l[100:], l[-100:2])
l[1:3] = ["a", "b", "c"]; print(l); l[::2] = [0] * len(l[::2]); print(l); del l[::3]; print(l)
print([1, 2] + [3], [0] * 3, [[0] * 2] * 2, 3 * (1,), (1, 2) + (3,), [1, [2, 3]] == [1, [2, 3]], [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
t = (1, "two", 3.0, None); a, b, *rest = t; print(a, b, rest, t.index("two"), t.count(1), t[1:], tuple([1]), (1,), ())
print(sorted(["banana", "Apple", "cherry"], key=str.lower), sorted([(2, "b"), (1, "z"), (2, "a")]), min([3, 1, 2], key=lambda x: -x))
print(list(range(10))[::3], list(reversed([1, 2, 3])), list(enumerate("ab", 1)), list(zip([1, 2, 3], "ab")), [*range(3), *"ab"])
m = [[1, 2, 3], [4, 5, 6]]; print([list(r) for r in zip(*m)], [x for row in m for x in row if x % 2], sum(m, []))
c = l.copy(); c.clear(); print(c, l is not c, list("abc"), list((1, 2)), [] == [], [None] * 2)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].index(5)
except ValueError as e:
    print(e)
try:
    (1, 2)[5]
except IndexError as e:
    print(e)
nested = [1, [2, [3, [4]]]]
def flat(x): return [y for i in x for y in (flat(i) if isinstance(i, list) else [i])]
print(flat(nested), any([0, 0, 1]), all([]), all([1, 0]), max("abc", "abd"), len([[]]), [1, 2, 3][-1])
x = [1, 2, 3]; x += [4]; x *= 2; print(x, x.__len__(), hash((1, 2)) == hash((1, 2)), hash(()), hash((1,)))
