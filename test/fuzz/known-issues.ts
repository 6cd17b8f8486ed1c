// JS errors the fuzzer finds that are known and owned elsewhere: each has an owner-facing
// description and a test of whether a failing input is an instance of it. `npm test` fails on
// any JS error that none of these explains; delete an entry once its bug is fixed, and the
// slice holds the line from then on.
import type { Verdict } from './verdicts.js';

export interface KnownIssue {
  id: string;
  description: string;
  matches(bytes: Uint8Array, verdict: Verdict): boolean;
}

/** The deepest bracket nesting in `text`, strings and comments ignored roughly. */
export function bracketDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote || ch === '\n') quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#') while (i < text.length && text[i] !== '\n') i++;
    else if ('([{'.includes(ch)) max = Math.max(max, ++depth);
    else if (')]}'.includes(ch)) depth = Math.max(0, depth - 1);
  }
  return max;
}

const DEEP_PREFIX = /(?:(?:not\s+|[-+~*]\s*|lambda\s*:\s*|await\s+)){100}/;

export const KNOWN_ISSUES: KnownIssue[] = [
  {
    id: 'deep-nesting-stack-overflow',
    description:
      'Ohm recursion overflows the JS stack on ~50 nested brackets (CPython allows 200) or ~700 prefix '
      + 'operators (CPython: 1000+). Owner: the grammar/parser (issue 3, item 6). Reproducer: '
      + "parseBytes(Buffer.from('('.repeat(70)), 'x') throws RangeError instead of \"'(' was never closed\".",
    matches(bytes, verdict) {
      if (verdict.kind !== 'js-error' || verdict.name !== 'RangeError' || !verdict.message.includes('call stack')) return false;
      const text = Buffer.from(bytes).toString('utf8');
      return bracketDepth(text) >= 40 || DEEP_PREFIX.test(text);
    },
  },
];

export function knownIssueOf(bytes: Uint8Array, verdict: Verdict): KnownIssue | undefined {
  return KNOWN_ISSUES.find((k) => k.matches(bytes, verdict));
}
