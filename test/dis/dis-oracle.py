#!/usr/bin/env python3
"""The dis oracle for pyc's disassembler tests: CPython 3.11's own .pyc files and dis output.

Reads JSON lines from stdin and answers each with one JSON line. Requests:
  {"path": P, "pyc": Q}   compile P as py_compile does (compile(bytes, P, 'exec', dont_inherit=True)),
                          write the .pyc to Q (timestamp header), and answer
                          {"pyc_dis": dis.dis(marshal.loads(data[16:])),   -- the .pyc reading
                           "src_dis": dis.dis(code)}                        -- `python3 -m dis P`
  {"source": S, "path": P, "pyc": Q}  the same for source text S compiled under the name P
  {"hashes": true}        {"none": hash(None), "ellipsis": hash(...)} of this process (hashed by
                          address: frozensets holding them are ordered by these)
Errors: {"error": {type, msg}}. Run with PYTHONHASHSEED fixed, or frozenset order is random.
"""
import dis
import importlib._bootstrap_external as ext
import io
import json
import marshal
import os
import sys
import warnings

warnings.simplefilter('ignore')


def dis_text(code):
    out = io.StringIO()
    dis.dis(code, file=out)
    return out.getvalue()


def answer(req):
    if 'hashes' in req:
        return {'none': str(hash(None)), 'ellipsis': str(hash(...))}
    path = req['path']
    if 'source' in req:
        source = req['source'].encode('utf-8', 'surrogateescape')
        mtime, size = 0, len(source)
    else:
        with open(path, 'rb') as f:
            source = f.read()
        st = os.stat(path)
        mtime, size = st.st_mtime, st.st_size
    try:
        code = compile(source, path, 'exec', dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError) as e:
        return {'error': {'type': type(e).__name__, 'msg': str(e)}}
    data = ext._code_to_timestamp_pyc(code, mtime, size)
    os.makedirs(os.path.dirname(req['pyc']) or '.', exist_ok=True)
    with open(req['pyc'], 'wb') as f:
        f.write(data)
    return {'pyc_dis': dis_text(marshal.loads(bytes(data[16:]))), 'src_dis': dis_text(code)}


for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    try:
        result = answer(json.loads(line))
    except Exception as e:  # noqa: BLE001 - report, keep serving
        result = {'error': {'type': 'OracleError', 'msg': f'{type(e).__name__}: {e}'}}
    sys.stdout.write(json.dumps(result) + '\n')
    sys.stdout.flush()
