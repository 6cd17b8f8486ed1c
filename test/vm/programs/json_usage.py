import json

data = {"name": "pyc", "version": [3, 11], "ok": True, "none": None, "pi": 3.14159, "nested": {"a": [1, 2, {"b": "c"}]}}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
back = json.loads(s)
print(back == data, back["nested"]["a"][2])
print(json.loads('[1, 2.5, "x\\u00e9\\n", null, true, false, {"k": -1e10}]'))
print(json.dumps("héllo ☃ \U0001f600"), json.dumps("héllo", ensure_ascii=False))
print(json.dumps([1.0, 1e100, 0.1, -0.0, 12345678901234567890]))
print(json.dumps({"b": 1, "a": 2}, separators=(",", ":")))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("error:", e)
class P:
    def __init__(self, x): self.x = x
print(json.dumps(P(3), default=lambda o: {"P": o.x}))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
