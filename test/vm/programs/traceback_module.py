import traceback, warnings, logging
try:
    1/0
except Exception:
    traceback.print_exc()
warnings.warn("careful")
logging.warning("logged %d", 3)
def f(n): return f(n+1)
try:
    f(0)
except RecursionError as e:
    print("RE", e)
import sys
print(traceback.format_exception_only(ValueError, ValueError('x')))
