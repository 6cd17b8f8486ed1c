// CPython's own .pyc files as a corpus for marshal: each stdlib file compiled by py_compile in a
// fresh process (CPython's marshal output depends on what its process did before), then read
// and rewritten by pyc's marshal and compared byte for byte.

import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import { dumps, loads } from '../../src/marshal/index.js';
import { PYTHON, pool, runPython, spawnPython } from './python.js';

export function stdlibDir(): string {
  return runPython("import sysconfig; print(sysconfig.get_paths()['stdlib'])").toString().trim();
}

/** Every .py file of the stdlib outside site-packages, sorted. */
export function stdlibSources(dir = stdlibDir()): string[] {
  const code = `
import os, sys
root = sys.argv[1]
out = []
for d, subs, files in os.walk(root):
    subs[:] = sorted(s for s in subs if s not in ('site-packages', '__pycache__'))
    out += [os.path.join(d, f) for f in files if f.endswith('.py')]
print('\\n'.join(sorted(out)))`;
  return runPython(code, '', [dir]).toString().trim().split('\n');
}

const PY_COMPILE = 'import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)';

export interface Compiled {
  source: string;
  /** Null when CPython could not compile the file (the deliberately invalid test files). */
  pyc: string | null;
}

/** py_compile each file in its own fresh process into `outDir`, mirroring paths under `root`. */
export async function compileFresh(sources: readonly string[], root: string, outDir: string, jobs = cpus().length): Promise<Compiled[]> {
  return pool(sources, jobs, async (source) => {
    const pyc = join(outDir, relative(root, source) + 'c');
    if (!existsSync(pyc)) {
      mkdirSync(join(pyc, '..'), { recursive: true });
      const r = await spawnPython(['-c', PY_COMPILE, source, pyc]);
      if (r.code !== 0) return { source, pyc: null };
    }
    return { source, pyc };
  });
}

/** py_compile every file in one process, as compileall does: the "drifting" reference. */
export function compileOneProcess(sources: readonly string[], root: string, outDir: string): Compiled[] {
  const code = `
import py_compile, sys, os, json
root, out = sys.argv[1], sys.argv[2]
res = []
for src in json.load(sys.stdin):
    pyc = os.path.join(out, os.path.relpath(src, root) + 'c')
    os.makedirs(os.path.dirname(pyc), exist_ok=True)
    try:
        py_compile.compile(src, cfile=pyc, doraise=True)
        res.append(pyc)
    except Exception:
        res.append(None)
print(json.dumps(res))`;
  const pycs = JSON.parse(runPython(code, JSON.stringify(sources), [root, outDir]).toString()) as (string | null)[];
  return sources.map((source, i) => ({ source, pyc: pycs[i]! }));
}

export interface RoundTrip {
  identical: boolean;
  /** Offset of the first differing byte in the marshalled body, or the error message. */
  detail?: string;
}

/** loads the body of a .pyc and dumps it again; identical means the same bytes. */
export function roundTripPyc(pyc: string): RoundTrip {
  const body = readFileSync(pyc).subarray(16);
  let out: Uint8Array;
  try {
    out = dumps(loads(body));
  } catch (e) {
    return { identical: false, detail: `error: ${(e as Error).message}` };
  }
  if (Buffer.compare(Buffer.from(out), body) === 0) return { identical: true };
  let i = 0;
  while (i < body.length && body[i] === out[i]) i++;
  return { identical: false, detail: `first difference at body offset ${i} (lengths ${body.length} / ${out.length})` };
}

export { PYTHON };
