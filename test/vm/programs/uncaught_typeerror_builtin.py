def total(items):
    return sum(items) + len(items)

print(total([1, 2, 3]))
values = {"a": 1, "b": "2"}
print(total(list(values.values())))
