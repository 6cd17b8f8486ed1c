// Semantic actions: grammar/python.ohm's parse tree -> CPython 3.11's AST.
// One action per rule case, keyed `Rule_case` as Ohm names them; each builds one node or calls
// a helper in helpers.ts, as python.gram's actions do with action_helpers.c.
import type { IterationNode, Node, NonterminalNode } from 'ohm-js';
import * as ast from '../../generated/ast.js';
import type { PythonActionDict } from '../../generated/python.ohm-bundle.js';
import { PY_ELLIPSIS } from '../values/index.js';
import { currentContext, loc, locBetween, locToEnd } from './context.js';
import {
  augmentedOperator, collectCallArguments, comparisonOperator, emptyArguments, foldBinary, identifier,
  makeArguments, unaryOperator,
  type CallArguments, type KeywordOrStarred, type NameDefault, type SlashWithDefault, type StarEtc,
} from './helpers.js';
import { concatenateStrings, parseNumber, type StringToken } from './literals/index.js';
import { fstringHost } from './fstring-host.js';

/**
 * Rules whose action returns its first child's AST whenever its other children are empty
 * iterations (`a` alone in `a (op a)*`, `first`). The generated parser leaves such nodes out of its
 * tree (src/parse/generated-backend.ts), as it leaves out the nodes of rules without an action
 * and with one child, which Ohm's default action passes through: the tree of an expression is
 * then a few nodes deep instead of twenty. Actions must not look inside these rules' nodes.
 */
export const transparentRules: ReadonlySet<string> = new Set([
  'Disjunction', 'Conjunction', 'Comparison', 'Bitwise_or', 'Bitwise_xor', 'Bitwise_and', 'Shift_expr', 'Sum', 'Term',
  'Named_expression_plain', 'Slices_single', 'Atom_strings', 'Genexp_element', 'Positional_arg_plain', 'Star_targets_single',
  'Params', 'Lambda_params', 'Block_simple',
]);

// The operation's results are of many types (nodes, lists, parameter groups); each action
// knows what its children return.
/* eslint-disable @typescript-eslint/no-explicit-any */
type A = any;

const toAST = (n: Node): A => n['toAST']();
const opt = (n: Node): A => (n.numChildren > 0 ? toAST(n.children[0]!) : null);
const list = (n: Node): A[] => n.children.map(toAST);
const listOf = (n: Node): A[] => n['asIteration']().children.map(toAST);
const text = (n: Node): string => n.sourceString;

function lastOf<T>(items: T[]): T {
  return items[items.length - 1]!;
}

function nameExpr(node: Node, ctx: ast.expr_context): ast.Name {
  return ast.Name(identifier(text(node)), ctx, ...loc(node));
}

function functionDef(this: NonterminalNode, asyncKw: IterationNode, _def: Node, name: Node, _lp: Node, params: IterationNode, _rp: Node, _arrow: IterationNode, returns: IterationNode, _colon: Node, block: Node): ast.stmt {
  const body: ast.stmt[] = toAST(block);
  const args = opt(params) ?? emptyArguments();
  const make = asyncKw.numChildren > 0 ? ast.AsyncFunctionDef : ast.FunctionDef;
  return make(identifier(text(name)), args, body, [], opt(returns), null, ...locToEnd(this));
}

function withDecorators(decorators: Node, def: Node): A {
  const node = toAST(def);
  node.decorator_list = toAST(decorators);
  return node;
}

function ifStatement(this: NonterminalNode, _kw: Node, test: Node, _colon: Node, block: Node, orelse: Node): ast.stmt {
  const body: ast.stmt[] = toAST(block);
  const rest: ast.stmt[] = orelse.isIteration() ? (opt(orelse) ?? []) : [toAST(orelse)];
  return ast.If(toAST(test), body, rest, ...locToEnd(this));
}

function binaryLevel(this: NonterminalNode, first: Node, ops: IterationNode, operands: IterationNode): ast.expr {
  if (ops.numChildren === 0) return toAST(first);
  // Each BinOp spans from the first operand's first token to its right operand's last token,
  // parentheses included, as python.gram's left-recursive rules make it.
  const spans = operands.children.map((o) => locBetween(first, o));
  return foldBinary(toAST(first), ops.children.map(text), list(operands), spans);
}

function boolLevel(op: ast.boolop) {
  return function (this: NonterminalNode, first: Node, _ops: IterationNode, rest: IterationNode): ast.expr {
    if (rest.numChildren === 0) return toAST(first);
    return ast.BoolOp(op, [toAST(first), ...list(rest)], ...loc(this));
  };
}

function number(node: Node): ast.Constant {
  const pos = loc(node);
  return ast.Constant(parseNumber(text(node), pos[0]), null, ...pos);
}

