# SPDX-License-Identifier: Apache-2.0
"""Deadline rules as values: what a Vietnamese time-limit phrase says, before any date.

Each rule writes itself back as one canonical phrase, which the parser reads
back into the same rule:

>>> WorkingDays(5, anchor="ngày nhận đủ hồ sơ hợp lệ").phrase()
'05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ'
>>> print(Before(DayRef(30, 6, 2024)))
trước ngày 30 tháng 6 năm 2024
"""

from __future__ import annotations

import html
from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import ClassVar

from hanchot._checks import choose, require_bool, require_int
from hanchot.errors import ErrorCode, InvalidInputError
from hanchot.messages import fail
from hanchot.rules.dates import DayRef, Frequency, Period, PeriodKind, Point

__all__ = [
    "Before",
    "CalendarDays",
    "FixedDate",
    "Months",
    "PeriodPoint",
    "Recurring",
    "Rule",
    "SameDay",
    "Weeks",
    "WithinPeriod",
    "WorkingDays",
    "WorkingHours",
    "Years",
]


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

    @classmethod
    def __get_pydantic_core_schema__(cls, source: object, handler: object) -> object:
        """In a typed service (pydantic, FastAPI), a rule is ``{"kind": "WorkingDays", "phrase": "05 ngày làm
        việc"}`` in JSON (``hanchot.parse(phrase)`` rebuilds it), and itself in Python."""
        from pydantic_core import core_schema as cs  # noqa: PLC0415 (pydantic asks for it; nothing else does)

        shown = cs.typed_dict_schema({"kind": cs.typed_dict_field(cs.str_schema()),
                                      "phrase": cs.typed_dict_field(cs.str_schema())})
        return cs.json_or_python_schema(
            json_schema=shown, python_schema=cs.is_instance_schema(cls),
            serialization=cs.plain_serializer_function_ser_schema(
                lambda rule: {"kind": type(rule).__name__, "phrase": rule.phrase()}))


def _instance(name: str, value: object, kind: type, example: str) -> None:
    if not isinstance(value, kind):
        raise fail(InvalidInputError, ErrorCode.WRONG_KIND, field=name, value=value, example=example)


@dataclass(frozen=True, slots=True)
class _Counted(_Shown):
    """A period of ``n`` units, counted from an event (the anchor, kept for display)."""

    n: int
    anchor: str | None = None
    unit: ClassVar[str]
    limit: ClassVar[int]

    def __post_init__(self) -> None:
        require_int("n", self.n, low=1, high=self.limit)
        if self.anchor is not None and not isinstance(self.anchor, str):
            raise fail(InvalidInputError, ErrorCode.NOT_TEXT, field="anchor", value=self.anchor)

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
    """'chậm nhất ngày X', 'đến hết ngày X', 'hạn chót X': X, inclusive; 'chậm nhất 16h00 ngày X',
    'trước 16 giờ ngày X': X at that time."""

    day: DayRef
    at: time | None = None  # the time of day the phrase names, if it names one

    def __post_init__(self) -> None:
        _instance("day", self.day, DayRef, "DayRef(10, 12, 2023)")
        if self.at is not None:
            _instance("at", self.at, time, "time(16, 0)")

    def phrase(self) -> str:
        """The canonical phrase."""
        clock = f" {self.at:%H:%M}" if self.at is not None else ""
        return f"chậm nhất{clock} {self.day.phrase()}"


@dataclass(frozen=True, slots=True)
class Before(_Shown):
    """'trước ngày X': strictly before X."""

    day: DayRef

    def __post_init__(self) -> None:
        _instance("day", self.day, DayRef, "DayRef(30, 6, 2024)")

    def phrase(self) -> str:
        """The canonical phrase."""
        return f"trước {self.day.phrase()}"


@dataclass(frozen=True, slots=True)
class WithinPeriod(_Shown):
    """'trong tháng/quý/năm …', 'hết năm …', '6 tháng đầu năm …': by the end of the period."""

    period: Period

    def __post_init__(self) -> None:
        _instance("period", self.period, Period, "Period(PeriodKind.QUARTER, 2023, 3)")

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
        object.__setattr__(self, "point", choose("point", self.point, Point))
        _instance("period", self.period, Period, "Period(PeriodKind.MONTH, 2024, 6)")
        if self.period.kind not in (PeriodKind.MONTH, PeriodKind.YEAR):
            raise fail(InvalidInputError, ErrorCode.POINT_NEEDS_MONTH_OR_YEAR, field="period",
                       value=self.period.phrase(), point=self.point.word, period=self.period.phrase())

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
        return f"{self.point.word} {self.period.phrase()}"


@dataclass(frozen=True, slots=True)
class Recurring(_Shown):
    """'hằng tháng', 'trước ngày 25 hằng tháng', 'trước ngày 20/11 hằng năm', 'hằng quý', 'ngày 20 tháng
    cuối quý' (the day of each quarter's last month): the next occurrence after the start."""

    frequency: Frequency
    day: int | None = None  # the day of the month ('ngày 25 hằng tháng', 'ngày 20/11 hằng năm')
    before: bool = False  # 'trước ngày 25 …' rather than 'chậm nhất ngày 25 …'
    month: int | None = None  # the month of a yearly day ('ngày 20/11 hằng năm'), yearly only

    def __post_init__(self) -> None:
        object.__setattr__(self, "frequency", choose("frequency", self.frequency, Frequency))
        require_bool("before", self.before)
        yearly = self.frequency is Frequency.YEARLY and self.month is not None
        if self.month is not None and not (yearly
                                           and 1 <= require_int("month", self.month, example=11) <= 12):
            raise fail(InvalidInputError, ErrorCode.RECURRING_DAY_INVALID, field="month", value=self.month)
        if self.day is not None and (self.frequency is Frequency.WEEKLY
                                     or (self.frequency is Frequency.YEARLY and not yearly)
                                     or not 1 <= require_int("day", self.day, example=25) <= 31):
            raise fail(InvalidInputError, ErrorCode.RECURRING_DAY_INVALID, field="day", value=self.day)
        if yearly and self.day is None:
            raise fail(InvalidInputError, ErrorCode.RECURRING_DAY_INVALID, field="day", value=self.day)
        if self.before and self.day is None:
            raise fail(InvalidInputError, ErrorCode.RECURRING_BEFORE_NEEDS_DAY, field="before", value=True)

    def phrase(self) -> str:
        """The canonical phrase."""
        every = f"hằng {self.frequency.word}"
        if self.day is None:
            return every
        word = "trước" if self.before else "chậm nhất"
        month = f" tháng {self.month}" if self.month is not None else ""
        if self.frequency is Frequency.QUARTERLY:
            month = " tháng cuối quý"
        return f"{word} ngày {self.day:02d}{month} {every}"


Rule = (
    WorkingDays | WorkingHours | CalendarDays | Weeks | Months | Years | SameDay | FixedDate
    | Before | WithinPeriod | PeriodPoint | Recurring
)
