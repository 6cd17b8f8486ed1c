// The JavaScript parsers `npm run bench:parse` times (each in its own child process, worker.ts):
// pyc's parser with either syntax backend, and the peers, installed as devDependencies:
//   pyright      pyright's Parser.parseSourceFile (pyright-parser.ts), Python 3.11 options
//   tree-sitter  tree-sitter-python's wasm build on web-tree-sitter
//   lezer        @lezer/python's LR parser
// Peers are imported dynamically and typed here by what is used, so that `tsc` needs none of
// them and a peer that is not installed is skipped at run time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as ast from '../../generated/ast.js';
import type { PyrightParse, PyrightParser } from './pyright-parser.js';

// (Not test/conformance's projectRoot: that module loads pyc's parser, which a peer's process should not.)
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const jsParserNames = ['generated', 'ohm', 'pyright', 'tree-sitter', 'lezer'] as const;
export type JsParserName = (typeof jsParserNames)[number];

export interface Checked {
  /** The parser made a tree (of the module, for the peers; for pyc an AST or a SyntaxError, not another exception). */
  tree: boolean;
  /** The tree has errors (error nodes, diagnostics), or pyc raised. */
  errors: boolean;
}

export interface BenchParser<T = unknown> {
  /** What runs: package, version, entry point. */
  readonly invoked: string;
  /** Parses the bytes of one file (peers decode them as UTF-8 first, inside the timing); never throws for bad syntax. */
  parse(source: Uint8Array, filename: string): T;
  check(result: T): Checked;
  /** Frees what a parse allocated outside the JS heap (tree-sitter's trees live in wasm memory). */
  release?(result: T): void;
  /**
   * True when checking costs nothing (the parse already says: pyc raises a SyntaxError), so the
   * first timed pass checks; otherwise one more untimed pass after the timing does.
   */
  readonly checkedWhileTimed: boolean;
  /** pyc only: decoding + layout and ast.dump timed apart (--phases). */
  phases?(sources: Uint8Array[], files: string[]): { layoutSeconds: number; dumpSeconds: number; parseSeconds: number };
}

/** Thrown when a peer is not installed: the benchmark skips it. */
export class NotInstalled extends Error {}

const decoder = new TextDecoder();

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

/** import() of a package that may be missing: its absence becomes NotInstalled. */
async function importPeer(specifier: string): Promise<unknown> {
  try {
    return await import(specifier);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') throw new NotInstalled(`${specifier} is not installed (npm install)`);
    throw e;
  }
}

export async function loadParser(name: JsParserName): Promise<BenchParser> {
  switch (name) {
    case 'generated':
    case 'ohm':
      return loadPyc(name);
    case 'pyright':
      return loadPyright();
    case 'tree-sitter':
      return loadTreeSitter();
    case 'lezer':
      return loadLezer();
  }
}

/** What pyc does with a file: an AST, a SyntaxError, or anything else thrown (a bug: no tree). */
type PycOutcome = 'ast' | 'syntax-error' | 'crash';

async function loadPyc(backend: 'generated' | 'ohm'): Promise<BenchParser<PycOutcome>> {
  const { parseBytes, PySyntaxError, ohmBackend } = await import('../../src/parse/parser.js');
  const { setSyntaxBackend } = await import('../../src/parse/backend.js');
  const { generatedBackend } = await import('../../src/parse/generated-backend.js');
  setSyntaxBackend(backend === 'ohm' ? ohmBackend : generatedBackend());
  const { dump } = await import('../../src/ast/dump.js');
  const { decodeSource } = await import('../../src/tokenize/decode.js');
  const { layout } = await import('../../src/tokenize/layout.js');
  const parse = (source: Uint8Array, filename: string): ast.Module | PycOutcome => {
    try {
      return parseBytes(source, filename);
    } catch (e) {
      return e instanceof PySyntaxError ? 'syntax-error' : 'crash';
    }
  };
  return {
    invoked: `pyc parseBytes(bytes, filename) after setSyntaxBackend(${backend === 'ohm' ? 'ohmBackend' : 'generatedBackend()'})`,
    checkedWhileTimed: true,
    parse: (source, filename) => {
      const r = parse(source, filename);
      return typeof r === 'string' ? r : 'ast';
    },
    check: (r) => ({ tree: r !== 'crash', errors: r !== 'ast' }),
    phases(sources, files) {
      let layoutSeconds = 0, dumpSeconds = 0, parseSeconds = 0;
      sources.forEach((s, i) => {
        const t0 = performance.now();
        layout(decodeSource(s).text);
        const t1 = performance.now();
        const tree = parse(s, files[i]!);
        if (typeof tree === 'string') return;
        const t2 = performance.now();
        dump(tree, { includeAttributes: true });
        const t3 = performance.now();
        layoutSeconds += (t1 - t0) / 1000;
        parseSeconds += (t2 - t1) / 1000;
        dumpSeconds += (t3 - t2) / 1000;
      });
      return { layoutSeconds, dumpSeconds, parseSeconds };
    },
  };
}

