def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f'bad input {s!r}') from e
def load():
    try:
        parse('xyz')
    except RuntimeError:
        {}['missing']
load()
