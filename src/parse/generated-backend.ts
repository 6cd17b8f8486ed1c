// The backend running the parser generated from grammar/python.ohm (tools/gen-parser.mjs,
// `npm run generate`). Its tree has the shape of Ohm's (src/parse/cst.ts), and the same
// semantic actions as the Ohm backend's turn it into the AST.
import type * as ast from '../../generated/ast.js';
import { makeParser, type GeneratedParser } from '../../generated/python-parser.js';
import { actions, transparentRules } from './actions.js';
import type { SyntaxBackend } from './backend.js';
import { Iteration, Leaf, Nonterminal, ruleInfo, setOperations, Terminal, withSourceText, type CstNode, type RuleInfo } from './cst.js';
import { tokenEndActions } from './token-end.js';

let parser: GeneratedParser<CstNode> | null = null;

/** Made on first use: actions.ts and the parser modules import each other (through f-strings). */
function makeTheParser(): GeneratedParser<CstNode> {
  /* eslint-disable-next-line @typescript-eslint/no-explicit-any */
  setOperations({ toAST: actions as any, tokenEnd: tokenEndActions as any });
  // Nodes the actions would only pass through are left out (see transparentRules in actions.ts).
  const hasAction = (rule: string) => (actions as Record<string, unknown>)[rule] !== undefined;
  return makeParser<CstNode, CstNode, CstNode, CstNode, RuleInfo>({ Nonterminal, Iteration, Terminal, Leaf }, (rule) =>
    transparentRules.has(rule) ? 2 : hasAction(rule) ? 0 : 1, ruleInfo);
}

/**
 * A copy of `text` in one piece of memory. The parser receives slices of a file's text, which
 * V8 keeps as views into the whole; reading characters through such a view is ~30% slower.
 */
function flatString(text: string): string {
  return text.length < 16 ? text : Buffer.from(text, 'utf16le').toString('utf16le');
}

export const generated: SyntaxBackend = {
  name: 'generated',
  parse(text, startRule) {
    parser ??= makeTheParser();
    text = flatString(text);
    const tree = parser.parse(text, startRule);
    if (tree === null) return null;
    return withSourceText(text, () => tree.toAST() as ast.mod | ast.expr);
  },
};

export function generatedBackend(): SyntaxBackend {
  return generated;
}
