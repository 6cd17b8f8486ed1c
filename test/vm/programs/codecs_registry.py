import codecs
print('é€'.encode('cp1252'), b'\x80\xe9'.decode('cp1252'), 'x'.encode('utf-16'), 'é'.encode('iso8859-15'), 'é'.encode('koi8-r', 'replace'))
print('Привет'.encode('koi8-r'), b'\xf0\xd2\xc9\xd7\xc5\xd4'.decode('koi8-r'), 'abc'.encode('cp437'), 'ü'.encode('mac_roman'), 'x'.encode('utf_32_be'))
print(codecs.lookup('latin1').name, codecs.lookup('UTF8').name, codecs.encode('abc', 'rot13'), codecs.decode(b'616263', 'hex'))
try:
    'abc'.encode('rot13')
except LookupError as e:
    print('LookupError', e)
try:
    'x'.encode('no-such-codec')
except LookupError as e:
    print('LookupError', e)
try:
    '€'.encode('latin-1')
except UnicodeEncodeError as e:
    print(e, e.start, e.end, e.reason)
try:
    b'\x81'.decode('cp1252')
except UnicodeDecodeError as e:
    print(e)
print(b'\x81'.decode('cp1252', 'replace'), '€x'.encode('ascii', 'xmlcharrefreplace'), '€'.encode('cp1252', 'backslashreplace'), 'ĀĄ'.encode('cp1252', errors='replace'))
enc = codecs.getincrementalencoder('utf-8')()
print(enc.encode('é'), codecs.getincrementaldecoder('utf-8')().decode(b'\xc3'), codecs.utf_8_decode(b'abc'))
