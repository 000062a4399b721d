# SPDX-License-Identifier: Apache-2.0
"""Contracts that hold for every date and every calendar (Hypothesis)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import example, given
from strategies import calendars, inner_dates, positive_steps, steps

import hanchot
from hanchot import Calendar, DayKind

CIVIL = hanchot.calendar()
LABOR = hanchot.calendar("labor_code")


@given(calendars, inner_dates, steps)
def test_counting_undoes_adding(cal: Calendar, d: date, n: int) -> None:
    result = cal.add_working_days(d, n)
    if n > 0:
        assert cal.working_days_between(d, result) == n
    elif n < 0:
        # x with result < x <= d: the |n| - 1 days strictly between, plus d if it works
        assert cal.working_days_between(result, d) == -n - 1 + cal.is_working_day(d)


@given(calendars, inner_dates, steps)
def test_the_result_is_a_working_day_on_the_right_side(cal: Calendar, d: date, n: int) -> None:
    result = cal.add_working_days(d, n)
    assert cal.is_working_day(result)
    if n > 0:
        assert result > d
    elif n < 0:
        assert result < d
    else:
        assert result >= d
        assert all(not cal.is_working_day(d + timedelta(days=k)) for k in range((result - d).days))


@given(calendars, inner_dates, positive_steps)
def test_monotone_in_n_and_in_the_start(cal: Calendar, d: date, n: int) -> None:
    assert cal.add_working_days(d, n) < cal.add_working_days(d, n + 1)
    assert cal.add_working_days(d, n) <= cal.add_working_days(d + timedelta(days=1), n)


@given(calendars, inner_dates)
def test_next_and_previous_are_neighbours(cal: Calendar, d: date) -> None:
    nxt, prev = cal.next_working_day(d), cal.previous_working_day(d)
    assert cal.previous_working_day(nxt) == (d if cal.is_working_day(d) else prev)
    assert all(not cal.is_working_day(prev + timedelta(days=k)) for k in range(1, (d - prev).days))


@given(calendars, inner_dates, inner_dates)
def test_count_is_antisymmetric_and_matches_a_naive_loop(cal: Calendar, a: date, b: date) -> None:
    lo, hi = min(a, b), max(a, b)
    if (hi - lo).days > 800:
        hi = lo + timedelta(days=800)
    naive = sum(cal.is_working_day(lo + timedelta(days=k)) for k in range(1, (hi - lo).days + 1))
    assert cal.working_days_between(lo, hi) == naive
    assert cal.working_days_between(hi, lo) == -naive


@given(inner_dates)
def test_profiles_differ_only_on_swap_days(d: date) -> None:
    if CIVIL.is_working_day(d) != LABOR.is_working_day(d):
        assert CIVIL.day(d).kind in (DayKind.SWAPPED_OFF, DayKind.MAKEUP_WORK)


@given(inner_dates)
@example(date(2026, 11, 24)).via("only cited, in an announced year")  # 10065/VPCP-KGVX
@example(date(2027, 2, 4)).via("only cited, in a projected year")
@example(date(2027, 3, 1)).via("projected")
def test_day_agrees_with_is_working_day(d: date) -> None:
    """A day is provisional when its notice was only seen cited, or when it rests on the statute in a year
    not announced; its evidence level says which."""
    info = CIVIL.day(d)
    assert info.is_working_day == CIVIL.is_working_day(d)
    assert info.date == d
    from_statute = info.kind in (DayKind.WEEKEND, DayKind.WORKING) or (
        info.confidence is hanchot.Confidence.STATUTORY
    )
    cited = info.confidence is hanchot.Confidence.CITED
    assert info.provisional == (cited or (d.year not in CIVIL.coverage.official_years and from_statute))
    assert (info.evidence is hanchot.Evidence.NOTICE_CITED) == cited
    assert (info.evidence is hanchot.Evidence.PROJECTED) == (info.provisional and not cited)


@given(inner_dates)
def test_every_day_off_names_its_basis(d: date) -> None:
    info = CIVIL.day(d)
    if not info.is_working_day:
        assert info.source is not None and info.name_vi and info.name_en
