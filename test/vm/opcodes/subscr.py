# BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR, BUILD_SLICE
from _runner import run, show


def t_binary_subscr_builtins():
    l, t, d, s, b = [10, 20, 30], (1, 2, 3), {'a': 1, (1, 2): 'tup'}, 'hello', b'xyz'
    print(l[0], l[-1], t[1], d['a'], d[1, 2], s[1], s[-1], b[0], bytearray(b'q')[0], range(10)[3], memoryview(b'ab')[1])
    print(l[True], 'ab'[False])


def t_binary_subscr_errors():
    l, t, s = [1, 2, 3], (1,), 'abc'
    show(lambda: l[3])
    show(lambda: l[-4])
    show(lambda: t[5])
    show(lambda: s[10])
    show(lambda: b'a'[3])
    show(lambda: range(3)[3])
    show(lambda: {}['missing'])
    show(lambda: {}[(1, 2)])
    show(lambda: {}[[1]])
    show(lambda: l['x'])
    show(lambda: t[1.0])
    show(lambda: s[None])
    show(lambda: 5[0])
    show(lambda: None[0])
    show(lambda: len[0])
    show(lambda: l[2 ** 100])
    show(lambda: {1}[0])


def t_binary_subscr_custom():
    class G:
        def __getitem__(self, k):
            return ('got', k)
    g = G()
    print(g[1], g['k'], g[1:2], g[1, 2], g[...], g[:, 1])
    class Missing(dict):
        def __missing__(self, k):
            return 'missing ' + repr(k)
    m = Missing(a=1)
    print(m['a'], m['b'])
    class Idx:
        def __index__(self): return 1
    print([5, 6, 7][Idx()], 'xyz'[Idx()])
    class Raises:
        def __getitem__(self, k): raise KeyError(k)
    show(lambda: Raises()['zz'])


def t_class_getitem():
    print(list[int], dict[str, int], tuple[int, ...], type[int])
    class C:
        def __class_getitem__(cls, item):
            return f'{cls.__name__}[{item!r}]'
    print(C[int], C['x'])
    class D(C):
        pass
    print(D[1])
    show(lambda: int[0])
    class E:
        __class_getitem__ = 42
    show(lambda: E[1])
    class Meta(type):
        def __getitem__(cls, k): return 'meta ' + str(k)
    class F(metaclass=Meta):
        def __class_getitem__(cls, k): return 'cgi'
    print(F[3])


def t_store_subscr():
    l = [0, 0, 0]
    l[0] = 'a'
    l[-1] = 'c'
    d = {}
    d['k'] = 1
    d[1, 2] = 'tuple key'
    ba = bytearray(b'abc')
    ba[0] = 65
    print(l, d, ba)
    class S:
        def __setitem__(self, k, v): print('set', k, v)
    s = S()
    s[1] = 2
    s[1:2] = 'sl'
    s[1, 2] = 3


def t_store_subscr_errors():
    def a(): l = [1]; l[5] = 0
    def b(): t = (1,); t[0] = 2
    def c(): s = 'abc'; s[0] = 'x'
    def d(): dct = {}; dct[[]] = 1
    def e(): l = [1]; l['x'] = 1
    def f(): ba = bytearray(1); ba[0] = 256
    def g(): n = None; n[0] = 1
    for fn in (a, b, c, d, e, f, g):
        show(fn)


def t_delete_subscr():
    l = [1, 2, 3, 4]
    del l[0]
    del l[-1]
    d = {'a': 1, 'b': 2}
    del d['a']
    print(l, d)
    class D:
        def __delitem__(self, k): print('del', k)
    x = D()
    del x[5]
    del x[1:3]
    def e1(): dd = {}; del dd['nope']
    def e2(): ll = []; del ll[0]
    def e3(): t = (1,); del t[0]
    def e4(): del D()[0], x[0]
    class G:
        def __getitem__(self, k): return k
    def e5(): del G()[0]
    for fn in (e1, e2, e3, e4, e5):
        show(fn)


