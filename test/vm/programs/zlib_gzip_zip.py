import zlib, gzip, io, zipfile, tarfile, tempfile, os, base64
data = b'hello world ' * 50 + bytes(range(256))
c = zlib.compress(data)
print(len(c), c[:16], zlib.decompress(c) == data, zlib.crc32(data), zlib.adler32(data), zlib.crc32(b''), zlib.crc32(b'abc', 12345))
for lvl in (0, 1, 9):
    print(lvl, zlib.compress(data, lvl)[:12], len(zlib.compress(data, lvl)))
raw = zlib.compress(data, 6, -15); print(raw[:8], zlib.decompress(raw, -15) == data)
gz = zlib.compress(data, wbits=31); print(gz[:4], zlib.decompress(gz, 47) == data)
co = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
out = co.compress(data[:100]) + co.compress(data[100:]) + co.flush()
print(len(out), zlib.decompress(out, -15) == data)
do = zlib.decompressobj()
parts = [do.decompress(c[i:i + 10]) for i in range(0, len(c), 10)]
print(b''.join(parts) == data, do.eof, do.unused_data, do.flush())
do = zlib.decompressobj(); r = do.decompress(c + b'TRAILING'); print(len(r), do.eof, do.unused_data)
try: zlib.decompress(b'garbage')
except zlib.error as e: print('error', e)
try: zlib.decompress(c[:20])
except zlib.error as e: print('error', e)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as f: f.write(data)
print(len(buf.getvalue()), buf.getvalue()[:10])
print(gzip.decompress(buf.getvalue()) == data, gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue())).read(20))
print(gzip.decompress(gzip.compress(b'abc', mtime=0)), gzip.compress(b'abc', mtime=0))
d = tempfile.mkdtemp()
zp = os.path.join(d, 't.zip')
with zipfile.ZipFile(zp, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('a.txt', 'alpha ' * 100)
    z.writestr('b/c.bin', bytes(300))
with zipfile.ZipFile(zp) as z:
    print(z.namelist(), z.read('a.txt')[:12], len(z.read('b/c.bin')), [i.compress_size for i in z.infolist()], z.testzip())
tp = os.path.join(d, 't.tar.gz')
with tarfile.open(tp, 'w:gz') as t:
    info = tarfile.TarInfo('x.txt'); info.size = 5; info.mtime = 0
    t.addfile(info, io.BytesIO(b'xxxxx'))
with tarfile.open(tp) as t:
    print(t.getnames(), t.extractfile('x.txt').read())
with gzip.open(os.path.join(d, 'f.gz'), 'wt') as f: f.write('line1\nline2\n')
with gzip.open(os.path.join(d, 'f.gz'), 'rt') as f: print(f.readlines())
import shutil; shutil.rmtree(d)
