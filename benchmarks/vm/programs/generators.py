"""Generators: a pipeline of generator functions (filter, map, window, chunk), yield from
delegation (a recursive tree walk), send() into a coroutine-style accumulator, generator
expressions, and list/dict/set comprehensions. Size: items through the pipeline."""
import sys

DEFAULT_SIZE = 1_600_000


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def windows(it, k):
    win = []
    for x in it:
        win.append(x)
        if len(win) == k:
            yield tuple(win)
            win.pop(0)


def chunks(it, k):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == k:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def tree(depth, label=0):
    if depth == 0:
        return (label,)
    return (label, tree(depth - 1, label * 2 + 1), tree(depth - 1, label * 2 + 2))


def walk(node):
    yield node[0]
    for child in node[1:]:
        yield from walk(child)


def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total // count


def main(n):
    s = 0
    for w in windows(squares(evens(numbers(n))), 3):
        s = (s + w[0] - w[1] + w[2]) % 1_000_003
    c = sum(len(ch) * ch[-1] for ch in chunks(numbers(n // 2), 7)) % 1_000_003
    t = 0
    depth = 10
    for _ in range(max(1, n // 20_000)):
        t += sum(x for x in walk(tree(depth)) if x % 3)
    acc = averager()
    next(acc)
    a = 0
    for x in range(n // 4):
        a = acc.send(x % 101)
    comp = [x * 3 for x in range(n // 4) if x & 1]
    d = {x: x % 17 for x in range(n // 8)}
    st = {x % 1000 for x in comp}
    g = sum(v for v in d.values() if v > 8)
    print(s, c, t, a, len(comp), sum(comp) % 1_000_003, len(d), len(st), g)


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
