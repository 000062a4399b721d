# SPDX-License-Identifier: Apache-2.0
"""The Calendar contract: hand-worked cases, profiles, custom calendars, strictness, errors."""

from __future__ import annotations

from datetime import date, datetime

import holidays
import numpy as np
import pytest

import hanchot
from hanchot import CultureDay, DayKind
from hanchot.errors import ErrorCode, InvalidInputError, NotAnnouncedError, OutOfCoverageError

D = date
CIVIL = hanchot.calendar()
LABOR = hanchot.calendar("labor_code")


# Worked by hand on a printed calendar with the notices' breaks (see test_data.BREAKS).
@pytest.mark.parametrize(
    ("start", "n", "expected", "why"),
    [
        (D(2026, 2, 13), 1, D(2026, 2, 23), "Fri before Tết Bính Ngọ -> Mon after it (14–22/02 off)"),
        (D(2026, 2, 11), 5, D(2026, 2, 25), "Wed 11/02: Thu 12, Fri 13, Mon 23, Tue 24, Wed 25"),
        (D(2024, 4, 26), 1, D(2024, 5, 2), "Fri 26/04/2024 -> Thu 02/05 (27/04–01/05 off)"),
        (D(2024, 5, 3), 1, D(2024, 5, 4), "Fri 03/05/2024 -> Sat 04/05, a make-up working day"),
        (D(2026, 1, 9), 1, D(2026, 1, 10), "Fri 09/01/2026 -> Sat 10/01, make-up for 02/01"),
        (D(2026, 11, 23), 1, D(2026, 11, 25), "Mon 23/11/2026 -> Wed 25/11 (24/11 Culture Day)"),
        (D(2025, 12, 31), 1, D(2026, 1, 5), "31/12/2025 -> Mon 05/01/2026 (01–04/01 off)"),
        (D(2026, 2, 23), -1, D(2026, 2, 13), "back across Tết"),
        (D(2026, 2, 14), 0, D(2026, 2, 23), "n = 0 rolls a day off forward"),
        (D(2026, 2, 12), 0, D(2026, 2, 12), "n = 0 keeps a working day"),
        (D(2024, 5, 4), 0, D(2024, 5, 4), "n = 0 keeps a make-up Saturday"),
    ],
)
def test_add_working_days_worked_cases(start: date, n: int, expected: date, why: str) -> None:
    assert CIVIL.add_working_days(start, n) == expected, why


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (D(2026, 1, 1), D(2026, 12, 31), 249),  # see test_2026_weekday_count_by_hand
        (D(2026, 2, 13), D(2026, 2, 23), 1),
        (D(2026, 2, 23), D(2026, 2, 13), -1),
        (D(2026, 2, 13), D(2026, 2, 13), 0),
        (D(2024, 5, 3), D(2024, 5, 6), 2),  # Sat 4/5 worked, Mon 6/5
    ],
)
def test_working_days_between_worked_cases(a: date, b: date, expected: int) -> None:
    assert CIVIL.working_days_between(a, b) == expected


def test_2026_weekday_count_by_hand() -> None:
    weekdays = sum(1 for o in range(D(2026, 1, 1).toordinal(), D(2026, 12, 31).toordinal() + 1)
                   if date.fromordinal(o).weekday() < 5)
    assert weekdays == 261
    # 1/1, 2/1, 16–20/2 (5), 27/4, 30/4, 1/5, 31/8, 1/9, 2/9, 24/11 = 14 weekdays off; 2 make-up Saturdays
    assert CIVIL.working_days_between(D(2025, 12, 31), D(2026, 12, 31)) == 261 - 14 + 2


