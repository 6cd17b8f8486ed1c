#!/usr/bin/env python3
"""Writes test/errors/snippets.json: the invalid-snippet corpus with CPython's verdicts.

Usage: python3 tools/gen-error-corpus.py          (must be CPython 3.11, the oracle)

The corpus has two sources:
  * HAND: snippets written here, at least one per tokenizer error of Parser/tokenizer.c and per
    `invalid_*` rule family of Grammar/python.gram (3.11), plus generic errors, indentation,
    f-strings, string literals and deep nesting;
  * harvested: every source that CPython's own test suite feeds to compile()/eval() and that
    fails: Lib/test/test_syntax.py (doctests and SyntaxTestCase), test_exceptions.py
    (ExceptionTests.check), test_fstring.py (assertAllRaise), test_grammar.py,
    test_patma.py, test_positional_only_arg.py, test_keywordonlyarg.py, test_genexps.py,
    test_unpack_ex.py, test_eof.py, test_string_literals.py, test_unicode_identifiers.py.
    The sources are recorded by replacing `compile`/`eval` in those modules while their tests
    run; what the tests assert does not matter, only what CPython says about each source.

Each entry: {"id", "family", "source" | "sourceBase64", "expected", "compileError",
"compileOnly"}. `expected` is what ast.parse(src) raises (what `pyc ast` must report), as
{type, msg, lineno, offset, end_lineno, end_offset}; `compileError` what compile(src,
'<snippet>', 'exec') raises; `compileOnly` marks sources that ast.parse accepts and only the
symbol table or compiler rejects (pyc ast must accept them: `expected` is null).
"""
import ast
import base64
import builtins
import doctest
import importlib
import json
import os
import sys
import unittest
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'test', 'errors', 'snippets.json')
FILENAME = '<snippet>'


def nested(n, inner='1'):
    return '(' * n + inner + ')' * n


