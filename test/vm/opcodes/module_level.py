# IMPORT_NAME, IMPORT_FROM, IMPORT_STAR, SETUP_ANNOTATIONS, PRINT_EXPR (mode 'single'), and the
# module-level forms (STORE_NAME/LOAD_NAME of imports, annotations of a module and a class body)
from _runner import run, show
import sys, types

# SETUP_ANNOTATIONS at module level; an annotated name without a value only records it
mod_a: int = 1
mod_b: 'str'
print('module annotations', __annotations__)

# IMPORT_STAR at module level (only allowed there)
from keyword import *
print('kwlist' in dir(), 'iskeyword' in dir(), '_private' in dir())

sys.modules['star_src'] = star_src = types.ModuleType('star_src')
star_src.public, star_src._hidden = 'pub', 'hid'
from star_src import *
print(public, '_hidden' in dir())
star_src.__all__ = ['_hidden']
from star_src import *
print(_hidden)


def t_import_name():
    import os
    import os.path
    import os.path as osp
    import collections.abc as cabc

    print(os.path is osp, cabc.__name__, os.__name__)
    print(__import__('os.path').__name__, __import__('os.path', fromlist=['x']).__name__)


def t_import_name_errors():
    def a():
        import no_such_module_xyz
    def b():
        import os.no_such_sub
    def c():
        from . import sibling
    def d():
        import sys as s, no_such_module_2
    for f in (a, b, c, d):
        show(f)


def t_import_from():
    from os import path, sep
    from os.path import join as j
    from collections import abc
    print(path.__name__, sep, j('a', 'b'), abc.__name__)
    def missing():
        from os import no_such_name_q
    show(missing)
    sys.modules['fake_mod'] = m = types.ModuleType('fake_mod')
    def missing_no_file():
        from fake_mod import nope
    show(missing_no_file)
    m.__getattr__ = lambda name: 'module __getattr__ ' + name
    from fake_mod import anything
    print(anything)
    del sys.modules['fake_mod']


def t_import_from_submodule_fallback():
    # IMPORT_FROM falls back to sys.modules['pkg.name'] when the attribute is missing
    pkg = types.ModuleType('fakepkg')
    pkg.__path__ = []
    sub = types.ModuleType('fakepkg.sub')
    sys.modules['fakepkg'] = pkg
    sys.modules['fakepkg.sub'] = sub
    from fakepkg import sub as s
    print(s is sub)
    del sys.modules['fakepkg'], sys.modules['fakepkg.sub']


def t_import_star_in_exec():
    ns = {}
    exec(compile('from string import *', '<snippet>', 'exec'), ns)
    print('ascii_letters' in ns, 'Template' in ns, '_re' in ns)
    sys.modules['bad_all'] = bad = types.ModuleType('bad_all')
    bad.__all__ = ['ok', 1]
    bad.ok = 1
    show(exec, compile('from bad_all import *', '<snippet>', 'exec'), {})
    bad.__all__ = ['ok', 'missing_name']
    show(exec, compile('from bad_all import *', '<snippet>', 'exec'), {})
    del bad.__all__
    bad.__dict__[5] = 'non-str key'
    show(exec, compile('from bad_all import *', '<snippet>', 'exec'), {})
    del sys.modules['bad_all']
    show(exec, compile('from no_such_mod_star import *', '<snippet>', 'exec'), {})


def t_import_override():
    import builtins
    real = builtins.__import__
    def fake(name, globals=None, locals=None, fromlist=(), level=0):
        print('__import__', name, fromlist, level)
        return real(name, globals, locals, fromlist, level)
    builtins.__import__ = fake
    try:
        import sys
        from os import sep
        import os.path as p
    finally:
        builtins.__import__ = real


def t_setup_annotations_class():
    class C:
        x: int
        y: 'list[str]' = []
        z = 1
    print(C.__annotations__, C.y, 'x' in C.__dict__)
    def f():
        local: int = 5      # function annotations are not evaluated or stored
        return local
    print(f(), f.__annotations__)
    class D:
        __annotations__ = {'pre': 'set'}
        a: int
    print(D.__annotations__)


def t_setup_annotations_exec():
    ns = {}
    exec(compile('a: int = 1\nb: str', '<snippet>', 'exec'), ns)
    print(ns['__annotations__'], 'b' in ns)
    class M(dict):
        def __setitem__(self, k, v):
            print('set', k)
            super().__setitem__(k, v)
    exec(compile('q: float = 2.0', '<snippet>', 'exec'), {}, M())


def t_print_expr():
    import builtins
    exec(compile('1 + 1', '<snippet>', 'single'))
    exec(compile('None', '<snippet>', 'single'))
    exec(compile("'text'", '<snippet>', 'single'))
    print('_ =', builtins._)
    exec(compile('x = 5\nx', '<snippet>', 'exec'))
    old = sys.displayhook
    sys.displayhook = lambda v: print('custom hook', repr(v))
    try:
        exec(compile('[1, 2]', '<snippet>', 'single'))
        exec(compile('for i in range(2): i\n', '<snippet>', 'single'))
        del sys.displayhook
        show(exec, compile('3', '<snippet>', 'single'))
    finally:
        sys.displayhook = old


run(globals())
