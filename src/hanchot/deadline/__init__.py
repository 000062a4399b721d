# SPDX-License-Identifier: Apache-2.0
"""Due dates from rules, under the Civil Code 2015 (Art. 144–148) and hanchot's named policies.

The policies live in :mod:`~hanchot.deadline.policies`, the :class:`Deadline`
value in :mod:`~hanchot.deadline.result`, the engine in
:mod:`~hanchot.deadline.engine` (with one handler per kind of rule in
:mod:`~hanchot.deadline.handlers`), and working hours in :mod:`~hanchot.deadline.hours`.

>>> from datetime import date
>>> d = due("05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", date(2026, 2, 11))
>>> d.due_date
datetime.date(2026, 2, 25)
>>> print(d)
Hạn: Thứ Tư 25/02/2026, đến 24:00 (05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ)
"""

from hanchot.deadline.engine import due
from hanchot.deadline.hours import DEFAULT_SESSIONS, Sessions
from hanchot.deadline.policies import DEFAULT_CUTOFF, BeforePolicy, PeriodEndPolicy, Roll, YearContext
from hanchot.deadline.result import Deadline
from hanchot.moments import VIETNAM, parse_when, to_vietnam

__all__ = [
    "DEFAULT_CUTOFF",
    "DEFAULT_SESSIONS",
    "VIETNAM",
    "BeforePolicy",
    "Deadline",
    "PeriodEndPolicy",
    "Roll",
    "Sessions",
    "YearContext",
    "due",
    "parse_when",
    "to_vietnam",
]
