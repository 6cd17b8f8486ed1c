// Actions for repeat.ohm: `repeat N: body` becomes `for .repeat in range(N): body`.
// `.repeat` (hiddenName) cannot clash with a user's variable; `range` is looked up as any
// name is, so a program that rebinds `range` changes what `repeat` does.
/** @type {import('../../src/lab/api.js').Extension} */
export default ({ ast, toAST, loc, locToEnd, name, hiddenName }) => ({
  Repeat_stmt(kw, count, _colon, body) {
    const times = ast.Call(name('range', kw), [toAST(count)], [], ...loc(count));
    return ast.For(name(hiddenName('repeat'), kw, ast.Store), times, toAST(body), [], null, ...locToEnd(this));
  },
});
