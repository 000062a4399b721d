# SPDX-License-Identifier: Apache-2.0
"""Statutory holidays for the years (or holidays) that no notice has fixed yet.

The eras and the projection policy are data (``statutes.toml``, read by
``hanchot.data``); this module turns them into days. Every projected day is
marked ``statutory``, so every answer that rests on it is provisional.

>>> from hanchot.data import HolidayGroup, load_statutes
>>> statutes = load_statutes()
>>> [str(r.date) for r in project(statutes, 2030, {HolidayGroup.LUNAR_NEW_YEAR}, set())][:3]
['2030-01-31', '2030-02-01', '2030-02-02']
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date, timedelta

from hanchot import lunar
from hanchot.data.records import Confidence, DayKind, DayRecord, HolidayGroup
from hanchot.data.statutes import Statutes

__all__: list[str] = []  # project and statutory_holidays serve the calendar tables alone

_REST_DAYS = frozenset({5, 6})  # Saturday, Sunday (Quyết định 188/1999/QĐ-TTg, Art. 1)
_Named = list[tuple[date, str, str]]  # (day, name in Vietnamese, name in English)


def statutory_holidays(statutes: Statutes, year: int, groups: Collection[HolidayGroup]) -> list[DayRecord]:
    """The statutory holiday days of ``groups`` in ``year``, without nghỉ bù.

    >>> from hanchot.data import load_statutes
    >>> # 2/9/2030 is a Monday: the adjacent day that joins the weekend is Tuesday 3/9
    >>> [str(r.date) for r in statutory_holidays(load_statutes(), 2030, {HolidayGroup.NATIONAL_DAY})]
    ['2030-09-02', '2030-09-03']
    """
    out: list[DayRecord] = []
    for group in HolidayGroup:
        if group not in groups:
            continue
        kind = DayKind.SPECIAL_OFF if group is HolidayGroup.CULTURE_DAY else DayKind.HOLIDAY
        for day, name_vi, name_en in _RULES[group](statutes, year):
            era = statutes.era(day)
            source = era.culture_source if group is HolidayGroup.CULTURE_DAY else None
            out.append(DayRecord(day, kind, group, name_vi, name_en, source or era.source,
                                 Confidence.STATUTORY, "projected from the statute"))
    return out


def project(statutes: Statutes, year: int, groups: Collection[HolidayGroup], occupied: set[date], *,
            compensate_culture_day: bool = False) -> list[DayRecord]:
    """Statutory holidays of ``groups`` in ``year`` and the nghỉ bù they bring.

    A holiday on a Saturday or Sunday gives the next working day off (Labour
    Code 2019 Art. 111(3)); when several do, they take the following working
    days in order, skipping days already ``occupied`` by other days off.
    24/11 gives nghỉ bù only when ``compensate_culture_day`` is set: the
    resolution that made it a day off does not say (docs/calendar.md).

    >>> from hanchot.data import load_statutes
    >>> [(str(r.date), r.kind.value) for r in project(load_statutes(), 2027,
    ...                                               {HolidayGroup.REUNIFICATION_LABOUR}, set())]
    [('2027-04-30', 'holiday'), ('2027-05-01', 'holiday'), ('2027-05-03', 'compensatory')]
    """
    holidays = statutory_holidays(statutes, year, groups)
    taken = set(occupied) | {r.date for r in holidays}
    out = list(holidays)
    for record in holidays:
        if record.date.weekday() not in _REST_DAYS:
            continue
        if record.group is HolidayGroup.CULTURE_DAY and not compensate_culture_day:
            continue
        day = record.date + timedelta(days=1)
        while day.weekday() in _REST_DAYS or day in taken:
            day += timedelta(days=1)
        taken.add(day)
        out.append(DayRecord(
            day, DayKind.COMPENSATORY, record.group,
            f"Nghỉ bù {record.name_vi}", f"Compensatory day for {record.name_en}",
            record.source, Confidence.STATUTORY,
            f"projected: {record.date} falls on a weekly rest day",
        ))
    return sorted(out, key=lambda r: r.date)


def _new_year(_: Statutes, year: int) -> _Named:
    return [(date(year, 1, 1), "Tết Dương lịch", "New Year's Day")]


def _lunar_new_year(statutes: Statutes, year: int) -> _Named:
    tet = lunar.to_solar(year, 1, 1)
    era = statutes.era(tet)
    before = era.tet_days_before
    if before is None:
        before = statutes.tet_days_before[tet.weekday()]
    out: _Named = []
    for offset in range(-before, era.tet_days - before):
        day = tet + timedelta(days=offset)
        label = lunar.to_lunar(day).day
        if offset < 0:
            out.append((day, f"Tết Âm lịch ({label} tháng Chạp)",
                        f"Lunar New Year ({label}th of the 12th lunar month)"))
        else:
            out.append((day, f"Tết Âm lịch (mùng {label} Tết)", f"Lunar New Year (day {label})"))
    return out


def _hung_kings(statutes: Statutes, year: int) -> _Named:
    day = lunar.to_solar(year, 3, 10)
    if not statutes.era(day).hung_kings:
        return []
    return [(day, "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
             "Hung Kings' Commemoration (10th day of the 3rd lunar month)")]


def _reunification_labour(_: Statutes, year: int) -> _Named:
    return [(date(year, 4, 30), "Ngày Chiến thắng (30/4)", "Reunification Day"),
            (date(year, 5, 1), "Ngày Quốc tế Lao động (1/5)", "International Labour Day")]


def _national_day(statutes: Statutes, year: int) -> _Named:
    national = date(year, 9, 2)
    out: _Named = [(national, "Quốc khánh", "National Day")]
    if statutes.era(national).national_day_days == 2:
        adjacent = date(year, 9, statutes.national_day_second[national.weekday()])
        out.append((adjacent, "Quốc khánh (ngày liền kề)", "National Day (adjacent day)"))
    return sorted(out)


def _culture_day(statutes: Statutes, year: int) -> _Named:
    day = date(year, 11, 24)
    if not statutes.era(day).culture_day:
        return []
    return [(day, "Ngày Văn hóa Việt Nam (24/11)", "Vietnamese Culture Day")]


_RULES: dict[HolidayGroup, Callable[[Statutes, int], _Named]] = {
    HolidayGroup.NEW_YEAR: _new_year,
    HolidayGroup.LUNAR_NEW_YEAR: _lunar_new_year,
    HolidayGroup.HUNG_KINGS: _hung_kings,
    HolidayGroup.REUNIFICATION_LABOUR: _reunification_labour,
    HolidayGroup.NATIONAL_DAY: _national_day,
    HolidayGroup.CULTURE_DAY: _culture_day,
}
