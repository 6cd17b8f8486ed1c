// The grammar lab's API: what an extension's actions module (`pyc ... --actions EXT.js`) is given.
//
// An actions module is plain JavaScript (ESM) loaded at run time. Its default export is a
// function that receives the `Lab` below and returns an Ohm action dictionary for the
// extension's new or changed rules (a plain object is accepted too):
//
//   /** @type {import('../../src/lab/api.js').Extension} */   (the path from the module to pyc's src/lab)
//   export default ({ ast, toAST, loc }) => ({
//     Pipe_apply(value, _op, func) {
//       return ast.Call(toAST(func), [toAST(value)], [], ...loc(this));
//     },
//   });
//
// Actions follow Ohm's rules: one method per rule or `Rule_case`, one parameter per child of
// the rule's body (checked when the extension loads), `this` is the node of the whole rule (so
// write methods, not arrow functions). The actions of the base grammar (src/parse/actions.ts)
// stay in force for every rule the extension does not change; `base` holds them, to reuse or
// call: `Or_test: base.Disjunction`, or `base.If_stmt_else.call(this, ...children)`.
//
// Desugar into existing nodes: every node needs its four positions, and `loc(node)` gives the
// ones of a parse node, so that compile errors and tracebacks point at the extension syntax in
// the source. Values follow src/values: a Python int is a bigint (`1n`), a float a number.
import type { IterationNode, Node } from 'ohm-js';
import type * as astModule from '../../generated/ast.js';

/** CPython's four position attributes: lineno, col_offset, end_lineno, end_col_offset. */
export type Position = [lineno: number, col_offset: number, end_lineno: number, end_col_offset: number];

/** A semantic action: `this` is the rule's parse node, the arguments its children. */
export type Action = (this: Node, ...children: Node[]) => unknown;

/** An extension's action dictionary: rule name (or `Rule_case`) to action. */
export type ActionDict = Record<string, Action>;

/** The helpers an actions module receives. */
export interface Lab {
  /**
   * generated/ast.ts: node constructors with positional fields then positions
   * (`ast.If(test, body, orelse, ...loc(this))`), and the singletons of the simple sums
   * (`ast.Load`, `ast.Store`, `ast.Not`, `ast.Add`, ...). The constructor of `arguments` is
   * `ast.arguments_`.
   */
  readonly ast: typeof astModule;
  /** The AST of a child: runs the `toAST` operation (base or extension action) on it. */
  toAST(node: Node): any; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The AST of an optional child (`X?`), or null when it is absent. */
  opt(node: IterationNode): any; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The ASTs of a repeated child (`X*`, `X+`). */
  list(node: IterationNode): any[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The ASTs of the elements of a `ListOf<X, sep>` / `NonemptyListOf<X, sep>` child. */
  listOf(node: Node): any[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The source text a node matched. */
  text(node: Node): string;
  /** The position of a node (the text it matched), to spread into a constructor. */
  loc(node: Node): Position;
  /** From the start of `first` to the end of `last`. */
  locBetween(first: Node, last: Node): Position;
  /**
   * From the start of `node` to the end of its last token (NEWLINE, INDENT and DEDENT do not
   * count): what compound statements use, as CPython does.
   */
  locToEnd(node: Node): Position;
  /** `Name(id, ctx)` at a node's position; ctx defaults to Load. */
  name(id: string, at: Node, ctx?: astModule.expr_context): astModule.Name;
  /**
   * A name no Python source can spell, for variables the desugaring introduces: `.` + purpose
   * (`hiddenName('repeat')` is `.repeat`). Identifiers never contain a dot, so it cannot clash
   * with a user's name; CPython uses the same trick (`.0` for a comprehension's iterator).
   */
  hiddenName(purpose: string): string;
  /**
   * A SyntaxError at a node, for an action to throw: `throw syntaxError(this, "...")`. It is
   * reported as CPython reports one, with the node's line and columns.
   */
  syntaxError(node: Node, msg: string): Error;
  /** The base grammar's actions (src/parse/actions.ts), by rule name. */
  readonly base: Readonly<ActionDict>;
}

/** What an actions module's default export is. */
export type Extension = ((lab: Lab) => ActionDict) | ActionDict;
