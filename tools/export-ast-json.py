#!/usr/bin/env python3
"""Reference data from CPython for pyc's AST tests: trees as JSON, with CPython's own dumps.

pyc's `dump` and `repr` are checked against CPython without needing pyc's parser: this
script parses files with `ast.parse` and prints each tree in a JSON encoding that the
TypeScript side rebuilds with the generated node constructors, next to the strings
CPython's `ast.dump` produces for it.

    export-ast-json.py FILE...             one JSON line per file (see below)
    export-ast-json.py --files-from -      the same, reading the paths from stdin, one a line
    export-ast-json.py --source TEXT       the same for source text given on the command line
    export-ast-json.py --list-stdlib       the stdlib's .py files, sorted, site-packages excluded
    export-ast-json.py --constants         tricky constants with their repr and dumps
    export-ast-json.py --random-floats N   N pseudo-random floats (fixed seed) with their repr
    export-ast-json.py --printable-table   the TypeScript module src/ast/unicode-printable.ts

A file line is {"file", "tree", "dump", "dump_indent"} where dump is
`ast.dump(tree, include_attributes=True)` and dump_indent is `ast.dump(tree, indent=2)`, or
{"file", "error"} when CPython cannot parse the file.

Tree encoding: a node is [class name, *fields, *attributes] in `_fields` then `_attributes`
order; a list is a JSON list; identifiers and other strings are JSON strings; ints in
`int` fields are JSON numbers; None is null. The decoder knows each field's ASDL type, so
the encoding needs no other tags except for `constant` values:
  None, True, False        null, true, false
  str                      a JSON string (lone surrogates as \\udXXX escapes), or
                           {"u": [code points]} when a high surrogate code point is
                           directly followed by a low one: JSON (and a JavaScript string)
                           would read that pair as one astral character, Python keeps two.
  int                      {"i": "decimal digits"}
  float                    {"f": float.hex(x)}    e.g. "0x1.8000000000000p+1", "-inf", "nan"
  complex                  {"c": [real.hex(), imag.hex()]}
  bytes                    {"b": "hex digits"}
  Ellipsis                 {"e": 1}
"""
import ast
import json
import math
import os
import random
import re
import sys
import sysconfig
import unicodedata
import warnings

SURROGATE_PAIR = re.compile('[\ud800-\udbff][\udc00-\udfff]')


def encode_constant(v):
    if v is None or v is True or v is False:
        return v
    if isinstance(v, str):
        if SURROGATE_PAIR.search(v):
            return {'u': [ord(c) for c in v]}
        return v
    if isinstance(v, int):
        return {'i': str(v)}
    if isinstance(v, float):
        return {'f': v.hex()}
    if isinstance(v, complex):
        return {'c': [v.real.hex(), v.imag.hex()]}
    if isinstance(v, bytes):
        return {'b': v.hex()}
    if v is Ellipsis:
        return {'e': 1}
    raise TypeError(f'unexpected constant {v!r}')


def encode(node):
    if isinstance(node, ast.AST):
        out = [type(node).__name__]
        for name in node._fields:
            value = getattr(node, name, None)
            out.append(encode_constant(value) if isinstance(node, (ast.Constant, ast.MatchSingleton)) and name == 'value' else encode(value))
        for name in node._attributes:
            out.append(getattr(node, name, None))
        return out
    if isinstance(node, list):
        return [encode(x) for x in node]
    return node  # str, int or None: identifiers, strings, ints, absent optionals


def file_record(path, source=None):
    try:
        if source is None:
            with open(path, 'rb') as f:
                # Bytes, so the file's own coding declaration (PEP 263) applies, as with compile().
                source = f.read()
        tree = ast.parse(source, path)
        return {
            'file': path,
            'tree': encode(tree),
            'dump': ast.dump(tree, include_attributes=True),
            'dump_indent': ast.dump(tree, indent=2),
        }
    except (SyntaxError, ValueError, RecursionError, MemoryError, UnicodeDecodeError) as e:
        return {'file': path, 'error': f'{type(e).__name__}: {e}'}


def stdlib_files():
    root = sysconfig.get_paths()['stdlib']
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d != 'site-packages']
        out.extend(os.path.join(dirpath, f) for f in filenames if f.endswith('.py'))
    return sorted(out)


