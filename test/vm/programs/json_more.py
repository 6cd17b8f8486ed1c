import json, decimal, collections
import json
from collections import OrderedDict
print(json.dumps({"a": [1, {"b": (2, 3)}]}, indent=4))
print(json.dumps([float('inf'), float('nan'), -float('inf')]))
try:
    json.dumps([float('nan')], allow_nan=False)
except ValueError as e:
    print("VE", e)
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('[1e400, -0.0, 1.5e-7, 123456789012345678901234567890]'))
print(json.loads('"\\ud83d\\ude00"'), len(json.loads('"\\ud83d\\ude00"')))
print(json.loads('{"x": 1.5}', parse_float=str), json.loads('[1]', parse_int=float))
print(json.loads('[1,2]', object_pairs_hook=OrderedDict))
print(json.loads('{"a": {"b": 2}}', object_pairs_hook=OrderedDict))
for bad in ['[1,]', '{"a" 1}', '', '[1 2]', '"abc', 'nul', '{"a":1}x', '[\n  1,\n  ]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, e.lineno, e.colno, e.pos)
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=E))
try:
    json.dumps({"s": object()})
except TypeError as e:
    print("TE", e)
print(json.dumps({1: 2, True: 3, None: 4, 1.5: 5}))
try:
    json.dumps({(1,2): 3})
except TypeError as e:
    print("TE", e)
print(json.dumps({(1,2): 3}, skipkeys=True))
print(json.dumps("\x00\x1f\u2028\"\\/"))
print(json.dumps(list(range(3)), indent="\t"))
import io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf)
print(buf.getvalue())
print(json.load(io.StringIO('{"z": [true, false, null]}')))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent=1))
try:
    a = []; a.append(a); json.dumps(a)
except ValueError as e:
    print("VE", e)
print(json.JSONDecoder().raw_decode('{"a": 1} rest'))
print(json.dumps(12345678901234567890123), json.dumps(1/3), json.dumps(1e22), json.dumps(True))
import enum
class Color(enum.IntEnum):
    RED = 1
print(json.dumps([Color.RED]))
for bad in ['"\\x"', '"abc\\', '"\\u12"', '"\\u12zz"', '{"a":1,}', '[1,]', '{"a"}', '{1:2}', '[', '{', '"\x01"', 'tru', '-', '-x', '1.', '1e', '01', '[1 2]', '{"a":1 "b":2}', '😀 [1', '["😀", x]', '"\\ud800"', '[1]]', '  ', 'NaN', '-Infinity', '1e999', '"\\ud83d\\ude00"']:
    try:
        print(repr(bad), repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(repr(bad), 'ERR', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
print(json.loads('1.5', parse_float=decimal.Decimal), json.loads('[1, 2.0]', parse_int=str), json.loads('NaN', parse_constant=lambda c: c))
print(json.loads('{"b": 1, "a": [{"c": null}]}', object_pairs_hook=collections.OrderedDict))
print(json.loads(' \n {"x" : \t [ ] , "y":{}} \n'), json.loads('"\\u00e9\\n\\t\\/"'), json.loads('123456789012345678901234567890'), json.loads('-0'), json.loads('-0.0'), json.loads('1E+2'))
print(json.dumps({'a': [1, 2.5, None, True, 'x"y\\z\n\u2028\U0001F600']}), json.dumps('é', ensure_ascii=False), json.dumps(['\x7f', '\x00']))
class F(float): pass
class I(int): pass
print(json.dumps([F(1.5), I(3), float('1e16'), 1e-7, 2**70]), json.dumps({1.5: 1, I(2): 2, None: 3}, sort_keys=False))
print(json.dumps([[]] * 3, separators=(',', ':')), json.dumps({'k': ()}), json.dumps(collections.OrderedDict([('z', 1), ('a', 2)])))
try: json.dumps({'a': 1, 2: 3}, sort_keys=True)
except TypeError as e: print('TE', e)
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True), json.dumps(float('nan')), json.dumps({'x': float('-inf')}))
d = {}
d['self'] = d
try: json.dumps(d)
except ValueError as e: print('VE', e)
class X: pass
try: json.dumps([X()])
except TypeError as e: print('TE', e)
print(json.dumps({'a': X()}, default=lambda o: 'X!'), json.dumps(X(), default=lambda o: [1, {'q': o.__class__.__name__}]))
print(json.decoder.scanstring('"abc"def', 1), json.encoder.encode_basestring_ascii('hé"'), json.encoder.c_make_encoder is not None, json.scanner.c_make_scanner is not None)
print(list(json.JSONEncoder().iterencode({'a': [1, 2]})), json.JSONDecoder().raw_decode('[1] x'), json.JSONDecoder().decode(' {"a": 1} '))
big = {'k%d' % i: list(range(i % 7)) for i in range(200)}
assert json.loads(json.dumps(big)) == big
print(len(json.dumps(big)), json.dumps(big, indent=2)[:60])
