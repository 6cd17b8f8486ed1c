// .pyc files of CPython 3.11: header, cache paths, atomic writing, reading, freshness checks.

export {
  FLAG_CHECK_SOURCE,
  FLAG_HASH_BASED,
  HEADER_SIZE,
  MAGIC_BYTES,
  MAGIC_NUMBER,
  PycError,
  RAW_MAGIC_NUMBER,
  makeHeader,
  packHeader,
  parseHeader,
  sourceHash,
  type InvalidationMode,
  type PycHeader,
} from './header.js';
export { CACHE_TAG, cacheFromSource, sourceFromCache, type CacheOptions } from './cache-path.js';
export {
  isPycFileUpToDate,
  isPycUpToDate,
  parsePyc,
  pycBytes,
  pycMode,
  readPyc,
  statSource,
  writeFileAtomic,
  writeFileAtomicSync,
  type Pyc,
  type SourceInfo,
} from './pyc-file.js';
export { siphash } from './siphash.js';
