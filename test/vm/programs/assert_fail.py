def check(values):
    for v in values:
        assert v > 0, f'value must be positive, got {v}'
    return True
print(check([1, 2]))
check([3, -1])
