// The `Lab` object an actions module receives (its API is documented in api.ts).
import type { IterationNode, Node } from 'ohm-js';
import * as ast from '../../generated/ast.js';
import { actions as baseActions, ActionSyntaxError } from '../parse/actions.js';
import { currentContext, loc, locBetween, locToEnd } from '../parse/context.js';
import { syntaxErrorFromAction } from '../parse/errors.js';
import { identifier } from '../parse/helpers.js';
import type { ActionDict, Lab, Position } from './api.js';
import { ExtensionSyntaxError } from './extension-error.js';

const toAST = (n: Node): any => n['toAST'](); // eslint-disable-line @typescript-eslint/no-explicit-any

/** A SyntaxError at the text of `node` in the text being parsed. */
export function syntaxErrorAt(start: number, end: number, msg: string): ExtensionSyntaxError {
  return new ExtensionSyntaxError(syntaxErrorFromAction(new ActionSyntaxError(msg, start, end), currentContext()).info());
}

export const lab: Lab = Object.freeze({
  ast,
  toAST,
  opt: (n: IterationNode) => (n.numChildren > 0 ? toAST(n.children[0]!) : null),
  list: (n: IterationNode) => n.children.map(toAST),
  listOf: (n: Node) => (n['asIteration']() as Node).children.map(toAST),
  text: (n: Node) => n.sourceString,
  loc: (n: Node) => loc(n) as Position,
  locBetween: (a: Node, b: Node) => locBetween(a, b) as Position,
  locToEnd: (n: Node) => locToEnd(n) as Position,
  name: (id: string, at: Node, ctx: ast.expr_context = ast.Load) => ast.Name(identifier(id), ctx, ...loc(at)),
  hiddenName: (purpose: string) => `.${purpose}`,
  syntaxError: (node: Node, msg: string) => syntaxErrorAt(node.source.startIdx, node.source.endIdx, msg),
  base: Object.freeze({ ...baseActions }) as unknown as Readonly<ActionDict>,
});
