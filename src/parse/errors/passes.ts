// pegen's two parser passes over a file that does not parse, replayed with the PythonErrors
// grammar (CPython 3.11, Parser/pegen.c _PyPegen_run_parser):
//   1. the first pass, without the invalid_ rules: it can still raise (a `&&':'` token, a bad
//      string literal, a complex literal) and it decides how far the parser looked, which is
//      where "invalid syntax" will point;
//   2. the second pass, with the invalid_ rules: the first one that matches and whose action
//      raises decides the error.
// Either pass stops at once if it fetches the token where the tokenizer failed. What happens
// then (the tokenizer's error, or the rest of the file tokenized for a later one) is decided by
// errors.ts; this file only runs the passes and reports how each one ended.
// PYC_DEBUG_ERRORS=1 prints each new furthest token with the rules that fetched it, and the
// invalid cases that could not be matched again.
import type { SyntaxErrorInfo } from '../../diagnostics/syntax-error.js';
import { PySyntaxError } from '../../diagnostics/syntax-error.js';
import type { Layout } from '../../tokenize/layout.js';
import { PositionMap } from '../../tokenize/positions.js';
import { ParseContext, withContext } from '../context.js';
import { fstringHost } from '../fstring-host.js';
import type { FStringHost, StringToken } from '../literals/index.js';
import { concatenateStrings } from '../literals/index.js';
import { errorsGrammar, errorsSemantics, onErrorsGrammar } from './grammar.js';
import { ErrorLocator, tokenSpan } from './locations.js';
import { Around, Hook, installHook, observingTokens, type MatchState, type PosInfo } from './ohm-internals.js';
import { TokenTable, type Token } from './tokens.js';
import { withDecision } from './decision.js';

export type StartRule = 'File' | 'Eval' | 'Fstring';

const DEBUG = Boolean(process.env['PYC_DEBUG_ERRORS']);

export type PassOutcome =
  | { kind: 'raised'; error: SyntaxErrorInfo | PySyntaxError }
  | { kind: 'tokenizer' }
  | { kind: 'failed' }
  | { kind: 'matched' };

/** An error raised in the middle of a pass: ends the match at once, like pegen's error_indicator. */
class Raise {
  /** A PySyntaxError is kept as it is: an f-string's error must come out as the same object. */
  constructor(readonly error: SyntaxErrorInfo | PySyntaxError) {}
}

/** The parser fetched the token where the tokenizer stopped. */
class TokenizerReached {}

interface Frame {
  input: string;
  /** Where `input` starts in the layout text. */
  base: number;
  /** While probing an invalid case: that case and where it starts (its raiseError succeeds). */
  probe: { rule: string; at: number } | null;
}

/** Everything one failing parse needs while its passes run. */
export class ErrorSession {
  readonly tokens: TokenTable;
  readonly locator: ErrorLocator;
  readonly positions: PositionMap;
  /** The pass running: the first has the invalid rules off. */
  pass: 'first' | 'second' = 'first';
  /** Off inside python.gram's expression_without_invalid. */
  invalidRules = true;
  /** Index of the furthest token fetched so far, over both passes (pegen's p->fill - 1). */
  furthest = 0;
  private readonly frames: Frame[] = [];
  private readonly decisions = new Map<string, SyntaxErrorInfo | null>();

  constructor(readonly lay: Layout, readonly startRule: StartRule, readonly filename: string, convertToChars: boolean, noFinalNewline = false) {
    this.positions = new PositionMap(lay);
    this.tokens = new TokenTable(lay, this.positions);
    if (noFinalNewline) this.tokens.finalNewlineIsEndmarker();
    this.locator = new ErrorLocator(this.tokens, convertToChars, () => this.lastToken.curLineno);
  }

  get lastToken(): Token {
    return this.tokens.tokens[this.furthest]!;
  }

  /**
   * Runs one pass over the text from `base`, the start of a top-level statement (the ones before
   * it are known to parse).
   */
  run(pass: 'first' | 'second', base = 0): PassOutcome {
    this.pass = pass;
    this.invalidRules = true;
    const text = this.lay.text;
    try {
      const m = this.matchFrame({ input: base === 0 ? text : text.slice(base), base, probe: null }, this.startRule);
      return m ? { kind: 'matched' } : { kind: 'failed' };
    } catch (e) {
      if (e instanceof Raise) return { kind: 'raised', error: e.error };
      if (e instanceof TokenizerReached) return { kind: 'tokenizer' };
      throw e;
    }
  }

  private matchFrame(frame: Frame, startApplication: string): ReturnType<ReturnType<typeof errorsGrammar>['match']> | null {
    this.frames.push(frame);
    const saved = current;
    current = this;
    try {
      const m = observingTokens((input, at, state) => this.observe(input, at, state), NOT_TOKENS, () => errorsGrammar().match(frame.input, startApplication));
      return m.succeeded() ? m : null;
    } finally {
      current = saved;
      this.frames.pop();
    }
  }

