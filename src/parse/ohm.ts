// Ohm and the Ohm grammar of Python (grammar/python.ohm), loaded on first use.
//
// The generated parser (generated/python-parser.js) parses; Ohm is needed only by the error
// passes (a text that does not parse), by `--parser ohm` and by the grammar lab. Loading it costs
// ~80 ms (ohm-js, then building both grammars from the bundle's recipes), which a start-up that
// needs neither should not pay. Parsing is synchronous, so it is loaded with require(): ohm-js's
// single-file CommonJS build and the CommonJS bundle that `npm run generate` writes
// (tools/generate.mjs). Everything in pyc reaches Ohm through here, so that there is one copy of
// ohm-js: its grammars, parsing expressions and match states must all come from the same one.
import { createRequire } from 'node:module';
import type * as OhmModule from 'ohm-js';
import type grammarsType from '../../generated/python.ohm-bundle.js';

export type Ohm = typeof OhmModule;
/** The grammars of grammar/python.ohm: Python, and PythonErrors, used only after a failure. */
export type PythonGrammars = typeof grammarsType;

const require = createRequire(import.meta.url);

let ohmModule: Ohm | null = null;
let grammars: PythonGrammars | null = null;
const onLoad: ((ohm: Ohm) => void)[] = [];

/** ohm-js (its CommonJS build), loaded on first call. */
export function ohm(): Ohm {
  if (!ohmModule) {
    ohmModule = require('ohm-js') as Ohm;
    for (const f of onLoad) f(ohmModule);
  }
  return ohmModule;
}

/** Runs `f` with ohm-js once it is loaded (at once if it already is). */
export function whenOhmLoaded(f: (ohm: Ohm) => void): void {
  if (ohmModule) f(ohmModule);
  else onLoad.push(f);
}

/** The grammars of grammar/python.ohm (generated/python.ohm-bundle.cjs), built on first call. */
export function pythonGrammars(): PythonGrammars {
  if (!grammars) {
    ohm();
    grammars = require('../../generated/python.ohm-bundle.cjs') as PythonGrammars;
  }
  return grammars;
}
