# GET_AWAITABLE, GET_AITER, GET_ANEXT, END_ASYNC_FOR, BEFORE_ASYNC_WITH, ASYNC_GEN_WRAP,
# SEND / RETURN_GENERATOR / JUMP_BACKWARD_NO_INTERRUPT of coroutines; driven by hand (no asyncio)
from _runner import run, show
import types


def drive(coro):
    """Runs a coroutine to completion, printing what it yields to the driver."""
    try:
        v = coro.send(None)
        while True:
            print('  yielded to driver:', v)
            v = coro.send('resumed')
    except StopIteration as e:
        return e.value


@types.coroutine
def suspend(value):
    got = yield value
    return got


class Awaitable:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield ('await', self.v)
        return ('Awaitable result', self.v, got)


def t_await():
    async def add(a, b):
        return a + b
    async def main():
        x = await add(1, 2)
        y = await suspend('s1')
        z = await Awaitable(9)
        return x, y, z
    print(drive(main()))


def t_await_errors():
    async def await_int():
        await 5
    async def await_none():
        await None
    class BadAwait:
        def __await__(self): return 5
    async def bad_await():
        await BadAwait()
    made = []
    class CoroAwait:
        def __await__(self):
            async def c(): pass
            made.append(c())
            return made[-1]
    async def coro_await():
        await CoroAwait()
    def plain_gen():
        yield 1
    async def await_gen():
        await plain_gen()
    for f in (await_int, await_none, bad_await, coro_await, await_gen):
        show(drive, f())
    made[0].close()  # never awaited: closed so that no RuntimeWarning depends on the collector


def t_coroutine_reuse_and_close():
    async def c():
        return 1
    co = c()
    print(drive(co))
    show(drive, co)
    async def w():
        await suspend(1)
    co = w()
    co.send(None)
    co.close()
    print(co.cr_frame)
    async def main():
        t = w()
        await t
        await t
    co2 = main()
    show(drive, co2)
    async def thrower():
        try:
            await suspend('x')
        except ValueError as e:
            return 'caught ' + str(e)
    t = thrower()
    t.send(None)
    show(t.throw, ValueError('thrown'))


def t_async_for():
    async def agen():
        for i in range(3):
            yield i
            await suspend('tick%d' % i)
    async def main():
        out = []
        async for x in agen():
            out.append(x)
        return out
    print(drive(main()))
    class AIter:
        def __init__(self): self.n = 0
        def __aiter__(self): return self
        async def __anext__(self):
            self.n += 1
            if self.n > 2:
                raise StopAsyncIteration
            return self.n
    async def main2():
        r = [x async for x in AIter()]
        async for y in AIter():
            r.append(y * 10)
        else:
            r.append('else')
        return r
    print(drive(main2()))


def t_async_for_errors():
    async def no_aiter():
        async for x in [1, 2]:
            pass
    class BadAiter:
        def __aiter__(self): return 5
    async def bad_aiter():
        async for x in BadAiter():
            pass
    class BadAnext:
        def __aiter__(self): return self
        def __anext__(self): return 5
    async def bad_anext():
        async for x in BadAnext():
            pass
    class RaiseAnext:
        def __aiter__(self): return self
        async def __anext__(self): raise ValueError('anext failed')
    async def raise_anext():
        async for x in RaiseAnext():
            pass
    for f in (no_aiter, bad_aiter, bad_anext, raise_anext):
        show(drive, f())


def t_async_with():
    class ACM:
        async def __aenter__(self):
            print('aenter')
            await suspend('in aenter')
            return 'value'
        async def __aexit__(self, t, v, tb):
            print('aexit', t.__name__ if t else None, v)
            return t is KeyError
    async def main():
        async with ACM() as v:
            print('body', v)
        async with ACM():
            raise KeyError('swallowed')
        async with ACM():
            raise ValueError('propagates')
    show(drive, main())


def t_async_with_errors():
    class NoAenter:
        async def __aexit__(self, *a): pass
    class NoAexit:
        async def __aenter__(self): pass
    class BadAenter:
        def __aenter__(self): return 5
        async def __aexit__(self, *a): pass
    class BadAexit:
        async def __aenter__(self): pass
        def __aexit__(self, *a): return 5
    class CM:
        def __enter__(self): pass
        def __exit__(self, *a): pass
    async def use(cm):
        async with cm:
            pass
    for cm in (NoAenter(), NoAexit(), BadAenter(), BadAexit(), CM()):
        show(drive, use(cm))


def t_async_gen_wrap():
    async def agen():
        x = yield 1
        print('agen got', x)
        try:
            yield 2
        finally:
            print('agen finally')
    async def main():
        g = agen()
        print(await g.__anext__(), await g.asend('sent'))
        await g.aclose()
        g2 = agen()
        await g2.__anext__()
        try:
            await g2.athrow(ValueError('into agen'))
        except ValueError as e:
            print('athrow propagated', e)
        return [v async for v in agen()]
    print(drive(main()))
    print(type(agen()).__name__)


def t_async_gen_errors():
    async def agen():
        yield 1
    async def main():
        g = agen()
        await g.__anext__()
        try:
            await g.__anext__()
        except StopAsyncIteration:
            print('StopAsyncIteration')
    drive(main())
    async def ignores_exit():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    async def main2():
        g = ignores_exit()
        await g.__anext__()
        await g.aclose()
    show(drive, main2())
    async def raises_stop():
        yield 1
        raise StopAsyncIteration
    async def main3():
        return [x async for x in raises_stop()]
    show(drive, main3())


def t_async_comprehensions():
    async def agen(n):
        for i in range(n):
            yield i
    async def double(x):
        return x * 2
    async def main():
        a = [x async for x in agen(3)]
        b = {x: await double(x) for x in range(2)}
        c = [await double(x) async for x in agen(2) if x]
        d = {x async for x in agen(2)}
        e = (x async for x in agen(2))
        return a, b, c, d, [y async for y in e]
    print(drive(main()))


def t_async_gen_running_states():
    async def agen():
        yield 1
        await suspend('inside')
        yield 2
    async def main():
        g = agen()
        print(await g.__anext__())
        nxt = g.__anext__()
        print(nxt.send(None))  # suspended inside agen at its await
        for make in (g.__anext__, lambda: g.asend(None), g.aclose, lambda: g.athrow(ValueError)):
            try:
                await make()
            except RuntimeError as e:
                print('RuntimeError', e)
        print(g.ag_running, g.ag_await is not None)
        try:
            nxt.send(None)
        except StopIteration as e:
            print('resumed to', e.value)
        print(g.ag_running)
        await g.aclose()
        await g.aclose()
        try:
            await g.__anext__()
        except StopAsyncIteration:
            print('exhausted after aclose')
        g2 = agen()
        try:
            await g2.athrow(ValueError)
        except ValueError:
            print('athrow on a fresh agen raises directly')
        async def direct_yield():
            r = yield 'first'
            print('asend value', r)
        g5 = direct_yield()
        print(await g5.asend(None))
        try:
            await g5.asend('V')
        except StopAsyncIteration:
            print('stop')
        return 'done'
    print(drive(main()))


def t_coroutine_states():
    async def c():
        return 1
    co = c()
    print(co.cr_running, co.cr_await, co.__name__, co.__qualname__, type(co).__name__)
    co.close()
    show(co.send, None)
    cw = c().__await__()
    print(type(cw).__name__)
    show(next, cw)
    async def a2():
        await suspend(1)
    x = a2()
    x.send(None)
    show(x.send, None)
    show(x.send, None)
    y = a2()
    y.send(None)
    show(y.throw, GeneratorExit)
    show(y.send, None)


run(globals())
