# repeat-demo.py in plain Python, line for line (the test compares what both print).
_ = "my own _"
for _i in range(3):
    print("hip hip hooray")

n = 0
for _i in range(4):
    for _i in range(2):
        n += 1
print("n =", n)

def countdown(k):
    out = []
    for _i in range(k):
        out.append(k)
        k -= 1
        if k == 1:
            break
    return out

print(countdown(5))
for _i in range(0): print("never")
repeat = [1, 2]
print(repeat)
print(_)
try:
    for _i in range("x"):
        pass
except TypeError as e:
    print(type(e).__name__, "on line", e.__traceback__.tb_lineno)
