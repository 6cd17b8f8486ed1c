// Which parser matches the text: the Ohm interpreter running grammar/python.ohm (the reference,
// and the only one that can load grammar extensions at run time), or the parser generated from
// the same grammar into generated/ (fast). Both hand their parse trees to the same semantic
// actions (actions.ts), so they build the AST in one way.
//
// The choice is process-wide (the CLI's `--parser`, set once before any parsing): parsing is
// reached from many places (the compiler, f-string expressions, the VM's compile()), and each
// of them should see the same syntax.
import type * as ast from '../../generated/ast.js';

export type StartRule = 'File' | 'Eval' | 'Fstring';

export interface SyntaxBackend {
  /** A short name for messages and benchmarks (`ohm`, `generated`, an extension's file). */
  readonly name: string;
  /**
   * Matches all of `text` from `startRule` and runs the semantic actions over the tree; null when
   * the text does not match. The parse context (context.ts) is installed by the caller; actions
   * may throw their syntax errors.
   */
  parse(text: string, startRule: StartRule): ast.mod | ast.expr | null;
}

let active: SyntaxBackend | null = null;
let fallback: (() => SyntaxBackend) | null = null;

/** The backend parsing uses now. */
export function syntaxBackend(): SyntaxBackend {
  if (active === null) active = fallback!();
  return active;
}

/** Makes `backend` the one every later parse uses. */
export function setSyntaxBackend(backend: SyntaxBackend): void {
  active = backend;
}

/** Registers the default backend, made on first use (parser.ts does this). */
export function setDefaultSyntaxBackend(make: () => SyntaxBackend): void {
  fallback = make;
}
