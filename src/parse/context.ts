// The state one match's semantic actions read: where positions come from. Actions are plain
// functions called by Ohm, so the parser installs the context of the text being matched
// before it asks for the AST and restores the previous one afterwards (f-string expressions
// are parsed in the middle of an outer parse).
import type { Node } from 'ohm-js';
import { PositionMap } from '../tokenize/positions.js';

export interface Span {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export class ParseContext {
  /** Where the text being matched starts in the layout text (the parser matches piecewise). */
  offset = 0;

  constructor(readonly positions: PositionMap, readonly filename: string) {}

  /** CPython's position of the text between indices `start` and `end` of the matched text. */
  span(start: number, end: number): [number, number, number, number] {
    const p = this.positions;
    const s = p.sourceIndex(start + this.offset);
    const e = p.sourceIndex(end + this.offset);
    const line = p.lineOf(s);
    const endLine = e === s ? line : p.lineOf(e - 1);
    return [line, p.byteCol(line, s), endLine, p.byteCol(endLine, e)];
  }
}

let current: ParseContext | null = null;

export function currentContext(): ParseContext {
  if (!current) throw new Error('semantic action called outside a parse');
  return current;
}

export function withContext<T>(context: ParseContext, body: () => T): T {
  const saved = current;
  current = context;
  try {
    return body();
  } finally {
    current = saved;
  }
}

/** The four position attributes of an Ohm node, ready to spread into an AST constructor. */
export function loc(node: Node): [number, number, number, number] {
  return currentContext().span(node.source.startIdx, node.source.endIdx);
}

/** Position from the start of `first` to the end of `last`. */
export function locBetween(first: Node, last: Node): [number, number, number, number] {
  return currentContext().span(first.source.startIdx, last.source.endIdx);
}

/** Position from the start of `node` to the end of the last token it consumed (see token-end.ts). */
export function locToEnd(node: Node): [number, number, number, number] {
  return currentContext().span(node.source.startIdx, node['tokenEnd']() as number);
}
