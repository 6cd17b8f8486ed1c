// Where a compound statement ends: CPython gives a node the end of the last token its rule
// consumed, NEWLINE, INDENT and DEDENT excepted (pegen's _PyPegen_get_last_nonnwhitespace_token).
// That is usually the end of the last statement of the last block, but a simple statement list
// ending in ';' ends at the ';'. This operation walks down the last children to find it.
import type { Node } from 'ohm-js';
import type { PythonActionDict } from '../../generated/python.ohm-bundle.js';

/** Layout tokens that never end a node. */
const WHITESPACE_TOKENS = new Set(['newline', 'indent', 'dedent', 'endmarker']);

function lastTokenEnd(children: Node[]): number | null {
  for (let i = children.length - 1; i >= 0; i--) {
    const end = children[i]!['tokenEnd']() as number | null;
    if (end !== null) return end;
  }
  return null;
}

export const tokenEndActions: PythonActionDict<number | null> = {
  _nonterminal(...children) {
    const name = this.ctorName;
    const first = name.charCodeAt(0);
    if (first >= 0x61 && first <= 0x7a) {
      // A lexical rule is one token.
      return WHITESPACE_TOKENS.has(name) || this.source.endIdx === this.source.startIdx ? null : this.source.endIdx;
    }
    return lastTokenEnd(children);
  },
  _iter(...children) {
    return lastTokenEnd(children);
  },
  _terminal() {
    return this.source.endIdx > this.source.startIdx ? this.source.endIdx : null;
  },
};
