"""`python3 -S rusage.py OUT CMD ARGS...`: runs CMD as a child (its standard streams are this
process's) and writes to the file OUT, as JSON, the child's own resource usage as the kernel
reports it to wait4(): user and system CPU time (all its threads), peak RSS, and the wall time
from just before the spawn to just after the reaping. Exits with the child's exit status (128 +
N when killed by signal N). The measurement is taken outside the child, so the same method
serves any program (python3, node) and adds nothing to its start-up."""
import json
import os
import sys
import time

out, argv = sys.argv[1], sys.argv[2:]
t0 = time.perf_counter()
pid = os.posix_spawnp(argv[0], argv, os.environ)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - t0
code = os.waitstatus_to_exitcode(status)
with open(out, "w") as f:
    json.dump({
        "wallSeconds": wall,
        "userSeconds": usage.ru_utime,
        "systemSeconds": usage.ru_stime,
        "maxRssKb": usage.ru_maxrss,
        "status": code,
    }, f)
sys.exit(code if code >= 0 else 128 - code)
