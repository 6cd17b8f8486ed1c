// ast.dump, byte for byte as CPython 3.11's Lib/ast.py writes it. The conformance harness
// compares pyc's trees with CPython's by comparing these strings, so every quirk is kept:
// None in an optional field is left out (and from then on fields are named even when
// annotateFields is false), a node whose arguments are all "simple" and at most three stays
// on one line even with an indent, and only a node without arguments (Load(), Add()), a
// scalar or an empty list counts as simple.

import { NODE_SPECS } from '../../generated/ast.js';
import type { AST, FieldSpec } from '../../generated/ast.js';
import type { PyScalar } from '../values/index.js';
import { repr, reprStr } from './repr.js';

export interface DumpOptions {
  /** As ast.dump's indent: null for one line; a number of spaces or a string per level. */
  indent?: number | string | null;
  /** As ast.dump's include_attributes: also print lineno, col_offset, end_lineno, end_col_offset. */
  includeAttributes?: boolean;
  /** As ast.dump's annotate_fields (default true): false prints fields positionally where unambiguous. */
  annotateFields?: boolean;
}

/** `ast.dump(node, annotate_fields, include_attributes, indent=indent)`. */
export function dump(node: AST, options: DumpOptions = {}): string {
  const { indent = null, includeAttributes = false, annotateFields = true } = options;
  if (typeof node !== 'object' || node === null || !Object.hasOwn(NODE_SPECS, (node as { _type?: unknown })._type as string)) {
    throw new TypeError(`expected AST, got ${describe(node)}`);
  }
  // Python multiplies a string by an int: a negative indent is the empty string, not an error.
  const unit = indent === null ? null : typeof indent === 'number' ? ' '.repeat(Math.max(0, Math.trunc(indent))) : indent;
  const pads: string[] = [];
  const pad = (level: number): string => (pads[level] ??= '\n' + unit!.repeat(level));

  // Whether the value formatted last is "simple", the second half of Python's
  // (text, simple) pair, passed on the side to save a tuple per node.
  let simple = false;

  const formatNode = (node: AST, level: number): string => {
    let prefix = '';
    let sep = ', ';
    if (unit !== null) {
      level++;
      prefix = pad(level);
      sep = ',' + prefix;
    }
    const spec = NODE_SPECS[node._type];
    const values = node as unknown as Record<string, unknown>;
    const args: string[] = [];
    let allSimple = true;
    let keywords = annotateFields;
    for (const field of spec.fields) {
      const value = values[field.name];
      // Python's AttributeError branch (field never set) and its None-default branch.
      if (value === undefined || (value === null && field.opt)) {
        keywords = true;
        continue;
      }
      const text = formatField(value, field, level);
      allSimple &&= simple;
      args.push(keywords ? field.name + '=' + text : text);
    }
    if (includeAttributes) {
      for (const attr of spec.attributes) {
        const value = values[attr.name];
        if (value === undefined || (value === null && attr.opt)) continue;
        const text = formatField(value, attr, level);
        allSimple &&= simple;
        args.push(attr.name + '=' + text);
      }
    }
    if (allSimple && args.length <= 3) {
      simple = args.length === 0;
      return node._type + '(' + args.join(', ') + ')';
    }
    simple = false;
    return node._type + '(' + prefix + args.join(sep) + ')';
  };

  const formatField = (value: unknown, field: FieldSpec, level: number): string => {
    if (!field.seq) return formatItem(value, field.type, level);
    const items = value as readonly unknown[];
    if (items.length === 0) {
      simple = true;
      return '[]';
    }
    let prefix = '';
    let sep = ', ';
    if (unit !== null) {
      level++;
      prefix = pad(level);
      sep = ',' + prefix;
    }
    const parts = new Array<string>(items.length);
    for (let i = 0; i < items.length; i++) parts[i] = formatItem(items[i], field.type, level);
    simple = false;
    return '[' + prefix + parts.join(sep) + ']';
  };

  const formatItem = (value: unknown, type: string, level: number): string => {
    if (value === null) {
      simple = true;
      return 'None';
    }
    switch (type) {
      case 'identifier':
      case 'string':
        simple = true;
        return reprStr(value as string);
      case 'int':
        simple = true;
        return String(value);
      case 'constant':
        simple = true;
        return repr(value as PyScalar);
      default:
        return formatNode(value as AST, level);
    }
  };

  return formatNode(node, 0);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return `'NoneType'`;
  if (Array.isArray(value)) return `'list'`;
  return `'${typeof value}'`;
}
