from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
@dataclass
class Circle:
    center: Point
    r: float
def describe(obj):
    match obj:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y) | Point(x=y, y=0):
            return f"axis at {y}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=c, r=r):
            return f"circle r={r} c={c}"
        case [Point() as p, *rest]:
            return f"points starting {p} (+{len(rest)})"
        case {"type": "rect", "w": w, "h": h, **others}:
            return f"rect {w}x{h} extra={others}"
        case str() as s if s.isdigit():
            return f"digits {s}"
        case int(n) | float(n):
            return f"number {n}"
        case (1, 2, *_):
            return "starts 1,2"
        case None:
            return "none"
        case _:
            return f"other {obj!r}"
for o in [Point(0, 0), Point(0, 5), Point(3, 0), Circle(Point(1, 2), 20), Circle(Point(1, 2), 2), [Point(1, 1), 2, 3],
          {"type": "rect", "w": 2, "h": 3, "color": "red"}, "123", "abc", 7, 2.5, (1, 2, 3), None, [1, 2]]:
    print(describe(o))
def cmd(command):
    match command.split():
        case ["go", ("north" | "south") as d]:
            return f"going {d}"
        case ["take", item, *more] if more:
            return f"taking {item} and {more}"
        case ["take", item]:
            return f"taking {item}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case _:
            return "unknown"
print([cmd(c) for c in ["go north", "go west", "take lamp", "take a b c", "exit", "", "dance"]])
class Color:
    RED = "red"
    GREEN = "green"
def color(c):
    match c:
        case Color.RED: return "stop"
        case Color.GREEN: return "go"
        case _: return "?"
print(color("red"), color("green"), color("blue"))
match {"a": 1, "b": [1, 2]}:
    case {"b": [_, second]}:
        print("second", second)