  private frameFor(input: string): Frame | undefined {
    for (let i = this.frames.length - 1; i >= 0; i--) if (this.frames[i]!.input === input) return this.frames[i];
    return undefined;
  }

  /** A token attempted at `at` of `input`: pegen's _PyPegen_fill_token when mark == fill. */
  private observe(input: string, at: number, state: MatchState): void {
    const frame = this.frameFor(input);
    // Another parse (an f-string's expression) running meanwhile, or a probe, which only
    // replays what its pass has matched already.
    if (!frame || frame.probe) return;
    const index = this.tokens.indexAt(frame.base + at);
    const t = this.tokens.tokens[index]!;
    if (t.kind === 'ERRORTOKEN') throw new TokenizerReached();
    if (index > this.furthest) {
      if (DEBUG) console.error(`[${this.pass}] fetch ${index} ${JSON.stringify(t.text)} via ${state._applicationStack.map((a) => a.ruleName).join(' > ')}`);
      this.furthest = index;
    }
  }

  /** The absolute layout-text index of a position of the match running `state`. */
  absolute(state: MatchState, local: number): number {
    return (this.frameFor(state.input)?.base ?? 0) + local;
  }

  // ---------------------------------------------------------------- hooks
  /** At the end of an invalid case: raise its error, or fail if its action returns NULL. */
  raiseError(state: MatchState): boolean {
    state.doNotMemoize = true;
    const apps = state._applicationStack;
    const caseRule = apps[apps.length - 2]!.ruleName;
    const frame = this.frameFor(state.input)!;
    const at = frame.base + state._posStack[state._posStack.length - 2]!;
    if (frame.probe) {
      // A probe replays a case its pass matched: the case itself succeeds, and no other case
      // raises (in the pass, none did before this one; a case the pass never reached here,
      // because a memoized failure stood in for it, must not be reached now either).
      return frame.probe.rule === caseRule && frame.probe.at === at;
    }
    const error = this.decide(caseRule, at);
    if (DEBUG) console.error(`[${this.pass}] ${caseRule} at ${at}: ${error ? error.msg : "no error"}`);
    if (error) throw new Raise(error);
    return false;
  }

  /**
   * What the action of invalid case `caseRule`, matched at `at`, raises: the case is matched
   * again on its own to get its parse tree, and the `invalidError` operation (invalid-rules.ts)
   * computes python.gram's action.
   */
  private decide(caseRule: string, at: number): SyntaxErrorInfo | null {
    const key = `${caseRule}@${at}`;
    const known = this.decisions.get(key);
    if (known !== undefined) return known;
    const last = this.lastToken;
    const m = this.matchFrame({ input: this.lay.text.slice(at), base: at, probe: { rule: caseRule, at } }, `Probe<${caseRule}>`);
    let error: SyntaxErrorInfo | null = null;
    if (!m && DEBUG) console.error(`[${this.pass}] ${caseRule} at ${at} does not match on its own`);
    if (m) {
      const context = new ParseContext(this.positions, this.filename);
      context.offset = at;
      const node = errorsSemantics()(m).child(0);
      error = withContext(context, () => withDecision({ tokens: this.tokens, locator: this.locator, last }, () => node['invalidError']() as SyntaxErrorInfo | null));
    }
    this.decisions.set(key, error);
    return error;
  }

  /** `&&':'` and `&&'('`: "expected ':'" at the token found instead. */
  expected(state: MatchState, what: string): never {
    const t = this.tokens.tokenAt(this.absolute(state, state.inputStream.pos));
    throw new Raise(this.locator.range(`expected '${what}'`, tokenSpan(t)));
  }

  /** The strings just matched by `Strings`: raises what _PyPegen_concatenate_strings raises. */
  checkStrings(state: MatchState): boolean {
    if (this.frameFor(state.input)?.probe) return false; // its pass has checked them
    const start = this.absolute(state, state._posStack[state._posStack.length - 2]!);
    const run: StringToken[] = [];
    for (let i = this.tokens.indexAt(start); i < this.tokens.tokens.length; i++) {
      const t = this.tokens.tokens[i]!;
      if (t.kind !== 'STRING') break;
      run.push({ text: t.text, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol });
    }
    const host: FStringHost = {
      parseFStringExpression: (source) => fstringHost.parseFStringExpression(source),
      errorLocation: (token?: StringToken) => {
        const info = token
          ? this.locator.range('', { lineno: token.lineno, col: token.col_offset, endLineno: token.end_lineno, endCol: token.end_col_offset })
          : this.locator.atLastToken('', this.lastToken);
        return { lineno: info.lineno, offset: info.offset, end_lineno: info.end_lineno, end_offset: info.end_offset };
      },
    };
    try {
      concatenateStrings(run, host);
    } catch (e) {
      if (e instanceof PySyntaxError) throw new Raise(e);
      throw e;
    }
    return false;
  }

