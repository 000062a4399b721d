# SPDX-License-Identifier: Apache-2.0
"""Deadlines in documents: every deadline phrase of a Vietnamese administrative text, resolved.

>>> text = '''UBND HUYỆN X
... X, ngày 12 tháng 12 năm 2023
... 1. Các phòng rà soát, hoàn thành chậm nhất ngày 15/01.
... 2. Trong 05 ngày làm việc kể từ ngày ký Quyết định, công khai tại Bộ phận Một cửa.'''
>>> for f in scan(text):
...     print(f.item, f.phrase, "->", f.due_date, f"({f.basis.value})")
1 chậm nhất ngày 15/01 -> 2024-01-15 (issued)
2 Trong 05 ngày làm việc kể từ ngày ký Quyết định -> None (event)
>>> f = scan(text, events={"ký Quyết định": date(2023, 12, 15)})[1]
>>> f.due_date, f.basis
(datetime.date(2023, 12, 22), <Basis.EVENT: 'event'>)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from hanchot._checks import require_date, require_text
from hanchot.calendars import Calendar, as_calendar
from hanchot.deadline import Deadline, due
from hanchot.errors import Choice, ErrorCode, InvalidInputError
from hanchot.messages import Message, fail
from hanchot.parser import dated, find, fold
from hanchot.rules import (
    Before,
    CalendarDays,
    FixedDate,
    Months,
    PeriodPoint,
    Recurring,
    Rule,
    SameDay,
    Weeks,
    WithinPeriod,
    WorkingDays,
    WorkingHours,
    Years,
)

__all__ = ["Basis", "Finding", "issue_date", "scan"]

#: Folded words that open a deadline phrase in running text (a bare date is not a deadline).
STARTS = frozenset({"cham", "muon", "han", "den", "het", "truoc", "trong", "dinh", "cuoi", "ngay",
                    "giai"})
#: Anchors that mean the document itself: its signing or issue.
_SELF = ("ngay ky", "ngay ban hanh", "ngay ky ban hanh", "ngay ky van ban nay",
         "ngay ban hanh van ban nay", "ngay ky ke hoach nay", "ngay ky thong bao nay")
_FOOTNOTES = str.maketrans(dict.fromkeys("⁰¹²³⁴⁵⁶⁷⁸⁹\xa0\u200b\u2009\u202f", " "))
_HEADER = re.compile(r"(?m)^[^\n]{0,80}?,\s*ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})")
#: An item's number or bullet at a line's start ([ \t]*, not \s*: linear on any number of blank lines).
_ITEM = re.compile(r"(?m)^[ \t]*((?:[IVX]+|\d+(?:\.\d+)*)\.|[a-zđ]\)|[-+•])[ \t]")


class Basis(Choice):
    """What a finding's due date is counted from."""

    #: The phrase names its own date, year included.
    FIXED = "fixed"
    #: Counted from the document's date of issue (or given a year by it).
    ISSUED = "issued"
    #: Counted from another event, named by the phrase's anchor.
    EVENT = "event"
    #: Nothing to count from: the document's date is unknown.
    UNRESOLVED = "unresolved"


@dataclass(frozen=True, slots=True)
class Finding:
    """A deadline stated in a document."""

    start: int  # span in the (NFC) text
    end: int
    phrase: str
    rule: Rule
    basis: Basis
    anchor: str | None
    deadline: Deadline | None
    item: str  # the numbered item it belongs to ("1.1", "a)"), or "" before the first
    sentence: str  # the item's (or paragraph's) text, line breaks joined
    #: Why a deadline that could be counted has no due date (outside coverage, not announced).
    problem: Message | None = None

    @property
    def due_date(self) -> date | None:
        """The due date, when it can be resolved."""
        return self.deadline.due_date if self.deadline else None


def _clean(text: str) -> str:
    """NFC, with footnote markers, non-breaking and zero-width spaces turned into spaces."""
    return unicodedata.normalize("NFC", text).translate(_FOOTNOTES)


