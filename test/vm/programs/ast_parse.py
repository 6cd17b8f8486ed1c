import ast
tree = ast.parse("x = 1 + 2 * y\nprint(f'{x!r:>4}')")
print(ast.dump(tree))
print(ast.dump(tree.body[0], include_attributes=True))
print(ast.unparse(tree))
print(ast.literal_eval("{'a': [1, 2.5, (3, None)], 'b': -4j, 'c': {1, 2}}"))
expr = ast.parse('a * b + 1', mode='eval')
code = compile(expr, '<ast>', 'eval')
print(eval(code, {'a': 6, 'b': 7}))
class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
mod = ast.parse('print(1 + 20)')
mod = ast.fix_missing_locations(Doubler().visit(mod))
exec(compile(mod, '<doubled>', 'exec'))
print([type(n).__name__ for n in ast.walk(ast.parse('def f(x):\n    return [i for i in x if i]'))])
print(ast.get_docstring(ast.parse('def g():\n    "doc here"\n    pass').body[0]))
tree = ast.Module(body=[ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('built')], []))], type_ignores=[])
exec(compile(ast.fix_missing_locations(tree), '<built>', 'exec'))
try:
    ast.parse('x = (1,')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno, e.offset)
print(type(compile('1 + 1', '<s>', 'single')).__name__, eval(compile('3 * 3', '<e>', 'eval')))
