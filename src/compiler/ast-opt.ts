// The AST optimizer of CPython 3.11 (Python/ast_opt.c), run before the symbol table: folds
// operators on constants (with ast_opt.c's size limits), builds tuple constants, turns `in [..]`
// / `in {..}` and `for x in [..]` into tuples and frozensets, folds `not (a in b)` into
// `a not in b`, replaces `__debug__`, and rewrites `'%s' % (x,)` into an f-string.
//
// Like CPython (which edits nodes in its arena), it rewrites the tree in place: a folded node
// becomes a Constant that keeps its own position.

import type * as ast from '../../generated/ast.js';
import { CO_FUTURE_ANNOTATIONS } from '../bytecode/code.js';
import { isPyStr, pyStr, PyTuple, strCodePoints, type PyConstant, type PyScalar, type PyStr } from '../values/index.js';
import { binaryOp, makeFrozenSet, subscript, unaryOp, type BinOpName } from './const-eval.js';

export interface OptimizeState {
  /** -O level: 0 keeps asserts and `__debug__` true. */
  optimize: number;
  /** Future feature bits (CO_FUTURE_ANNOTATIONS leaves annotations alone). */
  features: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Turns `node` into a Constant holding `value`, keeping its position (make_const). */
function makeConst(node: ast.expr, value: PyConstant | undefined): void {
  if (value === undefined) return;
  const { lineno, col_offset, end_lineno, end_col_offset } = node;
  replaceNode(node, { _type: 'Constant', value: value as PyScalar, kind: null, lineno, col_offset, end_lineno, end_col_offset });
}

/** COPY_NODE: overwrite every field of `node` with those of `from`. */
function replaceNode(node: ast.expr, from: ast.expr): void {
  const target = node as unknown as Record<string, unknown>;
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, from);
}

function constValue(e: ast.expr): PyConstant {
  return (e as ast.Constant).value as PyConstant;
}

function isConst(e: ast.expr | null | undefined): e is ast.Constant {
  return !!e && e._type === 'Constant';
}

/** `_PyAST_GetDocString`: the first statement is an expression statement holding a str. */
export function getDocString(body: readonly ast.stmt[]): PyStr | null {
  const st = body[0];
  if (!st || st._type !== 'Expr') return null;
  const e = st.value;
  return e._type === 'Constant' && isPyStr(e.value) ? e.value : null;
}

export function optimizeModule(mod: ast.mod, state: OptimizeState): void {
  new AstOptimizer(state).mod(mod);
}

class AstOptimizer {
  constructor(private readonly state: OptimizeState) {}

  mod(node: ast.mod): void {
    switch (node._type) {
      case 'Module':
        this.body(node.body);
        break;
      case 'Interactive':
        this.stmts(node.body);
        break;
      case 'Expression':
        this.expr(node.body);
        break;
      case 'FunctionType':
        break;
    }
  }

  private get futureAnnotations(): boolean {
    return (this.state.features & CO_FUTURE_ANNOTATIONS) !== 0;
  }

  /** astfold_body: a docstring made by folding must not become a docstring. */
  private body(stmts: ast.stmt[]): void {
    const docstring = getDocString(stmts) !== null;
    this.stmts(stmts);
    if (!docstring && getDocString(stmts) !== null) {
      const st = stmts[0] as ast.Expr;
      st.value = {
        _type: 'JoinedStr',
        values: [st.value],
        lineno: st.lineno,
        col_offset: st.col_offset,
        end_lineno: st.end_lineno,
        end_col_offset: st.end_col_offset,
      };
    }
  }

  private stmts(stmts: ast.stmt[]): void {
    for (const s of stmts) this.stmt(s);
  }

  private exprs(exprs: (ast.expr | null)[]): void {
    for (const e of exprs) if (e) this.expr(e);
  }

  private optExpr(e: ast.expr | null): void {
    if (e) this.expr(e);
  }

