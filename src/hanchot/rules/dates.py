# SPDX-License-Identifier: Apache-2.0
"""The days and periods a phrase names, before any calendar: solar or lunar days, months, quarters.

>>> DayRef(10, 12, 2023).phrase(), Period(PeriodKind.QUARTER, 2023, 3).phrase()
('ngày 10 tháng 12 năm 2023', 'quý III năm 2023')
"""

from __future__ import annotations

import calendar as _gregorian
from dataclasses import dataclass
from datetime import date

from hanchot import lunar
from hanchot._checks import choose, require_bool, require_int
from hanchot.errors import Choice, ErrorCode, InvalidInputError
from hanchot.messages import Text, fail, say

__all__ = ["DayRef", "Frequency", "Period", "PeriodKind", "Point", "vietnamese_date"]

_ROMAN = ("I", "II", "III", "IV")
_LUNAR_MONTHS = {1: "Giêng", 12: "Chạp"}
#: The years a rule may name (those a solar date can have).
FIRST_YEAR, LAST_YEAR = 1, 9999


def _year(name: str, value: object) -> int:
    year = require_int(name, value, example=2026)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise fail(InvalidInputError, ErrorCode.YEAR_INVALID, field=name, value=year, low=FIRST_YEAR,
                   high=LAST_YEAR)
    return year


def vietnamese_date(day: int, month: int, year: int | None = None) -> str:
    """A date as Nghị định 30/2020/NĐ-CP writes it: two-digit day, month padded only for 01–02.

    >>> vietnamese_date(5, 1, 2023), vietnamese_date(12, 3), vietnamese_date(9, 11, 2026)
    ('ngày 05 tháng 01 năm 2023', 'ngày 12 tháng 3', 'ngày 09 tháng 11 năm 2026')
    """
    day, month = require_int("day", day, low=1, high=31), require_int("month", month, low=1, high=12)
    if year is not None:
        year = _year("year", year)
    month_text = f"{month:02d}" if month <= 2 else str(month)
    text = f"ngày {day:02d} tháng {month_text}"
    return f"{text} năm {year}" if year is not None else text


@dataclass(frozen=True, slots=True)
class DayRef:
    """A calendar day as a phrase names it: solar or lunar, with or without its year.

    A day without a year takes it from the start (see ``YearContext``).

    >>> DayRef(6, 1, lunar=True).phrase()
    'mùng 6 tháng Giêng âm lịch'
    >>> DayRef(29, 2, 2024).resolve(2024)
    datetime.date(2024, 2, 29)
    """

    day: int
    month: int
    year: int | None = None
    lunar: bool = False

    def __post_init__(self) -> None:
        month = require_int("month", self.month, example=12)
        day = require_int("day", self.day, example=10)
        is_lunar = require_bool("lunar", self.lunar)
        if not 1 <= month <= 12:
            raise fail(InvalidInputError, ErrorCode.MONTH_INVALID, field="month", value=month)
        if self.year is not None:
            _year("year", self.year)
            if not is_lunar:
                self.resolve(self.year)  # 31/4/2024 or 29/2/2023 fails here, naming the date
        last = 30 if is_lunar else _gregorian.monthrange(2024, month)[1]  # 2024: 29/2 may exist
        if not 1 <= day <= last:
            raise fail(InvalidInputError, ErrorCode.DAY_INVALID, field="day", value=day, month=month,
                       last=last)

    def resolve(self, year: int) -> date:
        """The solar date of this day in ``year`` (its own year when it has one).

        >>> DayRef(29, 2).resolve(2023)
        Traceback (most recent call last):
        ...
        hanchot.errors.InvalidInputError: không có ngày 29/2/2023: tháng 2 năm 2023 chỉ có 28 ngày
        """
        year = self.year if self.year is not None else _year("year", year)
        if self.lunar:
            return lunar.to_solar(year, self.month, self.day)
        length = _gregorian.monthrange(year, self.month)[1]
        if not 1 <= self.day <= length:
            raise fail(InvalidInputError, ErrorCode.DATE_DOES_NOT_EXIST, field="day", value=self.day,
                       day=self.day, month=self.month, year=year, length=length)
        return date(year, self.month, self.day)

    def phrase(self) -> str:
        """The day in words."""
        if not self.lunar:
            return vietnamese_date(self.day, self.month, self.year)
        day = f"mùng {self.day}" if self.day <= 10 else f"ngày {self.day}"
        month = _LUNAR_MONTHS.get(self.month, str(self.month))
        year = f" năm {self.year}" if self.year is not None else ""
        return f"{day} tháng {month} âm lịch{year}"


