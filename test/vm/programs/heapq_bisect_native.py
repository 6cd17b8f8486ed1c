import heapq, bisect, random
random.seed(3)
for trial in range(50):
    data = [random.randint(0, 50) for _ in range(random.randint(0, 30))]
    h = []
    for x in data: heapq.heappush(h, x)
    out = [heapq.heappop(h) for _ in range(len(h))]
    assert out == sorted(data), (data, out)
    h2 = data[:]; heapq.heapify(h2); assert sorted(h2) == sorted(data) and (not h2 or h2[0] == min(data))
print(h2[:5], heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq._heapify_max(data) or data[:3], heapq._heappop_max(data))
def t(f, *a, **k):
    try: print('ok', repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
t(heapq.heappush, (), 1); t(heapq.heappop, []); t(heapq.heapreplace, [], 1); t(heapq.heappush, [1], 'x'); t(heapq.heapify, 5); t(heapq.heappushpop, [], 3)
a = [1, 2, 2, 4]
t(bisect.bisect, a, 2); t(bisect.bisect_left, a, 2, 1); t(bisect.bisect_left, a, 2, lo=-1); t(bisect.bisect_right, a, 2, 0, 2); t(bisect.bisect, a, 3, key=None)
t(bisect.bisect_left, [('a', 1), ('b', 5)], 4, key=lambda p: p[1]); t(bisect.insort, a, 3); print(a); t(bisect.insort_left, a, 0, hi=2); print(a)
t(bisect.bisect, 5, 1); t(bisect.bisect, a, 'x'); t(bisect.bisect, a, 1, 0, 4, None)
print(list(heapq.merge([1, 3], [2, 4], key=lambda v: -v if False else v)), heapq.heappushpop([1, 5], 3))
