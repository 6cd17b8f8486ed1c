import json
print(sorted([3, 1, 2], key=lambda v: 1 / (v - 2)))
