// How a broken grammar extension is reported. Two kinds of error, never a JavaScript stack:
//   * ExtensionError: the extension cannot be loaded (an Ohm syntax error, an unknown rule, a
//     rule without an action, an action module that does not import). It names the extension
//     file and line, shows the line, and the command exits with status 1 before anything runs:
//         pyc: grammar extension pipe.ohm, line 3, col 9: Rule Pyp is not declared in grammar Pipeline
//           2 |   Disjunction := Disjunction "|>" Or_test  -- apply
//         > 3 |                | Pyp
//                              ^~~
//   * ExtensionSyntaxError: something goes wrong while the extension builds the AST of a source
//     file (an action throws, or builds an invalid AST), or the text is Python but not the
//     extension's language (a restriction). It is a SyntaxError at the Python source's position,
//     reported as CPython reports one, whose message names the extension file and line.
import { PySyntaxError, type SyntaxErrorInfo } from '../diagnostics/syntax-error.js';

export class ExtensionError extends Error {
  constructor(
    /** The extension file as the user named it. */
    readonly file: string,
    /** What went wrong, one line. */
    readonly detail: string,
    /** 1-based line and column in `file`, when known. */
    readonly line: number | null = null,
    readonly col: number | null = null,
    /** Lines of the file around the place, ready to print (each ending in a newline). */
    readonly excerpt = '',
  ) {
    super(`${where(file, line, col)}: ${detail}`);
  }

  /** The text printed on stderr. */
  report(): string {
    return `pyc: ${this.message}\n${this.excerpt}`;
  }
}

/** `grammar extension FILE, line L, col C`. */
export function where(file: string, line: number | null, col: number | null = null): string {
  let s = `grammar extension ${file}`;
  if (line !== null) s += `, line ${line}`;
  if (line !== null && col !== null) s += `, col ${col}`;
  return s;
}

/**
 * A SyntaxError decided by the extension backend. Parsing reports it as it is: the error passes
 * of src/parse/errors.ts, which know only the base grammar, must not replace it (`final`).
 */
export class ExtensionSyntaxError extends PySyntaxError {
  readonly final = true;

  constructor(info: SyntaxErrorInfo) {
    super(info);
  }
}

/** 1-based line and column of index `at` of `text`. */
export function lineAndCol(text: string, at: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: at - start + 1 };
}

/** The line `line` of `text` with the one before and after, Ohm's way, with a caret under `col`. */
export function excerpt(text: string, line: number, col: number | null, width = 1): string {
  const lines = text.split(/\r\n|\r|\n/);
  const pad = String(Math.min(line + 1, lines.length)).length;
  let out = '';
  for (let n = Math.max(1, line - 1); n <= Math.min(lines.length, line + 1); n++) {
    const mark = n === line ? '>' : ' ';
    out += `  ${mark} ${String(n).padStart(pad)} | ${lines[n - 1]}\n`;
    if (n === line && col !== null) out += `    ${' '.repeat(pad)} | ${' '.repeat(col - 1)}^${'~'.repeat(Math.max(0, width - 1))}\n`;
  }
  return out;
}

/** The line where an action named `name` is defined in an actions module's source, if found. */
export function actionLine(source: string, name: string): number | null {
  const re = new RegExp(`(^|[^\\w$.])${name.replace(/\$/g, '\\$')}\\s*(\\(|:)`, 'm');
  const m = re.exec(source);
  return m ? lineAndCol(source, m.index + m[1]!.length).line : null;
}

/** The line of `file` (a file URL) in a JavaScript error's stack, if it is there. */
export function stackLine(error: unknown, fileUrl: string): { line: number; col: number } | null {
  const stack = error instanceof Error ? error.stack ?? '' : '';
  const escaped = fileUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`${escaped}:(\\d+)(?::(\\d+))?`).exec(stack);
  return m ? { line: Number(m[1]), col: m[2] ? Number(m[2]) : 1 } : null;
}

/** The closest of `names` to `name` (a misspelt rule), if one is close. */
export function closest(name: string, names: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of names) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}
