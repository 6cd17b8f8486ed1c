#!/usr/bin/env python3
"""The compiler oracle: CPython 3.11's code objects, marshalled, for pyc's differential tests.

Reads JSON lines from stdin, one request per line, and answers each with one JSON line:
  {"path": P}                  compile(open(P, 'rb').read(), P, 'exec', dont_inherit=True)
  {"path": P, "source": S}     compile(S, P, 'exec', dont_inherit=True)
  ... "mode": M                 with mode M ('exec', 'eval' or 'single') instead
  ... "optimize": N             with optimize=N (-O level; default 0)
  {"dis": HEX}                 dis.dis(marshal.loads(bytes.fromhex(HEX))) of a code object
Answers: {"code": HEX} (marshal.dumps of the code object) or {"error": {type, msg, lineno,
offset, end_lineno, end_offset}}, or {"dis": TEXT}. Warnings are silenced (they do not change
the code). Runs until stdin closes, so one process serves a whole test run.
"""
import dis
import io
import json
import marshal
import sys
import warnings

warnings.simplefilter('ignore')


def compile_request(req):
    path = req['path']
    source = req.get('source')
    if source is None:
        with open(path, 'rb') as f:
            source = f.read()
    try:
        code = compile(source, path, req.get('mode', 'exec'), dont_inherit=True, optimize=req.get('optimize', 0))
    except SyntaxError as e:
        return {'error': {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                          'end_lineno': e.end_lineno, 'end_offset': e.end_offset}}
    except (ValueError, RecursionError, MemoryError, OverflowError) as e:
        return {'error': {'type': type(e).__name__, 'msg': str(e)}}
    return {'code': marshal.dumps(code).hex()}


def dis_request(req):
    code = marshal.loads(bytes.fromhex(req['dis']))
    out = io.StringIO()
    dis.dis(code, file=out, depth=0)
    return {'dis': out.getvalue()}


for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    req = json.loads(line)
    try:
        answer = dis_request(req) if 'dis' in req else compile_request(req)
    except Exception as e:  # noqa: BLE001 - report, keep serving
        answer = {'error': {'type': 'OracleError', 'msg': f'{type(e).__name__}: {e}'}}
    sys.stdout.write(json.dumps(answer) + '\n')
    sys.stdout.flush()
