# Valid in the NoLambda language of no-lambda.ohm: functions have names.
def by_length(word):
    return len(word)

words = ["lambda", "is", "gone"]
print(sorted(words, key=by_length))
print([w.upper() for w in words if w != "lambda"])