def test_profiles_differ_exactly_on_swaps() -> None:
    assert not CIVIL.is_working_day(D(2025, 5, 2)) and LABOR.is_working_day(D(2025, 5, 2))
    assert CIVIL.is_working_day(D(2025, 4, 26)) and not LABOR.is_working_day(D(2025, 4, 26))
    # holidays and nghỉ bù bind both
    for day in (D(2026, 2, 17), D(2026, 4, 27), D(2026, 11, 24)):
        assert not CIVIL.is_working_day(day) and not LABOR.is_working_day(day)
    assert LABOR.day(D(2025, 5, 2)).kind is DayKind.WORKING


def test_day_reports_kind_names_source_and_provisional() -> None:
    info = CIVIL.day(D(2024, 4, 29))
    assert (info.kind, info.is_working_day, info.provisional) == (DayKind.SWAPPED_OFF, False, False)
    assert info.source is not None and "1570/TB-BLĐTBXH" in info.source.document  # the dates are 1570's
    assert "2450/VPCP-KGVX" in info.source.based_on  # ... carrying out the Prime Minister's consent
    saturday = CIVIL.day(D(2026, 3, 7))
    assert saturday.kind is DayKind.WEEKEND and saturday.source is not None
    assert "188/1999" in saturday.source.document
    plain = CIVIL.day(D(2026, 3, 9))
    assert (plain.kind, plain.source, plain.is_working_day) == (DayKind.WORKING, None, True)
    future = CIVIL.day(D(2031, 3, 10))
    assert future.provisional and future.kind is DayKind.WORKING


def test_unannounced_years_are_projected_and_marked() -> None:
    tet = CIVIL.day(D(2030, 2, 4))  # mùng 3 Tết Canh Tuất
    assert tet.kind is DayKind.HOLIDAY and tet.provisional and not tet.is_working_day
    assert tet.confidence is hanchot.Confidence.STATUTORY
    # 2/9/2029 is a Sunday: the adjacent day is Mon 3/9, and nghỉ bù for 2/9 goes to Tue 4/9
    assert [CIVIL.day(D(2029, 9, d)).kind for d in (3, 4)] == [DayKind.HOLIDAY, DayKind.COMPENSATORY]


def test_strict_refuses_what_rests_on_an_unannounced_year() -> None:
    strict = hanchot.calendar(strict=True)
    assert strict.add_working_days(D(2026, 12, 1), 5) == D(2026, 12, 8)
    with pytest.raises(NotAnnouncedError, match="2027"):
        strict.add_working_days(D(2026, 12, 28), 5)
    with pytest.raises(NotAnnouncedError):
        strict.working_days_between(D(2026, 6, 1), D(2027, 6, 1))
    with pytest.raises(NotAnnouncedError):
        strict.day(D(2027, 2, 8))
    with pytest.raises(NotAnnouncedError):
        strict.holidays(2028)
    assert isinstance(NotAnnouncedError("x"), ValueError)


def test_culture_day_policies() -> None:
    # 24/11/2029 is a Saturday: no nghỉ bù by default, Monday 26/11 off with compensation
    assert CIVIL.is_working_day(D(2029, 11, 26))
    compensated = hanchot.calendar(culture_day=CultureDay.DAY_OFF_WITH_COMPENSATION)
    assert not compensated.is_working_day(D(2029, 11, 26))
    assert compensated.day(D(2029, 11, 26)).kind is DayKind.COMPENSATORY
    ignored = hanchot.calendar(culture_day="working")
    assert ignored.is_working_day(D(2026, 11, 24)) and not CIVIL.is_working_day(D(2026, 11, 24))
    assert not CIVIL.is_working_day(D(2027, 11, 24))  # projected from NQ 28/2026/QH16
    assert CIVIL.is_working_day(D(2025, 11, 24))  # before the resolution


