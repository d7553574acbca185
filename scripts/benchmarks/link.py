"""A network link between two processes on one machine: a TCP proxy, in a process of its
own, that passes bytes each way at `rate` bytes/s and `latency` s later.

A sync between two machines pays for the link as well as for the work at both ends; on
127.0.0.1 the link is free, so the sync bench also runs a push through one of these.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

from benchmarks.common import free_port

CHUNK = 64 * 1024


async def _carry(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, rate: float,
                 latency: float) -> None:
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue = asyncio.Queue()

    async def deliver() -> None:
        while True:
            due, data = await queue.get()
            if data is None:
                writer.close()
                return
            if (wait := due - loop.time()) > 0:
                await asyncio.sleep(wait)
            writer.write(data)
            try:
                await writer.drain()
            except ConnectionError:
                return

    delivering = asyncio.create_task(deliver())
    link_free = 0.0  # when the link has sent what it was given so far
    try:
        while data := await reader.read(CHUNK):
            link_free = max(link_free, loop.time()) + len(data) / rate
            await queue.put((link_free + latency, data))
    except ConnectionError:
        pass
    await queue.put((0.0, None))
    await delivering


async def _serve(port: int, target: int, rate: float, latency: float) -> None:
    async def connect(reader, writer) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", target)
        await asyncio.gather(_carry(reader, up_writer, rate, latency),
                             _carry(up_reader, writer, rate, latency))

    server = await asyncio.start_server(connect, "127.0.0.1", port)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


class Link:
    """`with Link(target_port, rate, latency) as url:` a URL that reaches the target over the link."""

    def __init__(self, target_port: int, rate: float, latency: float):
        self.port = free_port()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.link", str(self.port), str(target_port), str(rate),
             str(latency)], stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[1])
        if self.process.stdout.readline().strip() != "ready":
            raise RuntimeError("the link proxy did not start")

    def __enter__(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc) -> None:
        self.process.terminate()
        self.process.wait(10)


if __name__ == "__main__":
    port, target, rate, latency = sys.argv[1:5]
    asyncio.run(_serve(int(port), int(target), float(rate), float(latency)))
