// Which invalid case's error is being decided, for the actions in invalid-rules.ts: the session
// (tokens, locations) and the last token fetched when the case matched, where
// RAISE_SYNTAX_ERROR puts its error.
import type { ErrorLocator } from './locations.js';
import type { Token, TokenTable } from './tokens.js';

export interface Decision {
  tokens: TokenTable;
  locator: ErrorLocator;
  /** The last token fetched when the case matched (pegen's p->tokens[p->fill - 1]). */
  last: Token;
}

let decision: Decision | null = null;

export function currentDecision(): Decision {
  if (!decision) throw new Error('invalidError used outside an error pass');
  return decision;
}

export function withDecision<T>(d: Decision, body: () => T): T {
  const saved = decision;
  decision = d;
  try {
    return body();
  } finally {
    decision = saved;
  }
}
