def f():
    try:
        raise ValueError('inner')
    except ValueError as e:
        raise ExceptionGroup('grp', [KeyError('k'), TypeError('t')]) from e
try:
    f()
except ExceptionGroup as eg:
    try:
        raise RuntimeError('outer')
    except RuntimeError as r:
        raise ExceptionGroup('top', [r, eg, ExceptionGroup('x', [OSError(2, 'nf')] * 17)])
