# SPDX-License-Identifier: Apache-2.0
"""hanchot (hạn chót, "deadline"): working days and deadlines for Vietnam's public administration.

>>> import hanchot
>>> from datetime import date
>>> cal = hanchot.calendar()
>>> cal.add_working_days(date(2026, 2, 11), 5)  # 5 ngày làm việc from Wednesday 11/02/2026
datetime.date(2026, 2, 25)
"""

from hanchot import lunar
from hanchot.calendar import Calendar, Coverage, CultureDay, DayInfo, Profile, calendar
from hanchot.data.records import Confidence, DayKind, Source
from hanchot.errors import (
    DataFileError,
    HanchotError,
    InvalidInputError,
    LunarDateError,
    NotAnnouncedError,
    OutOfCoverageError,
)

__all__ = [
    "Calendar",
    "Confidence",
    "Coverage",
    "CultureDay",
    "DataFileError",
    "DayInfo",
    "DayKind",
    "HanchotError",
    "InvalidInputError",
    "LunarDateError",
    "NotAnnouncedError",
    "OutOfCoverageError",
    "Profile",
    "Source",
    "calendar",
    "lunar",
]
__version__ = "0.1.0"