def test_custom_calendars() -> None:
    office = CIVIL.replace(
        weekend={6},
        extra_days_off={D(2026, 3, 26): "Ngày thành lập tỉnh"},
        extra_working_days=[D(2026, 2, 20)],
    )
    assert office.is_working_day(D(2026, 3, 7))  # Saturday
    assert not office.is_working_day(D(2026, 3, 8))  # Sunday
    assert office.day(D(2026, 3, 26)).kind is DayKind.LOCAL_OFF
    assert office.day(D(2026, 3, 26)).name_vi == "Ngày thành lập tỉnh"
    assert office.day(D(2026, 2, 20)).kind is DayKind.LOCAL_WORK
    assert office.is_working_day(D(2026, 2, 20))
    assert CIVIL.is_working_day(D(2026, 3, 26))  # the original is unchanged
    listed = hanchot.calendar(extra_days_off=[D(2026, 3, 26)])
    assert not listed.is_working_day(D(2026, 3, 26))


def test_calendars_are_immutable_values() -> None:
    with pytest.raises(AttributeError):
        CIVIL.strict = True  # type: ignore[misc]
    assert hanchot.calendar() == CIVIL and hash(hanchot.calendar()) == hash(CIVIL)
    assert hanchot.calendar("labor_code") != CIVIL


def test_holidays_lists_the_year_in_order() -> None:
    days = CIVIL.holidays(2024)
    assert [d.date for d in days] == sorted(d.date for d in days)
    assert {d.kind for d in days} == {DayKind.HOLIDAY, DayKind.COMPENSATORY,
                                      DayKind.SWAPPED_OFF, DayKind.MAKEUP_WORK}
    assert len(LABOR.holidays(2024)) == len(days) - 2


def test_coverage() -> None:
    cov = CIVIL.coverage
    assert (cov.first, cov.last) == (D(2000, 1, 1), D(2100, 12, 31))
    assert "2010–2026" in str(cov)


# --- bad input: a clear ValueError subclass with a code, the argument and the value ------------

E = ErrorCode


@pytest.mark.parametrize(
    ("call", "code", "field", "english"),
    [
        (lambda: CIVIL.is_working_day(datetime(2026, 2, 16, 9, 0)), E.DATETIME_NOT_DATE, "d",
         "d=2026-02-16 09:00 has a time; only the date is wanted here: 2026-02-16"),
        (lambda: CIVIL.is_working_day("2026-02-16"), E.NOT_A_DATE, "d",
         "d='2026-02-16' is text, not a date"),
        (lambda: CIVIL.is_working_day(D(1999, 12, 31)), E.DATE_OUT_OF_COVERAGE, "d",
         "d=1999-12-31 is outside hanchot's calendar; it covers dates from 01/01/2000 to 31/12/2100 only"),
        (lambda: CIVIL.add_working_days(D(2026, 1, 5), 1.5), E.NOT_A_WHOLE_NUMBER, "n",
         "n=1.5 is a decimal number, not a whole number"),
        (lambda: CIVIL.add_working_days(D(2026, 1, 5), True), E.NOT_A_WHOLE_NUMBER, "n",
         "n=True is a true/false value, not a whole number"),
        (lambda: CIVIL.add_working_days(D(2100, 12, 30), 5), E.ANSWER_OUT_OF_COVERAGE, "n",
         "the answer to 5 working days after 30/12/2100 falls outside hanchot's calendar"),
        (lambda: CIVIL.add_working_days(D(2000, 1, 4), -5), E.ANSWER_OUT_OF_COVERAGE, "n",
         "(01/01/2000 to 31/12/2100)"),
        (lambda: CIVIL.working_days_between(D(2026, 1, 1), None), E.NOT_A_DATE, "b",
         "b=(none) is an empty value, not a date"),
        (lambda: CIVIL.holidays(2101), E.YEAR_OUT_OF_COVERAGE, "year",
         "year=2101 is outside hanchot's calendar; it covers the years 2000 to 2100 only"),
        (lambda: CIVIL.holidays("2026"), E.NOT_A_WHOLE_NUMBER, "year",
         "year='2026' is text, not a whole number"),
        (lambda: hanchot.calendar("enterprise"), E.NOT_ONE_OF, "profile",
         "profile does not accept 'enterprise'; choose one of 'civil_service', 'labor_code'"),
        (lambda: hanchot.calendar(weekend={7}), E.BAD_WEEKEND, "weekend",
         "weekend=[7] must be weekday numbers"),
        (lambda: hanchot.calendar(weekend=range(7)), E.BAD_WEEKEND, "weekend", "not all seven"),
        (lambda: hanchot.calendar(weekend=5), E.BAD_WEEKEND, "weekend", "weekend=5 must be weekday numbers"),
        (lambda: hanchot.calendar(culture_day="maybe"), E.NOT_ONE_OF, "culture_day",
         "culture_day does not accept 'maybe'; choose one of"),
        (lambda: hanchot.calendar(strict="yes"), E.BAD_STRICT, "strict",
         "strict='yes' is not valid: write True, False, or a list of the evidence levels to accept"),
        (lambda: hanchot.calendar(strict=["notice_read", "read"]), E.NOT_ONE_OF, "strict",
         "strict does not accept 'read'; choose one of"),
        (lambda: hanchot.calendar(extra_days_off=["2026-03-26"]), E.NOT_A_DATE, "extra_days_off",
         "extra_days_off='2026-03-26' is text, not a date"),
        (lambda: CIVIL.replace(weekends={6}), E.UNKNOWN_OPTION, "options", "unknown option(s) 'weekends'"),
        (lambda: hanchot.Calendar(weekend=frozenset({9})), E.BAD_WEEKEND, "weekend", "weekend=[9]"),
    ],
)
def test_bad_input_gets_a_clear_value_error(call: object, code: ErrorCode, field: str, english: str) -> None:
    with pytest.raises(hanchot.InvalidInputError) as caught:
        call()  # type: ignore[operator]
    error = caught.value
    assert (error.code, error.field) == (code, field)
    assert english in error.message("en")
    assert isinstance(error, ValueError)
    assert str(error) == error.message("vi") != error.message("en")


