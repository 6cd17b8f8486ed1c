class subclass_with_kwargs(list):
    def __init__(self, seq, newarg=None):
        super().__init__(seq)
print(subclass_with_kwargs([1], newarg=3))
class subclass_with_new(list):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self
u = subclass_with_new([1, 2], newarg=3)
print(u, u.newarg)
class F(float):
    def __init__(self, arg, newarg=None): pass
print(F(2.5, newarg=3))
class T(tuple):
    def __new__(cls, arg, newarg=None):
        return super().__new__(cls, arg)
print(T([1], newarg=2))
class FF(float):
    def __float__(self): return 42.0
class II(int):
    def __int__(self): return 42
print(float(FF(1.5)), int(II(7)), float(memoryview(b'1.5')), int(memoryview(b'12')), float(' \u0663.\u0661\u0664 '))
try: float(b'123\xa0')
except ValueError as e: print(e)
