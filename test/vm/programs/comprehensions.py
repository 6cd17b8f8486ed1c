print([x for x in range(10) if x % 3 == 0])
print({x: x ** 2 for x in range(5)})
print({c for c in 'abracadabra'} == set('abracadabra'))
print([(x, y) for x in range(3) for y in 'ab' if x != 1])
print([[y for y in range(x)] for x in range(4)])
print(sum(x for x in range(10)), max(len(w) for w in ['a', 'abc', 'ab']))
matrix = [[1, 2], [3, 4], [5, 6]]
print([n for row in matrix for n in row], [list(col) for col in zip(*matrix)])
print(dict(zip('abc', range(3))), {v: k for k, v in {'a': 1, 'b': 2}.items()})
x = 'outer'
print([x for x in 'ab'], x)
print([i * j for i, j in [(1, 2), (3, 4)]])
print(list(filter(lambda n: n > 2, [1, 2, 3, 4])), list(map(str.upper, ['a', 'b'])))
nested = [[i + j for j in range(3) if (i + j) % 2 == 0] for i in range(3)]
print(nested)
print(all(n > 0 for n in [1, 2, 3]), any(n > 2 for n in [1, 2]), sorted((n % 3, n) for n in range(6)))
