# Control flow across opcodes: with/try/finally inside generators and loops (BEFORE_WITH,
# WITH_EXCEPT_START, RERAISE, POP_EXCEPT with YIELD_VALUE and JUMP_BACKWARD), exception state
# across yields, return/break/continue through finally
from _runner import run, show
import sys


class CM:
    def __init__(self, name): self.name = name
    def __enter__(self): print('enter', self.name); return self
    def __exit__(self, t, v, tb): print('exit', self.name, t.__name__ if t else None); return False


def t_generator_with_close():
    def gen():
        with CM('g'):
            yield 1
            yield 2
    g = gen()
    next(g)
    g.close()
    g = gen()
    next(g)
    show(g.throw, ValueError('into with'))


def t_exc_state_across_yield():
    def gen():
        try:
            raise KeyError('in gen')
        except KeyError:
            yield sys.exc_info()[0].__name__
            yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0]
    g = gen()
    print(next(g), sys.exc_info()[0])
    try:
        raise ValueError('outside')
    except ValueError:
        print(next(g), sys.exc_info()[0].__name__)
    print(next(g))


def t_finally_control_flow():
    def f():
        out = []
        for i in range(4):
            try:
                if i == 1:
                    continue
                if i == 3:
                    break
                out.append(i)
            finally:
                out.append('f%d' % i)
        return out
    print(f())
    def g():
        while True:
            try:
                return 'from try'
            finally:
                print('finally before return')
    print(g())
    def h():
        try:
            try:
                raise KeyError
            finally:
                print('inner finally')
        except KeyError:
            return 'caught after inner finally'
    print(h())


def t_nested_except_reraise_context():
    try:
        try:
            raise KeyError('a')
        except KeyError as e1:
            try:
                raise ValueError('b')
            except ValueError:
                pass
            raise
    except KeyError as e:
        print(repr(e), repr(e.__context__))
    def f():
        try:
            raise TypeError('t')
        except TypeError as e:
            raise e
    try:
        f()
    except TypeError as e:
        print(repr(e), e.__context__)


def t_exception_context_cycle():
    try:
        try:
            raise KeyError('x')
        except KeyError as k:
            e = ValueError('y')
            e.__context__ = k
            raise e
    except ValueError as v:
        print(repr(v.__context__))
    a = ValueError('a')
    try:
        try:
            raise a
        except ValueError:
            raise KeyError('k')
    except KeyError as ke:
        try:
            raise a
        except ValueError as ae:
            print(repr(ae.__context__), ae.__context__.__context__ is None)


def t_return_in_except_and_else():
    def f(x):
        try:
            if x:
                raise ValueError
        except ValueError:
            return 'except'
        else:
            return 'else'
        finally:
            print('finally', x)
    print(f(0), f(1))


def t_loops_with_else_and_break_in_try():
    for i in range(3):
        try:
            if i == 1:
                break
        except Exception:
            pass
    else:
        print('never')
    print('broke at', i)
    n = 0
    while n < 2:
        n += 1
        with CM('loop'):
            if n == 1:
                continue
    print(n)


def t_deep_recursion_error():
    def r(n):
        return r(n + 1)
    try:
        r(0)
    except RecursionError as e:
        print('RecursionError', e)


def t_keyboard_interrupt_and_systemexit():
    for exc in (SystemExit(3), KeyboardInterrupt(), GeneratorExit()):
        try:
            raise exc
        except Exception:
            print('never')
        except BaseException as e:
            print('BaseException', type(e).__name__, e.args)


run(globals())
