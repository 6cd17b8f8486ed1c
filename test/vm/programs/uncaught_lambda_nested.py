import functools
ops = {"double": lambda x: x * 2, "bad": lambda x: x.missing_attribute}
def apply(name, value):
    return ops[name](value)
print(apply("double", 21))
print(functools.reduce(lambda acc, n: acc + apply("bad", n), [1, 2], 0))
