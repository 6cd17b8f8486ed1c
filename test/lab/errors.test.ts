// Broken grammar extensions, as a user meets them on the command line: each gives a message
// naming the extension file and line (an Ohm-style excerpt when the extension cannot load, a
// SyntaxError at the Python source when an action goes wrong while parsing), exit status 1,
// and never a JavaScript stack trace.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { projectRoot } from '../conformance/ast-oracle.js';

const pyc = join(projectRoot, 'bin', 'pyc.js');
const examples = join(projectRoot, 'examples', 'grammar');
const dir = mkdtempSync(join(tmpdir(), 'pyc-lab-errors-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const PIPE_OHM = join(examples, 'pipe.ohm');
const program = file('prog.py', 'x = [3, 1] |> sorted\nprint(x)\n');

/** Runs pyc and checks what every failure shares; returns stderr. */
function fails(args: string[]): string {
  const r = spawnSync(process.execPath, [pyc, ...args], { encoding: 'utf8' });
  assert.equal(r.status, 1, r.stderr);
  assert.equal(r.stdout, '');
  assert.doesNotMatch(r.stderr, /^\s+at .+:\d+:\d+\)?$/m, 'a JavaScript stack trace');
  assert.doesNotMatch(r.stderr, /internal error/);
  return r.stderr;
}

/** The actions of pipe.js with `body` as Disjunction_pipe's body. */
function pipeActions(name: string, body: string, params = 'value, _op, func'): string {
  return file(name, `export default ({ ast, toAST, loc, base }) => ({\n  Disjunction_pipe(${params}) {\n    ${body}\n  },\n  Or_test: base.Disjunction,\n});\n`);
}

test('an Ohm syntax error in the grammar: file, line and column, and the line itself', () => {
  const ohm = file('syntax.ohm', 'Pipeline <: Python {\n  Disjunction := Disjunction "|>" Or_test  -- pipe\n               | Or_test\n  Or_test = Conjunction (kw_or Conjunction\n}\n');
  const err = fails(['build', '--grammar', ohm, program]);
  assert.match(err, new RegExp(`^pyc: grammar extension ${ohm}, line 5, col 1: Expected "\\)"`));
  assert.match(err, /^ {2}> 5 \| }$/m);
});

test('an unknown rule in the grammar: applied, or overridden', () => {
  const applied = file('applied.ohm', 'Pipeline <: Python {\n  Disjunction := Disjunction "|>" Or_tset  -- pipe\n               | Or_test\n  Or_test = Conjunction (kw_or Conjunction)*\n}\n');
  assert.match(fails(['ast', '--grammar', applied, program]), new RegExp(`^pyc: grammar extension ${applied}, line 2, col 35: Rule Or_tset is not declared in grammar Pipeline\n`));
  const overridden = file('overridden.ohm', 'X <: Python {\n  Expresion := Disjunction\n}\n');
  assert.match(fails(['ast', '--grammar', overridden, program]), /line 2, col 3: Cannot override rule Expresion because it is not declared in Python\n/);
  const notPython = file('alone.ohm', 'Alone {\n  Start = "x"\n}\n');
  assert.match(fails(['ast', '--grammar', notPython, program]), /line 1, col 1: grammar Alone must extend Python: write `Alone <: Python \{ \.\.\. \}`/);
});

test('an action for a rule the grammar does not have: a suggestion', () => {
  const js = file('unknown-action.js', 'export default ({ ast, toAST, loc, base }) => ({\n  Disjunction_pipe(value, _op, func) {\n    return ast.Call(toAST(func), [toAST(value)], [], ...loc(this));\n  },\n  Or_tset: base.Disjunction,\n});\n');
  const err = fails(['build', '--grammar', PIPE_OHM, '--actions', js, program]);
  assert.match(err, new RegExp(`^pyc: grammar extension ${js}, line 5: action 'Or_tset' names no rule of grammar Pipeline \\(${PIPE_OHM}\\): did you mean 'Or_test'\\?\n`));
  assert.match(err, /^ {2}> 5 \| {3}Or_tset: base\.Disjunction,$/m);
});

test('a new rule without an action: the rule, its line, and the action to write', () => {
  const err = fails(['build', '--grammar', PIPE_OHM, program]);
  assert.match(err, new RegExp(`^pyc: grammar extension ${PIPE_OHM}, line 4, col 18: rule Disjunction_pipe has no action: it has 3 children`));
  assert.match(err, /`Disjunction_pipe\(disjunction, _1, or_test\) \{ \.\.\. \}`/);
  const js = file('missing.js', 'export default ({ base }) => ({ Or_test: base.Disjunction });\n');
  assert.match(fails(['build', '--grammar', PIPE_OHM, '--actions', js, program]), new RegExp(`add \`Disjunction_pipe\\(disjunction, _1, or_test\\) \\{ \\.\\.\\. \\}\` to ${js}`));
});

test('an action with the wrong number of parameters', () => {
  const js = pipeActions('arity.js', 'return ast.Call(toAST(func), [toAST(value)], [], ...loc(this));', 'value, func');
  assert.match(fails(['build', '--grammar', PIPE_OHM, '--actions', js, program]), new RegExp(`^pyc: grammar extension ${js}, line 2: action 'Disjunction_pipe' takes 2 parameters, but rule Disjunction_pipe \\(${PIPE_OHM}, line 4\\) has 3 children`));
});