def issue_date(text: str) -> date | None:
    """The date in the header line, e.g. "Cần Giờ, ngày 12 tháng 12 năm 2023".

    >>> issue_date("UBND\\nCần Giờ, ngày 12 tháng 12 năm 2023\\nKẾ HOẠCH")
    datetime.date(2023, 12, 12)
    >>> issue_date("Thành phố Hồ Chí Minh, ngày tháng năm 2023") is None
    True
    """
    lines = _clean(require_text("text", text))[:3000].splitlines()
    match = _HEADER.search("\n".join(fold(line) for line in lines))
    if match is None:
        return None
    day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _items(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of each numbered item or paragraph."""
    bounds = [(m.start(), m.group(1)) for m in _ITEM.finditer(text)]
    bounds += [(m.end(), "") for m in re.finditer(r"\n\s*\n", text)]
    bounds.sort()
    out: list[tuple[int, int, str]] = []
    label = ""
    starts = [0] + [b for b, _ in bounds] + [len(text)]
    labels = [""] + [lab for _, lab in bounds]
    for i in range(len(starts) - 1):
        if labels[i] and labels[i] not in "-+•":  # a bullet stays inside its numbered item
            label = labels[i].rstrip(".")
        out.append((starts[i], starts[i + 1], label))
    return out


def _relative(rule: Rule) -> bool:
    return isinstance(rule, WorkingDays | WorkingHours | CalendarDays | Weeks | Months | Years | SameDay)


def scan(
    text: str,
    issued: date | None = None,
    *,
    events: Mapping[str, date] | None = None,
    calendar: Calendar | None = None,
) -> list[Finding]:
    """Every deadline phrase in ``text``, with its rule and, when it can be resolved, its due date.

    ``issued`` is the document's date; when not given it is read from the header line.
    Phrases counted from another event ("kể từ ngày … ký Quyết định") are resolved when
    ``events`` maps a part of that event's words to its date. Text extracted from PDF
    or Word (line breaks inside a phrase, footnote markers, non-breaking spaces) is read
    as if typed.

    >>> [(f.phrase, f.due_date) for f in scan("Báo cáo chậm nhất\\u00a0ngày 10 tháng\\n12 năm 2023¹.")]
    [('chậm nhất ngày 10 tháng 12 năm 2023', datetime.date(2023, 12, 11))]
    """
    clean = _clean(require_text("text", text))
    cal = as_calendar(calendar)
    issued = require_date(issued, "issued") if issued is not None else issue_date(clean)
    folded_events = _events(events)
    findings: list[Finding] = []
    for start, end, label in _items(clean):
        chunk = clean[start:end]
        sentence = " ".join(chunk.split())
        for match in find(chunk, STARTS):
            rule = match.rule
            anchor = getattr(rule, "anchor", None)
            basis, origin = Basis.UNRESOLVED, issued
            if isinstance(rule, FixedDate | Before | WithinPeriod | PeriodPoint | Recurring):
                basis = Basis.FIXED if _names_year(rule) else (Basis.ISSUED if issued else Basis.UNRESOLVED)
            elif anchor and (named := _dated(anchor)) is not None:  # "kể từ ngày 20/01/2026": its start
                basis, origin = Basis.FIXED, named
            elif anchor and fold(anchor).strip() not in _SELF:
                basis, origin = Basis.EVENT, None
                for key, value in folded_events.items():
                    if key and key in fold(anchor):
                        origin = value
            elif _relative(rule):
                basis = Basis.ISSUED if issued else Basis.UNRESOLVED
            if origin is None and basis is Basis.FIXED:
                origin = _own_start(rule)
            deadline = problem = None
            if origin is not None:
                try:
                    deadline = due(rule, origin, calendar=cal)
                except InvalidInputError as error:  # a date outside coverage, not announced, a moment needed
                    problem = error.detail if isinstance(error.detail, Message) else None
            phrase = " ".join(chunk[match.start:match.end].split())
            findings.append(Finding(start + match.start, start + match.end, phrase, rule, basis, anchor,
                                    deadline, label, sentence, problem))
    return findings


def _dated(anchor: str) -> date | None:
    """The day an anchor names outright; None for an event, or for a day that does not exist (then
    the deadline is left unresolved, and ``due`` says why when asked)."""
    try:
        return dated(anchor)
    except InvalidInputError:
        return None


def _events(events: object) -> dict[str, date]:
    """The events' words, folded, with their dates; a clear error for anything else."""
    if events is None:
        return {}
    if not isinstance(events, Mapping) or not all(isinstance(k, str) and type(v) is date
                                                  for k, v in events.items()):
        raise fail(InvalidInputError, ErrorCode.BAD_EVENTS, field="events", value=events,
                   example="'ký Quyết định' → 2023-12-15")
    return {fold(key).strip(): value for key, value in events.items()}


def _own_start(rule: Rule) -> date:
    """For a rule that names its year and no document date: the first day of that year."""
    if isinstance(rule, FixedDate | Before) and rule.day.year is not None:
        return date(rule.day.year, 1, 1)
    if isinstance(rule, WithinPeriod | PeriodPoint) and rule.period.year is not None:
        return date(rule.period.year, 1, 1)
    raise AssertionError("only called for rules that name their year")


def _names_year(rule: Rule) -> bool:
    """Whether a dated rule names its own year (so it needs no date of issue)."""
    if isinstance(rule, FixedDate | Before):
        return rule.day.year is not None
    if isinstance(rule, WithinPeriod | PeriodPoint):
        return rule.period.year is not None
    return False
