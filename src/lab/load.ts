// Loading a grammar extension at run time: the `.ohm` file is compiled by Ohm against the base
// grammar (`EXT <: Python { ... }`), the actions module is imported, both are checked
// (check.ts), and the result is a SyntaxBackend. Nothing is generated or rebuilt.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ohm from 'ohm-js';
import { ohm as loadOhm, pythonGrammars } from '../parse/ohm.js';
import type { ActionDict } from './api.js';
import { ExtensionBackend } from './backend.js';
import { checkExtension, type ExtensionParts } from './check.js';
import { excerpt, ExtensionError, lineAndCol, stackLine } from './extension-error.js';
import { lab } from './lab.js';

export interface ExtensionFiles {
  /** An Ohm grammar `NAME <: Python { ... }`. */
  grammar?: string;
  /** An ESM module whose default export gives the actions (api.ts). */
  actions?: string;
}

function readSource(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'No such file or directory' : err.code === 'EISDIR' ? 'Is a directory' : err.message;
    throw new ExtensionError(file, `cannot read the ${what}: ${why}`);
  }
}

/** Ohm's error for a grammar, at its place in the file. */
function grammarError(file: string, source: string, e: Error & { interval?: { startIdx: number; endIdx: number }; shortMessage?: string }): ExtensionError {
  let detail = e.shortMessage ?? e.message;
  detail = detail.replace(/^Grammar (\S+) is not declared in namespace .*$/, 'Grammar $1 is not declared: an extension starts `NAME <: Python {`');
  detail = detail.replace(/^Found more than one grammar definition.*$/, 'one grammar per extension file, please: found more than one');
  if (!e.interval) return new ExtensionError(file, detail);
  const { line, col } = lineAndCol(source, e.interval.startIdx);
  const lineEnd = source.indexOf('\n', e.interval.startIdx);
  const width = Math.max(1, Math.min(e.interval.endIdx, lineEnd < 0 ? source.length : lineEnd) - e.interval.startIdx);
  return new ExtensionError(file, detail, line, col, excerpt(source, line, col, width));
}

export function loadGrammar(file: string): { grammar: ohm.Grammar; source: string } {
  const source = readSource(file, 'grammar extension');
  let grammar: ohm.Grammar;
  try {
    grammar = loadOhm().grammar(source, { Python: pythonGrammars().Python });
  } catch (e) {
    throw grammarError(file, source, e as Error);
  }
  if (grammar.superGrammar !== pythonGrammars().Python) {
    const at = source.indexOf(grammar.name);
    const { line, col } = lineAndCol(source, Math.max(0, at));
    throw new ExtensionError(file, `grammar ${grammar.name} must extend Python: write \`${grammar.name} <: Python { ... }\``, line, col, excerpt(source, line, col, grammar.name.length));
  }
  return { grammar, source };
}

/**
 * Where a module's JavaScript syntax error is: import() does not say (V8 keeps it out of the
 * stack), `node --check` does.
 */
function syntaxErrorLine(source: string): { line: number } | null {
  const r = spawnSync(process.execPath, ['--input-type=module', '--check'], { input: source, encoding: 'utf8' });
  const m = /^\[stdin\]:(\d+)/.exec(r.stderr ?? '');
  return m ? { line: Number(m[1]) } : null;
}

export async function loadActions(file: string): Promise<{ actions: ActionDict; source: string; url: string }> {
  const source = readSource(file, 'actions module');
  const url = pathToFileURL(resolve(file)).href;
  const located = (e: unknown, what: string): ExtensionError => {
    const at = stackLine(e, url) ?? (e instanceof SyntaxError ? syntaxErrorLine(source) : null);
    const detail = `${what}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
    return new ExtensionError(file, detail, at?.line ?? null, null, at ? excerpt(source, at.line, null) : '');
  };
  let module: { default?: unknown };
  try {
    module = (await import(url)) as { default?: unknown };
  } catch (e) {
    throw located(e, 'the actions module does not load');
  }
  let actions = module.default;
  const shape = 'its default export must be `({ ast, toAST, loc, ... }) => ({ Rule(child, ...) { ... } })` or an action dictionary';
  if (actions === undefined) throw new ExtensionError(file, `the actions module has no default export: ${shape}`);
  if (typeof actions === 'function') {
    try {
      actions = (actions as (l: typeof lab) => unknown)(lab);
    } catch (e) {
      throw located(e, 'the default export threw');
    }
  }
  if (typeof actions !== 'object' || actions === null || Array.isArray(actions)) {
    throw new ExtensionError(file, `the actions are not an object (${actions === null ? 'null' : Array.isArray(actions) ? 'a list' : typeof actions}): ${shape}`);
  }
  return { actions: actions as ActionDict, source, url };
}

/** Loads an extension (a grammar, actions, or both) and makes its backend. Throws ExtensionError. */
export async function loadExtension(files: ExtensionFiles): Promise<ExtensionBackend> {
  const g = files.grammar !== undefined ? loadGrammar(files.grammar) : null;
  const a = files.actions !== undefined ? await loadActions(files.actions) : null;
  const parts: ExtensionParts = {
    grammar: g?.grammar ?? pythonGrammars().Python,
    grammarFile: files.grammar ?? null,
    grammarSource: g?.source ?? null,
    actions: a?.actions ?? {},
    actionsFile: files.actions ?? null,
    actionsSource: a?.source ?? null,
    actionsUrl: a?.url ?? null,
  };
  checkExtension(parts);
  try {
    return new ExtensionBackend(parts);
  } catch (e) {
    // Ohm's own check of the action dictionary, should one of ours have missed something.
    throw new ExtensionError(files.actions ?? files.grammar ?? 'extension', (e as Error).message.replace(/\n/g, ' '));
  }
}
