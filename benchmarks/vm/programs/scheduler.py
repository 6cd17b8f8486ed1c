"""A Richards-like operating-system simulation (written for this benchmark set, after the shape
of Martin Richards' benchmark): a scheduler picks the highest-priority runnable task; an idle
task releases two device tasks in turn, workers fill packets and queue them to handlers, which
pass them to devices and back. Linked lists of packets, state flags, polymorphic run() methods
and many small attribute reads and writes. Size: idle-task iterations."""
import sys

DEFAULT_SIZE = 50_000

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.count = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.waiting = queue is None
        sched.tasks[ident] = self

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take(self):
        p = self.queue
        if p is not None:
            self.queue = p.link
            self.waiting = False
        return p

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, IDLE, 0, None)
        self.waiting = False
        self.seed = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.sched.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, WORKER, 1000, queue)
        self.dest = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.sched.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.dest = self.dest
        packet.count = 0
        for i in range(4):
            self.letter = self.letter + 1 if self.letter < 26 else 1
            packet.data[i] = self.letter
        return self.sched.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, queue):
        Task.__init__(self, sched, ident, 2000 + ident, queue)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            if work.count < 4:
                dev = self.devices
                if dev is not None:
                    self.devices = dev.link
                    dev.count = work.data[work.count]
                    work.count += 1
                    return self.sched.queue_packet(dev)
            else:
                self.work = work.link
                return self.sched.queue_packet(work)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident):
        Task.__init__(self, sched, ident, 4000 + ident, None)
        self.pending = None

    def run(self, packet):
        if packet is None:
            p = self.pending
            if p is None:
                return self.sched.wait()
            self.pending = None
            return self.sched.queue_packet(p)
        self.pending = packet
        self.sched.output += packet.count
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.current = None
        self.queue_count = 0
        self.hold_count = 0
        self.output = 0

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        return t if t.priority > self.current.priority else self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return None

    def wait(self):
        self.current.waiting = True
        return self.current

    def queue_packet(self, packet):
        t = self.tasks[packet.dest]
        self.queue_count += 1
        packet.link = None
        packet.dest = self.current.ident
        was_empty = t.queue is None
        t.queue = packet.append_to(t.queue)
        if was_empty and t.waiting:
            t.waiting = False
            if t.priority > self.current.priority:
                return t
        return self.current

    def schedule(self):
        order = sorted(self.tasks, key=lambda t: -t.priority)
        while True:
            for t in order:
                if t.runnable():
                    break
            else:
                return
            self.current = t
            while t is not None and t.runnable():
                self.current = t
                nxt = t.run(t.take() if t.waiting or t.queue is not None else None)
                t = nxt


def main(count):
    total = 0
    for rnd in range(3):
        s = Scheduler()
        IdleTask(s, count)
        wq = Packet(None, WORKER, KIND_WORK)
        wq = Packet(wq, WORKER, KIND_WORK)
        WorkerTask(s, wq)
        for ident, dev in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
            q = Packet(None, dev, KIND_DEVICE)
            q = Packet(q, dev, KIND_DEVICE)
            q = Packet(q, dev, KIND_DEVICE)
            HandlerTask(s, ident, q)
        DeviceTask(s, DEVICE_A)
        DeviceTask(s, DEVICE_B)
        s.schedule()
        total += s.queue_count + s.hold_count + s.output
        print(rnd, s.queue_count, s.hold_count, s.output)
    print(total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