def t_build_slice():
    l = list(range(10))
    i, j, k = 2, 8, 3
    print(l[i:j], l[i:j:k], l[::k], l[::-1], l[j:i:-2], l[i:], l[:j], l[:], l[-3:])
    print('hello'[1:j], (1, 2, 3)[i - 1:], b'abcdef'[::i])
    s = slice(1, 5, 2)
    print(l[s], s.indices(3))
    class G:
        def __getitem__(self, k): return k
    print(G()[i:j], G()[i:j:k], G()[:], G()[::], G()[i:], G()[i:j, k])
    show(lambda: l[::0])
    show(lambda: l['a':])
    show(lambda: l[1.5:2])


def t_slice_store_delete():
    l = list(range(8))
    i, j = 1, 3
    l[i:j] = ['a', 'b', 'c']
    print(l)
    l[::2] = 'wxyzq'
    print(l)
    del l[i:j]
    print(l)
    del l[::2]
    print(l)
    def e1(): ll = [1, 2, 3, 4]; ll[::2] = [1]
    def e2(): ll = [1]; ll[i:j] = 5
    def e3(): t = (1, 2); t[i:j] = (1,)
    for fn in (e1, e2, e3):
        show(fn)


def t_subscr_slices_and_buffers():
    # BINARY_SUBSCR / STORE_SUBSCR / DELETE_SUBSCR / BUILD_SLICE on str (astral), bytearray, memoryview, list, mappings
    s = 'a😀bc𝄞d'
    print(s[1], s[-2], s[1:5:2], s[::-1], s[-100:100], len(s))
    ba = bytearray(b'abcdef')
    ba[1:3] = b'XYZ'
    ba[::2] = b'123'[:len(ba[::2])] if len(ba[::2]) == 3 else ba[::2]
    print(ba)
    show(lambda: ba.__setitem__(slice(None, None, 2), b'12'))
    mv = memoryview(bytearray(b'hello'))
    mv[0] = 72
    print(mv.tobytes(), mv[1:3].tobytes(), mv[-1])
    show(lambda: mv.__setitem__(0, 300))
    show(lambda: mv.__setitem__(slice(0, 2), b'abc'))
    show(lambda: (1, 2)['a'])
    show(lambda: 'abc'[1.0])
    show(lambda: b'abc'['x'])
    show(lambda: range(5)['x'])
    show(lambda: memoryview(b'ab')['x'])
    show(lambda: [1][::0])
    show(lambda: 'abc'[::0])
    l = list(range(10))
    l[2:5] = []
    l[::-3] = 'abc'
    print(l)
    show(lambda: l.__setitem__(slice(None, None, -1), [1]))
    del l[::-2]
    print(l)
    class D(dict):
        def __getitem__(self, k): return 'override'
    d = D(a=1)
    print(d['a'], d.get('a'), dict.__getitem__(d, 'a'))
    import collections
    od = collections.OrderedDict(a=1)
    show(lambda: od['b'])
    dd = collections.defaultdict(list)
    dd['x'].append(1)
    print(dd)
    cnt = collections.Counter('aab')
    print(cnt['a'], cnt['zz'])
    print([1, 2, 3][-1:-4:-1], 'abc'[5:], (1, 2, 3)[1:-1], range(10)[2:8:3], range(10)[::-1][0])
    print(slice(1, 2) == slice(1, 2), hash((1, 2)) == hash((1, 2)))
    show(lambda: hash(slice(1, 2)))
    big = 2 ** 100
    print([1, 2, 3][big:], 'abc'[-big:big])
    show(lambda: [1, 2][big])
    class Idx:
        def __index__(self): return 2
    print([1, 2, 3, 4][Idx():], 'abcd'[:Idx()])
    class BadIdx:
        def __index__(self): return 'x'
    show(lambda: [1][BadIdx()])


run(globals())