  private expr(node: ast.expr): void {
    switch (node._type) {
      case 'BoolOp':
        this.exprs(node.values);
        break;
      case 'BinOp':
        this.expr(node.left);
        this.expr(node.right);
        this.foldBinop(node);
        break;
      case 'UnaryOp':
        this.expr(node.operand);
        this.foldUnaryop(node);
        break;
      case 'Lambda':
        this.arguments(node.args);
        this.expr(node.body);
        break;
      case 'IfExp':
        this.expr(node.test);
        this.expr(node.body);
        this.expr(node.orelse);
        break;
      case 'Dict':
        this.exprs(node.keys);
        this.exprs(node.values);
        break;
      case 'Set':
        this.exprs(node.elts);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.expr(node.elt);
        for (const g of node.generators) this.comprehension(g);
        break;
      case 'DictComp':
        this.expr(node.key);
        this.expr(node.value);
        for (const g of node.generators) this.comprehension(g);
        break;
      case 'Await':
      case 'YieldFrom':
        this.expr(node.value);
        break;
      case 'Yield':
        this.optExpr(node.value);
        break;
      case 'Compare':
        this.expr(node.left);
        this.exprs(node.comparators);
        this.foldCompare(node);
        break;
      case 'Call':
        this.expr(node.func);
        this.exprs(node.args);
        for (const k of node.keywords) this.expr(k.value);
        break;
      case 'FormattedValue':
        this.expr(node.value);
        this.optExpr(node.format_spec);
        break;
      case 'JoinedStr':
        this.exprs(node.values);
        break;
      case 'Attribute':
        this.expr(node.value);
        break;
      case 'Subscript':
        this.expr(node.value);
        this.expr(node.slice);
        this.foldSubscr(node);
        break;
      case 'Starred':
        this.expr(node.value);
        break;
      case 'Slice':
        this.optExpr(node.lower);
        this.optExpr(node.upper);
        this.optExpr(node.step);
        break;
      case 'List':
        this.exprs(node.elts);
        break;
      case 'Tuple':
        this.exprs(node.elts);
        this.foldTuple(node);
        break;
      case 'Name':
        if (node.ctx._type === 'Load' && node.id === '__debug__') makeConst(node, !this.state.optimize);
        break;
      case 'NamedExpr':
        this.expr(node.value);
        break;
      case 'Constant':
        break;
    }
  }

  private comprehension(g: ast.comprehension): void {
    this.expr(g.target);
    this.expr(g.iter);
    this.exprs(g.ifs);
    this.foldIter(g.iter);
  }

  private arguments(a: ast.arguments): void {
    for (const arg of a.posonlyargs) this.arg(arg);
    for (const arg of a.args) this.arg(arg);
    if (a.vararg) this.arg(a.vararg);
    for (const arg of a.kwonlyargs) this.arg(arg);
    this.exprs(a.kw_defaults);
    if (a.kwarg) this.arg(a.kwarg);
    this.exprs(a.defaults);
  }

  private arg(a: ast.arg): void {
    if (!this.futureAnnotations) this.optExpr(a.annotation);
  }

  private stmt(node: ast.stmt): void {
    switch (node._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.arguments(node.args);
        this.body(node.body);
        this.exprs(node.decorator_list);
        if (!this.futureAnnotations) this.optExpr(node.returns);
        break;
      case 'ClassDef':
        this.exprs(node.bases);
        for (const k of node.keywords) this.expr(k.value);
        this.body(node.body);
        this.exprs(node.decorator_list);
        break;
      case 'Return':
        this.optExpr(node.value);
        break;
      case 'Delete':
        this.exprs(node.targets);
        break;
      case 'Assign':
        this.exprs(node.targets);
        this.expr(node.value);
        break;
      case 'AugAssign':
        this.expr(node.target);
        this.expr(node.value);
        break;
      case 'AnnAssign':
        this.expr(node.target);
        if (!this.futureAnnotations) this.expr(node.annotation);
        this.optExpr(node.value);
        break;
      case 'For':
        this.expr(node.target);
        this.expr(node.iter);
        this.stmts(node.body);
        this.stmts(node.orelse);
        this.foldIter(node.iter);
        break;
      case 'AsyncFor':
        this.expr(node.target);
        this.expr(node.iter);
        this.stmts(node.body);
        this.stmts(node.orelse);
        break;
      case 'While':
      case 'If':
        this.expr(node.test);
        this.stmts(node.body);
        this.stmts(node.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of node.items) {
          this.expr(item.context_expr);
          this.optExpr(item.optional_vars);
        }
        this.stmts(node.body);
        break;
      case 'Raise':
        this.optExpr(node.exc);
        this.optExpr(node.cause);
        break;
      case 'Try':
      case 'TryStar':
        this.stmts(node.body);
        for (const h of node.handlers) {
          this.optExpr(h.type);
          this.stmts(h.body);
        }
        this.stmts(node.orelse);
        this.stmts(node.finalbody);
        break;
      case 'Assert':
        this.expr(node.test);
        this.optExpr(node.msg);
        break;
      case 'Expr':
        this.expr(node.value);
        break;
      case 'Match':
        this.expr(node.subject);
        for (const c of node.cases) {
          this.pattern(c.pattern);
          this.optExpr(c.guard);
          this.stmts(c.body);
        }
        break;
      default:
        break;
    }
  }

