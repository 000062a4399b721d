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
from functools import cache
from pathlib import Path
from typing import Any

from hanchot._checks import require_date
from hanchot.data.loader import (
    TOP,
    as_path,
    data_directory,
    read_toml,
    require_enum,
    require_field,
    tables_of,
)
from hanchot.data.records import ReadLevel, Source
from hanchot.errors import DataFileError, ErrorCode
from hanchot.messages import fail

__all__ = ["Era", "Statutes", "load_statutes"]

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


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
        day = require_date(day, "day")
        current = self.eras[0]
        for era in self.eras:
            if era.start <= day:
                current = era
        return current


def load_statutes(path: Path | str | None = None) -> Statutes:
    """Read ``statutes.toml`` (bundled by default), once per file.

    >>> era = load_statutes().era(date(2021, 9, 2))
    >>> era.source.document, era.national_day_days
    ('Bộ luật Lao động 45/2019/QH14, Điều 111(3), Điều 112', 2)
    """
    return _load(data_directory() / "statutes.toml" if path is None else as_path(path, "path"))


@cache
def _load(file: Path) -> Statutes:
    document = read_toml(file)
    sources: dict[str, Source] = {}
    for index, table in enumerate(tables_of(file, document, "source")):
        where = f"[[source]] #{index + 1}"
        source = Source(
            **{name: require_field(file, where, table, name, str)
               for name in ("id", "document", "issuer", "title", "url")},
            read=require_enum(file, where, "read", require_field(file, where, table, "read", str), ReadLevel),
            date=require_field(file, where, table, "date", date),
        )
        sources[source.id] = source
    eras = []
    for index, table in enumerate(tables_of(file, document, "era")):
        where = f"[[era]] #{index + 1}"

        def source_of(name: str, where: str = where, table: Mapping[str, Any] = table) -> Source:
            key = require_field(file, where, table, name, str)
            if key not in sources:
                raise fail(DataFileError, ErrorCode.DATA_UNKNOWN_SOURCE, field=name, value=key, path=file,
                           where=where, known=tuple(sources))
            return sources[key]

        culture = bool(require_field(file, where, table, "culture_day", bool))
        eras.append(Era(
            start=require_field(file, where, table, "start", date),
            source=source_of("source"),
            tet_days=require_field(file, where, table, "tet_days", int),
            tet_days_before=(require_field(file, where, table, "tet_days_before", int)
                             if "tet_days_before" in table else None),
            hung_kings=require_field(file, where, table, "hung_kings", bool),
            national_day_days=require_field(file, where, table, "national_day_days", int),
            culture_day=culture,
            culture_source=source_of("culture_source") if culture else None,
        ))
    if not eras or [e.start for e in eras] != sorted(e.start for e in eras):
        raise fail(DataFileError, ErrorCode.DATA_ERAS, field="era", path=file)
    second = _weekday_table(file, document, "national_day_second", {1, 3})
    tet_before = _weekday_table(file, document, "tet_days_before_by_weekday", {1, 2})
    weekend = require_field(file, TOP, document, "weekend_source", str)
    if weekend not in sources:
        raise fail(DataFileError, ErrorCode.DATA_UNKNOWN_SOURCE, field="weekend_source", value=weekend,
                   path=file, where=TOP, known=tuple(sources))
    return Statutes(tuple(eras), second, tet_before, sources[weekend])


def _weekday_table(file: Path, document: Mapping[str, Any], name: str,
                   allowed: set[int]) -> dict[int, int]:
    table = require_field(file, f"[{name}]", document, name, dict)
    if sorted(table) != sorted(_WEEKDAYS) or not set(table.values()) <= allowed:
        raise fail(DataFileError, ErrorCode.DATA_WEEKDAY_TABLE, field=name, value=table, path=file,
                   allowed=tuple(sorted(allowed)))
    return {_WEEKDAYS.index(day): value for day, value in table.items()}
