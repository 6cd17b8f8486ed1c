// The VM benchmark's programs: benchmarks/vm/programs/*.py. Each reads its size from
// sys.argv[1], defaulting to the `DEFAULT_SIZE = N` line in its source (the benchmark size,
// ~0.5 s of CPU time on python3 on the development machine); every program's work grows
// linearly with its size (sorting: n log n), so sizes scale by a common factor.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const vmBenchDir = join(projectRoot, 'benchmarks', 'vm');
export const programsDir = join(vmBenchDir, 'programs');
/** `pass`: what start-up costs (interpreter, then compiling and running an empty module). */
export const startupProgram = join(vmBenchDir, 'startup.py');

export interface BenchProgram {
  name: string;
  path: string;
  defaultSize: number;
}

export function listBenchPrograms(): BenchProgram[] {
  return readdirSync(programsDir)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => {
      const path = join(programsDir, f);
      const m = /^DEFAULT_SIZE = ([0-9_]+)$/m.exec(readFileSync(path, 'utf8'));
      if (!m) throw new Error(`${path}: no 'DEFAULT_SIZE = N' line`);
      return { name: f.slice(0, -3), path, defaultSize: Number(m[1]!.replace(/_/g, '')) };
    });
}

/** The program's size scaled by `scale` (at least 1). */
export function scaledSize(p: BenchProgram, scale: number): number {
  return Math.max(1, Math.round(p.defaultSize * scale));
}
