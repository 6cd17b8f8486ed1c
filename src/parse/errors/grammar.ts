// The two grammars of grammar/python.ohm and the semantics the error passes use: Python's own
// (toAST, tokenEnd) extended to PythonErrors, plus `invalidError`, which decides what an
// invalid case of python.gram raises (invalid-rules.ts).
import grammars from '../../../generated/python.ohm-bundle.js';
import type { PythonErrorsSemantics, PythonSemantics } from '../../../generated/python.ohm-bundle.js';
import { actions } from '../actions.js';
import { tokenEndActions } from '../token-end.js';
import { invalidHelperASTActions, invalidRuleActions } from './invalid-rules.js';

export const pythonGrammar = grammars.Python;
export const errorsGrammar = grammars.PythonErrors;

let semantics: PythonErrorsSemantics | null = null;

/** Semantics for PythonErrors match results (created on first use: most runs never fail). */
export function errorsSemantics(): PythonErrorsSemantics {
  if (!semantics) {
    const base: PythonSemantics = pythonGrammar.createSemantics().addOperation('toAST', actions).addOperation('tokenEnd', tokenEndActions);
    semantics = errorsGrammar.extendSemantics(base as unknown as PythonErrorsSemantics)
      .extendOperation('toAST', invalidHelperASTActions)
      .addOperation('invalidError', invalidRuleActions);
  }
  return semantics;
}
