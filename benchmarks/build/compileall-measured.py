"""Runs `python3 -m compileall ARGS...` and then prints, on the last line of stderr, a JSON object
with the peak resident set size (KB) of this process and of its largest child (the -j workers),
and the CPU time (user + system, seconds) of this process and of its children together."""
import json
import resource
import runpy
import sys

sys.argv = ['compileall'] + sys.argv[1:]
status = 0
try:
    runpy.run_module('compileall', run_name='__main__', alter_sys=True)
except SystemExit as e:
    status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
me = resource.getrusage(resource.RUSAGE_SELF)
children = resource.getrusage(resource.RUSAGE_CHILDREN)
sys.stderr.write(json.dumps({
    'self_maxrss_kb': me.ru_maxrss,
    'children_maxrss_kb': children.ru_maxrss,
    'cpu_seconds': me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime,
}) + '\n')
sys.exit(status)
