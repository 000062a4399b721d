# SPDX-License-Identifier: Apache-2.0
"""Deadlines in documents: every deadline phrase of a Vietnamese administrative text, resolved, with
who must act and the work it is for.

>>> text = '''UBND HUYỆN X
... X, ngày 12 tháng 12 năm 2023
... 1. Các phòng rà soát, hoàn thành chậm nhất ngày 15/01.
... 2. Trong 05 ngày làm việc kể từ ngày ký Quyết định, công khai tại Bộ phận Một cửa.'''
>>> for f in scan(text):
...     print(f.item, f.who, "|", f.phrase, "->", f.due_date, f"({f.basis.value})")
1 Các phòng | chậm nhất ngày 15/01 -> 2024-01-15 (issued)
2  | Trong 05 ngày làm việc kể từ ngày ký Quyết định -> None (event)
>>> f = scan(text, events={"ký Quyết định": date(2023, 12, 15)})[1]
>>> f.due_date, f.basis
(datetime.date(2023, 12, 22), <Basis.EVENT: 'event'>)
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time

from hanchot._checks import require_date, require_text
from hanchot.calendars import Calendar, as_calendar
from hanchot.deadline import Deadline, due
from hanchot.errors import Choice, ErrorCode, InvalidInputError
from hanchot.messages import Message, fail
from hanchot.parser import dated, find, fold
from hanchot.parser.finder import Match
from hanchot.rules import (
    Before,
    CalendarDays,
    FixedDate,
    Frequency,
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
from hanchot.scanner import clauses

__all__ = ["FOLLOW_UP", "Basis", "Finding", "Urgency", "issue_date", "scan"]

#: Folded words that open a deadline phrase in running text (a bare date is not a deadline).
STARTS = frozenset({"cham", "muon", "han", "den", "het", "truoc", "trong", "dinh", "cuoi", "ngay",
                    "giai", "thoi"})
#: Anchors that mean the document itself: its signing or issue ("ngày ký Chỉ thị này", folded).
_SELF = re.compile(r"ngay (?:ky|ban hanh|ky ban hanh)(?: (?:van ban|ke hoach|thong bao|chi thi|quyet dinh|"
                   r"cong van|nghi quyet|ket luan|huong dan|chuong trinh|bao cao|to trinh|quy che|"
                   r"quy dinh|de an) nay)?")  # "ký Quyết định" without "này" is another document
#: "(từ ngày 29/8/2026 đến hết ngày 02/9/2026)": the end of a span of days, not a deadline.
_SPAN = re.compile(r"tu\s+(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*$")
_FOOTNOTES = str.maketrans(dict.fromkeys("⁰¹²³⁴⁵⁶⁷⁸⁹\xa0\u200b\u2009\u202f", " "))
_HEADER = re.compile(r"(?m)^[^\n]{0,80}?,\s*ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})")
#: An item's number or bullet at a line's start ([ \t]*, not \s*: linear on any number of blank lines).
_ITEM = re.compile(r"(?m)^[ \t]*((?:[IVX]+|\d+(?:\.\d+)*)\.|[a-zđ]\)|[-+•])[ \t]")


class Urgency(Choice):
    """A task the document wants done at once, with no date: how urgent it says it is."""

    #: "ngay trong ngày", "giải quyết trong ngày": the day the document is issued.
    SAME_DAY = "same_day"
    #: "ngay" (báo cáo ngay, triển khai ngay): immediately.
    IMMEDIATE = "immediate"
    #: "khẩn trương": urgently.
    URGENT = "urgent"


#: Convention 17 (follow-up days for "ngay" and "khẩn trương"): the law sets no period for either; a
#: follow-up list gives the working day on which to check, counted in working days from the date of
#: issue. ``scan(follow_up=…)`` changes it.
FOLLOW_UP: Mapping[Urgency, int] = {Urgency.IMMEDIATE: 1, Urgency.URGENT: 5}
#: What may follow "ngay" without it meaning "at once": ngay từ đầu, ngay tại chỗ, ngay cả …
_NOT_URGENT = ("tu", "tai", "ca", "ben", "tren", "duoi", "thang", "ngan", "trong ngay")
_NGAY = re.compile(r"(?<![\w])[Nn]gay(?![\w])")
_KHAN = re.compile(r"(?<![\w?])khan truong(?![\w?])")
#: "ngay sau khi …", "ngay khi …": at once after an event, which is the anchor.
_UPON = re.compile(r"\s+(?:sau\s+)?khi\s+")
#: How often a text's reports come round, for "tháng cuối kỳ báo cáo" (folded).
_REPORTS = re.compile(r"(?:hang|moi|dinh ky hang|bao cao)\s+(thang|quy|nam)(?![\w?])")
#: A period that is what the work is about, not when it is due: "kết quả … quý III", "6 tháng cuối năm".
_SUBJECT = re.compile(r"(?:ket qua|tinh hinh|so lieu|danh gia|so ket|tong ket|\d+\s+thang)"
                      r"(?:\s+[a-z?]+){0,3}\s*$")


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
    sentence: str  # the sentence it is in, line breaks joined
    #: Why a deadline that could be counted has no due date (outside coverage, not announced).
    problem: Message | None = None
    #: Who must act, as the document names them ("Sở Nội vụ", "Các cơ quan, đơn vị"), or "" if it does not.
    who: str = ""
    #: The work the deadline is for: its clause, with the sentence before when the clause only says when.
    task: str = ""
    #: For "ngay", "ngay trong ngày", "khẩn trương": how urgent; None for a deadline with a date or period.
    urgency: Urgency | None = None
    #: Where it is, unambiguously: "II.1.2 a)", "III.1", "1.1" (``item`` is the label alone).
    place: str = ""

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


def _bounds(text: str) -> list[tuple[int, str]]:
    """Where each numbered item, bullet or paragraph begins, with its label ("" for a paragraph)."""
    bounds = [(m.start(), m.group(1).rstrip(".")) for m in _ITEM.finditer(text)]
    bounds += [(m.end(), "") for m in re.finditer(r"\n\s*\n", text)]
    return sorted(bounds)


def _relative(rule: Rule) -> bool:
    return isinstance(rule, WorkingDays | WorkingHours | CalendarDays | Weeks | Months | Years | SameDay)


def scan(
    text: str,
    issued: date | None = None,
    *,
    events: Mapping[str, date] | None = None,
    calendar: Calendar | None = None,
    follow_up: Mapping[str, int] | None = None,
) -> list[Finding]:
    """Every deadline phrase in ``text``, with its rule, who must act, the work, and, when it can be
    resolved, its due date.

    ``issued`` is the document's date; when not given it is read from the header line.
    Phrases counted from another event ("kể từ ngày … ký Quyết định") are resolved when
    ``events`` maps a part of that event's words to its date. Tasks to do "ngay" or
    "khẩn trương" are listed with their urgency and a follow-up day (``FOLLOW_UP``, or
    ``follow_up={"immediate": 1, "urgent": 5}``). Text extracted from PDF or Word (line
    breaks inside a phrase, footnote markers, non-breaking spaces) is read as if typed.

    >>> [(f.phrase, f.due_date) for f in scan("Báo cáo chậm nhất\\u00a0ngày 10 tháng\\n12 năm 2023¹.")]
    [('chậm nhất ngày 10 tháng 12 năm 2023', datetime.date(2023, 12, 11))]
    """
    clean = _clean(require_text("text", text))
    cal = as_calendar(calendar)
    issued = require_date(issued, "issued") if issued is not None else issue_date(clean)
    folded_events = _events(events)
    days = _follow_up(follow_up)
    found = clauses.items(clean, _bounds(clean))
    folded_text = fold(clean)
    heads, assigned = clauses.assignments(clean, found)
    findings: list[Finding] = []
    resolved: dict[tuple[Rule, date | None], tuple[Deadline | None, Message | None]] = {}  # met again
    for item in found:
        chunk = clean[item.start:item.end]
        label = _ITEM.match(chunk)
        body = label.end() if label else 0
        folded = folded_text[item.start:item.end]  # fold keeps one character for one: slices align
        reports = _REPORTS.search(folded)
        report = _FREQUENCY.get(reports.group(1)) if reports else None
        matches: list[tuple[Match, Urgency | None]] = [
            (m, None) for m in find(chunk, STARTS, report) if not _about(folded, m)]
        matches = _without_repeats(matches)
        matches += _urgent(chunk, folded, [m for m, _ in matches], days)
        matches.sort(key=lambda pair: pair[0].start)
        spans = [(item.start + m.start, item.start + m.end) for m, _ in matches]
        layout = clauses.Layout(clean, item.start + body, item.end, spans)
        for match, said in matches:
            rule = match.rule
            basis, origin, anchor = _basis(rule, issued, folded_events)
            urgency = Urgency.SAME_DAY if isinstance(rule, SameDay) else said
            if (rule, origin) not in resolved:
                resolved[rule, origin] = _resolve(rule, origin, cal)
            deadline, problem = resolved[rule, origin]
            phrase = " ".join(chunk[match.start:match.end].split())
            start, end = item.start + match.start, item.start + match.end
            work = clauses.task(layout, start, end)
            who = clauses.led(work, phrase) or clauses.who(layout, item, (heads, assigned), start)
            who = who[:1].upper() + who[1:]  # "các cơ quan, đơn vị" opening a sentence, or after a comma
            findings.append(Finding(start, end, phrase, rule, basis, anchor, deadline, item.label,
                                    layout.sentence(start), problem, who, work, urgency, clauses.place(item)))
    return findings


_FREQUENCY = {"thang": Frequency.MONTHLY, "quy": Frequency.QUARTERLY, "nam": Frequency.YEARLY}


def _about(folded: str, match: Match) -> bool:
    """Whether a period is what the work is about ("kết quả … quý III năm 2022", "6 tháng cuối năm
    2022"), or a date ends a span of days ("từ ngày 29/8 đến hết ngày 02/9"): not when work is due."""
    head = folded[max(0, match.start - 60):match.start]
    if isinstance(match.rule, FixedDate | WithinPeriod) and _SPAN.search(head):  # "từ ngày X đến hết Y"
        return True
    if not isinstance(match.rule, WithinPeriod | PeriodPoint):
        return False
    return _SUBJECT.search(head) is not None


def _without_repeats(matches: list[tuple[Match, Urgency | None]]) -> list[tuple[Match, Urgency | None]]:
    """"Báo cáo định kỳ hằng quý …, trước ngày 20 của tháng cuối kỳ báo cáo": one deadline, not two."""
    dated = {m.rule.frequency for m, _ in matches if isinstance(m.rule, Recurring) and m.rule.day is not None}
    return [(m, u) for m, u in matches
            if not (isinstance(m.rule, Recurring) and m.rule.day is None and m.rule.frequency in dated)]


def _urgent(chunk: str, folded: str, found: list[Match],
            days: Mapping[Urgency, int]) -> list[tuple[Match, Urgency | None]]:
    """"ngay" and "khẩn trương" (``folded`` is ``chunk`` folded) outside the phrases already found."""
    out: list[tuple[Match, Urgency | None]] = []
    hits = [(m.start(), m.end(), Urgency.IMMEDIATE) for m in _NGAY.finditer(chunk)]
    hits += [(m.start(), m.end(), Urgency.URGENT) for m in _KHAN.finditer(folded)]
    starts = [m.start for m in found]  # found is in text order: a look-up, not a walk
    for start, stop_at, urgency in hits:
        end = stop_at
        before = bisect_right(starts, start) - 1
        inside = before >= 0 and start < found[before].end
        if inside or folded[end:end + 12].lstrip().startswith(_NOT_URGENT):
            continue
        anchor = None
        upon = _UPON.match(chunk, end)
        if urgency is Urgency.IMMEDIATE and upon:  # "ngay sau khi nhận được …": at once after that
            stop = re.search(r"[,.;:\n]", chunk[upon.end():])
            words = chunk[upon.end():upon.end() + (stop.start() if stop else 80)].split()[:12]
            anchor = " ".join(words) or None
            end = upon.end() + len(" ".join(words)) if anchor else end
        out.append((Match(WorkingDays(days[urgency], anchor=anchor), start, end), urgency))
    return out


def _follow_up(given: object) -> Mapping[Urgency, int]:
    if given is None:
        return FOLLOW_UP
    if not isinstance(given, Mapping):
        raise fail(InvalidInputError, ErrorCode.BAD_FOLLOW_UP, field="follow_up", value=given,
                   example="{'immediate': 1, 'urgent': 5}")
    out = dict(FOLLOW_UP)
    for key, value in given.items():
        if key not in (Urgency.IMMEDIATE.value, Urgency.URGENT.value) or isinstance(value, bool) \
                or not isinstance(value, int) or not 0 <= value <= 60:
            raise fail(InvalidInputError, ErrorCode.BAD_FOLLOW_UP, field="follow_up", value=given,
                       example="{'immediate': 1, 'urgent': 5}")
        out[Urgency(key)] = value
    return out


def _basis(rule: Rule, issued: date | None, events: dict[str, date]) -> tuple[Basis, date | None, str | None]:
    """What a rule counts from here: its basis, its start (if known), and its anchor."""
    anchor = getattr(rule, "anchor", None)
    basis, origin = Basis.UNRESOLVED, issued
    if isinstance(rule, FixedDate | Before | WithinPeriod | PeriodPoint | Recurring):
        basis = Basis.FIXED if _names_year(rule) else (Basis.ISSUED if issued else Basis.UNRESOLVED)
    elif anchor and (named := _dated(anchor)) is not None:  # "kể từ ngày 20/01/2026": its start
        basis, origin = Basis.FIXED, named
    elif anchor and not _SELF.fullmatch(" ".join(fold(anchor).split())):
        basis, origin = Basis.EVENT, None
        for key, value in events.items():
            if key and key in fold(anchor):
                origin = value
    elif _relative(rule):
        basis = Basis.ISSUED if issued else Basis.UNRESOLVED
    if origin is None and basis is Basis.FIXED:
        origin = _own_start(rule)
    return basis, origin, anchor


def _resolve(rule: Rule, origin: date | None, cal: Calendar) -> tuple[Deadline | None, Message | None]:
    if origin is None:
        return None, None
    start: date | datetime = origin
    if isinstance(rule, SameDay):  # convention 17: a document's own day, read in its working hours
        start = datetime.combine(origin, time(8, 0))
    try:
        return due(rule, start, calendar=cal), None
    except InvalidInputError as error:  # a date outside coverage, not announced, a moment needed
        return None, error.detail if isinstance(error.detail, Message) else None


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
