def greet(name):
    print('Hello', nme)
greet('x')
