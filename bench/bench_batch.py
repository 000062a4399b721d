# SPDX-License-Identifier: Apache-2.0
"""Benchmark: dossiers at city scale, Ho Chi Minh City's 5,330,464 of Q1/2022.

    python bench/bench_batch.py [--rows 5330464] [--table-rows 1000000] [--dir /tmp/hanchot-bench]

1. The due-date kernel, vectorised over the calendar's tables, against numpy's
   ``busday_offset`` on the same receipt dates (numpy cannot express make-up
   Saturdays; it gets hanchot's days off as holidays).
2. The I/O floor: pyarrow reading the file this script writes and writing it back, in
   a child process, streamed; then hanchot's CSV → CSV run of the same file in a child
   process. Wall time and each child's own peak memory; the ratio of the two times.
   The same for a tenth of the rows, to show that memory does not grow with the file.
3. ``process_table`` on a Polars DataFrame of the first ``--table-rows`` rows against
   Polars writing that frame (and the frame it returns) to CSV: best of three each.
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
from timing import best

import hanchot
from hanchot.columns.kernel import add_working_days_array

SEED = 2022
COLUMNS = ["ma_ho_so", "ngay_nhan", "ngay_nop", "thoi_han", "ngay_nhan_du", "ngay_tra"]
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
        writer.writerow(COLUMNS)
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

    ours = best(lambda: add_working_days_array(cal, starts, 5))
    theirs = best(lambda: np.busday_offset(starts, 5, roll="forward", busdaycal=busdays))
    return ours, theirs


def _child(code: str) -> tuple[float, float, dict[str, object]]:
    """Wall seconds of a child process running ``code``, its own peak MiB, and what it printed (JSON)."""
    code += ("; import re as _re; from pathlib import Path as _P; "
             "_hwm = _re.search(r'VmHWM:\\s+(\\d+)', _P('/proc/self/status').read_text()); "
             "print(json.dumps({'report': report, 'peak': int(_hwm.group(1))}))")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    out = json.loads(done.stdout)
    return seconds, out["peak"] / 1024, out["report"]


def io_floor(src: Path, dst: Path) -> tuple[float, float]:
    """pyarrow reading ``src`` as text and writing it to ``dst``, streamed: the I/O floor."""
    seconds, peak, _ = _child(
        "import json, pyarrow as pa, pyarrow.csv as c; "
        f"r = c.open_csv({str(src)!r}, convert_options=c.ConvertOptions(column_types="
        f"dict.fromkeys({COLUMNS!r}, pa.string()))); "
        f"w = c.CSVWriter({str(dst)!r}, r.schema); "
        "[w.write_batch(b) for b in r]; w.close(); report = {}")
    return seconds, peak


def run_csv(src: Path, dst: Path) -> tuple[float, float, dict[str, object]]:
    """Wall seconds of a child process that runs process_file on ``src``, its own peak MiB, the summary.

    The child reports its own peak, ``VmHWM`` of its own address space: Linux carries a forking
    parent's peak into the child's ``ru_maxrss`` across exec, so ``getrusage`` would count the
    benchmark's arrays in.
    """
    return _child(
        "import json, hanchot.batch as b; from datetime import date; "
        f"report = b.process_file({str(src)!r}, {str(dst)!r}, as_of=date(2022, 4, 30), "
        "progress=True).as_dict()")


def tables(src: Path, rows: int) -> tuple[float, float, float]:
    """Seconds: process_table on a Polars frame of ``rows`` dossiers; Polars writing it, and the result."""
    import polars as pl  # noqa: PLC0415 (the benchmark's own extra)

    from hanchot.batch import process_table  # noqa: PLC0415

    frame = pl.read_csv(src, n_rows=rows, infer_schema=False)
    process_table(frame.head(100), as_of=date(2022, 4, 30))  # imports and tables, before timing
    ours = best(lambda: process_table(frame, as_of=date(2022, 4, 30)))
    result = process_table(frame, as_of=date(2022, 4, 30))
    target = src.parent / "polars-out.csv"
    return ours, best(lambda: frame.write_csv(target)), best(lambda: result.write_csv(target))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5_330_464)
    parser.add_argument("--table-rows", type=int, default=1_000_000)
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
        floor, floor_peak = io_floor(src, args.dir / f"floor-{rows}.csv")
        seconds, peak, summary = run_csv(src, args.dir / f"out-{rows}.csv")
        print(f"CSV → CSV, {rows:,} dossiers: hanchot {seconds:.1f} s ({rows / seconds:,.0f} rows/s), "
              f"peak {peak:.0f} MiB; pyarrow read + write {floor:.1f} s, peak {floor_peak:.0f} MiB: "
              f"{seconds / floor:.1f}× the I/O floor; on time {summary['on_time_rate']}% (received), "
              f"{summary['on_time_rate_settled']}% (settled), errors {summary['by_status']['loi']:,}")  # type: ignore[index]

    src = args.dir / f"dossiers-{args.rows}.csv"
    ours, write_in, write_out = tables(src, min(args.table_rows, args.rows))
    print(f"process_table on Polars, {min(args.table_rows, args.rows):,} rows: {ours:.2f} s; Polars writes "
          f"the frame in {write_in:.2f} s ({ours / write_in:.1f}×) and the result in {write_out:.2f} s "
          f"({ours / write_out:.1f}×) (best of 3 each)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
