# SPDX-License-Identifier: Apache-2.0
"""Benchmark: the HTTP service under load, on a loopback port: 10,000 requests from 8 concurrent clients
over every address (one in five a bad date, answered 400), the latencies' median and 99th percentile,
against the floor of a /v1/health request that computes nothing.

    python bench/bench_server.py
"""

from __future__ import annotations

import socket
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import uvicorn

from hanchot.server.app import create_app

REQUESTS = 10_000
CLIENTS = 8
PATHS = ["/v1/day/2026-02-16", "/v1/due?phrase=05%20ng%C3%A0y%20l%C3%A0m%20vi%E1%BB%87c&start=2026-02-11",
         "/v1/count?from=2026-01-01&to=2026-12-31", "/v1/calendar/2026", "/v1/day/2026-02-30"]


def _load(base: str, paths: list[str]) -> tuple[list[float], int]:
    def ask(i: int) -> tuple[int, float]:
        began = time.perf_counter()
        status = client.get(paths[i % len(paths)]).status_code
        return status, time.perf_counter() - began

    with httpx.Client(base_url=base, limits=httpx.Limits(max_connections=CLIENTS)) as client, \
            ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        started = time.perf_counter()
        results = list(pool.map(ask, range(REQUESTS)))
        elapsed = time.perf_counter() - started
    server_errors = sum(1 for status, _ in results if status >= 500)
    print(f"  {REQUESTS:,} requests in {elapsed:.1f} s ({REQUESTS / elapsed:,.0f} a second), "
          f"5xx: {server_errors}")
    return sorted(seconds for _, seconds in results), server_errors


def main() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    base = f"http://127.0.0.1:{sock.getsockname()[1]}"
    server = uvicorn.Server(uvicorn.Config(create_app(), log_level="warning", lifespan="off"))
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    for label, paths in (("every address", PATHS), ("floor: /v1/health", ["/v1/health"])):
        print(label)
        times, _ = _load(base, paths)
        p99 = times[int(0.99 * len(times))]
        print(f"  median {statistics.median(times) * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms")
    server.should_exit = True
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
