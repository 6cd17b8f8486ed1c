# The pipe operator of pipe.ohm:
#   pyc build --grammar examples/grammar/pipe.ohm --actions examples/grammar/pipe.js \
#       examples/grammar/pipe-demo.py -o /tmp/pipe-demo.pyc && python3 /tmp/pipe-demo.pyc
def double(xs):
    return [x * 2 for x in xs]

def shout(s):
    return s.upper() + "!"

words = ["pipe", "lines", "read", "left", "to", "right"]
print(words |> len)
print(words |> sorted |> double |> len)
print("hello" |> shout)
print([3, 1, 2] |> sorted |> sum |> str |> shout)
total = range(5) |> list |> sum
print(f"total={total |> str}")
empty = [] or [1, 2] |> len
print(empty)

def check(n):
    return n |> (lambda k: k / 0)

try:
    check(1)
except ZeroDivisionError as e:
    import traceback
    tb = traceback.extract_tb(e.__traceback__)[-1]
    print("raised on line", tb.lineno)
