def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count
def grouper(results, key):
    results[key] = yield from averager()
results = {}
for key, values in {'a': [1, 2, 3], 'b': [10, 20]}.items():
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    try:
        g.send(None)
    except StopIteration:
        pass
print(results)
def gen_exc():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('generator exit seen')
        raise
    finally:
        print('gen finally')
g = gen_exc(); next(g); g.close(); print('after close')
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print('caught in gen:', e)
c = catcher(); next(c); c.throw(ValueError('one')); c.throw(ValueError('two')); c.close()
def chained():
    yield from range(3)
    yield from 'ab'
    yield from (x * x for x in range(3))
print(list(chained()))
import itertools
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(itertools.islice(naturals(), 5, 10)), list(itertools.takewhile(lambda v: v < 4, naturals())))
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])
def g_state():
    yield 1
s = g_state()
print(s.gi_running, s.gi_frame is not None)
list(s)
print(s.gi_frame)
def raiser():
    yield 1
    raise KeyError('from gen')
try:
    for v in raiser():
        print('got', v)
except KeyError as e:
    print('KeyError', e)
def ret_stop():
    yield 1
    raise StopIteration('bad')
try:
    list(ret_stop())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)
gen = (i for i in range(3))
print(next(gen), list(gen), next(gen, 'exhausted'))
def coroutine_like():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    return received
co = coroutine_like(); next(co)
try:
    co.send('a'); co.send('b'); co.send('c')
except StopIteration as e:
    print('final', e.value)
