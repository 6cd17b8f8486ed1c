import sys
print(format(1234567.891, ',.2f'), format(255, '#x'), format(255, '08b'), format(3.14159, '.3e'), format(0.5, '%'), format('s', '^9'), format(-3, '+05d'), format(1e20, 'g'), format(12345.678, '_.1f'))
print(repr(1e16), repr(1e-5), repr(0.1 + 0.2), 1e22, float('inf'), -float('nan'), 2.5e-324 if False else 5e-324, 1.7976931348623157e308, round(2.675, 2), round(0.5), round(1.5), round(-0.5))
print(divmod(-7, 2), divmod(7.5, -2), -7 // 2, -7 % 2, 7 % -3, 2 ** -1, 2 ** 100, pow(3, 4, 5), pow(3, -1, 7), abs(-0.0), int('  42  '), int('0x1f', 16), int('1_000'), float(' 1e3 '))
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(2**61), hash(-2**61), hash(0.5), hash(1e300), hash(float('inf')), hash((1, 2)), hash(()), hash(''), hash(frozenset()))
print(sorted([3, 1, 2], reverse=True), sorted('bca'), sorted([(1, 'b'), (1, 'a')], key=lambda t: t[1]), min([], default=0), max('abc', key=ord), min(3, 1, 2))
print(list(zip([1, 2], 'ab', strict=False)), list(enumerate('ab', start=5)), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, '', 'a'])), list(reversed(range(3))))
print(sum([1, 2], 10), sum([[1], [2]], []), any([]), all([]), chr(0x1F600), ord('€'), bin(-5), oct(8), hex(-255), ascii('é😀'), repr('é\n\x00'))
print(isinstance(True, int), issubclass(bool, (str, int)), callable(len), getattr(1, 'real'), getattr(1, 'zz', 'dflt'), hasattr([], 'append'), type(3).__name__, type('X', (), {'a': 1})().a)
print(vars(type('Y', (), {'b': 2})).get('b'), dir([])[:3], id(1) == id(1), len(dir(object)), type(iter(lambda: 1, 1)).__name__, next(iter([]), 'end'), slice(1, 2, 3), range(1, 10, 3)[1:], range(5)[-1])
print(eval('1 + 2'), eval('x * 2', {'x': 5}), exec('y = 3') or 'ok', compile('1', '<s>', 'eval').co_filename, globals()['__name__'], __name__, locals() is globals())
print(bytes([65, 66]), bytearray(b'ab') + b'c', b'abc'.hex(), bytes.fromhex('4142'), b'a,b'.split(b','), memoryview(b'ab')[0], b'%d-%s' % (1, b'x'), str(b'x', 'ascii'), 'é'.encode(), b'\xc3\xa9'.decode())
print(complex(1, 2) * 1j, abs(3 + 4j), (1 + 2j).conjugate(), complex('1+2j'), 1j ** 2, repr(-0j), complex(1, -0.0))
print('%s %r %5.2f %-5d| %x %o %e %c %%' % ('a', 'b', 3.14159, 42, 255, 8, 12345.678, 65), '%(a)s' % {'a': 1})
print(f'{3.0:g} {1e-7:g} {123456789:,} {0.1:.20f} {1/3:.15g} {"x":*^7} {-0.0} {12:#o} {1e300*10:f}')
print('abc'.center(9, '-'), 'a b c'.split(None, 1), 'a\tb'.expandtabs(4), 'ß'.upper(), 'İ'.lower(), 'ǅ'.title(), 'hello world'.title(), 'ab'.zfill(5), '-12'.zfill(5), 'x'.join('abc'))
print('abcabc'.rfind('b'), 'abc'.partition('b'), 'a,b,,c'.rsplit(',', 1), '  x  '.strip(), 'xxhixx'.strip('x'), 'Hello'.swapcase(), 'abc'.translate(str.maketrans('ab', 'xy', 'c')), '12'.isdigit(), '½'.isnumeric(), 'ab'.isidentifier())
print(str.removeprefix('prefix', 'pre'), 'a\nb\r\nc'.splitlines(True), 'abc'.startswith(('x', 'a')), 'aaa'.count('aa'), 'abc'.casefold(), '{0}{1}{0}'.format('a', 'b'), '{:{w}}|'.format(1, w=4), 'é'.center(3).encode())
d = {'a': 1}; d |= {'b': 2}; print(d, d | {'c': 3}, list(d.items()), dict.fromkeys('ab', 0), d.setdefault('z', []), d.pop('a'), d.popitem(), {**d, 'q': 1}, dict(zip('ab', [1, 2])), {1: 2}.get(3))
s = {3, 1, 2}; print(s | {4}, s & {1, 9}, s - {1}, s ^ {1, 5}, {1, 2} <= {1, 2, 3}, frozenset([1, 2]) == {1, 2}, set('aab'), {x % 3 for x in range(10)})
l = [3, 1, 2]; l.sort(key=lambda x: -x); print(l, l * 2, l[::-1], l.index(1), l.count(3), [1, 2] < [1, 3], [[0] * 2] * 2, l.copy(), l[5:], l[-10:2])
class Slotted:
    __slots__ = ('a', 'b')
