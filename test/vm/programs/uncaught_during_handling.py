def cleanup():
    raise RuntimeError('cleanup failed')
try:
    [1, 2][5]
except IndexError:
    cleanup()
