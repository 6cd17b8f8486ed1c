// The parser's entry points: source text or bytes in, CPython 3.11's AST out, or a
// PySyntaxError exactly as CPython reports it.
//
//   decode (tokenize/decode.ts) -> layout pre-pass (tokenize/layout.ts)
//     -> Ohm match of grammar/python.ohm -> semantic actions (actions.ts) -> AST
//   and on failure: errors.ts decides which error CPython would have reported.
import type { MatchResult } from 'ohm-js';
import * as ast from '../../generated/ast.js';
import grammar from '../../generated/python.ohm-bundle.js';
import { PySyntaxError } from '../diagnostics/syntax-error.js';
import { decodeSource, normalizeNewlines } from '../tokenize/decode.js';
import { layout, type Layout } from '../tokenize/layout.js';
import { PositionMap } from '../tokenize/positions.js';
import { actions, ActionSyntaxError } from './actions.js';
import { ParseContext, withContext } from './context.js';
import { syntaxErrorFromAction, syntaxErrorFromFailure } from './errors.js';
import { tokenEndActions } from './token-end.js';

const semantics = grammar.createSemantics().addOperation('toAST', actions).addOperation('tokenEnd', tokenEndActions);

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
  if (startRule === 'File' && !lay.error) {
    const body = parseStatementByStatement(lay, context);
    if (body) return ast.Module(body, []);
  }
  context.offset = 0;
  return buildAST(grammar.match(lay.text, startRule), lay, context);
}

function buildAST(match: MatchResult, lay: Layout, context: ParseContext): ast.mod | ast.expr {
  if (match.failed()) throw syntaxErrorFromFailure(match, lay, context);
  try {
    return withContext(context, () => semantics(match)['toAST']());
  } catch (e) {
    if (e instanceof ActionSyntaxError) throw syntaxErrorFromAction(e, context);
    throw e;
  }
}

/** Keywords that continue the compound statement of the line before. */
const CONTINUATION = /^(elif|else|except|finally)(?![\p{L}\p{N}_])/u;

/**
 * Matches a valid file one top-level statement at a time: the same tree as one match of `File`
 * (top-level statements are parsed independently in a PEG), with memo tables the size of one
 * statement instead of the whole file. Returns null when a piece fails to match, so the caller
 * matches the whole file again to find the error CPython would report.
 */
function parseStatementByStatement(lay: Layout, context: ParseContext): ast.stmt[] | null {
  const text = lay.text;
  const boundaries = [0];
  let previousIsDecorator = false;
  for (const start of lay.topLevelStarts) {
    const isDecorator = text.charCodeAt(start) === 0x40;
    if (start > 0 && !previousIsDecorator && !CONTINUATION.test(text.slice(start, start + 9))) boundaries.push(start);
    previousIsDecorator = isDecorator;
  }
  boundaries.push(text.length);
  const body: ast.stmt[] = [];
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const from = boundaries[i]!;
    const to = boundaries[i + 1]!;
    if (to === from) continue;
    const match = grammar.match(text.slice(from, to), 'File');
    if (match.failed()) return null;
    context.offset = from;
    const module = buildAST(match, lay, context) as ast.Module;
    for (const stmt of module.body) body.push(stmt);
  }
  return body;
}

export { PySyntaxError };
