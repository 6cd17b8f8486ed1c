def f():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("clean") from None
f()
