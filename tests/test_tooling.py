# SPDX-License-Identifier: Apache-2.0
"""The code stays typed and tidy: mypy --strict on src/, ruff on everything."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_mypy_strict_on_src() -> None:
    result = _run("mypy", "--strict", "src/hanchot")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff() -> None:
    result = _run("ruff", "check", "src", "tests", "tools", "bench", "examples")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_batch_benchmark_runs(tmp_path: Path) -> None:
    """The benchmark that publishes the batch figures runs (a small size here; the docs say how to run it)."""
    done = subprocess.run([sys.executable, "bench/bench_batch.py", "--rows", "3000", "--table-rows", "2000",
                           "--dir", str(tmp_path)], capture_output=True, text=True, check=False, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "× the I/O floor" in done.stdout and "process_table on Polars, 2,000 rows" in done.stdout
