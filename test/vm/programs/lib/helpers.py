"""Helper module imported by several programs."""

CONSTANT = 42


def divide(a, b):
    return a / b


def parse_record(line):
    name, age = line.split(",")
    return {"name": name.strip(), "age": int(age)}


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)
