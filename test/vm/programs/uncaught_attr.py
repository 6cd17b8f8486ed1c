class Config:
    def __init__(self):
        self.verbose = True
cfg = Config()
print(cfg.verbose)
print(cfg.verbos)
