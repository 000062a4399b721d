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
from hanchot.deadline import BeforePolicy, Deadline, PeriodEndPolicy, Roll, YearContext, due
from hanchot.errors import (
    DataFileError,
    HanchotError,
    InvalidInputError,
    LunarDateError,
    NotAnnouncedError,
    OutOfCoverageError,
)
from hanchot.parser import PhraseError, parse

__all__ = [
    "BeforePolicy",
    "Calendar",
    "Confidence",
    "Coverage",
    "CultureDay",
    "DataFileError",
    "DayInfo",
    "DayKind",
    "Deadline",
    "HanchotError",
    "InvalidInputError",
    "LunarDateError",
    "NotAnnouncedError",
    "OutOfCoverageError",
    "PeriodEndPolicy",
    "PhraseError",
    "Profile",
    "Roll",
    "Source",
    "YearContext",
    "calendar",
    "due",
    "lunar",
    "parse",
]
__version__ = "0.1.0"
