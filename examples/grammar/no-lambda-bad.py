# Not in the NoLambda language: pyc build --grammar no-lambda.ohm reports line 3.
words = ["lambda", "is", "gone"]
print(sorted(words, key=lambda w: len(w)))
