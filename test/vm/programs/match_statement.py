def describe(v):
    match v:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case int(n) if n < 0:
            return f'negative {n}'
        case float():
            return 'float'
        case str() as s if len(s) > 3:
            return f'long string {s}'
        case str():
            return 'short string'
        case [x, y]:
            return f'pair {x},{y}'
        case [first, *rest]:
            return f'list starting {first} with {len(rest)} more'
        case {'type': 'point', 'x': x, 'y': y}:
            return f'point dict {x},{y}'
        case {'type': t, **others}:
            return f'typed {t} {sorted(others)}'
        case None:
            return 'none'
        case _:
            return 'other'
for v in [0, 2, -5, 1.5, 'hello', 'hi', [1, 2], [1, 2, 3], (4, 5), {'type': 'point', 'x': 1, 'y': 2}, {'type': 'x', 'a': 1, 'b': 2}, None, {1}, 99]:
    print(repr(v), '->', describe(v))
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(0, y):
            return f'on y axis at {y}'
        case Point(x, 0):
            return f'on x axis at {x}'
        case Point(x=x, y=y) if x == y:
            return 'diagonal'
        case Point():
            return 'somewhere'
        case _:
            return 'not a point'
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), 'nope']:
    print(where(p))
def cmd(c):
    match c.split():
        case ['go', direction]:
            return 'going ' + direction
        case ['pick', 'up', *items] if items:
            return 'picking ' + ' and '.join(items)
        case ['quit' | 'exit']:
            return 'bye'
        case []:
            return 'empty'
        case _:
            return 'unknown'
for c in ['go north', 'pick up sword shield', 'quit', 'exit', '', 'dance']:
    print(repr(c), cmd(c))
match (1, [2, 3]):
    case (a, [b, c]):
        print('nested', a, b, c)
match {'k': [1, {'z': 2}]}:
    case {'k': [_, {'z': z}]}:
        print('deep', z)
