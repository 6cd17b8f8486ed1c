import math
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 2.5, 1e16, 1.5e-7, 123456789.123, 1e300, 5e-324, math.pi, math.e, float("inf"), float("-inf"), float("nan")]
for v in vals:
    print(repr(v), str(v), v.is_integer() if math.isfinite(v) else "-", math.isnan(v), hash(v) if not math.isnan(v) else "h", f"{v:.3g}", f"{v:e}", format(v, ""))
for a in [7.5, -7.5, 0.1, 1e10]:
    for b in [2.0, -2.0, 0.3, 3]:
        print(a / b, a // b, a % b, divmod(a, b), a ** 2, round(a / b, 3), sep=" ", end=" | ")
    print()
print(0.1 + 0.2 == 0.3, abs(-2.5), round(0.125, 2), round(0.375, 2), round(2.5), round(-2.5), round(1e20), round(1.5e-10, 12))
print(float("1e-400"), float("  12.5  "), float("-Infinity"), float("nan") == float("nan"), 1e308 * 10, -(1e308 * 10))
print(math.sqrt(2), math.sin(1), math.cos(1), math.tan(1), math.exp(1), math.log(10), math.log10(1000), math.log2(8), math.log(8, 2))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fabs(-3), math.copysign(1, -0.0), math.fmod(-7, 3), math.hypot(3, 4))
print(math.atan2(1, -1), math.degrees(math.pi), math.radians(180), math.isclose(1.0, 1.0 + 1e-10), math.fsum([0.1] * 10), sum([0.1] * 10))
print((2.5).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"), (3.0).__trunc__(), float(10**20), int(1e20), 1e22, 1e21, 1e-5, 0.0001)
print(7.0 // 0.1, 7.0 % 0.1, -0.0 + 0.0, 0.0 * -1, (-1.0) ** 0.5 if False else "", 2.0 ** 0.5, 10 ** -1, 2 ** 0.5, 1 / 3 * 3)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    (10.0) ** 400
except OverflowError as e:
    print(e)
print(max(1, 2.0), min(-0.0, 0.0), sorted([3, 1.5, 2]), 1 < 1.0000000001, 2**63 == 2.0**63, 9007199254740993 == 9007199254740992.0)
print(f"{1234.5678:10.2f}|{0.000123:.2e}|{1e100:.3}|{123.0:g}|{1.0:.0f}|{0.5:.0f}|{1.5:.0f}|{2.675:.2f}|{1e-7:f}")
