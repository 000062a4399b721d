# SPDX-License-Identifier: Apache-2.0
"""Columns of dates: the vectorised functions are the scalar ones, element by element (numpy, pandas,
polars), with nulls where the scalar function would refuse, and its very error under strict=True."""

from __future__ import annotations

from datetime import date, datetime

import numpy as np
import pandas as pd
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hanchot
import hanchot.pandas
import hanchot.polars
from hanchot.columns import add_working_days, due, is_working_day, working_days_between
from hanchot.errors import HanchotError, NotAnnouncedError, OutOfCoverageError

CIVIL = hanchot.calendar()
CALENDARS = [CIVIL, hanchot.calendar("labor_code"), hanchot.calendar(strict=True)]
# dates across coverage's edges (2000–2100), the official years and the projected ones, and NaT
DAYS = st.one_of(st.dates(date(1998, 12, 1), date(2031, 1, 31)),
                 st.dates(date(2100, 11, 1), date(2101, 2, 1)), st.none())


def _array(days: list[date | None]) -> np.ndarray:
    return np.array([np.datetime64("NaT") if d is None else np.datetime64(d) for d in days],
                    dtype="datetime64[D]")


def _scalar(ask: object) -> tuple[str, object]:
    """What the scalar function answers, or the error code it raises."""
    try:
        return "ok", ask()  # type: ignore[operator]
    except HanchotError as error:
        return "error", error.code


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(DAYS, DAYS, st.integers(-400, 400)), min_size=1, max_size=30),
       st.sampled_from(CALENDARS), st.booleans())
def test_each_element_is_the_scalar_answer(rows: list[tuple[date | None, date | None, int]],
                                           cal: hanchot.Calendar, strict: bool) -> None:
    a = _array([r[0] for r in rows])
    b = _array([r[1] for r in rows])
    n = np.array([r[2] for r in rows])
    checks = [
        (lambda: is_working_day(a, calendar=cal, strict=strict),
         lambda i: cal.is_working_day(rows[i][0])),
        (lambda: add_working_days(a, n, calendar=cal, strict=strict),
         lambda i: cal.add_working_days(rows[i][0], rows[i][2])),
        (lambda: working_days_between(a, b, calendar=cal, strict=strict),
         lambda i: cal.working_days_between(rows[i][0], rows[i][1])),
    ]
    for vectorised, scalar in checks:
        answers = [_scalar(lambda i=i, scalar=scalar: scalar(i)) for i in range(len(rows))]
        # with strict=True the first refusal is raised; without, only a strict calendar's refusal of a
        # year not yet announced (elsewhere a refusal is a missing answer)
        raised = [code for kind, code in answers
                  if kind == "error" and (strict or code in ("not_announced", "not_accepted"))]
        outcome = _scalar(vectorised)
        if raised:
            assert outcome == ("error", raised[0]), answers
            continue
        assert outcome[0] == "ok", outcome
        got = outcome[1]
        for i, (kind, value) in enumerate(answers):
            element = got[i]
            if kind == "error":
                assert element is np.ma.masked or (isinstance(element, np.datetime64) and np.isnat(element))
            elif isinstance(value, date):
                assert element == np.datetime64(value), (i, rows[i])
            else:
                assert element == value, (i, rows[i])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.dates(date(2010, 1, 1), date(2027, 12, 31)), min_size=1, max_size=20),
       st.sampled_from(["05 ngày làm việc", "15 ngày", "trước ngày 25 hằng tháng", "trong quý III",
                        "03 tháng", "chậm nhất ngày 29 tháng Chạp",
                        "10 ngày làm việc kể từ ngày 20/01/2026"]))
def test_due_is_due_for_each_start(starts: list[date], phrase: str) -> None:
    got = due(phrase, _array(starts))  # type: ignore[arg-type]
    assert got.tolist() == [hanchot.due(phrase, s).due_date for s in starts]


@settings(max_examples=80, deadline=None)
@given(st.lists(DAYS, min_size=1, max_size=12),
       st.sampled_from(["05 ngày làm việc", "trong quý III", "15 ngày"]), st.sampled_from(CALENDARS),
       st.booleans())
