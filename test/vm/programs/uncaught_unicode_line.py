données = {"clé": 1}
print(données["clé"])
x = données["café"] + 1  # ☕
