// Future statements, as CPython 3.11's Python/future.c reads them from the AST before the symbol
// table is built: which `from __future__ import ...` features are on (only `annotations` and
// `barry_as_FLUFL` change anything in 3.11), and the errors a future statement can raise here.
// The other late-future error (a future import after ordinary statements on a later line) is
// raised by the code generator (compile.c), not here.

import type * as ast from '../../generated/ast.js';
import { MESSAGES, pointError } from './errors.js';

/** `CO_FUTURE_BARRY_AS_BDFL` (code.h): `<>` instead of `!=`. */
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
/** `CO_FUTURE_ANNOTATIONS` (code.h): PEP 563 annotations, kept as strings. */
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

export interface FutureFeatures {
  /** CO_FUTURE_* bits, as `PyFutureFeatures.ff_features`. */
  readonly features: number;
  /** Line of the last future statement, -1 when there is none (`ff_lineno`). */
  readonly lineno: number;
}

export const NO_FUTURE_FEATURES: FutureFeatures = { features: 0, lineno: -1 };

/** Features that are accepted and have no effect in 3.11 (all mandatory by now). */
const ALWAYS_ON = new Set(['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function', 'unicode_literals', 'generator_stop']);

/** The future features of a module, as `_PyFuture_FromAST`; throws PySyntaxError as future.c does. */
export function futureFeatures(mod: ast.mod): FutureFeatures {
  if (mod._type !== 'Module' && mod._type !== 'Interactive') return NO_FUTURE_FEATURES;
  const body = mod.body;
  let features = 0;
  let lineno = -1;
  let done = false;
  let prevLine = 0;
  for (let i = hasDocString(body) ? 1 : 0; i < body.length; i++) {
    const s = body[i]!;
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (s._type === 'ImportFrom' && s.module === '__future__') {
      // Only reachable for statements joined by semicolons on the line of the first one.
      if (done) throw pointError(MESSAGES.futureLate(), s.lineno, s.col_offset);
      features |= checkFeatures(s);
      lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return { features, lineno };
}

function checkFeatures(s: ast.ImportFrom): number {
  let features = 0;
  for (const alias of s.names) {
    const feature = alias.name;
    if (ALWAYS_ON.has(feature)) continue;
    if (feature === 'barry_as_FLUFL') features |= CO_FUTURE_BARRY_AS_BDFL;
    else if (feature === 'annotations') features |= CO_FUTURE_ANNOTATIONS;
    else if (feature === 'braces') throw pointError(MESSAGES.futureBraces(), s.lineno, s.col_offset + 1);
    else throw pointError(MESSAGES.futureNotDefined(feature), s.lineno, s.col_offset + 1);
  }
  return features;
}

/** `_PyAST_GetDocString`: the body starts with an expression statement that is a str constant. */
function hasDocString(body: ast.stmt[]): boolean {
  const first = body[0];
  return first !== undefined && first._type === 'Expr' && first.value._type === 'Constant' && typeof first.value.value === 'string';
}
