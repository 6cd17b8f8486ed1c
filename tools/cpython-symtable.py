#!/usr/bin/env python3
"""CPython 3.11's symbol tables as JSON, the reference for pyc's src/symtable/.

    cpython-symtable.py [--shapes] [--trees] --files-from -   one record per path read from stdin
    cpython-symtable.py [--shapes] [--trees] --cases -        one record per JSON line {"name", "source"} on stdin

Each record is one JSON line with "file" (the path or case name) and one of
  "table":       the module block, see below
  "error":       {type, msg, lineno, offset, end_lineno, end_offset}: building the table failed
                 (a symtable.c or future.c SyntaxError, or anything else symtable() raised)
  "parse_error": the same fields, when ast.parse already rejects the source (not symtable's business)

A block is {"type": "module"|"class"|"function", "name", "lineno", "nested", "varnames",
"symbols": {name: flags word incl. scope bits}, "children": [blocks]}, read from the
_symtable entries (`symtable.symtable(...)._table`), which expose exactly these fields.

With --shapes, a record with a table also has "shapes": the code objects `compile()` makes
(in the order of a depth-first walk of co_consts), each {"name", "firstlineno", "flags"
(co_flags & 0x3ff), "cellvars", "freevars", "params" (the parameter prefix of co_varnames)},
or "compile_error" when the code generator rejects the source. These fields are what the
compiler derives from the symbol table, so they check what _symtable does not expose
(generator, coroutine, needs_class_closure, ...).

With --trees, a record of a source that parses also has "tree": the AST in the JSON encoding
of tools/export-ast-json.py, so that pyc can build its table from CPython's own tree.

    cpython-symtable.py --doctest-snippets FILE...

prints, as {"name", "source"} lines for --cases, the distinct doctest examples (`>>>`) found
in the string constants of the given stdlib test files (names relative to Lib/test/).
"""
import ast
import doctest
import importlib.util
import json
import os
import sys
import symtable
import sysconfig
import types
import warnings

TYPES = {symtable._symtable.TYPE_FUNCTION: 'function', symtable._symtable.TYPE_CLASS: 'class', symtable._symtable.TYPE_MODULE: 'module'}
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8


def dump_block(t):
    return {
        'type': TYPES[t.type],
        'name': t.name,
        'lineno': t.lineno,
        'nested': bool(t.nested),
        'varnames': list(t.varnames),
        'symbols': dict(t.symbols),
        'children': [dump_block(c) for c in t.children],
    }


def error_fields(e):
    if isinstance(e, SyntaxError):
        return {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                'end_lineno': e.end_lineno, 'end_offset': e.end_offset}
    return {'type': type(e).__name__, 'msg': str(e)}


def shapes(code):
    out = []

    def walk(co):
        nparams = co.co_argcount + co.co_kwonlyargcount
        nparams += bool(co.co_flags & CO_VARARGS) + bool(co.co_flags & CO_VARKEYWORDS)
        out.append({
            'name': co.co_name,
            'firstlineno': co.co_firstlineno,
            'flags': co.co_flags & 0x3ff,
            'cellvars': list(co.co_cellvars),
            'freevars': list(co.co_freevars),
            'params': list(co.co_varnames[:nparams]),
        })
        for c in co.co_consts:
            if isinstance(c, types.CodeType):
                walk(c)

    walk(code)
    return out


def load_tree_encoder():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'export-ast-json.py')
    spec = importlib.util.spec_from_file_location('export_ast_json', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.encode


def record(name, source, with_shapes, encode_tree=None):
    rec = {'file': name}
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            tree = ast.parse(source, name)
        except Exception as e:
            rec['parse_error'] = error_fields(e)
            return rec
        if encode_tree:
            rec['tree'] = encode_tree(tree)
        try:
            rec['table'] = dump_block(symtable.symtable(source, name, 'exec')._table)
        except Exception as e:
            rec['error'] = error_fields(e)
            return rec
        if with_shapes:
            try:
                rec['shapes'] = shapes(compile(source, name, 'exec', dont_inherit=True))
            except Exception as e:
                rec['compile_error'] = error_fields(e)
    return rec


def doctest_snippets(names):
    root = os.path.join(sysconfig.get_paths()['stdlib'], 'test')
    seen = set()
    for name in names:
        with open(os.path.join(root, name), 'rb') as f:
            tree = ast.parse(f.read())
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str) and '>>>' in node.value):
                continue
            try:
                examples = doctest.DocTestParser().get_examples(node.value)
            except ValueError:
                continue
            for i, example in enumerate(examples):
                if example.source not in seen:
                    seen.add(example.source)
                    yield {'name': f'{name}:{node.lineno}#{i}', 'source': example.source}


def main(argv):
    with_shapes = '--shapes' in argv
    encode_tree = load_tree_encoder() if '--trees' in argv else None
    args = [a for a in argv if a not in ('--shapes', '--trees')]
    out = sys.stdout
    if args[:1] == ['--doctest-snippets']:
        for snippet in doctest_snippets(args[1:]):
            out.write(json.dumps(snippet) + '\n')
    elif args[:2] == ['--files-from', '-']:
        for line in sys.stdin:
            path = line.rstrip('\n')
            if not path:
                continue
            with open(path, 'rb') as f:
                source = f.read()
            out.write(json.dumps(record(path, source, with_shapes, encode_tree)) + '\n')
    elif args[:2] == ['--cases', '-']:
        for line in sys.stdin:
            if not line.strip():
                continue
            case = json.loads(line)
            out.write(json.dumps(record(case['name'], case['source'], with_shapes, encode_tree)) + '\n')
    else:
        sys.exit(__doc__)


if __name__ == '__main__':
    main(sys.argv[1:])