def test_out_of_coverage_is_its_own_error() -> None:
    with pytest.raises(OutOfCoverageError):
        CIVIL.next_working_day(D(2101, 1, 1))
    assert issubclass(OutOfCoverageError, InvalidInputError)


# --- interop -------------------------------------------------------------------------

def test_to_holidays_is_a_holidaybase_with_make_up_days() -> None:
    h = CIVIL.to_holidays()
    assert isinstance(h, holidays.HolidayBase)
    assert D(2024, 4, 29) in h and D(2024, 5, 4) not in h
    assert h.is_working_day(D(2024, 5, 4)) and not h.is_working_day(D(2024, 4, 29))
    assert h.get_nth_working_day(D(2026, 2, 13), 1) == D(2026, 2, 23)
    assert h.get(D(2026, 11, 24)) == "Ngày Văn hóa Việt Nam"


def test_to_numpy_holds_weekday_days_off() -> None:
    bc = CIVIL.to_numpy()
    assert str(np.busday_offset("2026-02-13", 1, roll="forward", busdaycal=bc)) == "2026-02-23"
    assert int(np.busday_count("2026-01-01", "2026-03-01", busdaycal=bc)) == (
        CIVIL.working_days_between(D(2025, 12, 31), D(2026, 2, 28)) - 1  # numpy loses Sat 10/01
    )


def test_custom_days_accept_any_iterable_and_must_be_covered() -> None:
    cal = hanchot.calendar(extra_working_days=(d for d in [D(2026, 2, 16)]))
    assert cal.is_working_day(D(2026, 2, 16))
    with pytest.raises(OutOfCoverageError) as caught:
        hanchot.calendar(extra_days_off=[D(2101, 1, 1)])
    assert (caught.value.code, caught.value.field, caught.value.value) == (
        ErrorCode.DATE_OUT_OF_COVERAGE, "extra_days_off", D(2101, 1, 1))
    assert (hanchot.calendar().coverage.first, hanchot.calendar().coverage.last) == (
        D(2000, 1, 1), D(2100, 12, 31))
    assert datetime(2026, 1, 1) not in CIVIL.coverage and D(2026, 1, 1) in CIVIL.coverage


