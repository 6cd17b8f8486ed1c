"""Dicts and strs: build a deterministic text, count words (dict get/set, setdefault,
collections-free), split/join/replace/upper/startswith, %-, format- and f-string formatting,
sorting dict items, str concatenation and slicing. Size: rounds of text generation."""
import sys

DEFAULT_SIZE = 240

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "qua", "ish"]


def make_words(n):
    words = []
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        k = 1 + x % 3
        w = ""
        y = x
        for _ in range(k):
            w += SYLLABLES[y % len(SYLLABLES)]
            y //= 12
        words.append(w)
    return words


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            word = word.strip(".,").lower()
            counts[word] = counts.get(word, 0) + 1
    return counts


def index_by_prefix(counts):
    index = {}
    for word, n in counts.items():
        index.setdefault(word[:2], []).append((n, word))
    return index


def render(counts):
    out = []
    for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:50]:
        out.append("%-10s %5d" % (word, n))
        out.append("{:>12}|{:<6}".format(word.upper(), n))
        out.append(f"{word!r}:{n:04d}:{len(word)}")
    return "\n".join(out)


def main(rounds):
    total = 0
    digest = 0
    for r in range(rounds):
        words = make_words(2000)
        lines = [" ".join(words[i:i + 12]) + ("." if i % 24 else ",") for i in range(0, len(words), 12)]
        text = "\n".join(lines)
        text = text.replace("qua", "QUA") if r % 2 else text
        counts = count_words(text)
        index = index_by_prefix(counts)
        rendered = render(counts)
        total += len(counts) + len(index) + len(rendered)
        for key in sorted(index):
            digest = (digest * 31 + len(index[key]) + sum(n for n, _ in index[key])) % 1_000_000_007
        parts = rendered.split("|")
        digest = (digest + len(parts) + sum(1 for p in parts if p.startswith(" "))) % 1_000_000_007
    print(total, digest)


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
