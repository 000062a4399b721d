# SPDX-License-Identifier: Apache-2.0
"""Read and validate the yearly schedules in ``data/holidays_vn/*.toml``.

A file that breaks a rule fails loudly, naming the file, the record and the field:

>>> import tempfile, pathlib
>>> bad = pathlib.Path(tempfile.mkdtemp()) / "2024.toml"
>>> _ = bad.write_text('year = 2024\\nannounced = []\\n[[day]]\\ndate = 2024-13-01\\n')
>>> load_year_file(bad)
Traceback (most recent call last):
...
hanchot.errors.DataFileError: .../2024.toml: not valid TOML: ...
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from hanchot.data.records import (
    Confidence,
    DayKind,
    DayRecord,
    HolidayGroup,
    Source,
    YearSchedule,
)
from hanchot.errors import DataFileError

__all__ = ["data_directory", "load_directory", "load_year_file"]

_FILE_KINDS = frozenset(
    {
        DayKind.HOLIDAY,
        DayKind.COMPENSATORY,
        DayKind.SWAPPED_OFF,
        DayKind.MAKEUP_WORK,
        DayKind.SPECIAL_OFF,
    }
)
_SOURCE_FIELDS = {"id": str, "document": str, "issuer": str, "title": str, "url": str}
_DAY_FIELDS = {
    "date": date,
    "kind": str,
    "group": str,
    "name_vi": str,
    "name_en": str,
    "source": str,
    "confidence": str,
}
_SATURDAY = 5
# how a source was read: its own text; a faithful press report of it; or only citations of it
_READ = ("primary", "report", "citation")


def data_directory() -> Path:
    """The directory of the bundled yearly files.

    In an installed wheel they live in ``hanchot/_data/holidays_vn``; in a
    source checkout (an editable install) they are read from ``data/holidays_vn``.

    >>> (data_directory() / "2026.toml").is_file()
    True
    """
    bundled = Path(str(resources.files("hanchot"))) / "_data" / "holidays_vn"
    if bundled.is_dir():
        return bundled
    return Path(__file__).resolve().parents[3] / "data" / "holidays_vn"


def _fail(path: Path, where: str, message: str) -> DataFileError:
    return DataFileError(f"{path}: {where}: {message}")


def _field(path: Path, where: str, table: Mapping[str, Any], name: str, kind: type) -> Any:
    if name not in table:
        raise _fail(path, where, f"field {name!r} is missing")
    value = table[name]
    if kind is date and not (isinstance(value, date) and type(value) is date):
        raise _fail(path, where, f"field {name!r} = {value!r} must be a TOML date like 2024-02-10")
    if not isinstance(value, kind):
        raise _fail(path, where, f"field {name!r} = {value!r} must be a {kind.__name__}")
    return value


_E = TypeVar("_E", DayKind, Confidence, HolidayGroup)


def _enum(path: Path, where: str, name: str, value: str, enum: type[_E]) -> _E:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in enum)
        raise _fail(path, where, f"field {name!r} = {value!r} is not one of {allowed}") from None


def _source(path: Path, index: int, table: Mapping[str, Any]) -> Source:
    where = f"[[source]] #{index + 1}"
    values = {name: _field(path, where, table, name, kind) for name, kind in _SOURCE_FIELDS.items()}
    read = _field(path, where, table, "read", str)
    if read not in _READ:
        allowed = ", ".join(repr(r) for r in _READ)
        raise _fail(path, where, f"field 'read' = {read!r} is not one of {allowed}")
    extras = {
        name: _field(path, where, table, name, str)
        for name in ("based_on", "excerpt", "date_note")
        if name in table
    }
    if "date" not in table and "date_note" not in table:
        raise _fail(path, where, "field 'date' is missing (if no text gives it, say why in "
                    "'date_note')")
    day = _field(path, where, table, "date", date) if "date" in table else None
    return Source(read=read, date=day, **values, **extras)


def _day(path: Path, index: int, table: Mapping[str, Any], sources: Mapping[str, Source],
         year: int) -> DayRecord:
    where = f"[[day]] #{index + 1} (date = {table.get('date')!r})"
    values = {name: _field(path, where, table, name, kind) for name, kind in _DAY_FIELDS.items()}
    day: date = values["date"]
    if day.year != year:
        raise _fail(path, where, f"field 'date' = {day} is not in the file's year {year}")
    kind = _enum(path, where, "kind", values["kind"], DayKind)
    if kind not in _FILE_KINDS:
        allowed = ", ".join(repr(k.value) for k in sorted(_FILE_KINDS))
        raise _fail(path, where, f"field 'kind' = {kind.value!r} is not one of {allowed}")
    weekend = day.weekday() >= _SATURDAY
    if kind is DayKind.MAKEUP_WORK and not weekend:
        raise _fail(path, where, f"a makeup_work day must be a Saturday or Sunday; {day} is not")
    if kind in (DayKind.SWAPPED_OFF, DayKind.COMPENSATORY) and weekend:
        raise _fail(path, where, f"a {kind.value} day must be a weekday; {day} is not")
    source_id = values["source"]
    if source_id not in sources:
        known = ", ".join(repr(s) for s in sources) or "none"
        raise _fail(path, where, f"field 'source' = {source_id!r} names no [[source]]; known: {known}")
    note = _field(path, where, table, "note", str) if "note" in table else ""
    return DayRecord(
        date=day,
        kind=kind,
        group=_enum(path, where, "group", values["group"], HolidayGroup),
        name_vi=values["name_vi"],
        name_en=values["name_en"],
        source=sources[source_id],
        confidence=_enum(path, where, "confidence", values["confidence"], Confidence),
        note=note,
    )


def _tables(path: Path, document: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    tables = document.get(key, [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise _fail(path, f"[[{key}]]", "must be an array of tables")
    return tables


def load_year_file(path: Path) -> YearSchedule:
    """Read one ``YYYY.toml`` and check every record; raise :class:`DataFileError` if bad.

    >>> schedule = load_year_file(data_directory() / "2024.toml")
    >>> [str(r.date) for r in schedule.records if r.kind is DayKind.MAKEUP_WORK]
    ['2024-05-04']
    """
    try:
        with path.open("rb") as stream:
            document = tomllib.load(stream)
    except tomllib.TOMLDecodeError as error:
        raise DataFileError(f"{path}: not valid TOML: {error}") from error
    year = _field(path, "top level", document, "year", int)
    if path.stem != str(year):
        raise _fail(path, "top level", f"field 'year' = {year} does not match the file name")
    announced_raw = _field(path, "top level", document, "announced", list)
    announced = frozenset(
        _enum(path, "top level", "announced", str(value), HolidayGroup) for value in announced_raw
    )
    sources: dict[str, Source] = {}
    for index, table in enumerate(_tables(path, document, "source")):
        source = _source(path, index, table)
        if source.id in sources:
            raise _fail(path, f"[[source]] #{index + 1}", f"id {source.id!r} is used twice")
        sources[source.id] = source
    records: list[DayRecord] = []
    seen: set[date] = set()
    for index, table in enumerate(_tables(path, document, "day")):
        record = _day(path, index, table, sources, year)
        if record.date in seen:
            raise _fail(path, f"[[day]] #{index + 1}", f"date {record.date} appears twice")
        seen.add(record.date)
        records.append(record)
    summary = document.get("summary", "")
    return YearSchedule(
        year=year,
        records=tuple(sorted(records, key=lambda r: r.date)),
        announced=announced,
        summary=summary if isinstance(summary, str) else "",
        path=str(path),
    )


def load_directory(directory: Path | None = None) -> dict[int, YearSchedule]:
    """Load every ``YYYY.toml`` of a directory (the bundled one by default), keyed by year.

    >>> schedules = load_directory()
    >>> min(schedules), 2026 in schedules
    (2010, True)
    """
    folder = data_directory() if directory is None else directory
    paths: Iterable[Path] = sorted(folder.glob("[0-9][0-9][0-9][0-9].toml"))
    schedules = {}
    for path in paths:
        schedule = load_year_file(path)
        schedules[schedule.year] = schedule
    if not schedules:
        raise DataFileError(f"{folder}: no yearly files (YYYY.toml) found")
    return schedules
