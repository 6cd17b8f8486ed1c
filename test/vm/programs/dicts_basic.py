d = {'b': 2, 'a': 1}
d['c'] = 3
print(d, len(d), d['a'], d.get('z'), d.get('z', 0), 'b' in d, 'z' not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
d.update({'a': 10, 'd': 4}, e=5); print(d)
print(d.pop('b'), d.pop('zz', 'default'), d.setdefault('f', 6), d.setdefault('a', 0), d)
del d['c']; print(d, d.popitem(), d)
print({k: v for k, v in zip('xyz', range(3))}, dict(a=1, b=2), dict([('p', 1), ('q', 2)]), dict.fromkeys('ab', 0))
e = {1: 'int', 1.0: 'float', True: 'bool'}; print(e)
f = {(1, 2): 'tuple', 'k': [1, 2]}; print(f[(1, 2)], f)
counts = {}
for w in 'the quick the lazy the end'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({**d, 'z': 26}, d | {'y': 25})
g = dict(d); g.clear(); print(g, d == dict(d), {1: 2} == {1: 2.0})
nested = {'a': {'b': {'c': 1}}}; nested['a']['b']['d'] = 2; print(nested)
for k in {'one': 1, 'two': 2}:
    print(k, end=' ')
print()
print(list(reversed({'x': 1, 'y': 2})), {}.get('a', []))
dd = {}
dd[None] = 'none'; dd[3.5] = 'float'; dd[-1] = 'neg'; dd[10**20] = 'big'; dd[frozenset({1})] = 'fs'
print(dd[None], dd[3.5], dd[-1], dd[10**20], dd[frozenset([1])], len(dd))
try:
    d['missing']
except KeyError as ex:
    print('KeyError', ex, repr(ex))
