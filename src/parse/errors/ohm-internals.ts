// The few pieces of ohm-js's matcher that the error passes reach into (ohm-js 17.5).
//
// pegen runs C code in the middle of a parse: actions that raise, `&&` tokens that raise, and a
// token array that remembers how far the parser looked. Ohm has no hook for either, so the
// error grammar (PythonErrors in grammar/python.ohm) names a few rules whose bodies are
// replaced, after loading, by parsing expressions written here: `Hook` subclasses whose eval()
// runs TypeScript at that point of the match. ohm-js does the same for its own indentation
// rules (src/IndentationSensitive.js). And while an error pass runs, the match state's eval()
// is wrapped to record the furthest token the parser attempted (pegen's p->fill).
import type * as ohmTypes from 'ohm-js';
import { ohm, whenOhmLoaded } from '../ohm.js';

/** ohm-js's memo entries at one position (src/PosInfo.js). */
export interface PosInfo {
  applicationMemoKeyStack: string[];
  memo: Record<string, unknown>;
  memoize(memoKey: string, memoRec: unknown): unknown;
}

/** What a hook sees of ohm-js's MatchState (src/MatchState.js). */
export interface MatchState {
  input: string;
  inputStream: { pos: number };
  doNotMemoize: boolean;
  memoTable: (PosInfo | undefined)[];
  getPosInfo(pos: number): PosInfo;
  _posStack: number[];
  _applicationStack: { ruleName: string }[];
  _bindings: unknown[];
  inSyntacticContext(): boolean;
  skipSpaces(): number;
  eval(expr: unknown): boolean;
}

interface PExprInternals {
  getArity(): number;
}

// Hook extends ohm-js's PExpr, but ohm-js is loaded on first use (../ohm.ts): until then Hook
// extends a stand-in, and when ohm-js loads its class and prototype are re-parented onto PExpr
// (its `super()` then runs PExpr's constructor). No hook exists before: hooks go into grammars.
class PExprStandIn {}
const PExprBase = PExprStandIn as unknown as new () => object;

/** A parsing expression that runs TypeScript when the matcher reaches it. */
export abstract class Hook extends PExprBase {
  constructor(readonly label: string) {
    super();
  }

  /** Succeeds or fails without consuming input; may throw to end the match. */
  abstract eval(state: MatchState): boolean;

  getArity(): number {
    return 0;
  }

  allowsSkippingPrecedingSpace(): boolean {
    return false;
  }

  // What ohm-js may ask of any parsing expression; hooks are installed after the grammar has
  // been checked, so these only keep diagnostics (toString, failures) working.
  _assertAllApplicationsAreValid(): void {}
  assertChoicesHaveUniformArity(): void {}
  assertIteratedExprsAreNotNullable(): void {}
  _isNullable(): boolean {
    return true;
  }
  introduceParams(): this {
    return this;
  }
  substituteParams(): this {
    return this;
  }
  override toString(): string {
    return `<${this.label}>`;
  }
  toDisplayString(): string {
    return this.toString();
  }
  toFailure(): { getText(): string } {
    const text = this.toString();
    return { getText: () => text } as never;
  }
}

whenOhmLoaded((ohm) => {
  const PExpr = ohm.pexprs.PExpr as unknown as abstract new () => object;
  Object.setPrototypeOf(Hook, PExpr);
  Object.setPrototypeOf(Hook.prototype, PExpr.prototype);
});

/** A hook around an ordinary expression: runs `around` with the expression's evaluation. */
export class Around extends Hook {
  constructor(label: string, readonly expr: unknown, readonly around: (state: MatchState, body: () => boolean) => boolean) {
    super(label);
  }

  eval(state: MatchState): boolean {
    return this.around(state, () => state.eval(this.expr));
  }

  override getArity(): number {
    return (this.expr as PExprInternals).getArity();
  }
}

interface RuleInfo {
  body: unknown;
}

/** Replaces the body of `ruleName` in `grammar` (a rule declared only to be replaced). */
export function installHook(grammar: ohmTypes.Grammar, ruleName: string, hook: Hook | ((body: unknown) => Hook)): void {
  const rule = (grammar.rules as unknown as Record<string, RuleInfo>)[ruleName];
  if (!rule) throw new Error(`grammar ${grammar.name} has no rule ${ruleName}`);
  rule.body = typeof hook === 'function' ? hook(rule.body) : hook;
}

// ---------------------------------------------------------------- the furthest token
/** Rules that are not tokens: layout, and the hooks of the error grammar. */
export type TokenObserver = (input: string, textIndex: number, state: MatchState) => void;

let matchStatePrototype: { eval(expr: unknown): boolean } | null = null;

/** ohm-js does not export MatchState: a hook evaluated once in a throwaway grammar finds it. */
function findMatchStatePrototype(): { eval(expr: unknown): boolean } {
  if (matchStatePrototype) return matchStatePrototype;
  const g = ohm().grammar('FindMatchState { start = "x" }');
  class Capture extends Hook {
    eval(state: MatchState): boolean {
      matchStatePrototype = Object.getPrototypeOf(state) as { eval(expr: unknown): boolean };
      return true;
    }
  }
  installHook(g, 'start', new Capture('capture'));
  g.match('');
  if (!matchStatePrototype) throw new Error('could not find ohm-js MatchState');
  return matchStatePrototype;
}

type TerminalClass = abstract new (...args: never[]) => object;
type ApplyClass = abstract new (...args: never[]) => { ruleName: string };

/**
 * Runs `body` with every token-level expression that the matcher evaluates in a syntactic
 * context reported to `observe` at the index where that token starts (after skipping spaces):
 * pegen fetches a token exactly when a rule looks at it, and reports generic errors at the
 * furthest one. Matches of other texts (an f-string's expression parsed meanwhile) are
 * reported too, with their input, for the observer to ignore. Token-level means a non-empty
 * terminal (`&""` only pads arities), `end`, or an application of a lexical rule other than
 * those in `notTokens`.
 */
export function observingTokens<T>(observe: TokenObserver, notTokens: ReadonlySet<string>, body: () => T): T {
  const proto = findMatchStatePrototype();
  const pexprs = ohm().pexprs;
  const TerminalClass = pexprs.Terminal as unknown as TerminalClass;
  const ApplyClass = pexprs.Apply as unknown as ApplyClass;
  const endExpr = (pexprs as unknown as { end: unknown }).end;
  const saved = active;
  active = { observe, notTokens };
  // The wrapper is installed once, by the outermost call; nested calls only change the observer.
  const plainEval = saved ? null : proto.eval;
  if (plainEval) {
    proto.eval = function (this: MatchState, expr: unknown): boolean {
      const a = active;
      if (a && ((expr instanceof TerminalClass && (expr as unknown as { obj: string }).obj !== '') || expr === endExpr
        || (expr instanceof ApplyClass && isTokenRule(expr.ruleName, a.notTokens)))
        && this.inSyntacticContext()) {
        const before = this.inputStream.pos;
        const at = this.skipSpaces();
        this.inputStream.pos = before;
        a.observe(this.input, at, this);
      }
      return plainEval.call(this, expr);
    };
  }
  try {
    return body();
  } finally {
    active = saved;
    if (plainEval) proto.eval = plainEval;
  }
}

let active: { observe: TokenObserver; notTokens: ReadonlySet<string> } | null = null;

function isTokenRule(name: string, notTokens: ReadonlySet<string>): boolean {
  const c = name.charCodeAt(0);
  return c >= 0x61 && c <= 0x7a && !notTokens.has(name);
}