function signedNumber(this: NonterminalNode, minus: IterationNode, num: Node): ast.expr {
  const value: ast.expr = num.ctorName === 'number' ? number(num) : toAST(num);
  return minus.numChildren > 0 ? ast.UnaryOp(ast.USub, value, ...loc(this)) : value;
}

// The five shapes of a parameter list (python.gram's `parameters`), shared with lambdas.
const parameterShapes = {
  slashNoDefault(this: NonterminalNode, slash: Node, plain: IterationNode, withDefault: IterationNode, star: IterationNode): ast.arguments {
    return makeArguments(toAST(slash), null, list(plain), list(withDefault), opt(star));
  },
  slashWithDefault(this: NonterminalNode, slash: Node, withDefault: IterationNode, star: IterationNode): ast.arguments {
    return makeArguments(null, toAST(slash), [], list(withDefault), opt(star));
  },
  noDefault(this: NonterminalNode, plain: IterationNode, withDefault: IterationNode, star: IterationNode): ast.arguments {
    return makeArguments(null, null, list(plain), list(withDefault), opt(star));
  },
  withDefault(this: NonterminalNode, withDefault: IterationNode, star: IterationNode): ast.arguments {
    return makeArguments(null, null, [], list(withDefault), opt(star));
  },
  star(this: NonterminalNode, star: Node): ast.arguments {
    return makeArguments(null, null, [], [], toAST(star));
  },
};

function starEtcNamed(this: NonterminalNode, _star: Node, vararg: Node, kwonly: IterationNode, kwds: IterationNode): StarEtc {
  return { vararg: toAST(vararg), kwonly: list(kwonly), kwarg: opt(kwds) };
}

function starEtcBare(this: NonterminalNode, _star: Node, _comma: Node, kwonly: IterationNode, kwds: IterationNode): StarEtc {
  return { vararg: null, kwonly: list(kwonly), kwarg: opt(kwds) };
}

function starEtcKwds(this: NonterminalNode, kwds: Node): StarEtc {
  return { vararg: null, kwonly: [], kwarg: toAST(kwds) };
}

function slashNoDefault(this: NonterminalNode, params: IterationNode, _slash: Node, _sep: Node): ast.arg[] {
  return list(params);
}

function slashWithDefault(this: NonterminalNode, plain: IterationNode, withDefault: IterationNode, _slash: Node, _sep: Node): SlashWithDefault {
  return { plain: list(plain), withDefault: list(withDefault) };
}

const first = function (this: NonterminalNode, a: Node): A {
  return toAST(a);
};

function paramWithDefault(this: NonterminalNode, param: Node, dflt: Node, _sep: Node): NameDefault {
  return { arg: toAST(param), default: toAST(dflt) };
}

function paramMaybeDefault(this: NonterminalNode, param: Node, dflt: IterationNode, _sep: Node): NameDefault {
  return { arg: toAST(param), default: opt(dflt) };
}

function paramNoDefault(this: NonterminalNode, param: Node, _sep: Node): ast.arg {
  return toAST(param);
}

function comprehension(make: (elt: A, generators: ast.comprehension[], ...pos: [number, number, number, number]) => ast.expr) {
  return function (this: NonterminalNode, _open: Node, elt: Node, clauses: Node, _close: Node): ast.expr {
    return make(toAST(elt), toAST(clauses), ...loc(this));
  };
}

function targetAttribute(ctx: ast.expr_context) {
  return function (this: NonterminalNode, value: Node, _dot: Node, name: Node): ast.expr {
    return ast.Attribute(toAST(value), identifier(text(name)), ctx, ...loc(this));
  };
}

function targetSubscript(ctx: ast.expr_context) {
  return function (this: NonterminalNode, value: Node, _lb: Node, slice: Node, _rb: Node): ast.expr {
    return ast.Subscript(toAST(value), toAST(slice), ctx, ...loc(this));
  };
}

function call(this: NonterminalNode, func: Node, _lp: Node, args: IterationNode, _rp: Node): ast.expr {
  const a: CallArguments = opt(args) ?? { args: [], keywords: [] };
  return ast.Call(toAST(func), a.args, a.keywords, ...loc(this));
}

function genexpCall(this: NonterminalNode, func: Node, genexp: Node): ast.expr {
  return ast.Call(toAST(func), [toAST(genexp)], [], ...loc(this));
}

function paren(this: NonterminalNode, _lp: Node, inner: Node, _rp: Node): A {
  return toAST(inner);
}

function constant(value: null | boolean) {
  return function (this: NonterminalNode, _kw: Node): ast.expr {
    return ast.Constant(value, null, ...loc(this));
  };
}

function singleton(value: null | boolean) {
  return function (this: NonterminalNode, _kw: Node): ast.pattern {
    return ast.MatchSingleton(value, ...loc(this));
  };
}

function matchValue(this: NonterminalNode, value: Node): ast.pattern {
  return ast.MatchValue(toAST(value), ...loc(this));
}

