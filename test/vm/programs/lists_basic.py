a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::-1], a[::3])
a.append(7); a.extend([8, 9]); a.insert(0, 0); a.insert(100, 100); a.insert(-1, 99)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a, a.index(5), a.count(9), 4 in a, 42 in a)
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.reverse(); print(a)
b = sorted(['pear', 'Apple', 'fig', 'banana'], key=str.lower); print(b)
print(sorted(['pear', 'Apple', 'fig', 'banana'], key=len, reverse=True))
c = [1, 2, 3]
c[1:2] = [20, 21, 22]; print(c)
c[::2] = [0, 0, 0]; print(c)
del c[0]; del c[1:3]; print(c)
c[len(c):] = [7, 8]; print(c)
print([1, 2] + [3], [0] * 5, [[0] * 2] * 2, [] or 'empty', [x * x for x in range(6) if x % 2])
m = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*m)], [row[1] for row in m], sum(m, []))
print(list(range(10, 0, -3)), list(enumerate('abc', 1)), list(zip('ab', [1, 2, 3])))
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9])
d = [5, 3, 8]
d += [1]; d *= 2; print(d, d.copy() is d, d.copy() == d)
d.clear(); print(d)
x = [1, [2, [3, [4]]]]
x[1][1][1].append(5); print(x)
l = [1, 2]; l.append(l); print(l)
print(list(map(lambda v: v * 2, [1, 2, 3])), list(filter(None, [0, 1, '', 'a', None, []])))
nums = [5, 2, 8, 1]
print(min(nums), max(nums), sum(nums) / len(nums), sorted(nums), list(reversed(nums)))
print([(i, j) for i in range(3) for j in range(i)], [[i * j for j in range(3)] for i in range(3)])
