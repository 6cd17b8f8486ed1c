"""Spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1), by the
power method (the classic benchmark-game algorithm; float division, function calls, zip, sum
over generator expressions), for the 200x200 corner. Size: power-method iterations (the
classic program makes 10)."""
import sys

DEFAULT_SIZE = 24


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v):
    n = len(v)
    return [sum(a(i, j) * vj for j, vj in enumerate(v)) for i in range(n)]


def mul_atv(v):
    n = len(v)
    return [sum(a(j, i) * vj for j, vj in enumerate(v)) for i in range(n)]


def mul_atav(v):
    return mul_atv(mul_av(v))


def main(iterations):
    n = 200
    u = [1.0] * n
    v = u
    for _ in range(iterations):
        v = mul_atav(u)
        u = mul_atav(v)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    print("%.9f" % (vbv / vv) ** 0.5)


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
