data = [5, 12, 7, 20, 3, 18]
if (n := len(data)) > 5:
    print("long list", n)
big = [y for x in data if (y := x * 2) > 20]
print(big, y)
print({k: v for k, v in zip("abc", range(3)) if v != 1}, {c for c in "mississippi"} == set("misp"))
print([(i, j) for i in range(3) for j in range(i)], [[j for j in range(i)] for i in range(4)])
gen = (x * x for x in range(5) if x % 2)
print(sum(gen), list(gen), max((len(w), w) for w in "the quick brown fox".split()))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix if row[i] % 2], [sum(r) for r in matrix], list(map(list, zip(*matrix))))
while (chunk := data[:2]):
    print("chunk", chunk)
    data = data[2:]
print(any(v > 10 for v in [1, 2, 30]), all(v < 10 for v in []), next((v for v in [1, 2, 3] if v > 1), None))
print({i: {j: i * j for j in range(2)} for i in range(2)}, [*map(str.upper, "ab")], {**{"a": 1}, "b": 2})
nested = [[1, [2, 3]], [4]]
print([z for x in nested for y in x for z in (y if isinstance(y, list) else [y])])
print(sorted({(x, y) for x in range(3) for y in range(3) if x != y})[:4], [x for x in range(20) if x % 3 == 0 if x % 2 == 0])
