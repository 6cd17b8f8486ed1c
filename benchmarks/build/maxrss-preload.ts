// Loaded with `node --import` into the measured `pyc build` process: on exit, writes the process's
// peak resident set size (KB) and CPU time (user and system, seconds), worker threads included
// (they share the process), as JSON to the file named by PYC_BENCH_MAXRSS_FILE.
import { writeFileSync } from 'node:fs';

const out = process.env['PYC_BENCH_MAXRSS_FILE'];
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ maxRssKb: u.maxRSS, userSeconds: u.userCPUTime / 1e6, systemSeconds: u.systemCPUTime / 1e6 }));
  });
}
