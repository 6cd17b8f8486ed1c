# FORMAT_VALUE (conversions !s !r !a, format specs, nested specs), BUILD_STRING
from _runner import run, show


def t_format_value_plain():
    x, s, f = 42, 'héllo', 3.14159
    print(f'{x}', f'{s}', f'{f}', f'{None}', f'{[1, "a"]}', f'{x}{s}')


def t_format_value_conversions():
    s = 'héllo\n'
    print(f'{s!s}|{s!r}|{s!a}', f'{1.5!r}', f'{"q"!a:>6}')
    class C:
        def __str__(self): return 'C.str'
        def __repr__(self): return 'C.repr'
        def __format__(self, spec): return 'C.format(' + spec + ')'
    c = C()
    print(f'{c}', f'{c!s}', f'{c!r}', f'{c!a}', f'{c:spec}', f'{c!r:>8}')


def t_format_value_specs():
    x, f, s = 255, 1234.5678, 'ab'
    w, p = 10, 2
    print(f'{x:x}|{x:#o}|{x:08b}|{x:,}|{x:_x}|{x:+d}|{x:^9}|{x:e}')
    print(f'{f:.2f}|{f:{w}.{p}f}|{f:<{w}}|{f:g}|{f:%}|{f:,.1f}|{-f:=+12.1f}')
    print(f'{s:*^{w}}|{s!r:>{w}}|{s:.1}|{True:d}|{3+4j:.1f}')
    class Date:
        def __format__(self, spec): return spec.replace('%Y', '2020')
    print(f'{Date():%Y/%m}', f'{Date():{"%Y"}}')


def t_format_value_errors():
    x = 5
    show(lambda: f'{x:q}')
    show(lambda: f'{"s":d}')
    show(lambda: f'{1.5:x}')
    show(lambda: f'{x:,s}')
    show(lambda: f'{object():>5}')
    show(lambda: f'{None:5}')
    class BadFormat:
        def __format__(self, spec): return 5
    show(lambda: f'{BadFormat()}')
    class BadStr:
        def __str__(self): return 5
    show(lambda: f'{BadStr()}')
    class RaisingRepr:
        def __repr__(self): raise ValueError('repr failed')
    show(lambda: f'{RaisingRepr()!r}')
    show(lambda: f'{x:{"<" * 3}}')


def t_build_string():
    a, b, n = 'x', 'y', 3
    print(f'a={a}, b={b}, n={n}!', f'{a}{b}{n}', f'{a!r}-' f'{b}' 'tail', f'{"nested " + f"{n}"}')
    print(f'{n=}', f'{a = !r}', f'{n + 1 = :>4}')
    print(f'{{literal}} {n}', len(f'{a * 1000}'))


def t_str_percent_and_format_method():
    print('%s|%r|%5d|%-5s|%.2f|%x|%c|%%' % ('s', 's', 42, 'ab', 2.5, 255, 65))
    print('{} {!r} {:>4} {k}'.format(1, 'a', 'b', k='kw'), format(12, '04'))
    show(lambda: '{}'.format())
    show(lambda: '{0} {}'.format(1, 2))
    show(lambda: '{:d}'.format('x'))


def t_format_spec_matrix():
    # FORMAT_VALUE with a spec on every builtin kind
    vals = [0, -5, 255, 2**70, 1.5, -0.0, 1e20, 1e-7, float('inf'), float('nan'), True, 'str', 3+4j, None]
    specs = ['', '>8', '<8', '^8', '=8', '+', ' ', '#x', '08.3f', ',', '_', '.3', '.3g', 'e', 'E', '%', 'n', 'c', 'b', 'o', 'X', '#b', '10.2e', '-^10', '0>5', '.0f', '#.0f', 'g', '#g', '.2%', 's', 'd', 'z.1f', '=+10d', ',.2f', '_b']
    for v in vals:
        out = []
        for s in specs:
            try: out.append(f'{v:{s}}')
            except Exception as e: out.append(type(e).__name__ + ':' + str(e))
        print(repr(v), out)
    show(lambda: format(1, '%%'))
    show(lambda: format(1.0, ',_'))
    show(lambda: format('x', '=5'))
    show(lambda: format(10, '.2d'))
    show(lambda: format(2**64, 'c'))
    show(lambda: format(1.5, 'c'))
    show(lambda: format(1, 'z'))
    show(lambda: f'{1:{"x"}{">"}}')
    show(lambda: format(12345.678, '015,.2f'))
    show(lambda: format(-12345, '015,d'))
    show(lambda: format(1234567, 'n'))
    show(lambda: format(0.1 + 0.2, 'r'))
    show(lambda: format(123.456, '.1e'))
    show(lambda: format(1e16, ''))
    show(lambda: format(1e16, 'g'))
    show(lambda: format(123456789.0, '.10'))
    show(lambda: format(complex(1, -0.0), ''))
    show(lambda: format(complex(0, 1), '>10'))


run(globals())
