# SPDX-License-Identifier: Apache-2.0
"""Read and validate the yearly schedules in ``data/holidays_vn/*.toml``.

A file that breaks a rule fails loudly, naming the file, the record and the field:

>>> import tempfile, pathlib
>>> bad = pathlib.Path(tempfile.mkdtemp()) / "2024.toml"
>>> _ = bad.write_text('year = 2024\\nannounced = []\\n[[day]]\\ndate = 2024-13-01\\n')
>>> load_year_file(bad)
Traceback (most recent call last):
...
hanchot.errors.DataFileError: .../2024.toml: không phải TOML hợp lệ (lỗi ở dòng 4, cột 12)
"""

from __future__ import annotations

import re
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
    ReadLevel,
    Source,
    YearSchedule,
)
from hanchot.errors import DataFileError, ErrorCode, InvalidInputError
from hanchot.messages import Message, Text, fail, os_reason, say, shown

__all__ = ["as_path", "data_directory", "load_directory", "load_year_file", "read_toml"]

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
TOP = Text.TOML_TOP  # where a top-level key is, in a message (a code: its text loads only if shown)
_KINDS = {date: Text.KIND_DATE, str: Text.KIND_TEXT, int: Text.KIND_NUMBER, list: Text.KIND_LIST,
          bool: Text.KIND_BOOLEAN, dict: Text.KIND_TABLE}


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


def as_path(value: object, name: str) -> Path:
    """``value`` as a :class:`~pathlib.Path` if it is a path or a string naming one, else a clear error.

    >>> as_path("data/holidays_vn", "data_dir").name
    'holidays_vn'
    """
    if isinstance(value, Path):
        return value
    if isinstance(value, str) and value and "\0" not in value:
        return Path(value)
    raise fail(InvalidInputError, ErrorCode.NOT_A_PATH, field=name, value=value)


def read_toml(path: Path | str) -> dict[str, Any]:
    """The TOML document in ``path``; :class:`DataFileError` if it cannot be read or parsed.

    >>> read_toml(data_directory() / "2026.toml")["year"]
    2026
    """
    path = as_path(path, "path")
    try:
        return tomllib.loads(path.read_bytes().decode("utf-8"))
    except OSError as error:
        raise fail(DataFileError, ErrorCode.DATA_UNREADABLE, field="path", value=str(path),
                   path=path, reason=os_reason(error)) from None
    except UnicodeDecodeError:
        raise fail(DataFileError, ErrorCode.DATA_NOT_TOML, field="path", value=str(path), path=path,
                   where=say(Text.TOML_NOT_UTF8)) from None
    except tomllib.TOMLDecodeError as error:
        raise fail(DataFileError, ErrorCode.DATA_NOT_TOML, field="path", value=str(path), path=path,
                   where=_toml_place(str(error))) from None


def _toml_place(reason: str) -> Message:
    """Where the TOML reader stopped, from its message (its English words are never shown).

    >>> _toml_place("Invalid value (at line 3, column 7)").text("en")
    'error at line 3, column 7'
    """
    found = re.search(r"line (\d+), column (\d+)", reason)
    if found is None:
        return say(Text.TOML_AT_END)
    return say(Text.TOML_AT, line=int(found[1]), column=int(found[2]))


def require_field(path: Path, where: str | Text, table: Mapping[str, Any], name: str, kind: type) -> Any:
    if name not in table:
        raise fail(DataFileError, ErrorCode.DATA_FIELD_MISSING, field=name, path=path, where=where)
    value = table[name]
    wrong = (not (isinstance(value, date) and type(value) is date) if kind is date
             else not isinstance(value, kind) or (kind is int and isinstance(value, bool)))
    if wrong:
        raise fail(DataFileError, ErrorCode.DATA_FIELD_TYPE, field=name, value=value, path=path,
                   where=where, kind=say(_KINDS[kind]))
    return value


_E = TypeVar("_E", DayKind, Confidence, HolidayGroup, ReadLevel)


def require_enum(path: Path, where: str | Text, name: str, value: str, enum: type[_E]) -> _E:
    if value in enum._value2member_map_:
        return enum(value)
    raise fail(DataFileError, ErrorCode.DATA_NOT_ONE_OF, field=name, value=value, path=path, where=where,
               allowed=tuple(member.value for member in enum))


def _source(path: Path, index: int, table: Mapping[str, Any]) -> Source:
    where = f"[[source]] #{index + 1}"
    values = {name: require_field(path, where, table, name, kind) for name, kind in _SOURCE_FIELDS.items()}
    read = require_enum(path, where, "read", require_field(path, where, table, "read", str), ReadLevel)
    extras = {
        name: require_field(path, where, table, name, str)
        for name in ("based_on", "excerpt", "date_note")
        if name in table
    }
    if "date" not in table and "date_note" not in table:
        raise fail(DataFileError, ErrorCode.DATA_SOURCE_DATE_MISSING, field="date", path=path, where=where)
    day = require_field(path, where, table, "date", date) if "date" in table else None
    return Source(read=read, date=day, **values, **extras)