# (family, source). Families name the CPython rule or tokenizer error that should decide.
HAND = [
    # ------------------------------------------------------------ tokenizer.c
    ('tok/invalid-character', 'a = 1 € 2\n'),
    ('tok/invalid-character', 'x€ = 1\n'),
    ('tok/invalid-character', 'print(«hello»)\n'),
    ('tok/invalid-character', '$x = 1\n'),
    ('tok/invalid-character', 'x = `1`\n'),
    ('tok/invalid-character', 'a = 1 ? 2\n'),
    ('tok/non-printable', 'x = 1\u00a0+ 2\n'),
    ('tok/non-printable', 'x = 1\u200b\n'),
    ('tok/non-printable', 'x\x01 = 1\n'),
    ('tok/invalid-decimal', 'x = 1_\n'),
    ('tok/invalid-decimal', 'x = 1__0\n'),
    ('tok/invalid-decimal', 'x = 1e+\n'),
    ('tok/invalid-decimal', 'x = 1abc\n'),
    ('tok/invalid-decimal', 'x = 1.5_\n'),
    ('tok/invalid-decimal', 'x = 0_\n'),
    ('tok/invalid-decimal', 'x = 1.0e\n'),
    ('tok/invalid-decimal', 'x = 32e-+4\n'),
    ('tok/invalid-decimal', 'if 1if 1else 0: pass\n'),
    ('tok/invalid-hex', 'x = 0x\n'),
    ('tok/invalid-hex', 'x = 0xg\n'),
    ('tok/invalid-hex', 'x = 0x_\n'),
    ('tok/invalid-hex', 'x = 0x1_\n'),
    ('tok/invalid-octal', 'x = 0o\n'),
    ('tok/invalid-octal', 'x = 0o8\n'),
    ('tok/invalid-octal', 'x = 0o17_9\n'),
    ('tok/invalid-octal', 'x = 0o1a\n'),
    ('tok/invalid-binary', 'x = 0b\n'),
    ('tok/invalid-binary', 'x = 0b2\n'),
    ('tok/invalid-binary', 'x = 0b102\n'),
    ('tok/invalid-binary', 'x = 0b1z\n'),
    ('tok/invalid-imaginary', 'x = 1jx\n'),
    ('tok/invalid-imaginary', 'x = 1.5jj\n'),
    ('tok/leading-zeros', 'x = 012\n'),
    ('tok/leading-zeros', 'x = 0_7\n'),
    ('tok/leading-zeros', 'x = 00001\n'),
    ('tok/unterminated-string', 'x = "abc\n'),
    ('tok/unterminated-string', "x = 'abc\ny = 2\n"),
    ('tok/unterminated-string', 'x = f"abc\n'),
    ('tok/unterminated-string', 'x = 1\ny = "\\\n'),
    ('tok/unterminated-triple', 'x = """abc\n'),
    ('tok/unterminated-triple', "x = '''abc\n\n\ny = 1\n"),
    ('tok/unterminated-triple', 'def f():\n    """doc\n    return 1\n'),
    ('tok/unmatched', 'x = 1)\n'),
    ('tok/unmatched', 'x = [1, 2]]\n'),
    ('tok/unmatched', 'foo()\n}\n'),
    ('tok/mismatched', 'x = (1, 2]\n'),
    ('tok/mismatched', 'x = {\n1: 2\n)\n'),
    ('tok/mismatched', 'f(a[1)]\n'),
    ('tok/nested-parentheses', 'x = ' + '(' * 201 + ')' * 201 + '\n'),
    ('tok/nested-parentheses', 'x = ' + '[' * 250 + '\n'),
    ('tok/nested-parentheses', 'x = ' + '({[' * 67 + '\n'),
    ('tok/line-continuation', 'x = 1 \\ 2\n'),
    ('tok/line-continuation', 'x = (1 + \\x)\n'),
    ('tok/line-continuation', 'print(1)\\ # comment\n'),
    ('tok/eof', 'x = 1 + \\\n'),
    ('tok/eof', 'x = 1 + \\'),
    ('tok/eof', 'if x:\n    y = \\\n'),
    ('tok/never-closed', 'x = (\n'),
    ('tok/never-closed', 'x = [1,\n2,\n'),
    ('tok/never-closed', 'foo(1\nbar 2\n'),
    ('tok/never-closed', 'x = {\n'),
    ('tok/never-closed', 'def f(a,\n    b\n'),
    ('tok/never-closed', 'x = (1,\n     2\ny = 3\n'),
    ('tok/never-closed', 'x = ((((\n'),
    ('tok/never-closed', 'print("hello"\n'),
    ('tok/dedent', 'if x:\n    a\n  b\n'),
    ('tok/dedent', 'if True:\n    pass\n  else:\n    pass\n'),
    ('tok/dedent', 'if x:\n  if y:\n    pass\n pass\n'),
    ('tok/tabspace', 'if x:\n\tpass\n        pass\n'),
    ('tok/tabspace', 'if x:\n        a\n\tb\n'),
    ('tok/tabspace', 'if x:\n  \tpass\n\t  pass\n'),
    ('tok/toodeep', ''.join(' ' * i + 'if x:\n' for i in range(101)) + ' ' * 101 + 'pass\n'),
    ('tok/toodeep', ''.join('\t' * i + 'if x:\n' for i in range(100)) + '\t' * 100 + 'pass\n'),
    # ------------------------------------------------------------ pegen: generic errors
    ('generic/invalid-syntax', 'x = 1 2\n'),
    ('generic/invalid-syntax', 'a b # c\n'),
    ('generic/invalid-syntax', 'a + \n'),
    ('generic/invalid-syntax', 'a + # comment\n'),
    ('generic/invalid-syntax', '1 <> 2\n'),
    ('generic/invalid-syntax', 'x ++= 1\n'),
    ('generic/invalid-syntax', 'x = 1 # c\ny ?\n'),
    ('generic/invalid-syntax', 'class\n'),
    ('generic/invalid-syntax', 'import\n'),
    ('generic/invalid-syntax', 'from x import\n'),
    ('generic/invalid-syntax', 'from import x\n'),
    ('generic/invalid-syntax', 'def\n'),
    ('generic/invalid-syntax', 'x = \n'),
    ('generic/invalid-syntax', 'x = 1;;\n'),
    ('generic/invalid-syntax', ';\n'),
    ('generic/invalid-syntax', 'x.1\n'),
    ('generic/invalid-syntax', 'f(,)\n'),
    ('generic/invalid-syntax', 'x = [,]\n'),
    ('generic/invalid-syntax', 'lambda x: yield\n'),
    ('generic/invalid-syntax', 'x = yield = 1\n'),
    ('generic/invalid-syntax', 'global x,\n'),
    ('generic/invalid-syntax', 'raise from e\n'),
    ('generic/invalid-syntax', 'assert\n'),
    ('generic/invalid-syntax', 'del\n'),
    ('generic/invalid-syntax', 'return return\n'),
    ('generic/invalid-syntax', 'x = 1 if\n'),
    ('generic/invalid-syntax', 'a @\n'),
    ('generic/invalid-syntax', 'pass\npass\npass\n(1+)\npass\n'),
    ('generic/invalid-syntax', 'x = [\n1,\n2 3]\n'),
    ('generic/invalid-syntax', 'f(*)\n'),
    ('generic/invalid-syntax', 'x = *\n'),
    ('generic/invalid-syntax', 'print(*)\n'),
    ('generic/invalid-syntax', 'x = 1 if 2 else\n'),
    ('generic/invalid-syntax', 'with:\n    pass\n'),
    ('generic/invalid-syntax', 'async x = 1\n'),
    ('generic/invalid-syntax', 'x = "a" "b" c\n'),
    ('generic/invalid-syntax', 'x: int: str\n'),
    ('generic/invalid-syntax', 'match x:\n    case 1+2j+3: pass\n'),
    ('generic/invalid-syntax', 'x = 1\nif x:\n    y = 2\n    z = = 3\n'),
    ('generic/non-ascii-position', 'é = 1 2\n'),
    ('generic/non-ascii-position', 's = "日本語" 2\n'),
    ('generic/non-ascii-position', 'x = ("日本語",\n  1 2)\n'),
    ('generic/unexpected-indent', '  x = 1\n'),
    ('generic/unexpected-indent', 'if x:\n  a\n    b\n'),
    ('generic/unexpected-indent', 'def f():\n  return\n    x\n'),
    ('generic/unexpected-indent', 'x = 1\n    y = 2\nz = 3$\n'),
    ('generic/unexpected-unindent', 'for x in y:\n    pass\n  else:\n    pass\n'),
    ('generic/unexpected-unindent', 'class A:\n    @d\nx = 1\n'),
    ('generic/unexpected-unindent', 'if x:\n    @d\n    @e\ny\n'),
    ('generic/eof-in-statement', 'if x:\n'),
    ('generic/eof-in-statement', 'for x in y:\n'),
    ('generic/eof-in-statement', 'class A:\n'),
    ('generic/eof-in-statement', 'x = (1 +\n'),
    ('generic/eof-in-statement', 'x = 1 +\n'),
    # ------------------------------------------------------------ forced tokens (&&)
    ('forced/def', 'def f:\n    pass\n'),
    ('forced/def', 'def f(x) -> int\n    pass\n'),
    ('forced/def', 'def f(x)\n    pass\n'),
    ('forced/def', 'async def f x:\n    pass\n'),
    ('forced/else', 'for x in y:\n  pass\nelse\n'),
    ('forced/else', 'if x:\n    pass\nelse pass\n'),
    ('forced/try', 'try\n    pass\nexcept:\n    pass\n'),
    ('forced/try', 'try pass\n'),
    ('forced/finally', 'try:\n    pass\nfinally\n    pass\n'),
    # ------------------------------------------------------------ invalid_* rules
    ('invalid_arguments', 'f(**x, *y)\n'),
    ('invalid_arguments', 'f(a, **x, *y)\n'),
    ('invalid_arguments', 'f(x for x in y, 1)\n'),
    ('invalid_arguments', 'f(x for x in y if x, 1)\n'),
    ('invalid_arguments', 'f(1, x for x in y)\n'),
    ('invalid_arguments', 'f(1, x for x in y, 2)\n'),
    ('invalid_arguments', 'f(a=1 for x in y)\n'),
    ('invalid_arguments', 'f(a=1, b)\n'),
    ('invalid_arguments', 'f(**k, a)\n'),
    ('invalid_arguments', 'f(a, b=1, c)\n'),
    ('invalid_arguments', 'f(x for x in y for z in w if z, 1)\n'),
    ('invalid_kwarg', 'f(True=1)\n'),
    ('invalid_kwarg', 'f(None=1)\n'),
    ('invalid_kwarg', 'f(a, False=2)\n'),
    ('invalid_kwarg', 'f(x=1 for x in y)\n'),
    ('invalid_kwarg', 'f(a.b=1)\n'),
    ('invalid_kwarg', 'f(1=2)\n'),
    ('invalid_kwarg', 'f(a, **b, c.d=1)\n'),
    ('invalid_expression', 'x = (1 2)\n'),
    ('invalid_expression', 'f(a b)\n'),
    ('invalid_expression', '[a b c]\n'),
    ('invalid_expression', '{1: 2 3: 4}\n'),
    ('invalid_expression', 'x = [1, 2\n3]\n'),
    ('invalid_expression', 'a = 1 if 2\n'),
    ('invalid_expression', 'f(a if b)\n'),
    ('invalid_expression', 'x = (a if b c)\n'),
    ('invalid_expression', 'x = (print "x")\n'),
    ('invalid_expression', 'x = (match x)\n'),
    # SOFT_KEYWORD compares only as many characters as the NAME has: prefixes of soft keywords.
    ('invalid_expression/soft-keyword-prefix', 'x = (c_byte,c _ubyte)\n'),
    ('invalid_expression/soft-keyword-prefix', 'x = (ma x)\n'),
    ('invalid_expression/soft-keyword-prefix', 'x = [_ d]\n'),
    ('invalid_expression/soft-keyword-prefix', 'x = [matc d]\n'),
    ('invalid_expression/soft-keyword-prefix', 'x = [matchx d]\n'),
    ('invalid_legacy_expression', 'print "x"\n'),
    ('invalid_legacy_expression', 'print x\n'),
    ('invalid_legacy_expression', 'exec "code"\n'),
    ('invalid_legacy_expression', 'print a, b\n'),
    ('invalid_legacy_expression', 'print -1\n'),
    ('invalid_named_expression', 'if (a.b := 1): pass\n'),
    ('invalid_named_expression', '(x[0] := 1)\n'),
    ('invalid_named_expression', '((a, b) := (1, 2))\n'),
    ('invalid_named_expression', 'if x = 1: pass\n'),
    ('invalid_named_expression', 'while x = 1: pass\n'),
    ('invalid_named_expression', 'if x.y = 1: pass\n'),
    ('invalid_named_expression', 'if f() = 1: pass\n'),
    ('invalid_named_expression', 'if 1 = x: pass\n'),
    ('invalid_named_expression', '[x = 1]\n'),
    ('invalid_named_expression', 'f((a, b) = 1)\n'),
    ('invalid_named_expression', 'if True = 1: pass\n'),
    ('invalid_assignment', '[a, b]: int\n'),
    ('invalid_assignment', '(a, b): int\n'),
    ('invalid_assignment', '((a)): int\n'),
    ('invalid_assignment', 'a, b: int\n'),
    ('invalid_assignment', 'f(): int\n'),
    ('invalid_assignment', '1: int = 2\n'),
    ('invalid_assignment', 'f() = 1\n'),
    ('invalid_assignment', 'x = f() = 1\n'),
    ('invalid_assignment', '(1, 2) = 3\n'),
    ('invalid_assignment', '[a, 1] = 3\n'),
    ('invalid_assignment', 'a + 1 = 2\n'),
    ('invalid_assignment', 'None = 1\n'),
    ('invalid_assignment', 'x, *y, f() = z\n'),
    ('invalid_assignment', '"s" = 1\n'),
    ('invalid_assignment', '{1: 2} = 1\n'),
    ('invalid_assignment', '{1} = 1\n'),
    ('invalid_assignment', 'lambda: 1 = 1\n'),
    ('invalid_assignment', 'a if b else c = 1\n'),
    ('invalid_assignment', '[x for x in y] = 1\n'),
    ('invalid_assignment', '(x for x in y) = 1\n'),
    ('invalid_assignment', 'a < b = 1\n'),
    ('invalid_assignment', '... = 1\n'),
    ('invalid_assignment', 'f"{x}" = 1\n'),
    ('invalid_assignment', '(yield) = 1\n'),
    ('invalid_assignment', 'x = yield = 1\n'),
    ('invalid_assignment', 'await x = 1\n'),
    ('invalid_assignment', 'f() += 1\n'),
    ('invalid_assignment', '(a, b) += 1\n'),
    ('invalid_assignment', '[a] += 1\n'),
    ('invalid_assignment', 'a + b += 1\n'),
    ('invalid_assignment', '*a += 1\n'),
    ('invalid_ann_assign_target', '([a, b]): int\n'),
    ('invalid_del_stmt', 'del f()\n'),
    ('invalid_del_stmt', 'del a, 1\n'),
    ('invalid_del_stmt', 'del (a, b + 1)\n'),
    ('invalid_del_stmt', 'del *a\n'),
    ('invalid_del_stmt', 'del [a, (b, *c)]\n'),
    ('invalid_del_stmt', 'del a + b\n'),
    ('invalid_block', 'if x:\n    pass\nelse:\npass\n'),
    ('invalid_block', 'with x:\n    pass\n@d\ndef f(): pass\nclass A:\npass\n'),
    ('invalid_comprehension', '[*x for x in y]\n'),
    ('invalid_comprehension', '{*x for x in y}\n'),
    ('invalid_comprehension', '(*x for x in y)\n'),
    ('invalid_comprehension', '[a, b for a, b in c]\n'),
    ('invalid_comprehension', '{a, b for a, b in c}\n'),
    ('invalid_comprehension', '[a, for a in c]\n'),
    ('invalid_comprehension', '[a, b, c for a in d]\n'),
    ('invalid_dict_comprehension', '{**x for x in y}\n'),
    ('invalid_parameters', 'def f(a=1, b):\n    pass\n'),
    ('invalid_parameters', 'def f(a, b=1, /, c):\n    pass\n'),
    ('invalid_parameters', 'def f((a, b)):\n    pass\n'),
    ('invalid_parameters', 'def f(a, (b, c)):\n    pass\n'),
    ('invalid_parameters', 'def f(/, a):\n    pass\n'),
    ('invalid_parameters', 'def f(a, /, b, /):\n    pass\n'),
    ('invalid_parameters', 'def f(a, *, b, /):\n    pass\n'),
    ('invalid_parameters', 'def f(*a, /):\n    pass\n'),
    ('invalid_parameters', 'def f(a, /*):\n    pass\n'),
    ('invalid_default', 'def f(a=):\n    pass\n'),
    ('invalid_default', 'def f(a, b=, c=1):\n    pass\n'),
    ('invalid_default', 'lambda a=: 1\n'),
    ('invalid_star_etc', 'def f(*):\n    pass\n'),
    ('invalid_star_etc', 'def f(*, **k):\n    pass\n'),
    ('invalid_star_etc', 'def f(*,):\n    pass\n'),
    ('invalid_star_etc', 'def f(*a=1):\n    pass\n'),
    ('invalid_star_etc', 'def f(*a, *b):\n    pass\n'),
    ('invalid_star_etc', 'def f(*, a, *b):\n    pass\n'),
    ('invalid_kwds', 'def f(**k=1):\n    pass\n'),
    ('invalid_kwds', 'def f(**k, a):\n    pass\n'),
    ('invalid_kwds', 'def f(**k, *a):\n    pass\n'),
    ('invalid_kwds', 'def f(**k, **j):\n    pass\n'),
    ('invalid_kwds', 'def f(**k, /):\n    pass\n'),
    ('invalid_lambda_parameters', 'lambda a=1, b: 1\n'),
    ('invalid_lambda_parameters', 'lambda (a, b): 1\n'),
    ('invalid_lambda_parameters', 'lambda /, a: 1\n'),
    ('invalid_lambda_parameters', 'lambda a, /, b, /: 1\n'),
    ('invalid_lambda_parameters', 'lambda a, *, b, /: 1\n'),
    ('invalid_lambda_parameters', 'lambda a, /*: 1\n'),
    ('invalid_lambda_star_etc', 'lambda *: 1\n'),
    ('invalid_lambda_star_etc', 'lambda *, **k: 1\n'),
    ('invalid_lambda_star_etc', 'lambda *a=1: 1\n'),
    ('invalid_lambda_star_etc', 'lambda *a, *b: 1\n'),
    ('invalid_lambda_kwds', 'lambda **k=1: 1\n'),
    ('invalid_lambda_kwds', 'lambda **k, a: 1\n'),
    ('invalid_lambda_kwds', 'lambda **k, *a: 1\n'),
    ('invalid_with_item', 'with a as f(): pass\n'),
    ('invalid_with_item', 'with a as 1, b: pass\n'),
    ('invalid_with_item', 'with (a as b + 1): pass\n'),
    ('invalid_for_target', 'for f() in x: pass\n'),
    ('invalid_for_target', 'for a, 1 in x: pass\n'),
    ('invalid_for_target', 'for *a + 1 in x: pass\n'),
    ('invalid_for_target', '[x for f() in y]\n'),
    ('invalid_for_target', 'async def f():\n    async for 1 in x: pass\n'),
    ('invalid_group', '(*a)\n'),
    ('invalid_group', 'x = (**a)\n'),
    ('invalid_group', 'print((*a))\n'),
    ('invalid_import_from_targets', 'from a import b,\n'),
    ('invalid_import_from_targets', 'from a import b, c,\n'),
    ('invalid_with_stmt', 'with a\n    pass\n'),
    ('invalid_with_stmt', 'with a as b, c as d\n    pass\n'),
    ('invalid_with_stmt', 'with (a as b)\n    pass\n'),
    ('invalid_with_stmt', 'async def f():\n    async with a\n        pass\n'),
    ('invalid_with_stmt_indent', 'with a:\npass\n'),
    ('invalid_with_stmt_indent', 'with (a, b):\npass\n'),
    ('invalid_with_stmt_indent', 'async def f():\n    async with a:\n    pass\n'),
    ('invalid_try_stmt', 'try:\npass\n'),
    ('invalid_try_stmt', 'try:\n    pass\n'),
    ('invalid_try_stmt', 'try:\n    pass\nx = 1\n'),
    ('invalid_try_stmt', 'try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n'),
    ('invalid_try_stmt', 'try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n'),
    ('invalid_try_stmt', 'try:\n    pass\nexcept* ValueError:\n    pass\nexcept:\n    pass\n'),
    ('invalid_except_stmt', 'try:\n    pass\nexcept A, B:\n    pass\n'),
    ('invalid_except_stmt', 'try:\n    pass\nexcept A, B as c:\n    pass\n'),
    ('invalid_except_stmt', 'try:\n  pass\nexcept (A,\n B), C:\n  pass\n'),
    ('invalid_except_stmt', 'try:\n    pass\nexcept* A, B:\n    pass\n'),
    ('invalid_except_stmt', 'try:\n    pass\nexcept A\n    pass\n'),
    ('invalid_except_stmt', 'try:\n    pass\nexcept A as b\n    pass\n'),
    ('invalid_except_stmt', 'try:\n    pass\nexcept\n    pass\n'),
    ('invalid_except_stmt', 'try:\n    pass\nexcept*:\n    pass\n'),
    ('invalid_except_stmt', 'try:\n    pass\nexcept*\n    pass\n'),
    ('invalid_finally_stmt', 'try:\n    pass\nfinally:\npass\n'),
    ('invalid_except_stmt_indent', 'try:\n    pass\nexcept A:\npass\n'),
    ('invalid_except_stmt_indent', 'try:\n    pass\nexcept A as e:\npass\n'),
    ('invalid_except_stmt_indent', 'try:\n    pass\nexcept:\npass\n'),
    ('invalid_except_star_stmt_indent', 'try:\n    pass\nexcept* A:\npass\n'),
    ('invalid_match_stmt', 'match x\n    case 1: pass\n'),
    ('invalid_match_stmt', 'match x:\ncase 1: pass\n'),
    ('invalid_match_stmt', 'match x, y\n    case 1: pass\n'),
    ('invalid_case_block', 'match x:\n    case 1\n        pass\n'),
    ('invalid_case_block', 'match x:\n    case 1 if y\n        pass\n'),
    ('invalid_case_block', 'match x:\n    case 1:\n    pass\n'),
    ('invalid_as_pattern', 'match x:\n    case 1 as _: pass\n'),
    ('invalid_as_pattern', 'match x:\n    case 1 as a.b: pass\n'),
    ('invalid_as_pattern', 'match x:\n    case [1] as 1: pass\n'),
    ('invalid_class_pattern', 'match x:\n    case C(a=1, b): pass\n'),
    ('invalid_class_pattern', 'match x:\n    case C(a, b=1, c, d): pass\n'),
    ('invalid_class_argument_pattern', 'match x:\n    case C(a=1, b, c=2): pass\n'),
    ('invalid_if_stmt', 'if x\n    pass\n'),
    ('invalid_if_stmt', 'if x:\npass\n'),
    ('invalid_if_stmt', 'if x = 1\n    pass\n'),
    ('invalid_if_stmt', 'if \\\nx:\npass\n'),
    ('invalid_elif_stmt', 'if x:\n  pass\nelif \\\ny:\npass\n'),
    ('invalid_elif_stmt', 'if x:\n    pass\nelif y\n    pass\n'),
    ('invalid_elif_stmt', 'if x:\n    pass\nelif y:\npass\n'),
    ('invalid_else_stmt', 'if x:\n    pass\nelse:\npass\n'),
    ('invalid_else_stmt', 'for x in y:\n    pass\nelse:\nx\n'),
    ('invalid_while_stmt', 'while x\n    pass\n'),
    ('invalid_while_stmt', 'while x:\npass\n'),
    ('invalid_for_stmt', 'for x in y\n    pass\n'),
    ('invalid_for_stmt', 'for x in y:\npass\n'),
    ('invalid_for_stmt', 'async def f():\n    async for x in y:\n    pass\n'),
    ('invalid_def_raw', 'def f():\npass\n'),
    ('invalid_def_raw', 'def f(a, b) -> int:\nreturn 1\n'),
    ('invalid_def_raw', 'async def f():\nawait x\n'),
    ('invalid_def_raw', 'class A:\n    def f(self):\n    pass\n'),
    ('invalid_class_def_raw', 'class A\n    pass\n'),
    ('invalid_class_def_raw', 'class A(B)\n    pass\n'),
    ('invalid_class_def_raw', 'class A:\npass\n'),
    ('invalid_class_def_raw', 'class A(B, metaclass=M):\nx = 1\n'),
    ('invalid_double_starred_kvpairs', '{1: 2, 3}\n'),
    ('invalid_double_starred_kvpairs', '{1: *a}\n'),
    ('invalid_double_starred_kvpairs', '{1:}\n'),
    ('invalid_double_starred_kvpairs', '{1: 2, 3:}\n'),
    ('invalid_double_starred_kvpairs', '{1: 2, **a, 3: *b}\n'),
    ('invalid_kvpair', '{1: 2, 3 4}\n'),
    ('invalid_kvpair', '{**a, b}\n'),
    ('invalid_kvpair', '{1: 2, a:, c: 3}\n'),
    # Called after '{' rather than first in an alternative, these run in the first pass too.
    ('invalid_kvpair/first-pass', '{1: 2, 3}\nx = 1 2\n'),
    ('invalid_kvpair/first-pass', 'x = 1 +\ny = {1: 2, 3 4}\n'),
    ('invalid_kvpair/first-pass', 'x = {1: *a, 2: 3}\n'),
    ('invalid_kvpair/first-pass', 'x = {\n  1: 2,\n  3\n}\n'),
    ('invalid_starred_expression', 'f(*a=1)\n'),
    # ------------------------------------------------------------ string literals (action errors)
    ('strings/unicode-escape', 'x = "\\N{foo}"\n'),
    ('strings/unicode-escape', 'x = "\\N{foo}" + (\n'),
    ('strings/unicode-escape', 'x = "\\x1"\n'),
    ('strings/unicode-escape', 'x = "\\u12"\n'),
    ('strings/unicode-escape', 'x = "\\U1234567"\n'),
    ('strings/unicode-escape', 'x = "\\U00110000"\n'),
    ('strings/unicode-escape', 'x = ("a"\n     "\\x"\n     "b")\n'),
    ('strings/bytes', 'x = b"\\x1"\n'),
    ('strings/bytes', 'x = b"é"\n'),
    ('strings/bytes', 'x = b"a" "b"\n'),
    ('strings/bytes', 'x = "a" b"b"\n'),
    ('strings/bytes', 'x = f"a" b"b"\n'),
    ('strings/priority', 'x = "\\N{foo}"\ny = 1 2\n'),
    ('strings/priority', 'x = 1 2\ny = "\\N{foo}"\n'),
    # ------------------------------------------------------------ f-strings (string_parser.c)
    ('fstring/empty', 'f"{}"\n'),
    ('fstring/empty', 'f"{ }"\n'),
    ('fstring/empty', 'f"{!r}"\n'),
    ('fstring/empty', 'f"{:x}"\n'),
    ('fstring/empty', 'f"{=}"\n'),
    ('fstring/expecting-brace', 'f"{x"\n'),
    ('fstring/expecting-brace', 'f"{x!r"\n'),
    ('fstring/expecting-brace', 'f"{x:{y}"\n'),
    ('fstring/single-brace', 'f"}"\n'),
    ('fstring/single-brace', 'f"a}b"\n'),
    ('fstring/unmatched', 'f"{)}"\n'),
    ('fstring/unmatched', 'f"{x)}"\n'),
    ('fstring/mismatched', 'f"{(x]}"\n'),
    ('fstring/mismatched', 'f"{[x)}"\n'),
    ('fstring/backslash', 'f"{\\"a\\"}"\n'),
    ('fstring/backslash', 'f"{x:\\n}"\n'),
    ('fstring/comment', 'f"{x#}"\n'),
    ('fstring/unterminated', 'f"{\'a}"\n'),
    ('fstring/conversion', 'f"{x!z}"\n'),
    ('fstring/conversion', 'f"{x!}"\n'),
    ('fstring/conversion', 'f"{x!rr}"\n'),
    ('fstring/nested', 'f"{x:{y:{z:{w}}}}"\n'),
    ('fstring/too-many-parens', 'f"{' + '(' * 201 + '}"\n'),
    ('fstring/invalid-syntax', 'f"{a b}"\n'),
    ('fstring/invalid-syntax', 'f"{x y z}"\n'),
    ('fstring/invalid-syntax', 'f"{1 +}"\n'),
    ('fstring/invalid-syntax', 'f"{a = 1}"\n'),
    ('fstring/invalid-syntax', 'f"{*a}"\n'),
    ('fstring/invalid-syntax', 'f"{lambda x: 1}"\n'),
    ('fstring/invalid-syntax', 'f"{yield}"\n'),
    ('fstring/invalid-syntax', 'x = 1\ny = f"""\n{a b}\n"""\n'),
    ('fstring/invalid-syntax', 'f"{x:{a b}}"\n'),
    ('fstring/invalid-syntax', "f'{f\"{a b}\"}'\n"),
    ('fstring/tokenizer', 'f"{1_}"\n'),
    ('fstring/tokenizer', 'f"{x €}"\n'),
    # ------------------------------------------------------------ priorities between errors
    ('priority/tokenizer-after', 'x = 1 2\ny = 1abc\n'),
    ('priority/tokenizer-after', 'if x = 1:\n    y = "\n'),
    ('priority/tokenizer-after', 'def f:\n    x = $\n    y = 0x\n'),
    ('priority/tokenizer-after', 'x = 1 2\nif x:\n    a\n  b\n'),
    ('priority/tokenizer-after', 'x = 1 2\ny = (\n'),
    ('priority/tokenizer-after', 'x = (1 2\n'),
    ('priority/tokenizer-after', 'x = (\ny = 1 2\n'),
    ('priority/tokenizer-after', '  x = 1\ny = 1abc\n'),
    ('priority/tokenizer-after', 'x = 1 2 \\ 3\n'),
    ('priority/tokenizer-after', 'print "x"\nz = 0b2\n'),
    ('priority/tokenizer-after', 'f(**x, *y)\n)\n'),
    ('priority/tokenizer-before', 'x = 1abc\ny = 1 2\n'),
    ('priority/bracket-line', 'x = [1,\n2 3\n'),
    ('priority/bracket-line', 'foo(\nbar 2\n'),
    ('priority/bracket-line', 'foo(a b\n'),
    # ------------------------------------------------------------ files: byte offsets without a coding declaration
    ('bytes/no-declaration', 'é = 1 2\n'.encode()),
    ('bytes/no-declaration', 's = "日本語" 2\n'.encode()),
    ('bytes/no-declaration', 'x = ("日本語",\n  1 2)\n'.encode()),
    ('bytes/no-declaration', 'print "é"\n'.encode()),
    ('bytes/no-declaration', 'if x:\n    é = 1\n  y\n'.encode()),
    ('bytes/no-declaration', 'x = ("é" \\ 1)\n'.encode()),
    ('bytes/no-declaration', 'é = (\n'.encode()),
    ('bytes/declaration', '# coding: latin-1\né = 1 2\n'.encode('latin-1')),
    ('bytes/declaration', '# -*- coding: utf-8 -*-\ns = "日本語" 2\n'.encode()),
    ('bytes/bom', '\ufeffs = "日本語" 2\n'.encode()),
    ('bytes/bom', '\ufeffé = (\n'.encode()),
    # ------------------------------------------------------------ deep nesting (no JS RangeError)
    ('deep/parentheses', 'x = ' + nested(100, '1 2') + '\n'),
    ('deep/parentheses', 'x = ' + nested(199, '1 2') + '\n'),
    ('deep/parentheses', 'x = ' + nested(200, '') + ' 1\n'),
    ('deep/parentheses', 'x = ' + '[' * 200 + ']' * 199 + '\n'),
    ('deep/parentheses', 'x = ' + '[' * 199 + '1 2' + ']' * 199 + '\n'),
    ('deep/parentheses', 'f' + '(' * 150 + 'a=1, b' + ')' * 150 + '\n'),
    ('deep/parentheses', 'x = ' + '{' * 120 + '1: 2 3' + '}' * 120 + '\n'),
    ('deep/unary', 'x = ' + '-' * 500 + '\n'),
    ('deep/unary', 'x = ' + 'not ' * 300 + '\n'),
    ('deep/binary', 'x = ' + '1 + ' * 1000 + '\n'),
    ('deep/attribute', 'x = a' + '.b' * 1000 + '.\n'),
    ('deep/call', 'x = f' + '()' * 500 + ' 1\n'),
    ('deep/indentation', ''.join(' ' * i + 'if x:\n' for i in range(99)) + ' ' * 99 + 'x = 1 2\n'),
    ('deep/lambda', 'x = ' + 'lambda: ' * 300 + '\n'),
]


