// The parser's entry points: source text or bytes in, CPython 3.11's AST out, or a
// PySyntaxError exactly as CPython reports it.
//
//   decode (tokenize/decode.ts) -> layout pre-pass (tokenize/layout.ts)
//     -> Ohm match of grammar/python.ohm -> semantic actions (actions.ts) -> AST
//   and on failure: errors.ts decides which error CPython would have reported.
import type { MatchResult } from 'ohm-js';
import type * as ast from '../../generated/ast.js';
import grammar from '../../generated/python.ohm-bundle.js';
import { PySyntaxError } from '../diagnostics/syntax-error.js';
import { decodeSource } from '../tokenize/decode.js';
import { layout } from '../tokenize/layout.js';
import { normalizeNewlines } from '../tokenize/decode.js';
import { PositionMap } from '../tokenize/positions.js';
import { actions, ActionSyntaxError } from './actions.js';
import { ParseContext, withContext } from './context.js';
import { syntaxErrorFromFailure, syntaxErrorFromAction } from './errors.js';

const semantics = grammar.createSemantics().addOperation('toAST', actions);

export type StartRule = 'File' | 'Eval' | 'Fstring';

/** Parses a module from the bytes of a file (BOM and PEP 263 coding declarations honoured). */
export function parseBytes(bytes: Uint8Array, filename: string): ast.Module {
  return parseText(decodeSource(bytes).text, filename, 'File') as ast.Module;
}

/** Parses a module from text, as `ast.parse(text, filename)`. */
export function parseModule(text: string, filename = '<unknown>'): ast.Module {
  return parseText(text, filename, 'File') as ast.Module;
}

export function parseText(input: string, filename: string, startRule: StartRule): ast.mod | ast.expr {
  const lay = layout(normalizeNewlines(input));
  const context = new ParseContext(new PositionMap(lay), filename);
  const match: MatchResult = grammar.match(lay.text, startRule);
  if (match.failed()) throw syntaxErrorFromFailure(match, lay, context);
  try {
    return withContext(context, () => semantics(match)['toAST']());
  } catch (e) {
    if (e instanceof ActionSyntaxError) throw syntaxErrorFromAction(e, context);
    throw e;
  }
}

export { PySyntaxError };
