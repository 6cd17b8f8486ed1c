// Reading and writing whole .pyc files: header + marshalled code object.

import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PyCode } from '../bytecode/code.js';
import { dumps, loadsAt } from '../marshal/index.js';
import { HEADER_SIZE, PycError, packHeader, parseHeader, sourceHash, toUint32, type InvalidationMode, type PycHeader } from './header.js';

export interface Pyc {
  header: PycHeader;
  code: PyCode;
}

/** The bytes of a .pyc: `_code_to_timestamp_pyc` / `_code_to_hash_pyc`. */
export function pycBytes(code: PyCode, header: PycHeader): Uint8Array {
  const body = dumps(code);
  const out = new Uint8Array(HEADER_SIZE + body.length);
  out.set(packHeader(header), 0);
  out.set(body, HEADER_SIZE);
  return out;
}

/** Parses a whole .pyc; throws PycError for a bad header, MarshalError for a bad body. */
export function parsePyc(data: Uint8Array, name = '<pyc>'): Pyc {
  const header = parseHeader(data, name);
  const { value } = loadsAt(data, HEADER_SIZE);
  if (!(value instanceof PyCode)) throw new PycError('ImportError', `Non-code object in ${name}`);
  return { header, code: value };
}

export function readPyc(path: string): Pyc {
  return parsePyc(readFileSync(path), path);
}

/** The mode py_compile gives a new .pyc: the source's permission bits, plus owner-write. */
export function pycMode(sourcePath: string): number {
  try {
    return (statSync(sourcePath).mode & 0o777) | 0o200;
  } catch {
    return 0o666;
  }
}

function tempName(path: string): string {
  return `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
}

/**
 * Writes `data` to `path` so that readers see either the old file or the whole new one: a
 * temporary file in the same directory (same file system, so the rename is atomic), then renamed
 * over `path`. Parent directories are created as py_compile does. No fsync, as importlib's
 * _write_atomic: the rename is what makes the write atomic for readers, and an fsync per .pyc
 * cost ~8% of a stdlib build (benchmarks/README.md).
 */
export function writeFileAtomicSync(path: string, data: Uint8Array, mode = 0o666): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tempName(path);
  const fd = openSync(tmp, 'wx', mode);
  try {
    try {
      for (let off = 0; off < data.length; ) off += writeSync(fd, data, off);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    throw e;
  }
}

export async function writeFileAtomic(path: string, data: Uint8Array, mode = 0o666): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = tempName(path);
  const fh = await open(tmp, 'wx', mode);
  try {
    try {
      await fh.writeFile(data);
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

export interface SourceInfo {
  /** st_mtime in seconds (fractional allowed). */
  mtime: number;
  size: number;
  /** Needed for hash-based checks. */
  bytes?: Uint8Array;
}

export function statSource(path: string, withBytes: boolean): SourceInfo {
  const st = statSync(path, { bigint: true });
  // st_mtime as Python builds it: seconds plus nanoseconds * 1e-9, as a double.
  const sec = st.mtimeNs / 1_000_000_000n;
  const mtime = Number(sec) + Number(st.mtimeNs - sec * 1_000_000_000n) * 1e-9;
  return { mtime, size: Number(st.size), bytes: withBytes ? readFileSync(path) : undefined };
}

/**
 * Whether a .pyc with `header` is current for `source`, as a build tool must decide it:
 * timestamp pycs by mtime and size (importlib's `_validate_timestamp_pyc`), hash-based pycs by
 * the source hash — unchecked ones too, since the build, unlike the importer, wants them fresh.
 * With `mode`, a pyc of another invalidation mode is stale (compileall rewrites those).
 */
export function isPycUpToDate(header: PycHeader, source: SourceInfo, mode?: InvalidationMode): boolean {
  if (mode !== undefined && header.mode !== mode) return false;
  if (header.mode === 'timestamp') {
    return header.mtime === toUint32(source.mtime) && header.sourceSize === toUint32(source.size);
  }
  if (!source.bytes) throw new TypeError('hash-based .pyc checks need the source bytes');
  const h = sourceHash(source.bytes);
  return h.every((b, i) => b === header.sourceHash[i]);
}

/** isPycUpToDate for files on disk; a missing or unreadable .pyc is not up to date. */
export function isPycFileUpToDate(pycPath: string, sourcePath: string, mode?: InvalidationMode): boolean {
  let header: PycHeader;
  try {
    const fd = openSync(pycPath, 'r');
    try {
      const buf = new Uint8Array(HEADER_SIZE);
      const n = readHead(fd, buf);
      header = parseHeader(buf.subarray(0, n), pycPath);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
  return isPycUpToDate(header, statSource(sourcePath, header.mode !== 'timestamp'), mode);
}

function readHead(fd: number, buf: Uint8Array): number {
  let n = 0;
  while (n < buf.length) {
    const r = readSync(fd, buf, n, buf.length - n, n);
    if (r === 0) break;
    n += r;
  }
  return n;
}
