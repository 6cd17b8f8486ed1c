from decimal import Decimal, getcontext

def ratio(a, b):
    return Decimal(a) / Decimal(b)

getcontext().prec = 6
print(ratio(1, 3))
print(ratio(2, 0))