  /**
   * python.gram's expression_without_invalid: `body` runs with the invalid rules off. What is
   * matched meanwhile must not be remembered as if they had been on (Ohm memoizes every rule,
   * so a failure found with the rules off would hide an error they raise later): the body gets
   * a memo table of its own. Afterwards only the rules pegen itself memoizes keep their
   * results, as pegen reuses those whatever the switch was when they were parsed.
   */
  withoutInvalid<T>(state: MatchState, body: () => T): T {
    const saved = this.invalidRules;
    const outer = state.memoTable;
    const inner: (PosInfo | undefined)[] = [];
    const here = state.inputStream.pos;
    state.memoTable = inner;
    // Applications still active at this position stay known (left recursion is detected there).
    state.getPosInfo(here).applicationMemoKeyStack = outer[here]?.applicationMemoKeyStack.slice() ?? [];
    this.invalidRules = false;
    try {
      return body();
    } finally {
      this.invalidRules = saved;
      state.memoTable = outer;
      inner.forEach((info, pos) => {
        if (!info) return;
        for (const [key, rec] of Object.entries(info.memo)) {
          if (!PEGEN_MEMOIZED.has(key)) continue;
          const target = state.getPosInfo(pos);
          if (!(key in target.memo)) target.memoize(key, rec);
        }
      });
    }
  }

  /** _PyPegen_ensure_real / _PyPegen_ensure_imaginary on the NUMBER just matched. */
  checkComplexPart(state: MatchState, wantImaginary: boolean): boolean {
    const start = this.absolute(state, state._posStack[state._posStack.length - 2]!);
    const t = this.tokens.tokenAt(start);
    const imaginary = /[jJ]$/.test(t.text);
    if (imaginary === wantImaginary) return false;
    const msg = wantImaginary ? 'imaginary number required in complex literal' : 'real number required in complex literal';
    throw new Raise(this.locator.range(msg, tokenSpan(t)));
  }
}

// ---------------------------------------------------------------- the session hooks talk to
let current: ErrorSession | null = null;

function session(): ErrorSession {
  if (!current) throw new Error('PythonErrors matched outside an error session');
  return current;
}

/**
 * The rules pegen memoizes (`(memo)` in python.gram, and the left-recursive ones), by their
 * names here: their results found with the invalid rules off are reused with them on.
 */
const PEGEN_MEMOIZED: ReadonlySet<string> = new Set([
  'Simple_stmt', 'Block', 'Expression', 'Star_expression', 'Disjunction', 'Conjunction', 'Inversion', 'Factor',
  'Await_primary', 'Arguments', 'Star_target', 'Target_with_star_atom', 'Del_target', 'Closed_pattern',
  'Star_pattern', 'Strings', 'Invalid_named_expression', 'Dotted_name', 'Bitwise_or', 'Bitwise_xor',
  'Bitwise_and', 'Shift_expr', 'Sum', 'Term', 'Primary', 'T_primary', 'Attr', 'Name_or_attr',
]);

/** Layout and hook rules: applying them does not fetch a token. */
const NOT_TOKENS: ReadonlySet<string> = new Set([
  'spaces', 'space', 'raiseError', 'invalidRulesOff', 'restOfInput', 'expectedColon', 'expectedParen',
  'badStrings', 'notReal', 'notImaginary',
]);

class FnHook extends Hook {
  constructor(label: string, private readonly fn: (state: MatchState) => boolean) {
    super(label);
  }
  eval(state: MatchState): boolean {
    return this.fn(state);
  }
}

// Installed when Ohm and the grammar are loaded, on first use (grammar.ts).
onErrorsGrammar((errorsGrammar) => {
  installHook(errorsGrammar, 'raiseError', new FnHook('raiseError', (state) => session().raiseError(state)));
  installHook(errorsGrammar, 'invalidRulesOff', new FnHook('invalidRulesOff', (state) => {
    state.doNotMemoize = true; // the switch changes inside a match
    const s = session();
    return s.pass === 'first' || !s.invalidRules;
  }));
  installHook(errorsGrammar, 'restOfInput', new FnHook('restOfInput', (state) => {
    state.inputStream.pos = state.input.length;
    return true;
  }));
  installHook(errorsGrammar, 'expectedColon', new FnHook('expectedColon', (state) => session().expected(state, ':')));
  installHook(errorsGrammar, 'expectedParen', new FnHook('expectedParen', (state) => session().expected(state, '(')));
  installHook(errorsGrammar, 'badStrings', new FnHook('badStrings', (state) => session().checkStrings(state)));
  installHook(errorsGrammar, 'notReal', new FnHook('notReal', (state) => session().checkComplexPart(state, false)));
  installHook(errorsGrammar, 'notImaginary', new FnHook('notImaginary', (state) => session().checkComplexPart(state, true)));
  installHook(errorsGrammar, 'Expression_without_invalid', (body) => new Around('withoutInvalid', body, (state, run) => session().withoutInvalid(state, run)));
});
