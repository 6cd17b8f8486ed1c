def risky(n):
    if n == 0: raise ValueError('zero!')
    if n == 1: raise KeyError('k')
    if n == 2: return 1 / 0
    if n == 3: return [][1]
    if n == 4: return {}['x']
    if n == 5: return int('abc')
    if n == 6: return None + 1
    if n == 7: return undefined_name
    if n == 8: return 'a'.nope
    return 'ok'
for i in range(10):
    try:
        print(i, risky(i))
    except (ValueError, KeyError) as e:
        print(i, type(e).__name__, e, repr(e), e.args)
    except ZeroDivisionError as e:
        print(i, 'zde', e)
    except LookupError as e:
        print(i, 'lookup', type(e).__name__, e)
    except Exception as e:
        print(i, 'other', type(e).__name__, e)
    else:
        print('else ran')
    finally:
        print('finally', i)
def f():
    try:
        return 'try'
    finally:
        print('cleanup')
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print('fin', i)
    return 'g done'
print(g())
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
try:
    raise MyError(42)
except MyError as e:
    print(e, e.code, e.args, isinstance(e, Exception))
try:
    try:
        raise ValueError('inner')
    except ValueError as e:
        raise RuntimeError('outer') from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError('during')
except TypeError as e:
    print(e, repr(e.__context__))
try:
    raise Exception('a', 'b', 3)
except Exception as e:
    print(str(e), repr(e))
def nested():
    try:
        raise IndexError('x')
    except IndexError:
        try:
            raise
        except IndexError as e2:
            return f'reraised {e2}'
print(nested())
try:
    assert 1 == 2, 'math broke'
except AssertionError as e:
    print('assert', e)
e = None
try:
    raise StopIteration(5)
except StopIteration as si:
    print('stop', si.value)
print(e)
import sys
try:
    raise ValueError('exc info')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
