# SPDX-License-Identifier: Apache-2.0
"""Statutory holidays for the years (or holidays) that no notice has fixed yet.

The Labour Code of the time names the holidays; the Prime Minister (since 2025
the Ministry of Home Affairs) fixes each year which days make up Tết and the
second Quốc khánh day. Until that notice is out, hanchot projects them with the
choices written in ``statutes.toml`` (the eras of the law, and the projection
policy with its reasons), and marks every such day ``statutory``.

>>> from hanchot.data.records import HolidayGroup
>>> statutes = load_statutes()
>>> [str(r.date) for r in statutes.project(2030, {HolidayGroup.LUNAR_NEW_YEAR}, set())][:3]
['2030-01-31', '2030-02-01', '2030-02-02']
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from hanchot import lunar
from hanchot.data.loader import data_directory
from hanchot.data.records import Confidence, DayKind, DayRecord, HolidayGroup, Source
from hanchot.errors import DataFileError

__all__ = ["Era", "Statutes", "load_statutes"]

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_REST_DAYS = frozenset({5, 6})  # Saturday, Sunday (Quyết định 188/1999/QĐ-TTg, Art. 1)


@dataclass(frozen=True, slots=True)
class Era:
    """The holidays a Labour Code (as amended) gives, from ``start`` on."""

    start: date
    source: Source
    tet_days: int
    tet_days_before: int | None  # days at the end of the old lunar year, when the law fixes it
    hung_kings: bool
    national_day_days: int
    culture_day: bool
    culture_source: Source | None


@dataclass(frozen=True, slots=True)
class Statutes:
    """The eras of the law, and the rule for choosing the second Quốc khánh day."""

    eras: tuple[Era, ...]
    national_day_second: Mapping[int, int]  # weekday of 2/9 -> day of September (1 or 3)
    tet_days_before: Mapping[int, int]  # weekday of mùng 1 -> days of Tết before it (policy)
    weekend_source: Source  # the act that makes Saturday and Sunday rest days

    @property
    def first_day(self) -> date:
        """The first day the statutes model (the start of the first era)."""
        return self.eras[0].start

    def era(self, day: date) -> Era:
        """The era in force on ``day``."""
        current = self.eras[0]
        for era in self.eras:
            if era.start <= day:
                current = era
        return current

    def holidays(self, year: int, groups: Collection[HolidayGroup]) -> list[DayRecord]:
        """The statutory holiday days of ``groups`` in ``year``, without nghỉ bù."""
        out: list[DayRecord] = []
        for group in HolidayGroup:
            if group not in groups:
                continue
            kind = DayKind.SPECIAL_OFF if group is HolidayGroup.CULTURE_DAY else DayKind.HOLIDAY
            for day, name_vi, name_en in _RULES[group](self, year):
                era = self.era(day)
                source = era.culture_source if group is HolidayGroup.CULTURE_DAY else None
                out.append(DayRecord(day, kind, group, name_vi, name_en, source or era.source,
                                     Confidence.STATUTORY, "projected from the statute"))
        return out

    def project(self, year: int, groups: Collection[HolidayGroup],
                occupied: set[date], *, compensate_culture_day: bool = False) -> list[DayRecord]:
        """Statutory holidays of ``groups`` in ``year`` and the nghỉ bù they bring.

        A holiday on a Saturday or Sunday gives the next working day off (Labour
        Code 2019 Art. 111(3)); when several do, they take the following working
        days in order, skipping days already ``occupied`` by other days off.
        24/11 gives nghỉ bù only when ``compensate_culture_day`` is set: the
        resolution that made it a day off does not say (docs/calendar.md).
        """
        holidays = self.holidays(year, groups)
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


_Named = list[tuple[date, str, str]]  # (day, name in Vietnamese, name in English)


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


def _require(path: Path, where: str, table: Mapping[str, Any], name: str, kind: type) -> Any:
    value = table.get(name)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise DataFileError(f"{path}: {where}: field {name!r} = {value!r} must be a {kind.__name__}")
    return value


@cache
def load_statutes(path: Path | None = None) -> Statutes:
    """Read ``statutes.toml`` (bundled by default).

    >>> era = load_statutes().era(date(2021, 9, 2))
    >>> era.source.document, era.national_day_days
    ('Bộ luật Lao động 45/2019/QH14, Điều 111(3), Điều 112', 2)
    """
    file = data_directory() / "statutes.toml" if path is None else path
    try:
        document = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise DataFileError(f"{file}: cannot be read: {error}") from error
    sources: dict[str, Source] = {}
    for index, table in enumerate(document.get("source", [])):
        where = f"[[source]] #{index + 1}"
        sources[table.get("id", "")] = Source(
            **{name: _require(file, where, table, name, str)
               for name in ("id", "document", "issuer", "title", "url", "read")},
            date=_require(file, where, table, "date", date),
        )
    eras = []
    for index, table in enumerate(document.get("era", [])):
        where = f"[[era]] #{index + 1}"

        def source(name: str, where: str = where, table: Mapping[str, Any] = table) -> Source:
            key = _require(file, where, table, name, str)
            if key not in sources:
                raise DataFileError(f"{file}: {where}: field {name!r} = {key!r} names no source")
            return sources[key]

        culture = bool(_require(file, where, table, "culture_day", bool))
        eras.append(Era(
            start=_require(file, where, table, "start", date),
            source=source("source"),
            tet_days=_require(file, where, table, "tet_days", int),
            tet_days_before=(_require(file, where, table, "tet_days_before", int)
                             if "tet_days_before" in table else None),
            hung_kings=_require(file, where, table, "hung_kings", bool),
            national_day_days=_require(file, where, table, "national_day_days", int),
            culture_day=culture,
            culture_source=source("culture_source") if culture else None,
        ))
    if not eras or [e.start for e in eras] != sorted(e.start for e in eras):
        raise DataFileError(f"{file}: [[era]] must list at least one era, in order of start")
    second = _weekday_table(file, document, "national_day_second", {1, 3})
    tet_before = _weekday_table(file, document, "tet_days_before_by_weekday", {1, 2})
    weekend = _require(file, "top level", document, "weekend_source", str)
    if weekend not in sources:
        raise DataFileError(f"{file}: top level: field 'weekend_source' = {weekend!r} names no source")
    return Statutes(tuple(eras), second, tet_before, sources[weekend])


def _weekday_table(file: Path, document: Mapping[str, Any], name: str,
                   allowed: set[int]) -> dict[int, int]:
    table = _require(file, f"[{name}]", document, name, dict)
    if sorted(table) != sorted(_WEEKDAYS) or not set(table.values()) <= allowed:
        values = " or ".join(map(str, sorted(allowed)))
        raise DataFileError(f"{file}: [{name}] must map each of {', '.join(_WEEKDAYS)} to {values}")
    return {_WEEKDAYS.index(day): value for day, value in table.items()}
