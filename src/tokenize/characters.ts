// Character classes of CPython's tokenizer (Parser/tokenizer.c) and of PEP 3131 identifiers.
// Node's Unicode tables are newer than Python 3.11's (Unicode 14.0); the difference only shows
// for characters assigned after 2021.

export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
export const isHexDigit = (c: number): boolean =>
  isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);

/** tokenizer.c's is_potential_identifier_start: any non-ASCII character may start a name. */
export const isPotentialIdentifierStart = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c >= 0x80;

export const isPotentialIdentifierChar = (c: number): boolean =>
  isPotentialIdentifierStart(c) || isDigit(c);

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;

/**
 * Index (in code points) of the first character that keeps `name` from being an identifier,
 * or -1: CPython's _PyUnicode_ScanIdentifier.
 */
export function scanIdentifier(name: string): number {
  let index = 0;
  for (const ch of name) {
    const ok = index === 0 ? XID_START.test(ch) : XID_CONTINUE.test(ch);
    if (!ok) return index;
    index++;
  }
  return -1;
}

const NOT_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/** Python's str.isprintable for one code point (the space character is printable). */
export function isPrintable(codePoint: number): boolean {
  if (codePoint === 0x20) return true;
  return !NOT_PRINTABLE.test(String.fromCodePoint(codePoint));
}

/** `%04X` formatting, as in "invalid character '€' (U+20AC)". */
export const hex4 = (codePoint: number): string => codePoint.toString(16).toUpperCase().padStart(4, '0');
