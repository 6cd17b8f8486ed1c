// Printing compile-time errors the way CPython does on stderr:
//   File "x.py", line 3
//     if x
//         ^
//   SyntaxError: expected ':'
import type { SyntaxErrorInfo } from '../diagnostics/syntax-error.js';

/** CPython's traceback text for a SyntaxError (print_exception of a SyntaxError). */
export function formatSyntaxError(err: SyntaxErrorInfo, filename: string, sourceLines: string[] | null): string {
  let out = `  File "${filename}", line ${err.lineno}\n`;
  const raw = sourceLines?.[err.lineno - 1];
  if (raw !== undefined) {
    // CPython strips leading whitespace from the shown line and shifts the caret with it.
    const stripped = raw.replace(/^[ \t\f]+/, '');
    const shift = Array.from(raw).length - Array.from(stripped).length;
    const shown = stripped.replace(/\s+$/, '');
    out += `    ${shown}\n`;
    if (err.offset >= 1) {
      const start = Math.max(err.offset - 1 - shift, 0);
      let end = err.end_lineno === err.lineno && err.end_offset !== null && err.end_offset > err.offset ? err.end_offset - 1 - shift : start + 1;
      end = Math.min(Math.max(end, start + 1), Math.max(Array.from(shown).length + 1, start + 1));
      out += `    ${' '.repeat(start)}${'^'.repeat(end - start)}\n`;
    }
  }
  out += `${err.type}: ${err.msg}\n`;
  return out;
}
