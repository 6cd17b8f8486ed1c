x = 'global x'
def outer():
    x = 'outer x'
    def inner():
        return x
    def shadow():
        x = 'shadow x'
        return x
    return inner(), shadow(), x
print(outer())
def counter_factory():
    counts = {'n': 0}
    def bump():
        counts['n'] += 1
        return counts['n']
    return bump
b = counter_factory(); b(); b(); print(b())
def make_accumulators():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    def get():
        return total
    return add, get
add, get = make_accumulators(); add(5); add(7); print(get())
class Scope:
    y = 10
    z = [y * i for i in range(3)] if False else None
    def method(self):
        return self.y
print(Scope().method(), Scope.y)
def late_binding():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(late_binding())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3()
        return l2()
    return l1()
print(deep())
counter = 0
def incr():
    global counter
    counter += 1
for _ in range(5): incr()
print(counter)
def f_with_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(f_with_del())
def uses_before_assign():
    try:
        print(w)
        w = 5
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
uses_before_assign()
def cell_in_loop():
    out = []
    for i in range(3):
        out.append(lambda i=i: i * 10)
    return [g() for g in out]
print(cell_in_loop())
gen_x = 5
print([gen_x + j for j in range(3)], list(gen_x * k for k in range(2)))
