import sys
try:
    sys.exit('caught once')
except SystemExit as e:
    print('code', e.code)
raise SystemExit('goodbye message')
