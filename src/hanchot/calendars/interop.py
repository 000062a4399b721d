# SPDX-License-Identifier: Apache-2.0
"""Bridges to the ``holidays`` package and to numpy's business-day functions.

Kept apart so that ``import hanchot`` loads neither: both are imported here,
when a caller asks for them.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import holidays

from hanchot.errors import DependencyError, ErrorCode
from hanchot.messages import fail

if TYPE_CHECKING:
    import numpy as np

    from hanchot.calendars.model import Calendar

__all__: list[str] = []  # these serve Calendar.to_holidays() and Calendar.to_numpy() alone


class CalendarHolidays(holidays.HolidayBase):
    """A ``holidays.HolidayBase`` filled from a hanchot calendar, year by year on demand.

    Days off that are not weekly rest days become holidays; make-up working
    days become ``weekend_workdays``, which ``is_working_day`` honours.
    """

    def __init__(self, source: Calendar, **kwargs: Any) -> None:
        self._calendar = source
        self.weekend = set(source.weekend)
        self.weekend_workdays: set[date] = set()
        super().__init__(**kwargs)

    def _populate(self, year: int) -> None:
        super()._populate(year)
        cal = self._calendar
        if not cal.coverage.first.year <= year <= cal.coverage.last.year:
            return
        for info in cal.holidays(year):
            if info.is_working_day:
                if info.date.weekday() in self.weekend:
                    self.weekend_workdays.add(info.date)
            else:
                self[info.date] = info.name_vi


def to_holidays(calendar: Calendar) -> CalendarHolidays:
    """See :meth:`hanchot.Calendar.to_holidays`."""
    return CalendarHolidays(calendar)


def to_numpy(calendar: Calendar) -> np.busdaycalendar:
    """See :meth:`hanchot.Calendar.to_numpy`."""
    try:
        import numpy as np  # noqa: PLC0415 (optional extra)
    except ImportError:
        raise fail(DependencyError, ErrorCode.MISSING_DEPENDENCY, field="numpy", what="Calendar.to_numpy()",
                   package="numpy", extra="numpy") from None
    weekmask = [0 if weekday in calendar.weekend else 1 for weekday in range(7)]
    first, last = calendar.coverage.first.year, calendar.coverage.last.year
    off = [
        info.date
        for year in range(first, last + 1)
        for info in calendar.holidays(year)
        if not info.is_working_day and info.date.weekday() not in calendar.weekend
    ]
    return np.busdaycalendar(weekmask=weekmask, holidays=np.array(off, dtype="datetime64[D]"))
