# SPDX-License-Identifier: Apache-2.0
"""Benchmark: how long a clerk waits for ``hanchot han`` (a fresh process each time).

    python bench/bench_cli.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

RUNS = 15
COMMANDS = {
    "python -c pass (the interpreter alone)": [sys.executable, "-c", "pass"],
    "hanchot han \"05 ngày làm việc\" --tu \"06/03/2026 16:00\"":
        [sys.executable, "-m", "hanchot", "han", "05 ngày làm việc", "--tu", "06/03/2026 16:00"],
    "hanchot ngay 16/02/2026": [sys.executable, "-m", "hanchot", "ngay", "16/02/2026"],
}


def main() -> int:
    for label, command in COMMANDS.items():
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=False)
            times.append(time.perf_counter() - start)
        print(f"{label}: median {statistics.median(times) * 1000:.0f} ms over {RUNS} runs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
