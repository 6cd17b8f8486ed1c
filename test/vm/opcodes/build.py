# BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_MAP, BUILD_CONST_KEY_MAP, LIST_APPEND, SET_ADD,
# MAP_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE, LIST_TO_TUPLE
from _runner import run, show


def t_build_tuple_list_set():
    a, b, c = 1, 'two', 3.0
    print((a, b, c), [a, b, c], {a, a, c}, (), [], (a,), [[a], (b,)])
    print(sorted({a, 2, 3, a}), {'x', 'x'})
    show(lambda: {[]})
    show(lambda: {a, {}})


def t_build_map():
    a, b = 'k', 2
    print({a: 1, b: 2}, {}, {a: 1, a: 2}, {1: 'x', 1.0: 'y', True: 'z'})
    show(lambda: {[]: 1})
    show(lambda: {a: 1, {}: 2})


def t_build_const_key_map():
    x, y, z = 1, 2, 3
    print({'a': x, 'b': y, 'c': z})
    print({1: x, 2: y}, {(1, 2): x, None: y})


def t_list_append_comprehension():
    print([i * 2 for i in range(5)], [i for i in range(10) if i % 3 == 0], [(i, j) for i in range(2) for j in 'ab'])
    print([[j for j in range(i)] for i in range(4)])


def t_set_add_comprehension():
    print(sorted({i % 3 for i in range(10)}), {c for c in 'aaa'})
    show(lambda: {[i] for i in range(2)})


def t_map_add_comprehension():
    print({i: i * i for i in range(4)}, {k: v for k, v in zip('abc', range(3)) if v})
    # evaluation order: key before value (3.8+)
    order = []
    def k(x): order.append(('k', x)); return x
    def v(x): order.append(('v', x)); return x
    print({k(i): v(i) for i in range(2)}, order)
    show(lambda: {[i]: i for i in range(2)})


def t_list_extend_star():
    a, b = [1, 2], (3, 4)
    print([*a, *b], [0, *a, 5, *'xy'], [*range(3)], [*{'k': 1}], [1, 2, 3, 4, 5, 6])
    show(lambda: [*a, *5])
    show(lambda: [*None])
    def g():
        yield from 'ab'
    print([*g(), *iter([9])])


def t_list_to_tuple():
    a = [1, 2]
    print((*a, 3), (*a,), (*'ab', *range(2)))
    show(lambda: (*a, *1))
    print(type((*a,)).__name__)


def t_set_update():
    a, b = [1, 2], (2, 3)
    print(sorted({*a, *b}), sorted({*a, 9}), {*()}, {1, 2, 3})
    show(lambda: {*a, *5})
    show(lambda: {*[[1]]})
    show(lambda: {*a, *None})


def t_dict_update():
    a, b = {'x': 1}, {'y': 2, 'x': 3}
    print({**a, **b}, {**a, 'z': 0, **b}, {'w': 1, **a})
    show(lambda: {**a, **[1]})
    show(lambda: {**a, **None})
    show(lambda: {**a, **[(1, 2)]})
    class KeysOnly:
        def keys(self): return ['q']
        def __getitem__(self, k): return k * 2
    print({**KeysOnly()})
    show(lambda: {**a, **5})


def t_dict_merge_call():
    def f(**kw): return kw
    a, b = {'x': 1}, {'y': 2}
    print(f(**a, **b), f(z=0, **a), f(**a, w=9))
    show(lambda: f(**a, **{'x': 2}))
    show(lambda: f(x=1, **a))
    show(lambda: f(**a, **[1]))
    show(lambda: f(**a, **None))
    show(lambda: f(**{1: 2}))
    show(lambda: f(**a, **{1: 2}))
    class M:
        def keys(self): return ['x']
        def __getitem__(self, k): return 'from M'
    print(f(**M()))
    show(lambda: f(**a, **M()))
    show(lambda: print(**a, **M()))
    show(lambda: len(**a, **{'x': 3}))


def t_star_unpack_custom_types():
    # LIST_EXTEND / LIST_TO_TUPLE / SET_UPDATE / DICT_UPDATE / DICT_MERGE / CALL_FUNCTION_EX on user types
    # LIST_EXTEND / SET_UPDATE / DICT_UPDATE / DICT_MERGE messages with custom types
    class NoIter: pass
    show(lambda: [*NoIter()])
    show(lambda: (*NoIter(),))
    show(lambda: {*NoIter()})
    show(lambda: {**NoIter()})
    show(lambda: print(*NoIter()))
    show(lambda: print(**NoIter()))
    class K:
        def keys(self): return 5
        def __getitem__(self, k): return k
    show(lambda: {**K()})
    show(lambda: dict(**K()))
    class K2:
        def keys(self): return ['a']
        def __getitem__(self, k): raise LookupError('gi')
    show(lambda: {**K2()})
    show(lambda: print(**K2()))
    def f(**kw): return kw
    show(lambda: f(**{'a': 1}, **K2()))
    class Getitem:
        def __getitem__(self, i):
            if i < 3: return i
            raise IndexError
    print([*Getitem()], {**{'a': 1}}, [*{1: 2}.items()])
    show(lambda: [*iter(lambda: 1, 1)])


def t_star_unpack_length_hint():
    # LIST_EXTEND (list_extend) and tuple() consult __len__ / __length_hint__ first (PyObject_LengthHint)
    class BadLen:
        def __iter__(self): return iter([1])
        def __len__(self): raise ValueError('len boom')
    show(lambda: [*BadLen()])
    show(lambda: tuple(BadLen()))
    show(lambda: list(BadLen()))
    class HintBad:
        def __iter__(self): return iter([1])
        def __length_hint__(self): return 'x'
    show(lambda: list(HintBad()))
    show(lambda: [*HintBad()])


run(globals())
