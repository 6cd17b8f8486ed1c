import types
m = types.MappingProxyType({'a': 1, 'b': 2})
print(m.keys(), m.values(), m.items(), list(m), len(m), m['a'], 'a' in m, m.get('z', 0), m.copy(), repr(m), type(m).__name__)
print(m | {'c': 3}, {'c': 3} | m if hasattr(dict, '__ror__') else '')
try: m['x'] = 1
except TypeError as e: print(e)
class C:
    x = 1
print(type(C.__dict__).__name__, 'x' in C.__dict__, C.__dict__['x'], sorted(k for k in C.__dict__.keys() if not k.startswith('__')))
