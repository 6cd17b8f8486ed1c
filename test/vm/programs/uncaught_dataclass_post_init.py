from dataclasses import dataclass
@dataclass
class P:
    x: int
    def __post_init__(self):
        if self.x < 0:
            raise ValueError(f'negative: {self.x}')
P(-1)
