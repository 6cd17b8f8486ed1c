// `_PyAST_ExprAsUnicode` (Python/ast_unparse.c, 3.11): the text CPython stores for an
// annotation under `from __future__ import annotations`. A limited unparser with its own
// parenthesization rules (priority levels), not `ast.unparse`.

import type * as ast from '../../generated/ast.js';
import { repr } from '../ast/repr.js';
import { PY_ELLIPSIS, PyComplex, PyTuple, type PyConstant, type PyStrCodePoints } from '../values/index.js';

const enum PR {
  TUPLE,
  TEST,
  OR,
  AND,
  NOT,
  CMP,
  EXPR,
  BOR = EXPR,
  BXOR,
  BAND,
  SHIFT,
  ARITH,
  TERM,
  FACTOR,
  POWER,
  AWAIT,
  ATOM,
}

export function unparseAnnotation(e: ast.expr): string {
  return exprAsText(e, PR.TEST);
}

function exprAsText(e: ast.expr, level: number): string {
  const out: string[] = [];
  appendExpr(out, e, level);
  return out.join('');
}

/** repr() with infinities spelled 1e309, as append_repr does for floats and complex numbers. */
function appendRepr(out: string[], v: PyConstant): void {
  let text = repr(v);
  if ((typeof v === 'number' && !Number.isFinite(v) && !Number.isNaN(v)) || v instanceof PyComplex) text = text.split('inf').join('1e309');
  out.push(text);
}

function appendConstant(out: string[], v: PyConstant): void {
  if (v instanceof PyTuple) {
    out.push('(');
    v.items.forEach((item, i) => {
      if (i > 0) out.push(', ');
      appendConstant(out, item);
    });
    if (v.items.length === 1) out.push(',');
    out.push(')');
    return;
  }
  appendRepr(out, v);
}

const BINOPS: Record<ast.operator['_type'], [string, number]> = {
  Add: [' + ', PR.ARITH],
  Sub: [' - ', PR.ARITH],
  Mult: [' * ', PR.TERM],
  MatMult: [' @ ', PR.TERM],
  Div: [' / ', PR.TERM],
  Mod: [' % ', PR.TERM],
  LShift: [' << ', PR.SHIFT],
  RShift: [' >> ', PR.SHIFT],
  BitOr: [' | ', PR.BOR],
  BitXor: [' ^ ', PR.BXOR],
  BitAnd: [' & ', PR.BAND],
  FloorDiv: [' // ', PR.TERM],
  Pow: [' ** ', PR.POWER],
};

const UNARYOPS: Record<ast.unaryop['_type'], [string, number]> = {
  Invert: ['~', PR.FACTOR],
  Not: ['not ', PR.NOT],
  UAdd: ['+', PR.FACTOR],
  USub: ['-', PR.FACTOR],
};

const CMPOPS: Record<ast.cmpop['_type'], string> = {
  Eq: ' == ',
  NotEq: ' != ',
  Lt: ' < ',
  LtE: ' <= ',
  Gt: ' > ',
  GtE: ' >= ',
  Is: ' is ',
  IsNot: ' is not ',
  In: ' in ',
  NotIn: ' not in ',
};

function appendArg(out: string[], a: ast.arg): void {
  out.push(a.arg);
  if (a.annotation) {
    out.push(': ');
    appendExpr(out, a.annotation, PR.TEST);
  }
}

function appendArgs(out: string[], args: ast.arguments): void {
  let first = true;
  const sep = (): void => {
    if (!first) out.push(', ');
    first = false;
  };
  const posonly = args.posonlyargs.length;
  const argCount = args.args.length;
  let defaultCount = args.defaults.length;
  for (let i = 0; i < posonly + argCount; i++) {
    sep();
    appendArg(out, i < posonly ? args.posonlyargs[i]! : args.args[i - posonly]!);
    const di = i - posonly - argCount + defaultCount;
    if (di >= 0) {
      out.push('=');
      appendExpr(out, args.defaults[di]!, PR.TEST);
    }
    if (posonly && i + 1 === posonly) out.push(', /');
  }
  if (args.vararg || args.kwonlyargs.length) {
    sep();
    out.push('*');
    if (args.vararg) appendArg(out, args.vararg);
  }
  const kwCount = args.kwonlyargs.length;
  defaultCount = args.kw_defaults.length;
  for (let i = 0; i < kwCount; i++) {
    sep();
    appendArg(out, args.kwonlyargs[i]!);
    const di = i - kwCount + defaultCount;
    if (di >= 0) {
      const d = args.kw_defaults[di];
      if (d) {
        out.push('=');
        appendExpr(out, d, PR.TEST);
      }
    }
  }
  if (args.kwarg) {
    sep();
    out.push('**');
    appendArg(out, args.kwarg);
  }
}

