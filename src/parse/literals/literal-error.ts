// A literal that CPython rejects, before its position is known. CPython raises almost every
// string error with RAISE_SYNTAX_ERROR, which points at the last token the parser fetched
// (normally the one after the last STRING), and only a few at the STRING token itself
// (RAISE_SYNTAX_ERROR_KNOWN_LOCATION). Decoders throw this; concatenateStrings turns it
// into a PySyntaxError through its host, which knows the tokens.

export type LiteralErrorAnchor = 'last-token' | 'string-token';

export class LiteralError extends Error {
  constructor(
    readonly msg: string,
    readonly anchor: LiteralErrorAnchor = 'last-token',
  ) {
    super(msg);
  }
}
