def level3(x):
    return x.upper()
def level2(x):
    return level3(x) + "!"
def level1(items):
    return [level2(i) for i in items]
print(level1(["a", "b"]))
print(level1(["c", 4]))
