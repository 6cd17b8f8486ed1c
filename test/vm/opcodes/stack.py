# POP_TOP, PUSH_NULL, NOP, COPY, SWAP, LOAD_CONST, RESUME, RETURN_VALUE, EXTENDED_ARG
from _runner import run, show


def t_pop_top():
    # an expression statement's value is popped; a call for its side effect
    1 + 2
    [].append(3)
    print('ok')


def t_push_null_call():
    # calling a global pushes NULL before the callable
    print(len('abc'), abs(-3), max(1, 5, 2))


def t_nop():
    # `pass` and a constant-folded test leave NOPs for line numbers
    pass
    if 1:
        pass
    while False:
        pass
    x = 1
    return x


def t_copy_chained_compare():
    # a < b < c copies b (COPY 1 + SWAP)
    def f(a, b, c):
        return a < b < c
    print(f(1, 2, 3), f(1, 3, 2), f(3, 2, 1))
    x = [1, 2, 3]
    print(0 < len(x) <= 3 != 4)


def t_copy_augassign_subscr():
    # d[k] += v copies container and key
    d = {'a': 1}
    d['a'] += 5
    o = type('O', (), {})()
    o.x = 1
    o.x *= 7
    print(d, o.x)


def t_swap_assign():
    a, b = 1, 2
    a, b = b, a
    a, b, c = b, a, 3
    print(a, b, c)


def t_load_const_kinds():
    print(None, True, False, ..., 1, 2.5, 3j, 'str', b'bytes', (1, 'a', (2,)), frozenset({1}) == {1})
    print(-5, 1e300 * 10, 2 ** 100)


def t_return_value():
    def f():
        return
    def g():
        return 1, 2
    def h(x):
        if x:
            return 'yes'
        return 'no'
    print(f(), g(), h(0), h(1))


def t_resume_recursion():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    print(fact(20))


def t_extended_arg_consts():
    # more than 256 constants: LOAD_CONST with EXTENDED_ARG
    ns = {}
    src = 'def f():\n    return [' + ', '.join(repr(str(i)) for i in range(300)) + ']\n'
    exec(src, ns)
    print(len(ns['f']()), ns['f']()[299])
    return [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
        30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57,
        58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85,
        86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110,
        111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132,
        133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154,
        155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176,
        177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198,
        199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220,
        221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242,
        243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264,
        'a', 'b', 'c',
    ][-3:]


def t_extended_arg_jump():
    # a long if-body: the forward jump over it needs EXTENDED_ARG
    x = 0
    if x:
        x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1
        x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1
        x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1
        x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1
        x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1
        x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1
        x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1
        x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1
    print('skipped', x)
    for i in range(3):
        x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i
        x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i
        x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i
        x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i
        x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i
        x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i; x += i
    print('loop', x)


run(globals())
