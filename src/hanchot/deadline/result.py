# SPDX-License-Identifier: Apache-2.0
"""A due date with its reasons: the :class:`Deadline` value that :func:`hanchot.due` returns.

>>> from datetime import date
>>> from hanchot import due
>>> print(due("05 ngày làm việc", date(2026, 2, 11)))
Hạn: Thứ Tư 25/02/2026, hết 24:00 (05 ngày làm việc)
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date, datetime, time

from hanchot._text import day_vi
from hanchot.calendars import DayInfo
from hanchot.rules import Rule

__all__ = ["Deadline"]


@dataclass(frozen=True, slots=True)
class Deadline:
    """A due date with its reasons: the rule, the day, the moment, and each step."""

    rule: Rule
    start: date | datetime
    due_date: date
    #: When the period ends, in Vietnam time: 24:00 of ``due_date`` for day-based rules
    #: (BLDS 2015 Art. 148(6)), shown as 00:00 of the next day; the exact moment for hours.
    due_at: datetime
    #: When the office closes on ``due_date`` (the end of its last session).
    office_closes_at: datetime
    provisional: bool
    warnings: tuple[str, ...]
    steps: tuple[str, ...] = field(repr=False)
    days_off: tuple[DayInfo, ...] = field(repr=False)

    def explain(self) -> str:
        """A short Vietnamese account of each step, naming each day off that moved the result."""
        return "\n".join(self.steps)

    def __str__(self) -> str:
        end = "hết 24:00" if self.due_at.time() == time(0) and self.due_at.date() > self.due_date \
            else f"lúc {self.due_at:%H:%M}"
        flag = " (dự kiến)" if self.provisional else ""
        return f"Hạn: {day_vi(self.due_date)}, {end}{flag} ({self.rule.phrase()})"

    def _repr_html_(self) -> str:
        rows = [("Quy tắc", self.rule.phrase()), ("Hạn", str(self).removeprefix("Hạn: ")),
                ("Cơ quan đóng cửa", f"{self.office_closes_at:%H:%M %d/%m/%Y}")]
        rows += [("Cảnh báo", w) for w in self.warnings]
        body = "".join(f"<tr><th style='text-align:left'>{html.escape(k)}</th>"
                       f"<td style='text-align:left'>{html.escape(v)}</td></tr>" for k, v in rows)
        steps = "".join(f"<li>{html.escape(s)}</li>" for s in self.steps)
        return f"<table>{body}</table><ol>{steps}</ol>"
