# unless-demo.py in plain Python, line for line (the test compares what both print).
def describe(n):
    if not n % 2:
        return f"{n} is even"
    return f"{n} is odd"

for n in range(4):
    print(describe(n))

items = []
if not items:
    print("no items")
else:
    print("items:", items)

unless = "still a name"
print(unless)

if not len(unless) < 5: print("one-line block")

try:
    if not 1 / 0:
        pass
except ZeroDivisionError as e:
    print("raised on line", e.__traceback__.tb_lineno)
