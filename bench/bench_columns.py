# SPDX-License-Identifier: Apache-2.0
"""Benchmark: a column of 1,000,000 dates, through pandas and polars, against polars' own
``add_business_days`` on the same column (given the calendar's weekday days off; it cannot know a
make-up Saturday, and this benchmark counts the rows where it is wrong).

    python bench/bench_columns.py
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import polars as pl
from timing import best

import hanchot
import hanchot.pandas
import hanchot.polars

ROWS = 1_000_000
CAL = hanchot.calendar()


def main() -> int:
    rng = np.random.default_rng(2026)
    first = np.datetime64("2020-01-01")
    span = (np.datetime64("2026-12-01") - first).astype(int)
    days = first + rng.integers(0, span, ROWS).astype("timedelta64[D]")
    series = pd.Series(days.astype("datetime64[s]"))
    frame = pl.DataFrame({"d": days.astype("datetime64[D]")}).with_columns(pl.col("d").cast(pl.Date))
    holidays = [d.date for d in CAL.days_off_between(date(2019, 12, 31), date(2027, 12, 31))
                if d.date.weekday() < 5]
    theirs_expr = pl.col("d").dt.add_business_days(5, holidays=holidays, roll="forward")

    timings = {
        "pandas: series.hanchot.add_working_days(5)": best(lambda: series.hanchot.add_working_days(5), 5),
        "pandas: series.hanchot.is_working_day()": best(series.hanchot.is_working_day, 5),
        "polars: pl.col('d').hanchot.add_working_days(5)":
            best(lambda: frame.select(pl.col("d").hanchot.add_working_days(5)), 5),
        "polars: pl.col('d').dt.add_business_days(5, holidays=…)": best(lambda: frame.select(theirs_expr), 5),
    }
    peer = timings["polars: pl.col('d').dt.add_business_days(5, holidays=…)"]
    for label, seconds in timings.items():
        print(f"{label}: {seconds * 1000:.0f} ms ({peer / seconds:.1f}× polars' add_business_days)")
    # where both count from a working day (polars rolls any other start forward first)
    working = frame.select(pl.col("d").hanchot.is_working_day())["d"].to_numpy()
    ours = frame.select(pl.col("d").hanchot.add_working_days(5))["d"].to_numpy()[working]
    theirs = frame.select(theirs_expr)["d"].to_numpy()[working]
    wrong = int((ours != theirs).sum())
    print(f"rows where add_business_days gives another day (it cannot know a make-up Saturday): "
          f"{wrong:,} of {working.sum():,} starts on a working day ({100 * wrong / working.sum():.1f}%)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
