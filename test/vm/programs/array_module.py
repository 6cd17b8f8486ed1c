import array
for tc in 'bBuhHiIlLqQfd':
    a = array.array(tc)
    print(tc, a.itemsize, repr(a))
for tc, v in [('b', 200), ('B', -1), ('h', 40000), ('H', -1), ('i', 2**31), ('I', -1), ('l', 2**63), ('L', -1), ('q', 2**63), ('Q', -1), ('b', -129)]:
    try: array.array(tc, [v])
    except OverflowError as e: print(tc, e)
try: array.array('x')
except ValueError as e: print(e)
try: array.array('i', [1.5])
except TypeError as e: print(e)
try: array.array('i', 'abc')
except TypeError as e: print(e)
a = array.array('d', [1, 2.5]); print(a, a[0], a.tolist(), a.tobytes(), array.array('u', 'hé'), array.array('i', b'\x01\x00\x00\x00'))
a = array.array('i', range(5)); a[1:3] = array.array('i', [9]); print(a, a.pop(), a.index(9), a * 2, a + a, 9 in a, a.buffer_info()[1], a.count(0))
try: a[1:2] = [1]
except TypeError as e: print(e)
try: a + array.array('d')
except TypeError as e: print(e)
print(array.typecodes, a == array.array('i', [0, 9, 3]), array.array('i', [1]) < array.array('i', [2]), bytes(array.array('H', [1, 2])), list(memoryview(array.array('b', [1, -1]))) if False else '')
f = array.array('f', [0.1, 1e40, -2.5]); print(f, f[0] == 0.1, f.tobytes().hex())
b = array.array('B', b'hello'); b.reverse(); b.append(33); b.extend([1, 2]); b.insert(0, 7); del b[1]; print(b, b.tobytes(), b[::2], b[-1])
b.byteswap(); h = array.array('H', [1, 256]); h.byteswap(); print(h, len(h), sum(h), sorted(array.array('i', [3, 1, 2])))
try: array.array('B', [1]).pop(5)
except IndexError as e: print(e)
try: array.array('B', [])[0]
except IndexError as e: print(e)
import pickle, copy
print(copy.copy(array.array('i', [1, 2])), copy.deepcopy(array.array('u', 'ab')), pickle.loads(pickle.dumps(array.array('d', [1.5]))))
import multiprocessing, struct
print(struct.unpack('<3h', array.array('h', [1, -2, 3]).tobytes()))
