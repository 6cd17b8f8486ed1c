#!/usr/bin/env python3
"""Check grammar/Python.asdl against the running interpreter's `ast` module.

CPython builds every `ast` class from Parser/Python.asdl, so the installed module
is the ground truth for the ASDL of its version: `_fields` and `_attributes` give
names and order, each class docstring repeats its ASDL signature, a class attribute
set to None marks an optional ('?') field or attribute, and subclassing gives the sum
a constructor belongs to. Run with python3 3.11: prints nothing and exits 0 when the
file matches, otherwise lists every difference and exits 1.

    python3 tools/check-asdl.py [grammar/Python.asdl]
"""
import ast
import os
import re
import sys

TOKEN = re.compile(r'\s+|--[^\n]*|([A-Za-z_][A-Za-z0-9_]*)|([=,?*()|{}])')


def tokenize(text):
    pos = 0
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise SyntaxError(f'bad character {text[pos]!r} at offset {pos}')
        pos = m.end()
        if m.group(1) or m.group(2):
            yield m.group(1) or m.group(2)


def parse(text):
    """Return {type_name: ('sum', [(ctor, fields)], attrs) | ('product', fields, attrs)}.

    A field is (type, modifier, name) with modifier '', '?' or '*'. Same grammar as
    CPython's Parser/asdl.py, minus its error messages.
    """
    toks = list(tokenize(text))
    i = 0

    def peek():
        return toks[i] if i < len(toks) else None

    def take(expected=None):
        nonlocal i
        tok = toks[i]
        if expected is not None and tok != expected:
            raise SyntaxError(f'expected {expected!r}, got {tok!r}')
        i += 1
        return tok

    def fields():
        take('(')
        out = []
        while True:
            typ = take()
            mod = ''
            if peek() in ('?', '*'):
                mod = take()
            out.append((typ, mod, take()))
            if take() == ')':
                return out

    def attributes():
        if peek() == 'attributes':
            take()
            return fields()
        return []

    take('module')
    take()
    take('{')
    types = {}
    while peek() != '}':
        name = take()
        take('=')
        if peek() == '(':
            types[name] = ('product', fields(), attributes())
            continue
        ctors = []
        while True:
            ctor = take()
            ctors.append((ctor, fields() if peek() == '(' else []))
            if peek() != '|':
                break
            take('|')
        types[name] = ('sum', ctors, attributes())
    take('}')
    return types


def signature(name, fields):
    if not fields:
        return name
    return '%s(%s)' % (name, ', '.join(f'{t}{m} {n}' for t, m, n in fields))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', 'grammar', 'Python.asdl')
    with open(path, encoding='utf-8') as f:
        types = parse(f.read())
    errors = []

    def expect(what, got, want):
        if got != want:
            errors.append(f'{what}: asdl has {want!r}, ast module has {got!r}')

    def check_node(name, base, fields, attrs):
        cls = getattr(ast, name, None)
        if cls is None:
            errors.append(f'{name}: not in the ast module')
            return
        if base is not None:
            expect(f'{name} base', issubclass(cls, getattr(ast, base)), True)
        expect(f'{name}._fields', cls._fields, tuple(n for _, _, n in fields))
        expect(f'{name}._attributes', cls._attributes, tuple(n for _, _, n in attrs))
        expect(f'{name}.__doc__', cls.__doc__, signature(name, fields))
        for _, mod, fname in fields + attrs:
            expect(f'{name}.{fname} optional', getattr(cls, fname, ...) is None, mod == '?')

    declared = set()
    for tname, (kind, body, attrs) in types.items():
        declared.add(tname)
        if kind == 'product':
            check_node(tname, None, body, attrs)
            continue
        base = getattr(ast, tname, None)
        if base is None:
            errors.append(f'{tname}: not in the ast module')
            continue
        simple = all(not f for _, f in body) and not attrs
        joiner = ' | ' if simple else '\n' + ' ' * (len(tname) + 1) + '| '
        expect(f'{tname}.__doc__', base.__doc__,
               f'{tname} = ' + joiner.join(signature(c, f) for c, f in body))
        expect(f'{tname}._attributes', base._attributes, tuple(n for _, _, n in attrs))
        for ctor, ctor_fields in body:
            declared.add(ctor)
            check_node(ctor, tname, ctor_fields, attrs)

    # Every live node class must be declared; the deprecated aliases CPython keeps
    # for old code (Num, Str, Index, Suite, AugLoad, ...) are not in the ASDL.
    for name in dir(ast):
        cls = getattr(ast, name)
        if (isinstance(cls, type) and issubclass(cls, ast.AST) and cls is not ast.AST
                and not (cls.__doc__ or '').startswith('Deprecated') and name not in declared):
            errors.append(f'{name}: in the ast module but not in the asdl')

    for e in errors:
        print(e)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