# --- what a service developer meets: messages that say what was given, in words -----------------

def test_numpy_whole_numbers_are_whole_numbers() -> None:
    assert CIVIL.add_working_days(D(2026, 2, 11), np.int64(5)) == D(2026, 2, 25)  # as with 5
    with pytest.raises(hanchot.InvalidInputError) as caught:
        CIVIL.add_working_days(D(2026, 2, 11), np.bool_(True))
    assert caught.value.message("en") == "n=True is a true/false value, not a whole number; e.g. 5"


@pytest.mark.parametrize(("value", "english"), [
    ("2026-02-16", "d='2026-02-16' is text, not a date"),
    (b"2026-02-16", "d='2026-02-16' is bytes not yet decoded to text, not a date"),
    (None, "d=(none) is an empty value, not a date"),
    (20260216, "d=20260216 is a whole number, not a date"),
    (object(), "d=(…) is a value of another kind, not a date"),
])
def test_a_wrong_value_is_described_not_contradicted(value: object, english: str) -> None:
    with pytest.raises(hanchot.InvalidInputError) as caught:
        CIVIL.is_working_day(value)  # type: ignore[arg-type]
    assert caught.value.message("en") == english


def test_strict_errors_say_what_was_asked_in_words() -> None:
    strict = hanchot.calendar(strict=True)
    asked = {
        "add": (lambda: strict.add_working_days(D(2030, 1, 28), 5), "5 ngày làm việc sau ngày 28/01/2030"),
        "back": (lambda: strict.add_working_days(D(2030, 1, 28), -3),
                 "3 ngày làm việc trước ngày 28/01/2030"),
        "count": (lambda: strict.working_days_between(D(2026, 12, 1), D(2027, 1, 5)),
                  "số ngày làm việc từ 01/12/2026 đến 05/01/2027"),
        "day": (lambda: strict.is_working_day(D(2030, 2, 4)), "ngày 04/02/2030"),
    }
    for name, (call, words) in asked.items():
        with pytest.raises(hanchot.NotAnnouncedError) as caught:
            call()
        assert str(caught.value).startswith(f"{words} cần lịch nghỉ năm"), name


def test_numpy_and_pandas_dates_are_dates() -> None:
    """pandas has no type for a date alone: a naive Timestamp at midnight is its date, as a numpy
    datetime64 is; with a time of day, a time zone or NaT they are refused as datetimes are."""
    import pandas as pd  # noqa: PLC0415

    cal = hanchot.calendar()
    assert cal.is_working_day(np.datetime64("2026-01-10")) is True  # a make-up Saturday (CV 12729/VPCP-KGVX)
    assert cal.is_working_day(pd.Timestamp("2026-02-16")) is False  # 29 Tết
    assert cal.add_working_days(np.datetime64("2026-02-11T00:00:00"), 5) == date(2026, 2, 25)
    series = pd.Series(pd.to_datetime(["2026-01-10", "2026-02-16", "2026-02-23"]))
    assert series.map(cal.is_working_day).tolist() == [True, False, True]
    assert cal.working_days_between(pd.Timestamp("2026-01-01"), np.datetime64("2026-12-31")) == 249
    for bad, code in ((np.datetime64("NaT"), ErrorCode.NOT_A_DATE),
                      (np.datetime64("2026-01-10T09:30"), ErrorCode.DATETIME_NOT_DATE),
                      (pd.Timestamp("2026-01-10 09:30"), ErrorCode.DATETIME_NOT_DATE),
                      (pd.Timestamp("2026-01-10", tz="Asia/Ho_Chi_Minh"), ErrorCode.DATETIME_NOT_DATE),
                      (np.datetime64("99999-01-01"), ErrorCode.NOT_A_DATE)):
        with pytest.raises(InvalidInputError) as caught:
            cal.is_working_day(bad)
        assert caught.value.code is code, bad
    # a start: a date, or a moment when it has a time of day
    assert hanchot.due("05 ngày làm việc", np.datetime64("2026-02-11")).due_date == date(2026, 2, 25)
    assert hanchot.due("05 ngày làm việc", pd.Timestamp("2026-02-11")).due_date == date(2026, 2, 25)
    hours = hanchot.due("04 giờ làm việc", np.datetime64("2026-02-11T16:00"))  # 16–17, then 08–11
    assert hours.due_at.isoformat() == "2026-02-12T11:00:00+07:00"


