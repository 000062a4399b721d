# SPDX-License-Identifier: Apache-2.0
"""A directive's follow-up list as rows (for a CSV or Excel table) and as a calendar file (RFC 5545).

One row per deadline: the item, who must act, the work, the phrase as written, the due
date (and time), how urgent, what the date is counted from, and a note when there is no
date or the date rests on a convention or a projection. In the calendar file a recurring
deadline ("trước ngày 25 hằng tháng") is one recurring event: its RRULE gives the stated
days, and each occurrence up to ``until`` sits on its real due date (EXDATE and RDATE
where a day off moves it).

>>> from datetime import date
>>> from hanchot.scanner import scan
>>> found = scan("Sở Nội vụ báo cáo trước ngày 25 hằng tháng.", date(2026, 1, 5))
>>> heading()[:5]
['Mục', 'Cơ quan thực hiện', 'Nhiệm vụ', 'Thời hạn ghi trong văn bản', 'Hạn']
>>> rows(found)[0][1:5]
['Sở Nội vụ', 'Sở Nội vụ báo cáo trước ngày 25 hằng tháng', 'trước ngày 25 hằng tháng', '23/01/2026']
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from hanchot._checks import require_date
from hanchot.calendars import Calendar, as_calendar
from hanchot.deadline import due
from hanchot.errors import Choice, ErrorCode, HanchotError, InvalidInputError
from hanchot.messages import fail, lang_of, say
from hanchot.rules import Recurring, recurrence, rrule_text
from hanchot.scanner.findings import FOLLOW_UP, Basis, Finding, Urgency

__all__ = ["ScanText", "heading", "rows", "to_ics"]

_ROLL = 12  # days a day off can move a deadline at most (a Tết break)


class ScanText(Choice):
    """The words of a follow-up list (in the message catalogue, Vietnamese and English)."""

    ITEM = "item"
    WHO = "who"
    TASK = "task"
    PHRASE = "phrase"
    DUE = "due"
    TIME = "time"
    URGENCY = "urgency"
    BASIS = "basis"
    NOTE = "note"
    #: Urgency, as the list says it.
    SAME_DAY = "same_day"
    IMMEDIATE = "immediate"
    URGENT = "urgent"
    #: What a due date is counted from (``Basis``).
    FIXED = "fixed"
    ISSUED = "issued"
    EVENT = "event"
    UNRESOLVED = "unresolved"
    #: Notes.
    FOLLOW_UP_DAY = "follow_up_day"
    RECURRING = "recurring"
    NO_DAY = "no_day"
    EVERY_WEEKLY = "every_weekly"
    EVERY_MONTHLY = "every_monthly"
    EVERY_QUARTERLY = "every_quarterly"
    EVERY_YEARLY = "every_yearly"
    PROVISIONAL = "provisional"
    FROM_EVENT = "from_event"
    NEEDS_DATE = "needs_date"
    NOBODY = "nobody"
    CALENDAR_NAME = "calendar_name"


_COLUMNS = (ScanText.ITEM, ScanText.WHO, ScanText.TASK, ScanText.PHRASE, ScanText.DUE, ScanText.TIME,
            ScanText.URGENCY, ScanText.BASIS, ScanText.NOTE)


def heading(lang: object = "vi") -> list[str]:
    """The column headings of :func:`rows`, in ``lang``.

    >>> heading("en")[-3:]
    ['Urgency', 'Counted from', 'Note']
    """
    return [say(column).text(lang) for column in _COLUMNS]


def _findings(value: object) -> list[Finding]:
    if isinstance(value, str | bytes) or not isinstance(value, Sequence) or not all(
            isinstance(f, Finding) for f in value):
        raise fail(InvalidInputError, ErrorCode.NOT_FINDINGS, field="findings", value=value)
    return list(value)


def rows(findings: Sequence[Finding], lang: object = "vi") -> list[list[str]]:
    """One row of text per finding, in the order of :func:`heading`; nothing is left out.

    >>> from hanchot.scanner import scan
    >>> rows(scan("Sở Tài chính khẩn trương tham mưu."))[0][6:]
    ['khẩn trương', 'chưa rõ (cần ngày ban hành)', 'cần ngày ban hành (--ngay-ban-hanh)']
    """
    out = []
    lang = lang_of(lang)
    for f in _findings(findings):
        timed = f.deadline is not None and f.deadline.due_at.date() == f.deadline.due_date
        out.append([
            f.place or f.item, f.who or say(ScanText.NOBODY).text(lang), f.task or f.sentence, f.phrase,
            f"{f.due_date:%d/%m/%Y}" if f.due_date else "",
            f"{f.deadline.due_at:%H:%M}" if f.deadline is not None and timed else "",
            say(ScanText(f.urgency.value)).text(lang) if f.urgency else "",
            say(ScanText(f.basis.value)).text(lang), _note(f, lang)])
    return out


def _note(f: Finding, lang: object = "vi") -> str:
    """Why a finding has no date, or what its date rests on: a convention, a projection, a recurrence."""
    notes = []
    if f.problem is not None:
        notes.append(f.problem.text(lang))
    elif f.due_date is None and f.basis is Basis.EVENT:
        notes.append(say(ScanText.FROM_EVENT, event=f.anchor or "").text(lang))
    elif f.due_date is None:
        notes.append(say(ScanText.NEEDS_DATE).text(lang))
    if f.urgency in (Urgency.IMMEDIATE, Urgency.URGENT) and f.due_date is not None:
        days = f.rule.n if hasattr(f.rule, "n") else FOLLOW_UP[f.urgency]
        notes.append(say(ScanText.FOLLOW_UP_DAY, n=days).text(lang))
    if isinstance(f.rule, Recurring):
        every = say(ScanText(f"every_{f.rule.frequency.value}")).text(lang)
        notes.append(say(ScanText.RECURRING, every=every).text(lang))
        if f.rule.day is None:  # "định kỳ hằng tháng": the document names no day
            notes.append(say(ScanText.NO_DAY).text(lang))
    if f.deadline is not None and f.deadline.provisional:
        notes.append(say(ScanText.PROVISIONAL).text(lang))
    return "; ".join(notes)


def to_ics(findings: Sequence[Finding], *, calendar: Calendar | None = None, until: date | None = None,
           lang: object = "vi") -> str:
    """The findings with a due date as an iCalendar file: one event each, a recurring one for a recurring
    deadline (its occurrences on their real due dates up to ``until``, by default the end of the year
    after the first). Findings without a date are left out: the table lists them.

    >>> from datetime import date
    >>> from hanchot.scanner import scan
    >>> text = to_ics(scan("Sở Nội vụ báo cáo trước ngày 25 hằng tháng.", date(2026, 1, 5)),
    ...               until=date(2026, 6, 30))
    >>> for line in sorted(line for line in text.splitlines() if line.startswith(("RRULE", "EX", "RD"))):
    ...     print(line)
    EXDATE;VALUE=DATE:20260125,20260225,20260325,20260425,20260525,20260625
    RDATE;VALUE=DATE:20260123,20260224,20260324,20260424,20260522,20260624
    RRULE:FREQ=MONTHLY;UNTIL=20260630;BYMONTHDAY=25
    """
    from icalendar import Calendar as ICalendar  # noqa: PLC0415 (only a calendar file needs it)
    from icalendar import Event, vRecur  # noqa: PLC0415

    cal = as_calendar(calendar)
    language = lang_of(lang)
    findings = _findings(findings)
    if until is not None:
        until = require_date(until, "until")
    out = ICalendar()
    out.add("prodid", "-//hanchot//theo doi thoi han//VI")
    out.add("version", "2.0")
    out.add("calscale", "GREGORIAN")
    out.add("x-wr-calname", say(ScanText.CALENDAR_NAME).text(language))
    dated = [f for f in findings if f.deadline is not None]
    for number, f in enumerate(dated, start=1):
        deadline = f.deadline
        assert deadline is not None  # for the type checker: dated holds only these
        event = Event()
        event.add("uid", f"{f.start}-{number}-{deadline.due_date:%Y%m%d}@hanchot")
        event.add("dtstamp", datetime(deadline.due_date.year, 1, 1, tzinfo=UTC))  # never the clock
        timed = deadline.due_at.date() == deadline.due_date
        series: tuple[list[date], list[date], date] | None = None
        if isinstance(f.rule, Recurring) and not timed:
            last = until or date(deadline.due_date.year + 1, 12, 31)
            real = _occurrences(f.rule, deadline.due_date, last, cal)
            stated = [d.date() for d in recurrence(f.rule, real[0] - timedelta(days=_ROLL), last)]
            series = (real, stated, last) if stated else None
        first = series[1][0] if series else deadline.due_date  # a series starts at its first stated day
        if timed:
            event.add("dtstart", deadline.due_at)
        else:
            event.add("dtstart", first)
            event.add("dtend", first + timedelta(days=1))
        who = f.who or say(ScanText.NOBODY).text(language)
        event.add("summary", f"{who}: {f.phrase}")
        event.add("description", "\n".join(filter(None, [f.task or f.sentence, _note(f, language)])))
        event.add("status", "TENTATIVE" if deadline.provisional else "CONFIRMED")
        if series is not None and isinstance(f.rule, Recurring):
            real, stated, last = series
            event.add("rrule", vRecur.from_ical(f"{rrule_text(f.rule)};UNTIL={last:%Y%m%d}"))
            if moved := sorted(set(stated) - set(real)):
                event.add("exdate", moved)
            if added := sorted(set(real) - set(stated)):
                event.add("rdate", added)
        out.add_component(event)
    out.add_missing_timezones()  # a timed deadline names Asia/Ho_Chi_Minh: RFC 5545 wants its VTIMEZONE
    return str(out.to_ical().decode("utf-8"))


def _occurrences(rule: Recurring, first: date, last: date, cal: Calendar) -> list[date]:
    """The due dates of a recurring deadline from its first to ``last`` (or to the calendar's end)."""
    out = [first]
    while True:
        try:
            nxt = due(rule, out[-1] + timedelta(days=1), calendar=cal).due_date
        except HanchotError:  # the calendar's coverage ends
            return out
        if nxt > last:
            return out
        out.append(nxt)
