# SPDX-License-Identifier: Apache-2.0
"""Bridges to the ``holidays`` package and to numpy's business-day functions.

Kept apart so that ``import hanchot`` loads neither: both are imported here,
when a caller asks for them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

import holidays

from hanchot._checks import require_int
from hanchot.errors import DependencyError, ErrorCode, InvalidInputError
from hanchot.messages import fail

if TYPE_CHECKING:
    import numpy as np

    from hanchot.calendars.model import Calendar

__all__: list[str] = []  # these serve Calendar.to_holidays() and Calendar.to_numpy() alone


class CalendarHolidays(holidays.HolidayBase):
    """A ``holidays.HolidayBase`` filled from a hanchot calendar: the years asked for on construction,
    any other year on first look-up (``expand``), as ``holidays`` does.

    Days off that are not weekly rest days become holidays, named in ``language``
    ("vi" or "en_US"); make-up working days become ``weekend_workdays``, which
    ``is_working_day`` honours. A year outside the calendar's coverage is an error, not
    an empty year (a strict calendar refuses a year not yet announced likewise).
    """

    country = "VN"
    supported_languages = ("en_US", "vi")
    default_language = "vi"

    def __init__(self, source: Calendar, years: object = None, language: object = "vi") -> None:
        if language not in self.supported_languages:
            raise fail(InvalidInputError, ErrorCode.NOT_ONE_OF, field="language", value=language,
                       allowed="'vi', 'en_US'")
        self._calendar = source
        self._english = language == "en_US"
        self.weekend = set(source.weekend)
        self.weekend_workdays: set[date] = set()
        super().__init__(years=_years(years), language=str(language))

    def _populate(self, year: int) -> None:
        try:
            days = self._calendar.holidays(year)  # outside coverage: the calendar's own error
        except InvalidInputError:
            self.years.discard(year)  # holidays marks a year filled before filling it: ask again next time
            raise
        super()._populate(year)
        for info in days:
            if info.is_working_day:
                if info.date.weekday() in self.weekend:
                    self.weekend_workdays.add(info.date)
            else:
                self[info.date] = info.name_en if self._english else info.name_vi


def _years(years: object) -> set[int] | None:
    """``years`` as holidays takes them (one, or an iterable), each a whole number, else a clear error."""
    if years is None:
        return None
    if isinstance(years, str | bytes) or not isinstance(years, Iterable):
        return {require_int("years", years, example=2026)}
    return {require_int("years", year, example=2026) for year in years}


def to_holidays(calendar: Calendar, years: object = None, language: object = "vi") -> CalendarHolidays:
    """See :meth:`hanchot.Calendar.to_holidays`."""
    return CalendarHolidays(calendar, years, language)


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