def test_due_refuses_or_leaves_missing_as_the_scalar_says(starts: list[date | None], phrase: str,
                                                          cal: hanchot.Calendar, strict: bool) -> None:
    answers = [_scalar(lambda s=s: hanchot.due(phrase, s, calendar=cal).due_date) for s in starts]
    raised = [code for kind, code in answers if kind == "error" and (strict or code == "not_announced")]
    outcome = _scalar(lambda: due(phrase, _array(starts), calendar=cal, strict=strict))
    if raised:
        assert outcome == ("error", raised[0]), answers
    else:
        assert outcome[0] == "ok"
        assert outcome[1].tolist() == [value if kind == "ok" else None for kind, value in answers]


def test_a_make_up_saturday_that_polars_misses() -> None:
    """Sat 04/05/2024 was worked in exchange for Mon 29/04/2024 (Công văn 2450/VPCP-KGVX): polars'
    add_business_days, given the calendar's days off, cannot know a Saturday is worked."""
    frame = pl.DataFrame({"d": [date(2024, 5, 3)]})  # Friday
    ours = frame.select(pl.col("d").hanchot.add_working_days(1))["d"][0]
    holidays = [d.date for d in CIVIL.days_off_between(date(2024, 1, 1), date(2024, 12, 31))
                if d.date.weekday() < 5]
    theirs = frame.select(pl.col("d").dt.add_business_days(1, holidays=holidays))["d"][0]
    assert ours == date(2024, 5, 4) and theirs == date(2024, 5, 6)


def test_pandas_native_dtypes_index_and_nulls() -> None:
    index = pd.Index(["HS-1", "HS-2", "HS-3", "HS-4"], name="ma_ho_so")
    days = pd.Series(pd.to_datetime(["2026-02-11", "2026-01-10", None, "1999-01-01"]), index=index,
                     name="nhan")
    work = days.hanchot.is_working_day()
    assert str(work.dtype) == "boolean" and work.index.equals(index)
    assert work.tolist() == [True, True, pd.NA, pd.NA]
    due_dates = days.hanchot.due("05 ngày làm việc")
    assert due_dates.dtype == days.dtype and due_dates.name == "nhan"
    assert due_dates.iloc[0] == pd.Timestamp("2026-02-25")
    assert due_dates.isna().tolist() == [False, False, True, True]
    steps = pd.Series([1, -1, 3, 3], index=index)
    assert days.hanchot.add_working_days(steps).iloc[:2].tolist() == [pd.Timestamp("2026-02-12"),
                                                                     pd.Timestamp("2026-01-09")]
    counts = days.hanchot.working_days_between(days + pd.Timedelta(days=30))
    assert str(counts.dtype) == "Int64" and counts.iloc[0] == CIVIL.working_days_between(
        date(2026, 2, 11), date(2026, 3, 13))
    with pytest.raises(hanchot.InvalidInputError) as missing:  # the first row it cannot answer: HS-3
        days.hanchot.is_working_day(strict=True)
    assert missing.value.code == "not_a_date"
    with pytest.raises(OutOfCoverageError):
        days.dropna().hanchot.is_working_day(strict=True)
    with pytest.raises(hanchot.InvalidInputError):
        pd.Series(["2026-01-01"]).hanchot.is_working_day()


def test_polars_native_dtypes_and_nulls() -> None:
    frame = pl.DataFrame({"a": [date(2026, 2, 11), None, date(2030, 2, 4)],
                          "b": [date(2026, 3, 13), date(2026, 1, 1), date(2030, 3, 1)], "n": [5, 1, -2]})
    out = frame.select(
        pl.col("a").hanchot.is_working_day().alias("work"),
        pl.col("a").hanchot.add_working_days(pl.col("n")).alias("plus"),
        pl.col("a").hanchot.working_days_between(pl.col("b")).alias("between"),
        pl.col("a").hanchot.due("05 ngày làm việc").alias("due"))
    assert out.schema == {"work": pl.Boolean, "plus": pl.Date, "between": pl.Int64, "due": pl.Date}
    assert out["work"].to_list() == [True, None, CIVIL.is_working_day(date(2030, 2, 4))]
    assert out["plus"].to_list()[:2] == [date(2026, 2, 25), None]
    assert out["due"].to_list()[0] == date(2026, 2, 25)
    assert out["between"].to_list()[0] == CIVIL.working_days_between(date(2026, 2, 11), date(2026, 3, 13))
    with pytest.raises(NotAnnouncedError):
        frame.select(pl.col("a").hanchot.is_working_day(calendar=hanchot.calendar(strict=True)))
    lazy = frame.lazy().with_columns(pl.col("a").hanchot.add_working_days(1).alias("x")).collect()
    assert lazy["x"].to_list()[0] == date(2026, 2, 12)


