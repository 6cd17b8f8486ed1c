def compute(a, b, c):
    return (a * b
            + c["key"]
            - a)

print(compute(2, 3, {"key": 4}))
print(compute(2, 3, {"other": 4}))
