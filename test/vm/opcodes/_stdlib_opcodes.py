# python3 _stdlib_opcodes.py: the evidence behind suite.ts's EXCLUDED list. Compiles every .py
# file under python3's Lib (site-packages included) in mode 'exec' and prints the dis.opmap
# names that no instruction of any code object uses (dis.get_instructions, which hides inline
# CACHE entries). On CPython 3.11.7: 13336 files, never emitted: CACHE, PRINT_EXPR (the latter
# only in mode 'single', which module_level.py's t_print_expr reaches). Takes minutes.

import dis, os, sysconfig, warnings

warnings.simplefilter('ignore')
seen = set()


def walk(code):
    for ins in dis.get_instructions(code):
        seen.add(ins.opname)
    for c in code.co_consts:
        if hasattr(c, 'co_code'):
            walk(c)


n = 0
for root, _dirs, files in os.walk(sysconfig.get_paths()['stdlib']):
    for f in files:
        if f.endswith('.py'):
            path = os.path.join(root, f)
            try:
                with open(path, 'rb') as fh:
                    walk(compile(fh.read(), path, 'exec', dont_inherit=True))
            except Exception:
                continue
            n += 1
print(n, 'files; never emitted:', sorted(set(dis.opmap) - seen))
