def total(a, b, c):
    return a + b * c
x = {'k': [1, 2]}
print(total(1, 2, 3))
print(x['k'][1])
total(1, 'two', None)
