def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = (x + dx, y + dy)
                    counts[k] = counts.get(k, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}

def show(cells, w=10, h=8):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(w)) for y in range(h))

glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
g = glider
for i in range(4):
    g = step(g)
print(show(g))
print(sorted(g))
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)
