d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()), len(d), "a" in d, d.get("z"), d.get("z", 0))
print(d.setdefault("d", 4), d.setdefault("a", 9), d.pop("b"), d.pop("zz", None), d.popitem(), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d)
print(d | {"new": 0}, {**d, "a": 100}, dict(a=1, b=2), dict([(1, 2)]), dict.fromkeys("abc", 0))
e = dict(d); e |= {"q": 1}; print(e == d, e != d, sorted(e))
k = d.keys(); print(k & {"a", "x", "nope"}, k | {"w"}, k - {"a"}, k ^ {"a", "w"}, {"a": 1}.items() <= d.items())
print({1: "int", 1.0: "float", True: "bool"}, {(1, 2): "t"}[(1, 2)], {frozenset([1]): 1}[frozenset([1])])
del d["a"]; print(d, list(reversed(d)), {i: i * i for i in range(5)}, dict(zip("ab", [1, 2])))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    {[1]: 2}
except TypeError as e:
    print(e)
s = {3, 1, 2}
s.add(5); s.discard(9); s.remove(1)
print(s, {1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3}, {1} < {1, 2}, {1, 2}.issuperset({2}), {1}.isdisjoint({2}))
print(frozenset([1, 2]) | {3}, set("hello"), sorted({"b", "a"}), len(set()), set(), frozenset(), {x % 3 for x in range(10)})
print({"apple", "banana", "cherry"} == {"cherry", "apple", "banana"}, hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
s2 = {1, 2, 3}; s2 -= {1}; s2 |= {9}; s2 &= {2, 9, 10}; s2 ^= {100}; print(s2, s2.pop() in {2, 9, 100}, s2.copy())
print(list({10: 1, 5: 2, 7: 3}), list({"x", "y", "z"}) == list({"x", "y", "z"}), {-1, -2, 1, 2}, {0.5, 1.5, 100, -3})
from collections import OrderedDict
od = OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, od.popitem(last=False), list(od))
