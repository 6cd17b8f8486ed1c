#!/usr/bin/env python3
"""CPython's verdicts on fuzz inputs, for test/fuzz/: one JSON line in, one JSON line out.

Input lines:  {"b64": base64 of the source bytes}
Output lines: {"dump_sha1": sha1 of ast.dump(tree, include_attributes=True)} (or "dump" with --dump)
          or  {"error": {"type", "msg", "lineno", "offset", "end_lineno", "end_offset"}}
The bytes are given to ast.parse as pyc's parseBytes gets them (BOM and PEP 263 honoured).
"""
import ast
import base64
import hashlib
import json
import sys
import warnings


def verdict(source, full_dump):
    try:
        tree = ast.parse(source, '<fuzz>')
    except SyntaxError as e:
        return {'error': {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                          'end_lineno': e.end_lineno, 'end_offset': e.end_offset}}
    except Exception as e:  # ValueError, UnicodeDecodeError, MemoryError, RecursionError...
        return {'error': {'type': type(e).__name__, 'msg': str(e), 'lineno': None, 'offset': None,
                          'end_lineno': None, 'end_offset': None}}
    dump = ast.dump(tree, include_attributes=True)
    if full_dump:
        return {'dump': dump}
    return {'dump_sha1': hashlib.sha1(dump.encode('utf-8', 'surrogatepass')).hexdigest()}


def main(argv):
    full_dump = '--dump' in argv
    warnings.simplefilter('ignore')  # SyntaxWarning/DeprecationWarning: not verdicts
    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        source = base64.b64decode(json.loads(line)['b64'])
        out.write(json.dumps(verdict(source, full_dump), ensure_ascii=True) + '\n')
        out.flush()


if __name__ == '__main__':
    sys.setrecursionlimit(10000)
    main(sys.argv)
