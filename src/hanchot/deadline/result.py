# SPDX-License-Identifier: Apache-2.0
"""A due date with its reasons: the :class:`Deadline` value that :func:`hanchot.due` returns.

>>> from datetime import date
>>> from hanchot import due
>>> print(due("05 ngày làm việc", date(2026, 2, 11)))
Hạn: Thứ Tư 25/02/2026, đến 24:00 (05 ngày làm việc)
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from hanchot.calendars import DayInfo
from hanchot.messages import Message, Text, lang_of, say, table_html
from hanchot.moments import VIETNAM
from hanchot.rules import Rule

__all__ = ["Deadline", "Explanation"]


class Explanation:
    """A deadline's explanation, made when first asked for, then kept.

    Most callers want the due date only; a service answering per request should not build the account
    of each step for nobody (:func:`hanchot.due` is 21× faster without it: docs/benchmarks.md).
    """

    __slots__ = ("_argument", "_made", "_make")

    def __init__(self, make: Callable[[Any], tuple[tuple[Message, ...], tuple[DayInfo, ...]]],
                 argument: object) -> None:
        self._make: Callable[[Any], tuple[tuple[Message, ...], tuple[DayInfo, ...]]] | None = make
        self._argument = argument
        self._made: tuple[tuple[Message, ...], tuple[DayInfo, ...]] = ((), ())

    def get(self) -> tuple[tuple[Message, ...], tuple[DayInfo, ...]]:
        """(the steps, the days off that moved the result): ``make(argument)``, the first time."""
        if self._make is not None:
            self._made, self._make, self._argument = self._make(self._argument), None, None
        return self._made

    def __getstate__(self) -> tuple[tuple[Message, ...], tuple[DayInfo, ...]]:
        return self.get()  # a pickled deadline (a worker process's answer) carries its explanation made

    def __setstate__(self, made: tuple[tuple[Message, ...], tuple[DayInfo, ...]]) -> None:
        self._make, self._argument, self._made = None, None, made


@dataclass(frozen=True, slots=True)
class Deadline:
    """A due date with its reasons: the rule, the day, the moment, and each step."""

    rule: Rule
    start: date | datetime
    due_date: date
    #: When the period ends, in Vietnam time: 24:00 of ``due_date`` for day-based rules
    #: (BLDS 2015 Art. 148(6)), shown as 00:00 of the next day; the exact moment for hours.
    due_at: datetime = field(repr=False)  # a repr shows the due date; these two follow from it
    #: When the office closes on ``due_date`` (the end of its last session).
    office_closes_at: datetime = field(repr=False)
    provisional: bool
    #: What a clerk should know about the due date; each a message with a ``Caution`` code.
    warnings: tuple[Message, ...]
    #: The day the period is counted from: ``start``'s day, or the date the phrase names
    #: ("15 ngày kể từ ngày 20/01/2026" counts from 20/01/2026 whatever the start given).
    counted_from: date
    _explanation: Explanation = field(repr=False, compare=False)

    @property
    def steps(self) -> tuple[Message, ...]:
        """The explanation, step by step; each a message with a ``Step`` code (made when first asked for).

        >>> from hanchot import due
        >>> [step.code.name for step in due("05 ngày làm việc", date(2026, 2, 11)).steps]
        ['RULE', 'START', 'WORKING_DAYS', 'DAYS_OFF', 'DUE']
        """
        return self._explanation.get()[0]

    @property
    def days_off(self) -> tuple[DayInfo, ...]:
        """The days off that moved the due date, in the order met.

        >>> from hanchot import due
        >>> [str(info.date) for info in due("chậm nhất ngày 10/12/2023", date(2023, 10, 17)).days_off]
        ['2023-12-10']
        """
        return self._explanation.get()[1]

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

    def as_json(self, lang: object = "vi") -> dict[str, Any]:
        """The deadline for a program, texts in ``lang``: what the CLI's ``--json``, the HTTP service and
        pydantic give (field names in docs/server.md).

        >>> from hanchot import due
        >>> data = due("chậm nhất ngày 10/12/2023", date(2023, 10, 17)).as_json("en")
        >>> data["due_date"], data["warnings"][0]["code"], data["rule"]["kind"]
        ('2023-12-11', 'rolled_forward', 'FixedDate')
        """
        language = lang_of(lang)
        start = self.start  # a naive moment is Vietnam time: say so, as due_at does
        shown = start.replace(tzinfo=VIETNAM) if isinstance(start, datetime) and not start.tzinfo else start
        return {"phrase": self.rule.phrase(), "start": shown.isoformat(),
                "counted_from": self.counted_from.isoformat(),
                "due_date": self.due_date.isoformat(), "due_at": self.due_at.isoformat(),
                "weekday": self.due_date.isoweekday(),
                "office_closes_at": self.office_closes_at.isoformat(), "provisional": self.provisional,
                "warnings": [{"code": w.code.value, "text": w.text(language)} for w in self.warnings],
                "explanation": [step.text(language) for step in self.steps],
                "rule": {"kind": type(self.rule).__name__, "phrase": self.rule.phrase()}}

    @classmethod
    def __get_pydantic_core_schema__(cls, source: object, handler: object) -> object:
        """In a typed service (pydantic, FastAPI), a deadline is :meth:`as_json` (Vietnamese) in JSON, and
        itself in Python (a deadline is computed by :func:`hanchot.due`, never read back)."""
        from pydantic_core import core_schema as cs  # noqa: PLC0415 (pydantic asks for it; nothing else does)

        field = cs.typed_dict_field
        text, when = cs.str_schema(), cs.str_schema()
        message = cs.typed_dict_schema({"code": field(text), "text": field(text)})
        rule = cs.typed_dict_schema({"kind": field(text), "phrase": field(text)})
        fields = {"phrase": text, "start": when, "counted_from": when, "due_date": when,
                  "due_at": when, "weekday": cs.int_schema(ge=1, le=7), "office_closes_at": when,
                  "provisional": cs.bool_schema(), "warnings": cs.list_schema(message),
                  "explanation": cs.list_schema(text), "rule": rule}
        shown = cs.typed_dict_schema({name: field(kind) for name, kind in fields.items()})
        return cs.json_or_python_schema(
            json_schema=shown, python_schema=cs.is_instance_schema(cls),
            serialization=cs.plain_serializer_function_ser_schema(lambda deadline: deadline.as_json()))

    def _repr_html_(self) -> str:
        rows = [(say(Text.HTML_RULE), self.rule.phrase()),
                (say(Text.HTML_DUE), self.text().split(": ", 1)[1]),
                (say(Text.HTML_CLOSES), f"{self.office_closes_at:%H:%M %d/%m/%Y}")]
        rows += [(say(Text.HTML_WARNING), str(w)) for w in self.warnings]
        steps = "".join(f"<li>{html.escape(str(s))}</li>" for s in self.steps)
        return f"{table_html(rows)}<ol>{steps}</ol>"
