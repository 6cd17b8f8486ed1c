// NUMBER token → value, as Parser/pegen.c's parsenumber does it in CPython 3.11: drop the
// underscores, then an int if the whole text is an integer literal, a complex with zero real
// part if it ends in j/J, a float otherwise. The grammar has already rejected malformed
// tokens (`0777`, `1__0`, `1_`), so every text reaching this file is a valid NUMBER.

import { PySyntaxError } from '../../diagnostics/syntax-error.js';
import { PyComplex } from '../../values/index.js';

/** sys.int_info.default_max_str_digits: 3.11.7 refuses longer decimal int literals. */
const MAX_STR_DIGITS = 4300;

const INTEGER = /^(?:0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|[0-9]+)$/;

/**
 * The value of a NUMBER token: int → bigint, float → number, imaginary → PyComplex.
 * Throws PySyntaxError (at `lineno`, with the columns CPython leaves out) for a decimal int
 * literal over 4300 digits, which 3.11.7 rejects at compile time.
 */
export function parseNumber(text: string, lineno = 1): bigint | number | PyComplex {
  const clean = text.includes('_') ? text.replaceAll('_', '') : text;
  if (INTEGER.test(clean)) {
    if (clean.length > MAX_STR_DIGITS && /^[1-9]/.test(clean)) throw intLimitError(clean.length, lineno);
    // BigInt parses 0x/0o/0b itself; a run of zeros ("000") is decimal 0 for both.
    return BigInt(clean);
  }
  const last = clean[clean.length - 1];
  if (last === 'j' || last === 'J') return new PyComplex(0, parseFloatLiteral(clean.slice(0, -1)));
  return parseFloatLiteral(clean);
}

// ECMAScript's StringToNumber is correctly rounded in V8 for any digit count, overflows to
// Infinity and underflows to 0 as C's strtod does, and accepts every Python float spelling
// once underscores are gone ("1.", ".5", "1e5", "00.5"). The differential tests hold this.
function parseFloatLiteral(text: string): number {
  const value = Number(text);
  if (Number.isNaN(value)) throw new Error(`parseNumber: not a float literal: ${JSON.stringify(text)}`);
  return value;
}

function intLimitError(digits: number, lineno: number): PySyntaxError {
  // pegen.c raises this with col_offset -1 "to avoid a wall of 1000s of '^'s".
  return new PySyntaxError({
    type: 'SyntaxError',
    msg:
      `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits} digits; ` +
      'use sys.set_int_max_str_digits() to increase the limit - ' +
      'Consider hexadecimal for huge integer literals to avoid decimal conversion limits.',
    lineno,
    offset: 0,
    end_lineno: lineno,
    end_offset: 0,
  });
}
