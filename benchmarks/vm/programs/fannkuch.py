"""Fannkuch-redux: for every permutation of 1..n (in the benchmark game's order), count the
flips of prefixes until 1 comes first; print the checksum and the maximum (list slicing and
reversal, index arithmetic, while loops). Size: how many times fannkuch(8) runs."""
import sys

DEFAULT_SIZE = 12


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        k = perm1[0]
        if k:
            perm = perm1[:]
            flips = 0
            while k:
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
        # Next permutation in the benchmark's order: rotate the first r+1 elements.
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        sign = -sign


def main(times):
    total = 0
    for _ in range(times):
        checksum, flips = fannkuch(8)
        total += checksum
    print(total)
    print("Pfannkuchen(%d) = %d" % (8, flips))


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
