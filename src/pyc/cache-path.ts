// `importlib.util.cache_from_source` / `source_from_cache` of CPython 3.11 on POSIX, quirks
// included: a name without a dot gets the tag glued on ('foo' -> 'foocpython-311.pyc'), and the
// path is split and joined with importlib's own helpers, not os.path.

export const CACHE_TAG = 'cpython-311';
export const PYCACHE = '__pycache__';
export const OPT = 'opt-';
export const BYTECODE_SUFFIX = '.pyc';
export const SOURCE_SUFFIX = '.py';

export interface CacheOptions {
  /** '' (the default) for plain .pyc, 1 or 2 for `-O` / `-OO`, or any alphanumeric tag. */
  optimization?: string | number;
  /** `sys.pycache_prefix` (PYTHONPYCACHEPREFIX), or null. */
  pycachePrefix?: string | null;
  /** Directory that makes a relative path absolute under a prefix (os.getcwd()). */
  cwd?: string;
}

/** `_path_split`: on the last '/'. */
function pathSplit(path: string): [string, string] {
  const i = path.lastIndexOf('/');
  return i < 0 ? ['', path] : [path.slice(0, i), path.slice(i + 1)];
}

/** `_path_join` on POSIX: drops empty parts and trailing separators of each part. */
function pathJoin(...parts: string[]): string {
  return parts
    .filter((p) => p !== '')
    .map((p) => p.replace(/\/+$/, ''))
    .join('/');
}

function isAlnum(s: string): boolean {
  return /^[\p{L}\p{N}]+$/u.test(s);
}

export function cacheFromSource(path: string, options: CacheOptions = {}): string {
  let [head, tail] = pathSplit(path);
  const dot = tail.lastIndexOf('.');
  const base = dot < 0 ? '' : tail.slice(0, dot);
  const sep = dot < 0 ? '' : '.';
  const rest = dot < 0 ? tail : tail.slice(dot + 1);
  let almost = (base ? base : rest) + sep + CACHE_TAG;
  const opt = String(options.optimization ?? '');
  if (opt !== '') {
    if (!isAlnum(opt)) throw new RangeError(`'${opt}' is not alphanumeric`);
    almost = `${almost}.${OPT}${opt}`;
  }
  const filename = almost + BYTECODE_SUFFIX;
  const prefix = options.pycachePrefix ?? null;
  if (prefix !== null) {
    if (!head.startsWith('/')) head = pathJoin(options.cwd ?? process.cwd(), head);
    return pathJoin(prefix, head.replace(/^\/+/, ''), filename);
  }
  return pathJoin(head, PYCACHE, filename);
}

export function sourceFromCache(path: string, options: Pick<CacheOptions, 'pycachePrefix'> = {}): string {
  let [head, pycacheFilename] = pathSplit(path);
  let foundInPrefix = false;
  const prefix = options.pycachePrefix ?? null;
  if (prefix !== null) {
    const stripped = prefix.replace(/\/+$/, '');
    if (head.startsWith(stripped + '/')) {
      head = head.slice(stripped.length);
      foundInPrefix = true;
    }
  }
  if (!foundInPrefix) {
    let pycache: string;
    [head, pycache] = pathSplit(head);
    if (pycache !== PYCACHE) throw new RangeError(`${PYCACHE} not bottom-level directory in '${path}'`);
  }
  const dots = pycacheFilename.split('.').length - 1;
  if (dots !== 2 && dots !== 3) throw new RangeError(`expected only 2 or 3 dots in '${pycacheFilename}'`);
  if (dots === 3) {
    const parts = pycacheFilename.split('.');
    const optimization = parts[parts.length - 2]!;
    if (!optimization.startsWith(OPT)) {
      throw new RangeError(`optimization portion of filename does not start with '${OPT}'`);
    }
    const level = optimization.slice(OPT.length);
    if (!isAlnum(level)) throw new RangeError(`optimization level '${optimization}' is not an alphanumeric value`);
  }
  const base = pycacheFilename.split('.')[0]!;
  return pathJoin(head, base + SOURCE_SUFFIX);
}
