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

from hanchot.rules.dates import DayRef, Frequency, Period, PeriodKind, Point, vietnamese_date
from hanchot.rules.kinds import (
    Before,
    CalendarDays,
    FixedDate,
    Months,
    PeriodPoint,
    Recurring,
    Rule,
    SameDay,
    Weeks,
    WithinPeriod,
    WorkingDays,
    WorkingHours,
    Years,
)
from hanchot.rules.recurrence import recurrence, rrule_text

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
    "recurrence",
    "rrule_text",
    "vietnamese_date",
]
