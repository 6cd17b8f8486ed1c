// Turning a compile-time syntax error (from pyc's parser/compiler, seen by the import system)
// into a Python SyntaxError exception with CPython's fields.

import { readFileSync } from 'node:fs';
import { decodeSource } from '../tokenize/decode.js';
import { IndentationError, isExcInstance, newExc, SyntaxError, SyntaxWarning, TabError } from './exceptions.js';
import { None } from './type.js';
import { call, getAttr } from './abstract.js';
import { importAbs } from './import.js';

export interface SyntaxErrorInfo {
  type: string;
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
}

export function raiseSyntaxError(type: string, info: SyntaxErrorInfo, filename: string, source: Uint8Array, fileInput = true): never {
  const t = type === 'IndentationError' ? IndentationError : type === 'TabError' ? TabError : SyntaxError;
  // the source line in the source's own encoding (PEP 263), else UTF-8 with replacement characters
  let decoded = Buffer.from(source).toString('utf8');
  try {
    const d = decodeSource(source);
    if (d.encoding !== 'utf-8') decoded = d.text;
  } catch {
    // keep the UTF-8 reading
  }
  const lines = decoded.split(/\r\n|\r|\n/);
  // file input gets a final newline from the tokenizer; eval input keeps its last line as it is
  const newline = (lineno: number): string => (fileInput || lineno < lines.length ? '\n' : '');
  const text = info.lineno !== null && info.lineno >= 1 ? (lines[info.lineno - 1] ?? '') + newline(info.lineno) : info.lineno === 0 && !fileInput ? '' : None;
  const n = (x: number | null) => (x === null ? None : x);
  const e = newExc(t, info.msg, newTupleOf([filename, n(info.lineno), n(info.offset), text, n(info.end_lineno), n(info.end_offset)]));
  e.setField('msg', info.msg);
  e.setField('filename', filename);
  e.setField('lineno', n(info.lineno));
  e.setField('offset', n(info.offset));
  e.setField('text', text);
  e.setField('end_lineno', n(info.end_lineno));
  e.setField('end_offset', n(info.end_offset));
  throw e;
}

import { tuple } from './tuple.js';
import type { Value } from './object.js';
function newTupleOf(items: Value[]): Value {
  return tuple(items);
}

export interface CompileWarningInfo {
  message: string;
  lineno: number;
  col?: number;
  endLineno?: number;
  endCol?: number;
}

/**
 * compiler_warn: each SyntaxWarning of a compilation goes through warnings.warn_explicit; one
 * the filters turn into an error becomes a SyntaxError at the warning's location (compiler_error,
 * whose text line is read from the file, PyErr_ProgramTextObject).
 */
export function emitCompileWarnings(ws: readonly CompileWarningInfo[], filename: string): void {
  if (ws.length === 0) return;
  const warnExplicit = getAttr(importAbs('warnings'), 'warn_explicit');
  for (const w of ws) {
    try {
      call(warnExplicit, [w.message, SyntaxWarning, filename, w.lineno]);
    } catch (err) {
      if (!isExcInstance(err, SyntaxWarning)) throw err;
      let text: Value = None;
      try {
        const line = readFileSync(filename, 'utf8').split(/\r\n|\r|\n/)[w.lineno - 1];
        if (line !== undefined) text = line + '\n';
      } catch {
        text = None;
      }
      const offset = (w.col ?? -1) + 1;
      const endLineno = w.endLineno ?? w.lineno;
      const endOffset = (w.endCol ?? -1) + 1;
      const e = newExc(SyntaxError, w.message, newTupleOf([filename, w.lineno, offset, text, endLineno, endOffset]));
      e.setField('msg', w.message);
      e.setField('filename', filename);
      e.setField('lineno', w.lineno);
      e.setField('offset', offset);
      e.setField('text', text);
      e.setField('end_lineno', endLineno);
      e.setField('end_offset', endOffset);
      throw e;
    }
  }
}

/**
 * The file tokenizer's check of a source file without an encoding declaration (decoding_fgets):
 * the message for its first byte that is not UTF-8, or null when it is all UTF-8.
 */
export function nonUtf8SourceMessage(data: Uint8Array, filename: string): string | null {
  let d;
  try {
    d = decodeSource(data);
  } catch {
    return null;
  }
  if (d.knowsEncoding || !d.hasUndecodableBytes) return null;
  let line = 1;
  for (let i = 0; i < data.length; ) {
    const b = data[i]!;
    if (b === 0x0a) line++;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = n > 0 && i + n <= data.length;
    for (let k = 1; ok && k < n; k++) ok = (data[i + k]! & 0xc0) === 0x80;
    if (ok && n === 3) {
      const c = ((b & 0x0f) << 12) | ((data[i + 1]! & 0x3f) << 6);
      ok = c >= 0x800 && (c < 0xd800 || c > 0xdfff);
    }
    if (ok && n === 4) {
      const c = ((b & 0x07) << 18) | ((data[i + 1]! & 0x3f) << 12);
      ok = c >= 0x10000 && c <= 0x10ffff;
    }
    if (!ok) {
      return `Non-UTF-8 code starting with '\\x${b.toString(16).padStart(2, '0')}' in file ${filename} on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`;
    }
    i += n;
  }
  return null;
}
