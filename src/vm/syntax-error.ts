// Turning a compile-time syntax error (from pyc's parser/compiler, seen by the import system)
// into a Python SyntaxError exception with CPython's fields.

import { IndentationError, newExc, SyntaxError, TabError } from './exceptions.js';
import { None } from './type.js';

export interface SyntaxErrorInfo {
  type: string;
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
}

export function raiseSyntaxError(type: string, info: SyntaxErrorInfo, filename: string, source: Uint8Array): never {
  const t = type === 'IndentationError' ? IndentationError : type === 'TabError' ? TabError : SyntaxError;
  const lines = Buffer.from(source).toString('utf8').split(/\r\n|\r|\n/);
  const text = info.lineno !== null && info.lineno >= 1 ? (lines[info.lineno - 1] ?? '') + '\n' : None;
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
