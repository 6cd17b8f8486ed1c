// Checks an AST built with a grammar extension's actions before the compiler sees it: the
// checks of CPython 3.11's Python/ast.c (_PyAST_Validate) that a desugaring can get wrong, on
// top of the shape the ASDL declares (generated/ast.ts NODE_SPECS):
//   * every field has its declared type: a node of the right sum or product, a list of them,
//     an identifier or string, an int, a constant (src/values), null only where optional;
//   * expression contexts: a target has Store (Del under `del`), everything else Load
//     ("expression must have Store context but has Load instead");
//   * positions: a node does not end before it starts ("AST node line range (3, 2) is not valid");
//   * statement bodies that may not be empty, Compare's operator and operand counts, BoolOp's
//     two values, Dict's keys and values, and names that are not None, True or False.
// The base grammar's actions always pass; the checks exist for the extensions' ones.
import * as ast from '../../generated/ast.js';
import { PY_ELLIPSIS, PyBytes, PyComplex, PyFrozenSet, PyStrCodePoints, PyTuple } from '../values/index.js';

export interface Problem {
  /** Where, from the innermost node: `For.target`, `Call.args[0]`. */
  path: string;
  message: string;
  /** The offending value, and the nodes around it from the root down (the innermost last). */
  value: unknown;
  ancestors: readonly object[];
}

type Ctx = 'Load' | 'Store' | 'Del';

/** Fields that are assignment targets, with the context their expressions must have. */
const TARGET_FIELDS: Readonly<Record<string, Ctx>> = {
  'Assign.targets': 'Store',
  'AugAssign.target': 'Store',
  'AnnAssign.target': 'Store',
  'For.target': 'Store',
  'AsyncFor.target': 'Store',
  'Delete.targets': 'Del',
  'NamedExpr.target': 'Store',
  'comprehension.target': 'Store',
  'withitem.optional_vars': 'Store',
};

/** Nodes whose elements take the container's context. */
const CONTEXT_CONTAINERS = new Set(['List', 'Tuple', 'Starred']);

/** Statement lists that CPython's validator rejects when empty ("empty body on For"). */
const NONEMPTY_BODIES = new Set([
  'FunctionDef.body', 'AsyncFunctionDef.body', 'ClassDef.body', 'For.body', 'AsyncFor.body', 'While.body',
  'If.body', 'With.body', 'AsyncWith.body', 'Try.body', 'TryStar.body', 'ExceptHandler.body', 'match_case.body',
]);

/** Sequences whose elements may be null (a `**d` in a dict display, a keyword-only parameter without default). */
const NULLABLE_ELEMENTS = new Set(['Dict.keys', 'arguments.kw_defaults']);

class Invalid {
  constructor(readonly message: string, readonly value: unknown) {}
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'None (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && typeof (value as { _type?: unknown })._type === 'string') {
    const kind = (value as { _type: string })._type;
    return `${/^[AEIOU]/.test(kind) ? 'an' : 'a'} ${kind} node`;
  }
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 30 ? value.slice(0, 30) + '…' : value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'bigint') return `the int ${value}`;
  if (typeof value === 'function') return 'a function';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function isConstant(v: unknown): boolean {
  if (v === null || v === PY_ELLIPSIS) return true;
  switch (typeof v) {
    case 'boolean':
    case 'bigint':
    case 'number':
    case 'string':
      return true;
    case 'object':
      if (v instanceof PyStrCodePoints || v instanceof PyComplex || v instanceof PyBytes) return true;
      if (v instanceof PyTuple || v instanceof PyFrozenSet) return v.items.every(isConstant);
      return false;
    default:
      return false;
  }
}

class Validator {
  private readonly path: string[] = [];
  private readonly ancestors: object[] = [];
  /** Where each ancestor's own segments start in `path`. */
  private readonly marks: number[] = [];

  run(root: unknown, type: string): Problem | null {
    try {
      this.value(root, type, 'Load', 'root');
      return null;
    } catch (e) {
      if (!(e instanceof Invalid)) throw e;
      const inner = this.ancestors[this.ancestors.length - 1] as { _type: string } | undefined;
      const path = inner ? inner._type + this.path.slice(this.marks[this.marks.length - 1]).join('') : '(root)';
      return { path, message: e.message, value: e.value, ancestors: [...this.ancestors] };
    }
  }

  /** One value of ASDL type `type`; `key` is `Node.field` for the tables above. */
  private value(v: unknown, type: string, ctx: Ctx, key: string): void {
    switch (type) {
      case 'identifier':
      case 'string':
        if (typeof v !== 'string') throw new Invalid(`expected a str, got ${describe(v)}`, v);
        return;
      case 'int':
        if (typeof v !== 'number' || !Number.isInteger(v)) throw new Invalid(`expected an int (a JavaScript integer), got ${describe(v)}`, v);
        return;
      case 'constant':
        if (!isConstant(v)) throw new Invalid(`expected a constant (null, boolean, bigint for int, number for float, string, ...), got ${describe(v)}`, v);
        return;
    }
    this.node(v, type, ctx, key);
  }

