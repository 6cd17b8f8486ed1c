def risky():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])

try:
    risky()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", eg.exceptions)
except* KeyError:
    print("key")

eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("sub", [TypeError(2), ValueError(3)])])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
try:
    try:
        raise ExceptionGroup("g", [OSError("o"), ZeroDivisionError("z")])
    except* OSError:
        print("handled os")
except ExceptionGroup as e:
    print("leftover", repr(e))
e = ValueError("note me")
e.add_note("first note")
e.add_note("second")
print(e.__notes__)
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt()])
except BaseExceptionGroup as bg:
    print(type(bg).__name__, bg.exceptions)
print(type(ExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
