import heapq, bisect
h = []
for x in [5, 1, 8, 3, 2, 9]: heapq.heappush(h, x)
print(h, heapq.heappop(h), heapq.heappushpop(h, 4), heapq.heapreplace(h, 0), h)
print(heapq.nlargest(3, [1, 8, 2, 9, 3]), heapq.nsmallest(2, [5, 1, 8], key=lambda x: -x), list(heapq.merge([1, 4, 7], [2, 5], [3])))
l = [9, 2, 7, 1]; heapq.heapify(l); print(l, [heapq.heappop(l) for _ in range(4)])
print(list(heapq.merge(['a', 'c'], ['b'], key=str.upper, reverse=False)))
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 4, 0, 2))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
print(bisect.bisect([(1, 'a'), (3, 'b')], 2, key=lambda t: t[0]))
