def shout(s):
    return s.upper() + "!"

def fail(x):
    return x["missing"]
