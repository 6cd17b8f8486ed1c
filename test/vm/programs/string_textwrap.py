import string, textwrap
print(string.ascii_letters, string.digits, string.punctuation, repr(string.whitespace), string.hexdigits, string.octdigits)
print(string.capwords('hello   world  foo'), string.ascii_uppercase)
t = string.Template('$who likes ${what} $$')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KE', e)
print(string.Formatter().format('{0} {x:>4}', 1, x=2), list(string.Formatter().parse('a{0}b{c!r:>3}')))
print(t.get_identifiers(), t.is_valid())
s = 'The quick brown fox jumps over the lazy dog. ' * 4
print(textwrap.wrap(s, 30))
print(textwrap.fill(s, width=40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.dedent('''\
    hello
      world
    end
'''))
print(textwrap.indent('a\nb\n\nc', '> '), textwrap.shorten('Hello  world, this is long', width=15))
print(textwrap.TextWrapper(width=10, break_long_words=True).wrap('supercalifragilistic word'))
print(textwrap.fill('a-b-c-d-e-f-g-h-i-j-k', 6))
