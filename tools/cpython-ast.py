#!/usr/bin/env python3
"""The oracle for `pyc ast --jsonl`: the same JSON lines, produced by CPython's own parser.

Usage: python3 tools/cpython-ast.py [--parse-only] PATH...   (or paths on stdin with -)
Each line: {"file": PATH, "dump": ast.dump(tree, include_attributes=True)}
       or  {"file": PATH, "error": {"type", "msg", "lineno", "offset", "end_lineno", "end_offset"}}
"""
import ast
import json
import sys


def record(path):
    try:
        with open(path, 'rb') as f:
            source = f.read()
    except OSError as e:
        return {'file': path, 'error': {'type': type(e).__name__, 'msg': str(e), 'lineno': None,
                                        'offset': None, 'end_lineno': None, 'end_offset': None}}
    try:
        tree = ast.parse(source, path)
    except SyntaxError as e:
        return {'file': path, 'error': {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno,
                                        'offset': e.offset, 'end_lineno': e.end_lineno,
                                        'end_offset': e.end_offset}}
    except (ValueError, UnicodeDecodeError) as e:
        return {'file': path, 'error': {'type': type(e).__name__, 'msg': str(e), 'lineno': None,
                                        'offset': None, 'end_lineno': None, 'end_offset': None}}
    return {'file': path, 'dump': ast.dump(tree, include_attributes=True)}


def main(argv):
    paths = argv[1:]
    if paths == ['-']:
        paths = [line.rstrip('\n') for line in sys.stdin if line.strip()]
    out = sys.stdout
    for p in paths:
        out.write(json.dumps(record(p), ensure_ascii=True) + '\n')


if __name__ == '__main__':
    sys.setrecursionlimit(10000)
    main(sys.argv)
