data = [('apple', 3), ('banana', 1), ('cherry', 3), ('date', 2), ('elder', 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: (-t[1], t[0])))
print(sorted([3, 1, 2], reverse=True), sorted('hello'), sorted({'b': 1, 'a': 2}))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
nums = [5, -3, 2, -8, 0]
print(sorted(nums, key=abs), min(nums, key=abs), max(nums, key=lambda v: v * v))
print(sorted([2.5, 1, 3, -0.5]), sorted([True, False, 2, 1.5]))
records = [{'n': 'x', 'age': 30}, {'n': 'y', 'age': 25}, {'n': 'z', 'age': 30}]
print([r['n'] for r in sorted(records, key=lambda r: r['age'])])
import operator
print(sorted(data, key=operator.itemgetter(1, 0)), list(map(operator.attrgetter('real'), [1, 2])))
lst = [9, 4, 7]; lst.sort(); print(lst); lst.sort(key=lambda v: -v); print(lst)
big = list(range(50, 0, -1)); big.sort(); print(big[:5], big[-5:])
mixed = [(1, 'b'), (1, 'a'), (0, 'z')]; mixed.sort(); print(mixed)
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print('TypeError:', e)
stable = sorted([(1, i) for i in range(5)] + [(0, i) for i in range(5)], key=lambda p: p[0])
print(stable)
print(sorted(range(20), key=lambda v: v % 3))
print(min('bca'), max([[1, 2], [1, 3]]), min([], default='empty'), max(1, 2, 3, key=lambda v: -v))
