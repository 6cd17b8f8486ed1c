// The actions of python.gram's invalid_* rules (CPython 3.11): for each invalid case of the
// PythonErrors grammar, what its action raises, at which location, or null where python.gram's
// action returns NULL (the case then fails and parsing goes on). Each action is python.gram's,
// rule by rule; the arguments are the case's children as the grammar lists them (the leading
// `~invalidRulesOff` binds nothing, the trailing `raiseError` is the last argument).
import type { Node } from 'ohm-js';
import type * as ast from '../../../generated/ast.js';
import type { PythonErrorsActionDict } from '../../../generated/python.ohm-bundle.js';
import type { SyntaxErrorInfo } from '../../diagnostics/syntax-error.js';
import type { CallArguments } from '../helpers.js';
import { currentContext } from '../context.js';
import {
  exprName, invalidTarget, isLegacyStatement, lastComprehensionItem, nodeSpan, tokenSpan,
  type Located, type Span, type TargetsType,
} from './locations.js';
import { currentDecision } from './decision.js';
import type { Token } from './tokens.js';

type Result = SyntaxErrorInfo | null;

// ---------------------------------------------------------------- helpers
const toAST = <T = ast.expr>(n: Node): T => n['toAST']() as T;

/** The token a one-token node starts with. */
function tok(n: Node): Token {
  return currentDecision().tokens.tokenAt(n.source.startIdx + currentContext().offset);
}

const tokSpan = (n: Node): Span => tokenSpan(tok(n));
const astSpan = (n: Node): Span => nodeSpan(toAST<Located>(n));
const loc = () => currentDecision().locator;

/** RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _RANGE. */
const range = (msg: string, a: Span, b: Span = a): Result => loc().range(msg, a, b);
/** RAISE_SYNTAX_ERROR at the last token fetched. */
const raise = (msg: string): Result => loc().atLastToken(msg, currentDecision().last);
/** RAISE_INDENTATION_ERROR at the last token fetched. */
const raiseIndentation = (msg: string): Result => loc().atLastToken(msg, currentDecision().last, 'IndentationError');
/** RAISE_SYNTAX_ERROR_STARTING_FROM. */
const startingFrom = (msg: string, a: Span): Result => loc().startingFrom(msg, a, currentDecision().last);

/** RAISE_SYNTAX_ERROR_INVALID_TARGET: NULL when every part of `e` is a valid target. */
function invalidTargetError(type: TargetsType, e: ast.expr): Result {
  const bad = invalidTarget(e, type);
  if (!bad) return null;
  const verb = type === 'del' ? 'delete' : 'assign to';
  return range(`cannot ${verb} ${exprName(bad)}`, nodeSpan(bad));
}

const indentedBlock = (what: string, keyword: Node): Result =>
  raiseIndentation(`expected an indented block after ${what} on line ${tok(keyword).lineno}`);

const GENEXP = 'Generator expression must be parenthesized';
const MAYBE_EQUALS = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
const AFTER_KWDS = 'arguments cannot follow var-keyword argument';
const BOTH_EXCEPTS = "cannot have both 'except' and 'except*' on the same 'try'";
const STARRED_VALUE = 'cannot use a starred expression in a dictionary value';
const MISSING_VALUE = "expression expected after dictionary key and ':'";

function genexpEnd(clauses: Node): Span {
  const cs = toAST<ast.comprehension[]>(clauses);
  return nodeSpan(lastComprehensionItem(cs[cs.length - 1]!));
}

const isLegacyName = (n: Node): boolean => ['print', 'exec'].includes(n.sourceString.normalize('NFKC'));

