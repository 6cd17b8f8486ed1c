try:
    1 / 0
except ZeroDivisionError as e:
    e.add_note("while computing the ratio")
    e.add_note("inputs were: 1, 0")
    raise