  private node(v: unknown, type: string, ctx: Ctx, key: string): void {
    const kinds = (ast.SUM_TYPES as Record<string, readonly string[]>)[type] ?? [type];
    const kind = typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as { _type?: unknown })._type : undefined;
    if (typeof kind !== 'string' || !kinds.includes(kind)) throw new Invalid(`expected ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type} node, got ${describe(v)}`, v);
    const spec = ast.NODE_SPECS[kind as ast.NodeType];
    if (spec.simple) return;
    const node = v as Record<string, unknown>;
    if ('ctx' in node) this.context(node, kind, ctx);
    this.ancestors.push(node);
    this.marks.push(this.path.length);
    for (const f of spec.fields) {
      const fieldKey = `${kind}.${f.name}`;
      const fieldCtx: Ctx = TARGET_FIELDS[fieldKey] ?? (CONTEXT_CONTAINERS.has(kind) && f.name !== 'ctx' ? ctx : 'Load');
      this.path.push(`.${f.name}`);
      this.field(node[f.name], f, fieldCtx, fieldKey);
      this.path.pop();
    }
    for (const a of spec.attributes) {
      this.path.push(`.${a.name}`);
      this.field(node[a.name], a, 'Load', `${kind}.${a.name}`);
      this.path.pop();
    }
    this.rules(node, kind);
    this.ancestors.pop();
    this.marks.pop();
  }

  private field(v: unknown, f: ast.FieldSpec, ctx: Ctx, key: string): void {
    if (v === undefined) throw new Invalid(`missing (undefined)`, v);
    if (f.seq) {
      if (!Array.isArray(v)) throw new Invalid(`expected a list of ${f.type}, got ${describe(v)}`, v);
      if (v.length === 0 && NONEMPTY_BODIES.has(key)) throw new Invalid(`empty body on ${key.split('.')[0]}`, v);
      v.forEach((item, i) => {
        this.path.push(`[${i}]`);
        if (!(item === null && NULLABLE_ELEMENTS.has(key))) this.value(item, f.type, ctx, key);
        this.path.pop();
      });
      return;
    }
    if (v === null && f.opt) return;
    this.value(v, f.type, ctx, key);
  }

  private context(node: Record<string, unknown>, kind: string, expected: Ctx): void {
    const actual = (node['ctx'] as { _type?: string } | null)?._type;
    if (actual !== 'Load' && actual !== 'Store' && actual !== 'Del') {
      this.path.push('.ctx');
      throw new Invalid(`expected an expr_context (ast.Load, ast.Store or ast.Del), got ${describe(node['ctx'])}`, node['ctx']);
    }
    if (actual !== expected) throw new Invalid(`expression must have ${expected} context but has ${actual} instead (${kind})`, node);
  }

  /** CPython's checks beyond the ASDL's shapes. */
  private rules(node: Record<string, unknown>, kind: string): void {
    const lineno = node['lineno'] as number | undefined;
    const end = node['end_lineno'] as number | null | undefined;
    if (typeof lineno === 'number' && typeof end === 'number') {
      if (lineno > end) throw new Invalid(`AST node line range (${lineno}, ${end}) is not valid`, node);
      const col = node['col_offset'] as number;
      const endCol = node['end_col_offset'];
      if (lineno === end && typeof endCol === 'number' && col > endCol) throw new Invalid(`line ${lineno}, column ${col}-${endCol} is not valid`, node);
    }
    switch (kind) {
      case 'Name':
        if (['None', 'True', 'False'].includes(node['id'] as string)) throw new Invalid(`identifier field can't represent '${node['id']}' constant`, node);
        break;
      case 'Compare': {
        const ops = node['ops'] as unknown[];
        if (ops.length === 0) throw new Invalid('Compare with no comparators', node);
        if (ops.length !== (node['comparators'] as unknown[]).length) throw new Invalid('Compare has a different number of comparators and operands', node);
        break;
      }
      case 'BoolOp':
        if ((node['values'] as unknown[]).length < 2) throw new Invalid('BoolOp with less than 2 values', node);
        break;
      case 'Dict':
        if ((node['keys'] as unknown[]).length !== (node['values'] as unknown[]).length) throw new Invalid('Dict doesn\'t have the same number of keys as values', node);
        break;
      case 'NamedExpr':
        if ((node['target'] as { _type: string })._type !== 'Name') throw new Invalid('NamedExpr target must be a Name', node);
        break;
    }
  }
}

/** The first problem in `root`, an AST of ASDL type `type` ('mod', 'expr', ...), or null. */
export function validateAST(root: unknown, type: string): Problem | null {
  return new Validator().run(root, type);
}