def error_fields(e):
    return {'type': type(e).__name__, 'msg': e.msg if isinstance(e, SyntaxError) else str(e),
            'lineno': getattr(e, 'lineno', None), 'offset': getattr(e, 'offset', None),
            'end_lineno': getattr(e, 'end_lineno', None), 'end_offset': getattr(e, 'end_offset', None)}


def verdict(fn):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            fn()
            return None
        except (SyntaxError, ValueError, MemoryError, RecursionError, UnicodeError) as e:
            return error_fields(e)


def judge(source):
    return (verdict(lambda: ast.parse(source, FILENAME)),
            verdict(lambda: compile(source, FILENAME, 'exec')))


# ---------------------------------------------------------------- harvesting CPython's tests
class Recorder:
    """Stands in for compile()/eval() inside a test module and remembers every source."""

    def __init__(self):
        self.sources = []

    def compile(self, source, *args, **kwargs):
        self.sources.append(source)
        return builtins.compile(source, *args, **kwargs)

    def eval(self, source, *args, **kwargs):
        self.sources.append(source)
        return builtins.eval(source, *args, **kwargs)


def run_module_tests(name, recorder, patch_support=False):
    module = importlib.import_module(name)
    module.compile = recorder.compile
    module.eval = recorder.eval
    support = importlib.import_module('test.support')
    if patch_support:
        support.compile = recorder.compile
    try:
        suite = unittest.defaultTestLoader.loadTestsFromModule(module)
        with warnings.catch_warnings(), open(os.devnull, 'w') as devnull:
            warnings.simplefilter('ignore')
            old_out, old_err = sys.stdout, sys.stderr
            sys.stdout = sys.stderr = devnull
            try:
                unittest.TextTestRunner(stream=devnull, verbosity=0).run(suite)
            finally:
                sys.stdout, sys.stderr = old_out, old_err
    finally:
        del module.compile
        del module.eval
        if patch_support:
            del support.compile