function classPattern(this: NonterminalNode, cls: Node, positional: Node | null, keywords: Node | null): ast.pattern {
  const kw: [string, ast.pattern][] = keywords ? toAST(keywords) : [];
  return ast.MatchClass(toAST(cls), positional ? toAST(positional) : [], kw.map((k) => k[0]), kw.map((k) => k[1]), ...loc(this));
}

function mappingPattern(this: NonterminalNode, items: Node | null, rest: Node | null): ast.pattern {
  const pairs: [ast.expr, ast.pattern][] = items ? toAST(items) : [];
  return ast.MatchMapping(pairs.map((p) => p[0]), pairs.map((p) => p[1]), rest ? toAST(rest) : null, ...loc(this));
}

function tupleOf(ctx: ast.expr_context) {
  return function (this: NonterminalNode, firstElt: Node, _commas: IterationNode, rest: IterationNode, _trailing: IterationNode): ast.expr {
    return ast.Tuple([toAST(firstElt), ...list(rest)], ctx, ...loc(this));
  };
}

function singleTuple(this: NonterminalNode, elt: Node, _comma: Node): ast.expr {
  return ast.Tuple([toAST(elt)], ast.Load, ...loc(this));
}

function listTarget(ctx: ast.expr_context, make: typeof ast.Tuple | typeof ast.List) {
  return function (this: NonterminalNode, _open: Node, items: IterationNode, _close: Node): ast.expr {
    return make(opt(items) ?? [], ctx, ...loc(this));
  };
}

