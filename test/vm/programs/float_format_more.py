for spec in ['.4', '.0', '.1', '#.0e', '#.3g', '#g', '#.0f', '#e', '.3', '10.2', '', '#', '#.2', 'g', '.2g', '.10']:
    print(spec, [format(v, spec) for v in [123.456, 1234.56, 12345.6, 0.01, 1e16, 1.0, 100.0, 0.0001234, 1e-5, 5e-324]])
print('%#.0e' % 0.01, '%#.3g' % 1.0, '%#x' % 255, '%#o' % 8, '%.0f' % 2.5, '%#.0f' % 2.5, '%r' % 1e16, '%s' % 1e-5)
print(float.fromhex('0x1p-1074'), float.fromhex('0x1.8p-1073'), float.fromhex('-0x0.0000000000001p-1022'), float.fromhex('0x1.fffffffffffffp1023'))
