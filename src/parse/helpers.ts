// Helpers for the semantic actions, in the spirit of CPython's Parser/action_helpers.c: the
// actions stay one line each and the rules of AST construction live here.
import * as ast from '../../generated/ast.js';

type Pos = [number, number, number, number];

/** Position of a statement whose extent is decided by its last child statement. */
export function spanTo(start: { lineno: number; col_offset: number }, last: { end_lineno: number | null; end_col_offset: number | null }): Pos {
  return [start.lineno, start.col_offset, last.end_lineno!, last.end_col_offset!];
}

/** PEP 3131: identifiers are NFKC-normalized; ASCII names are left alone (the common case). */
export function identifier(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return text.normalize('NFKC');
  return text;
}

// ------------------------------------------------------------------ parameters
export interface NameDefault {
  arg: ast.arg;
  default: ast.expr | null;
}

export interface StarEtc {
  vararg: ast.arg | null;
  kwonly: NameDefault[];
  kwarg: ast.arg | null;
}

export interface SlashWithDefault {
  plain: ast.arg[];
  withDefault: NameDefault[];
}

/** _PyPegen_make_arguments: sorts the parameter groups python.gram matched into `arguments`. */
export function makeArguments(
  slashWithoutDefault: ast.arg[] | null,
  slashWithDefault: SlashWithDefault | null,
  plain: ast.arg[],
  withDefault: NameDefault[],
  starEtc: StarEtc | null,
): ast.arguments {
  const posonly = slashWithoutDefault ?? (slashWithDefault ? [...slashWithDefault.plain, ...slashWithDefault.withDefault.map((p) => p.arg)] : []);
  const args = [...plain, ...withDefault.map((p) => p.arg)];
  const defaults = [
    ...(slashWithDefault ? slashWithDefault.withDefault.map((p) => p.default!) : []),
    ...withDefault.map((p) => p.default!),
  ];
  return ast.arguments_(
    posonly,
    args,
    starEtc?.vararg ?? null,
    starEtc ? starEtc.kwonly.map((p) => p.arg) : [],
    starEtc ? starEtc.kwonly.map((p) => p.default) : [],
    starEtc?.kwarg ?? null,
    defaults,
  );
}

export const emptyArguments = (): ast.arguments => ast.arguments_([], [], null, [], [], null, []);

// ------------------------------------------------------------------ call arguments
export type KeywordOrStarred = { keyword: ast.keyword } | { starred: ast.expr };

export interface CallArguments {
  args: ast.expr[];
  keywords: ast.keyword[];
}

/** _PyPegen_collect_call_seqs: starred arguments after keywords still go to `args`. */
export function collectCallArguments(positional: ast.expr[], kwargs: KeywordOrStarred[]): CallArguments {
  const args = [...positional];
  const keywords: ast.keyword[] = [];
  for (const k of kwargs) {
    if ('keyword' in k) keywords.push(k.keyword);
    else args.push(k.starred);
  }
  return { args, keywords };
}

// ------------------------------------------------------------------ operators
const BINARY_OPERATORS: Record<string, ast.operator> = {
  '+': ast.Add, '-': ast.Sub, '*': ast.Mult, '@': ast.MatMult, '/': ast.Div, '%': ast.Mod,
  '**': ast.Pow, '<<': ast.LShift, '>>': ast.RShift, '|': ast.BitOr, '^': ast.BitXor,
  '&': ast.BitAnd, '//': ast.FloorDiv,
};

export function binaryOperator(text: string): ast.operator {
  return BINARY_OPERATORS[text]!;
}

/** The operator of an augmented assignment token such as `+=`. */
export function augmentedOperator(text: string): ast.operator {
  return BINARY_OPERATORS[text.slice(0, -1)]!;
}

const COMPARISON_OPERATORS: Record<string, ast.cmpop> = {
  '==': ast.Eq, '!=': ast.NotEq, '<': ast.Lt, '<=': ast.LtE, '>': ast.Gt, '>=': ast.GtE,
};

export function comparisonOperator(text: string): ast.cmpop {
  return COMPARISON_OPERATORS[text]!;
}

const UNARY_OPERATORS: Record<string, ast.unaryop> = { '+': ast.UAdd, '-': ast.USub, '~': ast.Invert };

export function unaryOperator(text: string): ast.unaryop {
  return UNARY_OPERATORS[text]!;
}

/** Left-associates `first (op operand)*` into BinOps; `spans[i]` is the position of the i-th. */
export function foldBinary(first: ast.expr, ops: string[], operands: ast.expr[], spans: Pos[]): ast.expr {
  let acc = first;
  for (let i = 0; i < ops.length; i++) {
    acc = ast.BinOp(acc, binaryOperator(ops[i]!), operands[i]!, ...spans[i]!);
  }
  return acc;
}