export const actions: PythonActionDict<A> = {
  // ---------------------------------------------------------------- start rules
  File(stmts, _end) {
    return ast.Module(opt(stmts) ?? [], []);
  },
  Eval(body, _nl, _end) {
    return ast.Expression(toAST(body));
  },
  Fstring(expr, _nl, _end) {
    return toAST(expr);
  },
  Statements(stmts) {
    const body: ast.stmt[] = [];
    for (const s of stmts.children) for (const stmt of toAST(s) as ast.stmt[]) body.push(stmt);
    return body;
  },
  Statement_compound(s) {
    return [toAST(s)];
  },
  Simple_stmts(stmts, _semi, _nl) {
    return listOf(stmts);
  },

  // ---------------------------------------------------------------- simple statements
  Simple_stmt_expr(e) {
    return ast.Expr(toAST(e), ...loc(this));
  },
  Simple_stmt_return(_la, s) { return toAST(s); },
  Simple_stmt_import(_la, s) { return toAST(s); },
  Simple_stmt_raise(_la, s) { return toAST(s); },
  Simple_stmt_pass(_kw) { return ast.Pass(...loc(this)); },
  Simple_stmt_del(_la, s) { return toAST(s); },
  Simple_stmt_yield(_la, s) { return toAST(s); },
  Simple_stmt_assert(_la, s) { return toAST(s); },
  Simple_stmt_break(_kw) { return ast.Break(...loc(this)); },
  Simple_stmt_continue(_kw) { return ast.Continue(...loc(this)); },
  Simple_stmt_global(_la, s) { return toAST(s); },
  Simple_stmt_nonlocal(_la, s) { return toAST(s); },

  Compound_stmt_function(_la, s) { return toAST(s); },
  Compound_stmt_if(_la, s) { return toAST(s); },
  Compound_stmt_class(_la, s) { return toAST(s); },
  Compound_stmt_with(_la, s) { return toAST(s); },
  Compound_stmt_for(_la, s) { return toAST(s); },
  Compound_stmt_try(_la, s) { return toAST(s); },
  Compound_stmt_while(_la, s) { return toAST(s); },

  Assignment_annotatedName(name, _colon, annotation, _eq, value) {
    return ast.AnnAssign(nameExpr(name, ast.Store), toAST(annotation), opt(value), 1, ...loc(this));
  },
  Assignment_annotatedTarget(target, _colon, annotation, _eq, value) {
    return ast.AnnAssign(toAST(target), toAST(annotation), opt(value), 0, ...loc(this));
  },
  Assignment_assign(targets, _eqs, value, ) {
    return ast.Assign(list(targets), toAST(value), null, ...loc(this));
  },
  Assignment_augmented(target, op, value) {
    return ast.AugAssign(toAST(target), augmentedOperator(text(op)), toAST(value), ...loc(this));
  },
  Ann_target_paren: paren,

  Return_stmt(_kw, value) {
    return ast.Return(opt(value), ...loc(this));
  },
  Raise_stmt_exc(_kw, exc, _from, cause) {
    return ast.Raise(toAST(exc), opt(cause), ...loc(this));
  },
  Raise_stmt_bare(_kw) {
    return ast.Raise(null, null, ...loc(this));
  },
  Global_stmt(_kw, names) {
    return ast.Global(names.asIteration().children.map((n) => identifier(text(n))), ...loc(this));
  },
  Nonlocal_stmt(_kw, names) {
    return ast.Nonlocal(names.asIteration().children.map((n) => identifier(text(n))), ...loc(this));
  },
  Del_stmt(_kw, targets, _la) {
    return ast.Delete(toAST(targets), ...loc(this));
  },
  Yield_stmt(e) {
    return ast.Expr(toAST(e), ...loc(this));
  },
  Assert_stmt(_kw, test, _comma, msg) {
    return ast.Assert(toAST(test), opt(msg), ...loc(this));
  },

  Import_name(_kw, names) {
    return ast.Import(toAST(names), ...loc(this));
  },
  Import_from_module(_from, dots, module, _import, names) {
    const level = dots.children.reduce((n, d) => n + text(d).length, 0);
    return ast.ImportFrom(toAST(module), toAST(names), level, ...loc(this));
  },
  Import_from_relative(_from, dots, _import, names) {
    const level = dots.children.reduce((n, d) => n + text(d).length, 0);
    return ast.ImportFrom(null, toAST(names), level, ...loc(this));
  },
  Import_from_targets_parens(_lp, names, _comma, _rp) { return toAST(names); },
  Import_from_targets_plain(names) { return toAST(names); },
  Import_from_targets_star(star) {
    return [ast.alias('*', null, ...loc(star))];
  },
  Import_from_as_names(names) { return listOf(names); },
  Import_from_as_name(name, _as, asname) {
    return ast.alias(identifier(text(name)), asname.numChildren ? identifier(text(asname.children[0]!)) : null, ...loc(this));
  },
  Dotted_as_names(names) { return listOf(names); },
  Dotted_as_name(name, _as, asname) {
    return ast.alias(toAST(name), asname.numChildren ? identifier(text(asname.children[0]!)) : null, ...loc(this));
  },
  Dotted_name(names) {
    return names.asIteration().children.map((n) => identifier(text(n))).join('.');
  },

  // ---------------------------------------------------------------- compound statements
  Block_indented(_nl, _indent, stmts, _dedent) { return toAST(stmts); },
  Block_simple(stmts) { return toAST(stmts); },
  Decorators(_ats, exprs, _nls) { return list(exprs); },

  Class_def_decorated(decorators, def) { return withDecorators(decorators, def); },
  Class_def_raw(_kw, name, args, _colon, block) {
    const body: ast.stmt[] = toAST(block);
    const a: CallArguments = opt(args) ?? { args: [], keywords: [] };
    return ast.ClassDef(identifier(text(name)), a.args, a.keywords, body, [], ...locToEnd(this));
  },
  Class_arguments(_lp, args, _rp) {
    return opt(args) ?? { args: [], keywords: [] };
  },
  Function_def_decorated(decorators, def) { return withDecorators(decorators, def); },
  Function_def_raw: functionDef,

  Params(p) { return toAST(p); },
  Parameters_slashNoDefault: parameterShapes.slashNoDefault,
  Parameters_slashWithDefault: parameterShapes.slashWithDefault,
  Parameters_noDefault: parameterShapes.noDefault,
  Parameters_withDefault: parameterShapes.withDefault,
  Parameters_star: parameterShapes.star,
  Slash_no_default: slashNoDefault,
  Slash_with_default: slashWithDefault,
  Star_etc_named: starEtcNamed,
  Star_etc_starAnnotation: starEtcNamed,
  Star_etc_bare: starEtcBare,
  Star_etc_kwds: starEtcKwds,
  Kwds(_ds, param) { return toAST(param); },
  Param_no_default: paramNoDefault,
  Param_no_default_star_annotation: paramNoDefault,
  Param_with_default: paramWithDefault,
  Param_maybe_default: paramMaybeDefault,
  Param(name, annotation) {
    return ast.arg(identifier(text(name)), opt(annotation), null, ...loc(this));
  },
  Param_star_annotation(name, annotation) {
    return ast.arg(identifier(text(name)), toAST(annotation), null, ...loc(this));
  },
  Annotation(_colon, e) { return toAST(e); },
  Star_annotation(_colon, e) { return toAST(e); },
  Default(_eq, e) { return toAST(e); },

  If_stmt_elif: ifStatement,
  If_stmt_else: ifStatement,
  Elif_stmt_elif: ifStatement,
  Elif_stmt_else: ifStatement,
  Else_block(_kw, _colon, block) { return toAST(block); },

  While_stmt(_kw, test, _colon, block, orelse) {
    const body: ast.stmt[] = toAST(block);
    const rest: ast.stmt[] = opt(orelse) ?? [];
    return ast.While(toAST(test), body, rest, ...locToEnd(this));
  },
  For_stmt(asyncKw, _for, target, _in, iter, _colon, block, orelse) {
    const body: ast.stmt[] = toAST(block);
    const rest: ast.stmt[] = opt(orelse) ?? [];
    const make = asyncKw.numChildren > 0 ? ast.AsyncFor : ast.For;
    return make(toAST(target), toAST(iter), body, rest, null, ...locToEnd(this));
  },
  With_stmt_parens(asyncKw, _with, _lp, items, _comma, _rp, _colon, block) {
    const body: ast.stmt[] = toAST(block);
    const make = asyncKw.numChildren > 0 ? ast.AsyncWith : ast.With;
    return make(listOf(items), body, null, ...locToEnd(this));
  },
  With_stmt_plain(asyncKw, _with, items, _colon, block) {
    const body: ast.stmt[] = toAST(block);
    const make = asyncKw.numChildren > 0 ? ast.AsyncWith : ast.With;
    return make(listOf(items), body, null, ...locToEnd(this));
  },
  With_item_as(e, _as, target, _la) {
    return ast.withitem(toAST(e), toAST(target));
  },
  With_item_plain(e) {
    return ast.withitem(toAST(e), null);
  },

  Try_stmt_finally(_kw, _colon, block, fin) {
    const finalbody: ast.stmt[] = toAST(fin);
    return ast.Try(toAST(block), [], [], finalbody, ...locToEnd(this));
  },
  Try_stmt_except(_kw, _colon, block, handlers, orelse, fin) {
    return tryStatement.call(this, ast.Try, block, handlers, orelse, fin);
  },
  Try_stmt_exceptStar(_kw, _colon, block, handlers, orelse, fin) {
    return tryStatement.call(this, ast.TryStar, block, handlers, orelse, fin);
  },
  Except_block_typed(_kw, type, _as, name, _colon, block) {
    const body: ast.stmt[] = toAST(block);
    return ast.ExceptHandler(toAST(type), name.numChildren ? identifier(text(name.children[0]!)) : null, body, ...locToEnd(this));
  },
  Except_block_bare(_kw, _colon, block) {
    const body: ast.stmt[] = toAST(block);
    return ast.ExceptHandler(null, null, body, ...locToEnd(this));
  },
  Except_star_block(_kw, _star, type, _as, name, _colon, block) {
    const body: ast.stmt[] = toAST(block);
    return ast.ExceptHandler(toAST(type), name.numChildren ? identifier(text(name.children[0]!)) : null, body, ...locToEnd(this));
  },
  Finally_block(_kw, _colon, block) { return toAST(block); },

  // ---------------------------------------------------------------- match statement
  Match_stmt(_kw, subject, _colon, _nl, _indent, cases, _dedent) {
    const cs: ast.match_case[] = list(cases);
    return ast.Match(toAST(subject), cs, ...locToEnd(this));
  },
  Subject_expr_tuple(firstElt, _comma, rest) {
    return ast.Tuple([toAST(firstElt), ...(opt(rest) ?? [])], ast.Load, ...loc(this));
  },
  Case_block(_kw, pattern, guard, _colon, block) {
    return ast.match_case(toAST(pattern), opt(guard), toAST(block));
  },
  Guard(_kw, e) { return toAST(e); },
  Patterns_sequence(patterns) {
    return ast.MatchSequence(toAST(patterns), ...loc(this));
  },
  As_pattern(pattern, _as, target) {
    return ast.MatchAs(toAST(pattern), toAST(target), ...loc(this));
  },
  Or_pattern(patterns) {
    const ps: ast.pattern[] = listOf(patterns);
    return ps.length === 1 ? ps[0] : ast.MatchOr(ps, ...loc(this));
  },
  Literal_pattern_number(n) { return matchValue.call(this, n); },
  Literal_pattern_complex: matchValue,
  Literal_pattern_strings: matchValue,
  Literal_pattern_none: singleton(null),
  Literal_pattern_true: singleton(true),
  Literal_pattern_false: singleton(false),
  Literal_expr_number(n) { return toAST(n); },
  Literal_expr_none: constant(null),
  Literal_expr_true: constant(true),
  Literal_expr_false: constant(false),
  Complex_number(real, op, imag) {
    return ast.BinOp(toAST(real), text(op) === '+' ? ast.Add : ast.Sub, toAST(imag), ...loc(this));
  },
  Signed_number: signedNumber,
  Signed_real_number: signedNumber,
  Real_number(n) {
    const c = number(n);
    if (typeof c.value !== 'bigint' && typeof c.value !== 'number') syntaxErrorAt(n, 'real number required in complex literal');
    return c;
  },
  Imaginary_number(n) {
    const c = number(n);
    if (typeof c.value === 'bigint' || typeof c.value === 'number') syntaxErrorAt(n, 'imaginary number required in complex literal');
    return c;
  },
  Capture_pattern(target) {
    return ast.MatchAs(null, toAST(target), ...loc(this));
  },
  Pattern_capture_target(name) {
    return identifier(text(name));
  },
  Wildcard_pattern(_kw) {
    return ast.MatchAs(null, null, ...loc(this));
  },
  Value_pattern: matchValue,
  Attr: targetAttribute(ast.Load),
  Name_or_attr_name(name) {
    return nameExpr(name, ast.Load);
  },
  Group_pattern: paren,
  Sequence_pattern_list(_lb, patterns, _rb) {
    return ast.MatchSequence(opt(patterns) ?? [], ...loc(this));
  },
  Sequence_pattern_tuple(_lp, patterns, _rp) {
    return ast.MatchSequence(opt(patterns) ?? [], ...loc(this));
  },
  Open_sequence_pattern(firstPattern, _comma, rest) {
    return [toAST(firstPattern), ...(opt(rest) ?? [])];
  },
  Maybe_sequence_pattern(patterns, _comma) { return listOf(patterns); },
  Star_pattern_capture(_star, target) {
    return ast.MatchStar(toAST(target), ...loc(this));
  },
  Star_pattern_wildcard(_star, _w) {
    return ast.MatchStar(null, ...loc(this));
  },
  Mapping_pattern_empty(_lb, _rb) { return mappingPattern.call(this, null, null); },
  Mapping_pattern_rest(_lb, rest, _comma, _rb) { return mappingPattern.call(this, null, rest); },
  Mapping_pattern_itemsRest(_lb, items, _c1, rest, _c2, _rb) { return mappingPattern.call(this, items, rest); },
  Mapping_pattern_items(_lb, items, _comma, _rb) { return mappingPattern.call(this, items, null); },
  Items_pattern(items) { return listOf(items); },
  Key_value_pattern(key, _colon, pattern) { return [toAST(key), toAST(pattern)]; },
  Double_star_pattern(_ds, target) { return toAST(target); },
  Class_pattern_empty(cls, _lp, _rp) { return classPattern.call(this, cls, null, null); },
  Class_pattern_positional(cls, _lp, ps, _c, _rp) { return classPattern.call(this, cls, ps, null); },
  Class_pattern_keyword(cls, _lp, ks, _c, _rp) { return classPattern.call(this, cls, null, ks); },
  Class_pattern_both(cls, _lp, ps, _c1, ks, _c2, _rp) { return classPattern.call(this, cls, ps, ks); },
  Positional_patterns(ps) { return listOf(ps); },
  Keyword_patterns(ks) { return listOf(ks); },
  Keyword_pattern(name, _eq, pattern) { return [identifier(text(name)), toAST(pattern)]; },

  // ---------------------------------------------------------------- expressions
  Expressions_tuple: tupleOf(ast.Load),
  Expressions_single: singleTuple,
  Expression_ifExp(body, _if, test, _else, orelse) {
    return ast.IfExp(toAST(test), toAST(body), toAST(orelse), ...loc(this));
  },
  Yield_expr_from(_yield, _from, e) {
    return ast.YieldFrom(toAST(e), ...loc(this));
  },
  Yield_expr_plain(_yield, e) {
    return ast.Yield(opt(e), ...loc(this));
  },
  Star_expressions_tuple: tupleOf(ast.Load),
  Star_expressions_single: singleTuple,
  Star_expression_starred(_star, e) {
    return ast.Starred(toAST(e), ast.Load, ...loc(this));
  },
  Star_named_expressions(items, _comma) { return listOf(items); },
  Star_named_expression_starred(_star, e) {
    return ast.Starred(toAST(e), ast.Load, ...loc(this));
  },
  Assignment_expression(name, _walrus, value) {
    return ast.NamedExpr(nameExpr(name, ast.Store), toAST(value), ...loc(this));
  },
  Named_expression_plain: first,
  Disjunction: boolLevel(ast.Or),
  Conjunction: boolLevel(ast.And),
  Inversion_not(_not, e) {
    return ast.UnaryOp(ast.Not, toAST(e), ...loc(this));
  },
  Comparison(left, pairs) {
    if (pairs.numChildren === 0) return toAST(left);
    const ps: [ast.cmpop, ast.expr][] = list(pairs);
    return ast.Compare(toAST(left), ps.map((p) => p[0]), ps.map((p) => p[1]), ...loc(this));
  },
  Compare_op_bitwise_or_pair(op, e) { return [toAST(op), toAST(e)]; },
  Compare_op_symbol(op) { return comparisonOperator(text(op)); },
  Compare_op_notIn(_not, _in) { return ast.NotIn; },
  Compare_op_in(_in) { return ast.In; },
  Compare_op_isNot(_is, _not) { return ast.IsNot; },
  Compare_op_is(_is) { return ast.Is; },
  Bitwise_or: binaryLevel,
  Bitwise_xor: binaryLevel,
  Bitwise_and: binaryLevel,
  Shift_expr: binaryLevel,
  Sum: binaryLevel,
  Term: binaryLevel,
  Factor_unary(op, e) {
    return ast.UnaryOp(unaryOperator(text(op)), toAST(e), ...loc(this));
  },
  Power_power(left, _op, right) {
    return ast.BinOp(toAST(left), ast.Pow, toAST(right), ...loc(this));
  },
  Await_primary_await(_await, e) {
    return ast.Await(toAST(e), ...loc(this));
  },
  Primary_attribute: targetAttribute(ast.Load),
  Primary_genexpCall: genexpCall,
  Primary_call: call,
  Primary_subscript: targetSubscript(ast.Load),

  Slices_single: first,
  Slices_tuple(items, _comma) {
    return ast.Tuple(listOf(items), ast.Load, ...loc(this));
  },
  Slice_slice(lower, _colon, upper, step) {
    return ast.Slice(opt(lower), opt(upper), opt(step), ...loc(this));
  },
  Slice_step(_colon, e) { return opt(e); },

  Atom_strings: first,
  Atom_name(name) { return nameExpr(name, ast.Load); },
  Atom_true: constant(true),
  Atom_false: constant(false),
  Atom_none: constant(null),
  Atom_number(n) { return number(n); },
  Atom_paren(_la, e) { return toAST(e); },
  Atom_bracket(_la, e) { return toAST(e); },
  Atom_brace(_la, e) { return toAST(e); },
  Atom_ellipsis(_e) { return ast.Constant(PY_ELLIPSIS, null, ...loc(this)); },
  Group: paren,

  Lambdef(_kw, params, _colon, body) {
    return ast.Lambda(opt(params) ?? emptyArguments(), toAST(body), ...loc(this));
  },
  Lambda_params(p) { return toAST(p); },
  Lambda_parameters_slashNoDefault: parameterShapes.slashNoDefault,
  Lambda_parameters_slashWithDefault: parameterShapes.slashWithDefault,
  Lambda_parameters_noDefault: parameterShapes.noDefault,
  Lambda_parameters_withDefault: parameterShapes.withDefault,
  Lambda_parameters_star: parameterShapes.star,
  Lambda_slash_no_default: slashNoDefault,
  Lambda_slash_with_default: slashWithDefault,
  Lambda_star_etc_named: starEtcNamed,
  Lambda_star_etc_bare: starEtcBare,
  Lambda_star_etc_kwds: starEtcKwds,
  Lambda_kwds(_ds, param) { return toAST(param); },
  Lambda_param_no_default: paramNoDefault,
  Lambda_param_with_default: paramWithDefault,
  Lambda_param_maybe_default: paramMaybeDefault,
  Lambda_param(name) {
    return ast.arg(identifier(text(name)), null, null, ...loc(this));
  },

  Strings(strings) {
    const context = currentContext();
    const tokens: StringToken[] = strings.children.map((s) => {
      const [lineno, col_offset, end_lineno, end_col_offset] = context.span(s.source.startIdx, s.source.endIdx);
      return { text: text(s), lineno, col_offset, end_lineno, end_col_offset };
    });
    return concatenateStrings(tokens, fstringHost);
  },

  List(_lb, items, _rb) {
    return ast.List(opt(items) ?? [], ast.Load, ...loc(this));
  },
  Tuple(_lp, items, _rp) {
    return ast.Tuple(opt(items) ?? [], ast.Load, ...loc(this));
  },
  Tuple_items(firstElt, _comma, rest) {
    return [toAST(firstElt), ...(opt(rest) ?? [])];
  },
  Set(_lb, items, _rb) {
    return ast.Set(toAST(items), ...loc(this));
  },
  Dict(_lb, pairs, _rb) {
    const ps: [ast.expr | null, ast.expr][] = opt(pairs) ?? [];
    return ast.Dict(ps.map((p) => p[0]), ps.map((p) => p[1]), ...loc(this));
  },
  Double_starred_kvpairs(pairs, _comma) { return listOf(pairs); },
  Double_starred_kvpair_unpack(_ds, e) { return [null, toAST(e)]; },
  Kvpair(k, _colon, v) { return [toAST(k), toAST(v)]; },

  For_if_clauses(clauses) { return list(clauses); },
  For_if_clause(asyncKw, _for, target, _in, iter, _ifs, conditions) {
    return ast.comprehension(toAST(target), toAST(iter), list(conditions), asyncKw.numChildren > 0 ? 1 : 0);
  },
  Listcomp: comprehension(ast.ListComp),
  Setcomp: comprehension(ast.SetComp),
  Genexp: comprehension(ast.GeneratorExp),
  Genexp_element: first,
  Dictcomp(_lb, pair, clauses, _rb) {
    const [k, v] = toAST(pair);
    return ast.DictComp(k, v, toAST(clauses), ...loc(this));
  },

  // ---------------------------------------------------------------- call arguments
  Arguments(args, _comma, _la) { return toAST(args); },
  Args_positional(positional, _comma, kwargs) {
    return collectCallArguments(listOf(positional), opt(kwargs) ?? []);
  },
  Args_kwargs(kwargs) {
    return collectCallArguments([], toAST(kwargs));
  },
  Positional_arg_plain: first,
  Kwargs_both(a, _comma, b) { return [...listOf(a), ...listOf(b)]; },
  Kwargs_starred(a) { return listOf(a); },
  Kwargs_doubleStarred(a) { return listOf(a); },
  Starred_expression(_star, e) {
    return ast.Starred(toAST(e), ast.Load, ...loc(this));
  },
  Kwarg_or_starred_keyword(name, _eq, e): KeywordOrStarred {
    return { keyword: ast.keyword(identifier(text(name)), toAST(e), ...loc(this)) };
  },
  Kwarg_or_starred_starred(e): KeywordOrStarred {
    return { starred: toAST(e) };
  },
  Kwarg_or_double_starred_keyword(name, _eq, e): KeywordOrStarred {
    return { keyword: ast.keyword(identifier(text(name)), toAST(e), ...loc(this)) };
  },
  Kwarg_or_double_starred_doubleStarred(_ds, e): KeywordOrStarred {
    return { keyword: ast.keyword(null, toAST(e), ...loc(this)) };
  },

  // ---------------------------------------------------------------- assignment targets
  Star_targets_single: first,
  Star_targets_tuple(items, _comma) {
    return ast.Tuple(listOf(items), ast.Store, ...loc(this));
  },
  Star_targets_list_seq(items, _comma) { return listOf(items); },
  Star_targets_tuple_seq_many(firstElt, _commas, rest, _trailing) {
    return [toAST(firstElt), ...list(rest)];
  },
  Star_targets_tuple_seq_one(t, _comma) { return [toAST(t)]; },
  Star_target_starred(_star, t) {
    return ast.Starred(toAST(t), ast.Store, ...loc(this));
  },
  Target_with_star_atom_attribute: targetAttribute(ast.Store),
  Target_with_star_atom_subscript: targetSubscript(ast.Store),
  Star_atom_name(name) { return nameExpr(name, ast.Store); },
  Star_atom_paren: paren,
  Star_atom_tuple: listTarget(ast.Store, ast.Tuple),
  Star_atom_list: listTarget(ast.Store, ast.List),
  Single_target_name(name) { return nameExpr(name, ast.Store); },
  Single_target_paren: paren,
  Single_subscript_attribute_target_attribute: targetAttribute(ast.Store),
  Single_subscript_attribute_target_subscript: targetSubscript(ast.Store),
  T_primary_attribute(value, dot, name, _la) { return targetAttribute(ast.Load).call(this, value, dot, name); },
  T_primary_subscript(value, lb, slice, rb, _la) { return targetSubscript(ast.Load).call(this, value, lb, slice, rb); },
  T_primary_genexpCall(func, genexp, _la) { return genexpCall.call(this, func, genexp); },
  T_primary_call(func, lp, args, rp, _la) { return call.call(this, func, lp, args, rp); },
  T_primary_atom(atom, _la) { return toAST(atom); },
  Del_targets(items, _comma) { return listOf(items); },
  Del_target_attribute: targetAttribute(ast.Del),
  Del_target_subscript: targetSubscript(ast.Del),
  Del_t_atom_name(name) { return nameExpr(name, ast.Del); },
  Del_t_atom_paren: paren,
  Del_t_atom_tuple: listTarget(ast.Del, ast.Tuple),
  Del_t_atom_list: listTarget(ast.Del, ast.List),

  // Iterations and lexical rules without actions of their own are never asked for an AST.
  _iter(...children) {
    return children.map(toAST);
  },
};

function tryStatement(this: NonterminalNode, make: typeof ast.Try | typeof ast.TryStar, block: Node, handlers: IterationNode, orelse: IterationNode, fin: IterationNode): ast.stmt {
  const body: ast.stmt[] = toAST(block);
  const hs: ast.excepthandler[] = list(handlers);
  const rest: ast.stmt[] = opt(orelse) ?? [];
  const finalbody: ast.stmt[] = opt(fin) ?? [];
  return make(body, hs, rest, finalbody, ...locToEnd(this));
}

function syntaxErrorAt(node: Node, msg: string): never {
  throw new ActionSyntaxError(msg, node.source.startIdx, node.source.endIdx);
}

/** An error raised by an action (python.gram's RAISE_SYNTAX_ERROR_KNOWN_LOCATION in an action). */
export class ActionSyntaxError extends Error {
  constructor(readonly msg: string, readonly start: number, readonly end: number) {
    super(msg);
  }
}
