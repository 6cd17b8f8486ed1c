# SyntaxError fields (msg, filename, lineno, offset, text, end_lineno, end_offset) of eval input
# without a final newline, which CPython's tokenizer does not add (file input gets one).
SOURCES = ["1 +", "(", "1 +\n", " 1 +", "1 +  ", "\n1 +", "1 + # c", "x y", "1 +\r", "$", "x = ", "[", "1 if",
           "1 if\n", "(1 +", "a.", "1 + 2 +", "", " ", "1\n ", "x\\", "(1 +\\", "é +", "é é", "1 +\\\n"]

for src in SOURCES:
    for how in ("eval", "compile-eval", "exec", "compile-exec"):
        try:
            if how == "eval":
                eval(src)
            elif how == "compile-eval":
                compile(src, "s", "eval")
            elif how == "exec":
                exec(src, {})
            else:
                compile(src, "s", "exec")
            print(how, repr(src), "ok")
        except SyntaxError as e:
            print(how, repr(src), type(e).__name__, e.args)
        except Exception as e:
            print(how, repr(src), type(e).__name__)

for src in [b"\xc3\xa9 \xc3\xa9", b" 1 +", b"x = \xc3\xa9 +"]:
    for how in ("eval", "compile-eval", "exec"):
        try:
            if how == "eval":
                eval(src)
            elif how == "compile-eval":
                compile(src, "s", "eval")
            else:
                exec(src, {})
        except SyntaxError as e:
            print(how, repr(src), type(e).__name__, e.args)
