// The grammar lab: Python's syntax extended at run time by an Ohm grammar extension and its
// semantic actions (docs/grammar-lab.md). `loadExtension` gives the SyntaxBackend to install
// with setSyntaxBackend; a broken extension is an ExtensionError (at load) or an
// ExtensionSyntaxError (while parsing), each naming the extension file and line.
export { loadExtension, type ExtensionFiles } from './load.js';
export { ExtensionError, ExtensionSyntaxError } from './extension-error.js';
export type { Action, ActionDict, Extension, Lab, Position } from './api.js';
