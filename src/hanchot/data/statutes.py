# SPDX-License-Identifier: Apache-2.0
"""The statutes behind the projections: the eras of the Labour Code and the projection policy.

The Labour Code of the time names the holidays; the Prime Minister (since 2025
the Ministry of Home Affairs) fixes each year which days make up Tết and the
second Quốc khánh day. ``statutes.toml`` holds the eras of the law and the
policy hanchot projects with until a notice is out (``hanchot.calendars.projection``
turns them into days); this module only reads and checks the file.

>>> era = load_statutes().era(date(2021, 9, 2))
>>> era.tet_days, era.national_day_days
(5, 2)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from hanchot._checks import require_date
from hanchot.data.fields import (
    TOP,
    as_path,
    data_directory,
    known_fields,
    read_sources,
    read_toml,
    require_field,
    stamp,
    tables_of,
)
from hanchot.data.records import Source
from hanchot.errors import DataFileError, ErrorCode
from hanchot.lunar import FIRST_SOLAR, LAST_SOLAR
from hanchot.messages import Text, fail, say, shown

__all__ = ["Era", "Statutes", "load_statutes"]

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_TOP_KEYS = ("reviewed", "weekend_source", "enterprise_weekend_source",
             "source", "era", "tet_days_before_by_weekday", "national_day_second")
_ERA_KEYS = ("start", "source", "tet_days", "tet_days_before", "hung_kings", "national_day_days",
             "culture_day", "culture_source")
#: What the Labour Codes have given: Tết 4 days (1994) or 5 (2012, 2019); Quốc khánh 1 day, or 2 (2019).
_TET_DAYS = (4, 5)
_NATIONAL_DAY_DAYS = (1, 2)
#: The last day covered: the lunar table's last whole year (a year's Tết needs the table).
_LAST_DAY = date(LAST_SOLAR.year - 1, 12, 31) if LAST_SOLAR.month < 12 else LAST_SOLAR


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
    weekend_source: Source  # the act that makes Saturday and Sunday the civil service's rest days
    enterprise_weekend_source: Source  # the article that leaves an enterprise's rest day to the employer
    #: The day the data and its sources were last reviewed against the notices (a maintainer's).
    reviewed: date

    @property
    def first_day(self) -> date:
        """The first day the statutes model (the start of the first era)."""
        return self.eras[0].start

    @property
    def last_day(self) -> date:
        """The last day hanchot covers: the end of the lunar table's last whole year.

        >>> load_statutes().last_day
        datetime.date(2100, 12, 31)
        """
        return _LAST_DAY

    def era(self, day: date) -> Era:
        """The era in force on ``day``."""
        day = require_date(day, "day")
        current = self.eras[0]
        for era in self.eras:
            if era.start <= day:
                current = era
        return current


def load_statutes(path: Path | str | None = None) -> Statutes:
    """Read ``statutes.toml`` (bundled by default), again only when the file has changed.

    >>> era = load_statutes().era(date(2021, 9, 2))
    >>> era.source.document, era.national_day_days
    ('Bộ luật Lao động 45/2019/QH14, Điều 111(3), Điều 112', 2)
    """
    file = data_directory() / "statutes.toml" if path is None else as_path(path, "path")
    return _load(file, stamp([file]))


@lru_cache(maxsize=16)
def _load(file: Path, _: object) -> Statutes:
    document = read_toml(file)
    known_fields(file, TOP, document, _TOP_KEYS)
    sources = read_sources(file, document)
    eras: list[Era] = []
    for index, table in enumerate(tables_of(file, document, "era")):
        eras.append(_era(file, f"[[era]] #{index + 1} (start = {shown(table.get('start'))})", table, sources,
                         eras[-1] if eras else None))
    if not eras:
        raise fail(DataFileError, ErrorCode.DATA_ERAS, field="era", path=str(file))
    second = _weekday_table(file, document, "national_day_second", {1, 3})
    tet_before = _weekday_table(file, document, "tet_days_before_by_weekday", {1, 2})
    weekends: dict[str, Source] = {}
    for name in ("weekend_source", "enterprise_weekend_source"):
        key = require_field(file, TOP, document, name, str)
        if key not in sources:
            raise fail(DataFileError, ErrorCode.DATA_UNKNOWN_SOURCE, field=name, value=key,
                       path=str(file), where=TOP, known=tuple(sources))
        weekends[name] = sources[key]
    return Statutes(tuple(eras), second, tet_before, **weekends,
                    reviewed=require_field(file, TOP, document, "reviewed", date))


def _era(file: Path, where: str, table: Mapping[str, Any], sources: Mapping[str, Source],
         previous: Era | None) -> Era:
    """One ``[[era]]``, its numbers within what the Labour Codes have given."""
    known_fields(file, where, table, _ERA_KEYS)

    def source_of(name: str) -> Source:
        key = require_field(file, where, table, name, str)
        if key not in sources:
            raise fail(DataFileError, ErrorCode.DATA_UNKNOWN_SOURCE, field=name, value=key, path=str(file),
                       where=where, known=tuple(sources))
        return sources[key]

    def number(name: str, allowed: range | tuple[int, ...], rule: Text, **params: object) -> int:
        value: int = require_field(file, where, table, name, int)
        if value not in allowed:
            raise fail(DataFileError, ErrorCode.DATA_OUT_OF_RANGE, field=name, value=value, path=str(file),
                       where=where, rule=say(rule, **params))
        return value

    start = require_field(file, where, table, "start", date)
    if not FIRST_SOLAR <= start <= _LAST_DAY:
        raise fail(DataFileError, ErrorCode.DATA_OUT_OF_RANGE, field="start", value=start, path=str(file),
                   where=where, rule=say(Text.RULE_ERA_START, first=FIRST_SOLAR, last=_LAST_DAY))
    if previous is not None and start <= previous.start:
        raise fail(DataFileError, ErrorCode.DATA_ERA_ORDER, field="start", value=start, path=str(file),
                   where=where, previous=previous.start)
    tet_days = number("tet_days", _TET_DAYS, Text.RULE_TET_DAYS)
    culture = require_field(file, where, table, "culture_day", bool)
    return Era(
        start=start,
        source=source_of("source"),
        tet_days=tet_days,
        tet_days_before=(number("tet_days_before", range(tet_days + 1), Text.RULE_TET_BEFORE, high=tet_days)
                         if "tet_days_before" in table else None),
        hung_kings=require_field(file, where, table, "hung_kings", bool),
        national_day_days=number("national_day_days", _NATIONAL_DAY_DAYS, Text.RULE_NATIONAL_DAY),
        culture_day=culture,
        culture_source=source_of("culture_source") if culture else None,
    )


def _weekday_table(file: Path, document: Mapping[str, Any], name: str,
                   allowed: set[int]) -> dict[int, int]:
    table = require_field(file, f"[{name}]", document, name, dict)
    if sorted(table) != sorted(_WEEKDAYS) or not set(table.values()) <= allowed:
        raise fail(DataFileError, ErrorCode.DATA_WEEKDAY_TABLE, field=name, value=table, path=str(file),
                   allowed=tuple(sorted(allowed)))
    return {_WEEKDAYS.index(day): value for day, value in table.items()}
