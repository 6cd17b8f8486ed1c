// Loaded with `node --import` into the measured `pyc build` process: on exit, writes the process's
// peak resident set size (KB; worker threads included, they share the process) to the file named
// by PYC_BENCH_MAXRSS_FILE.
import { writeFileSync } from 'node:fs';

const out = process.env['PYC_BENCH_MAXRSS_FILE'];
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
