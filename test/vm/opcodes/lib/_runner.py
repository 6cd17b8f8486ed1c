# Shared by the opcode snippet files (test/vm/opcodes/*.py): `run(globals())` calls every
# top-level function named t_* in definition order, each under a "--- NAME" line on stdout,
# printing an exception that escapes it as "!! Type: message" so the next snippet still runs.
# `show(f, *args)` calls f and prints its repr or its exception the same way.

import sys


def _exc(e):
    return f'!! {type(e).__name__}: {e}'


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except BaseException as e:
        print('  ' + _exc(e))
        return None
    print('  ' + repr(r))
    return r


def run(ns):
    for name, fn in list(ns.items()):
        if name.startswith('t_') and callable(fn):
            print('---', name)
            try:
                r = fn()
                if r is not None:
                    print('  return', repr(r))
            except BaseException as e:
                print(_exc(e))
                if e.__context__ is not None:
                    print('   context', _exc(e.__context__))
    sys.stdout.flush()
