# pipe-demo.py in plain Python: what its pipes mean, line for line
# (the test in test/lab/ runs both with python3 and compares what they print;
# the line numbers in tracebacks must agree as well).
def double(xs):
    return [x * 2 for x in xs]

def shout(s):
    return s.upper() + "!"

words = ["pipe", "lines", "read", "left", "to", "right"]
print(len(words))
print(len(double(sorted(words))))
print(shout("hello"))
print(shout(str(sum(sorted([3, 1, 2])))))
total = sum(list(range(5)))
print(f"total={str(total)}")
empty = len([] or [1, 2])
print(empty)

def check(n):
    return (lambda k: k / 0)(n)

try:
    check(1)
except ZeroDivisionError as e:
    import traceback
    tb = traceback.extract_tb(e.__traceback__)[-1]
    print("raised on line", tb.lineno)
