// The backend running the parser generated from grammar/python.ohm (tools/gen-parser.mjs).
// Being written: until generated/python-parser.js exists this hands over to the Ohm backend.
import type { SyntaxBackend } from './backend.js';
import { ohmBackend } from './parser.js';

export function generatedBackend(): SyntaxBackend {
  return { name: 'generated', parse: (text, startRule) => ohmBackend.parse(text, startRule) };
}
