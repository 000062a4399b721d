# SPDX-License-Identifier: Apache-2.0
"""The Vietnamese lunar calendar: known dates, an independent astronomical proof,
the table's generator, and where the Chinese calendar (lunardate) differs, and why."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from astro import months as ephem_months
from astro import vietnamese_months
from hypothesis import given
from hypothesis import strategies as st
from lunardate import LunarDate as ChineseDate

from hanchot import lunar
from hanchot.errors import ErrorCode, InvalidInputError, LunarDateError
from hanchot.messages import shown

ROOT = Path(__file__).resolve().parents[1]

# (solar, lunar year, month, day, leap): facts from official holiday notices and almanacs.
KNOWN = [
    (date(2026, 2, 17), 2026, 1, 1, False),  # Tết Bính Ngọ, Thông báo 9441/TB-BNV
    (date(2026, 4, 26), 2026, 3, 10, False),  # Giỗ Tổ 2026 (Sunday, nghỉ bù 27/4)
    (date(2025, 1, 29), 2025, 1, 1, False),  # Tết Ất Tỵ, Thông báo 6150/TB-BLĐTBXH
    (date(2025, 4, 7), 2025, 3, 10, False),  # Giỗ Tổ 2025
    (date(2025, 7, 25), 2025, 6, 1, True),  # tháng 6 nhuận Ất Tỵ
    (date(2024, 2, 10), 2024, 1, 1, False),  # Tết Giáp Thìn, Thông báo 5015/TB-LĐTBXH
    (date(2024, 2, 8), 2023, 12, 29, False),  # 29 tháng Chạp: first day off of Tết 2024
    (date(2024, 4, 18), 2024, 3, 10, False),  # Giỗ Tổ 2024
    (date(2023, 1, 22), 2023, 1, 1, False),  # Tết Quý Mão
    (date(2023, 4, 29), 2023, 3, 10, False),  # Giỗ Tổ 2023 (Saturday)
    (date(2023, 3, 22), 2023, 2, 1, True),  # tháng 2 nhuận Quý Mão
    (date(2022, 4, 10), 2022, 3, 10, False),  # Giỗ Tổ 2022 (Sunday)
    (date(2027, 2, 6), 2027, 1, 1, False),  # Tết Đinh Mùi (Saturday)
    (date(2007, 2, 17), 2007, 1, 1, False),  # Tết Đinh Hợi: one day before China's
    (date(1985, 1, 21), 1985, 1, 1, False),  # Tết Ất Sửu: one month before China's
    (date(2030, 2, 2), 2030, 1, 1, False),  # Tết Canh Tuất: one day before China's
    (date(1968, 1, 29), 1968, 1, 1, False),  # Tết Mậu Thân, the first at UTC+7
    (date(1900, 1, 31), 1900, 1, 1, False),
]


@pytest.mark.parametrize(("solar", "year", "month", "day", "leap"), KNOWN)
def test_known_dates(solar: date, year: int, month: int, day: int, leap: bool) -> None:
    assert lunar.to_lunar(solar) == lunar.LunarDate(year, month, day, leap)
    assert lunar.to_solar(year, month, day, leap) == solar


def test_every_day_round_trips_and_days_are_consecutive() -> None:
    d = lunar.FIRST_SOLAR
    previous = lunar.to_lunar(d - timedelta(days=0))
    while d < lunar.LAST_SOLAR:
        d += timedelta(days=1)
        current = lunar.to_lunar(d)
        assert lunar.to_solar(current.year, current.month, current.day, current.leap) == d
        if current.day != 1:
            assert (current.year, current.month, current.leap, current.day) == (
                previous.year, previous.month, previous.leap, previous.day + 1)
        else:
            assert previous.day in (29, 30)
        previous = current


def test_table_agrees_with_an_independent_astronomical_computation() -> None:
    """Every month 1900–2100 starts where PyEphem's new moons and solar terms say it does.

    Lunar years before 1968 at UTC+8, from 1968 at UTC+7 (see docs/lunar.md).
    """
    independent = vietnamese_months(1900, 2100)
    ours = [
        (lunar.to_solar(y, m, 1, leap), y, m, leap)
        for (_, y, m, leap) in independent
    ]
    assert ours == list(independent)
    # and the table holds no month the independent calendar lacks
    first, last = independent[0][0], lunar.LAST_SOLAR
    starts = {start for start, *_ in independent}
    d = first
    while d <= last:
        if lunar.to_lunar(d).day == 1:
            assert d in starts, d
        d += timedelta(days=1)


def _load_generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("gen_lunar_table", ROOT / "tools" / "gen_lunar_table.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_lunar_table"] = module
    spec.loader.exec_module(module)
    return module


def test_generator_reproduces_the_shipped_table_byte_for_byte() -> None:
    generator = _load_generator()
    shipped = Path(lunar.__file__).with_name("_table.py").read_text(encoding="utf-8")
    assert generator.render_table() == shipped


# Lunar years in which Vietnam's calendar differs from lunardate's Chinese calendar, 1900–2099.
#
# From 1968 every difference is the time zone: a new moon (or a principal term, which moves
# a leap month) that falls between 23:00 and 24:00 Vietnam time lands on different days at
# UTC+7 and UTC+8. The test checks that cause month by month against PyEphem at UTC+8.
TIME_ZONE_YEARS = {
    1968: "Tết Mậu Thân 29/01/1968 (China 30/01)",
    1969: "Tết Kỷ Dậu 16/02/1969 (China 17/02)",
    1984: "leap month: China's leap 10 of Giáp Tý, Vietnam's leap 2 of Ất Sửu",
    1985: "Tết Ất Sửu 21/01/1985 (China 20/02)",
    2007: "Tết Đinh Hợi 17/02/2007 (China 18/02)",
    2030: "Tết Canh Tuất 02/02/2030 (China 03/02)",
    2053: "Tết Quý Dậu 18/02/2053 (China 19/02)",
    # one month (two for 1987, 1996, 1997, 2085, 2099) starts a day apart:
    **dict.fromkeys(
        [1974, 1975, 1979, 1986, 1987, 1989, 1995, 1996, 1997, 2006, 2008, 2009, 2018, 2019,
         2020, 2031, 2032, 2034, 2037, 2038, 2039, 2041, 2049, 2051, 2056, 2057, 2058, 2059,
         2060, 2062, 2065, 2070, 2072, 2073, 2077, 2078, 2080, 2082, 2085, 2086, 2088, 2090,
         2092, 2093, 2095, 2099],
        "a month begins a day earlier at UTC+7",
    ),
}
# Before 1968 hanchot uses the UTC+8 astronomical computation (docs/lunar.md). lunardate
# carries the calendar China published, which before 1929 was computed for Beijing's
# meridian (UTC+7:46) and in 1933 and 1954 put a near-midnight new moon on the other day:
PUBLISHED_CALENDAR_YEARS = {
    1914: "month 10 of Giáp Dần",
    1915: "the last day of Ất Mão (Tết Bính Thìn 03/02/1916 in China's publication)",
    1916: "Tết Bính Thìn: 04/02/1916 by the UTC+8 computation",
    1920: "month 10 of Canh Thân",
    1933: "month 6 of Quý Dậu",
    1954: "month 11 of Giáp Ngọ",
}


def _differing_years() -> dict[int, list[date]]:
    out: dict[int, list[date]] = {}
    d = date(1900, 1, 31)
    while d <= date(2099, 12, 31):
        ours = lunar.to_lunar(d)
        theirs = ChineseDate.from_solar_date(d.year, d.month, d.day)
        if (ours.year, ours.month, ours.day, ours.leap) != (
            theirs.year, theirs.month, theirs.day, theirs.is_leap_month
        ):
            out.setdefault(ours.year, []).append(d)
        d += timedelta(days=1)
    return out


def test_lunardate_differs_only_in_the_named_years_and_for_the_named_reason() -> None:
    differing = _differing_years()
    assert set(differing) == set(TIME_ZONE_YEARS) | set(PUBLISHED_CALENDAR_YEARS)
    china = {start: (y, m, leap) for start, y, m, leap in ephem_months(8, 1967, 2099)}
    for year in TIME_ZONE_YEARS:
        for d in differing[year]:
            theirs = ChineseDate.from_solar_date(d.year, d.month, d.day)
            if theirs.day == 1:  # China's month starts here: the UTC+8 computation agrees
                assert china[d] == (theirs.year, theirs.month, bool(theirs.is_leap_month)), d


@given(st.dates(min_value=lunar.FIRST_SOLAR, max_value=lunar.LAST_SOLAR))
def test_round_trip_property(d: date) -> None:
    value = lunar.to_lunar(d)
    assert lunar.to_solar(value.year, value.month, value.day, value.leap) == d
    assert 1 <= value.day <= lunar.month_length(value.year, value.month, value.leap)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        ((2025, 12, 30), ErrorCode.LUNAR_DAY_INVALID,
         "lunar day 30 does not exist in month 12 of the year Ất Tỵ (lunar 2025), which has 29 days"),
        ((2026, 6, 1, True), ErrorCode.LUNAR_NO_SUCH_LEAP_MONTH,
         "lunar year 2026 has no leap month 6; that year has no leap month"),
        ((2025, 5, 1, True), ErrorCode.LUNAR_NO_SUCH_LEAP_MONTH,
         "lunar year 2025 has no leap month 5; its leap month is month 6"),
        ((2026, 13, 1), ErrorCode.LUNAR_MONTH_INVALID, "lunar month=13 does not exist; months are 1 to 12"),
        ((1898, 1, 1), ErrorCode.LUNAR_YEAR_OUT_OF_TABLE,
         "lunar year=1898 is outside the table; valid years are 1899 to 2100"),
        ((2026, "3", 10), ErrorCode.NOT_A_WHOLE_NUMBER, "month='3' is text, not a whole number; e.g. 3"),
        ((2026, 3, 0), ErrorCode.LUNAR_DAY_INVALID,
         "lunar day 0 does not exist in month 3 of the year Bính Ngọ (lunar 2026), which has 30 days"),
        ((2026, 3, 10, "yes"), ErrorCode.NOT_TRUE_OR_FALSE,
         "leap='yes' is text; True or False is needed here"),
    ],
)
def test_to_solar_rejects_bad_dates_clearly(args: tuple[object, ...], code: ErrorCode, message: str) -> None:
    with pytest.raises(LunarDateError) as caught:
        lunar.to_solar(*args)  # type: ignore[arg-type]
    assert caught.value.code is code
    assert caught.value.message("en") == message
    assert isinstance(caught.value, ValueError)
    with pytest.raises(LunarDateError):
        lunar.LunarDate(*args)  # type: ignore[arg-type]  # the value type checks the same


@pytest.mark.parametrize(
    "bad", [date(1899, 12, 31), date(2101, 6, 1), "2026-02-17", None],
)
def test_to_lunar_rejects_bad_input(bad: object) -> None:
    with pytest.raises(InvalidInputError) as caught:
        lunar.to_lunar(bad)  # type: ignore[arg-type]
    assert caught.value.field == "d" and caught.value.value == bad
    assert shown(bad) in str(caught.value)
