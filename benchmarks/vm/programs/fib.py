"""Recursive Fibonacci: nothing but Python function calls, comparisons and small-int
arithmetic. Size: how many times fib(27) is computed (635,621 calls each)."""
import sys

DEFAULT_SIZE = 25


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(times):
    total = 0
    for _ in range(times):
        total += fib(27)
    print(total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