class PeriodKind(Choice):
    """The periods a phrase can name."""

    MONTH = "month"
    QUARTER = "quarter"
    FIRST_MONTHS = "first_months"  # "6 tháng đầu năm", "9 tháng đầu năm"
    YEAR = "year"


@dataclass(frozen=True, slots=True)
class Period:
    """A month, a quarter, the first 6 or 9 months, or a year.

    >>> Period(PeriodKind.FIRST_MONTHS, 2024, 6).bounds()
    (datetime.date(2024, 1, 1), datetime.date(2024, 6, 30))
    """

    kind: PeriodKind
    year: int | None  # None: taken from the start date (see YearContext)
    number: int = 0  # the month (1–12), the quarter (1–4), or the months (6, 9)

    def __post_init__(self) -> None:
        kind = choose("kind", self.kind, PeriodKind)
        object.__setattr__(self, "kind", kind)
        allowed = _NUMBERS[kind]
        number = require_int("number", self.number, example=allowed[0])
        if number not in allowed:
            raise fail(InvalidInputError, ErrorCode.PERIOD_NUMBER_INVALID, field="number", value=number,
                       kind=say(_KIND_WORDS[kind]), allowed=", ".join(map(str, allowed)))
        if self.year is None and kind in (PeriodKind.YEAR, PeriodKind.FIRST_MONTHS):
            raise fail(InvalidInputError, ErrorCode.PERIOD_NEEDS_YEAR, field="year", value=None,
                       kind=say(_KIND_WORDS[kind]), example="2024")
        if self.year is not None:
            _year("year", self.year)

    def in_year(self, year: int) -> Period:
        """This period in ``year`` (itself when it names its year).

        >>> Period(PeriodKind.QUARTER, None, 3).in_year(2023).phrase()
        'quý III năm 2023'
        """
        return self if self.year is not None else Period(self.kind, _year("year", year), self.number)

    def bounds(self) -> tuple[date, date]:
        """The first and last day of the period (which must name its year)."""
        if self.year is None:
            raise fail(InvalidInputError, ErrorCode.PERIOD_NEEDS_YEAR, field="year", value=None,
                       kind=say(_KIND_WORDS[self.kind]), example=f"{self.phrase()} năm 2024")
        if self.kind is PeriodKind.MONTH:
            first_month, last_month = self.number, self.number
        elif self.kind is PeriodKind.QUARTER:
            first_month, last_month = 3 * self.number - 2, 3 * self.number
        elif self.kind is PeriodKind.FIRST_MONTHS:
            first_month, last_month = 1, self.number
        else:
            first_month, last_month = 1, 12
        last = _gregorian.monthrange(self.year, last_month)[1]
        return date(self.year, first_month, 1), date(self.year, last_month, last)

    def phrase(self) -> str:
        """The period in words."""
        year = f" năm {self.year}" if self.year is not None else ""
        if self.kind is PeriodKind.MONTH:
            return (f"tháng {self.number:02d}" if self.number <= 2 else f"tháng {self.number}") + year
        if self.kind is PeriodKind.QUARTER:
            return f"quý {_ROMAN[self.number - 1]}{year}"
        if self.kind is PeriodKind.FIRST_MONTHS:
            return f"{self.number} tháng đầu{year}"
        return f"năm {self.year}"


_NUMBERS: dict[PeriodKind, tuple[int, ...]] = {
    PeriodKind.MONTH: tuple(range(1, 13)),
    PeriodKind.QUARTER: (1, 2, 3, 4),
    PeriodKind.FIRST_MONTHS: (6, 9),
    PeriodKind.YEAR: (0,),
}
_KIND_WORDS = {PeriodKind.MONTH: Text.MONTH, PeriodKind.QUARTER: Text.QUARTER,
               PeriodKind.FIRST_MONTHS: Text.FIRST_MONTHS, PeriodKind.YEAR: Text.YEAR}


class Point(Choice):
    """The Civil Code's points of a month or year (BLDS 2015 Art. 146(2)–(3))."""

    START = "start"
    MIDDLE = "middle"
    END = "end"

    @property
    def word(self) -> str:
        """The word a phrase uses: 'đầu', 'giữa', 'cuối'."""
        return {Point.START: "đầu", Point.MIDDLE: "giữa", Point.END: "cuối"}[self]


class Frequency(Choice):
    """How often a recurring deadline comes back."""

    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"

    @property
    def word(self) -> str:
        """The word a phrase uses after 'hằng': 'tuần', 'tháng', 'quý', 'năm'."""
        return {Frequency.WEEKLY: "tuần", Frequency.MONTHLY: "tháng", Frequency.QUARTERLY: "quý",
                Frequency.YEARLY: "năm"}[self]
