// The grammar lab's examples end to end (examples/grammar/): each extension builds its demo
// program to a .pyc with `pyc build --grammar EXT.ohm --actions EXT.js`, stock python3 runs the
// .pyc, and what it prints must be what python3 prints for the same program in plain Python
// (DEMO.plain.py, written line for line, so tracebacks agree on line numbers too). The code
// objects must also be the ones CPython's own compile() makes of the desugared AST.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { projectRoot } from '../conformance/ast-oracle.js';

const pyc = join(projectRoot, 'bin', 'pyc.js');
const examples = join(projectRoot, 'examples', 'grammar');
const dir = mkdtempSync(join(tmpdir(), 'pyc-lab-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function runPyc(args: string[]) {
  return spawnSync(process.execPath, [pyc, ...args], { encoding: 'utf8' });
}

function python(...args: string[]) {
  return spawnSync('python3', args, { encoding: 'utf8' });
}

/** The --grammar/--actions options of an example (no actions file: a grammar alone). */
function extension(name: string): string[] {
  const actions = join(examples, `${name}.js`);
  return ['--grammar', join(examples, `${name}.ohm`), ...(existsSync(actions) ? ['--actions', actions] : [])];
}

/** Lines that are neither blank nor only a comment. */
function codeLines(file: string): number {
  if (!existsSync(file)) return 0;
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '' && !/^\s*(\/\/|\/\*\*?|\*)/.test(l)).length;
}

// Checks that CPython compiles the AST pyc printed (ast.dump with attributes, evaluated back)
// into the very code objects of pyc's .pyc.
const SAME_CODE = `
import ast, json, marshal, sys
from ast import *
tree = eval(json.loads(open(sys.argv[1]).read())["dump"])
code = compile(tree, sys.argv[3], "exec")
mine = marshal.loads(open(sys.argv[2], "rb").read()[16:])
print("same" if code == mine else "different")
`;

for (const name of ['pipe', 'unless', 'repeat', 'no-lambda']) {
  test(`${name}: the .pyc built with the extension runs on python3 as the plain program does`, () => {
    const demo = join(examples, `${name}-demo.py`);
    const plain = existsSync(join(examples, `${name}-demo.plain.py`)) ? join(examples, `${name}-demo.plain.py`) : demo;
    const out = join(dir, `${name}.pyc`);
    const built = runPyc(['build', ...extension(name), demo, '-o', out]);
    assert.equal(built.status, 0, built.stderr);
    assert.equal(built.stderr, '');
    const ran = python(out);
    assert.equal(ran.status, 0, ran.stderr);
    const expected = python(plain);
    assert.equal(expected.status, 0, expected.stderr);
    assert.ok(ran.stdout.length > 0);
    assert.equal(ran.stdout, expected.stdout);

    const dumped = runPyc(['ast', '--jsonl', ...extension(name), demo]);
    assert.equal(dumped.status, 0, dumped.stderr);
    const jsonl = join(dir, `${name}.jsonl`);
    writeFileSync(jsonl, dumped.stdout);
    assert.equal(python('-c', SAME_CODE, jsonl, out, demo).stdout.trim(), 'same');
  });

  test(`${name}: grammar and actions together take at most 20 lines of code`, () => {
    const lines = codeLines(join(examples, `${name}.ohm`)) + codeLines(join(examples, `${name}.js`));
    assert.ok(lines > 0 && lines <= 20, `${name}: ${lines} lines`);
  });
}

test('the restriction: a lambda is a SyntaxError at its keyword, printed as CPython prints one, exit status 1', () => {
  const bad = join(examples, 'no-lambda-bad.py');
  const r = runPyc(['build', ...extension('no-lambda'), bad, '-o', join(dir, 'bad.pyc')]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, [
    `  File "${bad}", line 3`,
    '    print(sorted(words, key=lambda w: len(w)))',
    '                            ^^^^^^',
    `SyntaxError: 'lambda' is not allowed by grammar NoLambda (${join(examples, 'no-lambda.ohm')})`,
    '',
  ].join('\n'));
  assert.equal(existsSync(join(dir, 'bad.pyc')), false);
  // --jsonl gives the fields of that SyntaxError.
  const j = runPyc(['ast', '--jsonl', ...extension('no-lambda'), bad]);
  assert.equal(j.status, 1);
  assert.deepEqual(JSON.parse(j.stdout).error, {
    type: 'SyntaxError', msg: `'lambda' is not allowed by grammar NoLambda (${join(examples, 'no-lambda.ohm')})`, lineno: 3, offset: 25, end_lineno: 3, end_offset: 31,
  });
});

