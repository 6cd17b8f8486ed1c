import struct

def attempt(f, *a):
    try:
        return f(*a)
    except (struct.error, OverflowError, TypeError, ValueError) as e:
        return f"{type(e).__name__}: {e}"

fmts = ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "P", "<h", ">H", "!i", "=I", "<l", ">L", "<q", ">Q", "?", "c", "e", "f", "d", "<e", ">d"]
vals = [0, 1, -1, 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536, -32769, 2**31 - 1, 2**31, -2**31 - 1, 2**32, 2**63 - 1, 2**63, -2**63 - 1, 2**64, 1.5, "x", b"a"]
for f in fmts:
    row = []
    for v in vals:
        r = attempt(struct.pack, f, v)
        row.append(r.hex() if isinstance(r, bytes) else r)
    print(f, row)
for f in ["@bi", "=bi", "@bq", "@ci?P", "<2h", "3s", "0i", "@b0i", "hhl", "xxh", "5p", "iiq", "4x", "@?d", "@eH", "  i  i ", "2e"]:
    print(repr(f), struct.calcsize(f))
for f in ["3", "z", "<P", "<n", "i3", "2 i"]:
    print(repr(f), attempt(struct.calcsize, f))
data = struct.pack("<hIq3sd?", -5, 4000000000, -2**40, b"abcd", 2.5, True)
print(data, struct.unpack("<hIq3sd?", data), struct.calcsize("<hIq3sd?"))
print(struct.unpack(">e", struct.pack(">e", 0.1)), struct.unpack("<e", b"\x00\x7c"), struct.pack("<e", 65504.0), attempt(struct.pack, "<e", 65520.0))
print(struct.pack("5s", b"ab"), struct.pack("3p", b"abcd"), struct.unpack("4p", b"\x05abc"), struct.pack("2s", b"xyz"))
print(attempt(struct.unpack, "i", b"ab"), attempt(struct.pack, "ii", 1), attempt(struct.unpack_from, "i", b"ab", 1))
print(struct.unpack_from("<h", b"\x01\x02\x03\x04", offset=2), list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")), attempt(struct.iter_unpack, "<H", b"abc"))
buf = bytearray(8); struct.pack_into("<hh", buf, 2, 1, -1); print(buf, attempt(struct.pack_into, "<q", buf, 4, 1))
s = struct.Struct("<3i"); print(s.size, s.format, s.pack(1, 2, 3), s.unpack(s.pack(7, 8, 9)), s.unpack_from(bytes(16), 4))
print(struct.pack("f", 1e40) if False else attempt(struct.pack, "f", 1e40), attempt(struct.pack, "f", 3.4e38), struct.unpack("f", struct.pack("f", 0.1)))
print(struct.pack(">d", float("nan")) == struct.pack(">d", float("nan")), struct.pack("<f", float("inf")), struct.pack("<e", float("-inf")))
print(struct.error.__module__, struct.error.__name__, issubclass(struct.error, Exception))
import base64, binascii
print(base64.b64encode(b"hello world!?"), base64.b64decode(b"aGVsbG8="), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b16encode(b"\x01\xab"), base64.b32encode(b"abc"))
print(binascii.hexlify(b"\x00\xffab"), binascii.unhexlify("00ff"), binascii.crc32(b"hello"), binascii.b2a_base64(b"xy"), binascii.a2b_base64("eHk=\n"))
print(base64.b85encode(b"data"), base64.a85encode(b"data"), base64.standard_b64encode(b"\x00" * 5), attempt(base64.b64decode, b"abc"))
