#!/usr/bin/env node
// The `pyc` command (built by `npm install` via the prepare script).
//
// The CLI runs on a worker thread with a large stack: the Ohm matcher recurses several
// JavaScript frames per grammar rule, and Python allows 200 nested brackets (CPython's limit),
// far deeper than the main thread's ~1 MB stack can follow. Exit status and output pass
// through unchanged.
import { Worker } from 'node:worker_threads';

const cli = new Worker(new URL('../dist/src/cli/main.js', import.meta.url), {
  argv: process.argv.slice(2),
  resourceLimits: { stackSizeMb: 256 },
});
cli.on('error', (e) => {
  process.stderr.write(`pyc: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.env.PYC_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exitCode = 2;
});
cli.on('exit', (code) => {
  process.exitCode ||= code;
});
