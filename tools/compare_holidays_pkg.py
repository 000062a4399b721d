# SPDX-License-Identifier: Apache-2.0
"""Rewrite the ``[holidays_package]`` table of each yearly file from a fresh comparison.

    python tools/compare_holidays_pkg.py

For each year, every date on which the PyPI ``holidays`` package's Vietnam calendar
(``holidays.VN().is_working_day``) disagrees with hanchot's civil-service calendar.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import holidays

import hanchot
from hanchot.data import data_directory

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def differences(year: int, cal: hanchot.Calendar, peer: holidays.HolidayBase) -> list[str]:
    """The dates of ``year`` on which the two calendars disagree, explained."""
    out = []
    day = date(year, 1, 1)
    while day.year == year:
        ours, theirs = cal.is_working_day(day), peer.is_working_day(day)
        if ours != theirs:
            info = cal.day(day)
            what = "a working day" if ours else f"a day off ({info.kind.value}: {info.name_vi})"
            out.append(f"{day} ({_WEEKDAYS[day.weekday()]}): hanchot has {what}; holidays "
                       f"{holidays.__version__} has it as {'a day off' if ours else 'a working day'}")
        day += timedelta(days=1)
    return out


def main() -> int:
    cal = hanchot.calendar()
    folder = data_directory()
    years = sorted(int(p.stem) for p in folder.glob("[0-9][0-9][0-9][0-9].toml"))
    peer = holidays.VN(years=range(years[0], years[-1] + 1))
    for year in years:
        path = folder / f"{year}.toml"
        text = path.read_text(encoding="utf-8")
        found = differences(year, cal, peer)
        lines = ",\n".join(f'  "{d}"' for d in found)
        table = (
            "[holidays_package]   # tools/compare_holidays_pkg.py: working-day answers compared\n"
            f'checked = "{holidays.__version__}"\n'
            f"agrees = {'true' if not found else 'false'}\n"
            f"differences = [{chr(10) + lines + chr(10) if found else ''}]\n"
        )
        text = re.sub(r"\[holidays_package\].*\Z", table, text, flags=re.S) if "[holidays_package]" in text \
            else text.rstrip("\n") + "\n\n" + table
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
