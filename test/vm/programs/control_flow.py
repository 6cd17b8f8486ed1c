for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    print('i', i)
else:
    print('no break')
for i in range(3):
    pass
else:
    print('loop finished', i)
n = 0
while n < 10:
    n += 3
    if n == 6:
        print('six')
else:
    print('while done', n)
x = 5
print('big' if x > 3 else 'small', x > 3 and x < 10, x < 3 or x == 5, not x)
print(1 < x < 10, 1 < x > 4, 0 < x < 3)
if x == 1:
    print('one')
elif x == 5:
    print('five')
else:
    print('other')
print(None or 0 or '' or 'last', 1 and 2 and 3, 0 and 1, [] or {})
total = 0
for a, b in [(1, 2), (3, 4)]:
    total += a * b
print(total)
for idx, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(idx, k, v)
if (y := x * 2) > 5:
    print('walrus', y)
data = [1, 2, 3, 4]
while data:
    item = data.pop()
    if item == 2:
        break
print(data)