test('errors in the extended language: positions in the new syntax, CPython\'s messages elsewhere', () => {
  const src = join(dir, 'errors');
  mkdirSync(src, { recursive: true });
  const cases: [string, string, string][] = [
    // A missing colon after `unless`: the extension's syntax got further than Python's.
    ['unless', 'unless x\n    pass\n', '  File "F", line 1\n    unless x\n            ^\nSyntaxError: expected \':\'\n'],
    // An ordinary error in a file that uses the extension: CPython's message.
    ['unless', 'x = 1\nunless x:\n    pass\nif x\n    pass\n', '  File "F", line 4\n    if x\n        ^\nSyntaxError: expected \':\'\n'],
    ['pipe', 'x = 1\nprint(x |> str\n', '  File "F", line 2\n    print(x |> str\n         ^\nSyntaxError: \'(\' was never closed\n'],
  ];
  cases.forEach(([name, text, expected], i) => {
    const file = join(src, `e${i}.py`);
    writeFileSync(file, text);
    const r = runPyc(['ast', ...extension(name), file]);
    assert.equal(r.status, 1, `case ${i}`);
    assert.equal(r.stderr, expected.replace('"F"', `"${file}"`), `case ${i}`);
  });
});

test('pyc build -j 2 applies the extension in its worker threads', () => {
  const tree = join(dir, 'tree');
  mkdirSync(tree, { recursive: true });
  for (const n of ['a', 'b', 'c']) copyFileSync(join(examples, 'repeat-demo.py'), join(tree, `${n}.py`));
  const r = runPyc(['build', '-j', '2', '--jsonl', ...extension('repeat'), tree]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).ok), [true, true, true]);
  const expected = python(join(examples, 'repeat-demo.plain.py')).stdout;
  assert.equal(python(join(tree, '__pycache__', 'c.cpython-311.pyc')).stdout, expected);
});

test('pyc run and pyc dis take the extension too', () => {
  const r = runPyc(['run', ...extension('unless'), join(examples, 'unless-demo.py')]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, python(join(examples, 'unless-demo.plain.py')).stdout);
  const d = runPyc(['dis', ...extension('pipe'), join(examples, 'pipe-demo.py')]);
  assert.equal(d.status, 0, d.stderr);
  assert.match(d.stdout, /LOAD_NAME +\d+ \(shout\)/);
});

test('--parser picks the parser of Python itself; without options the default stays', () => {
  const file = join(examples, 'no-lambda-demo.py');
  const expected = runPyc(['ast', file]);
  assert.equal(expected.status, 0, expected.stderr);
  for (const parser of ['ohm', 'generated']) {
    const r = runPyc(['ast', '--parser', parser, file]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, expected.stdout, parser);
  }
});

test('plain Python is untouched: a stdlib module builds to the same bytes with or without an extension', () => {
  const textwrap = python('-c', 'import textwrap; print(textwrap.__file__)').stdout.trim();
  const plain = join(dir, 'textwrap.pyc');
  const r = runPyc(['build', '--invalidation-mode', 'unchecked-hash', textwrap, '-o', plain]);
  assert.equal(r.status, 0, r.stderr);
  for (const name of ['pipe', 'unless', 'repeat']) {
    const out = join(dir, `textwrap-${name}.pyc`);
    const e = runPyc(['build', '--invalidation-mode', 'unchecked-hash', ...extension(name), textwrap, '-o', out]);
    assert.equal(e.status, 0, e.stderr);
    assert.deepEqual(readFileSync(out), readFileSync(plain), name);
  }
});
