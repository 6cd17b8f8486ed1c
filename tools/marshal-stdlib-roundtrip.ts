// Script mode of the marshal round-trip check over the whole stdlib:
//   node dist/tools/marshal-stdlib-roundtrip.js [--out DIR] [--one-process] [--limit N]
// compiles every stdlib .py with py_compile in a fresh process per file (or, with --one-process,
// all in one process as compileall does), reads each .pyc with pyc's marshal, writes it again and
// counts byte-identical bodies. DIR keeps the CPython .pyc files between runs.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileFresh, compileOneProcess, roundTripPyc, stdlibDir, stdlibSources } from '../test/marshal/corpus.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const oneProcess = args.includes('--one-process');
  const out = opt('--out') ?? mkdtempSync(join(tmpdir(), 'pyc-marshal-'));
  const root = stdlibDir();
  let sources = stdlibSources(root);
  const limit = opt('--limit');
  if (limit) sources = sources.slice(0, Number(limit));

  const t0 = Date.now();
  const compiled = oneProcess ? compileOneProcess(sources, root, out) : await compileFresh(sources, root, out);
  const t1 = Date.now();
  let loaded = 0;
  let identical = 0;
  const diffs: string[] = [];
  for (const c of compiled) {
    if (c.pyc === null) continue;
    loaded++;
    const r = roundTripPyc(c.pyc);
    if (r.identical) identical++;
    else diffs.push(`${c.source}: ${r.detail}`);
  }
  const t2 = Date.now();
  const skipped = compiled.length - loaded;
  console.log(`reference: py_compile, ${oneProcess ? 'one process for all files' : 'a fresh process per file'} (${out})`);
  console.log(`sources: ${compiled.length}, not compilable by CPython: ${skipped}`);
  console.log(`byte-identical after loads+dumps: ${identical}/${loaded}`);
  console.log(`time: compile ${((t1 - t0) / 1000).toFixed(1)} s, round trip ${((t2 - t1) / 1000).toFixed(1)} s`);
  for (const d of diffs.slice(0, 50)) console.log('  ' + d);
  if (diffs.length > 50) console.log(`  ... ${diffs.length - 50} more`);
}

await main();
