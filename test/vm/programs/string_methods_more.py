import string, textwrap
s = "The Quick Brown Fox Jumps Over The Lazy Dog"
print(s.count("o"), s.lower().count("the"), s.index("Fox"), s.rindex("The"), s.split(" ", 3), s.rsplit(" ", 2))
print(string.ascii_letters[:10], string.digits, string.punctuation, string.capwords("hello   world"), string.Template("$who likes $what").substitute(who="tim", what="kung pao"))
print(textwrap.wrap(s, 15), textwrap.fill("a " * 20, width=12), textwrap.dedent("   x\n   y"), textwrap.shorten(s, 20), textwrap.indent("a\nb", "> "))
fmt = string.Formatter()
print(fmt.format("{0}-{1:>4}", "a", "b"), list(fmt.parse("x{0:>3}y{name!r}")))
print("%-10s|%+5d|%5.1f|%#x|%o|%e|%c|%r" % ("left", 42, 3.14159, 255, 8, 12345.678, 97, [1]))
print("a\tb".expandtabs(), "ǅ".istitle(), "Ⅷ".isnumeric(), "x".zfill(3), "中文".center(6, "-"), "abc".ljust(2), "tEsT".swapcase())
print("{:,}".format(1234567), "{:_b}".format(255), "{:#o}".format(8), "{:^10.3f}".format(3.14159), "{!r:>8}".format("x"), "{0[a]}".format({"a": 1}))
words = "the cat sat on the mat the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])), " ".join(reversed(words)), "-".join(sorted(set(words))))
print("Python"[::-1], "racecar" == "racecar"[::-1], "".join(c for c in "a1b2c3" if c.isdigit()), "hello world".title(), "ß".upper(), "ﬁ".upper())
print(str.maketrans({"a": "1", "b": None}), "abc".translate({97: "A", 98: None}), "hello".encode().hex(), "%s" % (1,), "%s %s" % ("a", "b"))
print(repr("tab\there"), repr("new\nline"), repr("quote'"), repr('dq"'), repr("both'\""), repr("\x00\x1f\x7f\x80\xa0\u2028"), "\N{GREEK SMALL LETTER ALPHA}")