def doctest_sources(name):
    """The `>>>` examples of a module's doctests whose expected output is a SyntaxError."""
    module = importlib.import_module(name)
    out = []
    finder = doctest.DocTestFinder()
    for test in finder.find(module):
        for example in test.examples:
            if 'Error' in (example.exc_msg or '') or 'Traceback' in example.want:
                out.append(example.source)
    return out


def harvest():
    families = []
    for name in ['test.test_syntax', 'test.test_genexps', 'test.test_unpack_ex', 'test.test_unpack',
                 'test.test_listcomps', 'test.test_setcomps', 'test.test_dictcomps']:
        families.append(('cpython/' + name.split('.')[-1] + '/doctest', doctest_sources(name)))
    for name, support in [('test.test_syntax', False), ('test.test_exceptions', False),
                          ('test.test_fstring', False), ('test.test_grammar', True),
                          ('test.test_patma', False), ('test.test_positional_only_arg', False),
                          ('test.test_keywordonlyarg', False), ('test.test_eof', False),
                          ('test.test_string_literals', False), ('test.test_unicode_identifiers', False),
                          ('test.test_named_expressions', False), ('test.test_except_star', False),
                          ('test.test_flufl', False), ('test.test_pep646_syntax', False)]:
        recorder = Recorder()
        try:
            run_module_tests(name, recorder, support)
        except Exception as e:  # a module that cannot be loaded here gives nothing
            print(f'skipped {name}: {e}', file=sys.stderr)
            continue
        families.append(('cpython/' + name.split('.')[-1], recorder.sources))
    return families


