# The `unless` statement of unless.ohm (and `unless` is still an ordinary name elsewhere).
def describe(n):
    unless n % 2:
        return f"{n} is even"
    return f"{n} is odd"

for n in range(4):
    print(describe(n))

items = []
unless items:
    print("no items")
else:
    print("items:", items)

unless = "still a name"
print(unless)

unless len(unless) < 5: print("one-line block")

try:
    unless 1 / 0:
        pass
except ZeroDivisionError as e:
    print("raised on line", e.__traceback__.tb_lineno)
