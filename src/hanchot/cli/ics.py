# SPDX-License-Identifier: Apache-2.0
"""A year's days off as an iCalendar file (RFC 5545), for calendar applications.

>>> from hanchot import calendar
>>> text = ics(2026, calendar().holidays(2026))
>>> text.splitlines()[:3], text.count("BEGIN:VEVENT"), "DTSTART;VALUE=DATE:20260217" in text
(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//hanchot//lich nghi//VI'], 17, True)
"""

from __future__ import annotations

from datetime import date

from hanchot._checks import require_int
from hanchot.calendars import DayInfo
from hanchot.cli.words import Cli, t
from hanchot.errors import ErrorCode, InvalidInputError
from hanchot.messages import fail

__all__ = ["ics"]


def ics(number: int, days: tuple[DayInfo, ...], lang: object = "vi") -> str:
    """An iCalendar file (RFC 5545) of the year's days off and make-up working days.

    >>> ics(2026, ()).count("BEGIN:VEVENT")
    0
    """
    number = require_int("year", number, low=1, high=9999, example=2026)
    if not (isinstance(days, tuple | list) and all(isinstance(d, DayInfo) for d in days)):
        raise fail(InvalidInputError, ErrorCode.NOT_A_DATE, field="days", value=days)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//hanchot//lich nghi//VI", "CALSCALE:GREGORIAN",
             f"X-WR-CALNAME:{t(Cli.ICS_NAME, lang, year=number)}"]
    for d in days:
        end = date.fromordinal(d.date.toordinal() + 1)
        summary_text = t(Cli.ICS_WORK if d.is_working_day else Cli.ICS_OFF, lang, info=d)
        description = d.source.cite() if d.source else ""
        lines += ["BEGIN:VEVENT", f"UID:{d.date:%Y%m%d}-{d.kind.value}@hanchot",
                  f"DTSTAMP:{number}0101T000000Z",  # fixed: nothing here reads the clock
                  f"DTSTART;VALUE=DATE:{d.date:%Y%m%d}", f"DTEND;VALUE=DATE:{end:%Y%m%d}",
                  f"SUMMARY:{_escape(summary_text)}", f"DESCRIPTION:{_escape(description)}",
                  "TRANSP:TRANSPARENT" if d.is_working_day else "TRANSP:OPAQUE", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character."""
    out, current = [], ""
    for char in line:
        if len((current + char).encode("utf-8")) > 75:
            out.append(current)
            current = " " + char
        else:
            current += char
    out.append(current)
    return "\r\n".join(out)
