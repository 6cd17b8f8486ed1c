#!/usr/bin/env node
// `npm run generate`: rebuilds everything in generated/ from the declarative sources in grammar/.
//   grammar/python.ohm   -> generated/python.ohm-bundle.{cjs,d.ts} (@ohm-js/cli generateBundles)
//   grammar/Python.asdl  -> generated/ast.ts                      (tools/gen-ast.mjs)
//   python3's unicodedata -> generated/unicode-names.txt          (tools/gen-unicode-names.py)
//   grammar/python.ohm   -> generated/python-parser.{js,d.ts}     (tools/gen-parser.mjs)
// A test (test/generated/stale.test.ts) runs the same steps into a temp directory and fails when
// the committed files differ, so generated/ can never drift from grammar/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Writes the Ohm bundles for grammar/python.ohm into `outDir`. The bundle is CommonJS (.cjs):
 * pyc loads Ohm only when it needs it (an error pass, `--parser ohm`, the grammar lab), and
 * must do so synchronously, with require() (src/parse/ohm.ts); the .d.ts types it.
 */
export function generateOhmBundle(outDir) {
  const ohmCli = join(root, 'node_modules', '@ohm-js', 'cli', 'index.js');
  const tmp = join(outDir, '.ohm-tmp');
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  // generateBundles writes next to its input, so it works on a copy inside a scratch directory.
  writeFileSync(join(tmp, 'python.ohm'), readFileSync(join(root, 'grammar', 'python.ohm')));
  execFileSync(process.execPath, [ohmCli, 'generateBundles', '--withTypes', join(tmp, 'python.ohm')], { stdio: 'inherit' });
  renameSync(join(tmp, 'python.ohm-bundle.js'), join(outDir, 'python.ohm-bundle.cjs'));
  renameSync(join(tmp, 'python.ohm-bundle.d.ts'), join(outDir, 'python.ohm-bundle.d.ts'));
  rmSync(tmp, { recursive: true, force: true });
}

/** Writes generated/ast.ts from grammar/Python.asdl into `outDir`. */
export async function generateAst(outDir) {
  const gen = join(root, 'tools', 'gen-ast.mjs');
  if (!existsSync(gen)) return;
  execFileSync(process.execPath, [gen, '--out', join(outDir, 'ast.ts')], { stdio: 'inherit' });
}

/** Writes the `\N{...}` name table from python3's unicodedata (Unicode 14.0, as 3.11's). */
export function generateUnicodeNames(outDir) {
  execFileSync('python3', [join(root, 'tools', 'gen-unicode-names.py'), join(outDir, 'unicode-names.txt')], { stdio: 'inherit' });
}

/** Writes the parser generated from grammar/python.ohm (tools/gen-parser.mjs). */
export async function generateParser(outDir) {
  const { writeParser } = await import('./gen-parser.mjs');
  writeParser(outDir);
}

export async function generateAll(outDir) {
  mkdirSync(outDir, { recursive: true });
  generateOhmBundle(outDir);
  await generateParser(outDir);
  await generateAst(outDir);
  generateUnicodeNames(outDir);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outIndex = process.argv.indexOf('--out');
  await generateAll(outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(root, 'generated'));
}