// ---------------------------------------------------------------- the actions
export const invalidRuleActions: PythonErrorsActionDict<Result> = {
  // invalid_arguments
  Invalid_arguments_starAfterKeywordUnpacking(_args, _comma, star, _r) {
    return range('iterable argument unpacking follows keyword argument unpacking', tokSpan(star));
  },
  Invalid_arguments_genexpFirst(a, b, _comma, _rest1, _rest2, _r) {
    return range(GENEXP, astSpan(a), genexpEnd(b));
  },
  Invalid_arguments_keywordGenexp(a, b, _e, _f, _r) {
    return range(MAYBE_EQUALS, tokSpan(a), tokSpan(b));
  },
  Invalid_arguments_genexpLast(a, b, _r) {
    // _PyPegen_nonparen_genexp_in_call: `dict((a, b) for ...)` is fine; `f(L, x for x in y)` not.
    const args = toAST<CallArguments>(a).args;
    if (args.length <= 1) return null;
    return range(GENEXP, nodeSpan(args[args.length - 1]!), genexpEnd(b));
  },
  Invalid_arguments_genexpAfterArgs(_args, _comma, a, b, _r) {
    return range(GENEXP, astSpan(a), genexpEnd(b));
  },
  Invalid_arguments_positionalAfterKeyword(a, _comma, _args, _r) {
    // _PyPegen_arguments_parsing_error
    const unpacking = toAST<CallArguments>(a).keywords.some((k) => k.arg === null);
    return raise(unpacking ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument');
  },

  // invalid_kwarg
  Invalid_kwarg_keyword(a, b, _r) {
    return range(`cannot assign to ${a.sourceString}`, tokSpan(a), tokSpan(b));
  },
  Invalid_kwarg_genexp(a, b, _e, _f, _r) {
    return range(MAYBE_EQUALS, tokSpan(a), tokSpan(b));
  },
  Invalid_kwarg_expression(a, b, _r) {
    return range('expression cannot contain assignment, perhaps you meant "=="?', astSpan(a), tokSpan(b));
  },

  // invalid_legacy_expression
  Invalid_legacy_expression_call(a, b, _r) {
    if (!isLegacyName(a)) return null;
    const name = a.sourceString.normalize('NFKC');
    return range(`Missing parentheses in call to '${name}'. Did you mean ${name}(...)?`, tokSpan(a), astSpan(b));
  },

  // invalid_expression
  Invalid_expression_missingComma(a, b, _r) {
    if (isLegacyStatement(toAST(a))) return null;
    // p->tokens[p->mark-1]->level == 0: only inside brackets.
    const lastOfB = currentDecision().tokens.tokenBefore(b.source.endIdx + currentContext().offset);
    if (lastOfB.level === 0) return null;
    return range('invalid syntax. Perhaps you forgot a comma?', astSpan(a), astSpan(b));
  },
  Invalid_expression_missingElse(a, _if, b, _r) {
    return range("expected 'else' after 'if' expression", astSpan(a), astSpan(b));
  },

  // invalid_named_expression
  Invalid_named_expression_walrus(a, _w, _e, _r) {
    return range(`cannot use assignment expressions with ${exprName(toAST(a))}`, astSpan(a));
  },
  Invalid_named_expression_name(a, _eq, b, _r) {
    return range(MAYBE_EQUALS, tokSpan(a), astSpan(b));
  },
  Invalid_named_expression_target(a, _eq, _b, _r) {
    return range(`cannot assign to ${exprName(toAST(a))} here. Maybe you meant '==' instead of '='?`, astSpan(a));
  },

  // invalid_assignment
  Invalid_assignment_annotatedDisplay(a, _c, _e, _r) {
    return range(`only single target (not ${exprName(toAST(a))}) can be annotated`, astSpan(a));
  },
  Invalid_assignment_annotatedTuple(a, _comma, _rest, _c, _e, _r) {
    return range('only single target (not tuple) can be annotated', astSpan(a));
  },
  Invalid_assignment_annotatedOther(a, _c, _e, _r) {
    return range('illegal target for annotation', astSpan(a));
  },
  Invalid_assignment_target(_targets, _eqs, a, _eq, _r) {
    return invalidTargetError('star', toAST(a));
  },
  Invalid_assignment_yield(_targets, _eqs, a, _eq, _r) {
    return range('assignment to yield expression not possible', astSpan(a));
  },
  Invalid_assignment_augmented(a, _op, _rhs, _r) {
    return range(`'${exprName(toAST(a))}' is an illegal expression for augmented assignment`, astSpan(a));
  },

  // invalid_del_stmt, invalid_block
  Invalid_del_stmt_target(_del, a, _r) {
    return invalidTargetError('del', toAST(a));
  },
  Invalid_block_noIndent(_nl, _r) {
    return raiseIndentation('expected an indented block');
  },

  // invalid_comprehension, invalid_dict_comprehension
  Invalid_comprehension_unpacking(_open, a, _f, _r) {
    return range('iterable unpacking cannot be used in comprehension', astSpan(a));
  },
  Invalid_comprehension_tuple(_open, a, _comma, b, _f, _r) {
    const rest = toAST<ast.expr[]>(b);
    return range('did you forget parentheses around the comprehension target?', astSpan(a), nodeSpan(rest[rest.length - 1]!));
  },
  Invalid_comprehension_trailingComma(_open, a, b, _f, _r) {
    return range('did you forget parentheses around the comprehension target?', astSpan(a), tokSpan(b));
  },
  Invalid_dict_comprehension_unpacking(_lb, a, _e, _f, _rb, _r) {
    return range('dict unpacking cannot be used in dict comprehension', tokSpan(a));
  },

  // invalid_parameters, invalid_default, invalid_star_etc, invalid_kwds
  Invalid_parameters_nonDefaultAfterDefault(_plain, _helper, a, _r) {
    return range('non-default argument follows default argument', astSpan(a));
  },
  Invalid_parameters_parenthesized(_plain, a, _params, _comma, b, _r) {
    return range('Function parameters cannot be parenthesized', tokSpan(a), tokSpan(b));
  },
  Invalid_parameters_slashFirst(a, _comma, _r) {
    return range('at least one argument must precede /', tokSpan(a));
  },
  Invalid_parameters_slashTwice(_slash, _params, a, _r) {
    return range('/ may appear only once', tokSpan(a));
  },
  Invalid_parameters_slashAfterStar(_slash, _params, _star, _next, _more, a, _r) {
    return range('/ must be ahead of *', tokSpan(a));
  },
  Invalid_parameters_slashStar(_params, _slash, a, _r) {
    return range('expected comma between / and *', tokSpan(a));
  },
  Invalid_default_missing(a, _next, _r) {
    return range('expected default value expression', tokSpan(a));
  },
  Invalid_star_etc_bare(a, _next, _after, _r) {
    return range('named arguments must follow bare *', tokSpan(a));
  },
  Invalid_star_etc_default(_star, _param, a, _r) {
    return range('var-positional argument cannot have default value', tokSpan(a));
  },
  Invalid_star_etc_twice(_star, _first, _params, a, _next, _r) {
    return range('* argument may appear only once', tokSpan(a));
  },
  Invalid_kwds_default(_ds, _param, a, _r) {
    return range('var-keyword argument cannot have default value', tokSpan(a));
  },
  Invalid_kwds_param(_ds, _param, _comma, a, _r) {
    return range(AFTER_KWDS, astSpan(a));
  },
  Invalid_kwds_star(_ds, _param, _comma, a, _r) {
    return range(AFTER_KWDS, tokSpan(a));
  },

  // the same for lambdas
  Invalid_lambda_parameters_nonDefaultAfterDefault(_plain, _helper, a, _r) {
    return range('non-default argument follows default argument', astSpan(a));
  },
  Invalid_lambda_parameters_parenthesized(_plain, a, _params, _comma, b, _r) {
    return range('Lambda expression parameters cannot be parenthesized', tokSpan(a), tokSpan(b));
  },
  Invalid_lambda_parameters_slashFirst(a, _comma, _r) {
    return range('at least one argument must precede /', tokSpan(a));
  },
  Invalid_lambda_parameters_slashTwice(_slash, _params, a, _r) {
    return range('/ may appear only once', tokSpan(a));
  },
  Invalid_lambda_parameters_slashAfterStar(_slash, _params, _star, _next, _more, a, _r) {
    return range('/ must be ahead of *', tokSpan(a));
  },
  Invalid_lambda_parameters_slashStar(_params, _slash, a, _r) {
    return range('expected comma between / and *', tokSpan(a));
  },
  Invalid_lambda_star_etc_bare(_star, _next, _after, _r) {
    return raise('named arguments must follow bare *');
  },
  Invalid_lambda_star_etc_default(_star, _param, a, _r) {
    return range('var-positional argument cannot have default value', tokSpan(a));
  },
  Invalid_lambda_star_etc_twice(_star, _first, _params, a, _next, _r) {
    return range('* argument may appear only once', tokSpan(a));
  },
  Invalid_lambda_kwds_default(_ds, _param, a, _r) {
    return range('var-keyword argument cannot have default value', tokSpan(a));
  },
  Invalid_lambda_kwds_param(_ds, _param, _comma, a, _r) {
    return range(AFTER_KWDS, astSpan(a));
  },
  Invalid_lambda_kwds_star(_ds, _param, _comma, a, _r) {
    return range(AFTER_KWDS, tokSpan(a));
  },

  // invalid_with_item, invalid_for_target, invalid_group, invalid_import_from_targets
  Invalid_with_item_target(_e, _as, a, _next, _r) {
    return invalidTargetError('star', toAST(a));
  },
  Invalid_for_target_target(_async, _for, a, _r) {
    return invalidTargetError('for', toAST(a));
  },
  Invalid_group_starred(_lp, a, _rp, _r) {
    return range('cannot use starred expression here', astSpan(a));
  },
  Invalid_group_doubleStarred(_lp, a, _e, _rp, _r) {
    return range('cannot use double starred expression here', tokSpan(a));
  },
  Invalid_import_from_targets_trailingComma(_names, _comma, _nl, _r) {
    return raise('trailing comma not allowed without surrounding parentheses');
  },

  // invalid_with_stmt, invalid_with_stmt_indent
  Invalid_with_stmt_plain(_async, _with, _items, _nl, _r) {
    return raise("expected ':'");
  },
  Invalid_with_stmt_parens(_async, _with, _lp, _items, _comma, _rp, _nl, _r) {
    return raise("expected ':'");
  },
  Invalid_with_stmt_indent_plain(_async, w, _items, _colon, _nl, _r) {
    return indentedBlock("'with' statement", w);
  },
  Invalid_with_stmt_indent_parens(_async, w, _lp, _items, _comma, _rp, _colon, _nl, _r) {
    return indentedBlock("'with' statement", w);
  },

  // invalid_try_stmt, invalid_except_stmt, invalid_finally_stmt, invalid_except_*_indent
  Invalid_try_stmt_noIndent(a, _colon, _nl, _r) {
    return indentedBlock("'try' statement", a);
  },
  Invalid_try_stmt_noHandler(_try, _colon, _block, _r) {
    return raise("expected 'except' or 'finally' block");
  },
  Invalid_try_stmt_exceptThenStar(_try, _colon, _blocks, _handlers, a, b, _e, _as, _name, _c, _r) {
    return range(BOTH_EXCEPTS, tokSpan(a), tokSpan(b));
  },
  Invalid_try_stmt_starThenExcept(_try, _colon, _blocks, _handlers, a, _e, _as, _name, _c, _r) {
    return range(BOTH_EXCEPTS, tokSpan(a));
  },
  Invalid_except_stmt_unparenthesized(_except, _star, a, _comma, _rest, _as, _name, _colon, _r) {
    return startingFrom('multiple exception types must be parenthesized', astSpan(a));
  },
  Invalid_except_stmt_noColon(_except, _star, _e, _as, _name, _nl, _r) {
    return raise("expected ':'");
  },
  Invalid_except_stmt_bareNoColon(_except, _nl, _r) {
    return raise("expected ':'");
  },
  Invalid_except_stmt_starNoType(_except, _star, _next, _r) {
    return raise('expected one or more exception types');
  },
  Invalid_finally_stmt_noIndent(a, _colon, _nl, _r) {
    return indentedBlock("'finally' statement", a);
  },
  Invalid_except_stmt_indent_typed(a, _e, _as, _name, _colon, _nl, _r) {
    return indentedBlock("'except' statement", a);
  },
  Invalid_except_stmt_indent_bare(a, _colon, _nl, _r) {
    return indentedBlock("'except' statement", a);
  },
  Invalid_except_star_stmt_indent_typed(a, _star, _e, _as, _name, _colon, _nl, _r) {
    return indentedBlock("'except*' statement", a);
  },

  // invalid_match_stmt, invalid_case_block, invalid_as_pattern, invalid_class_pattern
  Invalid_match_stmt_noColon(_match, _subject, _nl, _r) {
    return raise("expected ':'");
  },
  Invalid_match_stmt_noIndent(a, _subject, _colon, _nl, _r) {
    return indentedBlock("'match' statement", a);
  },
  Invalid_case_block_noColon(_case, _patterns, _guard, _nl, _r) {
    return raise("expected ':'");
  },
  Invalid_case_block_noIndent(a, _patterns, _guard, _colon, _nl, _r) {
    return indentedBlock("'case' statement", a);
  },
  Invalid_as_pattern_underscore(_p, _as, a, _r) {
    return range("cannot use '_' as a target", tokSpan(a));
  },
  Invalid_as_pattern_target(_p, _as, a, _r) {
    return range('invalid pattern target', astSpan(a));
  },
  Invalid_class_pattern_order(_cls, _lp, a, _r) {
    const positional = toAST<ast.pattern[]>(a.child(4));
    return range('positional patterns follow keyword patterns', nodeSpan(positional[0]!), nodeSpan(positional[positional.length - 1]!));
  },

  // invalid_if_stmt, invalid_elif_stmt, invalid_else_stmt, invalid_while_stmt, invalid_for_stmt
  Invalid_if_stmt_noColon(_if, _e, _nl, _r) {
    return raise("expected ':'");
  },
  Invalid_if_stmt_noIndent(a, _e, _colon, _nl, _r) {
    // python.gram binds `a` twice here (a='if' a=named_expression); pegen renames the second
    // binding, so the action still sees the 'if' token.
    return indentedBlock("'if' statement", a);
  },
  Invalid_elif_stmt_noColon(_elif, _e, _nl, _r) {
    return raise("expected ':'");
  },
  Invalid_elif_stmt_noIndent(a, _e, _colon, _nl, _r) {
    return indentedBlock("'elif' statement", a);
  },
  Invalid_else_stmt_noIndent(a, _colon, _nl, _r) {
    return indentedBlock("'else' statement", a);
  },
  Invalid_while_stmt_noColon(_while, _e, _nl, _r) {
    return raise("expected ':'");
  },
  Invalid_while_stmt_noIndent(a, _e, _colon, _nl, _r) {
    return indentedBlock("'while' statement", a);
  },
  Invalid_for_stmt_noColon(_async, _for, _t, _in, _e, _nl, _r) {
    return raise("expected ':'");
  },
  Invalid_for_stmt_noIndent(_async, a, _t, _in, _e, _colon, _nl, _r) {
    return indentedBlock("'for' statement", a);
  },

  // invalid_def_raw, invalid_class_def_raw
  Invalid_def_raw_noIndent(_async, a, _name, _lp, _params, _rp, _arrow, _returns, _colon, _nl, _r) {
    return indentedBlock('function definition', a);
  },
  Invalid_class_def_raw_noColon(_class, _name, _lp, _args, _rp, _nl, _r) {
    return raise("expected ':'");
  },
  Invalid_class_def_raw_noIndent(a, _name, _lp, _args, _rp, _colon, _nl, _r) {
    return indentedBlock('class definition', a);
  },

  // invalid_double_starred_kvpairs, invalid_kvpair
  Invalid_double_starred_kvpairs_starredValue(_key, _colon, a, _value, _r) {
    return startingFrom(STARRED_VALUE, tokSpan(a));
  },
  Invalid_double_starred_kvpairs_missingValue(_key, a, _next, _r) {
    return range(MISSING_VALUE, tokSpan(a));
  },
  Invalid_kvpair_missingColon(a, _r) {
    // RAISE_ERROR_KNOWN_LOCATION(a->lineno, a->end_col_offset - 1, a->end_lineno, -1): one past
    // the key's end, converted on the key's first line.
    const e = toAST<Located>(a);
    return loc().knownLocation('SyntaxError', "':' expected after dictionary key", e.lineno, e.end_col_offset ?? 0, e.end_lineno ?? e.lineno, 0);
  },
  Invalid_kvpair_starredValue(_key, _colon, a, _value, _r) {
    return startingFrom(STARRED_VALUE, tokSpan(a));
  },
  Invalid_kvpair_missingValue(_key, a, _next, _r) {
    return range(MISSING_VALUE, tokSpan(a));
  },
};

/** Parts of invalid cases that are asked for an AST (python.gram's helper rules with values). */
export const invalidHelperASTActions = {
  Invalid_ann_assign_target_paren(this: Node, _lp: Node, a: Node, _rp: Node): ast.expr {
    return toAST(a);
  },
};
