#!/usr/bin/env node
// The `pyc` command (built by `npm install` via the prepare script).
//
// The CLI runs on a worker thread with a large stack: the Ohm matcher recurses several
// JavaScript frames per grammar rule, and Python allows 200 nested brackets (CPython's limit),
// far deeper than the main thread's ~1 MB stack can follow. Exit status and output pass
// through unchanged.
//
// Its young generation is larger than V8's default: parsing makes many short-lived objects
// (parse-tree nodes that become AST nodes), and a larger nursery lets most of them die without
// being copied: 1.3-1.5x faster parsing for ~100 MB more memory (benchmarks/README.md).
import { Worker } from 'node:worker_threads';

const cli = new Worker(new URL('../dist/src/cli/main.js', import.meta.url), {
  argv: process.argv.slice(2),
  resourceLimits: { stackSizeMb: 256, maxYoungGenerationSizeMb: 192 },
});
cli.on('error', (e) => {
  process.stderr.write(`pyc: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.env.PYC_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exitCode = 2;
});
cli.on('exit', (code) => {
  process.exitCode ||= code;
});
