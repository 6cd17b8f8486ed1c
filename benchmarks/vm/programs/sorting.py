"""Sorting: list.sort and sorted on ints, floats, strs, tuples, with key functions (lambda and
a method), reverse=True, stability, plus min/max with keys and a hand-written merge sort
(list slicing and appends). Size: list length."""
import sys

DEFAULT_SIZE = 120_000


def lcg(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        out.append(x >> 33)
    return out


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


class Record:
    def __init__(self, key, name):
        self.key = key
        self.name = name

    def sort_key(self):
        return (self.key % 100, self.name)


def main(n):
    ints = lcg(n, 42)
    a = sorted(ints)
    b = merge_sort(ints)
    assert a == b
    floats = [x / 7.0 for x in ints]
    floats.sort(reverse=True)
    strs = ["%x" % x for x in ints]
    strs.sort()
    by_len = sorted(strs, key=len)
    pairs = [(x % 1000, -x) for x in ints]
    pairs.sort()
    records = [Record(x, strs[i % len(strs)]) for i, x in enumerate(ints[: n // 2])]
    records.sort(key=Record.sort_key)
    stable = sorted(records, key=lambda r: r.key % 10)
    lo = min(ints, key=lambda x: x % 9973)
    hi = max(strs, key=lambda s: s[::-1])
    print(a[0], a[-1], a[n // 2], floats[0] > floats[-1], strs[0], strs[-1], by_len[0])
    print(pairs[0], pairs[-1], records[0].name, stable[0].name, stable[-1].key % 10, lo, hi)


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
