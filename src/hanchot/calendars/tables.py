# SPDX-License-Identifier: Apache-2.0
"""Precomputed day tables: every answer of a Calendar is a few look-ups.

For the ``i``-th day of coverage: ``off[i]`` (1 = day off), ``cum[i]`` (working
days up to and including it), and ``prov[i]`` (provisional days up to and
including it); ``working`` lists the indexes of the working days in order.
``CalendarTables`` is the public, read-only view of them that vectorised code uses.

>>> from hanchot import calendar
>>> t = calendar().tables
>>> t.first, t.day_off[t.index(date(2026, 2, 17))]
(datetime.date(2000, 1, 1), 1)
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from hanchot._checks import require_date
from hanchot.calendars.days import evidence_of
from hanchot.calendars.options import CultureDay, Profile
from hanchot.calendars.projection import project, statutory_holidays
from hanchot.data.records import (
    Confidence,
    DayKind,
    DayRecord,
    Evidence,
    HolidayGroup,
    ReadLevel,
    Source,
    YearSchedule,
)
from hanchot.data.statutes import Statutes
from hanchot.data.validate import DataSet

__all__ = ["CalendarTables"]  # Table and build_table serve Calendar alone


#: The evidence levels in a fixed order: ``Table.levels`` holds each day's index into it.
LEVELS = tuple(Evidence)


@dataclass(frozen=True, slots=True)
class Table:
    """The precomputed arrays of one calendar; shared, never mutated after build."""

    first: int  # ordinal of the first covered day
    size: int
    off: bytes
    cum: array[int]  # compact, so that random look-ups stay in the processor's cache
    prov: array[int]
    working: array[int]  # index of each working day, in order
    working_dates: list[date]  # the same days as dates, so that answers need no conversion
    records: dict[int, DayRecord]
    levels: bytes  # how each day is known: an index into LEVELS
    official_years: frozenset[int]
    reviewed: date
    unconfirmed: tuple[date, ...]  # days of the official years that rest on a notice only seen cited
    weekend: frozenset[int]
    weekend_source: Source

    @property
    def first_day(self) -> date:
        """The first covered day."""
        return date.fromordinal(self.first)

    @property
    def last_day(self) -> date:
        """The last covered day."""
        return date.fromordinal(self.first + self.size - 1)


def _year_records(year: int, schedule: YearSchedule | None, statutes: Statutes,
                  culture: CultureDay) -> tuple[list[DayRecord], bool]:
    """The records of one year (official, then projected) and whether it is official."""
    every = set(HolidayGroup)
    announced = schedule.announced if schedule else frozenset()
    records = list(schedule.records) if schedule else []
    present = {r.group for r in records}
    unannounced = every - announced
    official = not statutory_holidays(statutes, year, unannounced)
    missing = unannounced - present
    occupied = {r.date for r in records if r.kind.is_off}
    records += project(
        statutes, year, missing, occupied,
        compensate_culture_day=culture is CultureDay.DAY_OFF_WITH_COMPENSATION,
    )
    if culture is CultureDay.WORKING:
        records = [r for r in records if r.group is not HolidayGroup.CULTURE_DAY]
    return records, official


def _custom_source(day: date) -> Source:
    return Source("custom", "Lịch riêng của đơn vị (tùy chọn của calendar())",
                  "the caller", day, "", "", ReadLevel.PRIMARY)


@lru_cache(maxsize=32)
def build_table(*, profile: Profile, weekend: frozenset[int],
                extra_off: tuple[tuple[date, str], ...], extra_working: tuple[date, ...],
                culture: CultureDay, data: DataSet) -> Table:
    """Build (once per set of options and of data files) the tables of a calendar."""
    statutes, schedules = data.statutes, data.schedules
    first_day, last_day = statutes.first_day, statutes.last_day
    first, size = first_day.toordinal(), (last_day - first_day).days + 1
    records: dict[int, DayRecord] = {}
    official_years = set()
    for year in range(first_day.year, last_day.year + 1):
        year_records, official = _year_records(year, schedules.get(year), statutes, culture)
        if official:
            official_years.add(year)
        for record in year_records:
            if profile is Profile.LABOR_CODE and record.kind.civil_service_only:
                continue
            records[record.date.toordinal()] = record
    for day, name in extra_off:
        records[day.toordinal()] = DayRecord(day, DayKind.LOCAL_OFF, None, name, name,
                                             _custom_source(day), Confidence.CUSTOM)
    for day in extra_working:
        records[day.toordinal()] = DayRecord(day, DayKind.LOCAL_WORK, None,
                                             "Ngày làm việc (lịch riêng)", "Working day (custom)",
                                             _custom_source(day), Confidence.CUSTOM)
    off = bytearray(size)
    prov_flags = bytearray(size)
    statute, projected = (LEVELS.index(evidence_of(Confidence.STATUTORY, None, flag))
                          for flag in (False, True))
    levels = bytearray([statute]) * size  # a plain day of an announced year; the others are set below
    day = first_day
    for i in range(size):
        found = records.get(first + i)
        if found is None:
            off[i] = day.weekday() in weekend
            if day.year not in official_years:
                prov_flags[i], levels[i] = 1, projected
        else:
            off[i] = found.kind.is_off
            prov_flags[i] = found.confidence is Confidence.CITED or (
                day.year not in official_years and found.confidence is Confidence.STATUTORY)
            levels[i] = LEVELS.index(evidence_of(found.confidence, found.source, bool(prov_flags[i])))
        day += timedelta(days=1)
    cum, prov, working = array("i", [0]) * size, array("i", [0]) * size, array("i")
    count = provisional = 0
    for i in range(size):
        if not off[i]:
            count += 1
            working.append(i)
        provisional += prov_flags[i]
        cum[i], prov[i] = count, provisional
    working_dates = [date.fromordinal(first + i) for i in working]
    return Table(first, size, bytes(off), cum, prov, working,
                 working_dates, records, bytes(levels), frozenset(official_years), statutes.reviewed,
                 tuple(r.date for o, r in sorted(records.items()) if r.confidence is Confidence.CITED
                       and r.date.year in official_years),
                 weekend,
                 statutes.weekend_source if profile is Profile.CIVIL_SERVICE
                 else statutes.enterprise_weekend_source)


@dataclass(frozen=True, slots=True)
class CalendarTables:
    """A calendar's precomputed tables, read-only, for vectorised code (``Calendar.tables``).

    Day ``i`` of coverage is ``first + i`` days. Each table is a read-only
    ``memoryview`` that numpy reads without a copy (``numpy.asarray(view)``).

    >>> from hanchot import calendar
    >>> t = calendar().tables
    >>> i = t.index(date(2026, 2, 13))  # the Friday before Tết Bính Ngọ
    >>> t.working_through[i + 10] - t.working_through[i], t.working_days[t.working_through[i]] - i
    (1, 10)
    """

    #: The first covered day.
    first: date
    #: How many days are covered.
    size: int
    #: ``day_off[i]`` is 1 when day ``i`` is a day off, else 0 (format ``B``).
    day_off: memoryview
    #: ``working_through[i]``: how many working days fall on or before day ``i`` (format ``i``).
    working_through: memoryview
    #: ``working_days[k]``: the index of the ``k``-th working day (from 0), in order (format ``i``).
    working_days: memoryview
    #: ``provisional_through[i]``: how many provisional days fall on or before day ``i``.
    provisional_through: memoryview
    #: ``refused_through[i]``: how many days on or before day ``i`` the calendar's ``strict`` refuses
    #: (the provisional days under ``strict=True``; none when it is not strict).
    refused_through: memoryview

    def index(self, day: date) -> int:
        """The index of ``day`` in the tables (it may lie outside ``0 … size - 1``)."""
        return require_date(day, "day").toordinal() - self.first.toordinal()

    @classmethod
    def of(cls, table: Table, refused: array[int]) -> CalendarTables:
        """The read-only view of a table, and of what a calendar's ``strict`` refuses."""
        return cls(table.first_day, table.size, memoryview(table.off).toreadonly(),
                   memoryview(table.cum).toreadonly(), memoryview(table.working).toreadonly(),
                   memoryview(table.prov).toreadonly(), memoryview(refused).toreadonly())
