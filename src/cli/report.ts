// Printing compile-time errors the way CPython 3.11 does on stderr (Python/pythonrun.c,
// print_exception with print_error_text) when `python3 x.py` meets a SyntaxError:
//   File "x.py", line 3
//     if x
//         ^
//   SyntaxError: expected ':'
// The source line is shown without its leading blanks; the carets run from offset to
// end_offset (one at least), clipped as CPython clips them. CPython does this arithmetic on
// the UTF-8 text with code-point offsets (byte offsets for files without a coding
// declaration, see src/parse/errors.ts), which this reproduces, misalignments included.
import type { SyntaxErrorInfo } from '../diagnostics/syntax-error.js';

const utf8Length = (s: string): number => Buffer.byteLength(s, 'utf8');

/**
 * CPython's traceback text for a SyntaxError. `sourceLines` are the file's lines without their
 * line ends (as split(/\r\n|\r|\n/) gives them: every line but the last had one).
 */
export function formatSyntaxError(err: SyntaxErrorInfo, filename: string, sourceLines: string[] | null): string {
  // Without a line (lineno None), CPython prints the message with the file name appended.
  if (err.lineno === null) return `${err.type}: ${err.msg} (${filename})\n`;
  let out = `  File "${filename}", line ${err.lineno}\n`;
  const index = err.lineno - 1;
  const line = sourceLines && index >= 0 && index < sourceLines.length ? sourceLines[index]! : undefined;
  // PyErr_ProgramText gives no text past the end of the file (a final line without content).
  if (line !== undefined && !(index === sourceLines!.length - 1 && line === '')) {
    const text = index < sourceLines!.length - 1 ? `${line}\n` : line;
    out += errorText(err, text);
  }
  return out + `${err.type}: ${err.msg}\n`;
}

/** parse_syntax_error and print_exception's end-offset adjustments, then print_error_text. */
function errorText(err: SyntaxErrorInfo, text: string): string {
  const lineSize = utf8Length(text);
  let offset = err.offset;
  // Only SyntaxError itself has its end used: IndentationError and TabError get one caret.
  const exact = err.type === 'SyntaxError';
  let endOffset = exact ? err.end_offset ?? -1 : -1;
  const endLineno = exact ? err.end_lineno ?? err.lineno : err.lineno;
  // A multi-line error is highlighted to the end of its first line.
  if (endLineno > err.lineno) endOffset = lineSize;
  if (endOffset > lineSize + 1) endOffset = lineSize + 1;
  const carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;

  offset--; // to 0-based
  let shown = text;
  while (shown.length > 0 && (shown[0] === ' ' || shown[0] === '\t' || shown[0] === '\f')) {
    shown = shown.slice(1);
    offset--;
  }
  let len = utf8Length(shown);
  if (len > 0 && shown.endsWith('\n')) len--;
  if (offset > len) offset = len;
  let out = `    ${shown}`;
  if (!shown.endsWith('\n')) out += '\n';
  if (offset < 0) return out;
  return out + `    ${' '.repeat(offset)}${'^'.repeat(carets)}\n`;
}
