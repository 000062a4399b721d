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

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from hanchot.data.loader import data_directory
from hanchot.data.records import Source
from hanchot.errors import DataFileError

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
        current = self.eras[0]
        for era in self.eras:
            if era.start <= day:
                current = era
        return current


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
