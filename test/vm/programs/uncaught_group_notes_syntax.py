e = ValueError('with note')
e.add_note('note one')
e.add_note('note two\nsecond line')
raise ExceptionGroup('g', [e, SyntaxError('bad', ('f.py', 3, 5, 'x = (1,\n', 3, 7))])
