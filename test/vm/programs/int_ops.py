vals = [0, 1, -1, 7, -7, 2**31, -2**31, 2**63 - 1, -2**63, 2**64 + 3, 10**30, -(10**25) - 1]
for a in vals:
    for b in [1, -1, 3, -3, 7, 2**33, -(2**65)]:
        print(a // b, a % b, divmod(a, b), a & b, a | b, a ^ b, sep=",", end=" ")
    print()
for a in vals:
    print(a << 3, a >> 2, ~a, -a, abs(a), a.bit_length(), a.bit_count() if hasattr(a, "bit_count") else "", hash(a), int.__index__(a))
print(pow(3, 200, 1000007), pow(2, -1, 7), pow(-3, 3), pow(10, 20), pow(2, 0.5), 2 ** -2, (-8) ** (1/3) if False else "")
print(int("  -0x1F ", 16) if False else int("-0x1F", 16), int("0b101", 0), int("1_000"), int("z", 36), int(3.99), int(-3.99), int(True))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff", "big", signed=True))
print(7 / 2, -7 / 2, 10**20 / 3, 2**1000 // 3**100, (2**100).__sizeof__() > 0, round(123456, -3), round(-5, -1))
print(str(10**50), repr(-10**40), hex(-255), oct(64), bin(-5), f"{10**25:,}", f"{-12345:_}", f"{255:08b}")
print(max(vals), min(vals), sorted(vals)[:3], sum(vals), 5 == 5.0, 2**53 + 1 == float(2**53 + 1), 10**400 > 1e308)
print(divmod(-7, 2), divmod(7, -2), -7 // 2, -7 % 2, 7 % -2, (-7).__floordiv__(2), 0 ** 0, (-2) ** 3)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
print(True + True, True * 3, -True, ~True, True & False, True | 2, bool(0), bool(-1), isinstance(True, int))
import math
print(math.gcd(12, 18, 30), math.lcm(4, 6), math.isqrt(10**20 + 1), math.factorial(25), math.comb(50, 7), math.perm(10, 3))
print(int.bit_length(0), (12).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
