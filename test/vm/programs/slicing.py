s = list(range(10))
print(s[2:8:2], s[::-1], s[-3:], s[:-3], s[8:2:-2], s[100:], s[-100:3], s[::3], s[1::-1])
t = tuple(range(6)); print(t[1:4], t[::-2], t[5:0:-1])
st = 'abcdefghij'; print(st[1:9:3], st[::-2], st[-4:-1], st[:0], st[5:2])
sl = slice(1, 8, 2); print(s[sl], sl.indices(5), sl, slice(3), slice(None, None, -1).indices(4))
s2 = s[:]; s2[2:5] = ['x']; print(s2)
s3 = s[:]; s3[::2] = 'abcde'; print(s3)
s4 = s[:]; del s4[::3]; print(s4)
s5 = s[:]; s5[1:1] = [99, 98]; print(s5)
s6 = s[:]; s6[-2:] = []; print(s6)
try:
    s7 = s[:]; s7[::2] = [1, 2]
except ValueError as e:
    print(e)
b = b'hello world'; print(b[1:5], b[::-1], b[0], b[-1:])
print([1, 2, 3][True], 'xyz'[-True])
class S:
    def __getitem__(self, k): return k
print(S()[1:2], S()[1:2, 3], S()[::2], S()[...])
m = [[1, 2, 3], [4, 5, 6]]
print([row[1:] for row in m], m[1][::-1])
r = range(10, 0, -2); print(r[1:3], list(r[::2]), r[-1], list(range(5)[::-1]))
