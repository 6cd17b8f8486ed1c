def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)), sum(count(101)))
def echo():
    received = yield 'ready'
    while True:
        received = yield f'got {received}'
g = echo(); print(next(g), g.send(1), g.send('two'))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib(); print([next(f) for _ in range(12)])
def inner():
    yield 1
    yield 2
    return 'inner-result'
def outer():
    r = yield from inner()
    yield r
    yield from [10, 20]
print(list(outer()))
gen = (x * x for x in range(5)); print(gen.__class__.__name__, list(gen), list(gen))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print('closing')
c = closer(); print(next(c)); c.close(); print('closed')
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f'caught {e}'
t = thrower(); print(next(t), t.throw(ValueError('boom')))
def tree(n):
    if n == 0:
        yield 'leaf'
        return
    yield from tree(n - 1)
    yield n
print(list(tree(3)))
it = iter([1, 2, 3]); print(next(it), next(it), next(it), next(it, 'done'))
def gen_with_stop():
    yield 1
    return 99
try:
    g2 = gen_with_stop(); next(g2); next(g2)
except StopIteration as e:
    print('StopIteration value', e.value)
print(list(zip(count(3), 'abc')), dict(enumerate(count(3))))
def pipeline():
    nums = (i for i in range(20))
    evens = (n for n in nums if n % 2 == 0)
    squares = (e * e for e in evens)
    return list(squares)
print(pipeline())
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), [x for x in Countdown(2)])
def deep(n):
    if n:
        yield from deep(n - 1)
    yield n
print(sum(deep(500)))
