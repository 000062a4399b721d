# SPDX-License-Identifier: Apache-2.0
"""hanchot (hạn chót, "deadline"): working days and deadlines for Vietnam's public administration.

>>> import hanchot
>>> from datetime import date
>>> cal = hanchot.calendar()
>>> cal.add_working_days(date(2026, 2, 11), 5)  # 5 ngày làm việc from Wednesday 11/02/2026
datetime.date(2026, 2, 25)
"""

from typing import TYPE_CHECKING

from hanchot import lunar
from hanchot._lazy import __dir__ as __dir__  # deadlines, dossiers, scanner and batch load on first use
from hanchot._lazy import __getattr__ as __getattr__
from hanchot.calendars import Calendar, CalendarTables, Coverage, CultureDay, DayInfo, Profile, calendar
from hanchot.data import Confidence, DayKind, Evidence, Source
from hanchot.errors import (
    DataFileError,
    HanchotError,
    InvalidInputError,
    LegBudgetError,
    LunarDateError,
    NotAnnouncedError,
    OutOfCoverageError,
    PhraseError,
    ReappointmentError,
    SupplementError,
)

if TYPE_CHECKING:  # for readers and type checkers; at run time _lazy loads them
    from hanchot import batch
    from hanchot.deadline import BeforePolicy, Deadline, PeriodEndPolicy, Roll, YearContext, due
    from hanchot.dossier import Assessment, Dossier, Status, assess
    from hanchot.parser import parse
    from hanchot.scanner import Finding, scan

__all__ = [
    "Assessment",
    "BeforePolicy",
    "Calendar",
    "CalendarTables",
    "Confidence",
    "Coverage",
    "CultureDay",
    "DataFileError",
    "DayInfo",
    "DayKind",
    "Deadline",
    "Dossier",
    "Evidence",
    "Finding",
    "HanchotError",
    "InvalidInputError",
    "LegBudgetError",
    "LunarDateError",
    "NotAnnouncedError",
    "OutOfCoverageError",
    "PeriodEndPolicy",
    "PhraseError",
    "Profile",
    "ReappointmentError",
    "Roll",
    "Source",
    "Status",
    "SupplementError",
    "YearContext",
    "assess",
    "batch",
    "calendar",
    "due",
    "lunar",
    "parse",
    "scan",
]
__version__ = "0.1.0"
