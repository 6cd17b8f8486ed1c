import itertools as it
import operator
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([3, 1, 4], max, initial=0)))
print(list(it.chain("ab", [1, 2])), list(it.chain.from_iterable([[1], [2, 3]])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(None, [0, 1, "", "a"])))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")], [(k, len(list(g))) for k, g in it.groupby(sorted([3, 1, 3, 2, 1]))])
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("xy"), 5)), list(it.repeat("z", 3)), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.pairwise([1, 2, 3, 4])), list(it.tee([1, 2], 2)[1]))
print(list(it.product("ab", repeat=2)), list(it.permutations([1, 2, 3], 2))[:4], list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))
print(len(list(it.permutations(range(6)))), sum(1 for _ in it.combinations(range(10), 4)), list(it.islice(it.product(range(3), repeat=3), 5, 8)))
a, b = it.tee(iter([1, 2, 3])); print(next(a), list(b), list(a))
print(list(it.islice("abcdefg", 2, None, 2)), list(it.accumulate(["a", "b"], initial="s")), next(it.count()), repr(it.count(1.5, 0.5)), repr(it.repeat(1, 2)))
print(list(map(list, it.groupby([1, 1, 2], key=lambda x: x % 2)))[0][0], list(it.chain(*["ab", "cd"])), list(zip(it.count(), "ab")))
