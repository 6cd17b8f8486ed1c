// The syntax backend of a grammar extension: Ohm interpreting `EXT <: Python { ... }` with the
// base grammar's actions plus the extension's (src/parse/backend.ts describes the seam).
//
//   match the extension grammar
//     fails -> the text is Python but not the extension's language: a SyntaxError at the
//              first place the extension rejects ("'lambda' is not allowed by grammar ...");
//              the extension's syntax got further than Python's: "invalid syntax" there;
//              otherwise null, and the parser's error passes report the error as CPython does
//     matches -> toAST, each extension action wrapped to catch what it throws
//             -> the AST is validated (validate.ts) before the compiler sees it
// Every error of the extension itself is an ExtensionSyntaxError at the Python source's
// position whose message names the extension file and line; it, and an action's own
// `syntaxError(node, msg)`, is reported as it is (keepThisError below).
import type { Grammar, MatchResult, Node, Semantics } from 'ohm-js';
import { pythonGrammars } from '../parse/ohm.js';
import { actions as baseActions, ActionSyntaxError } from '../parse/actions.js';
import type { StartRule, SyntaxBackend } from '../parse/backend.js';
import { currentContext } from '../parse/context.js';
import { tokenEndActions } from '../parse/token-end.js';
import { PySyntaxError } from '../diagnostics/syntax-error.js';
import type * as ast from '../../generated/ast.js';
import type { Action } from './api.js';
import { childNames, ruleWhere, SPECIAL_ACTIONS, type ExtensionParts } from './check.js';
import { actionLine, ExtensionSyntaxError, stackLine, where } from './extension-error.js';
import { syntaxErrorAt } from './lab.js';
import { validateAST } from './validate.js';

/** One run of an extension action: which, and the text its node matched. */
interface Invocation {
  action: string;
  start: number;
  end: number;
}

/** A failed match (ohm-js's types leave out getRightmostFailures). */
interface Failure {
  getRightmostFailurePosition(): number;
  getRightmostFailures(): { getText(): string; type: string; isFluffy(): boolean }[];
}

/** Python's operators and delimiters, longest first, to name the token where a match stopped. */
const TOKEN = /^(?:[\p{L}\p{N}_]+|\*\*=?|\/\/=?|>>=?|<<=?|->|:=|\.\.\.|[-+*/%@&|^=<>!]=|[^\s\u{E000}-\u{E003}])/u;

export class ExtensionBackend implements SyntaxBackend {
  readonly name: string;
  private readonly semantics: Semantics;
  /**
   * The extension action that built each node or list (what to blame for an invalid AST); null
   * for what a base action built, so that an extension action that only passes a child's AST on
   * (`Or_test: base.Disjunction` over a single operand) is not blamed for it.
   */
  private readonly built = new WeakMap<object, Invocation | null>();
  private lastReturned: Invocation | null = null;

  constructor(private readonly parts: ExtensionParts) {
    this.name = parts.grammarFile ?? parts.actionsFile ?? 'extension';
    const g = parts.grammar;
    const merged: Record<string, unknown> = {};
    // The base actions whose rules keep their shape; a rule the extension overrode with another
    // number of children has its own action (check.ts made sure) or passes its one child on.
    for (const [name, fn] of Object.entries(baseActions as Record<string, Action>)) {
      if (SPECIAL_ACTIONS.has(name)) merged[name] = fn;
      else if (g.rules[name]?.body.getArity() === fn.length) merged[name] = this.wrapBase(fn);
    }
    for (const [name, fn] of Object.entries(parts.actions)) merged[name] = this.wrap(name, fn);
    this.semantics = g.createSemantics().addOperation('toAST', merged as never).addOperation('tokenEnd', tokenEndActions as never);
  }

  parse(text: string, startRule: StartRule): ast.mod | ast.expr | null {
    try {
      return this.parseOrThrow(text, startRule);
    } catch (e) {
      // The extension's own SyntaxErrors, also an action's `syntaxError(...)`, are final.
      if (e instanceof ExtensionSyntaxError) keepThisError();
      throw e;
    }
  }

  private parseOrThrow(text: string, startRule: StartRule): ast.mod | ast.expr | null {
    const match = this.parts.grammar.match(text, startRule);
    if (match.failed()) return this.noMatch(match, text, startRule);
    const saved = this.lastReturned;
    this.lastReturned = null;
    try {
      let tree: ast.mod | ast.expr;
      try {
        tree = this.semantics(match)['toAST']();
      } catch (e) {
        throw this.failure(e, this.lastReturned ?? { action: '', start: 0, end: text.length });
      }
      const problem = validateAST(tree, startRule === 'Fstring' ? 'expr' : 'mod');
      if (problem) {
        // The innermost of the value and the nodes around it that an extension action built.
        let culprit = typeof problem.value === 'object' && problem.value !== null ? this.built.get(problem.value) : undefined;
        for (let i = problem.ancestors.length - 1; i >= 0 && !culprit; i--) culprit = this.built.get(problem.ancestors[i]!);
        culprit ??= this.lastReturned ?? undefined;
        const what = `${problem.path}: ${problem.message}`;
        if (!culprit) throw this.located(0, text.length, `${this.actionsWhere(null)}: the extension built an invalid AST: ${what}`);
        throw this.located(culprit.start, culprit.end, `${this.actionsWhere(culprit.action)}: action ${culprit.action} built an invalid AST: ${what}`);
      }
      return tree;
    } finally {
      this.lastReturned = saved;
    }
  }

