def connect(host, port, *, timeout=5):
    return host, port, timeout
print(connect('a', 1))
class Service:
    def start(self, name):
        return name
Service().start()
