// Actions for pipe.ohm: `x |> f` becomes the call `f(x)`, spanning `x |> f` in the source.
/** @type {import('../../src/lab/api.js').Extension} */
export default ({ ast, toAST, loc, base }) => ({
  Disjunction_pipe(value, _op, func) {
    return ast.Call(toAST(func), [toAST(value)], [], ...loc(this));
  },
  Or_test: base.Disjunction, // what Disjunction was: `a or b or ...`
});
