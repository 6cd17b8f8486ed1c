import re
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\w+)|(.))")

def tokenize(src):
    for num, name, op in TOKEN.findall(src):
        if num: yield ("num", float(num) if "." in num else int(num))
        elif name: yield ("name", name)
        elif op.strip(): yield ("op", op)
    yield ("end", None)

class Parser:
    def __init__(self, src):
        self.toks = list(tokenize(src)); self.i = 0
    def peek(self): return self.toks[self.i]
    def next(self):
        t = self.toks[self.i]; self.i += 1; return t
    def expect(self, v):
        t = self.next()
        if t[1] != v: raise SyntaxError(f"expected {v!r}, got {t[1]!r}")
    def expr(self):
        left = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.next()[1]; right = self.term()
            left = ("bin", op, left, right)
        return left
    def term(self):
        left = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.next()[1]; right = self.factor()
            left = ("bin", op, left, right)
        return left
    def factor(self):
        kind, v = self.next()
        if kind == "num": return ("num", v)
        if kind == "name":
            if self.peek()[1] == "(":
                self.next(); arg = self.expr(); self.expect(")")
                return ("call", v, arg)
            return ("var", v)
        if v == "(":
            e = self.expr(); self.expect(")"); return e
        if v == "-": return ("neg", self.factor())
        raise SyntaxError(f"unexpected {v!r}")

import math
ENV = {"pi": math.pi, "x": 10}
FUNCS = {"sqrt": math.sqrt, "abs": abs, "sq": lambda v: v * v}
def ev(n):
    match n:
        case ("num", v): return v
        case ("var", name): return ENV[name]
        case ("neg", e): return -ev(e)
        case ("call", f, a): return FUNCS[f](ev(a))
        case ("bin", op, l, r):
            a, b = ev(l), ev(r)
            return {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else float("nan"), "%": a % b if b else 0}[op]
for src in ["1 + 2 * 3", "(1 + 2) * 3", "-x + sq(4) / 2", "sqrt(16) + abs(-3)", "pi * 2", "7 % 3 + 2.5", "1 +", "(2"]:
    try:
        tree = Parser(src).expr()
        print(src, "=>", ev(tree))
    except SyntaxError as e:
        print(src, "error:", e)
    except KeyError as e:
        print(src, "unknown", e)
