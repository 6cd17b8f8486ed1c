VERSION = (1, 2)

def greet(name):
    from .util import shout
    return shout(f"hello {name}")