def test_no_system_time_zone_database_is_needed(tmp_path: object) -> None:
    """Windows and slim containers have no /usr/share/zoneinfo: Asia/Ho_Chi_Minh comes from tzdata."""
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    code = ("import zoneinfo, hanchot; from datetime import datetime, timezone; "
            "print(zoneinfo.TZPATH, hanchot.due('04 giờ làm việc', "
            "datetime(2026, 3, 6, 9, tzinfo=timezone.utc)).due_at.isoformat())")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False,
                          env={"PYTHONTZPATH": str(tmp_path), "PATH": ""})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-1] == "2026-03-09T11:00:00+07:00"  # 16:00 Fri + 1 h, then Mon 08–11


def test_a_day_is_a_typed_value_for_services() -> None:
    """pydantic (and so FastAPI) validates, serialises and describes a DayInfo: a response type."""
    from pydantic import TypeAdapter  # noqa: PLC0415

    adapter = TypeAdapter(hanchot.DayInfo)
    info = hanchot.calendar().day(date(2026, 1, 10))  # the make-up Saturday of CV 12729/VPCP-KGVX
    data = adapter.dump_python(info, mode="json")
    assert (data["date"], data["kind"], data["is_working_day"], data["confidence"]) == (
        "2026-01-10", "makeup_work", True, "official")
    assert data["source"]["document"] == "Công văn 12729/VPCP-KGVX" and data["source"]["date"] == "2025-12-25"
    assert adapter.validate_json(adapter.dump_json(info)) == info
    assert data == info.as_json()  # one serialisation: the CLI's --json and the HTTP service give it too
    assert set(adapter.json_schema()["properties"]) == {
        "date", "kind", "is_working_day", "name_vi", "name_en", "source", "confidence", "provisional",
        "evidence", "note"}


def test_a_real_holidays_object() -> None:
    """Filled on construction for the years asked, named in the language asked, VN, clear outside coverage;
    holidays' own count of working days counts both ends, hanchot's the end only (convention 1)."""
    h = hanchot.calendar().to_holidays(years=[2025, 2026], language="en_US")
    assert h.country == "VN" and set(h.supported_languages) == {"vi", "en_US"}
    assert len(h) == 12 + 15 and h.years == {2025, 2026}  # filled before any look-up: the days off of both
    assert h[date(2026, 11, 24)] == "Vietnamese Culture Day"  # NQ 28/2026/QH16
    assert hanchot.calendar().to_holidays(years=2026)[date(2026, 11, 24)] == "Ngày Văn hóa Việt Nam"
    assert h.is_working_day(date(2026, 1, 10)) and not h.is_working_day(date(2026, 1, 2))  # CV 12729
    start, end = date(2026, 3, 2), date(2026, 3, 6)  # Monday to Friday
    assert h.get_working_days_count(start, end) == 5
    assert hanchot.calendar().working_days_between(start, end) == 4
    with pytest.raises(OutOfCoverageError):
        date(1999, 1, 1) in h  # noqa: B015  (the look-up fills 1999, which hanchot does not cover)
    with pytest.raises(OutOfCoverageError):
        h.is_working_day(date(1999, 1, 1))
    with pytest.raises(NotAnnouncedError):
        hanchot.calendar(strict=True).to_holidays(years=2027)
    for bad in ({"language": "fr"}, {"years": "2026"}, {"years": [2026, None]}):
        with pytest.raises(InvalidInputError):
            hanchot.calendar().to_holidays(**bad)  # type: ignore[arg-type]