def test_one_day_of_the_table_and_its_neighbours() -> None:
    """Hand-worked, Tết Bính Ngọ: 13/02/2026 (Fri) + 1 working day is 23/02/2026 (Mon)."""
    start = np.array(["2026-02-13"], dtype="datetime64[D]")
    assert add_working_days(start, 1).tolist() == [date(2026, 2, 23)]
    assert add_working_days(start + np.timedelta64(10, "D"), -1).tolist() == [date(2026, 2, 13)]
    assert working_days_between(start, start + np.timedelta64(10, "D")).tolist() == [1]


@pytest.mark.parametrize("library", ["pandas", "polars"])
def test_a_missing_library_names_its_extra(library: str) -> None:
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    code = (f"import sys; sys.modules[{library!r}] = None\n"
            f"try:\n    import hanchot.{library}\n"
            "except ImportError as error:\n    print(type(error).__name__, error)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == (f"DependencyError import hanchot.{library} cần gói {library}: "
                                   f"pip install 'hanchot[{library}]'")


def test_pandas_columns_of_date_objects_but_never_text() -> None:
    """A column read from a database holds datetime.date objects: they are dates. Text is refused:
    pandas would read "06/03/2026" as 3 June."""
    column = pd.Series([date(2026, 2, 11), None, date(2024, 5, 3)], dtype=object)
    assert column.hanchot.is_working_day().tolist() == [True, pd.NA, True]
    due_dates = column.hanchot.add_working_days(5)
    assert str(due_dates.dtype) == "datetime64[s]"
    assert [d.date() if d is not pd.NaT else None for d in due_dates] == [date(2026, 2, 25), None,
                                                                          date(2024, 5, 9)]
    for refused in (pd.Series(["06/03/2026"]), pd.Series([datetime(2026, 3, 6, 9, 0)], dtype=object),
                    pd.Series(pd.to_datetime(["2026-03-06"]).tz_localize("Asia/Ho_Chi_Minh"))):
        with pytest.raises(hanchot.InvalidInputError):
            refused.hanchot.is_working_day()


def test_numbers_and_times_of_day_are_not_dates() -> None:
    """numpy would read 1 as 02/01/1970 and cut 09:30 off a moment; the columns refuse both, as the scalar
    functions do, and a range of a billion numbers is refused at once, not materialised."""
    import time  # noqa: PLC0415

    for bad in ([1, 2], np.array([True]), np.array(["2026-01-10T09:30"], dtype="datetime64[m]"),
                [datetime(2026, 1, 10, 9, 30)], ["2026-01-10T09:30"], [date(2026, 1, 10), "x"]):
        with pytest.raises(hanchot.InvalidInputError):
            is_working_day(bad)
    began = time.perf_counter()
    for huge in (range(10 ** 9), [range(10 ** 9)], (range(10 ** 9), range(10 ** 9))):  # ~8 GB each to numpy
        with pytest.raises(hanchot.InvalidInputError):
            add_working_days(huge, 5)
        with pytest.raises(hanchot.InvalidInputError):
            add_working_days(np.array(["2026-01-10"], dtype="datetime64[D]"), huge)
    assert time.perf_counter() - began < 1
    from hanchot.columns.kernel import add_working_days_list  # noqa: PLC0415

    with pytest.raises(hanchot.InvalidInputError):  # the first element, at once: no list of a billion steps
        add_working_days_list(CIVIL, range(10 ** 9), 5)  # type: ignore[arg-type]
    with pytest.raises(hanchot.InvalidInputError):
        pd.Series(pd.to_datetime(["2026-01-10 09:30"])).hanchot.is_working_day()
    with pytest.raises(hanchot.InvalidInputError):
        pl.DataFrame({"n": [1, 2]}).select(pl.col("n").hanchot.is_working_day())
    with pytest.raises(hanchot.InvalidInputError):
        pl.DataFrame({"t": [datetime(2026, 1, 10, 9, 30)]}).select(pl.col("t").hanchot.add_working_days(1))
    # midnight moments and ISO text are dates
    assert is_working_day(np.array(["2026-01-10T00:00"], dtype="datetime64[m]")).tolist() == [True]
    assert is_working_day(["2026-02-16"]).tolist() == [False]
