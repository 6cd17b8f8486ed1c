export { decodeSource, normalizeNewlines, type DecodedSource } from './decode.js';
export { layout, INDENT, DEDENT, SOFT_NEWLINE, ERROR_MARK, type Layout, type TokenizerError, type OpenBracket } from './layout.js';
export { PositionMap } from './positions.js';
