"""Runs CPython's regression test driver (`python -m test ARGS...`, i.e. test.libregrtest) in
this process and, at exit, writes where every imported module came from, as JSON, to the file
named by PYC_CPYTESTS_MODULES: {name: {"origin", "cached", "loader"}}. Used by
test/conformance/cpython-tests.ts to prove that the code CPython executed came from the .pyc
files of the stdlib copy under test (and which modules were frozen, built in or extensions)."""
import atexit
import json
import os
import sys


def _dump():
    out = {}
    for name, module in list(sys.modules.items()):
        spec = getattr(module, '__spec__', None)
        loader = getattr(spec, 'loader', None) if spec is not None else getattr(module, '__loader__', None)
        loader_name = loader.__name__ if isinstance(loader, type) else type(loader).__name__
        out[name] = {
            'origin': getattr(spec, 'origin', None) if spec is not None else getattr(module, '__file__', None),
            'cached': getattr(spec, 'cached', None) if spec is not None else getattr(module, '__cached__', None),
            'loader': loader_name,
        }
    path = os.environ.get('PYC_CPYTESTS_MODULES')
    if path:
        with open(path, 'w') as f:
            json.dump(out, f, indent=0, sort_keys=True)


atexit.register(_dump)
sys.argv[0] = 'test'
from test.libregrtest.main import main  # noqa: E402

main(_add_python_opts=True)
