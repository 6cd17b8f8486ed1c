# JUMP_FORWARD, JUMP_BACKWARD, POP_JUMP_FORWARD_IF_{TRUE,FALSE,NONE,NOT_NONE},
# POP_JUMP_BACKWARD_IF_{TRUE,FALSE,NONE,NOT_NONE}, JUMP_IF_{TRUE,FALSE}_OR_POP, GET_ITER, FOR_ITER
from _runner import run, show


def t_if_else():
    for x in (0, 1, 2, None, '', 'a'):
        if x:
            r = 'true'
        elif x is None:
            r = 'none'
        else:
            r = 'false'
        print(repr(x), r)


def t_pop_jump_forward():
    def f(x):
        out = []
        if x: out.append('T')
        if not x: out.append('F')
        if x is None: out.append('N')
        if x is not None: out.append('nn')
        return out
    print(f(1), f(0), f(None))


def t_jump_if_or_pop():
    a, b, c = 0, 'b', None
    print(a or b, a and b, b and c, c or a, a or b or c, b and b and 'x')
    x = a and b or c
    print(x, [] or {} or 'last', 1 and 2 and 3)
    def cond(v):
        return 'yes' if v or v == 0 else 'no'
    print(cond(0), cond(None))


def t_truthiness_errors():
    class B:
        def __bool__(self): return 'not bool'
    class L:
        def __len__(self): return -1
    class E:
        def __bool__(self): raise ValueError('bool failed')
    def f(o):
        if o:
            return 'T'
        return 'F'
    show(f, B())
    show(f, L())
    show(f, E())
    show(lambda: B() or 1)
    show(lambda: E() and 1)


def t_while_loops():
    i = 0
    while i < 5:
        i += 1
    print(i)
    n = 10
    while n:
        n -= 3
        if n < 0:
            break
    print(n)
    x = 5
    while x is not None:
        x = x - 1 if x else None
    print(x)
    y = None
    count = 0
    while y is None:
        count += 1
        if count == 3:
            y = 'done'
    print(y, count)
    z = 0
    while not z:
        z += 1
    print(z)
    while True:
        break
    else:
        print('never')
    k = 0
    while k < 3:
        k += 1
    else:
        print('while else', k)


def t_for_iter():
    for i in range(3):
        print(i, end=' ')
    for c in 'ab':
        print(c, end=' ')
    for k in {'x': 1, 'y': 2}:
        print(k, end=' ')
    for t in (1, 2):
        if t == 2:
            break
    else:
        print('never')
    for t in []:
        pass
    else:
        print('for else')
    for i in range(5):
        if i % 2:
            continue
        print(i, end=';')
    print()


def t_get_iter_custom():
    class It:
        def __init__(self): self.n = 0
        def __iter__(self): return self
        def __next__(self):
            self.n += 1
            if self.n > 3: raise StopIteration
            return self.n
    print(list(It()), [x for x in It()])
    class Seq:
        def __getitem__(self, i):
            if i >= 2: raise IndexError
            return 'item%d' % i
    for s in Seq():
        print(s)
    def bad(o):
        for _ in o:
            pass
    show(bad, 5)
    show(bad, None)
    class NonIt:
        def __iter__(self): return 1
    show(bad, NonIt())
    class IterNone:
        __iter__ = None
    show(bad, IterNone())
    class RaiseNext:
        def __iter__(self): return self
        def __next__(self): raise KeyError('next')
    show(bad, RaiseNext())


def t_for_mutation():
    l = [1, 2, 3]
    for x in l:
        if x == 1:
            l.append(4)
    print(l)
    d = {'a': 1}
    def mut():
        for k in d:
            d['b'] = 2
    show(mut)
    s = {1}
    def muts():
        for k in s:
            s.add(k + 1)
    show(muts)


run(globals())
