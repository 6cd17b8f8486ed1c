class Config:
    debug = True
    level = int("three") if debug else 0
