// The backend running the parser generated from grammar/python.ohm (tools/gen-parser.mjs,
// `npm run generate`). Its tree has the shape of Ohm's (src/parse/cst.ts), and the same
// semantic actions as the Ohm backend's turn it into the AST.
import type * as ast from '../../generated/ast.js';
import { makeParser } from '../../generated/python-parser.js';
import { actions } from './actions.js';
import type { SyntaxBackend } from './backend.js';
import { Iteration, Leaf, Nonterminal, setOperations, Terminal, withSourceText, type CstNode } from './cst.js';
import { tokenEndActions } from './token-end.js';

const parser = makeParser<CstNode, CstNode, CstNode, CstNode>({ Nonterminal, Iteration, Terminal, Leaf });
let operationsSet = false;

export const generated: SyntaxBackend = {
  name: 'generated',
  parse(text, startRule) {
    if (!operationsSet) {
      // On first use: actions.ts and the parser modules import each other (through f-strings).
      /* eslint-disable-next-line @typescript-eslint/no-explicit-any */
      setOperations({ toAST: actions as any, tokenEnd: tokenEndActions as any });
      operationsSet = true;
    }
    const tree = parser.parse(text, startRule);
    if (tree === null) return null;
    return withSourceText(text, () => tree.toAST() as ast.mod | ast.expr);
  },
};

export function generatedBackend(): SyntaxBackend {
  return generated;
}