  private pattern(p: ast.pattern): void {
    switch (p._type) {
      case 'MatchValue':
        this.expr(p.value);
        break;
      case 'MatchSingleton':
      case 'MatchStar':
        break;
      case 'MatchSequence':
        for (const q of p.patterns) this.pattern(q);
        break;
      case 'MatchMapping':
        this.exprs(p.keys);
        for (const q of p.patterns) this.pattern(q);
        break;
      case 'MatchClass':
        this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwd_patterns) this.pattern(q);
        break;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        break;
      case 'MatchOr':
        for (const q of p.patterns) this.pattern(q);
        break;
    }
  }

  // ---- folds

  private foldUnaryop(node: ast.UnaryOp): void {
    const arg = node.operand;
    if (arg._type !== 'Constant') {
      // `not (a is b)` and friends become the inverted comparison.
      if (node.op._type === 'Not' && arg._type === 'Compare' && arg.ops.length === 1) {
        const inverted: Record<string, ast.cmpop> = { Is: { _type: 'IsNot' }, IsNot: { _type: 'Is' }, In: { _type: 'NotIn' }, NotIn: { _type: 'In' } };
        const op = inverted[arg.ops[0]!._type];
        if (op) {
          (arg.ops as ast.cmpop[])[0] = op;
          replaceNode(node, arg);
        }
      }
      return;
    }
    makeConst(node, unaryOp(node.op._type, constValue(arg)));
  }

  private foldBinop(node: ast.BinOp): void {
    const lhs = node.left;
    const rhs = node.right;
    if (!isConst(lhs)) return;
    const lv = constValue(lhs);
    if (node.op._type === 'Mod' && rhs._type === 'Tuple' && isPyStr(lv) && !rhs.elts.some((e) => e._type === 'Starred')) {
      optimizeFormat(node, lv, rhs.elts);
      return;
    }
    if (!isConst(rhs)) return;
    makeConst(node, binaryOp(node.op._type as BinOpName, lv, constValue(rhs)));
  }

  private foldTuple(node: ast.Tuple): void {
    if (node.ctx._type !== 'Load') return;
    makeConst(node, makeConstTuple(node.elts));
  }

  private foldSubscr(node: ast.Subscript): void {
    if (node.ctx._type !== 'Load' || !isConst(node.value) || !isConst(node.slice)) return;
    makeConst(node, subscript(constValue(node.value), constValue(node.slice)));
  }

  /** Lists become tuples, lists and sets of constants become tuple and frozenset constants. */
  private foldIter(arg: ast.expr): void {
    let value: PyConstant | undefined;
    if (arg._type === 'List') {
      if (arg.elts.some((e) => e._type === 'Starred')) return;
      (arg as unknown as Mutable<ast.Tuple>)._type = 'Tuple';
      value = makeConstTuple(arg.elts);
    } else if (arg._type === 'Set') {
      const t = makeConstTuple(arg.elts);
      value = t ? makeFrozenSet(t.items) : undefined;
    } else {
      return;
    }
    makeConst(arg, value);
  }

  private foldCompare(node: ast.Compare): void {
    const i = node.ops.length - 1;
    const op = node.ops[i]!._type;
    if (op === 'In' || op === 'NotIn') this.foldIter(node.comparators[i]!);
  }
}

