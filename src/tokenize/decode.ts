// From the bytes of a file to the text the tokenizer reads, as CPython 3.11 does for a source
// given as bytes (Parser/tokenizer.c, decode_str): universal newlines first (\r\n and \r become
// \n, on the bytes), then a UTF-8 BOM, then a PEP 263 coding declaration on line 1, or on line 2
// after a blank or comment-only line 1.
//
// A declared encoding other than UTF-8 decodes the whole source up front, strictly; its errors,
// an unknown encoding and a BOM that contradicts the declaration are SyntaxErrors at line 0,
// offset -1 (_PyPegen_raise_tokenizer_init_error). Without a declaration, or with a UTF-8 one,
// CPython does not decode at all: the tokenizer works on the bytes, and an invalid byte is an
// error only where something decodes it (a name, a string literal), never in a comment. pyc
// decodes such a source with "surrogateescape", so each invalid byte 0xXX stays in the text as
// U+DCXX for those places to find (see utf8.ts).
import { PySyntaxError } from '../diagnostics/syntax-error.js';
import { CodecError, codecModule, decodeWithCodec } from './codecs.js';
import { decodeUtf8SurrogateEscape, firstUtf8Error, utf8ErrorMessage } from './utf8.js';

const CODING_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/**
 * tokenizer.c's get_normal_name: canonical spellings of the two encodings it knows by heart,
 * judged on the first 12 characters with '_' read as '-'.
 */
function normalEncodingName(name: string): string {
  const buf = name.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (buf === 'utf-8' || buf.startsWith('utf-8-')) return 'utf-8';
  if (['latin-1', 'iso-8859-1', 'iso-latin-1'].includes(buf) || /^(latin-1|iso-8859-1|iso-latin-1)-/.test(buf)) return 'iso-8859-1';
  return name;
}

/** check_coding_spec on lines 1 and 2 (PEP 263); `text` is latin-1 decoded, newlines normalized. */
function findCodingDeclaration(text: string): string | null {
  const firstEnd = text.indexOf('\n');
  // translate_newlines ends the source with a newline, so line 1 always has one.
  const line1 = firstEnd < 0 ? text : text.slice(0, firstEnd);
  const m1 = CODING_RE.exec(line1);
  if (m1) return normalEncodingName(m1[1]!);
  // Line 2 counts only after a line 1 that holds nothing but blanks and a comment.
  if (firstEnd < 0 || !/^[ \t\f]*(#|$)/.test(line1)) return null;
  const secondEnd = text.indexOf('\n', firstEnd + 1);
  const m2 = CODING_RE.exec(text.slice(firstEnd + 1, secondEnd < 0 ? text.length : secondEnd));
  return m2 ? normalEncodingName(m2[1]!) : null;
}

export interface DecodedSource {
  /** The text with universal newlines applied; undecodable bytes as U+DC80..U+DCFF. */
  text: string;
  /** The declared encoding as CPython names it ('utf-8' without a declaration). */
  encoding: string;
  /**
   * Whether CPython's tokenizer has an encoding (tok->encoding): the source has a BOM or a
   * coding declaration. Without one, the parser's SyntaxError offsets count UTF-8 bytes.
   */
  knowsEncoding: boolean;
  /** Whether the text holds undecodable bytes (possible only for UTF-8 sources). */
  hasUndecodableBytes: boolean;
}

/** The SyntaxError CPython raises when the tokenizer cannot even be set up. */
function initError(msg: string): PySyntaxError {
  return new PySyntaxError({ type: 'SyntaxError', msg, lineno: 0, offset: -1, end_lineno: null, end_offset: null });
}

export function decodeSource(bytes: Uint8Array): DecodedSource {
  let body = translateNewlines(bytes);
  let hasBom = false;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) {
    body = body.subarray(3);
    hasBom = true;
  }
  const line1End = body.indexOf(0x0a);
  const line2End = line1End < 0 ? -1 : body.indexOf(0x0a, line1End + 1);
  const head = Buffer.from(body.subarray(0, line2End < 0 ? body.length : line2End + 1)).toString('latin1');
  const declared = findCodingDeclaration(head);
  if (declared !== null && hasBom && declared !== 'utf-8') throw initError(`encoding problem: ${declared} with BOM`);
  const knowsEncoding = hasBom || declared !== null;
  if (declared === null || declared === 'utf-8') {
    // No decoding: the tokenizer reads the bytes as they are.
    const { text, escaped } = decodeUtf8SurrogateEscape(body);
    return { text, encoding: 'utf-8', knowsEncoding, hasUndecodableBytes: escaped };
  }
  // translate_into_utf8: the whole source, strictly, with the codec Python's registry finds.
  if (codecModule(declared) === 'utf_8') {
    const err = firstUtf8Error(body);
    if (err !== null) throw initError(utf8ErrorMessage(body, err));
    return { text: decodeUtf8SurrogateEscape(body).text, encoding: declared, knowsEncoding, hasUndecodableBytes: false };
  }
  try {
    return { text: decodeWithCodec(body, declared), encoding: declared, knowsEncoding, hasUndecodableBytes: false };
  } catch (e) {
    if (e instanceof CodecError) throw initError(e.message);
    throw e;
  }
}

/** translate_newlines on the bytes: \r\n and a lone \r become \n. */
function translateNewlines(bytes: Uint8Array): Uint8Array {
  if (!bytes.includes(0x0d)) return bytes;
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0d) {
      out[n++] = 0x0a;
      if (bytes[i + 1] === 0x0a) i++;
    } else out[n++] = b;
  }
  return out.subarray(0, n);
}

export function normalizeNewlines(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}
