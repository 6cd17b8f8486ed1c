from pkgdemo import util
def lookup(d):
    return util.fail(d)
print(lookup({"missing": 1}))
print(lookup({"present": 2}))
