import math
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(30), fact(52))
print(math.factorial(40) == fact(40), len(str(fact(200))))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
n = 2 ** 200 + 12345
print(n % 1000000007, n // 3 ** 50, -n // 7, -n % 7, divmod(n, -10 ** 20))
print(pow(7, 10 ** 18, 10 ** 9 + 7), pow(3, 200), (1 << 100) | (1 << 3), ((1 << 100) - 1) & 0xFFFF, (1 << 100) ^ 1)
print(int('9' * 50) + 1, str(10 ** 40), hex(2 ** 70), oct(2 ** 40), bin(2 ** 65))
print(-(2 ** 70) >> 3, (2 ** 70) >> 65, ~(2 ** 70), abs(-(10 ** 25)))
print(10 ** 30 / 10 ** 10, (10 ** 30 + 1) / 3, 2 ** 100 / 2 ** 50, 1 / 2 ** 60)
print(math.gcd(2 ** 64, 6 ** 30), math.isqrt(10 ** 40 + 1), math.comb(100, 50))
print((2 ** 64).bit_length(), (-(2 ** 64)).bit_length(), int.from_bytes(b'\xff' * 10, 'big'), (2 ** 70).to_bytes(9, 'big'))
print(2 ** 64 == 18446744073709551616, 2 ** 53 + 1 > 2 ** 53, float(2 ** 53 + 1), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)))
print(round(123456789123456789, -5), round(-15, -1), round(25, -1))
x = 12345678901234567890
print(x * x * x, x ** 5 % 97, str(x)[::-1])
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30))
print(f'{2**70:,}', f'{2**70:x}', f'{-2**70:>40}', format(10**20, '_'))
