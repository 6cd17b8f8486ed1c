"""Negative control for cpython-tests.ts: rewrites a .pyc in place so that one code object differs
from what the compiler made in one field, as a compiler bug would: in the code object whose
co_qualname is QUALNAME, the int constant OLD in co_consts becomes NEW. The 16-byte header is kept.
    python3 cpython-tests-mutate.py FILE.pyc QUALNAME OLD NEW"""
import marshal
import sys
import types


def mutate(code, qualname, old, new):
    consts = []
    changed = 0
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            c, n = mutate(c, qualname, old, new)
            changed += n
        elif code.co_qualname == qualname and type(c) is int and c == old:
            c = new
            changed += 1
        consts.append(c)
    return code.replace(co_consts=tuple(consts)), changed


path, qualname, old, new = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
with open(path, 'rb') as f:
    data = f.read()
code, changed = mutate(marshal.loads(data[16:]), qualname, old, new)
if changed != 1:
    sys.exit(f'{path}: {changed} constants {old} in {qualname}, expected 1')
with open(path, 'wb') as f:
    f.write(data[:16] + marshal.dumps(code))
