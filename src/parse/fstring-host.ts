// The parser's side of f-strings: src/parse/literals/ splits an f-string into its parts and
// hands each replacement field's expression text back here to be parsed with the `Fstring`
// start rule (CPython 3.11's Py_fstring_input).
import type * as ast from '../../generated/ast.js';
import type { FStringHost } from './literals/index.js';
import { parsingFieldExpression } from './literals/expression-locations.js';
import { parseText } from './parser.js';

export const fstringHost: FStringHost = {
  parseFStringExpression(source: string): ast.expr {
    return parsingFieldExpression(() => parseText(source, '<fstring>', 'Fstring') as ast.expr);
  },
};