def _day(path: Path, index: int, table: Mapping[str, Any], sources: Mapping[str, Source],
         year: int) -> DayRecord:
    where = f"[[day]] #{index + 1} (date = {shown(table.get('date'))})"
    values = {name: require_field(path, where, table, name, kind) for name, kind in _DAY_FIELDS.items()}
    day: date = values["date"]
    if day.year != year:
        raise fail(DataFileError, ErrorCode.DATA_DATE_OUTSIDE_YEAR, field="date", value=day, path=path,
                   where=where, year=year)
    kind = require_enum(path, where, "kind", values["kind"], DayKind)
    if kind not in _FILE_KINDS:
        raise fail(DataFileError, ErrorCode.DATA_NOT_ONE_OF, field="kind", value=kind.value, path=path,
                   where=where, allowed=tuple(k.value for k in sorted(_FILE_KINDS)))
    weekend = day.weekday() >= _SATURDAY
    if kind is DayKind.MAKEUP_WORK and not weekend:
        raise fail(DataFileError, ErrorCode.DATA_MAKEUP_NOT_WEEKEND, field="date", value=day, path=path,
                   where=where)
    if kind in (DayKind.SWAPPED_OFF, DayKind.COMPENSATORY) and weekend:
        raise fail(DataFileError, ErrorCode.DATA_DAY_OFF_NOT_WEEKDAY, field="date", value=day,
                   path=path, where=where, kind=kind.value)
    source_id = values["source"]
    if source_id not in sources:
        raise fail(DataFileError, ErrorCode.DATA_UNKNOWN_SOURCE, field="source", value=source_id,
                   path=path, where=where, known=tuple(sources))
    note = require_field(path, where, table, "note", str) if "note" in table else ""
    return DayRecord(
        date=day,
        kind=kind,
        group=require_enum(path, where, "group", values["group"], HolidayGroup),
        name_vi=values["name_vi"],
        name_en=values["name_en"],
        source=sources[source_id],
        confidence=require_enum(path, where, "confidence", values["confidence"], Confidence),
        note=note,
    )


def tables_of(path: Path, document: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    tables = document.get(key, [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise fail(DataFileError, ErrorCode.DATA_NOT_TABLES, field=key, path=path)
    return tables


def load_year_file(path: Path | str) -> YearSchedule:
    """Read one ``YYYY.toml`` and check every record; raise :class:`DataFileError` if bad.

    >>> schedule = load_year_file(data_directory() / "2024.toml")
    >>> [str(r.date) for r in schedule.records if r.kind is DayKind.MAKEUP_WORK]
    ['2024-05-04']
    """
    path = as_path(path, "path")
    document = read_toml(path)
    year = require_field(path, TOP, document, "year", int)
    if path.stem != str(year):
        raise fail(DataFileError, ErrorCode.DATA_YEAR_MISMATCH, field="year", value=year, path=path)
    announced_raw = require_field(path, TOP, document, "announced", list)
    announced = frozenset(
        require_enum(path, TOP, "announced", str(value), HolidayGroup) for value in announced_raw
    )
    sources: dict[str, Source] = {}
    for index, table in enumerate(tables_of(path, document, "source")):
        source = _source(path, index, table)
        if source.id in sources:
            raise fail(DataFileError, ErrorCode.DATA_DUPLICATE, field="id", value=source.id, path=path,
                       where=f"[[source]] #{index + 1}")
        sources[source.id] = source
    records: list[DayRecord] = []
    seen: set[date] = set()
    for index, table in enumerate(tables_of(path, document, "day")):
        record = _day(path, index, table, sources, year)
        if record.date in seen:
            raise fail(DataFileError, ErrorCode.DATA_DUPLICATE, field="date", value=record.date, path=path,
                       where=f"[[day]] #{index + 1}")
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


def load_directory(directory: Path | str | None = None) -> dict[int, YearSchedule]:
    """Load every ``YYYY.toml`` of a directory (the bundled one by default), keyed by year.

    >>> schedules = load_directory()
    >>> min(schedules), 2026 in schedules
    (2010, True)
    """
    folder = data_directory() if directory is None else as_path(directory, "directory")
    try:
        paths: Iterable[Path] = sorted(folder.glob("[0-9][0-9][0-9][0-9].toml"))
    except OSError as error:
        raise fail(DataFileError, ErrorCode.DATA_UNREADABLE, field="directory", value=str(folder),
                   path=folder, reason=os_reason(error)) from None
    schedules = {}
    for path in paths:
        schedule = load_year_file(path)
        schedules[schedule.year] = schedule
    if not schedules:
        raise fail(DataFileError, ErrorCode.DATA_NO_FILES, field="directory", value=str(folder), path=folder)
    return schedules
