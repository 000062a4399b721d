# SPDX-License-Identifier: Apache-2.0
"""A due date with its reasons: the :class:`Deadline` value that :func:`hanchot.due` returns.

>>> from datetime import date
>>> from hanchot import due
>>> print(due("05 ngày làm việc", date(2026, 2, 11)))
Hạn: Thứ Tư 25/02/2026, đến 24:00 (05 ngày làm việc)
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date, datetime, time

from hanchot.calendars import DayInfo
from hanchot.messages import Message, Text, say
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
    #: What a clerk should know about the due date; each a message with a ``Caution`` code.
    warnings: tuple[Message, ...]
    #: The explanation, step by step; each a message with a ``Step`` code.
    steps: tuple[Message, ...] = field(repr=False)
    days_off: tuple[DayInfo, ...] = field(repr=False)
    #: The day the period is counted from: ``start``'s day, or the date the phrase names
    #: ("15 ngày kể từ ngày 20/01/2026" counts from 20/01/2026 whatever the start given).
    counted_from: date | None = None

    def explain(self, lang: object = "vi") -> str:
        """An account of each step, naming each day off that moved the result, in ``lang``.

        >>> from hanchot import due
        >>> print(due("15 ngày", date(2026, 3, 2)).explain("en").splitlines()[2])
        The period starts the day after 02/03/2026 (Civil Code 2015 Art. 147); it ends on Tuesday ...
        """
        return "\n".join(step.text(lang) for step in self.steps)

    def text(self, lang: object = "vi") -> str:
        """The due date in one line, in ``lang``.

        >>> from hanchot import due
        >>> due("05 ngày làm việc", date(2026, 2, 11)).text("en")
        'Due: Wednesday 25/02/2026, until 24:00 (05 ngày làm việc)'
        """
        hours = not (self.due_at.time() == time(0) and self.due_at.date() > self.due_date)
        end = say(Text.UNTIL_MIDNIGHT) if not hours else say(Text.AT_TIME, at=self.due_at)
        return say(Text.DEADLINE, day=self.due_date, end=end, phrase=self.rule.phrase(),
                   provisional=say(Text.PROVISIONAL_MARK) if self.provisional else "").text(lang)

    def __str__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        rows = [(say(Text.HTML_RULE), self.rule.phrase()),
                (say(Text.HTML_DUE), self.text().split(": ", 1)[1]),
                (say(Text.HTML_CLOSES), f"{self.office_closes_at:%H:%M %d/%m/%Y}")]
        rows += [(say(Text.HTML_WARNING), str(w)) for w in self.warnings]
        body = "".join(f"<tr><th style='text-align:left'>{html.escape(str(k))}</th>"
                       f"<td style='text-align:left'>{html.escape(v)}</td></tr>" for k, v in rows)
        steps = "".join(f"<li>{html.escape(str(s))}</li>" for s in self.steps)
        return f"<table>{body}</table><ol>{steps}</ol>"
