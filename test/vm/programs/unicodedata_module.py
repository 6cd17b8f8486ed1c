import unicodedata as u, random
random.seed(11)
cps = [random.randrange(0x110000) for _ in range(300)] + list(range(0x80)) + [0xAC00, 0xD7A3, 0x4E00, 0x1F600, 0xFF21, 0x2160, 0xBD, 0x0F33, 0x1D7CE, 0x3405, 0x2F800, 0x1B170, 0x18B00]
out = []
for cp in cps:
    c = chr(cp)
    out.append((hex(cp), u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c), u.mirrored(c), u.decomposition(c), u.decimal(c, None), u.digit(c, None), u.numeric(c, None), u.name(c, None)))
for row in out: print(*row)
for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'HANGUL SYLLABLE GAG', 'CJK UNIFIED IDEOGRAPH-4E00', 'BYTE ORDER MARK', 'SNOWMAN', 'CJK COMPATIBILITY IDEOGRAPH-F900']:
    print(n, repr(u.lookup(n)))
for s in ['Café', 'ﬁ', 'Å', '①', 'e\u0301']:
    print([u.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')], u.is_normalized('NFC', s))
def t(f, *a):
    try: print(repr(f(*a)))
    except Exception as e: print(type(e).__name__, e)
t(u.lookup, 'NOT A NAME'); t(u.name, '\x00'); t(u.decimal, 'a'); t(u.digit, 'x'); t(u.numeric, 'x'); t(u.category, 'ab'); t(u.normalize, 'X', 'a'); t(u.category, 5)
print(u.unidata_version, u.ucd_3_2_0.unidata_version, u.ucd_3_2_0.category('a'), ''.join(c for c in u.normalize('NFD', 'Crème Brûlée') if not u.combining(c)))
print('naïve café'.encode('idna') if False else '', 'bücher.de'.encode('idna'), b'xn--bcher-kva.de'.decode('idna'))
