class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM('a') as a:
    print('inside', a.name)
with CM('b', suppress=True):
    raise ValueError('suppressed!')
print('after b')
try:
    with CM('c'):
        raise KeyError('not suppressed')
except KeyError as e:
    print('caught', repr(e))
with CM('outer'), CM('inner') as i:
    print('nested body', i.name)
def f():
    with CM('in function'):
        return 'returned'
print(f())
for n in range(2):
    with CM(f'loop{n}'):
        if n == 0:
            continue
        break
import contextlib
@contextlib.contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
with tag('p') as t:
    print('content', t)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print('suppress ok')
try:
    with tag('err'):
        raise RuntimeError('inside tag')
except RuntimeError as e:
    print('propagated', e)
class Bad:
    pass
try:
    with Bad():
        pass
except TypeError as e:
    print(e)
