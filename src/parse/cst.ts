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

type Action = (this: any, ...children: any[]) => unknown;

/** A rule as its nodes know it: its name and its actions in both operations, looked up once. */
export interface RuleInfo {
  readonly ctorName: string;
  readonly toAST: Action | undefined;
  readonly tokenEnd: Action | undefined;
}

export function setOperations(ops: Operations): void {
  operations = ops;
}

/** The RuleInfo of a rule, for the generated parser (operations must be set). */
export function ruleInfo(ctorName: string): RuleInfo {
  const ops = operations!;
  return { ctorName, toAST: ops.toAST[ctorName] ?? ops.toAST['_nonterminal'], tokenEnd: ops.tokenEnd[ctorName] ?? ops.tokenEnd['_nonterminal'] };
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

/** `action` with `node` as `this` and the children as arguments (without apply's spreading). */
function invoke(action: Action, node: CstNode, c: CstNode[]): unknown {
  switch (c.length) {
    case 0: return action.call(node);
    case 1: return action.call(node, c[0]);
    case 2: return action.call(node, c[0], c[1]);
    case 3: return action.call(node, c[0], c[1], c[2]);
    case 4: return action.call(node, c[0], c[1], c[2], c[3]);
    case 5: return action.call(node, c[0], c[1], c[2], c[3], c[4]);
    default: return action.apply(node, c);
  }
}

/** Ohm's default action for a rule without one: a single child passes its result through. */
function passThrough(node: CstNode, children: CstNode[], op: 'toAST' | 'tokenEnd'): unknown {
  if (children.length === 1) return children[0]![op]();
  throw new Error(`no semantic action for ${node.ctorName}`);
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
  abstract toAST(): unknown;
  abstract tokenEnd(): unknown;
  /** Ohm's built-in `asIteration` of NonemptyListOf / EmptyListOf / ListOf nodes. */
  asIteration(): Iteration {
    throw new Error(`asIteration of a ${this.ctorName} node`);
  }
}

/** A syntactic rule application: one child per binding of the rule's body. */
export class Nonterminal extends CstNode {
  constructor(readonly rule: RuleInfo, readonly children: CstNode[], startIdx: number, endIdx: number) {
    super(startIdx, endIdx);
  }
  get ctorName(): string {
    return this.rule.ctorName;
  }
  toAST(): unknown {
    const action = this.rule.toAST;
    return action !== undefined ? invoke(action, this, this.children) : passThrough(this, this.children, 'toAST');
  }
  tokenEnd(): unknown {
    const action = this.rule.tokenEnd;
    return action !== undefined ? invoke(action, this, this.children) : passThrough(this, this.children, 'tokenEnd');
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
  toAST(): unknown {
    const action = operations!.toAST['_iter'];
    return action !== undefined ? action.apply(this, this.children) : this.children.map((c) => c.toAST());
  }
  tokenEnd(): unknown {
    const action = operations!.tokenEnd['_iter'];
    return action !== undefined ? action.apply(this, this.children) : this.children.map((c) => c.tokenEnd());
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
  toAST(): unknown {
    const action = operations!.toAST['_terminal'];
    return action !== undefined ? action.call(this) : this.sourceString;
  }
  tokenEnd(): unknown {
    const action = operations!.tokenEnd['_terminal'];
    return action !== undefined ? action.call(this) : this.sourceString;
  }
}

/**
 * A lexical rule applied from a syntactic one: a token. The generated parser recognizes it
 * without building its inside; the actions only read its text and span.
 */
export class Leaf extends CstNode {
  constructor(readonly rule: RuleInfo, startIdx: number, endIdx: number) {
    super(startIdx, endIdx);
  }
  get ctorName(): string {
    return this.rule.ctorName;
  }
  toAST(): unknown {
    const action = this.rule.toAST;
    return action !== undefined ? action.apply(this, NO_CHILDREN) : passThrough(this, NO_CHILDREN, 'toAST');
  }
  tokenEnd(): unknown {
    const action = this.rule.tokenEnd;
    return action !== undefined ? action.apply(this, NO_CHILDREN) : passThrough(this, NO_CHILDREN, 'tokenEnd');
  }
  get children(): CstNode[] {
    throw new Error(`the generated parser keeps no tree inside the token ${this.ctorName}`);
  }
}
