// From the bytes of a file to the text the tokenizer reads, as CPython does: a UTF-8 BOM, a
// PEP 263 coding declaration on line 1 or 2, strict decoding, and universal newlines
// (\r\n and \r become \n) before anything else looks at the text.
import { PySyntaxError } from '../diagnostics/syntax-error.js';

const CODING_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** CPython's get_normal_name: canonical spellings of the two encodings it knows by heart. */
function normalEncodingName(name: string): string {
  const lower = name.toLowerCase().replace(/_/g, '-');
  if (lower === 'utf-8' || lower.startsWith('utf-8-')) return 'utf-8';
  if (['latin-1', 'iso-8859-1', 'iso-latin-1'].includes(lower) || /^(latin-1|iso-8859-1|iso-latin-1)-/.test(lower)) {
    return 'iso-8859-1';
  }
  return name;
}

/** The coding declaration in the first two lines, if any (PEP 263). */
function findCodingDeclaration(bytes: Uint8Array): { encoding: string; line: number } | null {
  let start = 0;
  for (let line = 1; line <= 2 && start < bytes.length; line++) {
    let end = start;
    while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
    const text = Buffer.from(bytes.subarray(start, end)).toString('latin1');
    const m = CODING_RE.exec(text);
    if (m) return { encoding: normalEncodingName(m[1]!), line };
    // Only a comment-only or blank first line lets line 2 declare the encoding.
    if (!/^[ \t\f]*(#.*)?$/.test(text)) return null;
    start = end;
    if (bytes[start] === 0x0d && bytes[start + 1] === 0x0a) start += 2;
    else start += 1;
  }
  return null;
}

/** Python's own names for the codecs Node's TextDecoder knows under other labels. */
function textDecoderLabel(encoding: string): string {
  const lower = encoding.toLowerCase().replace(/_/g, '-');
  if (lower === 'iso-8859-1' || lower === 'latin1') return 'latin1';
  if (/^cp\d+$/.test(lower)) return `windows-${lower.slice(2)}`;
  return lower;
}

export interface DecodedSource {
  /** The text with universal newlines applied. */
  text: string;
  encoding: string;
}

export function decodeSource(bytes: Uint8Array): DecodedSource {
  let body = bytes;
  let hasBom = false;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) {
    body = body.subarray(3);
    hasBom = true;
  }
  const declared = findCodingDeclaration(body);
  let encoding = 'utf-8';
  if (declared) {
    if (hasBom && declared.encoding !== 'utf-8') {
      throw new PySyntaxError({ type: 'SyntaxError', msg: `encoding problem: ${declared.encoding} with BOM`, lineno: declared.line, offset: 0, end_lineno: null, end_offset: null });
    }
    encoding = declared.encoding;
  }
  let text: string;
  if (encoding === 'utf-8') {
    text = decodeUtf8Strict(body);
  } else {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(textDecoderLabel(encoding), { fatal: true });
    } catch {
      throw new PySyntaxError({ type: 'SyntaxError', msg: `unknown encoding: ${encoding}`, lineno: declared!.line, offset: 0, end_lineno: null, end_offset: null });
    }
    text = decoder.decode(body);
  }
  return { text: normalizeNewlines(text), encoding };
}

function decodeUtf8Strict(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Find the line of the first bad byte, as CPython's tokenizer reports it.
    let line = 1;
    let i = 0;
    let reason = 'invalid start byte';
    while (i < bytes.length) {
      const b = bytes[i]!;
      const len = utf8SequenceLength(bytes, i);
      if (len <= 0) {
        reason = len === 0 ? 'invalid start byte' : len === -1 ? 'invalid continuation byte' : 'unexpected end of data';
        break;
      }
      if (b === 0x0a) line++;
      i += len;
    }
    const hexByte = bytes[i]!.toString(16).padStart(2, '0');
    throw new PySyntaxError({
      type: 'SyntaxError',
      msg: `(unicode error) 'utf-8' codec can't decode byte 0x${hexByte} in position ${i}: ${reason}`,
      lineno: line, offset: 0, end_lineno: null, end_offset: null,
    });
  }
}

/**
 * The length of the well-formed UTF-8 sequence at `i` (Unicode table 3-7, as CPython's decoder
 * checks it), or why there is none: 0 an invalid start byte, -1 an invalid continuation byte,
 * -2 the data ends inside the sequence.
 */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (len === 0) return 0;
  for (let k = 1; k < len; k++) {
    if (i + k >= bytes.length) return -2;
    const c = bytes[i + k]!;
    let lo = 0x80, hi = 0xbf;
    if (k === 1) {
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
      else if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    }
    if (c < lo || c > hi) return -1;
  }
  return len;
}

export function normalizeNewlines(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}
