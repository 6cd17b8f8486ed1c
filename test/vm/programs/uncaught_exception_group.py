def f():
    raise ExceptionGroup("problems", [ValueError("bad value"), TypeError("bad type")])
f()
