// The compile-time errors of the symbol table (Python/symtable.c) and of future statements
// (Python/future.c), with CPython 3.11's message text and positions.
//
// Positions are CPython's, quirks included: symtable errors report `offset = col_offset + 1`
// and `end_offset = end_col_offset + 1` straight from the AST, so on a line with non-ASCII text
// before the error the offset counts UTF-8 bytes, not code points (CPython does not convert
// here). Future-statement errors report no end offset, and the "must occur at the beginning"
// one reports the 0-based col_offset itself.

import { PySyntaxError } from '../diagnostics/syntax-error.js';

/** Message text, one entry per error symtable.c and future.c raise. */
export const MESSAGES = {
  globalParam: (name: string) => `name '${name}' is parameter and global`,
  nonlocalParam: (name: string) => `name '${name}' is parameter and nonlocal`,
  globalAfterAssign: (name: string) => `name '${name}' is assigned to before global declaration`,
  nonlocalAfterAssign: (name: string) => `name '${name}' is assigned to before nonlocal declaration`,
  globalAfterUse: (name: string) => `name '${name}' is used prior to global declaration`,
  nonlocalAfterUse: (name: string) => `name '${name}' is used prior to nonlocal declaration`,
  globalAnnot: (name: string) => `annotated name '${name}' can't be global`,
  nonlocalAnnot: (name: string) => `annotated name '${name}' can't be nonlocal`,
  nonlocalAndGlobal: (name: string) => `name '${name}' is nonlocal and global`,
  nonlocalAtModuleLevel: () => 'nonlocal declaration not allowed at module level',
  nonlocalNoBinding: (name: string) => `no binding for nonlocal '${name}' found`,
  importStar: () => 'import * only allowed at module level',
  duplicateArgument: (name: string) => `duplicate argument '${name}' in function definition`,
  namedExprCompInClass: () => 'assignment expression within a comprehension cannot be used in a class body',
  namedExprCompConflict: (name: string) => `assignment expression cannot rebind comprehension iteration variable '${name}'`,
  namedExprCompInnerLoopConflict: (name: string) => `comprehension inner loop cannot rebind assignment expression target '${name}'`,
  namedExprCompIterExpr: () => 'assignment expression cannot be used in a comprehension iterable expression',
  /** `what` is 'named expression', 'yield expression' or 'await expression'. */
  annotationNotAllowed: (what: string) => `'${what}' can not be used within an annotation`,
  yieldInComprehension: (kind: 'list' | 'set' | 'dict' | 'generator') =>
    kind === 'generator' ? "'yield' inside generator expression" : `'yield' inside ${kind} comprehension`,
  futureNotDefined: (feature: string) => `future feature ${truncateUtf8(feature, 100)} is not defined`,
  futureBraces: () => 'not a chance',
  futureLate: () => 'from __future__ imports must occur at the beginning of the file',
} as const;

/**
 * CPython's `RecursionError: maximum recursion depth exceeded during compilation`, raised when
 * the tree is nested deeper than the symbol table's recursion limit. Not a SyntaxError: it
 * carries no position.
 */
export class CompileRecursionError extends Error {
  readonly type = 'RecursionError';
  readonly msg = 'maximum recursion depth exceeded during compilation';

  constructor() {
    super('RecursionError: maximum recursion depth exceeded during compilation');
  }
}

/** A source range as the AST carries it: 1-based lines, 0-based UTF-8 byte columns. */
export interface Location {
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** A SyntaxError located as `PyErr_RangedSyntaxLocationObject(lineno, col + 1, end_lineno, end_col + 1)`. */
export function rangedError(msg: string, loc: Location): PySyntaxError {
  return new PySyntaxError({
    type: 'SyntaxError',
    msg,
    lineno: loc.lineno,
    offset: loc.col_offset + 1,
    end_lineno: loc.end_lineno,
    end_offset: loc.end_col_offset === null ? null : loc.end_col_offset + 1,
  });
}

/** A SyntaxError located as `PyErr_SyntaxLocationObject(lineno, offset)`: no end column. */
export function pointError(msg: string, lineno: number, offset: number): PySyntaxError {
  return new PySyntaxError({ type: 'SyntaxError', msg, lineno, offset, end_lineno: lineno, end_offset: null });
}

/** `%.100s` of a UTF-8 string: at most `max` bytes, a cut character replaced as CPython decodes it. */
function truncateUtf8(text: string, max: number): string {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length <= max) return text;
  return new TextDecoder().decode(bytes.subarray(0, max));
}
