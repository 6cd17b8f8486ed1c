from fractions import Fraction
from decimal import Decimal, getcontext, ROUND_HALF_UP

a = Fraction(1, 3) + Fraction(1, 6)
print(a, repr(a), a.numerator, a.denominator, float(a))
print(Fraction("3.1415"), Fraction(0.5), Fraction(7, -21), Fraction(5, 4) ** 2)
print(sum(Fraction(1, n) for n in range(1, 8)))
print(Fraction(355, 113).limit_denominator(10), round(Fraction(7, 2)), Fraction(1, 3) < 0.34)
d = Decimal("1.10") + Decimal("2.20")
print(d, repr(d), Decimal("1") / Decimal("7"))
getcontext().prec = 10
print(Decimal(1) / Decimal(3), Decimal("2").sqrt())
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("-0"), Decimal("1e5").normalize())
print(Decimal(0.1), Decimal("10") ** 20, int(Decimal("42.9")), Decimal("3.5").to_integral_value())
print(sorted([Decimal("1.5"), Decimal("0.2"), Decimal("10")]), max(Decimal(1), Decimal("1.0")))
