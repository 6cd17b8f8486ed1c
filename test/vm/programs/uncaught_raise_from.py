class ConfigError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError(f"bad config value {s!r}") from e

def load():
    return [parse(v) for v in ["1", "2", "x3"]]

load()
