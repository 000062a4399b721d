# SPDX-License-Identifier: Apache-2.0
"""Working days of Vietnam's civil service (and of enterprises), answered from tables.

Build a calendar with :func:`hanchot.calendar` (``hanchot.calendars.calendar``);
it is an immutable value whose every answer is a few look-ups in tables built once.

>>> from datetime import date
>>> cal = calendar()
>>> cal.is_working_day(date(2026, 2, 16))  # 29 Tết Bính Ngọ
False
>>> cal.add_working_days(date(2026, 2, 13), 1)  # Friday before Tết -> Monday after it
datetime.date(2026, 2, 23)
"""

from hanchot.calendars.days import Coverage, DayInfo
from hanchot.calendars.model import Calendar, as_calendar, calendar, default_calendar
from hanchot.calendars.options import CultureDay, Profile
from hanchot.calendars.tables import CalendarTables

__all__ = [
    "Calendar",
    "CalendarTables",
    "Coverage",
    "CultureDay",
    "DayInfo",
    "Profile",
    "as_calendar",
    "calendar",
    "default_calendar",
]
