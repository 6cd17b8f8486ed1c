// The files `pyc build` compiles, found as compileall finds them: a directory is listed with
// os.listdir, sorted by code point, `__pycache__` skipped, subdirectories entered unless they are
// symlinks, and every regular file (or symlink to one) whose name ends in .py is compiled. Paths
// are joined as os.path.join joins them ('./lib' + 'a.py' is './lib/a.py', not 'lib/a.py'), since
// the joined path becomes co_filename. A path given as a file is compiled whatever its name, as
// py_compile does.

import { readdirSync, statSync } from 'node:fs';

export interface SourceFile {
  /** The path as os.path.join built it: read from, compiled under, reported as. */
  path: string;
  /** Whether it was found by listing a directory (as opposed to named on the command line). */
  listed: boolean;
}

/** Python's str ordering: by code point (JS compares UTF-16 units, which differs above U+FFFF). */
function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** os.path.join(dir, name) on POSIX. */
export function pyJoin(dir: string, name: string): string {
  if (name.startsWith('/')) return name;
  if (dir === '' || dir.endsWith('/')) return dir + name;
  return dir + '/' + name;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function walk(dir: string, out: SourceFile[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // compileall: "Can't list ..." and goes on
  }
  entries.sort((a, b) => compareCodePoints(a.name, b.name));
  for (const e of entries) {
    if (e.name === '__pycache__') continue;
    const full = pyJoin(dir, e.name);
    if (e.isDirectory()) walk(full, out);
    else if (e.isSymbolicLink() && isDirectory(full)) continue; // compileall does not follow these
    else if (e.name.endsWith('.py') && isFile(full)) out.push({ path: full, listed: true });
  }
}

/** The files to compile, in compileall's order; a missing path is kept, to be reported. */
export function findBuildFiles(paths: readonly string[]): SourceFile[] {
  const out: SourceFile[] = [];
  for (const p of paths) {
    if (isDirectory(p)) walk(p, out);
    else out.push({ path: p, listed: false });
  }
  return out;
}

export { isDirectory };
