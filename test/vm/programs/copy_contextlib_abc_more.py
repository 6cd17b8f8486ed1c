import copy, contextlib, abc, sys, io
class A:
    def __init__(self): self.l = [1, [2, 3]]; self.d = {'k': self.l}
a = A(); b = copy.copy(a); c = copy.deepcopy(a)
print(b.l is a.l, c.l is a.l, c.d['k'] is c.l, c.l == a.l)
class B:
    def __copy__(self): return 'copied'
    def __deepcopy__(self, memo): return 'deep'
print(copy.copy(B()), copy.deepcopy([B()]))
print(copy.deepcopy({1: (1, [2])}), copy.copy((1, 2)), copy.deepcopy(set([1])), copy.replace if hasattr(copy, 'replace') else '')
@contextlib.contextmanager
def cm(x):
    print('enter', x)
    try:
        yield x * 2
    except ValueError as e:
        print('caught', e)
    finally:
        print('exit', x)
with cm(1) as v: print(v)
with cm(2): raise ValueError('boom')
with contextlib.suppress(KeyError): {}['x']
buf = io.StringIO()
with contextlib.redirect_stdout(buf): print('hidden')
print(repr(buf.getvalue()))
with contextlib.ExitStack() as st:
    for i in range(3): st.enter_context(cm(i + 10))
    st.callback(print, 'cb')
class R(contextlib.ContextDecorator):
    def __enter__(self): print('in'); return self
    def __exit__(self, *a): print('out'); return False
@R()
def fn(): print('body')
fn()
with contextlib.nullcontext(5) as n: print(n)
class Thing:
    def close(self): print('closed')
with contextlib.closing(Thing()): pass
@contextlib.asynccontextmanager
async def acm():
    yield 1
import asyncio
async def main():
    async with acm() as v: print('async', v)
asyncio.run(main())
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
try: Base()
except TypeError as e: print(e)
class Impl(Base):
    def f(self): return 1
    p = 3
print(Impl().f(), Impl.__abstractmethods__, isinstance(Impl(), Base))
class Reg(abc.ABC): pass
Reg.register(int); print(isinstance(1, Reg), issubclass(bool, Reg), issubclass(str, Reg))
class M(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, 'quack') or NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), M), isinstance(1, M))
