# SPDX-License-Identifier: Apache-2.0
"""The days and periods a phrase names, before any calendar: solar or lunar days, months, quarters.

>>> DayRef(10, 12, 2023).phrase(), Period(PeriodKind.QUARTER, 2023, 3).phrase()
('ngày 10 tháng 12 năm 2023', 'quý III năm 2023')
"""

from __future__ import annotations

import calendar as _gregorian
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from hanchot import lunar
from hanchot.errors import InvalidInputError

__all__ = ["DayRef", "Frequency", "Period", "PeriodKind", "Point", "vietnamese_date"]

_ROMAN = ("I", "II", "III", "IV")
_LUNAR_MONTHS = {1: "Giêng", 12: "Chạp"}


def vietnamese_date(day: int, month: int, year: int | None = None) -> str:
    """A date as Nghị định 30/2020/NĐ-CP writes it: two-digit day, month padded only for 01–02.

    >>> vietnamese_date(5, 1, 2023), vietnamese_date(12, 3), vietnamese_date(9, 11, 2026)
    ('ngày 05 tháng 01 năm 2023', 'ngày 12 tháng 3', 'ngày 09 tháng 11 năm 2026')
    """
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
        if not 1 <= self.month <= 12:
            raise InvalidInputError(f"month={self.month!r} does not exist; months are 1 to 12")
        if not 1 <= self.day <= (30 if self.lunar else 31):
            raise InvalidInputError(f"day={self.day!r} does not exist in month {self.month}")
        if self.year is not None and not self.lunar:
            self.resolve(self.year)  # 31/4 or 29/2/2023 fails here, naming the date

    def resolve(self, year: int) -> date:
        """The solar date of this day in ``year`` (its own year when it has one)."""
        year = self.year if self.year is not None else year
        if self.lunar:
            return lunar.to_solar(year, self.month, self.day)
        try:
            return date(year, self.month, self.day)
        except ValueError:
            raise InvalidInputError(
                f"{self.day}/{self.month}/{year} does not exist: month {self.month} of {year} has "
                f"{_gregorian.monthrange(year, self.month)[1]} days"
            ) from None

    def phrase(self) -> str:
        """The day in words."""
        if not self.lunar:
            return vietnamese_date(self.day, self.month, self.year)
        day = f"mùng {self.day}" if self.day <= 10 else f"ngày {self.day}"
        month = _LUNAR_MONTHS.get(self.month, str(self.month))
        year = f" năm {self.year}" if self.year is not None else ""
        return f"{day} tháng {month} âm lịch{year}"


class PeriodKind(StrEnum):
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
        allowed = {
            PeriodKind.MONTH: range(1, 13),
            PeriodKind.QUARTER: range(1, 5),
            PeriodKind.FIRST_MONTHS: (6, 9),
            PeriodKind.YEAR: (0,),
        }[self.kind]
        if self.number not in allowed:
            raise InvalidInputError(f"{self.kind.value} number={self.number!r} is not one of "
                                    f"{', '.join(map(str, allowed))}")
        if self.year is None and self.kind in (PeriodKind.YEAR, PeriodKind.FIRST_MONTHS):
            raise InvalidInputError(f"a {self.kind.value} period needs its year, e.g. 2024")
        if self.year is not None and not 1 <= self.year <= 9999:
            raise InvalidInputError(f"year={self.year!r} is out of range")

    def in_year(self, year: int) -> Period:
        """This period in ``year`` (itself when it names its year)."""
        return self if self.year is not None else Period(self.kind, year, self.number)

    def bounds(self) -> tuple[date, date]:
        """The first and last day of the period (which must name its year)."""
        if self.year is None:
            raise InvalidInputError(f"{self.phrase()!r} names no year; resolve it with in_year()")
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


class Point(StrEnum):
    """The Civil Code's points of a month or year (BLDS 2015 Art. 146(2)–(3))."""

    START = "đầu"
    MIDDLE = "giữa"
    END = "cuối"


class Frequency(StrEnum):
    """How often a recurring deadline comes back."""

    WEEKLY = "tuần"
    MONTHLY = "tháng"
    QUARTERLY = "quý"
    YEARLY = "năm"
