// Finding the Python files a command works on: a path is a file, or a directory searched
// recursively for *.py in a stable (sorted) order, as compileall does.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface FoundFile {
  /** The path as the user gave it, joined with the path found below it. */
  display: string;
  path: string;
}

export function findPythonFiles(paths: string[]): FoundFile[] {
  const out: FoundFile[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      out.push({ display: p, path: p });
      continue;
    }
    if (!isDir) {
      out.push({ display: p, path: p });
      continue;
    }
    walk(p, out);
  }
  return out;
}

function walk(dir: string, out: FoundFile[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== '__pycache__') walk(full, out);
    } else if (e.name.endsWith('.py')) {
      out.push({ display: full, path: full });
    }
  }
}
