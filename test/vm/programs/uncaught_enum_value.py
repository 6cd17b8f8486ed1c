import enum
class C(enum.Enum):
    A = 1
C(5)
