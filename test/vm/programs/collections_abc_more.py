from collections import namedtuple, deque, Counter, OrderedDict, defaultdict, ChainMap, UserDict, UserList, UserString
import collections.abc as cabc
P = namedtuple('P', 'x y', defaults=[0])
p = P(1)
print(p, p._asdict(), p._replace(x=5), P._fields, P._field_defaults, p._make([3,4]) if False else P._make([3, 4]))
print(P.__doc__, P.x.__doc__, p == (1, 0), hash(p) == hash((1, 0)))
x, y = p
print(x, y, p[0], p[-1], len(p), repr(P(x=1, y=2)))
class Q(namedtuple('Q', ['a', 'b'])):
    __slots__ = ()
    @property
    def s(self): return self.a + self.b
print(Q(1, 2).s, Q(1,2))
try:
    P(1, 2, 3)
except TypeError as e:
    print(e)
d = deque([1, 2, 3], maxlen=5)
d.appendleft(0); d.extend([4, 5, 6]); print(d, d.maxlen)
d.rotate(2); print(d); d.rotate(-3); print(d)
print(d.popleft(), d.pop(), d, d.count(4), d.index(4), 3 in d, d[1], d[-1])
d2 = deque('abc'); d2.insert(1, 'x'); d2.remove('b'); d2.reverse(); print(d2, list(reversed(d2)), d2 * 2, d2 + deque('z'))
c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], sorted(c.elements()), c.total())
c2 = Counter(a=1, b=5)
print(c + c2, c - c2, c & c2, c | c2, -c2, +Counter(a=-1, b=2))
c.update('aaa'); c.subtract({'b': 10}); print(c)
print(Counter({'a': 2}) == Counter({'a': 2, 'b': 0}), dict(Counter([1,1,2])))
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); od.move_to_end('d', last=False); print(od, list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1) == dict(a=1))
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]: dd[k].append(v)
print(dd, dict(dd), dd.default_factory, repr(defaultdict(int)))
dd2 = defaultdict(lambda: 'x'); print(dd2['q'], dict(dd2), dd2.default_factory.__name__)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.new_child({'c': 4}), cm.parents)
class MyD(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
m = MyD(a=1); m['b'] = 2; print(m, m.data, len(m), 'a' in m)
ul = UserList([3, 1, 2]); ul.sort(); print(ul, ul + [4], ul[1:])
us = UserString('hello'); print(us.upper(), us[1:3], us + '!')
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(d, cabc.MutableSequence), issubclass(Counter, dict))
print(isinstance(iter([]), cabc.Iterator), isinstance((x for x in []), cabc.Generator), isinstance(len, cabc.Callable))
class MySeq(cabc.Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i * i
s = MySeq(5); print(list(s), s.index(9), s.count(4), 16 in s, list(reversed(s)))
class MyMap(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MyMap(); mm['a'] = 1; mm.update(b=2); print(dict(mm), mm.get('c', 9), mm.setdefault('c', 3), mm.pop('a'), list(mm.items()), mm.keys() == {'b', 'c'})
try:
    cabc.Sequence()
except TypeError as e:
    print(e)
