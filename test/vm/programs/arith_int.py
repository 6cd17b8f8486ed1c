# int arithmetic: small and big, floor division and modulo signs, powers, bit operations
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(divmod(17, 5), divmod(-17, 5))
print(2 ** 10, 2 ** 100, (-3) ** 5, 10 ** -2)
print(1 << 70, (1 << 70) >> 3, -1 >> 10, 255 & 15, 8 | 3, 6 ^ 3, ~5, ~-1)
big = 123456789012345678901234567890
print(big * big, big // 7, big % 97, -big // 13)
print(2 ** 64 - 1, 9007199254740993, 9007199254740992 + 1)
print(abs(-12), abs(-2**80), int('  42 '), int('-0x1f', 16), int('0b101', 0), int('z', 36))
print(7 / 2, 1 / 3, -8 / 4, 10**20 / 3)
print(round(2.5), round(3.5), round(-2.5), round(1234, -2), round(1250, -2), round(1350, -2))
print(pow(3, 4, 5), pow(2, -1, 7), pow(10, 20, 13))
print(int(3.99), int(-3.99), int(1e20), float(2**60))
print(True + True, True * 3, False - 1, -True)
print((5).bit_length(), (255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(0 == 0.0, 1 == True, hash(1) == hash(1.0) == hash(True))
print(max(3, 9, 2), min([4, 1, 8]), sum(range(101)), sum([0.1] * 10))
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
print(x)
