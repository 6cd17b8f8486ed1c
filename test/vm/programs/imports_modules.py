import helpers
from helpers import Stack, CONSTANT as C
import pkgdemo
from pkgdemo import greet
from pkgdemo.util import shout
import pkgdemo.core as core
print(helpers.CONSTANT, C, helpers.divide(7, 2), helpers.parse_record("bob, 31"), helpers.__doc__, helpers.__name__)
s = Stack(); s.push(1); s.push(2); print(s.pop(), len(s))
print(greet("world"), shout("x"), pkgdemo.VERSION, core.VERSION is pkgdemo.VERSION, pkgdemo.__all__, pkgdemo.util.__name__, pkgdemo.__package__)
import sys
print("helpers" in sys.modules, "pkgdemo.util" in sys.modules, sorted(k for k in sys.modules if k.startswith("pkgdemo")))
import importlib
m = importlib.import_module("pkgdemo.util")
print(m is pkgdemo.util, m.shout("y"))
print(helpers.__file__.endswith("helpers.py"), hasattr(pkgdemo, "__path__"), __name__)
try:
    from pkgdemo import nothing_here
except ImportError as e:
    print(e)
try:
    import helpers.sub
except ModuleNotFoundError as e:
    print(e)
