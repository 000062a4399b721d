# SPDX-License-Identifier: Apache-2.0
"""Days off and make-up working days as an iCalendar file (RFC 5545), built with ``icalendar``.

One all-day event per day that is not a plain working day or weekend: the day's
name as its title (once, never "Làm bù: Làm bù …"), its kind as category, the
notice it comes from in the description, ``STATUS:TENTATIVE`` and the mark "dự kiến"
in the title for a day that rests on a projection, and a busy (``OPAQUE``) or free
(``TRANSPARENT``) time according to whether the office is closed.

>>> from hanchot import calendar
>>> text = to_ics(calendar(), 2026)
>>> text.count("BEGIN:VEVENT"), "DTSTART;VALUE=DATE:20260217" in text, "STATUS:CONFIRMED" in text
(17, True, True)
>>> projected = to_ics(calendar(), [2030])
>>> "SUMMARY:Tết Âm lịch (mùng 1 Tết) (dự kiến)" in projected, "STATUS:TENTATIVE" in projected
(True, True)
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from hanchot._checks import require_int
from hanchot.calendars.days import DayInfo, year_ranges
from hanchot.calendars.model import as_calendar
from hanchot.errors import Choice, ErrorCode, InvalidInputError
from hanchot.messages import Text, fail, lang_of, say

if TYPE_CHECKING:
    from hanchot.calendars.model import Calendar

__all__ = ["IcsText", "to_ics"]

PRODID = "-//hanchot//lich nghi//VI"


class IcsText(Choice):
    """The words of a calendar file (in the message catalogue, Vietnamese and English)."""

    NAME = "name"
    DESCRIPTION = "description"


def _years(years: object) -> list[int]:
    """One year, or any iterable of years (a ``range`` too), each checked; sorted, without repeats."""
    if isinstance(years, str | bytes) or not isinstance(years, Iterable):
        return [require_int("years", years, low=1, high=9999, example=2026)]
    out = sorted({require_int("years", y, low=1, high=9999, example=2026) for y in years})
    if not out:
        raise fail(InvalidInputError, ErrorCode.NOT_A_WHOLE_NUMBER, field="years", value=years, example=2026)
    return out


def to_ics(cal: Calendar, years: int | Iterable[int], lang: object = "vi") -> str:
    """The days off and make-up working days of ``years`` (one, a list or a ``range``) as RFC 5545 text.

    Each year must be in the calendar's coverage (and announced, for a strict calendar);
    the text has CRLF line ends and folded lines, as the standard asks.

    >>> from hanchot import calendar
    >>> text = to_ics(calendar(), range(2025, 2027), lang="en")
    >>> "X-WR-CALNAME:Days off 2025–2026" in text, text.count("BEGIN:VEVENT")
    (True, 30)
    """
    from icalendar import Calendar as ICalendar  # noqa: PLC0415 (only a calendar file needs it)
    from icalendar import Event  # noqa: PLC0415

    cal = as_calendar(cal)
    chosen = _years(years)
    language = lang_of(lang)
    days = [info for year in chosen for info in cal.holidays(year)]
    out = ICalendar()
    out.add("prodid", PRODID)
    out.add("version", "2.0")
    out.add("calscale", "GREGORIAN")
    out.add("x-wr-calname", say(IcsText.NAME, years=year_ranges(chosen)).text(language))
    stamp = datetime(chosen[0], 1, 1, tzinfo=UTC)  # fixed: nothing here reads the clock
    for info in days:
        event = Event()
        event.add("uid", f"{info.date:%Y%m%d}-{info.kind.value}-{cal.profile.value}@hanchot")
        event.add("dtstamp", stamp)
        event.add("dtstart", info.date)
        event.add("dtend", info.date + timedelta(days=1))
        event.add("summary", title(info, language))
        event.add("description", describe(info, language))
        event.add("categories", [info.kind.label(language)])
        event.add("status", "TENTATIVE" if info.provisional else "CONFIRMED")
        event.add("transp", "TRANSPARENT" if info.is_working_day else "OPAQUE")
        out.add_component(event)
    return str(out.to_ical().decode("utf-8"))


def title(info: DayInfo, lang: object = "vi") -> str:
    """A day's title: its name, marked when it rests on a projection.

    >>> from datetime import date
    >>> from hanchot import calendar
    >>> title(calendar().day(date(2026, 1, 10)))
    'Làm bù (thứ Bảy) cho ngày nghỉ hoán đổi 02/01/2026'
    """
    name = info.name_vi if lang_of(lang).value == "vi" else info.name_en
    return name + (say(Text.PROVISIONAL_MARK).text(lang) if info.provisional else "")


def describe(info: DayInfo, lang: object = "vi") -> str:
    """What a day is, how it is known (its evidence level), and from which document, for an event.

    >>> from datetime import date
    >>> from hanchot import calendar
    >>> print(describe(calendar().day(date(2027, 2, 6)), "en").replace(". ", ".\\n"))
    Kind: public holiday (notice only seen cited, not confirmed).
    Source: Công văn 10065/VPCP-KGVX (Văn phòng Chính phủ, 02/10/2026)
    """
    return say(IcsText.DESCRIPTION, kind=info.kind.label(lang), confidence=info.evidence.label(lang),
               source=info.source.cite(lang) if info.source else "—").text(lang)
