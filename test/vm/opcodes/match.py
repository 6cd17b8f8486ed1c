# MATCH_CLASS, MATCH_KEYS, MATCH_MAPPING, MATCH_SEQUENCE, GET_LEN (and the COPY/POP_JUMP of
# pattern matching)
from _runner import run, show
import collections
import collections.abc


class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y


def t_match_literals_and_capture():
    def f(v):
        match v:
            case 0 | 1:
                return 'small'
            case 'str':
                return 'str literal'
            case None:
                return 'None'
            case True:
                return 'True'
            case -1.5:
                return 'neg float'
            case x if x > 100:
                return 'big %d' % x
            case _:
                return 'other'
    print([f(v) for v in (0, 1, 'str', None, True, -1.5, 500, 50)])


def t_match_sequence():
    def f(v):
        match v:
            case []:
                return 'empty'
            case [x]:
                return ('one', x)
            case [x, y]:
                return ('two', x, y)
            case [first, *rest] if len(rest) > 3:
                return ('long', first, len(rest))
            case (a, *mid, b):
                return ('star', a, mid, b)
    for v in ([], [1], (1, 2), [1, 2, 3], list(range(6)), 'ab', b'ab', bytearray(b'x'), {1: 2}, range(3), collections.deque([7, 8]), iter([1])):
        print(type(v).__name__, f(v))


def t_match_mapping():
    def f(v):
        match v:
            case {'type': 'point', 'x': x, 'y': y}:
                return ('point', x, y)
            case {'type': t, **rest}:
                return ('typed', t, rest)
            case {}:
                return 'mapping'
            case _:
                return 'not a mapping'
    for v in ({'type': 'point', 'x': 1, 'y': 2}, {'type': 'circle', 'r': 3}, {}, {'a': 1}, [('type', 1)], collections.OrderedDict(type=5), 'type'):
        print(f(v))
    class DM(dict):
        def __missing__(self, k): return 'missing'
    print(f(DM(type='dm')))
    match collections.defaultdict(int, {'x': 1}):
        case {'y': y}:
            print('defaultdict y', y)
        case {'x': x}:
            print('defaultdict x', x)


def t_match_keys_errors():
    class K:
        a = 'a'
        b = 'a'
    def dup(v):
        match v:
            case {K.a: 1, K.b: 2}:
                return 'never'
    show(dup, {'a': 1})
    class BadGet(dict):
        def get(self, k, d=None): raise KeyError('custom get')
    def f(v):
        match v:
            case {'k': x}:
                return x
    show(f, BadGet(k=1))
    import types
    class Mapping(collections.abc.Mapping):
        def __getitem__(self, k): raise ValueError('getitem')
        def __iter__(self): return iter([])
        def __len__(self): return 0
        def get(self, k, d=None): return 'via get ' + k
    show(f, Mapping())


def t_match_class():
    def f(v):
        match v:
            case Point(x=0, y=0):
                return 'origin'
            case Point(0, y):
                return ('on y axis', y)
            case Point(x, y=5):
                return ('y is 5', x)
            case int(n) | float(n):
                return ('number', n)
            case str() as s:
                return ('str', s)
            case bool(b):
                return 'never: int matched first'
            case [Point(x=a), Point(x=b)]:
                return ('two points', a, b)
            case _:
                return 'other'
    for v in (Point(0, 0), Point(0, 3), Point(4, 5), Point(4, 6), 7, 2.5, 'q', True, [Point(1, 2), Point(3, 4)], None):
        print(f(v))


def t_match_class_errors():
    class NoArgs:
        pass
    class TooMany:
        __match_args__ = ('a',)
        a = 1
    class BadArgs:
        __match_args__ = 'x'
    class BadArgsItem:
        __match_args__ = (1,)
    def g(v):
        match v:
            case NoArgs(x):
                return 'no'
    def h(v):
        match v:
            case TooMany(a, b):
                return 'no'
    def i(v):
        match v:
            case BadArgs(x):
                return 'no'
    def j(v):
        match v:
            case Point(x, x=1):
                return 'no'
    def k(v):
        match v:
            case BadArgsItem(x):
                return 'no'
    def notype(v):
        T = 5
        match v:
            case T():
                return 'no'
    def int2(v):
        match v:
            case int(a, b):
                return 'no'
    show(g, NoArgs())
    show(h, TooMany())
    show(i, BadArgs())
    show(j, Point(1, 2))
    show(k, BadArgsItem())
    show(notype, 1)
    show(int2, 1)
    show(g, 5)


