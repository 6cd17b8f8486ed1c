# UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT, BINARY_OP (every operator, plain and
# in-place), COMPARE_OP, IS_OP, CONTAINS_OP
from _runner import run, show


def t_unary():
    x, f, b = 5, 2.5, True
    print(+x, -x, ~x, not x, +f, -f, not f, -b, ~b, +b, not 0, not [], not [0])
    print(-(2 ** 70), ~(2 ** 70), +(-0.0), -0.0, -complex(1, 2))


def t_unary_errors():
    show(lambda s: -s, 'abc')
    show(lambda s: +s, [1])
    show(lambda s: ~s, 1.5)
    show(lambda s: ~s, None)


def t_unary_dunder():
    class N:
        def __neg__(self): return 'neg'
        def __pos__(self): return 'pos'
        def __invert__(self): return 'inv'
        def __bool__(self): return False
    n = N()
    print(-n, +n, ~n, not n)
    class B:
        def __bool__(self): return 2
    show(lambda: not B())
    class L:
        def __len__(self): return 0
    print(not L())


def t_binary_arith():
    a, b = 17, 5
    print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a << b, a >> 2, a & b, a | b, a ^ b)
    print(-a // b, -a % b, a // -b, 2 ** -1, (-8) ** (1 / 3) == (-8) ** (1 / 3))
    x, y = 7.5, 2
    print(x + y, x - y, x * y, x / y, x // y, x % y, x ** y, -x % y)
    print('ab' + 'cd', 'ab' * 3, [1] * 3, (1, 2) + (3,), 3 * 'x', b'a' + b'b')
    print('%s-%d' % ('a', 5), '%(k)s' % {'k': 'v'}, b'%d' % 3)
    import operator
    print(operator.matmul.__name__)


def t_binary_matmul():
    class M:
        def __init__(self, v): self.v = v
        def __matmul__(self, o): return M(self.v * o.v)
        def __imatmul__(self, o): self.v += o.v; return self
        def __rmatmul__(self, o): return 'r' + str(o)
    m = M(3)
    print((m @ M(4)).v)
    m @= M(10)
    print(m.v, 5 @ m)
    show(lambda: 1 @ 2)


def t_binary_inplace():
    x = 10
    x += 1; x -= 2; x *= 3; x //= 2; x %= 7; x **= 3; x <<= 2; x >>= 1; x &= 0xff; x |= 1; x ^= 3
    print(x)
    f = 10.0
    f /= 4
    print(f)
    l = [1]
    l2 = l
    l += [2]
    l *= 2
    print(l, l is l2)
    t = (1,)
    t2 = t
    t += (2,)
    print(t, t is t2)
    s = {1, 2}
    s |= {3}; s &= {1, 3}; s ^= {5}; s -= {1}
    print(sorted(s))
    d = {'a': 1}
    d |= {'b': 2}
    print(d)


def t_binary_errors():
    show(lambda: 1 / 0)
    show(lambda: 1 // 0)
    show(lambda: 1 % 0)
    show(lambda: 1.0 / 0)
    show(lambda: 1.0 // 0.0)
    show(lambda: 1 << -1)
    show(lambda: 0 ** -1)
    show(lambda: 'a' + 1)
    show(lambda: 1 + 'a')
    show(lambda: [1] + (2,))
    show(lambda: 'a' * 'b')
    show(lambda: 'a' * 1.5)
    show(lambda: None - None)
    show(lambda: {} | [])
    show(lambda: 2.0 ** 10000)
    show(lambda: '%d' % 'x')
    show(lambda: '%s %s' % (1,))
    show(lambda: '%s' % (1, 2))
    def ip():
        x = 'a'
        x -= 1
    show(ip)
    def ip2():
        x = []
        x += 1
    show(ip2)
    def ip3():
        x = 1
        x @= 2
    show(ip3)


def t_binary_dunder_reflected():
    class A:
        def __add__(self, o): return NotImplemented
        def __radd__(self, o): return 'A.radd'
        def __sub__(self, o): return 'A.sub'
    class B(A):
        def __rsub__(self, o): return 'B.rsub'
    print(A() + A(), 1 + A(), A() - B(), A() - 1)
    class C:
        def __iadd__(self, o): return NotImplemented
        def __add__(self, o): return 'C.add'
    c = C()
    c += 1
    print(c)
    show(lambda: A() + 1)


def t_compare_op():
    a, b = 3, 4
    print(a < b, a <= b, a == b, a != b, a > b, a >= b)
    print('a' < 'b', [1, 2] < [1, 3], (1, 'a') == (1, 'a'), 1 == 1.0, 1.5 > 1, {1} < {1, 2})
    print(float('nan') == float('nan'), None == None, None != 0)
    show(lambda: 1 < 'a')
    show(lambda: [] > ())
    show(lambda: None <= None)
    show(lambda: {} < {})
    class R:
        def __lt__(self, o): return 'lt'
        def __eq__(self, o): return 'eq'
        def __gt__(self, o): return NotImplemented
    print(R() < 1, R() == 2, 1 > R(), R() != R())
    show(lambda: R() > 1)


def t_compare_in_branch():
    x = 5
    if x < 10:
        print('small')
    if not x >= 10:
        print('not big')
    while x > 3:
        x -= 1
    print(x)


def t_is_op():
    a = []
    b = a
    print(a is b, a is not b, a is [], None is None, a is not None, 1 is not None)
    x = None
    if x is None:
        print('none')
    if x is not None:
        print('never')
    y = 0
    if y is not None:
        print('not none')


def t_contains_op():
    print(1 in [1, 2], 3 not in (1, 2), 'b' in 'abc', 'k' in {'k': 1}, 2 in {2}, 5 in range(10), b'a' in b'abc')
    class C:
        def __contains__(self, x): return x == 7
    print(7 in C(), 8 in C(), 8 not in C())
    class I:
        def __iter__(self): return iter([1, 2, 3])
    print(2 in I(), 9 in I())
    class G:
        def __getitem__(self, i):
            if i > 4: raise IndexError
            return i * 10
    print(30 in G(), 31 in G())
    show(lambda: 1 in 5)
    show(lambda: 1 in 'abc')
    show(lambda: [] in {})
    show(lambda: None in None)


def t_operator_edge_values():
    class A: pass
    class B: pass
    show(lambda: A() < B())
    show(lambda: A() + 1)
    show(lambda: 1 - A())
    def ip():
        a = A(); a += 1
    show(ip)
    def ip2():
        a = A(); a **= 1
    show(ip2)
    show(lambda: pow(2, 3, 5))
    show(lambda: pow(2, -1, 5))
    show(lambda: pow(2, 3, 0))
    show(lambda: pow(2.0, 3, 5))
    show(lambda: (-8) ** 0.5)
    show(lambda: 5.0 % float('inf'))
    show(lambda: -5.0 % float('inf'))
    show(lambda: divmod(-7, 2))
    show(lambda: divmod(7.5, -2))
    show(lambda: 'ab' * -1)
    show(lambda: [1] * (2**62))
    show(lambda: '😀a'[0])
    show(lambda: '😀a'[-1])
    show(lambda: [1] in {})
    show(lambda: {} in {1})
    show(lambda: 2 ** 0.5)
    show(lambda: 10 ** -2)
    show(lambda: 7 // 0.0)
    show(lambda: 0.0 ** -1)
    show(lambda: 1e308 * 10)
    show(lambda: 2 ** 1000 * 1.0)
    show(lambda: float(2 ** 1024))
    show(lambda: 2 ** 1024 / 1)
    show(lambda: 2 ** 1024 // 3.0)
    show(lambda: round(2.5), )
    show(lambda: -7 >> 1)
    show(lambda: 1 << 100)
    show(lambda: True + True)
    show(lambda: ~True)
    show(lambda: 3 % -2)
    show(lambda: -3.5 // 2)
    show(lambda: complex(1, 2) ** 2)
    show(lambda: 1j // 1)
    show(lambda: 1j < 2j)
    show(lambda: [] < 1)
    show(lambda: b'a' + 'b')
    show(lambda: 'a' + b'b')
    show(lambda: bytearray(b'a') + b'b')
    show(lambda: (1, 2) * 2)
    show(lambda: range(3) + range(2))
    show(lambda: {1: 2} | {3: 4})
    show(lambda: {1} - [1])
    show(lambda: frozenset({1}) | {2})
    show(lambda: 5 @ 5)
    show(lambda: 'abc' < 'abd' < 'b')
    show(lambda: None < 1)
    show(lambda: 1.0 == 1 == True)
    show(lambda: [1, 2] == (1, 2))
    show(lambda: float('nan') in [float('nan')])
    x = float('nan'); show(lambda: x in [x])
    show(lambda: 'a' in ['a', 'b'])
    show(lambda: 1 in 'abc')
    show(lambda: 'ab' in b'abc')
    show(lambda: 97 in b'abc')
    show(lambda: 256 in b'abc')
    show(lambda: -1 in range(0, 10, 2))
    show(lambda: 2.0 in range(5))


run(globals())
