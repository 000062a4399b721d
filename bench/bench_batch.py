# SPDX-License-Identifier: Apache-2.0
"""Benchmark: dossiers at city scale, Ho Chi Minh City's 5,330,464 of Q1/2022.

    python bench/bench_batch.py [--rows 5330464] [--dir /tmp/hanchot-bench]

1. The due-date kernel, vectorised over the calendar's tables, against numpy's
   ``busday_offset`` on the same receipt dates (numpy cannot express make-up
   Saturdays; it gets hanchot's days off as holidays).
2. The whole CSV → CSV run of the synthetic dossiers this script writes, in a child
   process: wall time and peak memory, and the same for a tenth of the rows, to
   show that memory does not grow with the file.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

import hanchot
from hanchot.batch.kernel import add_working_days_array

SEED = 2022
PHRASES = (["05 ngày làm việc"] * 40 + ["03 ngày làm việc"] * 20 + ["10 ngày làm việc"] * 15
           + ["15 ngày làm việc"] * 10 + ["01 ngày làm việc"] * 5 + ["20 ngày làm việc"] * 4
           + ["trong ngày", "04 giờ làm việc", "15 ngày", "trước ngày 30/6/2022", "trong quý II/2022",
              "chậm nhất ngày 31/3/2022"])


def write_dossiers(path: Path, rows: int) -> None:
    """Synthetic dossiers received in Q1/2022 (about 1 in 1,000 malformed on purpose)."""
    rng = random.Random(SEED)
    first = date(2022, 1, 1).toordinal()
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["ma_ho_so", "ngay_nhan", "ngay_nop", "thoi_han", "ngay_nhan_du", "ngay_tra"])
        for i in range(rows):
            day = date.fromordinal(first + rng.randrange(90))
            accepted = datetime(day.year, day.month, day.day, rng.randrange(7, 18), rng.randrange(60))
            online = rng.random() < 0.3
            submitted = (accepted - timedelta(hours=rng.randrange(1, 30))).isoformat(timespec="minutes") \
                if online else ""
            returned = (accepted + timedelta(days=rng.randrange(0, 20))).date().isoformat() \
                if rng.random() < 0.98 else ""
            accepted_text = accepted.isoformat(timespec="minutes")
            if rng.random() < 0.001:
                accepted_text = "31/02/2022"
            writer.writerow([f"HCM-{i:08d}", accepted_text, submitted, rng.choice(PHRASES), "", returned])


def kernel(rows: int) -> tuple[float, float]:
    """Seconds for hanchot's kernel and numpy.busday_offset on the same receipt dates."""
    rng = np.random.default_rng(SEED)
    starts = (np.datetime64("2022-01-01") + rng.integers(0, 90, rows)).astype("datetime64[D]")
    cal = hanchot.calendar()
    busdays = cal.to_numpy()
    add_working_days_array(cal, starts[:10], 5)  # build the arrays before timing

    def best(fn: object) -> float:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            fn()  # type: ignore[operator]
            times.append(time.perf_counter() - start)
        return min(times)

    ours = best(lambda: add_working_days_array(cal, starts, 5))
    theirs = best(lambda: np.busday_offset(starts, 5, roll="forward", busdaycal=busdays))
    return ours, theirs


def run_csv(src: Path, dst: Path) -> tuple[float, float, dict[str, object]]:
    """Wall seconds of a child process that runs process_csv on ``src``, and the child's own peak MiB.

    The child reports its own peak, ``VmHWM`` of its own address space: Linux carries a forking
    parent's peak into the child's ``ru_maxrss`` across exec, so ``getrusage`` would count the
    benchmark's arrays in.
    """
    code = (
        "import json, re, hanchot.batch as b; from datetime import date; from pathlib import Path; "
        f"s = b.process_csv({str(src)!r}, {str(dst)!r}, as_of=date(2022, 4, 30), progress=True); "
        "hwm = re.search(r'VmHWM:\\s+(\\d+)', Path('/proc/self/status').read_text()); "
        "print(json.dumps({'summary': s.as_dict(), 'peak': int(hwm.group(1))}))"
    )
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    report = json.loads(done.stdout)
    return seconds, report["peak"] / 1024, report["summary"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5_330_464)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/hanchot-bench"))
    args = parser.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)

    ours, theirs = kernel(args.rows)
    print(f"kernel, {args.rows:,} receipt dates, n = 5: hanchot {ours * 1000:.0f} ms, "
          f"numpy.busday_offset {theirs * 1000:.0f} ms: hanchot {theirs / ours:.1f}× faster")

    small_rows = max(args.rows // 10, 1)
    for rows in (small_rows, args.rows):
        src = args.dir / f"dossiers-{rows}.csv"
        if not src.exists():
            start = time.perf_counter()
            write_dossiers(src, rows)
            print(f"wrote {rows:,} synthetic dossiers in {time.perf_counter() - start:.0f} s "
                  f"({src.stat().st_size / 2**20:.0f} MiB)")
        seconds, peak, summary = run_csv(src, args.dir / f"out-{rows}.csv")
        print(f"CSV → CSV, {rows:,} dossiers: {seconds:.1f} s ({rows / seconds:,.0f} rows/s), "
              f"peak memory {peak:.0f} MiB; on time {summary['on_time_rate']}%, "
              f"errors {summary['by_status']['loi']:,}")  # type: ignore[index]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
