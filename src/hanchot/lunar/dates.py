# SPDX-License-Identifier: Apache-2.0
"""Solar ↔ lunar conversion over the generated table, and the lunar date value.

>>> to_lunar(date(2026, 2, 17))
LunarDate(year=2026, month=1, day=1, leap=False)
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from functools import cache

from hanchot._checks import require_bool, require_date, require_int
from hanchot.errors import ErrorCode, LunarDateError
from hanchot.lunar._table import END_ORDINAL, FIRST_YEAR, LAST_YEAR, YEARS
from hanchot.messages import Text, fail, say

__all__ = [
    "FIRST_SOLAR",
    "LAST_SOLAR",
    "LunarDate",
    "leap_month",
    "month_length",
    "to_lunar",
    "to_solar",
]

_STEMS = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
_BRANCHES = ("Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi")

#: The first and last solar dates the table converts.
FIRST_SOLAR = date(1900, 1, 1)
LAST_SOLAR = date.fromordinal(END_ORDINAL - 1)


@dataclass(frozen=True, slots=True, order=True)
class LunarDate:
    """A date of the Vietnamese lunar calendar; ``leap`` marks a leap month (tháng nhuận).

    >>> LunarDate(2025, 6, 1, leap=True).year_name
    'Ất Tỵ'
    >>> str(LunarDate(2026, 1, 6))
    'mùng 6 tháng Giêng năm Bính Ngọ'
    """

    year: int
    month: int
    day: int
    leap: bool = False

    def __post_init__(self) -> None:
        _locate(self.year, self.month, self.day, self.leap)

    @property
    def year_name(self) -> str:
        """The sexagenary (can chi) name of the lunar year, e.g. 'Bính Ngọ'."""
        return f"{_STEMS[(self.year + 6) % 10]} {_BRANCHES[(self.year + 8) % 12]}"

    def __str__(self) -> str:
        day = f"mùng {self.day}" if self.day <= 10 else f"ngày {self.day}"
        month = {1: "Giêng", 12: "Chạp"}.get(self.month, str(self.month))
        leap = " nhuận" if self.leap else ""
        return f"{day} tháng {month}{leap} năm {self.year_name}"


@dataclass(frozen=True, slots=True)
class _Months:
    starts: tuple[int, ...]  # ordinal of day 1 of every month, in order, then END_ORDINAL
    labels: tuple[tuple[int, int, bool], ...]  # (year, month, leap) of each month
    index: dict[tuple[int, int, bool], int]


@cache
def _months() -> _Months:
    starts: list[int] = []
    labels: list[tuple[int, int, bool]] = []
    for offset, (tet, leap, mask) in enumerate(YEARS):
        year = FIRST_YEAR + offset
        sequence = [(m, False) for m in range(1, 13)]
        if leap:
            sequence.insert(leap, (leap, True))
        start = tet
        for bit, (month, is_leap) in enumerate(sequence):
            starts.append(start)
            labels.append((year, month, is_leap))
            start += 30 if mask >> bit & 1 else 29
    starts.append(END_ORDINAL)
    return _Months(tuple(starts), tuple(labels), {label: i for i, label in enumerate(labels)})


def to_lunar(d: date) -> LunarDate:
    """The Vietnamese lunar date of the solar date ``d``.

    >>> to_lunar(date(2024, 2, 9))  # 30 Tết: the eve of Tết Giáp Thìn
    LunarDate(year=2023, month=12, day=30, leap=False)
    >>> to_lunar(date(2025, 7, 25))
    LunarDate(year=2025, month=6, day=1, leap=True)
    """
    d = require_date(d, "d")
    if not FIRST_SOLAR <= d <= LAST_SOLAR:
        raise fail(LunarDateError, ErrorCode.LUNAR_DATE_OUT_OF_TABLE, field="d", value=d,
                   first=FIRST_SOLAR, last=LAST_SOLAR)
    months = _months()
    ordinal = d.toordinal()
    i = bisect_right(months.starts, ordinal) - 1
    year, month, leap = months.labels[i]
    return LunarDate(year, month, ordinal - months.starts[i] + 1, leap)


def _year(year: object) -> int:
    year = require_int("year", year, kind=LunarDateError, example=2026)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise fail(LunarDateError, ErrorCode.LUNAR_YEAR_OUT_OF_TABLE, field="year", value=year,
                   first=FIRST_YEAR, last=LAST_YEAR)
    return year


def _month_index(year: object, month: object, leap: object) -> int:
    """The index of a lunar month in the table, after checking every part of it."""
    checked = _year(year)
    month = require_int("month", month, kind=LunarDateError, example=3)
    is_leap = require_bool("leap", leap, kind=LunarDateError)
    if not 1 <= month <= 12:
        raise fail(LunarDateError, ErrorCode.LUNAR_MONTH_INVALID, field="month", value=month)
    index = _months().index.get((checked, month, is_leap))
    if index is None:
        actual = YEARS[checked - FIRST_YEAR][1]
        which = say(Text.LEAP_MONTH, month=actual) if actual else say(Text.NO_LEAP_MONTH)
        raise fail(LunarDateError, ErrorCode.LUNAR_NO_SUCH_LEAP_MONTH, field="month", value=month,
                   year=checked, leap=which)
    return index


def _locate(year: object, month: object, day: object, leap: object) -> int:
    """The ordinal of a lunar date, after checking that it exists."""
    months = _months()
    i = _month_index(year, month, leap)
    length = months.starts[i + 1] - months.starts[i]
    number = require_int("day", day, kind=LunarDateError, example=10)
    if not 1 <= number <= length:
        name = f"{_STEMS[(int(year) + 6) % 10]} {_BRANCHES[(int(year) + 8) % 12]}"  # type: ignore[call-overload]
        raise fail(LunarDateError, ErrorCode.LUNAR_DAY_INVALID, field="day", value=number,
                   month=month, leap=say(Text.LEAP) if leap else "", year=year, name=name, length=length)
    return months.starts[i] + number - 1


def month_length(year: int, month: int, leap: bool = False) -> int:
    """The number of days (29 or 30) of a lunar month.

    >>> month_length(2025, 12)  # no "30 Tết" before Tết Bính Ngọ
    29
    """
    months = _months()
    i = _month_index(year, month, leap)
    return months.starts[i + 1] - months.starts[i]


def leap_month(year: int) -> int:
    """The leap month of a lunar year, or 0 when it has none.

    >>> leap_month(2025), leap_month(2026)
    (6, 0)
    """
    return YEARS[_year(year) - FIRST_YEAR][1]


def to_solar(year: int, month: int, day: int, leap: bool = False) -> date:
    """The solar date of a Vietnamese lunar date.

    >>> to_solar(2027, 1, 1)  # Tết Đinh Mùi
    datetime.date(2027, 2, 6)
    >>> to_solar(2025, 12, 30)
    Traceback (most recent call last):
    ...
    hanchot.errors.LunarDateError: ngày âm lịch 30 không có trong tháng 12 năm Ất Tỵ (năm âm lịch 2025): ...
    """
    return date.fromordinal(_locate(year, month, day, leap))