def tricky_constants():
    inf, nan = math.inf, math.nan
    strs = [
        '', 'plain', "'", '"', '\'"', '"\'"', "\\", "a\\'b", '\t\n\r', '\x0b\x0c\x1b',
        ''.join(map(chr, range(0x20))) + '\x7f', ''.join(map(chr, range(0x20, 0x7f))),
        ''.join(map(chr, range(0x80, 0x100))),
        '\u00ad\u061c\u200b\u200e\u2028\u2029\u2060\u3000\ufeff\ufff9\ufffe\uffff',
        '\u0301e\u0301\u0378\u0530\u08c8\u0b55\u1ab0\u1ac1',  # combining, unassigned, 13.0/14.0 additions
        '\ud800', '\udfff', 'a\udc80b', '\udc80\ud800', '\ud7ff\ue000\uf8ff',
        '\U0001f600', '\U0001f3f4\U000e0067\U000e0062\U000e007f', '\U0010ffff', '\U000f0000',
        '\U0001fae8\U0001f6dc\U00011f00\U0001e030',  # assigned in Unicode 15.0: unprintable in 3.11
        '\U00031350\U0002ebf0\U00030000',  # CJK extensions H (15.0) and I (15.1), G (13.0)
        '\ud800\udc00', 'x\ud83d\ude00y',  # surrogate code points that JavaScript would pair
        'é日本語\u0627\u05d0', '\x00', 'mixed \'single\' and "double"',
    ]
    floats = [
        0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1 / 3, 2 / 3, 100.0, 123.456, 1e15, 1e16, 1e17, 9999999999999998.0,
        1e16 + 2, 123456789012345678.0, 1.5e16, 1e22, 1e23, 1e-4, 1e-5, 0.0001, 0.00012345, 1.2345e-5,
        5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, 1e308, 1e-7,
        4.35, 0.3, 2 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 1e100, 1e-100, 12345678901234567.0,
        inf, -inf, nan, -nan,
    ]
    ints = [0, 1, -1, 7, 255, 2 ** 31, 2 ** 53 + 1, 2 ** 63, 2 ** 64, -(2 ** 64), 10 ** 100, -(10 ** 100), 10 ** 4299]
    complexes = [
        1j, 0j, 2.5j, 1e16j, 1e-5j, complex(0, -0.0), complex(-0.0, 0), complex(-0.0, -0.0), complex(1, 2),
        complex(1, -2), complex(-1.5, 0.0), complex(1e16, 1e-5), complex(inf, nan), complex(nan, inf),
        complex(-inf, -inf), complex(0, inf), complex(0, -inf), complex(0, nan), complex(nan, nan),
        complex(nan, 0), complex(-nan, -nan), complex(0.1, 0.2), complex(5e-324, -5e-324),
    ]
    byteses = [b'', b'abc', b"'", b'"', b'\'"', b'\\', bytes(range(256)), b'\x00\x7f\x80\xff', b'\t\n\r\x0b']
    return strs + floats + ints + complexes + byteses + [True, False, None, Ellipsis]


def constants_records():
    for v in tricky_constants():
        node = ast.Constant(v, lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
        yield {
            'value': encode_constant(v),
            'repr': repr(v),
            'dump': ast.dump(node, include_attributes=True),
            'dump_kind': ast.dump(ast.Constant(v, 'u')),
            'dump_singleton': ast.dump(ast.MatchSingleton(v), indent=1),
        }


def random_floats(n):
    # Random bit patterns cover every exponent; random short decimals hit the digit-count
    # and exponent-switch boundaries that bit patterns rarely land on.
    rng = random.Random(311)
    out = []
    while len(out) < n:
        if len(out) % 2:
            x = float.fromhex('%s0x1.%013xp%+d' % (rng.choice('+-'), rng.getrandbits(52), rng.randint(-1074, 1023)))
        else:
            x = float(f'{rng.randint(1, 10 ** rng.randint(1, 17))}e{rng.randint(-25, 25)}')
        out.append({'value': {'f': x.hex()}, 'repr': repr(x)})
    return out


def printable_table():
    ranges = []
    start = None
    for cp in range(0x80, 0x110000):
        unprintable = not chr(cp).isprintable()
        if unprintable and start is None:
            start = cp
        elif not unprintable and start is not None:
            ranges.append((start, cp - 1))
            start = None
    if start is not None:
        ranges.append((start, 0x10FFFF))
    version = '.'.join(map(str, sys.version_info[:3]))
    lines = [
        f'// @generated by tools/export-ast-json.py --printable-table from CPython {version} (Unicode {unicodedata.unidata_version}) — do not edit',
        '//',
        "// Python's str.isprintable is false for the general categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs",
        "// (except U+0020); repr escapes exactly those characters. The ranges come from CPython itself,",
        "// not from JavaScript's \\p{...} escapes, because Node's ICU follows a newer Unicode than",
        "// Python 3.11: characters assigned after Unicode 14.0 are still unassigned (Cn, escaped) there.",
        '',
        '/** Sorted, disjoint ranges [first, last, first, last, ...] of the non-ASCII code points Python 3.11 treats as unprintable. */',
        'export const NONPRINTABLE_RANGES: Uint32Array = Uint32Array.of(',
    ]
    flat = [f'0x{x:x}' for r in ranges for x in r]
    for i in range(0, len(flat), 12):
        lines.append('  ' + ', '.join(flat[i:i + 12]) + ',')
    lines.append(');')
    return '\n'.join(lines) + '\n'


def main(argv):
    warnings.simplefilter('ignore')  # invalid escapes in stdlib tests would flood stderr
    sys.setrecursionlimit(20000)
    out = sys.stdout
    if argv[:1] == ['--list-stdlib']:
        out.write(''.join(p + '\n' for p in stdlib_files()))
    elif argv[:1] == ['--constants']:
        for rec in constants_records():
            out.write(json.dumps(rec) + '\n')
    elif argv[:1] == ['--random-floats']:
        for rec in random_floats(int(argv[1])):
            out.write(json.dumps(rec) + '\n')
    elif argv[:1] == ['--source']:
        out.write(json.dumps(file_record('<string>', argv[1])) + '\n')
    elif argv[:1] == ['--printable-table']:
        out.write(printable_table())
    else:
        paths = argv
        if argv[:2] == ['--files-from', '-']:
            paths = (line.rstrip('\n') for line in sys.stdin)
        for path in paths:
            if path:
                out.write(json.dumps(file_record(path)) + '\n')
                out.flush()
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
