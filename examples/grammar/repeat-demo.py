# The `repeat` loop of repeat.ohm. Its hidden loop variable leaves `_` alone:
_ = "my own _"
repeat 3:
    print("hip hip hooray")

n = 0
repeat 4:
    repeat 2:
        n += 1
print("n =", n)

def countdown(k):
    out = []
    repeat k:
        out.append(k)
        k -= 1
        if k == 1:
            break
    return out

print(countdown(5))
repeat 0: print("never")
repeat = [1, 2]
print(repeat)
print(_)
try:
    repeat "x":
        pass
except TypeError as e:
    print(type(e).__name__, "on line", e.__traceback__.tb_lineno)