test('an action that builds an invalid AST: a SyntaxError at the source, naming the action and its file', () => {
  const js = pipeActions('invalid.js', 'return ast.Call(toAST(func), toAST(value), [], ...loc(this));');
  assert.equal(fails(['build', '--grammar', PIPE_OHM, '--actions', js, program, '-o', join(dir, 'x.pyc')]), [
    `  File "${program}", line 1`,
    '    x = [3, 1] |> sorted',
    '        ^^^^^^^^^^^^^^^^',
    `SyntaxError: grammar extension ${js}, line 2: action Disjunction_pipe built an invalid AST: Call.args: expected a list of expr, got a List node`,
    '',
  ].join('\n'));
  const store = pipeActions('store.js', 'return ast.Call(ast.Name("f", ast.Store, ...loc(func)), [toAST(value)], [], ...loc(this));');
  assert.match(fails(['ast', '--grammar', PIPE_OHM, '--actions', store, program]), /action Disjunction_pipe built an invalid AST: Call\.func: expression must have Load context but has Store instead/);
  const backwards = pipeActions('backwards.js', 'const [a, b, c, d] = loc(this); return ast.Call(toAST(func), [toAST(value)], [], c + 1, b, a, d);');
  assert.match(fails(['ast', '--grammar', PIPE_OHM, '--actions', backwards, program]), /built an invalid AST: Call: AST node line range \(2, 1\) is not valid/);
  const none = pipeActions('none.js', 'ast.Call(toAST(func), [toAST(value)], [], ...loc(this));');
  assert.match(fails(['ast', '--grammar', PIPE_OHM, '--actions', none, program]), /line 2: action Disjunction_pipe returned undefined: an action returns the AST of its rule \(a missing `return`\?\)/);
});

test('an action that throws: the line in the actions file that threw', () => {
  const js = pipeActions('throws.js', 'return ast.Call(toAST(func), [toAST(value)], [], ...loc(thiss));');
  assert.match(fails(['build', '--grammar', PIPE_OHM, '--actions', js, program]), new RegExp(`SyntaxError: grammar extension ${js}, line 3, in action Disjunction_pipe: ReferenceError: thiss is not defined\n$`));
  const missing = pipeActions('missing-field.js', 'return ast.Call(toAST(func) [toAST(value)], [], ...loc(this));');
  assert.match(fails(['build', '--grammar', PIPE_OHM, '--actions', missing, program]), /line 3, in action Disjunction_pipe: ValueError: field 'func' is required for Call\n$/);
});

test("an action's own SyntaxError (syntaxError(node, msg)), also inside the new syntax", () => {
  const js = file('forbid.js', 'export default ({ ast, toAST, loc, base, syntaxError }) => ({\n  Disjunction_pipe(value, _op, func) { return ast.Call(toAST(func), [toAST(value)], [], ...loc(this)); },\n  Or_test: base.Disjunction,\n  Expression_lambda(l) { throw syntaxError(this, "no lambdas here"); },\n});\n');
  const src = file('lambda-pipe.py', 'y = 1\nx = 3 |> (lambda v: v)\n');
  assert.equal(fails(['ast', '--grammar', PIPE_OHM, '--actions', js, src]), `  File "${src}", line 2\n    x = 3 |> (lambda v: v)\n              ^^^^^^^^^^^\nSyntaxError: no lambdas here\n`);
  // A base action's error (a bad string literal) inside the new syntax is placed as CPython places it.
  const str = file('bad-string.py', 'y = 1\nx = "\\N{bogus}" |> str\n');
  assert.match(fails(['ast', '--grammar', PIPE_OHM, '--actions', join(examples, 'pipe.js'), str]), /line 2\n.*\n {20}\^\nSyntaxError: \(unicode error\) 'unicodeescape' codec can't decode bytes in position 0-8: unknown Unicode character name\n$/);
});

test('an actions module that does not load, or is missing', () => {
  const js = file('broken.js', 'export default ({ base }) => ({\n  Disjunction_pipe(a, b, c) { return a }\n  Or_test: base.Disjunction,\n});\n');
  assert.match(fails(['ast', '--grammar', PIPE_OHM, '--actions', js, program]), new RegExp(`^pyc: grammar extension ${js}, line 3: the actions module does not load: SyntaxError: Unexpected identifier 'Or_test'\n`));
  const noDefault = file('no-default.js', 'export const actions = {};\n');
  assert.match(fails(['ast', '--grammar', PIPE_OHM, '--actions', noDefault, program]), /the actions module has no default export/);
  assert.match(fails(['ast', '--grammar', join(dir, 'nowhere.ohm'), program]), /^pyc: grammar extension .*nowhere\.ohm: cannot read the grammar extension: No such file or directory\n$/);
});

test('options that do not go together', () => {
  assert.match(fails(['ast', '--parser', 'generated', '--grammar', PIPE_OHM, program]), /^pyc: --grammar and --actions need --parser ohm/);
  assert.match(fails(['ast', '--parser', 'fast', program]), /^pyc: --parser: expected ohm or generated, got 'fast'\n$/);
});