function makeConstTuple(elts: readonly ast.expr[]): PyTuple | undefined {
  if (!elts.every((e) => e._type === 'Constant')) return undefined;
  return new PyTuple(elts.map(constValue));
}

// ---- '%s' % (x,) -> f'{x!s}'

function constantNoLoc(value: PyStr): ast.Constant {
  return { _type: 'Constant', value, kind: null, lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };
}

const PERCENT = 0x25;

/** parse_literal: the text up to the next lone '%', with '%%' unescaped. */
function parseLiteral(fmt: Uint32Array, state: { pos: number }): ast.Constant | null {
  const start = state.pos;
  let pos = start;
  const out: number[] = [];
  while (pos < fmt.length) {
    if (fmt[pos] !== PERCENT) out.push(fmt[pos++]!);
    else if (pos + 1 < fmt.length && fmt[pos + 1] === PERCENT) {
      out.push(PERCENT);
      pos += 2;
    } else break;
  }
  state.pos = pos;
  if (pos === start) return null;
  return constantNoLoc(pyStr(out));
}

const MAXDIGITS = 3;

/** simple_format_arg_parse + parse_format: `%[flags][width][.prec](s|r|a)` as a FormattedValue. */
function parseFormat(fmt: Uint32Array, state: { pos: number }, arg: ast.expr): ast.FormattedValue | null {
  let pos = state.pos;
  let ch = 0;
  const next = (): boolean => {
    if (pos >= fmt.length) return false;
    ch = fmt[pos++]!;
    return true;
  };
  const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
  let ljust = false;
  let width = -1;
  let prec = -1;
  for (;;) {
    if (!next()) return null;
    if (ch === 0x2d) ljust = true; // '-'
    else if (ch !== 0x2b && ch !== 0x20 && ch !== 0x23 && ch !== 0x30) break; // '+', ' ', '#', '0'
  }
  if (isDigit(ch)) {
    width = 0;
    let digits = 0;
    while (isDigit(ch)) {
      width = width * 10 + (ch - 0x30);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch === 0x2e) {
    if (!next()) return null;
    prec = 0;
    if (isDigit(ch)) {
      let digits = 0;
      while (isDigit(ch)) {
        prec = prec * 10 + (ch - 0x30);
        if (!next()) return null;
        if (++digits >= MAXDIGITS) return null;
      }
    }
  }
  state.pos = pos;
  if (ch !== 0x73 && ch !== 0x72 && ch !== 0x61) return null; // 's', 'r', 'a'
  let spec = '';
  if (!ljust && width > 0) spec += '>';
  if (width >= 0) spec += String(width);
  if (prec >= 0) spec += '.' + String(prec);
  return {
    _type: 'FormattedValue',
    value: arg,
    conversion: ch,
    format_spec: spec ? constantNoLoc(spec) : null,
    lineno: arg.lineno,
    col_offset: arg.col_offset,
    end_lineno: arg.end_lineno,
    end_col_offset: arg.end_col_offset,
  } as ast.FormattedValue;
}

function optimizeFormat(node: ast.BinOp, fmtStr: PyStr, elts: ast.expr[]): void {
  const fmt = strCodePoints(fmtStr);
  const state = { pos: 0 };
  let cnt = 0;
  const seq: ast.expr[] = [];
  for (;;) {
    const lit = parseLiteral(fmt, state);
    if (lit) seq.push(lit);
    if (state.pos >= fmt.length) break;
    if (cnt >= elts.length) return; // more format units than items
    state.pos++; // the '%'
    const e = parseFormat(fmt, state, elts[cnt]!);
    cnt++;
    if (!e) return;
    seq.push(e);
  }
  if (cnt < elts.length) return; // more items than format units
  replaceNode(node, {
    _type: 'JoinedStr',
    values: seq,
    lineno: node.lineno,
    col_offset: node.col_offset,
    end_lineno: node.end_lineno,
    end_col_offset: node.end_col_offset,
  });
}

