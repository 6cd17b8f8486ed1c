# RETURN_GENERATOR, YIELD_VALUE, SEND, GET_YIELD_FROM_ITER, JUMP_BACKWARD_NO_INTERRUPT (the
# `yield from` loop), and generator send/throw/close
from _runner import run, show


def t_yield_value():
    def gen():
        x = yield 1
        print('got', x)
        y = yield x * 2
        print('got', y)
        return 'done'
    g = gen()
    print(next(g), g.send(5), show(g.send, 7))
    print(list(gen()))
    print(type(gen()).__name__, gen().__name__, gen.__code__.co_flags & 0x20 != 0)


def t_generator_send_errors():
    def gen():
        yield 1
    g = gen()
    show(g.send, 'not None first')
    print(next(g))
    show(next, g)
    show(next, g)
    def running():
        yield g2.send(None)
    g2 = running()
    show(next, g2)


def t_generator_return_value():
    def gen():
        yield 1
        return 'result'
    g = gen()
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print('StopIteration value', e.value, e.args)
    def gen2():
        return (yield)
    g = gen2()
    next(g)
    try:
        g.send('sent')
    except StopIteration as e:
        print(repr(e.value))


def t_generator_throw_close():
    def gen():
        try:
            yield 1
            yield 2
        except ValueError as e:
            print('caught in gen', e)
            yield 'after throw'
        finally:
            print('gen finally')
    g = gen()
    print(next(g), g.throw(ValueError('boom')))
    g.close()
    g = gen()
    next(g)
    show(g.throw, KeyError, KeyError('k'))
    g = gen()
    show(g.throw, TypeError)
    def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield 'refuse'
    s = stubborn()
    next(s)
    show(s.close)
    def gen_exit_ret():
        try:
            yield 1
        except GeneratorExit:
            return 'ignored'
    h = gen_exit_ret()
    next(h)
    print(h.close())
    show(gen().throw, 5)
    show(gen().throw, ValueError('v'), 'extra')


def t_stop_iteration_in_generator():
    def gen():
        yield 1
        raise StopIteration('inside')
    try:
        list(gen())
    except RuntimeError as e:
        print(type(e).__name__, e, repr(e.__cause__))
    def gen2():
        next(iter([]))
        yield
    show(list, gen2())


def t_yield_from():
    def inner():
        x = yield 'i1'
        print('inner got', x)
        yield 'i2'
        return 'inner result'
    def outer():
        r = yield from inner()
        print('yield from returned', r)
        yield from [10, 20]
        yield from 'ab'
        yield from range(2)
    g = outer()
    print(next(g), g.send('S'), list(g))


def t_yield_from_throw_close():
    def inner():
        try:
            yield 1
            yield 2
        except KeyError:
            yield 'inner handled'
        finally:
            print('inner finally')
    def outer():
        try:
            yield from inner()
        finally:
            print('outer finally')
    g = outer()
    next(g)
    print(g.throw(KeyError))
    g.close()
    g = outer()
    next(g)
    show(g.throw, ValueError('unhandled'))
    class It:
        def __iter__(self): return self
        def __next__(self): return 'it'
        def throw(self, *a): return 'It.throw'
        def close(self): print('It.close')
    def via_it():
        yield from It()
    g = via_it()
    print(next(g), g.throw(ValueError), g.send(None))
    g.close()
    class NoSend:
        def __iter__(self): return self
        def __next__(self): return 1
    def via_nosend():
        yield from NoSend()
    g = via_nosend()
    next(g)
    show(g.send, 5)


def t_get_yield_from_iter_errors():
    def f():
        yield from 5
    show(list, f())
    def g():
        yield from None
    show(list, g())
    async def coro():
        pass
    co = coro()
    def h():
        yield from co
    c = h()
    show(next, c)
    co.close()


def t_generator_expressions():
    g = (x * x for x in range(4))
    print(type(g).__name__, list(g), list(g))
    print(sum(x for x in range(10)), any(x > 2 for x in [1, 3]), dict((k, k) for k in 'ab'))
    show(lambda: list(1 / x for x in [1, 0]))
    show(lambda: (x for x in 5))


def t_generator_state():
    def gen():
        yield g.gi_running
    g = gen()
    print(g.gi_frame is not None, g.gi_suspended, g.gi_running)
    print(next(g), g.gi_suspended, g.gi_frame is not None, g.gi_running, g.gi_yieldfrom)
    list(g)
    print(g.gi_frame, g.gi_suspended)


run(globals())
