b = b"Hello, World"
print(b[0], b[-1], b[1:5], b[::-1], b.lower(), b.upper(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"))
print(b.hex(), b"\x01\x02\x03\x04\x05".hex(":"), b"\x01\x02\x03\x04\x05".hex("-", 2), b"\x01\x02\x03\x04\x05".hex(" ", -2), bytes.fromhex("de ad be ef"))
print(b.startswith(b"He"), b.endswith((b"x", b"ld")), b.strip(b"Hd"), b.center(20, b"*"), b.zfill(15), b.title(), b.swapcase(), b.isalpha(), b"123".isdigit())
ba = bytearray(b"abc"); ba.append(100); ba.extend(b"ef"); ba[0] = 65; ba += b"!"; print(ba, len(ba), ba.pop(), ba, ba.decode(), bytes(ba))
ba[1:3] = b"XYZ"; print(ba); del ba[0]; print(ba, ba.index(b"Z"), ba.reverse(), ba)
print(b"a,b,,c".split(b","), b"  x  y ".split(), b"x\ny\r\nz".splitlines(), b"-".join([b"a", b"b"]), b"abc" * 2, b"ab" + b"cd", b"a" in b"cat")
print("héllo wörld €".encode("utf-8"), "héllo".encode("latin-1"), "abc".encode("utf-16-le"), "€".encode("utf-32-be"), "x\u20ac".encode("ascii", "replace"), "é".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))
print(b"\xc3\xa9\xff".decode("utf-8", "replace"), b"\xc3\xa9\xff".decode("utf-8", "ignore"), b"\xff\xfe".decode("latin-1"), b"\xe2\x82\xac".decode(), b"\x80abc".decode("utf-8", "backslashreplace"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e, e.start, e.end, e.reason)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
print(bytes(range(5)), bytes([255]), bytearray(3), bytes("abc", "ascii"), list(b"hi"), b"%d-%s-%x" % (5, b"x", 255), b"abc".translate(bytes.maketrans(b"ab", b"xy")))
print(memoryview(b"abcdef")[1:4].tobytes(), memoryview(b"ab").tolist(), memoryview(bytearray(b"xy")).nbytes, b"abc" < b"abd", b"a" == bytearray(b"a"), hash(b"abc") == hash(b"abc"))
print(repr(b"'\"\\\n\t\x00\x7f\x80"), repr(bytearray(b"q")), b"x".isascii(), b"ABC".lower().islower(), int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(4, "little"))
print(b"abc".ljust(6, b"."), b"abc".rjust(6), b"a b c".partition(b" "), b"a b c".rpartition(b" "), b"\tx".expandtabs(4), b"abcabc".rfind(b"c"), b"abc".removeprefix(b"a"))
try:
    b"abc"[5]
except IndexError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b"x" + "y"
except TypeError as e:
    print(e)
