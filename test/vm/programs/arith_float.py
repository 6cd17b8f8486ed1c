# float repr and arithmetic
vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789.0, 1e-5, 0.0001, 1e22, 1.5e300, 5e-324,
        -0.0, 100.0, 1e100, 3.14159, 2.5, float('inf'), -float('inf'), float('nan'), 1.0 / 7, 12345.6789e10]
for v in vals:
    print(repr(v), str(v))
print(0.1 * 3, 1.1 + 2.2, 3.0 * 1.1, 100 * 1.1)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(2.0 ** 0.5, 2 ** 0.5, 10.0 ** -3, (-8.0) ** 3)
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.5), round(2.5), round(-0.5))
print(float('1e5'), float(' -12.5 '), float('1_000.25'), float(7))
print(1.0 == 1, 0.5 < 1, 2.0 > 1.9999999, float('nan') == float('nan'))
print(int(2.9), int(-2.9), (2.5).is_integer(), (4.0).is_integer(), (0.75).as_integer_ratio())
print(abs(-3.5), max(1.5, 2), min(-0.0, 0.0))
print(1e300 * 1e10, -1e300 * 1e10)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(f"{3.14159:.2f} {2.5:.0f} {0.5:.0f} {1234567.891:,.2f} {0.000123:e} {1e10:g} {123.456:g} {1.0:g}")
print(f"{12.5:%} {0.25:.1%} {3.0:10.3f}| {-3.0:+.1f} {3.0: .1f} {42.0:08.2f}")
print('%.3f %e %g %10.2f %-10.2f| %05.1f' % (3.14159, 12345.678, 0.00001234, 2.5, 2.5, 9.87))
print(format(1/3, '.15g'), format(2/3, '.17g'), format(1e-7, ''), format(123.0, ''))
print(hash(0.5), hash(1.5), hash(-2.25), hash(1e20))
