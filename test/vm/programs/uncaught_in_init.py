class Config:
    def __init__(self, values):
        self.port = int(values["port"])
        self.host = values["host"]

cfg = Config({"port": "80"})
