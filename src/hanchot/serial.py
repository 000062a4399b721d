# SPDX-License-Identifier: Apache-2.0
"""One serialisation of hanchot's answers for programs: the CLI's ``--json`` and the HTTP server give the
same objects with the same field names (documented in docs/cli.md and docs/server.md). A deadline's
is its own :meth:`~hanchot.Deadline.as_json`, which pydantic gives too.

>>> from datetime import date
>>> from hanchot import calendar
>>> year_json(2026, calendar().holidays(2026))["days"][2]["kind"]  # a day is its own DayInfo.as_json()
'makeup_work'
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from hanchot.messages import Lang

if TYPE_CHECKING:
    from hanchot.calendars import DayInfo
    from hanchot.errors import HanchotError
    from hanchot.scanner import Finding

__all__: list[str] = []  # the command line's and the server's: they take hanchot's own values only


def error_json(problem: HanchotError, lang: Lang) -> dict[str, Any]:
    """An error for a program: its stable code, the argument it is about, and the message in ``lang``.

    >>> from hanchot import calendar
    >>> from hanchot.errors import InvalidInputError
    >>> try:
    ...     calendar().is_working_day("06/03/2026")
    ... except InvalidInputError as error:
    ...     error_json(error, Lang.EN)["code"]
    'not_a_date'
    """
    return {"code": problem.code.value if problem.code else None, "field": problem.field,
            "message": problem.message(lang)}


def count_json(a: date, b: date, n: int, days: tuple[DayInfo, ...], both: bool) -> dict[str, Any]:
    """A count of working days, and the days off it skipped.

    >>> count_json(date(2026, 3, 2), date(2026, 3, 6), 4, (), False)["working_days"]
    4
    """
    return {"start": a.isoformat(), "end": b.isoformat(), "working_days": n, "both_ends": both,
            "days_off": [d.as_json() for d in days]}


def findings_json(issued: date | None, found: list[Finding], lang: Lang) -> dict[str, Any]:
    """The deadlines of a document.

    >>> from hanchot.scanner import scan
    >>> found = scan("Sở Nội vụ báo cáo chậm nhất ngày 10/12/2023.")
    >>> findings_json(None, found, Lang.VI)["findings"][0]["who"]
    'Sở Nội vụ'
    """
    return {"issued": issued.isoformat() if issued else None, "findings": [
        {"phrase": f.phrase, "rule": f.rule.phrase(),
         "due_date": f.due_date.isoformat() if f.due_date else None,
         "due_at": f.deadline.due_at.isoformat() if f.deadline else None,
         "basis": f.basis.value, "anchor": f.anchor, "item": f.item, "place": f.place,
         "sentence": f.sentence,
         "who": f.who, "task": f.task, "urgency": f.urgency.value if f.urgency else None,
         "start": f.start, "end": f.end,
         "problem": None if f.problem is None else {"code": f.problem.code.value,
                                                    "text": f.problem.text(lang)}}
        for f in found]}


def year_json(year: int, days: tuple[DayInfo, ...]) -> dict[str, Any]:
    """A year's days that are not plain working days or weekends.

    >>> from hanchot import calendar
    >>> len(year_json(2026, calendar().holidays(2026))["days"])
    17
    """
    return {"year": year, "days": [d.as_json() for d in days]}
