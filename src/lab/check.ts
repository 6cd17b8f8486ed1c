// What is checked when an extension loads, before any source is parsed (each problem is an
// ExtensionError naming the file and line):
//   * every action names a rule of the extended grammar (with a "did you mean" for a typo);
//   * every action takes one parameter per child of its rule's body (Ohm's own rule);
//   * every syntactic rule the extension declares or overrides has an action: its own, or the
//     base grammar's when the rule keeps its shape, or none when its body has one child (Ohm
//     then passes that child's AST on).
import type { Grammar, PExpr } from 'ohm-js';
import { pythonGrammars } from '../parse/ohm.js';
import { actions as baseActions } from '../parse/actions.js';
import type { ActionDict } from './api.js';
import { actionLine, closest, excerpt, ExtensionError, lineAndCol } from './extension-error.js';

/** An extension as loaded: the grammar (Python itself when only actions are given) and the actions. */
export interface ExtensionParts {
  grammar: Grammar;
  grammarFile: string | null;
  grammarSource: string | null;
  actions: ActionDict;
  actionsFile: string | null;
  actionsSource: string | null;
  /** The file URL the actions module was imported from (it appears in stacks). */
  actionsUrl: string | null;
}

/** Ohm's catch-all actions, valid in any dictionary. */
export const SPECIAL_ACTIONS = new Set(['_iter', '_nonterminal', '_terminal']);

const BASE: Readonly<Record<string, (...args: unknown[]) => unknown>> = baseActions as never;

/** Where a rule is declared: the extension file and line, or grammar/python.ohm. */
export function ruleWhere(parts: ExtensionParts, rule: string): { file: string; line: number | null; col: number | null; excerpt: string } {
  const info = parts.grammar.rules[rule];
  if (!info || !Object.prototype.hasOwnProperty.call(parts.grammar.rules, rule) || parts.grammarSource === null || parts.grammar === pythonGrammars().Python) {
    return { file: 'grammar/python.ohm', line: null, col: null, excerpt: '' };
  }
  const { line, col } = lineAndCol(parts.grammarSource, info.source.startIdx);
  return { file: parts.grammarFile!, line, col, excerpt: excerpt(parts.grammarSource, line, col, rule.length) };
}

/** The children of a rule's body, as parameter names for a suggested action. */
export function childNames(body: PExpr): string[] {
  const factors = (body as unknown as { factors?: PExpr[] }).factors ?? [body];
  const names: string[] = [];
  factors.forEach((f, i) => {
    const arity = f.getArity();
    if (arity === 0) return;
    const m = /^([A-Za-z_]\w*)[?*+]?$/.exec(f.toString());
    if (arity === 1 && m) names.push(m[1]!.toLowerCase().replace(/^kw_/, '_'));
    else if (arity === 1) names.push(`_${i}`);
    else for (let j = 0; j < arity; j++) names.push(`_${i}_${j}`);
  });
  // Unique names: a rule may apply the same rule twice.
  const seen = new Map<string, number>();
  return names.map((n) => {
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return k > 1 ? `${n}${k}` : n;
  });
}

function plural(n: number, word: 'child' | 'parameter'): string {
  return `${n} ${n === 1 ? word : word === 'child' ? 'children' : 'parameters'}`;
}

function actionError(parts: ExtensionParts, name: string, detail: string): ExtensionError {
  const line = parts.actionsSource !== null ? actionLine(parts.actionsSource, name) : null;
  const at = line !== null && parts.actionsSource !== null ? excerpt(parts.actionsSource, line, null) : '';
  return new ExtensionError(parts.actionsFile ?? '(actions)', detail, line, null, at);
}

export function checkExtension(parts: ExtensionParts): void {
  const g = parts.grammar;
  const ruleNames = Object.keys(g.rules);
  for (const [name, fn] of Object.entries(parts.actions)) {
    if (typeof fn !== 'function') throw actionError(parts, name, `action '${name}' must be a function (a method \`${name}(...) { ... }\`), not ${fn === null ? 'null' : typeof fn}`);
    if (SPECIAL_ACTIONS.has(name)) continue;
    if (!(name in g.rules)) {
      const guess = closest(name, ruleNames);
      const of = parts.grammarFile ? `grammar ${g.name} (${parts.grammarFile})` : 'grammar Python (no --grammar given)';
      throw actionError(parts, name, `action '${name}' names no rule of ${of}${guess ? `: did you mean '${guess}'?` : ''}`);
    }
    const body = g.rules[name]!.body;
    const arity = body.getArity();
    if (fn.length !== arity) {
      const where = ruleWhere(parts, name);
      const at = where.line !== null ? ` (${where.file}, line ${where.line})` : '';
      throw actionError(parts, name, `action '${name}' takes ${plural(fn.length, 'parameter')}, but rule ${name}${at} has ${plural(arity, 'child')}: \`${name}(${childNames(body).join(', ')})\``);
    }
  }
  if (parts.grammar === pythonGrammars().Python) return;
  for (const name of ruleNames) {
    if (!Object.prototype.hasOwnProperty.call(g.rules, name) || !/^[A-Z]/.test(name)) continue;
    if (name in parts.actions) continue;
    const body = g.rules[name]!.body;
    const arity = body.getArity();
    if (arity === 1) continue;
    const base = BASE[name];
    if (base && base.length === arity) continue;
    const where = ruleWhere(parts, name);
    const add = `\`${name}(${childNames(body).join(', ')}) { ... }\``;
    const into = parts.actionsFile ? `add ${add} to ${parts.actionsFile}` : `give it one in an actions module (--actions FILE.js): ${add}`;
    const why = base ? `its body now has ${plural(arity, 'child')} and the base action takes ${base.length}` : `it has ${plural(arity, 'child')}, and only a rule with one child passes its child's AST on by itself`;
    throw new ExtensionError(where.file, `rule ${name} has no action: ${why}; ${into}`, where.line, where.col, where.excerpt);
  }
}
