// The two grammars of grammar/python.ohm and the semantics the error passes use: Python's own
// (toAST, tokenEnd) extended to PythonErrors, plus `invalidError`, which decides what an
// invalid case of python.gram raises (invalid-rules.ts).
// Both are loaded on first use (../ohm.ts); `errorsGrammar()` runs the installers registered
// with onErrorsGrammar (the hooks of passes.ts) before it returns the grammar the first time.
import type { PythonErrorsGrammar, PythonErrorsSemantics, PythonGrammar, PythonSemantics } from '../../../generated/python.ohm-bundle.js';
import { actions } from '../actions.js';
import { pythonGrammars } from '../ohm.js';
import { tokenEndActions } from '../token-end.js';
import { invalidHelperASTActions, invalidRuleActions } from './invalid-rules.js';

export function pythonGrammar(): PythonGrammar {
  return pythonGrammars().Python;
}

let errors: PythonErrorsGrammar | null = null;
const installers: ((grammar: PythonErrorsGrammar) => void)[] = [];

/** Runs `install` on the PythonErrors grammar before its first use. */
export function onErrorsGrammar(install: (grammar: PythonErrorsGrammar) => void): void {
  if (errors) install(errors);
  else installers.push(install);
}

export function errorsGrammar(): PythonErrorsGrammar {
  if (!errors) {
    const grammar = pythonGrammars().PythonErrors;
    for (const install of installers) install(grammar);
    errors = grammar;
  }
  return errors;
}

let semantics: PythonErrorsSemantics | null = null;

/** Semantics for PythonErrors match results (created on first use: most runs never fail). */
export function errorsSemantics(): PythonErrorsSemantics {
  if (!semantics) {
    const base: PythonSemantics = pythonGrammar().createSemantics().addOperation('toAST', actions).addOperation('tokenEnd', tokenEndActions);
    semantics = errorsGrammar().extendSemantics(base as unknown as PythonErrorsSemantics)
      .extendOperation('toAST', invalidHelperASTActions)
      .addOperation('invalidError', invalidRuleActions);
  }
  return semantics;
}
