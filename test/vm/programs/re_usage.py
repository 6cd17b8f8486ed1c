import re

text = "The quick brown fox jumps over the lazy dog. It was 42 degrees on 2024-01-15."
print(re.findall(r"\b\w{5}\b", text))
m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
print(m.group(0), m.groups(), m.span(), m.start(2))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.split(r"[,;]\s*", "a, b;c,  d"))
pat = re.compile(r"(?P<key>\w+)=(?P<val>[^&]*)")
for mm in pat.finditer("a=1&b=two&c="):
    print(mm.group("key"), repr(mm.group("val")), mm.groupdict())
print(re.match(r"a+", "aaab").group(), re.fullmatch(r"a+b", "aaab") is not None)
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 22 333"))
print(re.findall(r"(?i)THE", text), re.IGNORECASE)
print(re.escape("a.b*c"), re.subn("o", "0", "foo boo"))
print(bool(re.match(r"^\s*$", "   ")), re.findall(r"(a)(b)?", "ab a"))
print(re.compile(r"x(?=y)").findall("xy xz xy"), re.sub(r"(?<=a)b", "X", "ab cb ab"))
print(re.split(r"(\s)", "a b  c"), re.findall(r".", "a\nb", re.DOTALL))
print(re.sub(r"^", "> ", "line1\nline2", flags=re.M))
