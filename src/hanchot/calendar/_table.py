# SPDX-License-Identifier: Apache-2.0
"""Precomputed day tables: every answer of a Calendar is a few list look-ups.

For the ``i``-th day of coverage: ``off[i]`` (1 = day off), ``cum[i]`` (working
days up to and including it), and ``prov[i]`` (provisional days up to and
including it); ``working`` lists the ordinals of the working days in order.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from hanchot.data.loader import load_directory
from hanchot.data.records import (
    Confidence,
    DayKind,
    DayRecord,
    HolidayGroup,
    Source,
    YearSchedule,
)
from hanchot.data.statutes import Statutes, load_statutes
from hanchot.lunar import LAST_SOLAR

__all__ = ["CultureDay", "Profile", "Table", "build_table"]


class Profile(StrEnum):
    """Whose working days: civil servants (the default) or enterprises under the Labour Code."""

    #: Official notices as published: holidays, nghỉ bù, swapped days and make-up Saturdays.
    CIVIL_SERVICE = "civil_service"
    #: Statutory holidays and nghỉ bù only: swaps bind the public sector, never enterprises.
    LABOR_CODE = "labor_code"


class CultureDay(StrEnum):
    """How to treat 24/11, Ngày Văn hóa Việt Nam (a paid day off from 2026)."""

    #: A day off; no nghỉ bù when it falls on a weekend (the resolution does not give one).
    DAY_OFF = "day_off"
    #: A day off, with nghỉ bù on a weekend as for the Labour Code holidays.
    DAY_OFF_WITH_COMPENSATION = "day_off_with_compensation"
    #: Not a day off (to reproduce systems that predate the resolution).
    WORKING = "working"


@dataclass(frozen=True, slots=True)
class Table:
    """The precomputed arrays of one calendar; shared, never mutated after build."""

    first: int  # ordinal of the first covered day
    size: int
    off: bytes
    cum: array[int]  # compact, so that random look-ups stay in the processor's cache
    prov: list[int]
    working: list[int]  # index of each working day, in order
    working_dates: list[date]  # the same days as dates, so that answers need no conversion
    records: dict[int, DayRecord]
    official_years: frozenset[int]
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
    official = not statutes.holidays(year, unannounced)
    missing = unannounced - present
    occupied = {r.date for r in records if r.kind.is_off}
    records += statutes.project(
        year, missing, occupied,
        compensate_culture_day=culture is CultureDay.DAY_OFF_WITH_COMPENSATION,
    )
    if culture is CultureDay.WORKING:
        records = [r for r in records if r.group is not HolidayGroup.CULTURE_DAY]
    return records, official


def _custom_source(day: date) -> Source:
    return Source("custom", "Lịch riêng của đơn vị (tùy chọn của calendar())",
                  "the caller", day, "", "", "primary")


@lru_cache(maxsize=32)
def build_table(*, profile: Profile, weekend: frozenset[int],
                extra_off: tuple[tuple[date, str], ...], extra_working: tuple[date, ...],
                culture: CultureDay, data_dir: Path | None) -> Table:
    """Build (once per set of options) the tables of a calendar."""
    statutes = load_statutes() if data_dir is None else load_statutes(data_dir / "statutes.toml")
    schedules = load_directory(data_dir)
    first_day = statutes.first_day
    last_day = date(LAST_SOLAR.year - 1, 12, 31) if LAST_SOLAR.month < 12 else LAST_SOLAR
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
    day = first_day
    for i in range(size):
        found = records.get(first + i)
        off[i] = found.kind.is_off if found is not None else day.weekday() in weekend
        prov_flags[i] = day.year not in official_years and (
            found is None or found.confidence is Confidence.STATUTORY
        )
        day += timedelta(days=1)
    cum, prov, working = [0] * size, [0] * size, []
    count = provisional = 0
    for i in range(size):
        if not off[i]:
            count += 1
            working.append(i)
        provisional += prov_flags[i]
        cum[i], prov[i] = count, provisional
    working_dates = [date.fromordinal(first + i) for i in working]
    return Table(first, size, bytes(off), array("l", cum), prov, working,
                 working_dates, records, frozenset(official_years), weekend,
                 statutes.weekend_source)