function appendComprehensions(out: string[], gens: ast.comprehension[]): void {
  for (const gen of gens) {
    out.push(gen.is_async ? ' async for ' : ' for ');
    appendExpr(out, gen.target, PR.TUPLE);
    out.push(' in ');
    appendExpr(out, gen.iter, PR.TEST + 1);
    for (const cond of gen.ifs) {
      out.push(' if ');
      appendExpr(out, cond, PR.TEST + 1);
    }
  }
}

function escapeBraces(s: string): string {
  return s.split('{').join('{{').split('}').join('}}');
}

function fstringElement(out: string[], e: ast.expr, isFormatSpec: boolean): void {
  switch (e._type) {
    case 'Constant':
      // A str that only a PyStrCodePoints can hold loses its split surrogate pairs here.
      out.push(escapeBraces(typeof e.value === 'string' ? e.value : (e.value as PyStrCodePoints).toUTF16()));
      return;
    case 'JoinedStr':
      appendJoinedStr(out, e, isFormatSpec);
      return;
    case 'FormattedValue':
      appendFormattedValue(out, e);
      return;
    default:
      throw new Error('unknown expression kind inside f-string');
  }
}

function appendJoinedStr(out: string[], e: ast.JoinedStr, isFormatSpec: boolean): void {
  const body: string[] = [];
  for (const v of e.values) fstringElement(body, v, isFormatSpec);
  const text = body.join('');
  if (!isFormatSpec) {
    out.push('f');
    appendRepr(out, text);
  } else {
    out.push(text);
  }
}

function appendFormattedValue(out: string[], e: ast.FormattedValue): void {
  const inner = exprAsText(e.value, PR.TEST + 1);
  out.push(inner.startsWith('{') ? '{ ' : '{');
  out.push(inner);
  if (e.conversion > 0) {
    const c = String.fromCharCode(e.conversion);
    if (c !== 'a' && c !== 'r' && c !== 's') throw new Error('unknown f-value conversion kind');
    out.push('!' + c);
  }
  if (e.format_spec) {
    out.push(':');
    fstringElement(out, e.format_spec, true);
  }
  out.push('}');
}

