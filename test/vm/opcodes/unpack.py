# UNPACK_SEQUENCE, UNPACK_EX
from _runner import run, show


def t_unpack_sequence():
    a, b = [1, 2]
    c, d = 'xy'
    (e, f), g = (3, 4), 5
    h, = {6}
    i, j, k = range(3)
    l, m = {'p': 1, 'q': 2}
    print(a, b, c, d, e, f, g, h, i, j, k, l, m)
    for x, y in [(1, 2), (3, 4)]:
        print(x, y)
    def gen():
        yield 1
        yield 2
    n, o = gen()
    print(n, o)


def t_unpack_sequence_errors():
    def few(): a, b, c = [1, 2]
    def many(): a, b = [1, 2, 3]
    def many_gen(): a, b = iter([1, 2, 3])
    def few_str(): a, b = 'x'
    def non_iter(): a, b = 5
    def none(): a, b = None
    def one(): a, = ()
    def many_tuple(): a, b = (1, 2, 3, 4)
    def gen_many(): a, b = (i for i in range(10))
    def dict_many(): a, = {1: 2, 3: 4}
    for fn in (few, many, many_gen, few_str, non_iter, none, one, many_tuple, gen_many, dict_many):
        show(fn)


def t_unpack_sequence_custom():
    class It:
        def __iter__(self): return iter([7, 8])
    a, b = It()
    class G:
        def __getitem__(self, i):
            if i >= 2: raise IndexError
            return i
    c, d = G()
    print(a, b, c, d)
    class Bad:
        def __iter__(self): return 5
    def e(): x, y = Bad()
    show(e)
    class Raising:
        def __iter__(self): return self
        def __next__(self): raise ValueError('from next')
    def f(): x, y = Raising()
    show(f)


def t_unpack_ex():
    a, *b = [1, 2, 3]
    *c, d = 'xyz'
    e, *f, g = range(5)
    *h, = (1, 2)
    i, *j = [1]
    print(a, b, c, d, e, f, g, h, i, j)
    k, *l, m = iter([1, 2, 3, 4])
    print(k, l, m)
    [n, *o] = {1: 0}
    print(n, o)


def t_unpack_ex_errors():
    def few(): a, b, *c = [1]
    def few_after(): a, *b, c, d = [1, 2]
    def non_iter(): a, *b = 5
    def few_one(): *a, b = []
    for fn in (few, few_after, non_iter, few_one):
        show(fn)


run(globals())
