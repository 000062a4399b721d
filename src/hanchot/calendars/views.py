# SPDX-License-Identifier: Apache-2.0
"""What a calendar shows and gives away: months for notebooks, a ``holidays`` object, iCalendar, numpy.

:class:`~hanchot.Calendar` has these methods from :class:`CalendarViews`; they only read its answers.

>>> from hanchot import calendar
>>> calendar(strict=True)
Calendar(profile='civil_service', strict=True)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from typing import TYPE_CHECKING, cast

from hanchot._checks import require_int
from hanchot.calendars.month import Month
from hanchot.messages import Text, say

if TYPE_CHECKING:  # imported only for annotations: numpy and holidays are optional at runtime
    import numpy as np

    from hanchot.calendars.interop import CalendarHolidays
    from hanchot.calendars.model import Calendar

__all__ = ["CalendarViews"]


class CalendarViews:
    """The calendar's views and exports (a base of :class:`~hanchot.Calendar`)."""

    __slots__ = ()

    def __repr__(self) -> str:
        """The profile, and only the options that differ from the defaults.

        >>> from datetime import date
        >>> from hanchot import calendar
        >>> calendar("labor_code", weekend={6}, strict=True)
        Calendar(profile='labor_code', weekend=frozenset({6}), strict=True)
        """
        cal = _calendar(self)
        shown = [f"profile={cal.profile.value!r}"]
        shown += [f"{f.name}={_shown(getattr(cal, f.name))}" for f in fields(cal)
                  if f.repr and f.name != "profile" and getattr(cal, f.name) != f.default]
        return f"Calendar({', '.join(shown)})"

    def month(self, year: int, month: int) -> Month:
        """A month of this calendar: its days, and a grid in notebooks.

        >>> from hanchot import calendar
        >>> calendar().month(2026, 2).days()[16].name_vi
        'Tết Nguyên đán (mùng 1 tháng Giêng Bính Ngọ)'
        """
        cal = _calendar(self)
        year = require_int("year", year, low=cal.coverage.first.year, high=cal.coverage.last.year)
        return Month(cal, year, require_int("month", month, low=1, high=12, example=2))

    def _repr_html_(self) -> str:
        cal = _calendar(self)
        return say(Text.HTML_CALENDAR, profile=cal.profile.value, coverage=cal.coverage).text("vi")

    def to_holidays(self, years: int | Iterable[int] | None = None, language: str = "vi") -> CalendarHolidays:
        """This calendar as a ``holidays.HolidayBase``: days off, make-up days as workdays.

        ``years`` are filled at once, others on first look-up; names in ``language``, "vi" or "en_US". A
        year outside coverage is an error. Its ``get_working_days_count`` counts both ends (convention 1).

        >>> from datetime import date
        >>> from hanchot import calendar
        >>> h = calendar().to_holidays(years=2026, language="en_US")
        >>> len(h), h.country, h.get(date(2026, 2, 17)), h.is_working_day(date(2026, 1, 10))
        (15, 'VN', "Lunar New Year's Day", True)
        """
        from hanchot.calendars.interop import to_holidays  # noqa: PLC0415 (holidays is slow to import)

        return to_holidays(_calendar(self), years, language)

    def to_ics(self, years: int | Iterable[int], lang: object = "vi") -> str:
        """The days off and make-up working days of ``years`` as iCalendar (RFC 5545) text; projected days
        carry "dự kiến" in their title and ``STATUS:TENTATIVE``.

        >>> from hanchot import calendar
        >>> text = calendar().to_ics(range(2026, 2028))
        >>> text.count("BEGIN:VEVENT"), "SUMMARY:Tết Âm lịch (mùng 1 Tết) (dự kiến)" in text
        (32, True)
        """
        from hanchot.calendars.ics import to_ics  # noqa: PLC0415 (icalendar loads only for a file)

        return to_ics(_calendar(self), years, lang)

    def to_numpy(self) -> np.busdaycalendar:
        """This calendar as a ``numpy.busdaycalendar`` (needs the ``numpy`` extra).

        numpy has no working Saturdays: make-up days are lost, and a result that crosses one differs
        from this calendar's (:mod:`hanchot.columns` does not).

        >>> import numpy as np
        >>> from hanchot import calendar
        >>> bc = calendar().to_numpy()
        >>> str(np.busday_offset("2026-02-13", 1, roll="forward", busdaycal=bc))
        '2026-02-23'
        """
        from hanchot.calendars.interop import to_numpy  # noqa: PLC0415 (numpy is optional)

        return to_numpy(_calendar(self))


def _shown(value: object) -> str:
    """An option as Python writes it, a set in sorted order (a set of levels has no order of its own)."""
    if isinstance(value, frozenset):
        return f"frozenset({{{', '.join(sorted(repr(item) for item in value))}}})"
    return repr(value)


def _calendar(view: CalendarViews) -> Calendar:
    """The calendar a view belongs to: the only class that has these methods is Calendar."""
    return cast("Calendar", view)
