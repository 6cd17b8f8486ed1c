// Which SyntaxError CPython reports when the grammar does not match (pegen's
// _PyPegen_set_syntax_error and the tokenizer's errors), with its exact position.
import type { MatchResult } from 'ohm-js';
import { PySyntaxError } from '../diagnostics/syntax-error.js';
import type { Layout } from '../tokenize/layout.js';
import type { ActionSyntaxError } from './actions.js';
import type { ParseContext } from './context.js';

export function syntaxErrorFromFailure(match: MatchResult, lay: Layout, context: ParseContext): PySyntaxError {
  const failedAt = (match as unknown as { getRightmostFailurePosition(): number }).getRightmostFailurePosition();
  const tokErr = lay.error;
  if (tokErr && tokErr.info && (tokErr.kind === 'raised' || failedAt >= lay.text.length - 1)) {
    return new PySyntaxError(tokErr.info);
  }
  const p = context.positions;
  const s = p.sourceIndex(failedAt);
  const line = p.lineOf(Math.min(s, Math.max(lay.source.length - 1, 0)));
  const col = p.charCol(line, s);
  return new PySyntaxError({ type: 'SyntaxError', msg: 'invalid syntax', lineno: line, offset: col + 1, end_lineno: line, end_offset: col + 2 });
}

export function syntaxErrorFromAction(e: ActionSyntaxError, context: ParseContext): PySyntaxError {
  const p = context.positions;
  const s = p.sourceIndex(e.start + context.offset);
  const end = p.sourceIndex(e.end + context.offset);
  const line = p.lineOf(s);
  const endLine = p.lineOf(Math.max(end - 1, s));
  return new PySyntaxError({ type: 'SyntaxError', msg: e.msg, lineno: line, offset: p.charCol(line, s) + 1, end_lineno: endLine, end_offset: p.charCol(endLine, end) + 1 });
}
