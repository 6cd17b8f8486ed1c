import asyncio

async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)

async def worker(name, lock, shared, ev):
    await ev.wait()
    for _ in range(3):
        async with lock:
            v = shared["n"]
            await asyncio.sleep(0)
            shared["n"] = v + 1
    return name

async def failing():
    await asyncio.sleep(0)
    raise ValueError("task failed")

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise

async def main():
    print([i async for i in ticker(4)])
    lock, ev, shared = asyncio.Lock(), asyncio.Event(), {"n": 0}
    tasks = [asyncio.create_task(worker(f"w{i}", lock, shared, ev)) for i in range(3)]
    ev.set()
    print(await asyncio.gather(*tasks), shared)
    r = await asyncio.gather(failing(), asyncio.sleep(0, "ok"), return_exceptions=True)
    print(r)
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            tg.create_task(asyncio.sleep(0.01))
    except* ValueError as eg:
        print("taskgroup:", eg.exceptions)
    sem = asyncio.Semaphore(2)
    active, peak = 0, 0
    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.001)
            active -= 1
            return i * i
    print(await asyncio.gather(*(limited(i) for i in range(6))), "peak", peak)
    done = []
    for coro in asyncio.as_completed([asyncio.sleep(0.02, "b"), asyncio.sleep(0.01, "a")]):
        done.append(await coro)
    print(done)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print(await fut, asyncio.iscoroutinefunction(main), asyncio.current_task().get_name().startswith("Task"))
    return "finished"

print(asyncio.run(main()))
