def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]
p = sieve(10000)
print(len(p), p[:15], p[-5:], sum(p))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 30000), key=collatz)
print(best, collatz(best))
def digits_sum(n): return sum(int(d) for d in str(n))
print(digits_sum(2 ** 1000), len(str(3 ** 5000)), str(7 ** 77)[:20])
def gcd(a, b):
    while b: a, b = b, a % b
    return a
print(gcd(2**64 + 1, 3**40 - 1), sum(1 for a in range(1, 200) for b in range(a, 200) if gcd(a, b) == 1))
print(sorted({n * n % 17 for n in range(100)}), [n for n in range(2, 60) if all(n % d for d in range(2, n))][-3:])
pascal = [[1]]
for _ in range(10):
    row = pascal[-1]
    pascal.append([1] + [a + b for a, b in zip(row, row[1:])] + [1])
print(pascal[10], sum(pascal[10]))