  /** A base action, wrapped: what it returns was not built by an extension action. */
  private wrapBase(fn: Action): Action {
    const built = this.built;
    const wrapped = function (this: Node, ...children: Node[]): unknown {
      const result = fn.apply(this, children);
      if (typeof result === 'object' && result !== null && !built.has(result) && !Object.isFrozen(result)) built.set(result, null);
      return result;
    };
    Object.defineProperty(wrapped, 'length', { value: fn.length });
    return wrapped;
  }

  /** An extension action, wrapped: blames it for what it throws, and remembers what it built. */
  private wrap(name: string, fn: Action): Action {
    const self = this;
    const wrapped = function (this: Node, ...children: Node[]): unknown {
      const run: Invocation = { action: name, start: this.source.startIdx, end: this.source.endIdx };
      let result: unknown;
      try {
        result = fn.apply(this, children);
      } catch (e) {
        throw self.failure(e, run);
      }
      if (result === undefined) {
        throw self.located(run.start, run.end, `${self.actionsWhere(name)}: action ${name} returned undefined: an action returns the AST of its rule (a missing \`return\`?)`);
      }
      if (typeof result === 'object' && result !== null && !Object.isFrozen(result) && !self.built.has(result)) self.built.set(result, run);
      self.lastReturned = run;
      return result;
    };
    Object.defineProperty(wrapped, 'length', { value: fn.length });
    return wrapped;
  }

  /** What an error thrown while building the AST becomes. */
  private failure(e: unknown, run: Invocation): unknown {
    // SyntaxErrors of the source (the base actions' own, or an action's `syntaxError(...)`) and a
    // stack overflow (the parser retries on a bigger stack) go on as they are.
    if (e instanceof PySyntaxError || e instanceof ActionSyntaxError || e instanceof RangeError) return e;
    const message = e instanceof Error ? e.message : String(e);
    const missing = /^Missing semantic action for '(\w+)' in operation 'toAST'/.exec(message);
    if (missing) {
      const rule = missing[1]!;
      const at = ruleWhere(this.parts, rule);
      const line = at.line !== null ? `, line ${at.line}` : '';
      const arity = this.parts.grammar.rules[rule]?.body;
      const params = arity ? `\`${rule}(${childNames(arity).join(', ')}) { ... }\`` : rule;
      const into = this.parts.actionsFile ? `add ${params} to ${this.parts.actionsFile}` : 'give it one in an actions module (--actions FILE.js)';
      return this.located(run.start, run.end, `grammar extension ${at.file}${line}: rule ${rule} has no action to build its AST: ${into}`);
    }
    const name = e instanceof Error && e.name !== 'Error' && e.name !== 'ASTFieldError' ? `${e.name}: ` : '';
    const inActions = this.parts.actionsUrl !== null ? stackLine(e, this.parts.actionsUrl) : null;
    if (run.action === '') {
      // Thrown by a base action, over what an extension action returned.
      const after = this.lastReturned ? ` (after action ${this.lastReturned.action})` : '';
      return this.located(run.start, run.end, `${this.actionsWhere(null, inActions?.line)}: the AST could not be built${after}: ${name}${message}`);
    }
    return this.located(run.start, run.end, `${this.actionsWhere(run.action, inActions?.line)}, in action ${run.action}: ${name}${message}`);
  }

  /** `grammar extension FILE.js, line L` for an action (its definition when no line is given). */
  private actionsWhere(action: string | null, line?: number): string {
    const file = this.parts.actionsFile ?? this.parts.grammarFile ?? 'extension';
    const src = this.parts.actionsSource;
    return where(file, line ?? (action && src !== null ? actionLine(src, action) : null));
  }

  /** The extension did not match: a restriction, an error in the extension's syntax, or neither. */
  private noMatch(match: MatchResult, text: string, startRule: StartRule): null {
    if (this.parts.grammar === pythonGrammars().Python) return null;
    const failed = match as unknown as Failure;
    const at = failed.getRightmostFailurePosition();
    const python = pythonGrammars().Python.match(text, startRule);
    const [start, end] = tokenAt(text, at);
    if (python.succeeded()) {
      const g = `grammar ${this.parts.grammar.name} (${this.parts.grammarFile})`;
      const what = end > start ? `'${text.slice(start, end)}' is` : 'this is';
      throw this.located(start, end, `${what} not allowed by ${g}`);
    }
    if (at > (python as unknown as Failure).getRightmostFailurePosition()) {
      const expected = failed.getRightmostFailures().filter((f) => !f.isFluffy());
      const only = expected.length === 1 && expected[0]!.type === 'string' ? expected[0]!.getText() : null;
      throw this.located(start, end, only !== null ? `expected '${only}'` : 'invalid syntax');
    }
    return null;
  }

  /** An ExtensionSyntaxError at text indices `start`..`end` of the text being parsed. */
  private located(start: number, end: number, msg: string): ExtensionSyntaxError {
    return syntaxErrorAt(start, end, msg);
  }
}

/** The token at `at`, past blanks: its start and end (equal when there is none, at a line end). */
function tokenAt(text: string, at: number): [number, number] {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f' || text[i] === '\u{E002}')) i++;
  const m = TOKEN.exec(text.slice(i, i + 200));
  return [i, m ? i + m[0].length : i];
}

/**
 * parser.ts runs its error passes (src/parse/errors.ts, which know only the base grammar) on a
 * text whose parse threw, starting at the statement that threw, and the SyntaxError thrown is
 * reported only when those passes find nothing; on text in the extension's syntax they would
 * find the extension's syntax wrong. Until parser.ts reports an ExtensionSyntaxError (`final`)
 * as it is, this sets that starting point past the end of the text, where the passes find
 * nothing. (See the report of the grammar lab for the one-line hook.) Called as the error leaves
 * parse(), once every position has been computed: the offset places the errors made after it.
 */
function keepThisError(): void {
  currentContext().offset = Number.MAX_SAFE_INTEGER;
}
