# RAISE_VARARGS, RERAISE, PUSH_EXC_INFO, POP_EXCEPT, CHECK_EXC_MATCH, LOAD_ASSERTION_ERROR,
# BEFORE_WITH, WITH_EXCEPT_START
from _runner import run, show


def t_raise_forms():
    def r0():
        raise
    def r1():
        raise ValueError('v')
    def r1_class():
        raise KeyError
    def r2():
        raise ValueError('outer') from KeyError('cause')
    def r2_none():
        try:
            raise KeyError('inner')
        except KeyError:
            raise ValueError('x') from None
    for f in (r0, r1, r1_class, r2, r2_none):
        try:
            f()
        except BaseException as e:
            print(type(e).__name__, e, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)


def t_raise_errors():
    def bad1(): raise 5
    def bad2(): raise ValueError from 5
    def bad3(): raise object
    class NotExc:
        pass
    def bad4(): raise NotExc()
    def bad5(): raise ValueError from KeyError
    def bad6():
        class E(Exception):
            def __init__(self): raise RuntimeError('init failed')
        raise E
    for f in (bad1, bad2, bad3, bad4, bad6):
        show(f)
    try:
        bad5()
    except ValueError as e:
        print(repr(e.__cause__))


def t_try_except_match():
    def f(exc):
        try:
            raise exc
        except (KeyError, IndexError) as e:
            return 'lookup ' + type(e).__name__
        except ArithmeticError:
            return 'arith'
        except Exception as e:
            return 'other ' + type(e).__name__
    print(f(KeyError), f(IndexError('i')), f(ZeroDivisionError), f(ValueError), f(LookupError))
    def g():
        try:
            raise ValueError
        except 5:
            pass
    show(g)
    def h():
        try:
            raise ValueError
        except (KeyError, 'x'):
            pass
    show(h)
    def h2():
        try:
            pass
        except 5:
            pass
        return 'no exception, no check'
    show(h2)


def t_except_name_cleared():
    try:
        1 / 0
    except ZeroDivisionError as e:
        msg = str(e)
    print(msg)
    try:
        print(e)
    except NameError as ne:
        print('NameError:', ne)


def t_reraise_finally():
    def f():
        try:
            raise KeyError('k')
        finally:
            print('finally runs')
    show(f)
    def g():
        try:
            try:
                raise ValueError('inner')
            except ValueError:
                raise
        except ValueError as e:
            return 'reraised ' + str(e)
    print(g())
    def h():
        for i in range(3):
            try:
                if i == 1:
                    continue
                if i == 2:
                    return 'returned in try'
            finally:
                print('finally', i)
    print(h())
    def k():
        try:
            return 'try'
        finally:
            return 'finally wins'
    print(k())
    def m():
        try:
            raise ValueError
        finally:
            return 'finally swallows'
    print(m())


def t_exc_info_nesting():
    import sys
    print(sys.exc_info()[0])
    try:
        raise KeyError('a')
    except KeyError:
        print(sys.exc_info()[0].__name__)
        try:
            raise ValueError('b')
        except ValueError as e:
            print(sys.exc_info()[0].__name__, repr(e.__context__))
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0])


def t_exception_in_except():
    def f():
        try:
            raise KeyError('first')
        except KeyError:
            raise ValueError('second')
    try:
        f()
    except ValueError as e:
        print(repr(e), repr(e.__context__))
    def g():
        try:
            raise KeyError('first')
        finally:
            raise ValueError('in finally')
    try:
        g()
    except ValueError as e:
        print(repr(e), repr(e.__context__))


def t_assert():
    assert True, 'never'
    def a1(): assert False
    def a2(): assert 1 == 2, 'with message'
    def a3(): assert [], ('tuple', 1)
    def a4():
        AssertionError = KeyError  # LOAD_ASSERTION_ERROR ignores the name
        assert 0, 'still AssertionError'
    for f in (a1, a2, a3, a4):
        show(f)


class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.swallow


def t_with():
    with CM('a') as x:
        print('body', x)
    with CM('b'), CM('c') as y:
        print('body', y)
    def ret():
        with CM('r'):
            return 'returned'
    print(ret())
    for i in range(2):
        with CM('loop%d' % i):
            if i == 0:
                continue
            break


def t_with_except_start():
    with CM('swallow', swallow=True):
        raise ValueError('swallowed')
    print('after swallow')
    def f():
        with CM('propagate'):
            raise KeyError('propagated')
    show(f)
    class ExitRaises:
        def __enter__(self): return self
        def __exit__(self, *a): raise RuntimeError('from exit')
    def g():
        with ExitRaises():
            raise KeyError('body')
    try:
        g()
    except RuntimeError as e:
        print(repr(e), repr(e.__context__))
    class Truthy:
        def __enter__(self): return self
        def __exit__(self, *a): return 'non-empty string is true'
    with Truthy():
        raise ValueError
    print('swallowed by truthy')


def t_before_with_errors():
    class NoEnter:
        def __exit__(self, *a): pass
    class NoExit:
        def __enter__(self): pass
    def a():
        with NoEnter():
            pass
    def b():
        with NoExit():
            pass
    def c():
        with 5:
            pass
    class EnterRaises:
        def __enter__(self): raise ValueError('enter failed')
        def __exit__(self, *a): print('never')
    def d():
        with EnterRaises():
            pass
    for f in (a, b, c, d):
        show(f)


def t_exception_attrs():
    e = ValueError('a', 2)
    print(e.args, str(e), repr(e))
    print(str(KeyError('k')), str(KeyError()), repr(OSError(2, 'No such')))
    try:
        raise ValueError('tb')
    except ValueError as ex:
        print(ex.__traceback__.tb_lineno - ex.__traceback__.tb_frame.f_code.co_firstlineno)
    e2 = Exception('x')
    e2.add_note('note 1')
    print(e2.__notes__)


run(globals())
