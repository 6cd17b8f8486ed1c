class Temperature:
    def __init__(self, k):
        self.k = k
    @property
    def celsius(self):
        return self.k - 273.15
    @property
    def broken(self):
        return self.celsius + self.missing

t = Temperature(300)
print(round(t.celsius, 2))
print(t.broken)
