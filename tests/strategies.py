# SPDX-License-Identifier: Apache-2.0
"""Hypothesis strategies shared by the test modules."""

from datetime import date

from hypothesis import strategies as st

import hanchot

COVERAGE = hanchot.calendar().coverage
#: Dates well inside coverage, so that any step of up to MAX_STEP working days stays inside.
MAX_STEP = 400
inner_dates = st.dates(min_value=date(2002, 1, 1), max_value=date(2098, 12, 31))
official_dates = st.dates(min_value=date(2010, 1, 1), max_value=date(2026, 12, 31))
steps = st.integers(min_value=-MAX_STEP, max_value=MAX_STEP)
positive_steps = st.integers(min_value=1, max_value=MAX_STEP)
calendars = st.sampled_from(
    [
        hanchot.calendar(),
        hanchot.calendar("labor_code"),
        hanchot.calendar(weekend={6}),
        hanchot.calendar(culture_day="day_off_with_compensation"),
    ]
)

# --- rules -----------------------------------------------------------------------------

from hanchot import rules as r  # noqa: E402

anchors = st.sampled_from([None, "ngày nhận đủ hồ sơ hợp lệ", "ngày ký", "ngày nhận được văn bản"])
counts = st.integers(min_value=1, max_value=99)
years = st.integers(min_value=2001, max_value=2098)
day_refs = st.builds(
    lambda d, m, y, lunar: r.DayRef(min(d, 28) if lunar or m == 2 else d, m, y, lunar),
    st.integers(1, 30), st.integers(1, 12), st.one_of(st.none(), years), st.booleans(),
).filter(lambda ref: ref.lunar or ref.day <= 30 or ref.month in (1, 3, 5, 7, 8, 10, 12))
periods = st.one_of(
    st.builds(r.Period, st.just(r.PeriodKind.MONTH), st.one_of(st.none(), years), st.integers(1, 12)),
    st.builds(r.Period, st.just(r.PeriodKind.QUARTER), st.one_of(st.none(), years), st.integers(1, 4)),
    st.builds(r.Period, st.just(r.PeriodKind.FIRST_MONTHS), years, st.sampled_from([6, 9])),
    st.builds(r.Period, st.just(r.PeriodKind.YEAR), years),
)
rules = st.one_of(
    st.builds(r.WorkingDays, counts, anchors),
    st.builds(r.WorkingHours, counts, anchors),
    st.builds(r.CalendarDays, counts, anchors),
    st.builds(r.Weeks, counts, anchors),
    st.builds(r.Months, counts, anchors),
    st.builds(r.Years, st.integers(1, 20), anchors),
    st.just(r.SameDay()),
    st.builds(r.FixedDate, day_refs),
    st.builds(r.Before, day_refs),
    st.builds(r.WithinPeriod, periods),
    st.builds(r.PeriodPoint, st.sampled_from(list(r.Point)),
              st.one_of(st.builds(r.Period, st.just(r.PeriodKind.MONTH), years, st.integers(1, 12)),
                        st.builds(r.Period, st.just(r.PeriodKind.YEAR), years))),
    st.builds(r.Recurring, st.sampled_from(list(r.Frequency))),
    st.builds(r.Recurring, st.just(r.Frequency.MONTHLY), st.integers(1, 31), st.booleans()),
    st.builds(r.Recurring, st.just(r.Frequency.QUARTERLY), st.integers(1, 31), st.booleans()),
    st.builds(r.Recurring, st.just(r.Frequency.YEARLY), st.integers(1, 31), st.booleans(),
              st.integers(1, 12)),
)
