// The parse tree of the generated parser (generated/python-parser.js), shaped as Ohm's CST and
// offering the part of Ohm's node-wrapper API the semantic actions use (ctorName, children,
// numChildren, source, sourceString, isIteration, asIteration and the operations toAST and
// tokenEnd), so actions.ts and token-end.ts run unchanged on either parser's tree.
//
// Operations dispatch as Ohm's Semantics does: the action named after the node's rule, else
// `_nonterminal`, else the default (a single child passes its result through); iterations use
// `_iter` and terminals `_terminal`.

/* eslint-disable @typescript-eslint/no-explicit-any */
type ActionDict = Record<string, ((this: any, ...children: any[]) => unknown) | undefined>;

/** The operations the tree supports; set by the backend before it asks for results. */
export interface Operations {
  toAST: ActionDict;
  tokenEnd: ActionDict;
}

let operations: Operations | null = null;
const NO_CHILDREN: CstNode[] = [];
/** The text of the match whose tree is being walked (nodes keep only their span). */
let sourceText = '';

export function setOperations(ops: Operations): void {
  operations = ops;
}

/** Runs `body` with `text` as the text the nodes' spans refer to (parses nest for f-strings). */
export function withSourceText<T>(text: string, body: () => T): T {
  const saved = sourceText;
  sourceText = text;
  try {
    return body();
  } finally {
    sourceText = saved;
  }
}

function run(node: CstNode, op: ActionDict, children: CstNode[]): unknown {
  const action = op[node.ctorName];
  if (action !== undefined) return action.apply(node, children);
  if (node instanceof Nonterminal || node instanceof Leaf) {
    if (op['_nonterminal'] !== undefined) return op['_nonterminal'].apply(node, children);
    if (children.length === 1) return call(children[0]!, op);
    throw new Error(`no semantic action for ${node.ctorName}`);
  }
  if (node instanceof Iteration) return children.map((c) => call(c, op));
  return node.sourceString;
}

function call(node: CstNode, op: ActionDict): unknown {
  return run(node, op, node instanceof Leaf ? NO_CHILDREN : node.children);
}

export abstract class CstNode {
  abstract readonly ctorName: string;
  abstract readonly children: CstNode[];
  constructor(readonly startIdx: number, readonly endIdx: number) {}

  /** Ohm's `node.source`: the node's span (startIdx, endIdx) in the matched text. */
  get source(): this {
    return this;
  }
  get sourceString(): string {
    return sourceText.slice(this.startIdx, this.endIdx);
  }
  get numChildren(): number {
    return this.children.length;
  }
  isIteration(): boolean {
    return false;
  }
  isTerminal(): boolean {
    return false;
  }
  isOptional(): boolean {
    return false;
  }
  child(i: number): CstNode {
    return this.children[i]!;
  }
  toAST(): unknown {
    return call(this, operations!.toAST);
  }
  tokenEnd(): unknown {
    return call(this, operations!.tokenEnd);
  }
  /** Ohm's built-in `asIteration` of NonemptyListOf / EmptyListOf / ListOf nodes. */
  asIteration(): Iteration {
    throw new Error(`asIteration of a ${this.ctorName} node`);
  }
}

/** A syntactic rule application: one child per binding of the rule's body. */
export class Nonterminal extends CstNode {
  constructor(readonly ctorName: string, readonly children: CstNode[], startIdx: number, endIdx: number) {
    super(startIdx, endIdx);
  }
  override asIteration(): Iteration {
    const c = this.children;
    switch (this.ctorName) {
      case 'NonemptyListOf': {
        const items = [c[0]!, ...c[2]!.children];
        return new Iteration(items, this.startIdx, this.endIdx, false);
      }
      case 'EmptyListOf':
        return new Iteration([], this.startIdx, this.endIdx, false);
      case 'ListOf':
        return c[0]!.asIteration();
      default:
        return super.asIteration();
    }
  }
}

/** An iteration (`*`, `+`, `?`): one node per column of its expression's bindings. */
export class Iteration extends CstNode {
  readonly ctorName = '_iter';
  constructor(readonly children: CstNode[], startIdx: number, endIdx: number, private readonly optional: boolean) {
    super(startIdx, endIdx);
  }
  override isIteration(): boolean {
    return true;
  }
  override isOptional(): boolean {
    return this.optional;
  }
  override asIteration(): Iteration {
    return this;
  }
}

/** A terminal (a literal, a character range, `any`, `end`). */
export class Terminal extends CstNode {
  readonly ctorName = '_terminal';
  get children(): CstNode[] {
    return NO_CHILDREN;
  }
  override isTerminal(): boolean {
    return true;
  }
}

/**
 * A lexical rule applied from a syntactic one: a token. The generated parser recognizes it
 * without building its inside; the actions only read its text and span.
 */
export class Leaf extends CstNode {
  constructor(readonly ctorName: string, startIdx: number, endIdx: number) {
    super(startIdx, endIdx);
  }
  get children(): CstNode[] {
    throw new Error(`the generated parser keeps no tree inside the token ${this.ctorName}`);
  }
}
