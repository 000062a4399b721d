# SPDX-License-Identifier: Apache-2.0
"""Deadline rules as values: what a Vietnamese time-limit phrase says, before any date.

Each rule writes itself back as one canonical phrase, which the parser reads
back into the same rule:

>>> WorkingDays(5, anchor="ngày nhận đủ hồ sơ hợp lệ").phrase()
'05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ'
>>> FixedDate(DayRef(10, 12, 2023)).phrase()
'chậm nhất ngày 10 tháng 12 năm 2023'
>>> WithinPeriod(Period(PeriodKind.QUARTER, 2023, 3)).phrase()
'trong quý III năm 2023'
>>> print(Before(DayRef(30, 6, 2024)))
trước ngày 30 tháng 6 năm 2024
"""

from __future__ import annotations

import calendar as _gregorian
import html
from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import ClassVar

from hanchot import lunar
from hanchot.errors import InvalidInputError

__all__ = [
    "Before",
    "CalendarDays",
    "DayRef",
    "FixedDate",
    "Frequency",
    "Months",
    "Period",
    "PeriodKind",
    "PeriodPoint",
    "Point",
    "Recurring",
    "Rule",
    "SameDay",
    "Weeks",
    "WithinPeriod",
    "WorkingDays",
    "WorkingHours",
    "Years",
    "vietnamese_date",
]

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


class _Shown(ABC):
    """How every rule shows itself: its canonical phrase, in a terminal and in a notebook."""

    __slots__ = ()

    @abstractmethod
    def phrase(self) -> str:
        """The canonical Vietnamese phrase."""

    def __str__(self) -> str:
        return self.phrase()

    def _repr_html_(self) -> str:
        return (f"<code>{html.escape(self.phrase())}</code> "
                f"<small>({type(self).__name__})</small>")


def _positive(name: str, n: int, limit: int) -> None:
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= limit:
        raise InvalidInputError(f"{name}={n!r} must be a whole number from 1 to {limit}")


@dataclass(frozen=True, slots=True)
class _Counted(_Shown):
    """A period of ``n`` units, counted from an event (the anchor, kept for display)."""

    n: int
    anchor: str | None = None
    unit: ClassVar[str]
    limit: ClassVar[int]

    def __post_init__(self) -> None:
        _positive("n", self.n, self.limit)

    def phrase(self) -> str:
        """The canonical phrase, e.g. '05 ngày làm việc kể từ ngày ký'."""
        text = f"{self.n:02d} {self.unit}"
        return f"{text} kể từ {self.anchor}" if self.anchor else text


@dataclass(frozen=True, slots=True)
class WorkingDays(_Counted):
    """'N ngày làm việc': the N-th working day after the start day."""

    unit: ClassVar[str] = "ngày làm việc"
    limit: ClassVar[int] = 3650


@dataclass(frozen=True, slots=True)
class WorkingHours(_Counted):
    """'N giờ làm việc': N hours counted inside office sessions."""

    unit: ClassVar[str] = "giờ làm việc"
    limit: ClassVar[int] = 10000


@dataclass(frozen=True, slots=True)
class CalendarDays(_Counted):
    """'N ngày': N calendar days after the start day, then Art. 148(5)."""

    unit: ClassVar[str] = "ngày"
    limit: ClassVar[int] = 36500


@dataclass(frozen=True, slots=True)
class Weeks(_Counted):
    """'N tuần': the corresponding weekday N weeks on (Art. 148(2))."""

    unit: ClassVar[str] = "tuần"
    limit: ClassVar[int] = 5200


@dataclass(frozen=True, slots=True)
class Months(_Counted):
    """'N tháng': the corresponding day N months on, clipped to the month's end (Art. 148(3))."""

    unit: ClassVar[str] = "tháng"
    limit: ClassVar[int] = 1200


@dataclass(frozen=True, slots=True)
class Years(_Counted):
    """'N năm': the corresponding day N years on (Art. 148(4))."""

    unit: ClassVar[str] = "năm"
    limit: ClassVar[int] = 100


@dataclass(frozen=True, slots=True)
class SameDay(_Shown):
    """'trong ngày': decided the day of receipt, or the next working day after the cut-off."""

    def phrase(self) -> str:
        """The canonical phrase."""
        return "trong ngày"


@dataclass(frozen=True, slots=True)
class FixedDate(_Shown):
    """'chậm nhất ngày X', 'đến hết ngày X', 'hạn chót X': X, inclusive."""

    day: DayRef

    def phrase(self) -> str:
        """The canonical phrase."""
        return f"chậm nhất {self.day.phrase()}"


@dataclass(frozen=True, slots=True)
class Before(_Shown):
    """'trước ngày X': strictly before X."""

    day: DayRef

    def phrase(self) -> str:
        """The canonical phrase."""
        return f"trước {self.day.phrase()}"


@dataclass(frozen=True, slots=True)
class WithinPeriod(_Shown):
    """'trong tháng/quý/năm …', 'hết năm …', '6 tháng đầu năm …': by the end of the period."""

    period: Period

    def phrase(self) -> str:
        """The canonical phrase."""
        if self.period.kind is PeriodKind.FIRST_MONTHS:
            return self.period.phrase()
        return f"trong {self.period.phrase()}"


@dataclass(frozen=True, slots=True)
class PeriodPoint(_Shown):
    """'đầu/giữa/cuối tháng …', 'đầu/giữa/cuối năm …': the Civil Code's day (Art. 146)."""

    point: Point
    period: Period

    def __post_init__(self) -> None:
        if self.period.kind not in (PeriodKind.MONTH, PeriodKind.YEAR):
            raise InvalidInputError(f"'{self.point.value}' applies to a month or a year, "
                                    f"not to {self.period.phrase()}")

    def day(self) -> date:
        """The day the Civil Code gives: 1, 15 or the last day; 1/1, 30/6 or 31/12.

        >>> PeriodPoint(Point.MIDDLE, Period(PeriodKind.YEAR, 2024)).day()
        datetime.date(2024, 6, 30)
        """
        first, last = self.period.bounds()
        if self.point is Point.START:
            return first
        if self.point is Point.END:
            return last
        if self.period.kind is PeriodKind.YEAR:
            return date(first.year, 6, 30)
        return first + timedelta(days=14)

    def phrase(self) -> str:
        """The canonical phrase."""
        return f"{self.point.value} {self.period.phrase()}"


@dataclass(frozen=True, slots=True)
class Recurring(_Shown):
    """'hằng tháng', 'trước ngày 25 hằng tháng', 'hằng quý': the next occurrence after the start."""

    frequency: Frequency
    day: int | None = None  # the day of the month ('ngày 25 hằng tháng'), monthly only
    before: bool = False  # 'trước ngày 25 …' rather than 'chậm nhất ngày 25 …'

    def __post_init__(self) -> None:
        if self.day is not None and (self.frequency is not Frequency.MONTHLY or not 1 <= self.day <= 31):
            raise InvalidInputError(f"day={self.day!r} needs a monthly frequency and a day 1 to 31")
        if self.before and self.day is None:
            raise InvalidInputError("'trước' needs a day, as in 'trước ngày 25 hằng tháng'")

    def phrase(self) -> str:
        """The canonical phrase."""
        every = f"hằng {self.frequency.value}"
        if self.day is None:
            return every
        word = "trước" if self.before else "chậm nhất"
        return f"{word} ngày {self.day:02d} {every}"


Rule = (
    WorkingDays | WorkingHours | CalendarDays | Weeks | Months | Years | SameDay | FixedDate
    | Before | WithinPeriod | PeriodPoint | Recurring
)
