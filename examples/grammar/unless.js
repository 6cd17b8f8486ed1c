// Actions for unless.ohm: `unless c: A else: B` becomes `if not c: A else: B`.
/** @type {import('../../src/lab/api.js').Extension} */
export default ({ ast, toAST, opt, loc, locToEnd }) => ({
  Unless_stmt(_unless, cond, _colon, body, orelse) {
    const test = ast.UnaryOp(ast.Not, toAST(cond), ...loc(cond));
    return ast.If(test, toAST(body), opt(orelse) ?? [], ...locToEnd(this));
  },
});