def t_match_get_len_and_star_mapping():
    def f(v):
        match v:
            case [1, 2, *_]:
                return 'starts 1 2'
            case [*_, 9]:
                return 'ends 9'
            case [_, _, _]:
                return 'three'
    print(f([1, 2, 3, 4]), f((0, 9)), f('abc'), f([0, 0, 0]), f(x for x in ()))
    class L(list):
        def __len__(self): raise RuntimeError('len failed')
    show(f, L([1]))


def t_match_value_patterns():
    class Color:
        RED = 1
        GREEN = 2
    def f(c):
        match c:
            case Color.RED:
                return 'red'
            case Color.GREEN | Point.x:
                return 'green'
        return 'none'
    print(f(Color.RED), f(Color.GREEN), f(3))


def t_match_builtins_and_abc():
    import array
    def m(v):
        match v:
            case bool(x): return ('bool', x)
            case int(x): return ('int', x)
            case float(x) | complex(x): return ('num', x)
            case str(x) | bytes(x) | bytearray(x): return ('text', x)
            case list(x) | tuple(x): return ('seq', x)
            case dict(x): return ('dict', x)
            case set(x) | frozenset(x): return ('set', x)
            case _: return 'other'
    class IntSub(int): pass
    class StrSub(str): pass
    for v in (True, 5, IntSub(3), 1.5, 1j, 'a', StrSub('s'), b'b', bytearray(b'y'), [1], (2,), {1: 2}, {3}, frozenset(), None):
        print(m(v))
    def seq(v):
        match v:
            case [a, b, *c]: return (a, b, c)
            case _: return 'no'
    for v in (array.array('i', [1, 2, 3]), collections.deque([1, 2]), memoryview(b'ab'), range(5), 'ab', collections.UserList([1, 2]), {1, 2}, iter([1, 2])):
        print(type(v).__name__, seq(v))
    class MySeq(collections.abc.Sequence):
        def __getitem__(self, i):
            if i >= 3: raise IndexError
            return i
        def __len__(self): return 3
    print(seq(MySeq()))
    class NotSeq:
        def __getitem__(self, i): return i
        def __len__(self): return 3
    print(seq(NotSeq()))
    def mp(v):
        match v:
            case {'a': 1, **rest}: return rest
            case _: return 'no'
    class MyMap(collections.abc.Mapping):
        def __getitem__(self, k):
            if k == 'a': return 1
            raise KeyError(k)
        def __iter__(self): return iter(['a', 'b'])
        def __len__(self): return 2
    show(mp, MyMap())
    show(mp, collections.UserDict(a=1, b=2))
    show(mp, collections.ChainMap({'a': 1}, {'z': 9}))
    class Flag: pass
    print(seq.__code__.co_flags & 0x20)
    def cls_match(v):
        match v:
            case Flag(): return 'flag'
            case collections.abc.Sequence(): return 'abc seq'
            case object(): return 'object'
    print(cls_match(Flag()), cls_match([1]), cls_match(1))
    class P:
        __match_args__ = ('a', 'b')
        def __init__(self): self.a = 1
    def attr_missing(v):
        match v:
            case P(a, b): return 'both'
            case P(a): return ('only a', a)
    print(attr_missing(P()))
    class GA:
        __match_args__ = ('x',)
        def __getattr__(self, name): raise ValueError('getattr boom')
    show(lambda: attr_missing(GA()) if False else None)
    def ga(v):
        match v:
            case GA(x): return x
    show(ga, GA())
    def guard_err(v):
        match v:
            case x if 1 / 0: return x
    show(guard_err, 1)
    def or_binding(v):
        match v:
            case [1, x] | [x, 1]: return x
            case (1 | 2 | 3) as y: return ('as', y)
    print(or_binding([1, 5]), or_binding([5, 1]), or_binding(2))


run(globals())
