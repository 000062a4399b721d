# SPDX-License-Identifier: Apache-2.0
"""The one way the benchmarks time a piece of work: the best of a few runs, on the same clock."""

from __future__ import annotations

import time
from collections.abc import Callable


def best(fn: Callable[[], object], times: int = 3) -> float:
    """The best of ``times`` runs of ``fn``, in seconds (the least disturbed by the rest of the machine)."""
    found = []
    for _ in range(times):
        start = time.perf_counter()
        fn()
        found.append(time.perf_counter() - start)
    return min(found)


def best_per_call(fn: Callable[[], object], calls: int, repeat: int = 5) -> float:
    """Best of ``repeat`` runs of ``fn`` (which makes ``calls`` calls), in µs per call."""
    return best(fn, repeat) / calls * 1e6
