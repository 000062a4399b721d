# SPDX-License-Identifier: Apache-2.0
"""A month of a calendar, for people: the grid a notebook shows.

>>> from hanchot import calendar
>>> month = calendar().month(2026, 2)
>>> [info.date.day for info in month.days_off() if info.kind.value != "weekend"]
[16, 17, 18, 19, 20]
"""

from __future__ import annotations

import calendar as _weeks
import html
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from hanchot.calendars.days import DayInfo
from hanchot.data.records import DayKind
from hanchot.messages import Text, say, weekday

if TYPE_CHECKING:
    from hanchot.calendars.model import Calendar

__all__ = ["Month"]

#: The cell colours of the grid: a day off of the notices or the statute, a weekly rest day, a
#: make-up working Saturday (or another working day that is not a plain weekday).
_COLOURS = {"off": "#f8d7da", "weekend": "#e9ecef", "work": "#d1e7dd"}


@dataclass(frozen=True, slots=True)
class Month:
    """A month of ``calendar``: its days, and a grid for notebooks (``_repr_html_``)."""

    calendar: Calendar
    year: int
    month: int

    def days(self) -> tuple[DayInfo, ...]:
        """Every day of the month, in order."""
        weeks = _weeks.Calendar().itermonthdates(self.year, self.month)
        return tuple(self.calendar.day(d) for d in weeks if d.month == self.month)

    def days_off(self) -> tuple[DayInfo, ...]:
        """The month's days off, weekends included."""
        return tuple(info for info in self.days() if not info.is_working_day)

    def _repr_html_(self) -> str:
        """A notebook's view: the month as a grid, Monday first, days off coloured and named.

        >>> from hanchot import calendar
        >>> grid = calendar().month(2026, 1)._repr_html_()
        >>> "<b>10</b>" in grid, "Làm bù" in grid, grid.count("<tr>")
        (True, True, 6)
        """
        days = self.days()
        first = days[0].date.weekday()
        cells = ["<td></td>"] * first + [_cell(info) for info in days]
        cells += ["<td></td>"] * (-len(cells) % 7)
        rows = "".join("<tr>" + "".join(cells[i:i + 7]) + "</tr>" for i in range(0, len(cells), 7))
        head = "".join(f"<th>{html.escape(weekday(date(2026, 3, 2 + k)))}</th>" for k in range(7))
        title = say(Text.HTML_MONTH, month=self.month, year=self.year,
                    profile=self.calendar.profile.value).text("vi")
        legend = f"<p><small>{html.escape(say(Text.HTML_MONTH_LEGEND).text('vi'))}</small></p>" if any(
            i.provisional for i in days) else ""
        return (f"<table style='border-collapse:collapse'><caption>{html.escape(title)}</caption>"
                f"<tr>{head}</tr>{rows}</table>{legend}")


def _cell(info: DayInfo) -> str:
    """One day: its number, coloured by what it is, and the name of anything but a plain day."""
    if info.kind is DayKind.WORKING:
        colour, name = "", ""
    else:
        key = "weekend" if info.kind is DayKind.WEEKEND else ("work" if info.is_working_day else "off")
        colour = f" style='background:{_COLOURS[key]}'"
        name = "" if info.kind is DayKind.WEEKEND else f"<br><small>{html.escape(info.name_vi)}</small>"
    number = f"<i>{info.date.day}*</i>" if info.provisional else f"<b>{info.date.day}</b>"
    return f"<td{colour}>{number}{name}</td>"
