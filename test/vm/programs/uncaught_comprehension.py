data = [3, 2, 1, 0]
def inv(x):
    return 10 // x
result = [inv(x) for x in data]
print(result)
