# python3 _dis.py FILE...: the opcodes (dis.opmap names, without inline CACHE entries) that
# python3's compiler emits for each snippet of each opcode file, as JSON:
#   {"opmap": [names...], "files": {FILE: {SNIPPET: [opnames...]}}}
# A snippet is a top-level function named t_*, with every code object nested in it, and the
# code strings it compiles itself (compile("...", name, mode) with literal source and mode, e.g.
# mode 'single' for PRINT_EXPR); everything else in the file is the snippet "<module>".

import ast, dis, json, sys


def ops(code, out):
    for ins in dis.get_instructions(code):
        out.add(ins.opname)
    for c in code.co_consts:
        if hasattr(c, 'co_code'):
            ops(c, out)


def compiled_strings(node, out):
    for n in ast.walk(node):
        if (isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == 'compile'
                and len(n.args) >= 3 and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in (n.args[0], n.args[2]))):
            ops(compile(n.args[0].value, '<snippet>', n.args[2].value, dont_inherit=True), out)


result = {'opmap': sorted(dis.opmap), 'files': {}}
for path in sys.argv[1:]:
    src = open(path, encoding='utf-8').read()
    tree = ast.parse(src, path)
    code = compile(src, path, 'exec', dont_inherit=True)
    snippets = {'<module>': set()}
    for ins in dis.get_instructions(code):
        snippets['<module>'].add(ins.opname)
    for c in code.co_consts:
        if hasattr(c, 'co_code'):
            ops(c, snippets.setdefault(c.co_name if c.co_name.startswith('t_') else '<module>', set()))
    for stmt in tree.body:
        name = stmt.name if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.name.startswith('t_') else '<module>'
        compiled_strings(stmt, snippets.setdefault(name, set()))
    result['files'][path] = {k: sorted(v) for k, v in snippets.items()}
json.dump(result, sys.stdout)
