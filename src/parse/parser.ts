// The parser's entry points: source text or bytes in, CPython 3.11's AST out, or a
// PySyntaxError exactly as CPython reports it.
//
//   decode (tokenize/decode.ts) -> layout pre-pass (tokenize/layout.ts)
//     -> Ohm match of grammar/python.ohm -> semantic actions (actions.ts) -> AST
//   and on failure: errors.ts decides which error CPython would have reported.
import * as ast from '../../generated/ast.js';
import { PySyntaxError } from '../diagnostics/syntax-error.js';
import { decodeSource, normalizeNewlines } from '../tokenize/decode.js';
import { layout, type Layout } from '../tokenize/layout.js';
import { PositionMap } from '../tokenize/positions.js';
import { actions, ActionSyntaxError } from './actions.js';
import { ParseContext, withContext } from './context.js';
import { reportSyntaxError, syntaxErrorFromAction, tokenizerKnowsEncoding } from './errors.js';
import { generatedBackend } from './generated-backend.js';
import { pythonGrammars } from './ohm.js';
import { tokenEndActions } from './token-end.js';
import { setDefaultSyntaxBackend, syntaxBackend, type StartRule, type SyntaxBackend } from './backend.js';

// Made on first use: actions.ts and this module import each other (through f-strings), and
// Ohm itself is loaded only when needed (ohm.ts).
let semantics: ReturnType<ReturnType<typeof pythonGrammars>['Python']['createSemantics']> | null = null;

/** The reference backend: Ohm interpreting grammar/python.ohm. */
export const ohmBackend: SyntaxBackend = {
  name: 'ohm',
  parse(text, startRule) {
    const grammar = pythonGrammars().Python;
    const match = grammar.match(text, startRule);
    if (match.failed()) return null;
    semantics ??= grammar.createSemantics().addOperation('toAST', actions).addOperation('tokenEnd', tokenEndActions);
    return semantics(match)['toAST']() as ast.mod | ast.expr;
  },
};
// The generated parser is the default: same grammar, same actions, ~20x faster (issue 7).
setDefaultSyntaxBackend(() => generatedBackend());

export type { StartRule };

/** Parses a module from the bytes of a file (BOM and PEP 263 coding declarations honoured). */
export function parseBytes(bytes: Uint8Array, filename: string): ast.Module {
  return parseText(decodeSource(bytes).text, filename, 'File', { convertToChars: tokenizerKnowsEncoding(bytes) }) as ast.Module;
}

/** Parses a module from text, as `ast.parse(text, filename)`. */
export function parseModule(text: string, filename = '<unknown>'): ast.Module {
  return parseText(text, filename, 'File') as ast.Module;
}

export interface ParseOptions {
  /** Whether error offsets count code points (see ErrorReportOptions); true unless told. */
  convertToChars?: boolean;
  /** Set by src/parse/errors/big-stack-worker.ts, which runs a parse on a bigger stack. */
  onBigStack?: boolean;
}

export function parseText(input: string, filename: string, startRule: StartRule, options: ParseOptions = {}): ast.mod | ast.expr {
  // CPython refuses a NUL anywhere before it tokenizes (_Py_SourceAsString), with no position.
  if (input.includes('\0')) throw PySyntaxError.withoutLocation('source code string cannot contain null bytes');
  const normalized = normalizeNewlines(input);
  if (startRule === 'Eval' && !normalized.endsWith('\n')) evalInputEnd(normalized, filename, options);
  const lay = layout(normalized, { convertToChars: options.convertToChars ?? true });
  const context = new ParseContext(new PositionMap(lay), filename);
  let actionError: PySyntaxError | undefined;
  let stackOverflowed = false;
  // The start of the first top-level statement that failed, when known: the statements
  // before it parsed, and pegen's passes would not find an error in them.
  let failedStatement: number | undefined;
  try {
    if (startRule === 'File') {
      // Also when the tokenizer stopped early: the statements before the one it stopped in are
      // parsed first, as pegen parses them, and an error their actions raise comes first.
      const parsed = parseStatementByStatement(lay, context);
      if (Array.isArray(parsed) && !lay.error) return ast.Module(parsed, []);
      if (!Array.isArray(parsed)) failedStatement = parsed.failedAt;
    } else if (!lay.error) {
      context.offset = 0;
      const tree = withContext(context, () => syntaxBackend().parse(lay.text, startRule));
      if (tree !== null) return tree;
    }
  } catch (e) {
    // An action raised (a string literal, a complex literal): CPython raises it in the middle
    // of its first pass, where a tokenizer error later in the file can still win. The error
    // passes replay that; a nesting too deep for the stack also ends up there.
    if (startRule === 'File') failedStatement = context.offset;
    if (e instanceof ActionSyntaxError) actionError = syntaxErrorFromAction(e, context);
    else if (e instanceof PySyntaxError) actionError = e;
    else if (e instanceof RangeError) stackOverflowed = true;
    else throw e;
  }
  throw reportSyntaxError(lay, {
    startRule, filename, convertToChars: options.convertToChars ?? true, actionError, onBigStack: options.onBigStack, stackOverflowed, failedStatement,
    // eval input gets no newline from CPython's tokenizer (only file input does): its last line
    // ends in ENDMARKER, where the layout has a NEWLINE
    noFinalNewline: startRule === 'Eval' && normalized.length > 0 && !normalized.endsWith('\n'),
  });
}

