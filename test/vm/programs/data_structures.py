class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, next=None):
        self.val, self.next = val, next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        for x in reversed(list(items)):
            self.head = Node(x, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "empty"

ll = LinkedList([1, 2, 3, 4]); print(ll); ll.reverse(); print(ll, list(ll), LinkedList())

class BST:
    def __init__(self): self.root = None
    def insert(self, k):
        def ins(n):
            if n is None: return [k, None, None]
            if k < n[0]: n[1] = ins(n[1])
            elif k > n[0]: n[2] = ins(n[2])
            return n
        self.root = ins(self.root)
    def inorder(self):
        out = []
        def walk(n):
            if n:
                walk(n[1]); out.append(n[0]); walk(n[2])
        walk(self.root)
        return out
    def height(self, n="root"):
        if n == "root": n = self.root
        return 0 if n is None else 1 + max(self.height(n[1]), self.height(n[2]))

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(t.inorder(), t.height())

class Trie:
    def __init__(self): self.root = {}
    def add(self, w):
        n = self.root
        for ch in w: n = n.setdefault(ch, {})
        n["$"] = True
    def starts(self, p):
        n = self.root
        for ch in p:
            if ch not in n: return []
            n = n[ch]
        out = []
        def collect(n, acc):
            for k, v in sorted(n.items()):
                if k == "$": out.append(p + acc)
                else: collect(v, acc + k)
        collect(n, "")
        return out
tr = Trie()
for w in ["car", "card", "care", "cat", "dog", "do"]:
    tr.add(w)
print(tr.starts("car"), tr.starts("d"), tr.starts("x"))

class LRU:
    def __init__(self, cap):
        self.cap, self.d = cap, {}
    def get(self, k):
        if k not in self.d: return -1
        v = self.d.pop(k); self.d[k] = v; return v
    def put(self, k, v):
        self.d.pop(k, None); self.d[k] = v
        if len(self.d) > self.cap: del self.d[next(iter(self.d))]
c = LRU(2); c.put(1, 1); c.put(2, 2); print(c.get(1)); c.put(3, 3); print(c.get(2), c.get(3), list(c.d))

class Matrix:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, col)) for col in zip(*o.rows)] for r in self.rows])
    def __eq__(self, o): return self.rows == o.rows
    def __repr__(self): return f"Matrix({self.rows})"
    def __pow__(self, n):
        r = Matrix([[int(i == j) for j in range(len(self.rows))] for i in range(len(self.rows))])
        for _ in range(n): r = r @ self
        return r
f = Matrix([[1, 1], [1, 0]])
print(f ** 10, (f @ f) == f ** 2)