function appendExpr(out: string[], e: ast.expr, level: number): void {
  const paren = (pr: number, body: () => void): void => {
    if (level > pr) out.push('(');
    body();
    if (level > pr) out.push(')');
  };
  switch (e._type) {
    case 'BoolOp': {
      const isAnd = e.op._type === 'And';
      const pr = isAnd ? PR.AND : PR.OR;
      return paren(pr, () =>
        e.values.forEach((v, i) => {
          if (i > 0) out.push(isAnd ? ' and ' : ' or ');
          appendExpr(out, v, pr + 1);
        }),
      );
    }
    case 'BinOp': {
      const [op, pr] = BINOPS[e.op._type];
      const rassoc = e.op._type === 'Pow' ? 1 : 0;
      return paren(pr, () => {
        appendExpr(out, e.left, pr + rassoc);
        out.push(op);
        appendExpr(out, e.right, pr + (rassoc ? 0 : 1));
      });
    }
    case 'UnaryOp': {
      const [op, pr] = UNARYOPS[e.op._type];
      return paren(pr, () => {
        out.push(op);
        appendExpr(out, e.operand, pr);
      });
    }
    case 'Lambda':
      return paren(PR.TEST, () => {
        const positional = e.args.args.length + e.args.posonlyargs.length;
        out.push(positional ? 'lambda ' : 'lambda');
        appendArgs(out, e.args);
        out.push(': ');
        appendExpr(out, e.body, PR.TEST);
      });
    case 'IfExp':
      return paren(PR.TEST, () => {
        appendExpr(out, e.body, PR.TEST + 1);
        out.push(' if ');
        appendExpr(out, e.test, PR.TEST + 1);
        out.push(' else ');
        appendExpr(out, e.orelse, PR.TEST);
      });
    case 'Dict':
      out.push('{');
      e.values.forEach((v, i) => {
        if (i > 0) out.push(', ');
        const k = e.keys[i];
        if (k) {
          appendExpr(out, k, PR.TEST);
          out.push(': ');
          appendExpr(out, v, PR.TEST);
        } else {
          out.push('**');
          appendExpr(out, v, PR.EXPR);
        }
      });
      out.push('}');
      return;
    case 'Set':
      out.push('{');
      e.elts.forEach((v, i) => {
        if (i > 0) out.push(', ');
        appendExpr(out, v, PR.TEST);
      });
      out.push('}');
      return;
    case 'GeneratorExp':
      out.push('(');
      appendExpr(out, e.elt, PR.TEST);
      appendComprehensions(out, e.generators);
      out.push(')');
      return;
    case 'ListComp':
      out.push('[');
      appendExpr(out, e.elt, PR.TEST);
      appendComprehensions(out, e.generators);
      out.push(']');
      return;
    case 'SetComp':
      out.push('{');
      appendExpr(out, e.elt, PR.TEST);
      appendComprehensions(out, e.generators);
      out.push('}');
      return;
    case 'DictComp':
      out.push('{');
      appendExpr(out, e.key, PR.TEST);
      out.push(': ');
      appendExpr(out, e.value, PR.TEST);
      appendComprehensions(out, e.generators);
      out.push('}');
      return;
    case 'Yield':
      if (!e.value) {
        out.push('(yield)');
        return;
      }
      out.push('(yield ');
      appendExpr(out, e.value, PR.TEST);
      out.push(')');
      return;
    case 'YieldFrom':
      out.push('(yield from ');
      appendExpr(out, e.value, PR.TEST);
      out.push(')');
      return;
    case 'Await':
      return paren(PR.AWAIT, () => {
        out.push('await ');
        appendExpr(out, e.value, PR.ATOM);
      });
    case 'Compare':
      return paren(PR.CMP, () => {
        appendExpr(out, e.left, PR.CMP + 1);
        e.ops.forEach((op, i) => {
          out.push(CMPOPS[op._type]);
          appendExpr(out, e.comparators[i]!, PR.CMP + 1);
        });
      });
    case 'Call': {
      appendExpr(out, e.func, PR.ATOM);
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]!._type === 'GeneratorExp') {
        appendExpr(out, e.args[0]!, PR.TEST);
        return;
      }
      out.push('(');
      let first = true;
      for (const a of e.args) {
        if (!first) out.push(', ');
        first = false;
        appendExpr(out, a, PR.TEST);
      }
      for (const kw of e.keywords) {
        if (!first) out.push(', ');
        first = false;
        if (kw.arg === null) out.push('**');
        else out.push(kw.arg, '=');
        appendExpr(out, kw.value, PR.TEST);
      }
      out.push(')');
      return;
    }
    case 'Constant':
      if (e.value === PY_ELLIPSIS) {
        out.push('...');
        return;
      }
      if (e.kind !== null) out.push(e.kind);
      appendConstant(out, e.value as PyConstant);
      return;
    case 'JoinedStr':
      return appendJoinedStr(out, e, false);
    case 'FormattedValue':
      return appendFormattedValue(out, e);
    case 'Attribute': {
      const v = e.value;
      appendExpr(out, v, PR.ATOM);
      out.push(v._type === 'Constant' && typeof v.value === 'bigint' ? ' .' : '.');
      out.push(e.attr);
      return;
    }
    case 'Subscript': {
      appendExpr(out, e.value, PR.ATOM);
      // 3.11 prints a starred element as `Tuple[*Ts,]` (3.12 parenthesizes such tuples).
      out.push('[');
      appendExpr(out, e.slice, PR.TUPLE);
      out.push(']');
      return;
    }
    case 'Starred':
      out.push('*');
      appendExpr(out, e.value, PR.EXPR);
      return;
    case 'Slice':
      if (e.lower) appendExpr(out, e.lower, PR.TEST);
      out.push(':');
      if (e.upper) appendExpr(out, e.upper, PR.TEST);
      if (e.step) {
        out.push(':');
        appendExpr(out, e.step, PR.TEST);
      }
      return;
    case 'Name':
      out.push(e.id);
      return;
    case 'List':
      out.push('[');
      e.elts.forEach((v, i) => {
        if (i > 0) out.push(', ');
        appendExpr(out, v, PR.TEST);
      });
      out.push(']');
      return;
    case 'Tuple':
      if (e.elts.length === 0) {
        out.push('()');
        return;
      }
      return paren(PR.TUPLE, () => {
        e.elts.forEach((v, i) => {
          if (i > 0) out.push(', ');
          appendExpr(out, v, PR.TEST);
        });
        if (e.elts.length === 1) out.push(',');
      });
    case 'NamedExpr':
      return paren(PR.TUPLE, () => {
        appendExpr(out, e.target, PR.ATOM);
        out.push(' := ');
        appendExpr(out, e.value, PR.ATOM);
      });
  }
}
