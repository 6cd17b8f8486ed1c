def gen():
    yield 1
    raise KeyError('in gen')
for x in map(lambda v: v * 2, gen()):
    print(x)
