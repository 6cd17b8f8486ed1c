// pyright's own parser (packages/pyright-internal/src/parser/parser.ts), taken out of the
// `pyright` npm package. That package publishes no library API: dist/ holds webpack chunks
// (vendor.js, pyright-internal.js: `exports.modules = {id: factory}`) and an entry chunk
// (pyright.js) whose runtime would start the CLI. So this file is a minimal webpack runtime of
// its own: it registers the chunks' module factories, and Node's built-ins under the ids the
// entry chunk gives them, then requires just the modules it needs, found by what they export:
//   parser/parser.ts          Parser, ParseOptions   (`new Parser().parseSourceFile(text, options, sink)`)
//   common/diagnosticSink.ts  DiagnosticSink         (where the parser's syntax errors go)
//   common/pythonVersion.ts   pythonVersion3_11
// Only the parser (and its tokenizer) run: no binder, checker or file system.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface WebpackModule { exports: unknown }
type WebpackRequire = ((id: string) => unknown) & Record<string, unknown>;
type ModuleFactory = (this: unknown, module: WebpackModule, exports: unknown, require: WebpackRequire) => void;

/** The parts of pyright's parser API used here. */
interface PyrightParserModule {
  Parser: new () => { parseSourceFile(text: string, options: object, sink: PyrightDiagnosticSink): { parserOutput: { parseTree: { nodeType: number } } } };
  ParseOptions: new () => { pythonVersion: unknown };
}
interface PyrightDiagnosticSink { getErrors(): { message: string }[] }

export interface PyrightParse {
  /** pyright's module node (ParseNodeType.Module), or undefined had it made none. */
  tree: { nodeType: number } | undefined;
  /** The syntax errors pyright reported. */
  errors: number;
}

export interface PyrightParser {
  readonly version: string;
  parse(text: string): PyrightParse;
}

export function loadPyrightParser(): PyrightParser {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('pyright/package.json');
  const dist = join(dirname(packageJson), 'dist');
  const factories: Record<string, ModuleFactory> = {};
  for (const chunk of ['vendor.js', 'pyright-internal.js']) {
    Object.assign(factories, (require(join(dist, chunk)) as { modules: Record<string, ModuleFactory> }).modules);
  }
  // The entry chunk maps Node's built-ins to module ids: `9896(e){e.exports=require("fs")}`.
  for (const [, id, name] of readFileSync(join(dist, 'pyright.js'), 'utf8').matchAll(/(\d+)\(e\)\{e\.exports=require\("([^"]+)"\)\}/g)) {
    factories[id!] = (module) => { module.exports = require(name!); };
  }

  const cache = new Map<string, WebpackModule>();
  const webpackRequire = ((id: string) => {
    let module = cache.get(String(id));
    if (module) return module.exports;
    const factory = factories[id];
    if (!factory) throw new Error(`pyright bundle: no module ${id}`);
    module = { exports: {} };
    cache.set(String(id), module);
    factory.call(module.exports, module, module.exports, webpackRequire);
    return module.exports;
  }) as WebpackRequire;
  // The runtime helpers webpack's generated code calls.
  const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
  Object.assign(webpackRequire, {
    m: factories,
    o: has,
    g: globalThis,
    d(exports: object, getters: Record<string, () => unknown>) {
      for (const k in getters) if (has(getters, k) && !has(exports, k)) Object.defineProperty(exports, k, { enumerable: true, get: getters[k] });
    },
    r(exports: object) {
      Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
      Object.defineProperty(exports, '__esModule', { value: true });
    },
    nmd(module: { paths?: unknown[]; children?: unknown[] }) {
      module.paths = [];
      module.children ??= [];
      return module;
    },
    n(module: { __esModule?: boolean; default?: unknown }) {
      const getter = module && module.__esModule ? () => module.default : () => module;
      Object.defineProperty(getter, 'a', { enumerable: true, get: getter });
      return getter;
    },
  });
  const moduleExporting = (pattern: RegExp, what: string): unknown => {
    const ids = Object.keys(factories).filter((id) => pattern.test(factories[id]!.toString()));
    if (ids.length !== 1) throw new Error(`pyright bundle: ${ids.length} modules define ${what} (expected 1; the bundle's layout changed)`);
    return webpackRequire(ids[0]!);
  };
  const parser = moduleExporting(/\.Parser=class\b/, 'Parser') as PyrightParserModule;
  const sinks = moduleExporting(/\.DiagnosticSink=/, 'DiagnosticSink') as { DiagnosticSink: new () => PyrightDiagnosticSink };
  const versions = moduleExporting(/\.pythonVersion3_11=/, 'pythonVersion3_11') as { pythonVersion3_11: unknown };

  const options = new parser.ParseOptions();
  options.pythonVersion = versions.pythonVersion3_11;
  const version = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
  return {
    version,
    parse(text) {
      // As pyright's SourceFile does: a new Parser and a new sink per file.
      const sink = new sinks.DiagnosticSink();
      const results = new parser.Parser().parseSourceFile(text, options, sink);
      return { tree: results.parserOutput.parseTree, errors: sink.getErrors().length };
    },
  };
}
