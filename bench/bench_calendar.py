# SPDX-License-Identifier: Apache-2.0
"""Benchmark: hanchot's calendar against its peers, on the same dates, in one run.

    python bench/bench_calendar.py            # prints a Markdown table of µs per call and ratios

Peers: the ``holidays`` package's Vietnam calendar (``get_nth_working_day``,
``get_working_days_count``), numpy's ``busday_offset`` / ``busday_count`` called
once per date (with hanchot's own days off, so all answer the same question),
and a naive day-by-day loop over a set of days off. Figures are reported as
ratios, which travel between machines better than microseconds.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from datetime import date, datetime, timedelta

import holidays
import numpy as np
from timing import best_per_call

import hanchot

SEED = 20261123


def import_time_ms(runs: int = 15) -> float:
    """Median wall time of ``import hanchot`` in a fresh interpreter, less a bare start."""

    def run(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - start

    bare = statistics.median(run("pass") for _ in range(runs))
    full = statistics.median(run("import hanchot") for _ in range(runs))
    return (full - bare) * 1000


def print_due_table(cal: hanchot.Calendar, starts: list[date]) -> None:
    """due(phrase, d) for a phrase asked again and again, against add_working_days on the same days."""
    phrase = "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ"
    moments = [datetime(d.year, d.month, d.day, 8 + i % 9, i % 60) for i, d in enumerate(starts)]
    plain = best_per_call(lambda: [cal.add_working_days(d, 5) for d in starts], len(starts))
    timed = (("due(phrase, date)", lambda: [hanchot.due(phrase, d) for d in starts]),
             ("due(phrase, datetime), acceptance times", lambda: [hanchot.due(phrase, m) for m in moments]),
             ("due(phrase, date).explain(), the account asked for too",
              lambda: [hanchot.due(phrase, d).explain() for d in starts[:400]]))
    print("\n| call, the same phrase each time | µs/call | × add_working_days(d, 5) |")
    print("|---|---:|---:|")
    print(f"| add_working_days(d, 5) | {plain:,.2f} | 1× |")
    for label, fn in timed:
        calls = 400 if "explain" in label else len(starts)
        us = best_per_call(fn, calls)
        print(f"| {label} | {us:,.2f} | {us / plain:,.0f}× |")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000, help="dates per measurement")
    args = parser.parse_args(argv)
    rng = random.Random(SEED)
    first, last = date(2010, 1, 1).toordinal(), date(2026, 10, 31).toordinal()
    starts = [date.fromordinal(rng.randint(first, last)) for _ in range(args.calls)]
    steps = [rng.randint(1, 20) for _ in range(args.calls)]  # TTHC limits: 1 to 20 working days
    ends = [d + timedelta(days=rng.randint(1, 60)) for d in starts]

    cal = hanchot.calendar()
    vn = holidays.VN(years=range(2009, 2028))
    off = {info.date for y in range(2009, 2028) for info in cal.holidays(y) if not info.is_working_day}
    busdays = cal.to_numpy()
    np_starts = [np.datetime64(d) for d in starts]
    np_ends = [np.datetime64(d) for d in ends]
    cal.add_working_days(starts[0], 1)  # build the tables before timing

    def naive_add(d: date, n: int) -> date:
        while n:
            d += timedelta(days=1)
            if d.weekday() < 5 and d not in off:
                n -= 1
        return d

    pairs = list(zip(starts, steps, strict=True))
    ones = [(d, 1) for d in starts]
    rows: list[tuple[str, str, float, float]] = []  # (operation, peer, peer µs, hanchot µs)
    for label, work in (("add_working_days, n = 1", ones), ("add_working_days, n = 1..20", pairs)):
        ours = best_per_call(lambda w=work: [cal.add_working_days(d, n) for d, n in w], len(work))
        rows.append((label, "holidays.VN get_nth_working_day",
                     best_per_call(lambda w=work: [vn.get_nth_working_day(d, n) for d, n in w],
                                   len(work), repeat=3), ours))
        rows.append((label, "numpy busday_offset (per call)",
                     best_per_call(lambda w=work: [np.busday_offset(np.datetime64(d), n, roll="forward",
                                                                    busdaycal=busdays) for d, n in w],
                                   len(work)), ours))
        rows.append((label, "naive day-by-day loop",
                     best_per_call(lambda w=work: [naive_add(d, n) for d, n in w], len(work)), ours))
    spans = list(zip(starts, ends, strict=True))
    ours = best_per_call(lambda: [cal.working_days_between(a, b) for a, b in spans], len(spans))
    rows.append(("working_days_between, spans of 1–60 days", "holidays.VN get_working_days_count",
                 best_per_call(lambda: [vn.get_working_days_count(a, b) for a, b in spans[:300]],
                               300, repeat=3), ours))
    rows.append(("working_days_between, spans of 1–60 days", "numpy busday_count (per call)",
                 best_per_call(lambda: [np.busday_count(a, b, busdaycal=busdays)
                                        for a, b in zip(np_starts, np_ends, strict=True)], len(spans)),
                 ours))
    year_spans = [(d, d + timedelta(days=rng.randint(200, 730))) for d in starts[:200]]
    ours_year = best_per_call(lambda: [cal.working_days_between(a, b) for a, b in year_spans], 200)
    rows.append(("working_days_between, spans of 200–730 days", "holidays.VN get_working_days_count",
                 best_per_call(lambda: [vn.get_working_days_count(a, b) for a, b in year_spans[:50]],
                               50, repeat=3), ours_year))
    long_a, long_b = date(2010, 1, 1), date(2026, 12, 31)
    ours_long = best_per_call(lambda: [cal.working_days_between(long_a, long_b) for _ in range(1000)], 1000)
    rows.append(("working_days_between, 2010-01-01 to 2026-12-31", "holidays.VN get_working_days_count",
                 best_per_call(lambda: vn.get_working_days_count(long_a, long_b), 1, repeat=3), ours_long))

    print(f"Python {sys.version.split()[0]}, holidays {holidays.__version__}, numpy {np.__version__}, "
          f"{args.calls} dates from 2010–2026, seed {SEED}\n")
    print("| operation | peer | peer µs/call | hanchot µs/call | hanchot is faster by |")
    print("|---|---|---:|---:|---:|")
    for label, peer, theirs, ours in rows:
        print(f"| {label} | {peer} | {theirs:,.2f} | {ours:,.3f} | {theirs / ours:,.0f}× |")
    print_due_table(cal, starts)
    print(f"\n`import hanchot`: {import_time_ms():.0f} ms (median of 15 fresh interpreters, "
          "less the interpreter's own start)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