def test_a_notebook_shows_a_day_briefly() -> None:
    """A day's repr cites its notice, not the notice's page (1,252 characters, once), and has an HTML view."""
    info = hanchot.calendar().day(date(2026, 1, 10))
    assert len(repr(info)) < 500 and "Công văn 12729/VPCP-KGVX" in repr(info) and "http" not in repr(info)
    assert len(repr(hanchot.calendar().holidays(2026))) < 10_000  # 24,969 once
    assert info._repr_html_().startswith("<span><b>10/01/2026</b> Thứ Bảy: <b>ngày làm việc</b>")
    assert "(dự kiến)" in hanchot.calendar().day(date(2030, 2, 4))._repr_html_()


def test_counting_both_ends() -> None:
    """Hand-worked: Monday 02/03 to Friday 06/03/2026 is 5 days both ends (4 without the first); a first day
    that is off adds nothing; Friday 13/02 to Monday 23/02/2026 spans Tết: 2."""
    cal = hanchot.calendar()
    assert cal.working_days_between(date(2026, 3, 2), date(2026, 3, 6), both_ends=True) == 5
    assert cal.working_days_between(date(2026, 3, 6), date(2026, 3, 2), both_ends=True) == -5
    assert cal.working_days_between(date(2026, 3, 7), date(2026, 3, 13), both_ends=True) == 5  # Sat 07/03
    assert cal.working_days_between(date(2026, 2, 13), date(2026, 2, 23), both_ends=True) == 2
    assert cal.working_days_between(date(2026, 3, 2), date(2026, 3, 2), both_ends=True) == 1
    with pytest.raises(InvalidInputError):
        cal.working_days_between(date(2026, 3, 2), date(2026, 3, 6), both_ends="yes")  # type: ignore[arg-type]


def test_a_billion_days_off_is_refused_at_once() -> None:
    """range(10 ** 9) is no list of days: refused at once, not listed first (about 30 GB)."""
    import time  # noqa: PLC0415

    began = time.perf_counter()
    for options in ({"extra_working_days": range(10 ** 9)}, {"weekend": range(10 ** 9)}):
        with pytest.raises(InvalidInputError):
            hanchot.calendar(**options)  # type: ignore[arg-type]
    assert time.perf_counter() - began < 1


def test_a_month_for_notebooks() -> None:
    """cal.month(y, m) lists the month's days and shows a grid, Monday first, days off coloured and named
    (Tết Bính Ngọ: 16–20/02/2026, Thông báo 9441/TB-BNV); a projected month marks its days; a month outside
    the calendar's years is refused."""
    cal = hanchot.calendar()
    february = cal.month(2026, 2)
    assert len(february.days()) == 28 and february.days()[0].date == date(2026, 2, 1)
    off = [info.date.day for info in february.days_off() if info.kind is not hanchot.DayKind.WEEKEND]
    assert off == [16, 17, 18, 19, 20]
    grid = february._repr_html_()
    assert grid.index("<th>Thứ Hai</th>") < grid.index("<th>Chủ nhật</th>")
    assert grid.count("<td></td>") == 6 + 1  # six before Sunday 01/02, one after Saturday 28/02
    assert "background:#f8d7da'><b>16</b><br><small>Tết Âm lịch" in grid
    assert "<i>4*</i>" in cal.month(2027, 2)._repr_html_()  # 2027 is projected
    assert "2000-01-01" in cal._repr_html_()
    with pytest.raises(InvalidInputError) as error:
        cal.month(2026, 13)
    assert error.value.code is ErrorCode.NUMBER_OUT_OF_RANGE
