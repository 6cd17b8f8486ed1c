#!/usr/bin/env python3
"""CPython's side of `npm run bench:parse`: times ast.parse on the files named on stdin.

Usage: python3 tools/bench-parse.py MIN_SECONDS < file-list
All files are read into memory first; one untimed warm-up pass; then whole passes over the
files until MIN_SECONDS have gone by (at least one). Only ast.parse is timed. Files ast.parse
rejects are left out of every pass (and listed). Prints one JSON object:
  {"files", "lines", "bytes", "passes", "seconds" and "cpu_seconds" (of each pass), "maxrss_kb", "rejected"}
"""
import ast
import json
import resource
import sys
import time
import warnings


def count_lines(source):
    return source.count(b'\n') + (0 if source.endswith(b'\n') or not source else 1)


def main(argv):
    min_seconds = float(argv[1]) if len(argv) > 1 else 0.0
    paths = [line.rstrip('\n') for line in sys.stdin if line.strip()]
    sources = []
    for p in paths:
        with open(p, 'rb') as f:
            sources.append((p, f.read()))
    warnings.simplefilter('ignore')
    kept, rejected = [], []
    for p, src in sources:  # the warm-up pass, which also finds the files CPython rejects
        try:
            ast.parse(src, p)
            kept.append((p, src))
        except (SyntaxError, ValueError):
            rejected.append(p)
    passes, cpu = [], []
    started = time.perf_counter()
    while not passes or time.perf_counter() - started < min_seconds:
        t0, c0 = time.perf_counter(), time.process_time()
        for p, src in kept:
            ast.parse(src, p)
        passes.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    print(json.dumps({
        'files': len(kept),
        'lines': sum(count_lines(s) for _, s in kept),
        'bytes': sum(len(s) for _, s in kept),
        'passes': len(passes),
        'seconds': passes,
        'cpu_seconds': cpu,
        'maxrss_kb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        'rejected': rejected,
    }))


if __name__ == '__main__':
    sys.setrecursionlimit(10000)
    main(sys.argv)