async function loadPyright(): Promise<BenchParser<PyrightParse>> {
  let pyright: PyrightParser;
  try {
    const { loadPyrightParser } = await import('./pyright-parser.js');
    pyright = loadPyrightParser();
  } catch (e) {
    if ((e as { code?: string }).code === 'MODULE_NOT_FOUND') throw new NotInstalled('pyright is not installed (npm install)');
    throw e;
  }
  return {
    invoked: `pyright ${pyright.version}: new Parser().parseSourceFile(text, {pythonVersion: 3.11}, new DiagnosticSink()) from dist/pyright-internal.js`,
    checkedWhileTimed: false,
    parse: (source) => pyright.parse(decoder.decode(source)),
    // ParseNodeType.Module is 36 in pyright's parseNodes.ts.
    check: (r) => ({ tree: r.tree?.nodeType === 36, errors: r.errors > 0 }),
  };
}

// web-tree-sitter, as far as it is used here.
interface TsNode { type: string; hasError: boolean }
interface TsTree { rootNode: TsNode; delete(): void }
interface TsParser { setLanguage(language: unknown): TsParser; parse(text: string): TsTree | null }
interface WebTreeSitter {
  Parser: { init(): Promise<void>; new (): TsParser };
  Language: { load(path: string): Promise<unknown> };
}

async function loadTreeSitter(): Promise<BenchParser<TsTree | null>> {
  const { Parser, Language } = (await importPeer('web-tree-sitter')) as WebTreeSitter;
  let wasm: string;
  try {
    wasm = createRequire(import.meta.url).resolve('tree-sitter-python/tree-sitter-python.wasm');
  } catch {
    throw new NotInstalled('tree-sitter-python is not installed (npm install)');
  }
  await Parser.init();
  const parser = new Parser().setLanguage(await Language.load(wasm));
  return {
    invoked: `tree-sitter-python ${packageVersion('tree-sitter-python')} (tree-sitter-python.wasm) on web-tree-sitter ${packageVersion('web-tree-sitter')}: parser.parse(text)`,
    checkedWhileTimed: false,
    parse: (source) => parser.parse(decoder.decode(source)),
    check: (tree) => ({ tree: tree?.rootNode.type === 'module', errors: tree?.rootNode.hasError ?? false }),
    release: (tree) => tree?.delete(),
  };
}

// @lezer/python and @lezer/common, as far as they are used here.
interface LezerTree { type: { name: string }; length: number; iterate(spec: { enter(node: { type: { isError: boolean } }): boolean | void }): void }
interface LezerPython { parser: { parse(text: string): LezerTree } }

async function loadLezer(): Promise<BenchParser<{ tree: LezerTree; length: number }>> {
  const { parser } = (await importPeer('@lezer/python')) as LezerPython;
  return {
    invoked: `@lezer/python ${packageVersion('@lezer/python')} (@lezer/lr ${packageVersion('@lezer/lr')}): parser.parse(text)`,
    checkedWhileTimed: false,
    parse(source) {
      const text = decoder.decode(source);
      return { tree: parser.parse(text), length: text.length };
    },
    check({ tree, length }) {
      let errors = false;
      // Lezer always recovers: errors are ⚠ nodes in the tree.
      tree.iterate({ enter: (node) => { if (node.type.isError) errors = true; return !errors; } });
      return { tree: tree.type.name === 'Script' && tree.length === length, errors };
    },
  };
}
