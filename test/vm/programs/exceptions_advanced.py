def finally_return():
    try:
        raise ValueError('x')
    finally:
        return 'finally wins'
print(finally_return())
def nested_finally():
    out = []
    try:
        try:
            out.append('inner try')
            raise KeyError('k')
        finally:
            out.append('inner finally')
    except KeyError:
        out.append('outer except')
    finally:
        out.append('outer finally')
    return out
print(nested_finally())
class ResourceError(Exception):
    def __init__(self, resource, msg):
        super().__init__(msg)
        self.resource = resource
    def __str__(self):
        return f'[{self.resource}] {self.args[0]}'
try:
    raise ResourceError('db', 'connection lost')
except ResourceError as e:
    print(e, e.resource, repr(e))
try:
    raise ExceptionGroup('group', [ValueError('v'), TypeError('t'), ValueError('v2')])
except* ValueError as eg:
    print('values', [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print('types', [str(e) for e in eg.exceptions])
try:
    try:
        raise ExceptionGroup('g', [KeyError('a'), OSError('b')])
    except* KeyError:
        print('handled key')
except ExceptionGroup as e:
    print('remaining', repr(e), [type(x).__name__ for x in e.exceptions])
eg = ExceptionGroup('many', [ValueError(1), ExceptionGroup('sub', [TypeError(2)])])
m, r = eg.split(TypeError)
print(repr(m), repr(r))
e = ValueError('with note'); e.add_note('note one'); e.add_note('note two'); print(e.__notes__)
def gen_fail():
    yield 1
    raise IndexError('gen failure')
try:
    list(gen_fail())
except IndexError as err:
    print('from generator:', err)
try:
    int('nope')
except ValueError as e:
    print(e.args)
try:
    raise TypeError from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__)
errors = []
for exc_type in (ValueError, TypeError, KeyError, IndexError, AttributeError, ZeroDivisionError, RuntimeError, NotImplementedError):
    try:
        raise exc_type('msg')
    except (LookupError, ArithmeticError) as e:
        errors.append(('lookup/arith', type(e).__name__))
    except Exception as e:
        errors.append(('other', type(e).__name__))
print(errors)
print(issubclass(KeyError, LookupError), issubclass(NotImplementedError, RuntimeError), OSError is IOError, issubclass(FileNotFoundError, OSError))
try:
    open('/nonexistent/file.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
