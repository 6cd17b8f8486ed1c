#!/usr/bin/env node
// `npm test`'s runner: node's test runner over every dist/test/**/*.test.js (Node 20's --test
// takes no globs, and given a directory it would also run helper scripts that live in test/).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

function find(dir, out) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) find(p, out);
    else if (e.name.endsWith('.test.js')) out.push(p);
  }
  return out;
}

const only = process.argv.slice(2);
const files = find(join('dist', 'test'), []).sort().filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
console.log(`running ${files.length} test files: ${files.map((f) => relative('dist/test', f)).join(', ')}`);
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
