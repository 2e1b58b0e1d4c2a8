#!/usr/bin/env python3
"""A TCP relay on 127.0.0.1 that delays every byte by a fixed time in each direction, so a
server on this machine answers as if it were across the internet (bench/README.md, "over the
real network"). Handshakes (TCP, TLS) pay the round trip too, as they do for real users.

Usage: bench/latency_relay.py --target 127.0.0.1:PORT --delay-ms 50 [--port 0]
Prints "listening on 127.0.0.1:PORT" once ready; runs until killed.
"""
import argparse
import asyncio
import time


TRACE = None  # a file: one line per chunk read ("seconds connection direction bytes"), --trace
START = time.monotonic()


def trace(connection, direction, size):
    if TRACE:
        TRACE.write(f"{time.monotonic() - START:.4f} {connection} {direction} {size}\n")


async def pump(reader, writer, delay, connection=0, direction=">"):
    """Copies reader to writer, each chunk delivered `delay` seconds after it was read, in order."""
    queue = asyncio.Queue()

    async def deliver():
        while True:
            due, data = await queue.get()
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            if data is None:
                if writer.can_write_eof():
                    writer.write_eof()
                return
            writer.write(data)
            await writer.drain()

    delivery = asyncio.ensure_future(deliver())
    try:
        while True:
            data = await reader.read(65536)
            trace(connection, direction, len(data))
            queue.put_nowait((time.monotonic() + delay, data or None))
            if not data:
                break
        await delivery
    except (ConnectionError, asyncio.CancelledError):
        delivery.cancel()
    finally:
        try:
            writer.close()
        except Exception:
            pass


async def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--target", required=True, help="host:port of the real server (loopback)")
    parser.add_argument("--delay-ms", type=float, default=50.0, help="one-way delay")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--trace", help="write every chunk's time, connection, direction, size here")
    args = parser.parse_args()
    global TRACE
    if args.trace:
        TRACE = open(args.trace, "w", buffering=1)
    host, port = args.target.rsplit(":", 1)
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("latency_relay: the target must be on this machine (loopback)")
    delay = args.delay_ms / 1000.0

    connections = 0

    async def handle(client_reader, client_writer):
        nonlocal connections
        connections += 1
        connection = connections
        trace(connection, "accept", 0)
        try:
            server_reader, server_writer = await asyncio.open_connection(host, int(port))
        except OSError:
            client_writer.close()
            return
        # The TCP handshake's round trip, which loopback skips: nothing the client sends
        # arrives sooner than it would over a real connection.
        await asyncio.sleep(2 * delay)
        await asyncio.gather(pump(client_reader, server_writer, delay, connection, ">"),
                             pump(server_reader, client_writer, delay, connection, "<"),
                             return_exceptions=True)

    server = await asyncio.start_server(handle, "127.0.0.1", args.port)
    print(f"listening on 127.0.0.1:{server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
