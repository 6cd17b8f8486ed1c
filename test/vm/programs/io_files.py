import io, os, tempfile
_tmp = tempfile.TemporaryDirectory()
os.chdir(_tmp.name)
fn = '_t.txt'
def t(f, *a, **k):
    try:
        r = f(*a, **k); print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)
with open(fn, 'w') as f:
    print(repr(f), f.encoding, f.mode, f.name, f.newlines, f.line_buffering, f.buffer, f.buffer.raw, f.errors)
    t(f.read)
    t(f.write, 'héllo\nworld\r\nx\ry\n')
    t(f.tell)
t(f.write, 'x'); t(f.read); t(f.tell); t(f.flush); t(lambda: f.closed); t(f.readline); t(f.fileno); t(f.seek, 0)
t(iter, f)
f = open(fn, 'rb')
print(repr(f), f.mode, f.name, f.raw)
t(f.write, b'x'); t(f.read, 3); t(f.peek); t(f.tell); t(f.read1, 2); t(f.readline); t(f.readlines); t(f.seek, -2, 2); t(f.read); t(f.seek, -1)
f.close(); t(f.read); t(f.seek, 0); t(f.tell); t(f.write, b'')
f = open(fn, 'wb'); t(f.read); t(f.write, 'x'); f.close(); t(f.write, b'x'); t(f.flush)
open(fn, 'w').write('héllo\nworld\r\nx\ry\n')
f = open(fn, 'rb', buffering=0); print(repr(f)); t(f.read, 2); t(f.readall); f.close(); t(f.read)
t(open, fn, 'rw'); t(open, fn, 'rt+b'); t(open, '/nonexistent/x'); t(open, '/'); t(open, fn, 'r', encoding='bogus')
t(open, fn, 'r', buffering=0)
f = open(fn, 'r'); t(f.seek, 3, 1); t(f.seek, 0, 1); t(f.seek, 0, 2); t(f.seek, -1); t(f.seek, 1); t(f.read); t(f.write, 'x'); f.close()
f = open(fn, 'r', newline=''); print(repr(f.read())); f.close()
f = open(fn, 'r'); print(repr(f.read()), f.newlines); f.close()
f = open(fn, 'r', newline='\r'); print(f.readlines()); f.close()
f = open(fn, 'r'); print(f.readline(), f.tell(), f.readline(2), f.tell(), f.read(3), f.tell()); f.close()
b = io.BytesIO(b'abc\ndef'); print(b.read1(), b.getbuffer().tobytes(), b.seek(0), list(b), b.readable(), b.seekable()); t(b.read1, -1)
s = io.StringIO('a\r\nb', newline=None); print(repr(s.read()))
s = io.StringIO(); s.write('x😀y'); print(s.tell(), s.seek(1), s.read(), s.getvalue())
s = io.StringIO('abc'); s.seek(5); s.write('z'); print(repr(s.getvalue()))
w = io.TextIOWrapper(io.BytesIO(b'line1\nline2\n'), encoding='utf-8'); print(w.readlines(), repr(w), w.encoding)
w = io.TextIOWrapper(io.BytesIO()); w.write('a\nb'); w.flush(); print(w.buffer.getvalue())
os.remove(fn)
with open('_t2.txt', 'w+') as f:
    f.write('abc\ndef\n'); f.seek(0); print(f.readline(), f.tell()); f.write('X'); f.seek(0); print(repr(f.read()))
with open('_t2.txt', 'a') as f:
    print(f.tell()); f.write('app\n'); print(f.tell())
with open('_t2.txt', 'r+') as f:
    print(f.read(2)); f.seek(0, 2); f.write('end'); f.seek(0); print(f.read().splitlines())
with open('_t2.txt', 'rb+') as f:
    f.seek(1); f.write(b'ZZ'); f.seek(0); print(f.read(5), f.tell()); f.truncate(3); f.seek(0); print(f.read())
with open('_t2.txt', 'x' if False else 'w', encoding='latin-1') as f:
    f.write('é')
print(open('_t2.txt', 'rb').read(), open('_t2.txt', encoding='latin-1').read())
with open('_t2.txt', 'w', encoding='ascii') as f:
    t(f.write, 'é')
import sys
print(sys.stdout.buffer, sys.stdout.encoding, sys.stderr.errors, sys.stdin.name, sys.stdout.mode, sys.stdout.fileno(), sys.stdout.writable(), sys.stdout.readable())
sys.stdout.write('direct\n'); sys.stdout.buffer.write(b'bytes\n'); sys.stdout.flush()
print(io.open is open, io.TextIOWrapper, io.FileIO, io.BufferedReader, io.DEFAULT_BUFFER_SIZE, isinstance(open(fn, 'w'), io.TextIOBase), isinstance(open(fn, 'rb'), io.BufferedIOBase), issubclass(io.FileIO, io.RawIOBase))
class MyRaw(io.RawIOBase):
    def __init__(self, data): self.data = data; self.pos = 0
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, 3)
        b[:n] = self.data[self.pos:self.pos + n]; self.pos += n
        return n
r = MyRaw(b'hello world\nsecond line\n')
print(r.read(4), r.readline(), r.read(), r.closed)
br = io.BufferedReader(MyRaw(b'one\ntwo\nthree'))
print(br.read(2), br.readline(), list(br))
tw = io.TextIOWrapper(io.BufferedReader(MyRaw('ünïcode\nline2'.encode())), encoding='utf-8')
print(tw.read(3), tw.readline(), tw.read())
class Up(io.TextIOBase):
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s.upper()); return len(s)
u = Up(); print('hi', 'there', file=u); print(u.parts, u.closed); u.close(); print(u.closed)
t(u.write, 'x'); t(u.read)
import os
os.remove('_t2.txt')
os.chdir('/')
_tmp.cleanup()
