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
