import collections
d = collections.OrderedDict(a=1)
d.move_to_end('zz')
