import sys
print('exiting cleanly')
raise SystemExit
