import types

class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, v):
        self.done, self.result = True, v
        for cb in self.callbacks:
            cb()
    def __await__(self):
        if not self.done:
            yield self
        return self.result

class Loop:
    def __init__(self):
        self.ready = []
        self.time = 0
        self.timers = []
    def create_task(self, coro):
        t = Task(coro, self)
        self.ready.append(t.step)
        return t
    def sleep(self, d, value=None):
        f = Future()
        self.timers.append((self.time + d, len(self.timers), f, value))
        return f
    def run(self):
        while self.ready or self.timers:
            while self.ready:
                self.ready.pop(0)()
            if self.timers:
                self.timers.sort(key=lambda t: (t[0], t[1]))
                when, _, f, v = self.timers.pop(0)
                self.time = when
                f.set_result(v)

class Task(Future):
    def __init__(self, coro, loop):
        super().__init__()
        self.coro, self.loop = coro, loop
    def step(self, value=None):
        try:
            fut = self.coro.send(value)
        except StopIteration as e:
            self.set_result(e.value)
            return
        fut.callbacks.append(lambda: self.loop.ready.append(lambda: self.step(fut.result)))

loop = Loop()

async def worker(name, delay, n):
    total = 0
    for i in range(n):
        v = await loop.sleep(delay, i)
        print(f"t={loop.time} {name} got {v}")
        total += v
    return total

async def main():
    a = loop.create_task(worker("a", 2, 3))
    b = loop.create_task(worker("b", 3, 2))
    ra = await a
    rb = await b
    print("results", ra, rb)
    return ra + rb

t = loop.create_task(main())
loop.run()
print("main returned", t.result)

async def agen(n):
    for i in range(n):
        yield i * i
async def consume():
    out = [x async for x in agen(4)]
    async with Ctx() as c:
        out.append(c)
    return out
class Ctx:
    async def __aenter__(self): return "entered"
    async def __aexit__(self, *a): print("exit", a); return False
c = consume()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
print(type(c).__name__, isinstance(c, types.CoroutineType))
@types.coroutine
def legacy():
    yield "x"
async def uses_legacy():
    return await legacy()
g = uses_legacy()
print(g.send(None))
try:
    g.send(7)
except StopIteration as e:
    print("stop", e.value)
