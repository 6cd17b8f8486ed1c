// Whole-stdlib differential run of dump (not part of `npm test`: about a minute):
//
//   npx tsc -p . && node dist/test/ast/dump-stdlib.js [--jobs N]
//
// Every .py file of python3's stdlib (site-packages excluded) is parsed by CPython, rebuilt
// as pyc nodes and dumped both ways ast.dump is used in pyc (include_attributes=True, and
// indent=2); a file counts as identical when both strings equal CPython's. Files CPython
// cannot parse are skipped. Exits 1 on any mismatch.

import { dump } from '../../src/ast/dump.js';
import { decodeTree, exportFiles, firstDifference, listStdlib } from './cpython-export.js';
import type { FileRecord } from './cpython-export.js';

interface Tally {
  total: number;
  identical: number;
  skipped: number;
  mismatches: string[];
}

function check(rec: FileRecord, tally: Tally): void {
  if (rec.error !== undefined) {
    tally.skipped++;
    return;
  }
  tally.total++;
  const tree = decodeTree(rec.tree);
  const flat = dump(tree, { includeAttributes: true });
  const indented = dump(tree, { indent: 2 });
  if (flat === rec.dump && indented === rec.dump_indent) tally.identical++;
  else {
    const diff = flat !== rec.dump ? firstDifference(flat, rec.dump) : 'indent=2 ' + firstDifference(indented, rec.dump_indent);
    tally.mismatches.push(`${rec.file}: ${diff}`);
  }
}

async function main(): Promise<number> {
  const jobsArg = process.argv.indexOf('--jobs');
  const jobs = jobsArg >= 0 ? Number(process.argv[jobsArg + 1]) : 2;
  const files = listStdlib();
  const tally: Tally = { total: 0, identical: 0, skipped: 0, mismatches: [] };
  const started = Date.now();
  // CPython's ast.dump is the slow side, so several exporter processes run at once, each on
  // an interleaved share of the files, while this process checks whatever arrives.
  await Promise.all(
    Array.from({ length: jobs }, async (_, j) => {
      for await (const rec of exportFiles(files.filter((_, i) => i % jobs === j))) check(rec, tally);
    }),
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  for (const m of tally.mismatches.slice(0, 10)) console.log(`MISMATCH ${m}`);
  console.log(
    `dump identical: ${tally.identical}/${tally.total} parsed stdlib files;` +
      ` ${tally.mismatches.length} mismatched; ${tally.skipped} rejected by CPython and skipped; ${seconds} s`,
  );
  return tally.mismatches.length === 0 ? 0 : 1;
}

process.exitCode = await main();