def main():
    entries = []
    seen = set()

    def add(family, source):
        if isinstance(source, (bytes, bytearray)):
            source = bytes(source)
        elif not isinstance(source, str):
            return
        key = (type(source).__name__, source)
        if key in seen:
            return
        # Sources with NUL characters are refused before parsing (ValueError); not our subject.
        if (b'\0' if isinstance(source, bytes) else '\0') in source:
            return
        expected, compiled = judge(source)
        if expected is None and compiled is None:
            return  # valid: not part of an invalid-snippet corpus
        if compiled is not None and compiled['type'] not in ('SyntaxError', 'IndentationError', 'TabError') \
                and expected is None:
            return
        seen.add(key)
        number = sum(1 for e in entries if e['family'] == family) + 1
        entry = {'id': f'{family}#{number}', 'family': family}
        if isinstance(source, bytes):
            entry['sourceBase64'] = base64.b64encode(source).decode('ascii')
        else:
            entry['source'] = source
        entry['expected'] = expected
        entry['compileError'] = compiled
        entry['compileOnly'] = expected is None
        entries.append(entry)

    for family, source in HAND:
        add('hand/' + family, source)
    hand_count = len(entries)
    for family, sources in harvest():
        for source in sources:
            add(family, source)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('[\n')
        f.write(',\n'.join(json.dumps(e, ensure_ascii=False) for e in entries))
        f.write('\n]\n')
    parse_errors = sum(1 for e in entries if not e['compileOnly'])
    print(f'{len(entries)} snippets ({hand_count} hand-written, {parse_errors} rejected by the parser, '
          f'{len(entries) - parse_errors} only by the compiler) -> {os.path.relpath(OUT, ROOT)}')


if __name__ == '__main__':
    if sys.version_info[:2] != (3, 11):
        sys.exit('gen-error-corpus.py must run on CPython 3.11 (the oracle)')
    sys.setrecursionlimit(10000)
    main()