/**
 * The end of eval input without a final newline, which CPython's tokenizer does not add (only
 * file input gets one): empty input fails at an ENDMARKER on line 0, and a last line of only
 * spaces is not blank but indented (an INDENT, unless an error comes before it).
 */
function evalInputEnd(text: string, filename: string, options: ParseOptions): void {
  if (text === '') throw new PySyntaxError({ type: 'SyntaxError', msg: 'invalid syntax', lineno: 0, offset: 0, end_lineno: 0, end_offset: 0 });
  if (text.endsWith('\\')) {
    // the character after that backslash is the end of input, not a newline
    try {
      parseText(text + '\n', filename, 'Eval', options);
    } catch (e) {
      // the tokenizer raises that error when it gets there, after any parser error before it
      if (!(e instanceof PySyntaxError) || !/^(unexpected EOF while parsing|invalid syntax|'.' was never closed)$/.test(e.msg)) throw e;
      const lineno = text.split('\n').length;
      const offset = [...text.slice(text.lastIndexOf('\n') + 1)].length;
      throw new PySyntaxError({ type: 'SyntaxError', msg: 'unexpected character after line continuation character', lineno, offset, end_lineno: lineno, end_offset: 0 });
    }
  }
  const m = /(?:^|\n)([ \t\f]+)$/.exec(text);
  // a form feed sets the tokenizer's column back to 0
  if (!m || /\\\n[ \t\f]+$/.test(text) || /\f[ \t]*$/.test(m[1]!) && !/[ \t]$/.test(m[1]!)) return;
  const head = text.slice(0, text.length - m[1]!.length);
  const lineno = head.split('\n').length;
  const indent = new PySyntaxError({ type: 'IndentationError', msg: 'unexpected indent', lineno, offset: m[1]!.length, end_lineno: lineno, end_offset: -1 });
  if (head === '') throw indent;
  try {
    parseText(head, filename, 'Eval', options);
  } catch (e) {
    // an error at the ENDMARKER (no column) is where the tokenizer returns the INDENT instead
    if (e instanceof PySyntaxError && e.offset !== 0) throw e;
  }
  throw indent;
}

/** Keywords that continue the compound statement of the line before. */
const CONTINUATION = /^(elif|else|except|finally)(?![\p{L}\p{N}_])/u;

/**
 * Where the top-level statements of a layout begin (and, last, the text's end): the starts of
 * logical lines at column 0, except continuation keywords and what follows a decorator.
 */
export function statementChunks(lay: Layout): number[] {
  const text = lay.text;
  const boundaries = [0];
  let previousIsDecorator = false;
  for (const start of lay.topLevelStarts) {
    const isDecorator = text.charCodeAt(start) === 0x40;
    if (start > 0 && !previousIsDecorator && !CONTINUATION.test(text.slice(start, start + 9))) boundaries.push(start);
    previousIsDecorator = isDecorator;
  }
  boundaries.push(text.length);
  return boundaries;
}

/**
 * Matches a valid file one top-level statement at a time: the same tree as one match of `File`
 * (top-level statements are parsed independently in a PEG), with memo tables the size of one
 * statement instead of the whole file. When a piece fails to match, returns where it begins:
 * the error passes (errors.ts) start there.
 */
function parseStatementByStatement(lay: Layout, context: ParseContext): ast.stmt[] | { failedAt: number } {
  const text = lay.text;
  const boundaries = statementChunks(lay);
  const body: ast.stmt[] = [];
  const backend = syntaxBackend();
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const from = boundaries[i]!;
    const to = boundaries[i + 1]!;
    if (to === from) continue;
    context.offset = from;
    const module = withContext(context, () => backend.parse(text.slice(from, to), 'File')) as ast.Module | null;
    if (module === null) return { failedAt: from };
    for (const stmt of module.body) body.push(stmt);
  }
  return body;
}

export { PySyntaxError };
