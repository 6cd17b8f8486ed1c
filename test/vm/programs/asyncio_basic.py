import asyncio

async def fetch(i, delay):
    await asyncio.sleep(delay)
    return i * 10

async def main():
    results = await asyncio.gather(fetch(1, 0.02), fetch(2, 0.01), fetch(3, 0))
    print(results)
    t = asyncio.create_task(fetch(5, 0))
    print(await t)
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
        await q.put(None)
    async def consumer():
        out = []
        while (item := await q.get()) is not None:
            out.append(item)
        return out
    _, got = await asyncio.gather(producer(), consumer())
    print(got)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timeout")

asyncio.run(main())