o = Slotted(); o.a = 1
try: o.c = 3
except AttributeError as e: print(e)
try: o.b
except AttributeError as e: print(e)
class G:
    def __getattr__(self, n): return n * 2
    def __getitem__(self, i): return i
    def __len__(self): return 3
    def __contains__(self, x): return x == 'q'
    def __call__(self, *a, **k): return a, k
    def __bool__(self): return False
    def __repr__(self): return 'G()'
    def __format__(self, spec): return 'fmt:' + spec
g = G(); print(g.foo, g[1:2], len(g), 'q' in g, g(1, x=2), bool(g), f'{g:abc}', [g], str(g))
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __eq__(self, o): return isinstance(o, Num) and self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f'Num({self.v})'
    def __index__(self): return self.v
print(Num(1) + 2, 3 + Num(1), sum([Num(1), Num(2)]), sorted([Num(3), Num(1)]), Num(2) > Num(1), [10, 20, 30][Num(1)], hex(Num(255)), {Num(1): 'x'}[Num(1)])
try: Num(1) < 3
except AttributeError as e: print('AE', e)
try: 1 + 'a'
except TypeError as e: print(e)
try: [1][5]
except IndexError as e: print(e)
try: {}['k']
except KeyError as e: print(repr(e), str(e))
try: int('x')
except ValueError as e: print(e)
try: None.foo
except AttributeError as e: print(e)
try: len(5)
except TypeError as e: print(e)
try: 'a' < 1
except TypeError as e: print(e)
try: f = lambda x: x; f(1, 2)
except TypeError as e: print(e)
try: import nosuchmod
except ImportError as e: print(e, e.name)
try: undefined_name
except NameError as e: print(e)
print(sys.version_info[:2], sys.maxsize, sys.byteorder, sys.platform, sys.float_info.epsilon, sys.getrecursionlimit(), sys.int_info.bits_per_digit, type(sys.stdout).__name__)
print(int.from_bytes(b'\x01\x00', 'little'), (1024).to_bytes(2, 'big'), (255).bit_length(), (7).bit_count(), (10).as_integer_ratio(), (0.75).as_integer_ratio(), (1.5).hex(), float.fromhex('0x1.8p1'), (3.0).is_integer())
print(object.__subclasses__ if False else '', int.__mro__, bool.__bases__, type.__name__, object().__class__, super, property, classmethod, staticmethod)
print(memoryview(bytearray(b'abcd'))[1:3].tobytes(), list(memoryview(b'ab')), bytes(3), bytearray(2), b'ab' * 2, b'abc'[1], b'abc'[1:], bytes(range(3)))
