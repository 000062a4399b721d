# SPDX-License-Identifier: Apache-2.0
"""due(): cases worked by hand from the conventions, the seeds' phrases, policies, properties."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import counts, inner_dates, rules

import hanchot
from hanchot import BeforePolicy, PeriodEndPolicy, Roll, YearContext, due, parse
from hanchot.deadline.notes import Caution
from hanchot.errors import ErrorCode, InvalidInputError
from hanchot.lunar import to_lunar
from hanchot.rules import CalendarDays, DayRef, FixedDate, Months, SameDay, WorkingDays, WorkingHours

D = date
SEEDS = Path(__file__).resolve().parent / "documents"  # real directives, as published

# (phrase, start, due date, how it was worked out by hand on a calendar with the notices)
WORKED = [
    ("05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", D(2026, 2, 11), D(2026, 2, 25),
     "Thu 12, Fri 13, [14–22 Tết break], Mon 23, Tue 24, Wed 25"),
    ("05 ngày làm việc", D(2025, 12, 29), D(2026, 1, 7),
     "Tue 30, Wed 31, [1/1 holiday, 2/1 swapped, 3–4 weekend], Mon 5, Tue 6, Wed 7"),
    ("01 ngày làm việc", D(2026, 1, 9), D(2026, 1, 10), "Sat 10/01/2026 is a make-up working day"),
    ("03 ngày làm việc", D(2024, 5, 2), D(2024, 5, 6), "Fri 3, Sat 4 (make-up), Mon 6"),
    ("01 ngày làm việc", D(2026, 11, 23), D(2026, 11, 25), "Tue 24/11/2026 Culture Day"),
    ("15 ngày", D(2026, 2, 1), D(2026, 2, 23), "1/2 + 15 = Mon 16/2 (29 Tết): Mon 23/2"),
    ("15 ngày", D(2026, 3, 2), D(2026, 3, 17), "Tue 17/3, a working day"),
    ("02 tuần", D(2026, 4, 16), D(2026, 5, 4), "Thu 30/4 holiday, 1/5 holiday, weekend -> Mon 4/5"),
    ("01 tháng", D(2024, 1, 31), D(2024, 2, 29), "no 31/2: the last day, 29/2/2024 (Thu)"),
    ("01 tháng", D(2023, 1, 31), D(2023, 2, 28), "no 31/2: 28/2/2023 (Tue)"),
    ("03 tháng", D(2023, 11, 30), D(2024, 2, 29), "30/2 does not exist: 29/2/2024"),
    ("01 năm", D(2024, 2, 29), D(2025, 2, 28), "no 29/2/2025: 28/2 (Fri)"),
    ("chậm nhất ngày 10 tháng 12 năm 2023", D(2023, 10, 17), D(2023, 12, 11), "Sun 10/12 -> Mon 11/12"),
    ("chậm nhất ngày 10 tháng 11 năm 2023", D(2023, 10, 17), D(2023, 11, 10), "Fri, a working day"),
    ("chậm nhất ngày 15 tháng 11 năm 2023", D(2023, 10, 17), D(2023, 11, 15), "Wed"),
    ("chậm nhất ngày 27 tháng 10 năm 2023", D(2023, 10, 17), D(2023, 10, 27), "Fri"),
    ("chậm nhất ngày 29/02/2024", D(2024, 1, 2), D(2024, 2, 29), "Thu 29/2"),
    ("chậm nhất ngày 5/1", D(2023, 12, 12), D(2024, 1, 5), "no year: the next 5/1, a Friday"),
    ("trước ngày 30/6/2024", D(2024, 1, 2), D(2024, 6, 28), "30/6 Sun: the working day before, Fri 28/6"),
    ("trước ngày 02/9/2025", D(2025, 8, 1), D(2025, 8, 29), "30/8–2/9 off: Fri 29/8"),
    ("trong quý III/2022", D(2022, 7, 1), D(2022, 9, 30), "Fri 30/9/2022"),
    ("trong quý III", D(2023, 10, 17), D(2024, 9, 30), "Q3 2023 is over: Q3 2024, Mon 30/9"),
    ("hết năm 2023", D(2023, 12, 12), D(2023, 12, 29), "30–31/12 weekend: Fri 29/12"),
    ("đến tháng 12 năm 2023", D(2023, 12, 12), D(2023, 12, 29), "the end of December 2023"),
    ("6 tháng đầu năm 2024", D(2024, 1, 2), D(2024, 6, 28), "29–30/6 weekend: Fri 28/6"),
    ("9 tháng đầu năm 2023", D(2023, 1, 3), D(2023, 9, 29), "30/9 Sat: Fri 29/9"),
    ("giữa năm 2024", D(2024, 1, 2), D(2024, 7, 1), "Art. 146: 30/6 (Sun) -> Mon 1/7"),
    ("cuối tháng 4 năm 2026", D(2026, 1, 5), D(2026, 5, 4), "30/4, 1/5 holidays, weekend -> Mon 4/5"),
    ("đầu tháng 3/2025", D(2025, 1, 2), D(2025, 3, 3), "1/3 Sat -> Mon 3/3"),
    ("trước ngày 25 hằng tháng", D(2024, 3, 26), D(2024, 4, 24), "25/4 Thu: Wed 24/4"),
    ("trước ngày 25 hằng tháng", D(2024, 3, 20), D(2024, 3, 22), "25/3 Mon: Fri 22/3"),
    ("hằng tháng", D(2024, 3, 10), D(2024, 3, 29), "30–31/3 weekend: Fri 29/3"),
    ("hằng quý", D(2024, 3, 31), D(2024, 6, 28), "Q1 ended Fri 29/3, before the start: Q2, Fri 28/6"),
    ("hằng năm", D(2023, 12, 30), D(2024, 12, 31), "2023's last working day has passed: Tue 31/12/2024"),
    ("mùng 6 tháng Giêng", D(2026, 1, 10), D(2026, 2, 23), "22/2/2026 (Sun) -> Mon 23/2"),
    ("chậm nhất ngày 29 tháng Chạp", D(2025, 12, 1), D(2026, 2, 23), "16/2/2026, Tết break to 22/2"),
]


@pytest.mark.parametrize(("phrase", "start", "expected", "why"), WORKED,
                         ids=[f"{w[0]} from {w[1]}" for w in WORKED])
def test_worked_cases(phrase: str, start: date, expected: date, why: str) -> None:
    assert due(phrase, start).due_date == expected, why


# Same-day procedures (house convention 10) and working hours (convention 11), by hand.
@pytest.mark.parametrize(
    ("phrase", "start", "due_at"),
    [
        ("trong ngày", datetime(2026, 3, 6, 14, 0), datetime(2026, 3, 7, 0, 0)),  # by 24:00 Fri
        ("trong ngày", datetime(2026, 3, 6, 15, 0), datetime(2026, 3, 7, 0, 0)),  # 15:00 still counts
        ("trong ngày", datetime(2026, 3, 6, 15, 30), datetime(2026, 3, 10, 0, 0)),  # after 15:00 -> Mon
        ("trong ngày", datetime(2026, 3, 8, 10, 0), datetime(2026, 3, 10, 0, 0)),  # Sunday -> Mon
        ("04 giờ làm việc", datetime(2026, 3, 6, 16, 0), datetime(2026, 3, 9, 11, 0)),  # 1 h Fri + 3 h Mon
        ("04 giờ làm việc", datetime(2026, 3, 9, 8, 0), datetime(2026, 3, 9, 12, 0)),  # ends at noon
        ("04 giờ làm việc", datetime(2026, 3, 9, 11, 0), datetime(2026, 3, 9, 16, 0)),  # across lunch
        ("04 giờ làm việc", datetime(2026, 3, 9, 12, 30), datetime(2026, 3, 9, 17, 0)),  # lunch: from 13:00
        ("08 giờ làm việc", datetime(2026, 3, 7, 9, 0), datetime(2026, 3, 9, 17, 0)),  # Sat -> Mon all day
        ("08 giờ làm việc", datetime(2026, 2, 13, 15, 0), datetime(2026, 2, 23, 15, 0)),  # across Tết
        ("16 giờ làm việc", datetime(2026, 3, 9, 17, 30), datetime(2026, 3, 11, 17, 0)),  # after hours
    ],
)
def test_same_day_and_working_hours(phrase: str, start: datetime, due_at: datetime) -> None:
    result = due(phrase, start)
    assert result.due_at == due_at.replace(tzinfo=hanchot.deadline.VIETNAM)


def test_aware_start_is_converted_to_vietnam_time() -> None:
    # 08:30 UTC on Friday is 15:30 in Hà Nội: after the cut-off
    result = due("trong ngày", datetime(2026, 3, 6, 8, 30, tzinfo=UTC))
    assert result.due_date == D(2026, 3, 9)


def test_day_based_deadlines_end_at_24_00_and_report_closing_time() -> None:
    result = due("05 ngày làm việc", D(2026, 2, 11))
    assert result.due_at.isoformat() == "2026-02-26T00:00:00+07:00"
    assert result.office_closes_at.isoformat() == "2026-02-25T17:00:00+07:00"
    assert "đến 24:00" in str(result)


def test_explain_names_each_day_off_and_its_basis() -> None:
    text = due("05 ngày làm việc", D(2026, 2, 11)).explain()
    for day in ("16/02/2026", "17/02/2026", "18/02/2026", "19/02/2026", "20/02/2026"):
        assert day in text
    assert "Thông báo 9441/TB-BNV" in text
    assert "14/02, 15/02, 21/02, 22/02" in text
    assert "BLDS 2015 Điều 147" in text and "Điều 148 khoản 6" in text
    rolled = due("chậm nhất ngày 10 tháng 12 năm 2023", D(2023, 10, 17))
    assert "Điều 148 khoản 5" in rolled.explain()
    assert [w.code for w in rolled.warnings] == [Caution.ROLLED_FORWARD]
    assert "Chủ nhật 10/12/2023" in str(rolled.warnings[0])
    assert "Sunday 10/12/2023" in rolled.warnings[0].text("en")
    assert [d.date for d in rolled.days_off] == [D(2023, 12, 10)]


def test_provisional_when_the_span_reaches_an_unannounced_year() -> None:
    assert not due("05 ngày làm việc", D(2026, 12, 1)).provisional
    assert due("05 ngày làm việc", D(2026, 12, 28)).provisional
    assert "(dự kiến)" in str(due("05 ngày làm việc", D(2026, 12, 28)))


def test_policies_are_named_and_change_the_answer() -> None:
    sunday = "chậm nhất ngày 10 tháng 12 năm 2023"
    start = D(2023, 10, 17)
    assert due(sunday, start, roll=Roll.BACKWARD).due_date == D(2023, 12, 8)
    kept = due(sunday, start, roll="none")
    assert kept.due_date == D(2023, 12, 10) and kept.warnings
    previous = due("trước ngày 30/6/2024", D(2024, 1, 2), before=BeforePolicy.PREVIOUS_DAY)
    assert previous.due_date == D(2024, 6, 29) and previous.warnings  # a Saturday
    assert due("hết năm 2023", D(2023, 12, 1), period_end=PeriodEndPolicy.LAST_DAY).due_date == D(2024, 1, 2)
    past = due("trong quý III", D(2023, 10, 17), year_context=YearContext.START_YEAR)
    assert past.due_date == D(2023, 9, 29) and [w.code for w in past.warnings] == [Caution.ALREADY_PAST]
    assert "sớm hơn cả ngày bắt đầu" in str(past.warnings[0])
    assert "earlier than the start day" in past.warnings[0].text("en")
    office = due("04 giờ làm việc", datetime(2026, 3, 9, 7, 0),
                 sessions=((time(7, 30), time(11, 30)), (time(13, 30), time(17, 0))))
    assert office.due_at.time() == time(11, 30)
    assert due("trong ngày", datetime(2026, 3, 6, 15, 30), cutoff=time(16)).due_date == D(2026, 3, 6)


def test_a_calendar_can_be_passed() -> None:
    enterprise = hanchot.calendar("labor_code")
    assert due("01 ngày làm việc", D(2025, 5, 1)).due_date == D(2025, 5, 5)  # 2/5 swapped
    assert due("01 ngày làm việc", D(2025, 5, 1), calendar=enterprise).due_date == D(2025, 5, 2)


E = ErrorCode


@pytest.mark.parametrize(
    ("call", "code", "field", "english"),
    [
        (lambda: due("trong ngày", D(2026, 3, 6)), E.NEEDS_TIME, "start",
         "the time limit 'trong ngày' needs the time of receipt: give the time too, "
         "e.g. \"06/03/2026 16:00\""),
        (lambda: due("04 giờ làm việc", D(2026, 3, 6)), E.NEEDS_TIME, "start", "needs the time of receipt"),
        (lambda: due("05 ngày làm việc", "2026-03-06"), E.NOT_A_MOMENT, "start",
         "start='2026-03-06' is text, neither a date nor a moment"),
        (lambda: due("05 ngày làm việc", D(2026, 3, 6), roll="sideways"), E.NOT_ONE_OF, "roll",
         "roll does not accept 'sideways'; choose one of 'forward', 'backward', 'none'"),
        (lambda: due("05 ngày làm việc", D(2026, 3, 6), sessions=((time(12), time(8)),)), E.BAD_SESSIONS,
         "sessions", "must be ordered, non-overlapping (opening, closing) pairs"),
        (lambda: due("05 ngày làm việc", D(2026, 3, 6), cutoff="15:00"), E.NOT_A_TIME, "cutoff",
         "cutoff='15:00' is text, not a time of day"),
        (lambda: due(42, D(2026, 3, 6)), E.NOT_A_RULE, "phrase_or_rule",
         "phrase_or_rule=42 is a whole number, not a time limit"),
        (lambda: due("xin chào", D(2026, 3, 6)), E.PHRASE_UNREADABLE, "phrase",
         "cannot understand 'xin chào'"),
        (lambda: due("05 ngày làm việc", D(2100, 12, 28)), E.DEADLINE_OUT_OF_COVERAGE, "start",
         "the deadline of '05 ngày làm việc' from start=2100-12-28 falls outside hanchot's calendar"),
        (lambda: due("36 tháng", D(2098, 6, 1)), E.DEADLINE_OUT_OF_COVERAGE, "start",
         "falls outside hanchot's calendar"),
        (lambda: due("15 ngày", D.max), E.DATE_OUT_OF_COVERAGE, "start", "start=9999-12-31 is outside"),
        (lambda: due("05 ngày làm việc", D(2026, 3, 6), calendar="labor_code"), E.NOT_A_CALENDAR, "calendar",
         "calendar='labor_code' is text, not a calendar"),
        (lambda: due("hết năm 9999", D(2026, 3, 6)), E.DEADLINE_OUT_OF_COVERAGE, "start",
         "'trong năm 9999' from start=2026-03-06 falls outside"),
    ],
)
def test_bad_input_gets_a_clear_value_error(call: object, code: ErrorCode, field: str, english: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        call()  # type: ignore[operator]
    assert (caught.value.code, caught.value.field) == (code, field)
    assert english in caught.value.message("en")


def test_rich_display() -> None:
    result = due("05 ngày làm việc", D(2026, 2, 11))
    html = result._repr_html_()
    assert "<table>" in html and "25/02/2026" in html and "<ol>" in html


# --- the seeds: every deadline the two directives state --------------------------------
# The HCM notice is undated; its meeting was on 17/10/2023. The Cần Giờ plan is dated 12/12/2023;
# its "05 ngày làm việc kể từ ngày … ký" is counted here as if the decision were signed that day.
HCM, HCM_MEETING = "tb-ketluan-cchc-hcm-2023.txt", D(2023, 10, 17)
CAN_GIO, CAN_GIO_ISSUED = "kh-cangio-2023.txt", D(2023, 12, 12)


@pytest.mark.parametrize(
    ("seed", "phrase", "issued", "expected"),
    [
        (HCM, "Hoàn thành chậm nhất ngày 10 tháng 12 năm 2023", HCM_MEETING, D(2023, 12, 11)),
        (HCM, "chậm nhất ngày 10 tháng 11 năm 2023", HCM_MEETING, D(2023, 11, 10)),
        (HCM, "Hoàn thành chậm nhất ngày 15 tháng 11 năm 2023", HCM_MEETING, D(2023, 11, 15)),
        (HCM, "chậm nhất ngày 27 tháng 10 năm 2023", HCM_MEETING, D(2023, 10, 27)),
        (HCM, "Hoàn thành chậm nhất ngày 27 tháng 10 năm 2023", HCM_MEETING, D(2023, 10, 27)),
        (CAN_GIO, "Trong 05 ngày làm việc kể từ ngày Chủ tịch Ủy ban nhân dân Thành phố ký Quyết "
                  "định công bố TTHC", CAN_GIO_ISSUED, D(2023, 12, 19)),
        (CAN_GIO, "Đến hết năm 2023", CAN_GIO_ISSUED, D(2023, 12, 29)),
        (CAN_GIO, "đến tháng 12 năm 2023", CAN_GIO_ISSUED, D(2023, 12, 29)),
        (CAN_GIO, "Định kỳ hàng tháng", CAN_GIO_ISSUED, D(2023, 12, 29)),
        (CAN_GIO, "Định kỳ hàng năm", CAN_GIO_ISSUED, D(2023, 12, 29)),
    ],
)
def test_the_seeds_deadlines(seed: str, phrase: str, issued: date, expected: date) -> None:
    folded = " ".join((SEEDS / seed).read_text(encoding="utf-8").split())
    assert " ".join(phrase.split()) in folded  # the phrase is quoted from the seed
    assert due(phrase, issued).due_date == expected


# --- properties -------------------------------------------------------------------------

@given(inner_dates, counts)
def test_working_day_deadlines_end_on_a_working_day_after_the_start(start: date, n: int) -> None:
    result = due(WorkingDays(n), start)
    cal = hanchot.calendar()
    assert cal.is_working_day(result.due_date) and result.due_date > start
    assert cal.working_days_between(start, result.due_date) == n


@given(st.dates(min_value=D(2001, 1, 1), max_value=D(2090, 12, 31)), counts)
def test_a_longer_period_never_ends_earlier(start: date, n: int) -> None:
    for rule in (WorkingDays, CalendarDays, Months):
        assert due(rule(n + 1), start).due_date >= due(rule(n), start).due_date


@given(inner_dates, counts)
def test_calendar_periods_end_on_or_after_the_corresponding_day(start: date, n: int) -> None:
    result = due(CalendarDays(n), start)
    assert result.due_date >= start + timedelta(days=n)
    assert hanchot.calendar().is_working_day(result.due_date)


@given(rules, inner_dates)
def test_due_never_lands_before_the_start_unless_it_says_so(rule: object, start: date) -> None:
    begin = datetime.combine(start, time(9)) if isinstance(rule, SameDay | WorkingHours) else start
    try:
        result = due(rule, begin)  # type: ignore[arg-type]
    except InvalidInputError:
        return  # a lunar date beyond the table, or a due date beyond coverage
    if result.due_date < start:
        assert isinstance(rule, FixedDate | hanchot.rules.Before | hanchot.rules.WithinPeriod
                          | hanchot.rules.PeriodPoint)
        assert Caution.ALREADY_PAST in [w.code for w in result.warnings]
    else:
        assert result.due_date >= start


def test_parse_and_due_agree() -> None:
    assert due(parse("15 ngày"), D(2026, 3, 2)) == due("15 ngày", D(2026, 3, 2))
    assert due(FixedDate(hanchot.rules.DayRef(10, 12, 2023)), D(2023, 10, 17)).due_date == D(2023, 12, 11)


# -- a lunar day without a year: the next one from the start, across Tết ----------------------------
# Worked by hand: on 10/01/2026 (21 tháng Một Ất Tỵ) the next 29 Chạp is 29 Chạp Ất Tỵ = Monday
# 16/02/2026, the first day of the Tết days off (16/02–22/02/2026, Thông báo 9441/TB-BNV); rolled
# forward to Monday 23/02/2026. The issue's report was 2027-02-11 (29 Chạp Bính Ngọ).

def test_29_chap_named_before_tet_is_this_tet() -> None:
    result = due("chậm nhất ngày 29 tháng Chạp", D(2026, 1, 10))
    assert result.due_date == D(2026, 2, 23)
    assert "Ất Tỵ (2025)" in result.explain()
    assert due("chậm nhất ngày 29 tháng Chạp", D(2026, 2, 17)).due_date.year == 2027  # after it: next year's


@given(st.integers(1, 12), st.integers(1, 29), st.dates(D(2024, 11, 1), D(2027, 3, 31)))
def test_a_lunar_day_is_the_first_one_on_or_after_the_start(month: int, day: int, start: date) -> None:
    """For every lunar month, across three Tết: the day named is the first such day from the start."""
    try:
        written = due(FixedDate(DayRef(day, month, lunar=True)), start, roll="none").due_date
    except InvalidInputError:
        return  # a lunar day 29 or 30 that the month does not have that year
    first = start
    while (to_lunar(first).month, to_lunar(first).day, to_lunar(first).leap) != (month, day, False):
        first += timedelta(days=1)
    assert written == first


# -- a date in the anchor is the start: worked by hand -------------------------------------------------
# "15 ngày kể từ ngày 20/01/2026": day 1 is 21/01, day 15 is Wednesday 04/02/2026 (BLDS Art. 147–148).
# "05 ngày làm việc kể từ ngày 01 tháng 7 năm 2026": 02, 03, 06, 07, 08/07/2026: Wednesday 08/07/2026.

@pytest.mark.parametrize(("phrase", "start", "expected", "warned"), [
    ("15 ngày kể từ ngày 20/01/2026", D(2026, 1, 1), D(2026, 2, 4), True),
    ("15 ngày kể từ ngày 20/01/2026", D(2026, 1, 20), D(2026, 2, 4), False),
    ("05 ngày làm việc kể từ ngày 01 tháng 7 năm 2026", D(2026, 3, 2), D(2026, 7, 8), True),
    ("05 ngày làm việc kể từ ngày ký", D(2026, 7, 1), D(2026, 7, 8), False),  # an event: the start given
])
def test_a_date_in_the_anchor_is_the_start_and_a_different_start_is_reported(
        phrase: str, start: date, expected: date, warned: bool) -> None:
    result = due(phrase, start)
    assert result.due_date == expected
    assert (Caution.START_FROM_PHRASE in [w.code for w in result.warnings]) is warned


def test_an_anchor_date_that_does_not_exist_is_refused() -> None:
    with pytest.raises(InvalidInputError) as caught:
        due("15 ngày kể từ ngày 30/02/2026", D(2026, 1, 1))
    assert "30/2/2026" in str(caught.value)


# -- a yearly day ("trước ngày 20/11 hằng năm") recurs: worked by hand ----------------------------------
# 20/11/2026 is a Friday: the working day before it is Thursday 19/11/2026; 20/11/2027 is a Saturday:
# the working day before it is Friday 19/11/2027. 15/12/2026 is a Tuesday, 15/12/2027 a Wednesday.

@pytest.mark.parametrize(("phrase", "start", "expected"), [
    ("trước ngày 20/11 hàng năm", D(2026, 1, 5), D(2026, 11, 19)),
    ("trước ngày 20/11 hàng năm", D(2026, 12, 1), D(2027, 11, 19)),
    ("chậm nhất ngày 15/12 hằng năm", D(2026, 12, 1), D(2026, 12, 15)),
    ("chậm nhất ngày 15 tháng 12 hằng năm", D(2026, 12, 20), D(2027, 12, 15)),
])
def test_a_day_of_the_year_recurs(phrase: str, start: date, expected: date) -> None:
    rule = parse(phrase)
    assert rule.frequency is hanchot.rules.Frequency.YEARLY and rule.month in (11, 12)  # type: ignore[union-attr]
    assert due(rule, start).due_date == expected


def test_a_day_and_month_recur_only_every_year() -> None:
    with pytest.raises(InvalidInputError):
        parse("trước ngày 20/11 hằng tháng")


def test_a_period_from_the_first_covered_day() -> None:
    """01/01/2000 (Saturday) is covered: 05 ngày làm việc are 04–07/01 and 10/01/2000 (found by the
    columns' property test: due() asked about 31/12/1999 and refused)."""
    assert due("05 ngày làm việc", D(2000, 1, 1)).due_date == D(2000, 1, 10)


def test_months_and_years_clip_to_the_month_end() -> None:
    """BLDS 2015 Art. 148(3): a month from 31/01 ends on the last day of February (28 or 29), and a year
    from 29/02/2024 on 28/02/2025 (by analogy); both then roll off a day off (Art. 148(5))."""
    assert due("01 tháng", D(2026, 1, 31)).due_date == D(2026, 3, 2)  # Sat 28/02/2026 → Mon 02/03
    assert due("01 tháng", D(2024, 1, 31)).due_date == D(2024, 2, 29)  # Thursday
    assert due("01 năm", D(2024, 2, 29)).due_date == D(2025, 2, 28)  # Friday
    assert due("03 tháng", D(2025, 11, 30)).due_date == D(2026, 3, 2)  # 28/02/2026 is a Saturday


def test_a_phrase_is_read_once() -> None:
    """A service asking the same phrase per request reads it the first time only: the same rule value."""
    from hanchot.parser import parse  # noqa: PLC0415

    assert parse("05 ngày làm việc") is parse("05 ngày làm việc")


def test_a_deadline_is_a_typed_value_for_services() -> None:
    """pydantic (so FastAPI) serialises a Deadline: the rule as its kind and phrase, each message as its
    code and Vietnamese text, and describes it in a JSON schema; a Finding too."""
    from pydantic import TypeAdapter  # noqa: PLC0415

    from hanchot.scanner import Finding, scan  # noqa: PLC0415

    adapter = TypeAdapter(hanchot.Deadline)
    deadline = due("chậm nhất ngày 10 tháng 12 năm 2023", D(2023, 10, 17))  # 10/12/2023 is a Sunday
    data = adapter.dump_python(deadline, mode="json")
    assert data["rule"] == {"kind": "FixedDate", "phrase": "chậm nhất ngày 10 tháng 12 năm 2023"}
    assert data["due_date"] == "2023-12-11" and data["warnings"][0]["code"] == "rolled_forward"
    assert "Thứ Hai 11/12/2023" in data["warnings"][0]["text"]
    assert data == deadline.as_json()  # one serialisation: the CLI's --json and the server's too
    assert data["explanation"][0] == "Thời hạn: chậm nhất ngày 10 tháng 12 năm 2023."
    schema = adapter.json_schema(mode="serialization")
    assert set(schema["properties"]) == set(data)  # the schema describes exactly what is sent
    assert adapter.validate_python(deadline) is deadline
    finding = TypeAdapter(Finding).dump_python(scan("Sở Nội vụ báo cáo chậm nhất ngày 10/12/2023.")[0],
                                               mode="json")
    assert (finding["who"], finding["deadline"]["due_date"]) == ("Sở Nội vụ", "2023-12-11")


@given(rules, inner_dates, st.sampled_from(list(Roll)), st.sampled_from(list(PeriodEndPolicy)))
def test_the_explanation_is_the_same_computation(rule: object, start: date, roll: Roll,
                                                 period_end: PeriodEndPolicy) -> None:
    """due() counts without its explanation and makes it when asked, by running the rule again: the run
    that explains reaches the same due date, moment and warnings, and its last step states that date."""
    from hanchot.deadline.engine import _count  # noqa: PLC0415 (the two runs are the engine's own)
    from hanchot.deadline.notes import Step  # noqa: PLC0415

    try:
        result = due(rule, start, roll=roll, period_end=period_end)  # type: ignore[arg-type]
    except InvalidInputError:
        return  # refused (outside coverage, a period without a working day): nothing to explain
    facts = result._explanation._argument
    ctx, *answer = _count(facts, explain=True)
    assert answer == [result.due_date, result.due_at, result.office_closes_at, result.provisional]
    assert tuple(ctx.warnings) == result.warnings
    assert result.steps[-1].code is Step.DUE and dict(result.steps[-1].params)["day"] == result.due_date
    assert result.steps[0].code is Step.RULE


def test_a_deadline_is_made_fast_and_explained_when_asked() -> None:
    """A service asking a due date per request pays for the date, not for the account of each step."""
    result = due("05 ngày làm việc", D(2026, 2, 11))
    assert result._explanation._make is not None
    assert result.due_date == D(2026, 2, 25)
    assert [info.date for info in result.days_off][:2] == [D(2026, 2, 14), D(2026, 2, 15)]
    assert result._explanation._make is None


@pytest.mark.parametrize(("phrase", "expected", "moved"), [
    ("trước ngày 04/04/2026", D(2026, 4, 3), False),  # Friday 03/04 is a working day: kept
    ("trước ngày 04/05/2026", D(2026, 5, 4), True),  # Sunday 03/05 moves to Monday 04/05, X itself
    ("trước ngày 21/02/2026", D(2026, 2, 23), True),  # 20/02 is mùng 4 Tết (TB 9441/TB-BNV), then a weekend
])
def test_the_sector_reading_of_before_rolls_the_day_before_forward(phrase: str, expected: date,
                                                                   moved: bool) -> None:
    """Convention 5's sector alternative (TT 121/2015/TT-BQP Art. 5: a report day off is made on the first
    working day after it): the day before X, moved forward when it is a day off, with a warning."""
    result = due(phrase, D(2026, 1, 1), before="previous_day_rolled_forward")
    assert result.due_date == expected
    assert [w.code.value for w in result.warnings] == (["before_rolled_forward"] if moved else [])
    assert "before=previous_day_rolled_forward" in result.explain()


def test_a_year_from_29_february_ends_on_28_february_by_analogy() -> None:
    """Civil Code Art. 148(4) has no rule for a year without 29/02; khoản 3's month end is applied by
    analogy (convention 18), and a warning says so rather than citing khoản 4 for it."""
    result = due("01 năm", D(2024, 2, 29))
    assert result.due_date == D(2025, 2, 28)  # a Friday, a working day
    assert [w.code.value for w in result.warnings] == ["leap_day_by_analogy"]
    assert "tương tự khoản 3" in result.warnings[0].text() and "quy ước 18" in result.explain()
    assert due("01 năm", D(2024, 2, 28)).warnings == ()  # a corresponding day exists: nothing to say


def test_an_explanation_cites_the_calendars_own_week() -> None:
    """The weekends a period skips are cited as the calendar cites its week: the civil service's by QĐ
    188/1999/QĐ-TTg Art. 1, an enterprise's by the Labour Code's Art. 111(2) (the employer's choice)."""
    civil = due("05 ngày làm việc", D(2026, 3, 6)).explain()
    firm = due("05 ngày làm việc", D(2026, 3, 6), calendar=hanchot.calendar("labor_code")).explain()
    assert "07/03, 08/03; Quyết định 188/1999/QĐ-TTg, Điều 1" in civil
    assert "07/03, 08/03; Bộ luật Lao động 45/2019/QH14, Điều 111 khoản 2" in firm
